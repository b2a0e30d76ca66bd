// How `centre when` says a reading (workspace/use-cases/when.ts): its notes and problems in the
// user's language, and the text form, the schedule in words with its dates.
import { weekdayOf } from '../../calendar/days.js';
import type { Schedule, Span } from '../../calendar/model.js';
import type { ReadingData } from '../../calendar/reader/reading-json.js';
import type { PhraseReading } from '../../calendar/reader/reading.js';
import { recurrencePhrase } from '../../calendar/reader/describe.js';
import { calendarWords } from '../../i18n/calendar-words.js';
import type { CliContext } from '../context.js';
import { dateWithWeekday, shortDate } from './dates.js';

/** What `when --format json` prints: the reading, with its notes and problems said in the user's language. */
interface Printed extends Omit<ReadingData, 'notes' | 'problems'> {
  note?: string;
  problems?: string[];
}

export function printable(ctx: CliContext, data: ReadingData, reading: PhraseReading): Printed {
  const { notes: _notes, problems: _problems, ...rest } = data;
  const notes: string[] = [];
  // a deadline's one date, when it falls on a day off
  const [due] = data.dates;
  if (data.dayOff !== undefined && due !== undefined) {
    notes.push(
      ctx.t('when-deadline-day-off', {
        date: shortDate(due),
        name: data.dayOff === 'weekend' ? calendarWords(ctx.locale).weekdayLong(weekdayOf(due)) : data.dayOff,
      }),
    );
  }
  const schedule = reading.schedule!;
  if (schedule.kind === 'unscheduled') notes.push(ctx.t('when-no-dates'));
  if (schedule.kind === 'recurring' && schedule.rule.weekdays === undefined && schedule.rule.monthDay === undefined && schedule.rule.frequency !== 'daily') {
    notes.push(ctx.t('when-per-period-note', { count: schedule.rule.timesPerPeriod ?? 1, per: calendarWords(ctx.locale).per(schedule.rule.frequency) }));
  }
  for (const note of reading.notes) notes.push(ctx.t(note.code, note.params));
  if (reading.ignored.length) notes.push(ctx.t('when-ignored', { words: reading.ignored.map((run) => `«${run.text}» (${run.start + 1})`).join(', ') }));
  const printed: Printed = rest;
  if (notes.length) printed.note = notes.join('; ');
  if (reading.problems.length) printed.problems = reading.problems.map((problem) => ctx.t(problem.code, problem.params));
  return printed;
}

/** The schedule in words: in Russian the timing phrase it reads back from («ежемесячно, 3-й понедельник месяца»). */
function describeRule(ctx: CliContext, schedule: Schedule): string {
  if (schedule.kind !== 'recurring' && schedule.kind !== 'quota') return ctx.t(`kind-${schedule.kind}`);
  const text = ctx.locale === 'ru' ? recurrencePhrase(schedule)! : englishRule(ctx, schedule);
  return `${ctx.t(`kind-${schedule.kind}`)}: ${text}`;
}

function englishRule(ctx: CliContext, schedule: Schedule & { kind: 'recurring' | 'quota' }): string {
  if (schedule.kind === 'quota') {
    return ctx.t('rule-quota', { count: schedule.count, per: ctx.t('quota-per', { unit: schedule.per }), atLeast: schedule.atLeast ? 1 : undefined });
  }
  const words = calendarWords(ctx.locale);
  const { rule } = schedule;
  const days = rule.weekdays?.map((day) => words.weekdayLong(day)).join(', ');
  let text: string;
  if (rule.frequency === 'daily') text = ctx.t('rule-daily', { interval: rule.interval });
  else if (rule.frequency === 'weekly') text = ctx.t('rule-weekly', { days });
  else if (rule.frequency === 'monthly' && rule.monthDay !== undefined) text = ctx.t('rule-month-day', { day: rule.monthDay });
  else if (rule.frequency === 'monthly')
    text = ctx.t('rule-monthly', { days: rule.nth !== undefined ? days : undefined, nth: (rule.nths ?? [rule.nth]).join(' and ') });
  else if (rule.frequency === 'yearly') text = ctx.t('rule-yearly');
  else text = ctx.t('rule-quarterly');
  if (rule.timesPerPeriod) text += `, ${ctx.t('rule-times', { count: rule.timesPerPeriod, per: calendarWords(ctx.locale).per(rule.frequency) })}`;
  if (rule.exceptMonths?.length) text += `, ${ctx.t('rule-except', { months: rule.exceptMonths.map(words.month).join(', ') })}`;
  return text;
}

export function renderReading(ctx: CliContext, reading: Printed, schedule: Schedule, period: Span): string {
  const year = `${period.start.slice(0, 4)}–${period.end.slice(0, 4)}`;
  const lines = [ctx.t('when-heading', { phrase: reading.phrase, year }), `  ${describeRule(ctx, schedule)}`];
  if (reading.rrule) lines.push(`  RRULE: ${reading.rrule}`);
  if (reading.periods) for (const span of reading.periods) lines.push(`    ${shortDate(span.start)} – ${shortDate(span.end)}`);
  else if (reading.start && reading.end === null) lines.push(`  ${ctx.t('when-open', { start: shortDate(reading.start) })}`);
  else if (reading.start && reading.end && schedule.kind !== 'recurring')
    lines.push(`  ${ctx.t('when-span', { start: shortDate(reading.start), end: shortDate(reading.end), count: reading.dates.length })}`);
  else if (reading.dates.length > 0) {
    lines.push(`  ${ctx.t('when-dates', { count: reading.dates.length })}`);
    for (const date of reading.dates) lines.push(`    ${dateWithWeekday(date, ctx.locale)}`);
  }
  if (reading.note) lines.push(`  ${reading.note}`);
  for (const problem of reading.problems ?? []) lines.push(`  ! ${problem}`);
  return `${lines.join('\n')}\n`;
}
