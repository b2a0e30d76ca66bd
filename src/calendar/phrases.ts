// Reads the Russian timing phrases of plans («сроки») into schedules:
// «каждый 3-й понедельник месяца», «до 15 декабря», «октябрь - апрель 2021 г.»,
// «ноябрь 2020 г. апрель 2021 г.», «13.10 – 17.10.2014», «постоянно» …
// A month or date without a year takes it from the academic year
// (September–December: the first year; January–August: the second).
import { academicYearOf, isoDate, lastDayOfMonth, monthEnd, monthStart } from './days.js';
import type { IsoDate, Recurrence, Schedule, Span, Weekday } from './model.js';

export interface ReadingContext {
  /** The plan's period: what «в течение всего периода» means and where recurrences run. */
  readonly period: Span;
}

/** A year for a month that has none: the academic year's first for September–December, its second otherwise. */
function academicYearFor(month: number, context: ReadingContext): number {
  const first = academicYearOf(context.period.start).first;
  return month >= 9 ? first : first + 1;
}

/** Lower case, ё as е, one kind of dash, no «г.» after years, single spaces. */
export function normalisePhrase(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/(\d{4})\s*(?:гг?\.?|года?)(?=$|[\s,;.)-])/g, '$1')
    .replace(/[«»"]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s+-\s*|\s*-\s+/g, ' - ')
    .replace(/[\s.;,]+$/, '')
    .trim();
}

const unscheduled = /^(?:по (?:мере )?необходимости|по согласованию|по запросу|по запросам.*|в случае необходимости|по плану .*)$/;
const wholePeriod =
  /^(?:в течение (?:всего )?(?:учебного )?(?:периода|года)|постоянно|весь (?:учебный )?(?:период|год)|круглогодично|систематически|в течение всего учебного года)$/;

/** The schedule a timing phrase means, or undefined when it cannot be read. */
export function readPhrase(text: string, context: ReadingContext): Schedule | undefined {
  const phrase = normalisePhrase(text);
  if (phrase === '') return undefined;
  if (unscheduled.test(phrase)) return { kind: 'unscheduled' };
  if (wholePeriod.test(phrase)) return { kind: 'period', start: context.period.start, end: context.period.end };
  const deadline = /^(?:до|не позднее|не позже|в срок до)\s+(.+)$/.exec(phrase);
  if (deadline) {
    const day = readDates(deadline[1]!, context);
    return day?.kind === 'date' ? { kind: 'deadline', due: day.date } : undefined;
  }
  return readRecurrence(phrase, context) ?? readDates(phrase, context);
}

// ---------------------------------------------------------------- recurrences

// Word stems rather than regular expressions: each pattern would be compiled on
// every run of the CLI, and reading the plans is on the path of every command.
const weekdayStems: [string, Weekday][] = [
  ['понедельник', 1], ['вторник', 2], ['сред', 3], ['четверг', 4], ['пятниц', 5], ['суббот', 6], ['воскресень', 7],
];
const weekdayAbbreviations: Record<string, Weekday> = { пн: 1, вт: 2, ср: 3, чт: 4, пт: 5, сб: 6, вс: 7 };

const ordinalWords: [RegExp, number][] = [
  [/^перв(?:ый|ая|ую|ое|ого|ой)$/, 1],
  [/^втор(?:ой|ая|ую|ое|ого)$/, 2],
  [/^трет(?:ий|ья|ью|ье|ьего|ей)$/, 3],
  [/^четверт(?:ый|ая|ую|ое|ого|ой)$/, 4],
  [/^пят(?:ый|ая|ую|ое|ого|ой)$/, 5],
  [/^последн(?:ий|яя|юю|ее|его|ей)$/, -1],
];
const numberWords: Record<string, number> = { один: 1, одна: 1, одно: 1, два: 2, две: 2, три: 3, четыре: 4, пять: 5 };

function weekdayOfWord(word: string): Weekday | undefined {
  if (Object.hasOwn(weekdayAbbreviations, word)) return weekdayAbbreviations[word];
  // «среди» is not a Wednesday: a weekday's endings are short
  return weekdayStems.find(([stem]) => word.startsWith(stem) && word.length <= stem.length + 3)?.[1];
}

function ordinalOfWord(word: string): number | undefined {
  const digits = /^([1-5])(?:-?(?:й|ий|ый|ой|тий|ая|я|ю|ую|е|ое|го|ого|ей))?$/.exec(word);
  if (digits) return Number(digits[1]);
  return ordinalWords.find(([pattern]) => pattern.test(word))?.[1];
}

const fillers = new Set(['каждый', 'каждую', 'каждое', 'каждые', 'каждого', 'по', 'в', 'во', 'и', ',', 'проводится', 'проводятся', 'еженедельно', 'ежемесячно']);

function readRecurrence(phrase: string, context: ReadingContext): Schedule | undefined {
  const [main, limits] = splitLimits(phrase, context);
  if (!limits) return undefined;
  const rule = readFrequency(main) ?? readWeekdayRule(main);
  if (!rule) return undefined;
  const exceptMonths = limits.exceptMonths.length ? { exceptMonths: limits.exceptMonths } : {};
  return { kind: 'recurring', rule: { ...rule, ...exceptMonths }, start: limits.start, end: limits.end };
}

function readFrequency(phrase: string): Recurrence | undefined {
  const simple: Record<string, Recurrence['frequency']> = {
    ежемесячно: 'monthly', 'каждый месяц': 'monthly', 'раз в месяц': 'monthly',
    еженедельно: 'weekly', 'каждую неделю': 'weekly', 'раз в неделю': 'weekly',
    ежеквартально: 'quarterly', 'каждый квартал': 'quarterly', 'раз в квартал': 'quarterly',
  };
  if (simple[phrase]) return { frequency: simple[phrase] };
  const times = /^(\d+|один|одна|одно|два|две|три|четыре|пять) (?:раза?|издани[ея]|изданий|выпуск(?:а|ов)?|заседани[ея]|встреч[иа]?)? ?в (месяц|квартал|неделю)$/.exec(phrase);
  if (!times) return undefined;
  const count = numberWords[times[1]!] ?? Number(times[1]);
  const frequency = times[2] === 'месяц' ? 'monthly' : times[2] === 'квартал' ? 'quarterly' : 'weekly';
  return count > 1 ? { frequency, timesPerPeriod: count } : { frequency };
}

/** «каждый 3-й понедельник месяца», «в последнюю среду месяца», «по понедельникам и средам». */
function readWeekdayRule(phrase: string): Recurrence | undefined {
  const words = phrase.replace(/,/g, ' , ').split(' ').filter(Boolean);
  const weekdays: Weekday[] = [];
  let nth: number | undefined;
  let ofMonth = false;
  for (const word of words) {
    const weekday = weekdayOfWord(word);
    const ordinal = ordinalOfWord(word);
    if (weekday !== undefined) weekdays.push(weekday);
    else if (ordinal !== undefined && nth === undefined) nth = ordinal;
    else if (word === 'месяца' || word === 'месяц' || word === 'каждого') ofMonth = true;
    else if (!fillers.has(word)) return undefined;
  }
  if (weekdays.length === 0) return undefined;
  if (nth !== undefined) return { frequency: 'monthly', weekdays, nth };
  return ofMonth ? undefined : { frequency: 'weekly', weekdays };
}

interface Limits {
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly exceptMonths: number[];
}

/** Splits off «кроме июня - августа», «с сентября по май», «(сентябрь - май)»; undefined when they cannot be read. */
function splitLimits(phrase: string, context: ReadingContext): [string, Limits | undefined] {
  let main = phrase.replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim();
  let { start, end } = context.period;
  let exceptMonths: number[] = [];
  const except = /\s*,?\s*кроме (.+)$/.exec(main);
  if (except) {
    const months = exceptedMonths(except[1]!);
    if (!months) return [main, undefined];
    exceptMonths = months;
    main = main.slice(0, except.index).trim();
  }
  const range = /\s*,?\s*с (\S+)(?: (\d{4}))? по (\S+)(?: (\d{4}))?$/.exec(main);
  if (range && monthOf(range[1]!) && monthOf(range[3]!)) {
    const span = monthRangeSpan(monthOf(range[1]!)!, range[2], monthOf(range[3]!)!, range[4], context);
    [start, end] = [span.start, span.end];
    main = main.slice(0, range.index).trim();
  }
  return [main, { start, end, exceptMonths }];
}

function exceptedMonths(text: string): number[] | undefined {
  if (/^(?:летних месяцев|лета|летних каникул|летнего периода)$/.test(text)) return [6, 7, 8];
  const range = /^(\S+) - (\S+)$/.exec(text);
  if (range && monthOf(range[1]!) && monthOf(range[2]!)) {
    const months: number[] = [];
    for (let month = monthOf(range[1]!)!; ; month = (month % 12) + 1) {
      months.push(month);
      if (month === monthOf(range[2]!)) return months;
    }
  }
  const list = text.split(/\s*(?:,|\sи\s)\s*/).map(monthOf);
  return list.every((month) => month !== undefined) ? (list as number[]) : undefined;
}

// ---------------------------------------------------------------- dates and months

const monthStems = ['январ', 'феврал', 'март', 'апрел', '', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];
const mayForms = new Set(['май', 'мая', 'мае', 'маю', 'маем']);

export function monthOf(word: string): number | undefined {
  if (mayForms.has(word)) return 5;
  const index = monthStems.findIndex((stem) => stem !== '' && word.startsWith(stem) && word.length <= stem.length + 3);
  return index === -1 ? undefined : index + 1;
}

/** A day («18 сентября 2023», «27.09.2023», «17.10») or a month («октябрь 2023»), its year possibly missing. */
interface Term {
  readonly month: number;
  readonly day?: number;
  readonly year?: number;
}

function readTerms(phrase: string): (Term | '-' | ',')[] | undefined {
  const tokens = phrase
    .replace(/^с /, '')
    .replace(/ по /g, ' - ')
    .replace(/,/g, ' , ')
    .replace(/ и /g, ' , ')
    .split(' ')
    .filter(Boolean)
    .flatMap(splitUnspacedRange);
  const terms: (Term | '-' | ',')[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const numeric = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{2}|\d{4}))?$/.exec(token);
    const next = tokens[i + 1];
    const year = next && /^\d{4}$/.test(next) ? Number(next) : undefined;
    if (token === '-' || token === ',') terms.push(token);
    else if (numeric) terms.push({ day: Number(numeric[1]), month: Number(numeric[2]), year: numeric[3] ? expandYear(numeric[3]) : undefined });
    else if (/^\d{1,2}$/.test(token) && next && monthOf(next)) {
      const afterMonth = tokens[i + 2];
      const dayYear = afterMonth && /^\d{4}$/.test(afterMonth) ? Number(afterMonth) : undefined;
      terms.push({ day: Number(token), month: monthOf(next)!, year: dayYear });
      i += dayYear ? 2 : 1;
    } else if (monthOf(token)) {
      terms.push({ month: monthOf(token)!, year });
      if (year) i++;
    } else return undefined;
  }
  return terms;
}

