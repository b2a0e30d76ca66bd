// Terms to calendar spans: the year a term without one belongs to, ranges
// whose ends borrow a year from each other, and the problems found on the way
// (an impossible date, a range that ends before it starts). Pure.
import {
  academicYearOf,
  academicYearSpan,
  addDays,
  dateParts,
  dayNumber,
  isoDate,
  lastDayOfMonth,
  monthEnd,
  monthsBetween,
  monthStart,
  weekdayOf,
} from '../days.js';
import { monthCases } from '../../text/russian-words.js';
import type { IsoDate, Span } from '../model.js';
import type { SchoolYear } from './school-year.js';
import type { Term } from './terms.js';
import type { Season } from './lexicon.js';
import type { MessageCode, MessageParams } from '../../i18n/messages.js';

/** Something that looks wrong in a phrase, with its place (defined here, where it is found, so that reading.ts and spans.ts import no cycle). */
export interface PhraseProblem {
  readonly code: MessageCode;
  readonly params?: MessageParams;
  readonly severity: 'error' | 'warning';
  /** Offsets in the phrase: [start, end). */
  readonly start: number;
  readonly end: number;
}

export interface SpanContext {
  readonly period: Span;
  readonly schoolYear: (first: number) => SchoolYear;
  readonly problems: PhraseProblem[];
  readonly notes: { code: PhraseProblem['code']; params?: PhraseProblem['params'] }[];
}

/**
 * A month without a year: September–December in the academic year's first year, January–August in its
 * second — unless the plan has a period of its own that leaves that month out (a calendar year, a spring
 * half-year) and holds it in another year: then that year.
 */
function academicYearFor(month: number, context: SpanContext): number {
  const { period } = context;
  const first = academicYearOf(period.start).first;
  const academic = month >= 9 ? first : first + 1;
  const held = (year: number) => monthEnd(year, month) >= period.start && monthStart(year, month) <= period.end;
  // the year before never holds it: that month ends before the academic year of the plan's first day begins
  return held(academic) || !held(academic + 1) ? academic : academic + 1;
}

/**
 * The year of a day written without one. The last week of August (25–31) is the eve of the academic
 * year — its teachers' conferences and preparations — and belongs to the year's start.
 */
function yearFor(term: { month: number; day: number }, context: SpanContext): number {
  if (term.month === 8 && term.day >= 25) {
    const first = academicYearOf(context.period.start).first;
    context.notes.push({ code: 'phrase-august-eve', params: { year: first } });
    return first;
  }
  return academicYearFor(term.month, context);
}

const place = (term: Term) => ({ start: term.start, end: term.end });

/** The span of one term in a given year (for days and months), or undefined with a problem when there is no such day. */
export function termSpan(term: Term, year: number | undefined, context: SpanContext): Span | undefined {
  switch (term.kind) {
    case 'day': {
      const y = year ?? term.year ?? yearFor(term, context);
      if (term.month < 1 || term.month > 12 || term.day < 1 || term.day > lastDayOfMonth(y, term.month)) {
        const shown = `${String(term.day).padStart(2, '0')}.${String(term.month).padStart(2, '0')}${term.year !== undefined ? `.${term.year}` : ''}`;
        context.problems.push({ code: 'phrase-impossible-date', params: { value: shown }, severity: 'error', ...place(term) });
        return undefined;
      }
      const date = isoDate(y, term.month, term.day);
      return { start: date, end: date };
    }
    case 'month': {
      const y = year ?? term.year ?? academicYearFor(term.month, context);
      return { start: monthStart(y, term.month), end: monthEnd(y, term.month) };
    }
    case 'part': {
      const { month } = term;
      if (month === undefined) return undefined;
      const y = year ?? term.year ?? academicYearFor(month, context);
      if (term.part === 'week') {
        context.notes.push({ code: 'phrase-calendar-week' });
        return calendarWeekOfMonth(y, month, term.nth);
      }
      const days = term.part === 'decade' ? 10 : 15;
      const last = lastDayOfMonth(y, month);
      if (term.nth === -1) return { start: isoDate(y, month, last - days + 1), end: isoDate(y, month, last) };
      const first = (term.nth - 1) * days + 1;
      // a month has three decades and two halves (each begins by the 21st); the last of them runs to the month's end
      const parts = term.part === 'decade' ? 3 : 2;
      if (term.nth < 1 || term.nth > parts) return undefined;
      return { start: isoDate(y, month, first), end: isoDate(y, month, term.nth === parts ? last : first + days - 1) };
    }
    case 'quarter': {
      if (term.nth < 1 || term.nth > 4) return undefined;
      const firstMonth = term.nth * 3 - 2;
      const y = year ?? term.year ?? academicYearFor(firstMonth, context);
      return { start: monthStart(y, firstMonth), end: monthEnd(y, firstMonth + 2) };
    }
    case 'year':
      return term.academic ? academicYearSpan(term.year) : { start: monthStart(term.year, 1), end: monthEnd(term.year, 12) };
    case 'school':
      return schoolSpan(term, context);
  }
}

