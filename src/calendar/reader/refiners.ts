// Refiners: what brackets and «кроме …» add to any head. A weekday in
// brackets after a day is checked against it («24 мая (пн)»); a span of
// weekdays narrows a range to those days («(понедельник - пятница)»); a
// recurrence in brackets says which day a frequency means («один раз в месяц
// (четвертая среда месяца)»); months in brackets bound a recurrence («по
// пятницам (сентябрь - май)»); a length («(9 дней)») is checked against the
// span; «кроме июня – августа», «выходные дни 5, 6 апреля» take days out.
import { addDays, isoDate, weekdayOf } from '../days.js';
import type { IsoDate, Schedule, Span, Weekday } from '../model.js';
import { readRecurrence } from './recurrence.js';
import { partOfEveryMonth, rangeSpan, schoolSpans, termSpan, type SpanContext } from './spans.js';
import { readTerms, type Item, type Term } from './terms.js';
import type { Token } from './tokens.js';

export interface Group {
  readonly tokens: Token[];
  readonly open: Token;
}

export function splitBrackets(tokens: readonly Token[]): { main: Token[]; groups: Group[] } {
  const main: Token[] = [];
  const groups: Group[] = [];
  let group: Group | undefined;
  for (const token of tokens) {
    if (token.type === 'open' && !group) group = { tokens: [], open: token };
    else if (token.type === 'close' && group) {
      groups.push(group);
      group = undefined;
    } else if (group) group.tokens.push(token);
    else if (token.type !== 'close') main.push(token);
  }
  if (group) groups.push(group);
  return { main, groups };
}

/** «понедельник – пятница», «вторник, четверг»: the weekdays a bracket lists, or undefined when it says more. */
export const weekdaysIn = (tokens: readonly Token[]): Weekday[] | undefined => {
  const days: Weekday[] = [];
  let range = false;
  for (const token of tokens) {
    if (token.type === 'word' && token.entry?.kind === 'weekday') {
      const before = days.at(-1);
      if (range && before !== undefined) for (let day = before + 1; day < token.entry.weekday; day++) days.push(day as Weekday);
      days.push(token.entry.weekday);
      range = false;
    } else if (token.type === 'dash') range = true;
    else if (token.type !== 'comma' && !(token.type === 'word' && token.entry?.kind === 'word' && token.entry.word === 'and')) return undefined;
  }
  return days.length > 0 ? days : undefined;
};

export function refineWithBrackets(
  schedule: Schedule,
  groups: readonly Group[],
  core: readonly Token[],
  used: Set<Token>,
  context: SpanContext,
): Schedule | undefined {
  let result: Schedule | undefined = schedule;
  for (const group of groups) {
    if (!result) return undefined;
    const weekdays = weekdaysIn(group.tokens);
    const first = group.tokens.find((token) => token.type === 'word');
    if (first?.type === 'word' && first.entry?.kind === 'word' && first.entry.word === 'except') {
      result = applyExcept(result, group.tokens.slice(group.tokens.indexOf(first)), used, context);
    } else if (weekdays && weekdays.length === 1 && (result.kind === 'date' || result.kind === 'range' || result.kind === 'dates')) {
      result = checkWeekday(result, weekdays[0]!, group, core, context);
      group.tokens.forEach((token) => used.add(token));
    } else if (weekdays && weekdays.length > 1 && result.kind === 'range') {
      group.tokens.forEach((token) => used.add(token));
      result = { kind: 'recurring', rule: { frequency: 'weekly', weekdays }, start: result.start, end: result.end };
    } else if (result.kind === 'recurring' && result.rule.weekdays === undefined && result.rule.monthDay === undefined) {
      const inner = readRecurrence(group.tokens, used, context);
      const { interval, exceptMonths } = result.rule;
      const keep = {
        ...(interval && inner?.kind === 'recurring' && inner.rule.frequency === result.rule.frequency ? { interval } : {}),
        ...(exceptMonths ? { exceptMonths } : {}),
      };
      if (inner?.kind === 'recurring' && inner.rule.weekdays) result = { ...result, rule: { ...inner.rule, ...keep } };
      else result = boundRecurrence(result, group, used, context);
    } else if (result.kind === 'recurring') {
      // «по субботам (1 раз в месяц)»: a second frequency that contradicts the first cannot be read one way
      const inner = readRecurrence(group.tokens, new Set(), context);
      if (inner?.kind === 'quota' || (inner?.kind === 'recurring' && inner.rule.frequency !== result.rule.frequency)) return undefined;
      result = boundRecurrence(result, group, used, context);
    } else if (isLength(group.tokens)) group.tokens.forEach((token) => used.add(token));
  }
  return result;
}

