// The recurrence and quota rule: «каждый 3-й понедельник месяца», «по
// понедельникам и средам», «еженедельно», «через день», «до 25 числа каждого
// месяца», «2 раза в месяц», «один раз в четверть», «не реже 4-х раз в год».
// A count per school unit or per year has no fixed days: it is a quota, with
// the periods it counts in, never invented exact days.
import { addDays, monthEnd, monthsBetween, monthStart, weekdayOf as weekdayOfDate } from '../days.js';
import type { Recurrence, Schedule, Span, Weekday } from '../model.js';
import type { CalendarUnit, SchoolUnit } from './lexicon.js';
import { readTerms } from './terms.js';
import { isWord, type Token } from './tokens.js';
import { rangeSpan, termSpan, type SpanContext } from './spans.js';

const unitOf = (token: Token | undefined): CalendarUnit | undefined => (token?.type === 'word' && token.entry?.kind === 'unit' ? token.entry.unit : undefined);
const schoolUnitOf = (token: Token | undefined): SchoolUnit | undefined =>
  token?.type === 'word' && token.entry?.kind === 'school-unit' ? token.entry.unit : undefined;
const weekdayOf = (token: Token | undefined) => (token?.type === 'word' && token.entry?.kind === 'weekday' ? token.entry : undefined);

/** «3-й», «3-тий», «третий», «последнюю»: which week of the month. */
function ordinalOf(token: Token | undefined): number | undefined {
  if (token?.type === 'word' && token.entry?.kind === 'ordinal') return token.entry.value;
  if (token?.type === 'number' && token.suffix !== undefined && token.suffix !== 'х' && token.digits === 1) return token.value;
  return undefined;
}

/**
 * Which week of the month a token names, when a weekday follows it (past other such tokens):
 * «3-й понедельник», «первый и третий вторник», «1 и 3 среда».
 */
function weekOfMonth(core: readonly Token[], at: number): number | undefined {
  const token = core[at];
  const value =
    ordinalOf(token) ??
    (token?.type === 'number' && token.suffix === undefined && token.digits === 1 && token.value >= 1 && token.value <= 5 ? token.value : undefined);
  if (value === undefined) return undefined;
  for (let i = at + 1; i < core.length; i++) {
    const next = core[i]!;
    if (weekdayOf(next)) return value;
    const ordinalLike = ordinalOf(next) !== undefined || (next.type === 'number' && next.digits === 1 && next.suffix === undefined);
    if (!(isWord(next, 'and') || next.type === 'comma' || ordinalLike)) return undefined;
  }
  return undefined;
}

/** «25», «25-го» before «числа». */
function dayOfMonth(token: Token | undefined): number | undefined {
  return token?.type === 'number' && token.digits <= 2 && (token.suffix === undefined || token.suffix === 'го' || token.suffix === 'е')
    ? token.value
    : undefined;
}

/** «один», «2», «4-х», «дважды»: a count. */
function countOf(token: Token | undefined): number | undefined {
  if (token?.type === 'word' && token.entry?.kind === 'number') return token.entry.value;
  if (token?.type === 'number' && token.digits <= 2 && (token.suffix === undefined || token.suffix === 'х')) return token.value;
  return undefined;
}

interface Cues {
  weekdays: Weekday[];
  nths: number[];
  plural: boolean;
  unit?: CalendarUnit;
  count?: number;
  per?: CalendarUnit | SchoolUnit;
  atLeast: boolean;
  monthDay?: number;
  everyOther: boolean;
  /** «каждые две недели», «раз в 2 недели»: every so many weeks. */
  interval?: number;
  /** «ежемесячно», «ежеквартально»: the unit of an every-unit word, which «месяца» of «понедельник месяца» is not. */
  everyUnit?: CalendarUnit;
  /** A cue the rules cannot express: the phrase is refused rather than read in part. */
  unreadable?: boolean;
  cue: boolean;
}