/**
 * The n-th calendar week of a month (-1: the last), Monday to Sunday. As in ISO 8601 for a year, a
 * month's first week is the one that holds its first Thursday — most of its days are the month's — so
 * a month has four or five weeks; there is no fifth in a month of four.
 */
export function calendarWeekOfMonth(year: number, month: number, nth: number): Span | undefined {
  const firstThursday = 1 + ((4 - weekdayOf(isoDate(year, month, 1)) + 7) % 7);
  const weeks = Math.floor((lastDayOfMonth(year, month) - firstThursday) / 7) + 1;
  const index = nth === -1 ? weeks : nth;
  if (index < 1 || index > weeks) return undefined;
  const monday = addDays(isoDate(year, month, firstThursday), 7 * (index - 1) - 3);
  return { start: monday, end: addDays(monday, 6) };
}

/** «1-я неделя месяца», «вторая декада месяца»: that part of every month of the plan. */
export function partOfEveryMonth(term: Term & { kind: 'part' }, context: SpanContext): Span[] {
  return monthsBetween(context.period.start, context.period.end)
    .map(([year, month]) => termSpan({ ...term, month }, year, context))
    .filter((span): span is Span => span !== undefined && span.start <= context.period.end && span.end >= context.period.start);
}

function schoolSpan(term: Term & { kind: 'school' }, context: SpanContext): Span | undefined {
  const spans = schoolSpans(term, context);
  return spans.length === 1 ? spans[0] : undefined;
}

/** The spans a unit of the school year names: one term, or the holidays (all of them when no season is said). */
export function schoolSpans(term: Term & { kind: 'school' }, context: SpanContext): readonly Span[] {
  const first = term.academicYear ?? academicYearOf(context.period.start).first;
  const year = context.schoolYear(first);
  if (year.source === 'months' && term.unit === 'quarter-term')
    context.notes.push({ code: 'phrase-terms-by-months', params: { year: `${first}–${first + 1}` } });
  else if (year.source === 'federal') context.notes.push({ code: 'phrase-federal-school-year', params: { year: `${first}–${first + 1}` } });
  if (term.unit === 'holidays') {
    if (term.season === undefined) return year.holidays;
    // A school's own holidays are told apart by when they begin; of two in one season (an extra week in February), the longer.
    const ofSeason = year.holidays.filter((span) => seasonOf(span) === term.season);
    return ofSeason.length === 0 ? [] : [ofSeason.reduce((longest, span) => (length(span) > length(longest) ? span : longest))];
  }
  const list = term.unit === 'quarter-term' ? year.quarters : term.unit === 'half-year' ? year.halfYears : year.trimesters;
  const one = term.ordinal !== undefined ? list[term.ordinal - 1] : undefined;
  return one ? [one] : [];
}

/** The season holidays begin in: September–November autumn, December–February winter, March–April spring, May–August summer. */
function seasonOf(span: Span): Season {
  const { month } = dateParts(span.start);
  return month >= 9 && month <= 11 ? 'autumn' : month === 12 || month <= 2 ? 'winter' : month <= 4 ? 'spring' : 'summer';
}

const length = (span: Span) => dayNumber(span.end) - dayNumber(span.start);