/** «(9 дней)», «(42 учебных дня)»: the length of a span, said again. */
export function isLength(tokens: readonly Token[]): boolean {
  return (
    tokens.length >= 2 &&
    tokens[0]!.type === 'number' &&
    tokens
      .slice(1)
      .every((token) => token.type === 'word' && (token.entry?.kind === 'unit' || (token.entry?.kind === 'word' && token.entry.word === 'academic')))
  );
}

/** «по пятницам (сентябрь - май)»: months in brackets bound a recurrence. */
function boundRecurrence(schedule: Schedule & { kind: 'recurring' }, group: Group, used: Set<Token>, context: SpanContext): Schedule {
  const { items, used: termTokens } = readTerms(group.tokens);
  const terms = items.flatMap((item) => (item.kind === 'term' ? [item.term] : []));
  // «(в течение учебного года)»: the whole period, which the recurrence runs through anyway
  const whole = group.tokens.some((token) => token.type === 'word' && token.entry?.kind === 'word' && token.entry.word === 'during');
  if (terms.length === 0 && whole) {
    for (const token of group.tokens) if (token.type === 'word' && (token.entry?.kind === 'word' || token.entry?.kind === 'unit')) used.add(token);
    return schedule;
  }
  if (terms.length === 0 || terms.length > 2) return schedule;
  // «1 раз в месяц (последняя неделя месяца)»: the week of every month it falls in
  const [week] = terms;
  if (terms.length === 1 && week!.kind === 'part' && week!.month === undefined) {
    if (schedule.rule.frequency !== 'monthly') return schedule;
    const spans = partOfEveryMonth(week!, context);
    termTokens.forEach((token) => used.add(token));
    return spans.length === 0 ? schedule : { kind: 'dates', spans };
  }
  const span = terms.length === 1 ? termSpan(terms[0]!, undefined, context) : rangeSpan(terms[0]!, terms[1]!, context);
  if (!span) return schedule;
  termTokens.forEach((token) => used.add(token));
  return { ...schedule, start: span.start, end: span.end };
}

/** A weekday in brackets after a day: checked, and when the day has no year, it picks the year where they agree. */
function checkWeekday(schedule: Dated, stated: Weekday, group: Group, core: readonly Token[], context: SpanContext): Schedule | undefined {
  const before = core.filter((token) => token.end <= group.open.start).at(-1);
  const dayTerm = before
    ? readTerms(core)
        .items.flatMap((item) => (item.kind === 'term' && item.term.kind === 'day' && item.term.end >= before.end ? [item.term] : []))
        .at(0)
    : undefined;
  if (!dayTerm || dayTerm.kind !== 'day') return schedule;
  const dates = datesOf(schedule);
  const date = dates.find((candidate) => Number(candidate.slice(5, 7)) === dayTerm.month && Number(candidate.slice(8, 10)) === dayTerm.day);
  if (!date || weekdayOf(date) === stated) return schedule;
  const year = Number(date.slice(0, 4));
  if (dayTerm.year === undefined && schedule.kind === 'date') {
    for (const other of [year + 1, year - 1]) {
      const candidate = isoDate(other, dayTerm.month, dayTerm.day);
      if (weekdayOf(candidate) === stated) {
        context.notes.push({ code: 'phrase-weekday-year', params: { date: candidate } });
        return { kind: 'date', date: candidate };
      }
    }
  }
  context.problems.push({
    code: 'phrase-weekday-mismatch',
    params: { date, weekday: stated },
    severity: 'warning',
    start: dayTerm.start,
    // the group lists the weekday, so it has a last token
    end: group.tokens.at(-1)!.end,
  });
  return schedule;
}

/** The schedules a weekday in brackets is checked against: one day, a range, a list. */
type Dated = Schedule & { kind: 'date' | 'range' | 'dates' };

function datesOf(schedule: Dated): IsoDate[] {
  if (schedule.kind === 'date') return [schedule.date];
  if (schedule.kind === 'range') return [schedule.start, schedule.end];
  return schedule.spans.flatMap((span) => [span.start, span.end]);
}

const summerMonths = [6, 7, 8];