export function readRecurrence(core: readonly Token[], used: Set<Token>, context: SpanContext): Schedule | undefined {
  const taken = new Set<Token>();
  const cues = readCues(core, taken);
  if (!cues) return undefined;
  // «вторая неделя каждого месяца»: a part of every month, read as its days (rules.ts), not as a rule of one day
  if (readTerms(core).items.some((item) => item.kind === 'term' && item.term.kind === 'part' && item.term.month === undefined)) return undefined;
  const limitTokens = core.filter((token) => !taken.has(token));
  const { items, used: termTokens } = readTerms(limitTokens);
  const terms = items.filter((item) => item.kind === 'term');
  // «24 мая, пн»: a day with its weekday is a date, not a recurrence.
  if (!cues.cue && (cues.weekdays.length === 0 || terms.some((item) => item.term.kind === 'day'))) return undefined;
  const rule = ruleOf(cues);
  if (rule === undefined) return undefined;
  let { start, end } = context.period;
  if (terms.length > 0) {
    const first = terms[0]!.term;
    const last = terms.at(-1)!.term;
    const span = terms.length === 1 ? termSpan(first, undefined, context) : rangeSpan(first, last, context);
    if (!span || terms.length > 2) return undefined;
    const fromOnly = terms.length === 1 && items.some((item) => item.kind === 'link' && item.link === 'from');
    const untilOnly = terms.length === 1 && items.some((item) => item.kind === 'link' && (item.link === 'until' || item.link === 'to'));
    if (fromOnly) start = span.start;
    else if (untilOnly && rule !== 'quota') end = span.end;
    else [start, end] = [span.start, span.end];
    // bounds that end before they start, or before the plan does: nothing left to repeat in
    if (start > end) return undefined;
  }
  taken.forEach((token) => used.add(token));
  termTokens.forEach((token) => used.add(token));
  // «ежедневно в течение учебного года»: the whole period, which a recurrence runs through anyway
  if (core.some((token) => isWord(token, 'during'))) {
    for (const token of core)
      if (isWord(token, 'during') || isWord(token, 'whole') || isWord(token, 'academic') || isWord(token, 'period') || unitOf(token) === 'year')
        used.add(token);
  }
  if (rule === 'quota') return quotaOf(cues, context);
  return { kind: 'recurring', rule, start, end };
}

/** What the cue readers share while they walk the phrase. */
interface CueWalk {
  readonly core: readonly Token[];
  readonly cues: Cues;
  readonly take: (...tokens: (Token | undefined)[]) => void;
}

/** A reader of one cue at token `i`: the index of the last token it took, or undefined when the cue is not there. */
type CueReader = (walk: CueWalk, i: number) => number | undefined;

/** «понедельник», «по средам», «понедельник – пятница», «с понедельника по пятницу» (every day between). */
const weekdayCue: CueReader = ({ core, cues, take }, i) => {
  const weekday = weekdayOf(core[i]);
  if (!weekday) return undefined;
  const before = cues.weekdays.at(-1);
  // «с понедельника по пятницу», «с понедельника по вторник и с четверга по субботу»: «по» after «с» and a weekday
  const between = core[i - 1]?.type === 'dash' || (isWord(core[i - 1], 'to') && weekdayOf(core[i - 2]) !== undefined && isWord(core[i - 3], 'from'));
  if (before !== undefined && between) for (let day = before + 1; day < weekday.weekday; day++) cues.weekdays.push(day as Weekday);
  cues.weekdays.push(weekday.weekday);
  cues.plural ||= weekday.plural;
  take(core[i], core[i - 1]?.type === 'dash' || isWord(core[i - 1], 'to', 'from') ? core[i - 1] : undefined);
  return i;
};

/** «по будням», «в будние дни», «по рабочим дням»: Monday to Friday; «5 рабочих дней» is a length. */
const workdaysCue: CueReader = ({ core, cues, take }, i) => {
  if (!isWord(core[i], 'weekdays-word') || core[i - 1]?.type === 'number') return undefined;
  cues.weekdays.push(1, 2, 3, 4, 5);
  cues.plural = true;
  take(core[i], unitOf(core[i + 1]) === 'day' ? core[i + 1] : undefined);
  return unitOf(core[i + 1]) === 'day' ? i + 1 : i;
};

/** «3-й», «первый и третий», «1 и 3» before a weekday: which weeks of the month. */
const weekOfMonthCue: CueReader = ({ core, cues, take }, i) => {
  const nth = weekOfMonth(core, i);
  if (nth === undefined) return undefined;
  const next = core[i + 1];
  cues.nths.push(nth);
  take(core[i]);
  if (weekdayOf(next) === undefined) take(next);
  return i;
};