const dayOrMonth = (term: Term): term is Term & { kind: 'day' | 'month' } => term.kind === 'day' || term.kind === 'month';
const order = (a: { month: number; day?: number }, b: { month: number; day?: number }) => a.month - b.month || (a.day ?? 1) - (b.day ?? 1);

/**
 * A range «first – last»: an end without a year is the first such day on or after the start; a start
 * without a year takes the end's (the year before when the months wrap round the New Year).
 */
export function rangeSpan(first: Term, last: Term, context: SpanContext): Span | undefined {
  if (!dayOrMonth(first) || !dayOrMonth(last)) {
    const a = termSpan(first, undefined, context);
    const b = termSpan(last, undefined, context);
    return a && b && a.start <= b.end ? { start: a.start, end: b.end } : undefined;
  }
  let startYear: number;
  let endYear: number;
  if (first.year !== undefined && last.year !== undefined) [startYear, endYear] = [first.year, last.year];
  else if (first.year !== undefined) [startYear, endYear] = [first.year, first.year + (order(last, first) < 0 ? 1 : 0)];
  else if (last.year !== undefined) {
    endYear = last.year;
    if (order(first, last) > 0 && first.month === last.month) return reversed(first, last, context);
    startYear = last.year - (first.month > last.month ? 1 : 0);
  } else if (first.kind === 'day') {
    // A range of days is placed by its first day: «с 6 июля до 5 сентября» runs into the next academic year.
    startYear = yearFor(first, context);
    endYear = startYear + (order(last, first) < 0 ? 1 : 0);
    if (order(last, first) < 0 && first.month === last.month) return reversed(first, last, context);
  } else if (monthOrder(first, last, context) === 'past') {
    // «май – октябрь» in a plan that begins in September: begun in the plan's May, it runs past the plan's end.
    startYear = academicYearFor(first.month, context);
    endYear = startYear + (first.month > last.month ? 1 : 0);
  } else {
    // A range of months is placed by its last: «август – сентябрь» is the August before the year.
    endYear = academicYearFor(last.month, context);
    startYear = endYear - (first.month > last.month ? 1 : 0);
  }
  const start = termSpan(first, startYear, context);
  const end = termSpan(last, endYear, context);
  if (!start || !end) return undefined;
  // Only a range with both years written can run backwards here: an end without a year was placed on or
  // after the start, a start without one before the end, and days the wrong way round in one month refused.
  if (start.start > end.end) return correctedYears(first, last, context);
  const span = { start: start.start, end: end.end };
  if (first.kind === 'month' && last.kind === 'month' && first.year === undefined && last.year === undefined) checkMonthOrder(first, last, span, context);
  return span;
}

/**
 * Two months in the plan's own order of months (from the month it begins: September for an academic
 * year): `forward`, or `eve` when the first is the month just before the plan (the August preparations
 * of a school year: placed by the last month, so it begins the month before), or `past` when the first
 * comes after the last (placed by the first month, so it runs past the plan's end: «май – октябрь» of a
 * Year of Ecology in a 2016–2017 plan is May – October 2017).
 */
function monthOrder(first: { month: number }, last: { month: number }, context: SpanContext): 'forward' | 'eve' | 'past' {
  const opening = dateParts(context.period.start).month;
  const position = (month: number) => (month - opening + 12) % 12;
  if (position(first.month) <= position(last.month)) return 'forward';
  return position(first.month) === 11 ? 'eve' : 'past';
}

/**
 * A month range that leaves the plan is read, and said: begun the month just before the plan, with the
 * year of that month to write if it is meant; run past the plan's end, with the months swapped, which
 * is what is meant as often.
 */
function checkMonthOrder(first: Term & { kind: 'month' }, last: Term & { kind: 'month' }, span: Span, context: SpanContext): void {
  const { period } = context;
  const order = monthOrder(first, last, context);
  // begun the month before the plan, it begins before the plan: placed by its last month, the first such month the plan holds
  if (order === 'forward' || (order === 'past' && span.end <= period.end)) return;
  const name = (month: number) => monthCases[month - 1]!.nominative;
  const place = { severity: 'warning' as const, start: first.start, end: last.end };
  if (order === 'eve') {
    context.problems.push({
      code: 'phrase-months-before-plan',
      params: { start: span.start, end: span.end, period: period.start, meant: `${name(first.month)} ${span.start.slice(0, 4)} – ${name(last.month)}` },
      ...place,
    });
    return;
  }
  const from = academicYearFor(last.month, context);
  const to = from + (first.month < last.month ? 1 : 0);
  const meant = { meant: `${name(last.month)} – ${name(first.month)}`, meantStart: monthStart(from, last.month), meantEnd: monthEnd(to, first.month) };
  context.problems.push({ code: 'phrase-months-backwards', params: { start: span.start, end: span.end, period: period.end, ...meant }, ...place });
}