/** «кроме июня – августа», «кроме летних месяцев», «выходные дни 5, 6 апреля 2025 года». */
export function applyExcept(schedule: Schedule, except: readonly Token[], used: Set<Token>, context: SpanContext): Schedule | undefined {
  const marker = except[0]!;
  const rest = except.slice(1);
  const { items, used: termTokens } = readTerms(rest);
  const terms = items.flatMap((item) => (item.kind === 'term' ? [item.term] : []));
  const summer = rest.some((token) => token.type === 'word' && token.entry?.kind === 'word' && token.entry.word === 'summer');
  const quiet = (token: Token) =>
    token.type === 'word' &&
    (token.entry?.kind === 'unit' || (token.entry?.kind === 'word' && ['days-off', 'and', 'summer', 'inclusive'].includes(token.entry.word)));
  if (
    schedule.kind === 'recurring' &&
    rest.some((token) => token.type === 'word' && (token.entry?.kind === 'weekday' || (token.entry?.kind === 'word' && token.entry.word === 'days-off')))
  ) {
    return exceptWeekdays(schedule, marker, rest, used);
  }
  if (schedule.kind === 'recurring') {
    // «кроме летних месяцев и декабря»: the summer's and the months named
    const listed = terms.length === 0 ? (summer ? [] : undefined) : exceptedMonths(items);
    const months = listed && (summer ? [...new Set([...summerMonths, ...listed])] : listed);
    if (!months) return undefined;
    [marker, ...rest].filter((token) => termTokens.has(token) || quiet(token) || token === marker).forEach((token) => used.add(token));
    return { ...schedule, rule: { ...schedule.rule, exceptMonths: months } };
  }
  if ((schedule.kind === 'period' || (schedule.kind === 'range' && !schedule.except)) && terms.length > 0 && terms.every(isHolidays)) {
    // «в течение учебного года, кроме каникул», «сентябрь – май, кроме каникул»: the span without the holidays named
    // «кроме зимних и осенних каникул»: a word the terms leave (a second season) would leave its holidays in
    if (rest.some((token) => token.type === 'word' && !termTokens.has(token) && !quiet(token))) return undefined;
    const off = terms.flatMap((term) => (isHolidays(term) ? schoolSpans(term, context) : []));
    [marker, ...rest].filter((token) => termTokens.has(token) || quiet(token) || token === marker).forEach((token) => used.add(token));
    const spans = spanWithout({ start: schedule.start, end: schedule.end }, off);
    return spans.length > 0 ? { kind: 'dates', spans } : undefined;
  }
  if (schedule.kind === 'range' && terms.length > 0 && terms.every((term) => term.kind === 'day')) {
    const days = terms
      .map((term) => termSpan(term, undefined, context)?.start)
      .filter((day): day is IsoDate => day !== undefined && day >= schedule.start && day <= schedule.end);
    [marker, ...rest].filter((token) => termTokens.has(token) || quiet(token) || token === marker).forEach((token) => used.add(token));
    return { ...schedule, except: [...new Set(days)].sort() };
  }
  return schedule;
}

const isHolidays = (term: Term): term is Term & { kind: 'school' } => term.kind === 'school' && term.unit === 'holidays';

/** The parts of a span outside the spans given, in order. */
function spanWithout(span: Span, off: readonly Span[]): Span[] {
  const parts: Span[] = [];
  let start = span.start;
  for (const gap of [...off].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))) {
    if (gap.end < start || gap.start > span.end) continue;
    if (gap.start > start) parts.push({ start, end: addDays(gap.start, -1) });
    if (gap.end >= start) start = addDays(gap.end, 1);
  }
  if (start <= span.end) parts.push({ start, end: span.end });
  return parts;
}

/** «кроме июня – августа, декабря»: the months named, a dash between two filled in (6, 7, 8, 12). */
function exceptedMonths(items: readonly Item[]): number[] | undefined {
  const terms = items.flatMap((item) => (item.kind === 'term' ? [item.term] : []));
  if (terms.length === 0 || terms.some((term) => term.kind !== 'month')) return undefined;
  const months: number[] = [];
  let dash = false;
  for (const item of items) {
    if (item.kind === 'link') dash = item.link === 'dash';
    else if (item.term.kind === 'month') {
      const from = dash ? months.at(-1) : undefined;
      if (from !== undefined) for (let month = (from % 12) + 1; month !== item.term.month; month = (month % 12) + 1) months.push(month);
      months.push(item.term.month);
      dash = false;
    }
  }
  return [...new Set(months)];
}

/** «ежедневно, кроме выходных», «по будням, кроме среды»: days of the week taken out of a daily or weekly rule. */
function exceptWeekdays(schedule: Schedule & { kind: 'recurring' }, marker: Token, rest: readonly Token[], used: Set<Token>): Schedule | undefined {
  const excluded = new Set<number>();
  for (const token of rest) {
    if (token.type !== 'word') continue;
    if (token.entry?.kind === 'weekday') excluded.add(token.entry.weekday);
    else if (token.entry?.kind === 'word' && token.entry.word === 'days-off') [6, 7].forEach((day) => excluded.add(day));
    else if (!(token.entry?.kind === 'word' && token.entry.word === 'and') && token.entry?.kind !== 'unit') return undefined;
  }
  const { rule } = schedule;
  const every =
    rule.frequency === 'daily' && (rule.interval ?? 1) === 1
      ? [1, 2, 3, 4, 5, 6, 7]
      : rule.frequency === 'weekly' && !rule.interval
        ? rule.weekdays
        : undefined;
  if (!every) return undefined;
  const weekdays = every.filter((day) => !excluded.has(day)) as Weekday[];
  if (weekdays.length === 0) return undefined;
  [marker, ...rest].forEach((token) => used.add(token));
  return { ...schedule, rule: { frequency: 'weekly', weekdays } };
}