/** «ежедневно», «еженедельно», «ежемесячно» … */
const everyUnitCue: CueReader = ({ core, cues, take }, i) => {
  const token = core[i];
  if (token?.type !== 'word' || token.entry?.kind !== 'every-unit') return undefined;
  cues.unit = cues.everyUnit = token.entry.unit as CalendarUnit;
  cues.cue = true;
  take(token);
  return i;
};

/** «каждый», «каждый месяц», «каждые две недели». */
const eachCue: CueReader = ({ core, cues, take }, i) => {
  if (!isWord(core[i], 'each')) return undefined;
  const next = core[i + 1];
  take(core[i]);
  cues.cue = true;
  if (unitOf(next)) {
    cues.unit ??= unitOf(next);
    take(next);
    return i + 1;
  }
  if (countOf(next) !== undefined && unitOf(core[i + 2]) === 'week') {
    cues.unit = 'week';
    cues.interval = countOf(next);
    take(next, core[i + 2]);
    return i + 2;
  }
  return i;
};

/** «через день». */
const everyOtherDayCue: CueReader = ({ core, cues, take }, i) => {
  if (!isWord(core[i], 'every-other') || unitOf(core[i + 1]) !== 'day') return undefined;
  cues.everyOther = cues.cue = true;
  take(core[i], core[i + 1]);
  return i + 1;
};

/** «до 25 числа (каждого месяца)», «не позднее 25-го числа месяца, следующего за отчетным». */
const monthDayCue: CueReader = ({ core, cues, take }, i) => {
  const day = dayOfMonth(core[i - 1]);
  if (!isWord(core[i], 'day-of-month') || day === undefined) return undefined;
  // «с 1 по 10 число каждого месяца»: days of every month, which a rule of one day cannot say
  if (isWord(core[i - 2], 'to')) {
    cues.unreadable = true;
    return i;
  }
  cues.monthDay = day;
  cues.cue = true;
  take(core[i - 1], core[i], isWord(core[i - 2], 'until') ? core[i - 2] : undefined);
  if (isWord(core[i - 2], 'later') && isWord(core[i - 3], 'not')) take(core[i - 2], core[i - 3]);
  return takeReportingMonth(core, i, take);
};

/** «раз в две недели»: every so many weeks. */
const weeksApartCue: CueReader = ({ core, cues, take }, i) => {
  const next = core[i + 1];
  if (!isWord(core[i], 'in') || countOf(next) === undefined || unitOf(core[i + 2]) !== 'week' || perCount(core, i) !== 1) return undefined;
  perCount(core, i, take);
  cues.unit = 'week';
  cues.interval = countOf(next);
  cues.cue = true;
  take(core[i], next, core[i + 2]);
  return i + 2;
};

/** «2 раза в месяц», «1 издание в квартал», «один раз в четверть». */
const countPerCue: CueReader = ({ core, cues, take }, i) => {
  const next = core[i + 1];
  if (!isWord(core[i], 'in') || !(unitOf(next) || schoolUnitOf(next)) || perCount(core, i) === undefined) return undefined;
  cues.per = unitOf(next) ?? schoolUnitOf(next);
  cues.count = perCount(core, i, take);
  cues.cue = true;
  take(core[i], next);
  return i + 1;
};

/** «не реже». */
const atLeastCue: CueReader = ({ core, cues, take }, i) => {
  if (!isWord(core[i], 'not') || !isWord(core[i + 1], 'rarer')) return undefined;
  cues.atLeast = true;
  take(core[i], core[i + 1]);
  return i + 1;
};

/** «месяца» of «третий понедельник месяца». */
const ofMonthCue: CueReader = ({ core, cues, take }, i) => {
  if (unitOf(core[i]) !== 'month' || !(cues.weekdays.length > 0 || cues.nths.length > 0 || cues.unit === 'month')) return undefined;
  cues.unit ??= 'month';
  take(core[i]);
  return i;
};

const cueReaders: readonly CueReader[] = [
  weekdayCue,
  workdaysCue,
  weekOfMonthCue,
  everyUnitCue,
  eachCue,
  everyOtherDayCue,
  monthDayCue,
  weeksApartCue,
  countPerCue,
  atLeastCue,
  ofMonthCue,
];