/** «сентябрь-декабрь», «13.10-17.10.2014»: a range written without spaces around its dash. */
function splitUnspacedRange(token: string): string[] {
  const parts = token.split('-');
  const datePart = (part: string) => monthOf(part) !== undefined || /^\d{1,2}\.\d{1,2}(?:\.\d{2,4})?$/.test(part);
  return parts.length === 2 && parts.every(datePart) ? [parts[0]!, '-', parts[1]!] : [token];
}

const expandYear = (digits: string) => (digits.length === 2 ? 2000 + Number(digits) : Number(digits));

function readDates(phrase: string, context: ReadingContext): Schedule | undefined {
  const terms = readTerms(phrase);
  if (!terms || terms.length === 0) return undefined;
  const spans: Span[] = [];
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    if (term === ',') continue;
    if (term === '-') return undefined;
    if (terms[i + 1] === '-') {
      const last = terms[i + 2];
      if (!last || last === '-' || last === ',') return undefined;
      const span = rangeSpan(term, last, context);
      if (!span) return undefined;
      spans.push(span);
      i += 2;
    } else {
      const span = termSpan(term, term.year ?? academicYearFor(term.month, context));
      if (!span) return undefined;
      spans.push(span);
    }
  }
  if (spans.length === 1) {
    const [only] = spans as [Span];
    return only.start === only.end ? { kind: 'date', date: only.start } : { kind: 'range', start: only.start, end: only.end };
  }
  return { kind: 'dates', spans };
}