/**
 * «с 01.01.2024 по 08.01.2023» in a 2023–2024 plan: both years written, the range ends before it starts.
 * When changing one year by one makes it run forward inside the plan, and only one such change does,
 * that is the evident correction: read so, and said at the year changed. One year written twice is
 * corrected only across a New Year («с 28.12.2023 по 08.01.2023»), into a range of a season at most:
 * «с 15.05.2024 по 10.05.2024» has its days, not a year, the wrong way round. Otherwise it is refused.
 */
function correctedYears(first: Term & { kind: 'day' | 'month' }, last: Term & { kind: 'day' | 'month' }, context: SpanContext): Span | undefined {
  const quiet = { ...context, problems: [], notes: [] };
  const { period } = context;
  const candidates = [
    { changed: last, start: first.year!, end: first.year! + (order(last, first) < 0 ? 1 : 0) },
    { changed: first, start: last.year! - (order(first, last) > 0 ? 1 : 0), end: last.year! },
  ].flatMap(({ changed, start, end }) => {
    const a = termSpan(first, start, quiet);
    const b = termSpan(last, end, quiet);
    const year = changed === first ? start : end;
    // each candidate runs forward by its making; one year written twice, corrected, crosses a New Year or, in one month, runs a whole year
    if (!a || !b || Math.abs(year - changed.year!) !== 1 || a.start < period.start || a.start > period.end) return [];
    if (first.year === last.year && dayNumber(b.end) - dayNumber(a.start) > 92) return [];
    return [{ changed, year, span: { start: a.start, end: b.end } }];
  });
  if (candidates.length !== 1) return reversed(first, last, context);
  const [{ changed, year, span }] = candidates as [(typeof candidates)[number]];
  const shown = (y: number) => (changed.kind === 'day' ? `${String(changed.day).padStart(2, '0')}.` : '') + `${String(changed.month).padStart(2, '0')}.${y}`;
  context.problems.push({
    code: 'phrase-range-year-typo',
    params: { value: shown(changed.year!), likely: shown(year), start: span.start, end: span.end },
    severity: 'warning',
    start: changed.start,
    end: changed.end,
  });
  return span;
}

function reversed(first: Term, last: Term, context: SpanContext): undefined {
  context.problems.push({ code: 'phrase-range-reversed', severity: 'error', start: first.start, end: last.end });
  return undefined;
}

/** «01.04.13» in a 2013–2014 plan: the year as written falls outside the plan, the same day in the plan's year would not. */
export function checkYearTypo(term: Term, span: Span, context: SpanContext): void {
  if (term.kind !== 'day' || term.year === undefined) return;
  const { period } = context;
  if (span.start >= period.start && span.start <= period.end) return;
  const likely = academicYearFor(term.month, context);
  const corrected: IsoDate = isoDate(likely, term.month, Math.min(term.day, lastDayOfMonth(likely, term.month)));
  // a year one off, not the year written: a range whose other year was corrected ends outside the plan in the year it says
  if (Math.abs(likely - term.year) !== 1 || corrected < period.start || corrected > period.end) return;
  const written = `${String(term.day).padStart(2, '0')}.${String(term.month).padStart(2, '0')}.${term.shortYear ? String(term.year).slice(2) : term.year}`;
  const meant = `${String(term.day).padStart(2, '0')}.${String(term.month).padStart(2, '0')}.${term.shortYear ? String(likely).slice(2) : likely}`;
  context.problems.push({ code: 'phrase-year-typo', params: { value: written, likely: meant }, severity: 'warning', start: term.start, end: term.end });
}