function readCues(core: readonly Token[], taken: Set<Token>): Cues | undefined {
  const cues: Cues = { weekdays: [], nths: [], plural: false, atLeast: false, everyOther: false, cue: false };
  const walk: CueWalk = { core, cues, take: (...tokens) => tokens.forEach((token) => token && taken.add(token)) };
  for (let i = 0; i < core.length; i++) {
    for (const reader of cueReaders) {
      const last = reader(walk, i);
      if (last !== undefined) {
        i = last;
        break;
      }
    }
  }
  const any = cues.cue || cues.weekdays.length > 0;
  if (cues.plural) cues.cue = true;
  return any ? cues : undefined;
}

/** «… месяца, следующего за отчетным (периодом)»: which month a monthly deadline falls in; still once a month. */
function takeReportingMonth(core: readonly Token[], at: number, take: (...tokens: (Token | undefined)[]) => void): number {
  let i = at;
  if (unitOf(core[i + 1]) === 'month') take(core[++i]);
  if (core[i + 1]?.type === 'comma' && isWord(core[i + 2], 'following')) i++;
  if (!isWord(core[i + 1], 'following')) return i;
  take(core[++i]);
  while (isWord(core[i + 1], 'relative') || isWord(core[i + 1], 'period')) take(core[++i]);
  return i;
}

/** The count before «в <unit>»: «2 раза в месяц», «1 издание в квартал», «раз в неделю», «не реже 4-х раз в год». */
function perCount(core: readonly Token[], at: number, take?: (...tokens: (Token | undefined)[]) => void): number | undefined {
  const before = core[at - 1];
  if (isWord(before, 'times')) {
    const count = countOf(core[at - 2]);
    take?.(before, count !== undefined ? core[at - 2] : undefined);
    return count ?? 1;
  }
  if (isWord(before, 'once')) return (take?.(before), 1);
  if (isWord(before, 'twice')) return (take?.(before), 2);
  if (isWord(before, 'thrice')) return (take?.(before), 3);
  // «не менее двух в месяц», «не реже 2-х в четверть»: after «не менее» a count needs no «раз»
  if (countOf(before) !== undefined && isWord(core[at - 2], 'rarer') && isWord(core[at - 3], 'not')) return (take?.(before), countOf(before));
  const count = countOf(core[at - 2]);
  // «один день в месяц», «2 дня в неделю»: days counted as times are
  if (unitOf(before) === 'day' && unitOf(core[at + 1]) !== 'day' && count !== undefined) return (take?.(core[at - 2], before), count);
  // «1 издание в квартал»: a count, one noun, «в», a unit
  if (before?.type === 'word' && before.entry === undefined && count !== undefined) {
    take?.(core[at - 2], before);
    return count;
  }
  return undefined;
}

function ruleOf(cues: Cues): Recurrence | 'quota' | undefined {
  const { weekdays, nths } = cues;
  if (cues.unreadable) return undefined;
  if (nths.some((nth) => nth === 0 || nth > 5)) return undefined;
  if (cues.everyOther) return { frequency: 'daily', interval: 2 };
  if (new Set(weekdays).size === 7) return { frequency: 'daily' };
  if (weekdays.length > 0 && nths.length > 0) {
    return nths.length === 1 ? { frequency: 'monthly', weekdays, nth: nths[0]! } : { frequency: 'monthly', weekdays, nth: nths[0]!, nths };
  }
  // «2 раза в месяц по средам», «по субботам, 1 раз в месяц»: which of the month's Wednesdays is not said; a count
  // per week agrees with its weekdays only when it is their number («2 раза в неделю: вторник, пятница»)
  if (weekdays.length > 0 && cues.per !== undefined && (cues.per !== 'week' || (cues.count ?? 1) !== new Set(weekdays).size)) return undefined;
  // «ежемесячно, по пятницам»: which Friday of the month is not said either
  if (weekdays.length > 0 && cues.everyUnit !== undefined && cues.everyUnit !== 'week' && cues.everyUnit !== 'day') return undefined;
  if (weekdays.length > 0)
    return cues.interval && cues.interval > 1 ? { frequency: 'weekly', weekdays, interval: cues.interval } : { frequency: 'weekly', weekdays };
  // «ежеквартально до 10 числа»: the 10th of which month of the quarter is not said
  if (cues.monthDay !== undefined && cues.unit !== undefined && cues.unit !== 'month') return undefined;
  if (cues.monthDay !== undefined) return cues.monthDay >= 1 && cues.monthDay <= 31 ? { frequency: 'monthly', monthDay: cues.monthDay } : undefined;
  if (cues.per !== undefined) {
    const count = cues.count ?? 1;
    // «один раз в год» is a yearly rule like «ежемесячно» is a monthly one; any other count per school unit or year is a quota
    if (cues.per === 'year' && count === 1 && !cues.atLeast) return { frequency: 'yearly' };
    if (cues.per === 'quarter-term' || cues.per === 'half-year' || cues.per === 'trimester' || cues.per === 'year' || cues.atLeast) return 'quota';
    const frequency =
      cues.per === 'month' ? 'monthly' : cues.per === 'week' ? 'weekly' : cues.per === 'quarter' ? 'quarterly' : cues.per === 'day' ? 'daily' : undefined;
    if (!frequency) return undefined;
    // «2 раза в месяц»: so many times a month, on days not said — a quota per month; once a month is a monthly rule
    return count > 1 && frequency !== 'daily' ? 'quota' : count > 1 ? { frequency, timesPerPeriod: count } : { frequency };
  }
  switch (cues.unit) {
    case 'day':
      return { frequency: 'daily' };
    case 'week':
      return cues.interval && cues.interval > 1 ? { frequency: 'weekly', interval: cues.interval } : { frequency: 'weekly' };
    case 'month':
      return { frequency: 'monthly' };
    case 'quarter':
      return { frequency: 'quarterly' };
    case 'year':
      return { frequency: 'yearly' };
    default:
      return undefined;
  }
}