function termSpan(term: Term, year: number): Span | undefined {
  if (term.month < 1 || term.month > 12) return undefined;
  if (term.day === undefined) return { start: monthStart(year, term.month), end: monthEnd(year, term.month) };
  if (term.day < 1 || term.day > lastDayOfMonth(year, term.month)) return undefined;
  const date = isoDate(year, term.month, term.day);
  return { start: date, end: date };
}

/** A range whose ends may lack years: one borrows from the other, and the start never comes after the end. */
function rangeSpan(first: Term, last: Term, context: ReadingContext): Span | undefined {
  let endYear = last.year ?? first.year ?? academicYearFor(last.month, context);
  let startYear = first.year ?? endYear;
  if (last.year === undefined && first.year !== undefined) {
    endYear = startYear;
    if (compareTerms(last, first) < 0) endYear++;
  } else if (first.year === undefined && compareTerms(first, last) > 0) startYear--;
  const start = termSpan(first, startYear);
  const end = termSpan(last, endYear);
  return start && end && start.start <= end.end ? { start: start.start, end: end.end } : undefined;
}

const compareTerms = (a: Term, b: Term) => a.month - b.month || (a.day ?? 1) - (b.day ?? 1);

function monthRangeSpan(first: number, firstYear: string | undefined, last: number, lastYear: string | undefined, context: ReadingContext): Span {
  return rangeSpan({ month: first, year: firstYear ? Number(firstYear) : undefined }, { month: last, year: lastYear ? Number(lastYear) : undefined }, context)!;
}

