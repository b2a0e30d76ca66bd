// A schedule said back in words. In Russian the words are a timing phrase the
// reader reads again to the same rule (a property test pins this), taken from
// the one table of Russian words, so that an ordinal always agrees with its weekday.
import { monthsIn, ordinalWords, unitAccusative, weekdaysIn, weekdayWords } from '../../text/russian-words.js';
import type { Recurrence, Schedule, Weekday } from '../model.js';

const weekdayNominative = weekdaysIn('nominative');
const weekdayDativePlural = weekdaysIn('dative', 'plural');
const monthGenitive = monthsIn('genitive');
const last = ordinalWords.find((words) => words.value === -1)!;
const perRu: Record<string, string> = unitAccusative;

const countForms = new Intl.PluralRules('ru');

/** «1 раз», «2 раза», «5 раз»; after «не реже» the genitive: «не реже 1 раза», «не реже 4 раз». */
function times(count: number, atLeast: boolean): string {
  const form = countForms.select(count);
  if (atLeast) return form === 'one' ? 'раза' : 'раз';
  return form === 'few' ? 'раза' : 'раз';
}

/** «3-й понедельник», «последняя среда», «1-й и 3-й вторник»: a rule with weekdays. */
function nthWeekdays(rule: Recurrence, weekdays: readonly Weekday[]): string {
  const nths = rule.nths ?? [rule.nth!];
  return weekdays
    .map((weekday) => {
      const ordinals = nths.map((nth) => (nth === -1 ? last[weekdayWords[weekday - 1]!.gender] : `${nth}-й`)).join(' и ');
      return `${ordinals} ${weekdayNominative[weekday - 1]}`;
    })
    .join(' и ');
}

/** The Russian timing phrase of a recurrence or quota: «ежемесячно, 3-й понедельник месяца», «по понедельникам и средам». */
export function recurrencePhrase(schedule: Schedule): string | undefined {
  if (schedule.kind === 'quota')
    return `${schedule.atLeast ? 'не реже ' : ''}${schedule.count} ${times(schedule.count, schedule.atLeast === true)} в ${perRu[schedule.per]}`;
  if (schedule.kind !== 'recurring') return undefined;
  const { rule } = schedule;
  let text: string;
  if (rule.frequency === 'daily') text = rule.interval === 2 ? 'через день' : 'ежедневно';
  else if (rule.frequency === 'weekly' && rule.interval && rule.interval > 1)
    text = `каждые ${rule.interval} недели${rule.weekdays?.length ? `, по ${rule.weekdays.map((day) => weekdayDativePlural[day - 1]).join(' и ')}` : ''}`;
  else if (rule.frequency === 'weekly' && rule.weekdays?.length) text = `по ${rule.weekdays.map((day) => weekdayDativePlural[day - 1]).join(' и ')}`;
  else if (rule.frequency === 'monthly' && rule.nth !== undefined && rule.weekdays?.length) text = `ежемесячно, ${nthWeekdays(rule, rule.weekdays)} месяца`;
  else if (rule.frequency === 'monthly' && rule.monthDay !== undefined) text = `ежемесячно, ${rule.monthDay} числа`;
  else if (rule.frequency === 'yearly') text = 'ежегодно';
  else if (rule.timesPerPeriod)
    text = `${rule.timesPerPeriod} ${times(rule.timesPerPeriod, false)} в ${unitAccusative[rule.frequency === 'monthly' ? 'month' : rule.frequency === 'weekly' ? 'week' : 'quarter']}`;
  else if (rule.frequency === 'weekly') text = 'еженедельно';
  else text = rule.frequency === 'monthly' ? 'ежемесячно' : 'ежеквартально';
  if (rule.exceptMonths?.length) text += `, кроме ${rule.exceptMonths.map((month) => monthGenitive[month - 1]).join(', ')}`;
  return text;
}