function quotaOf(cues: Cues, context: SpanContext): Schedule | undefined {
  const per = cues.per ?? 'year';
  const count = cues.count ?? 1;
  const atLeast = cues.atLeast ? { atLeast: true as const } : {};
  if (per === 'quarter-term' || per === 'half-year' || per === 'trimester') return { ...schoolUnitQuota(per, count, context), ...atLeast };
  if (per === 'year') return { kind: 'quota', count, per, periods: [{ start: context.period.start, end: context.period.end }], ...atLeast };
  if (per === 'week') return { kind: 'quota', count, per, periods: calendarWeeks(context.period), ...atLeast };
  if (per !== 'month' && per !== 'quarter') return undefined;
  return { kind: 'quota', count, per, periods: calendarMonths(context.period, per === 'month' ? 1 : 3), ...atLeast };
}

/**
 * The calendar months, or quarters (January to March …), a period touches; the first and last cut to the period,
 * so that a plan from 1 September has its September quarter and one from 15 September its half of September.
 */
function calendarMonths(period: Span, size: 1 | 3): Span[] {
  return monthsBetween(period.start, period.end).flatMap(([year, month], index) => {
    if (index > 0 && (month - 1) % size !== 0) return [];
    const first = month - ((month - 1) % size);
    const [start, end] = [monthStart(year, first), monthEnd(year, first + size - 1)];
    return [{ start: start < period.start ? period.start : start, end: end > period.end ? period.end : end }];
  });
}

/** So many times in each term, half-year or trimester of the school year. */
export function schoolUnitQuota(per: 'quarter-term' | 'half-year' | 'trimester', count: number, context: SpanContext): Schedule & { kind: 'quota' } {
  const first = Number(context.period.start.slice(0, 4)) - (Number(context.period.start.slice(5, 7)) >= 9 ? 0 : 1);
  const year = context.schoolYear(first);
  if (year.source === 'federal') context.notes.push({ code: 'phrase-federal-school-year', params: { year: `${first}–${first + 1}` } });
  const periods = per === 'quarter-term' ? year.quarters : per === 'half-year' ? year.halfYears : year.trimesters;
  return { kind: 'quota', count, per, periods };
}

/** The calendar weeks, Monday to Sunday, a period touches; the first and last cut to the period. */
function calendarWeeks(period: Span): Span[] {
  const weeks: Span[] = [];
  for (let monday = addDays(period.start, 1 - weekdayOfDate(period.start)); monday <= period.end; monday = addDays(monday, 7)) {
    const sunday = addDays(monday, 6);
    weeks.push({ start: monday < period.start ? period.start : monday, end: sunday > period.end ? period.end : sunday });
  }
  return weeks;
}
