// Turns tokens into terms: days («18 сентября 2023», «27.09», «9» of «9, 10
// ноября»), months («октябрь 2023»), years («2022 год»), school units
// («II четверть», «I полугодие 2025/2026 учебного года»), and the links
// between them (dashes, «с», «по», «до», commas, «и»). Every token a term or a
// link uses is marked as used; what is left unused is what the reader ignored.
import type { Season, SchoolUnit } from './lexicon.js';
import { isSpelled, isUnit, isWord, type Token } from './tokens.js';
import type { Weekday } from '../model.js';
import { numberBeforeUnit } from '../../text/russian-words.js';

interface Place {
  /** Offsets in the phrase, for messages with a caret. */
  readonly start: number;
  readonly end: number;
}

/** The parts a month is cut into: calendar weeks, decades (1–10, 11–20, 21–end), halves (1–15, 16–end). */
type MonthPart = 'week' | 'decade' | 'half';

export type Term = Place &
  (
    | { readonly kind: 'day'; readonly day: number; month: number; year?: number; readonly shortYear?: boolean; stated?: Weekday }
    /** `numeric`: written in figures without its day («10.2023»), which a stated length may give back. */
    | { readonly kind: 'month'; readonly month: number; year?: number; readonly numeric?: true }
    | { readonly kind: 'year'; readonly year: number; readonly academic?: true }
    /** A week, decade or half of a month; with no month, of every month («1-я неделя месяца»). */
    | { readonly kind: 'part'; readonly part: MonthPart; readonly nth: number; readonly month?: number; year?: number }
    | { readonly kind: 'quarter'; readonly nth: number; year?: number }
    | { readonly kind: 'school'; readonly unit: SchoolUnit; readonly ordinal?: number; readonly academicYear?: number; readonly season?: Season }
  );

type Link = 'dash' | 'comma' | 'and' | 'from' | 'to' | 'until' | 'begin' | 'finish' | 'not-later';

export type Item =
  | { readonly kind: 'term'; readonly term: Term }
  /** `close`: a term begins right after the link («до 15 мая»), not after other words («к приказу № 5 от …»). */
  | { readonly kind: 'link'; readonly link: Link; readonly close: boolean };

/** While the walk goes on, a day number holds its place until the month that follows it: «9» of «9, 10 ноября». */
type WalkItem = Item | { readonly kind: 'waiting'; readonly day: number; readonly start: number; readonly end: number };

export interface Terms {
  readonly items: Item[];
  readonly used: Set<Token>;
}

const isYear = (token: Token | undefined): token is Token & { type: 'number' } =>
  token?.type === 'number' && token.digits === 4 && token.value >= 1900 && token.value <= 2100 && token.suffix === undefined;
/** «12», and «12-го», «15-е», «1-ое» — a day written as an ordinal. */
const dayEndings = new Set(['го', 'ого', 'е', 'ое', 'м', 'ему']);
const isDayNumber = (token: Token | undefined): token is Token & { type: 'number' } =>
  token?.type === 'number' && token.value >= 1 && token.value <= 31 && token.digits <= 2 && (token.suffix === undefined || dayEndings.has(token.suffix));
const monthOf = (token: Token | undefined) => (token?.type === 'word' && token.entry?.kind === 'month' ? token.entry.month : undefined);

/** What the term readers share while they walk the tokens. */
interface Walk {
  readonly tokens: readonly Token[];
  /** The terms and links read so far, and the day numbers waiting for their month («9, 10 ноября», «с 19 по 25 февраля», «17-28.10»). */
  readonly items: WalkItem[];
  readonly used: Set<Token>;
}

/** A reader of one form of term at token `i`: the index of the last token it took, or undefined when the form is not there. */
type TermReader = (walk: Walk, i: number) => number | undefined;

const use = (walk: Walk, ...list: (Token | undefined)[]) => list.forEach((token) => token && walk.used.add(token));
const push = (walk: Walk, term: Term) => walk.items.push({ kind: 'term', term });
const useFor =
  (walk: Walk) =>
  (...list: (Token | undefined)[]) =>
    use(walk, ...list);

/** The days waiting before a month become dates of that month. */
function giveMonth(walk: Walk, month: number, year: number | undefined): void {
  walk.items.forEach((item, index) => {
    if (item.kind !== 'waiting') return;
    const { day, start, end } = item;
    walk.items[index] = { kind: 'term', term: { kind: 'day', day, month, ...(year !== undefined ? { year } : {}), start, end } };
  });
}

/** «27.09», «27.09.2023», «2023-09-27». */
const dottedDate: TermReader = (walk, i) => {
  const token = walk.tokens[i]!;
  if (token.type !== 'date') return undefined;
  const term: Term = {
    kind: 'day',
    day: token.day,
    month: token.month,
    start: token.start,
    end: token.end,
    ...(token.year !== undefined ? { year: token.year, shortYear: token.shortYear } : {}),
  };
  use(walk, token);
  const last = attachYear(walk.tokens, i, term, useFor(walk));
  giveMonth(walk, token.month, term.year);
  push(walk, term);
  return last;
};

/** «10.2023», «10.2023 г.»: a month written in figures, its day left out. */
const numericMonth: TermReader = (walk, i) => {
  const token = walk.tokens[i]!;
  if (token.type !== 'month-date') return undefined;
  const term: Term = { kind: 'month', month: token.month, year: token.year, numeric: true, start: token.start, end: token.end };
  use(walk, token);
  const last = attachYear(walk.tokens, i, term, useFor(walk));
  push(walk, term);
  return last;
};

/** «18 сентября 2023», «3-го октября»; «32 декабря» too, which spans.ts reports as a day that does not exist. */
const dayOfMonth: TermReader = (walk, i) => {
  const [token, next] = [walk.tokens[i]!, walk.tokens[i + 1]];
  if (token.type !== 'number' || token.digits > 2 || (token.suffix !== undefined && !dayEndings.has(token.suffix)) || monthOf(next) === undefined)
    return undefined;
  const term: Term & { kind: 'day' } = { kind: 'day', day: token.value, month: monthOf(next)!, start: token.start, end: next!.end };
  use(walk, token, next);
  const last = attachYear(walk.tokens, i + 1, term, useFor(walk));
  giveMonth(walk, term.month, term.year);
  push(walk, term);
  return last;
};

/** «9» of «9, 10 ноября»: a day whose month comes later. */
const waitingDay: TermReader = (walk, i) => {
  const token = walk.tokens[i]!;
  if (!isDayNumber(token) || !waitsForMonth(walk.tokens, i + 1)) return undefined;
  use(walk, token);
  walk.items.push({ kind: 'waiting', day: token.value, start: token.start, end: token.end });
  return i;
};

/** «октябрь», «октябрь 2023 г.», «Май, 2024». */
const month: TermReader = (walk, i) => {
  const token = walk.tokens[i]!;
  if (monthOf(token) === undefined) return undefined;
  const term: Term = { kind: 'month', month: monthOf(token)!, start: token.start, end: token.end };
  use(walk, token);
  const last = attachYear(walk.tokens, i, term, useFor(walk));
  push(walk, term);
  return last;
};

/** «2022 год», «2023-2024 учебный год», «2025/2026». */
const year: TermReader = (walk, i) => {
  const [token, next] = [walk.tokens[i], walk.tokens[i + 1]];
  if (!isYear(token) || !(isUnit(next, 'year') || next?.type === 'slash' || academicPair(walk.tokens, i))) return undefined;
  return readYearTerm(walk.tokens, i, walk.items, useFor(walk));
};

/**
 * «первая неделя сентября», «последняя неделя мая»: a calendar week of the month (spans.ts says which);
 * «1-я неделя месяца»: that week of every month (no month);
 * «2 декада октября»: its days 11–20 (the third runs to the month's end); «вторая половина ноября»: 16–30.
 */
const partOfMonth: TermReader = (walk, i) => {
  const listed = listedParts(walk, i);
  if (listed !== undefined) return listed;
  const [token, next] = [walk.tokens[i], walk.tokens[i + 1]];
  // «вторая неделя каждого месяца»: «каждого» before «месяца» says the same as «месяца» alone
  const each = isWord(walk.tokens[i + 2], 'each') ? 1 : 0;
  const monthToken = walk.tokens[i + 2 + each];
  // «в течение 2 недель мая»: two weeks counted, not the second
  const counted = token?.type === 'number' && token.suffix === undefined && next?.type === 'word' && numberBeforeUnit(token.value, next.text) === 'count';
  const nth = counted ? undefined : ordinalOrRoman(token);
  const everyMonth = isUnit(monthToken, 'month');
  if (each && !everyMonth) return undefined;
  if (nth === undefined || !(isUnit(next, 'week') || isUnit(next, 'decade') || isUnit(next, 'half')) || (monthOf(monthToken) === undefined && !everyMonth))
    return undefined;
  const part: MonthPart = isUnit(next, 'half') ? 'half' : isUnit(next, 'decade') ? 'decade' : 'week';
  const month = monthOf(monthToken);
  const term: Term = { kind: 'part', part, nth, ...(month === undefined ? {} : { month }), start: token!.start, end: monthToken!.end };
  use(walk, token, next, monthToken, each ? walk.tokens[i + 2] : undefined);
  const last = attachYear(walk.tokens, i + 2 + each, term, useFor(walk));
  push(walk, term);
  return last;
};

/** «3, 4 неделя октября», «1 и 3 неделя месяца»: the parts listed before one word for them, each a term of its own. */
function listedParts(walk: Walk, i: number): number | undefined {
  const { tokens } = walk;
  let j = i;
  while (ordinalOrRoman(tokens[j]) !== undefined && (tokens[j + 1]?.type === 'comma' || isWord(tokens[j + 1], 'and'))) j += 2;
  if (j === i) return undefined;
  const before = walk.items.length;
  const last = partOfMonth(walk, j);
  if (last === undefined) return undefined;
  // no list starts at j (the loop stopped there), so what partOfMonth read is the part it pushed last
  const read = walk.items.at(-1) as { kind: 'term'; term: Term & { kind: 'part' } };
  const listed: Item[] = [];
  for (let k = i; k < j; k += 2) {
    const [ordinal, separator] = [tokens[k]!, tokens[k + 1]!];
    listed.push(
      { kind: 'term', term: { ...read.term, nth: ordinalOrRoman(ordinal)!, start: ordinal.start, end: ordinal.end } },
      { kind: 'link', link: separator.type === 'comma' ? 'comma' : 'and', close: true },
    );
    use(walk, ordinal, separator);
  }
  walk.items.splice(before, 0, ...listed);
  return last;
}

/** «4 квартал 2023 года», «III квартал»: a calendar quarter. */
const calendarQuarter: TermReader = (walk, i) => {
  const [token, next] = [walk.tokens[i], walk.tokens[i + 1]];
  const nth = ordinalOrRoman(token);
  if (nth === undefined || !isUnit(next, 'quarter')) return undefined;
  const term: Term = { kind: 'quarter', nth, start: token!.start, end: next!.end };
  use(walk, token, next);
  const last = attachYear(walk.tokens, i + 1, term, useFor(walk));
  push(walk, term);
  return last;
};

/**
 * «I» of «I-II четверть» and of «с I по III четверть»: the first of two units sharing their noun; «I» and «II» of
 * «I, II и IV четверти»: units listed before their noun.
 */
const firstOfTwoUnits: TermReader = (walk, i) => {
  const { tokens } = walk;
  const nth = ordinalOrRoman(tokens[i]);
  const between = tokens[i + 1]?.type === 'dash' || (isWord(tokens[i + 1], 'to') && isWord(tokens[i - 1], 'from'));
  let last = i;
  while (ordinalOrRoman(tokens[last]) !== undefined && (tokens[last + 1]?.type === 'comma' || isWord(tokens[last + 1], 'and'))) last += 2;
  const unit = between ? schoolUnitOf(tokens[i + 3]) : last > i ? schoolUnitOf(tokens[last + 1]) : undefined;
  if (
    nth === undefined ||
    (between && ordinalOrRoman(tokens[i + 2]) === undefined) ||
    ordinalOrRoman(tokens[last]) === undefined ||
    !unit ||
    unit === 'holidays'
  )
    return undefined;
  use(walk, tokens[i]);
  push(walk, { kind: 'school', unit, ordinal: nth, start: tokens[i]!.start, end: tokens[i]!.end });
  return i;
};

/** «II четверть», «I полугодие 2025/2026 учебного года», «в течение 1 четверти». */
const schoolUnit: TermReader = (walk, i) => {
  const [token, next] = [walk.tokens[i]!, walk.tokens[i + 1]];
  const unit = schoolUnitOf(next);
  const nth = token.type === 'number' ? (token.digits === 1 && token.value <= 4 ? token.value : undefined) : ordinalOrRoman(token);
  if (nth === undefined || !unit || unit === 'holidays') return undefined;
  use(walk, token, next);
  const term: Term & { kind: 'school' } = { kind: 'school', unit, ordinal: nth, start: token.start, end: next!.end };
  const last = attachAcademicYear(walk.tokens, i + 1, term, useFor(walk));
  push(walk, term);
  return last;
};

const seasons: readonly Season[] = ['autumn', 'winter', 'spring', 'summer'];
const seasonOf = (token: Token | undefined): Season | undefined =>
  token?.type === 'word' && token.entry?.kind === 'word' && (seasons as readonly string[]).includes(token.entry.word)
    ? (token.entry.word as Season)
    : undefined;

/**
 * «каникулы», «в осенние каникулы», «в период летних школьных каникул»: the school year's holidays, or one of them.
 * «летом», «в летний период» are the summer holidays too; an autumn or spring «период» is a season, not its holidays.
 */
const holidays: TermReader = (walk, i) => {
  const { tokens } = walk;
  const season = seasonOf(tokens[i]);
  let at = season === undefined ? i : i + 1;
  if (isWord(tokens[at], 'school')) at++;
  const summer = season === 'summer' && (isWord(tokens[at], 'period') || (at === i + 1 && isSpelled(tokens[i], 'летом')));
  if (summer && !isWord(tokens[at], 'period')) at = i;
  // «зимних и весенних каникул», «зимних, весенних каникул»: a season, «и» or a comma, and a season's holidays are the holidays of both
  const comma = tokens[at]?.type === 'comma';
  if (season !== undefined && (isWord(tokens[at], 'and') || comma)) {
    const rest = holidays(walk, at + 1);
    if (rest === undefined) return undefined;
    const second = walk.items.pop()!;
    use(walk, tokens[i], tokens[at]);
    push(walk, { kind: 'school', unit: 'holidays', season, start: tokens[i]!.start, end: tokens[i]!.end });
    walk.items.push({ kind: 'link', link: comma ? 'comma' : 'and', close: true }, second);
    return rest;
  }
  if (!summer && schoolUnitOf(tokens[at]) !== 'holidays') return undefined;
  use(walk, ...tokens.slice(i, at + 1));
  push(walk, { kind: 'school', unit: 'holidays', ...(season ? { season } : {}), start: tokens[i]!.start, end: tokens[at]!.end });
  return at;
};

/** Dashes, commas, «с», «по», «до», «не позднее», «в срок до», «и»; «включительно» is taken and says nothing. */
const link: TermReader = (walk, i) => {
  const { tokens } = walk;
  if (isWord(tokens[i], 'inclusive')) {
    use(walk, tokens[i]);
    return i;
  }
  const found = linkOf(tokens, i);
  if (!found) return undefined;
  use(walk, ...tokens.slice(i, i + found.length));
  const last = i + found.length - 1;
  const after = tokens[last + 1];
  const close =
    after?.type === 'date' ||
    after?.type === 'number' ||
    monthOf(after) !== undefined ||
    (after?.type === 'word' && (after.entry?.kind === 'ordinal' || after.entry?.kind === 'roman')) ||
    // «до осенних каникул», «до каникул»: a deadline before them, not the holidays
    seasonOf(after) !== undefined ||
    schoolUnitOf(after) === 'holidays';
  walk.items.push({ kind: 'link', link: found.link, close });
  return last;
};

/** In order: the first reader that takes a token decides. */
const termReaders: readonly TermReader[] = [
  numericMonth,
  dottedDate,
  dayOfMonth,
  waitingDay,
  month,
  year,
  partOfMonth,
  calendarQuarter,
  firstOfTwoUnits,
  schoolUnit,
  holidays,
  link,
];

export function readTerms(tokens: readonly Token[]): Terms {
  const walk: Walk = { tokens, items: [], used: new Set<Token>() };
  for (let i = 0; i < tokens.length; i++) {
    for (const reader of termReaders) {
      const last = reader(walk, i);
      if (last !== undefined) {
        i = last;
        break;
      }
    }
  }
  // Day numbers no month came for are not dates («8-30»): drop them, unused.
  for (const item of walk.items.filter((item) => item.kind === 'waiting')) drop(walk, item);
  joinHolidaysWithTheirYear(walk);
  // (every day still waiting was dropped above)
  return { items: walk.items as Item[], used: walk.used };
}

/**
 * Holidays named with a year («летние каникулы 2024 года») become the holidays of the school year
 * that holds them; holidays named beside dates written out give way to the dates, which say when
 * more exactly («первый день каникул – с 22 марта»).
 */
function joinHolidaysWithTheirYear(walk: Walk): void {
  const isHolidays = (term: Term): term is Term & { kind: 'school' } => term.kind === 'school' && term.unit === 'holidays';
  const terms = walk.items.flatMap((item) => (item.kind === 'term' ? [item.term] : []));
  const named = terms.filter(isHolidays);
  const years = terms.filter((term): term is Term & { kind: 'year' } => term.kind === 'year');
  if (named.length > 0 && terms.length === named.length + years.length && years.length === 1) {
    // «летние каникулы 2024 года»: the holidays of the school year that holds them; the winter's and all of them span two years
    const [holiday, year] = [named[0]!, years[0]!];
    const first = year.academic
      ? year.year
      : holiday.season === 'autumn'
        ? year.year
        : holiday.season === 'spring' || holiday.season === 'summer'
          ? year.year - 1
          : undefined;
    for (const term of terms) drop(walk, term);
    if (first !== undefined && named.length === 1) {
      const joined: Term = { ...holiday, academicYear: first, start: Math.min(holiday.start, year.start), end: Math.max(holiday.end, year.end) };
      push(walk, joined);
      for (const token of walk.tokens)
        if ((token.start >= holiday.start && token.end <= holiday.end) || (token.start >= year.start && token.end <= year.end)) walk.used.add(token);
    }
  } else if (named.length < terms.length) for (const term of named) drop(walk, term);
}

/** Takes a term back out of the reading, its words unread. */
function drop(walk: Walk, term: Term | (WalkItem & { kind: 'waiting' })): void {
  walk.items.splice(
    walk.items.findIndex((item) => item === term || (item.kind === 'term' && item.term === term)),
    1,
  );
  for (const token of walk.tokens) if (token.start >= term.start && token.end <= term.end) walk.used.delete(token);
}

/** «III», «4», «4-й» (not «2-х», a count), «четвертый», «последняя»: which one of several. */
function ordinalOrRoman(token: Token | undefined): number | undefined {
  if (token?.type === 'word' && (token.entry?.kind === 'roman' || token.entry?.kind === 'ordinal')) return token.entry.value;
  if (token?.type === 'number' && token.digits === 1 && token.suffix !== 'х') return token.value;
  return undefined;
}

function schoolUnitOf(token: Token | undefined): SchoolUnit | undefined {
  return token?.type === 'word' && token.entry?.kind === 'school-unit' ? token.entry.unit : undefined;
}

/** After a day number: does a month come, past other day numbers and links? */
function waitsForMonth(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === 'date' || monthOf(token) !== undefined) return true;
    const linking =
      token.type === 'dash' ||
      token.type === 'comma' ||
      token.type === 'slash' ||
      isWord(token, 'to') ||
      isWord(token, 'and') ||
      isWord(token, 'until') ||
      isDayNumber(token);
    if (!linking) return false;
  }
  return false;
}

/** «2023», «2023 г.», «2023 года» after a day or month. */
function attachYear(tokens: readonly Token[], at: number, term: { year?: number; end: number }, use: (...list: (Token | undefined)[]) => void): number {
  let i = at;
  // «Октябрь, 2023 г.», «Май, 2024»: a year after a comma, ending the phrase or followed by «г.»
  const afterComma = tokens[i + 1]?.type === 'comma' && isYear(tokens[i + 2]) && (tokens[i + 3] === undefined || isUnit(tokens[i + 3], 'year'));
  if (term.year === undefined && afterComma) use(tokens[++i]);
  const next = tokens[i + 1];
  // «сентябрь 23 г.»: two digits are a year only with «г.» after them
  if (
    term.year === undefined &&
    next?.type === 'number' &&
    next.digits === 2 &&
    next.suffix === undefined &&
    isUnit(tokens[i + 2], 'year') &&
    !('day' in term)
  ) {
    term.year = 2000 + next.value;
    term.end = next.end;
    use(next);
    i++;
  }
  if (term.year === undefined && isYear(next)) {
    term.year = next.value;
    term.end = next.end;
    use(next);
    i++;
  }
  if (term.year !== undefined && isUnit(tokens[i + 1], 'year')) {
    use(tokens[i + 1]);
    i++;
  }
  return i;
}

/** «2023-2024», «2023 – 2024»: two years that follow each other name an academic year. */
function academicPair(tokens: readonly Token[], at: number): boolean {
  const [first, link, second] = [tokens[at], tokens[at + 1], tokens[at + 2]];
  if (!isYear(first) || (link?.type !== 'dash' && link?.type !== 'slash') || second?.type !== 'number') return false;
  // «2023-2024», «2023/24»
  return second.value === first.value + 1 || (second.digits === 2 && second.value === (first.value + 1) % 100);
}

/** «2022 год», «2025/2026 учебного года», «2025-2026 учебный год». */
function readYearTerm(tokens: readonly Token[], at: number, items: WalkItem[], use: (...list: (Token | undefined)[]) => void): number {
  const first = tokens[at]! as Token & { type: 'number' };
  if (academicPair(tokens, at)) {
    use(first, tokens[at + 1], tokens[at + 2]);
    let i = at + 2;
    if (isWord(tokens[i + 1], 'academic')) use(tokens[++i]);
    if (isUnit(tokens[i + 1], 'year')) use(tokens[++i]);
    items.push({ kind: 'term', term: { kind: 'year', year: first.value, academic: true, start: first.start, end: tokens[i]!.end } });
    return i;
  }
  use(first, tokens[at + 1]);
  items.push({ kind: 'term', term: { kind: 'year', year: first.value, start: first.start, end: tokens[at + 1]!.end } });
  return at + 1;
}

/** «I полугодие 2025/2026 учебного года»: the academic year a school unit belongs to. */
function attachAcademicYear(
  tokens: readonly Token[],
  at: number,
  term: { academicYear?: number; end: number },
  use: (...list: (Token | undefined)[]) => void,
): number {
  let i = at;
  const first = tokens[i + 1];
  if (academicPair(tokens, i + 1)) {
    use(first, tokens[i + 2], tokens[i + 3]);
    (term as { academicYear?: number }).academicYear = (first as Token & { type: 'number' }).value;
    i += 3;
    term.end = tokens[i]!.end;
    if (isWord(tokens[i + 1], 'academic')) use(tokens[++i]);
    if (isUnit(tokens[i + 1], 'year')) use(tokens[++i]);
  }
  return i;
}

/** The link a token starts, and how many tokens it takes: «не позднее», «в срок до», «по», «–». */
function linkOf(tokens: readonly Token[], i: number): { link: Link; length: number } | undefined {
  const token = tokens[i]!;
  if (token.type === 'dash') return { link: 'dash', length: 1 };
  // «25/26 ноября»: two days, like «25, 26 ноября»
  if (token.type === 'comma' || (token.type === 'slash' && isDayNumber(tokens[i - 1]) && isDayNumber(tokens[i + 1]))) return { link: 'comma', length: 1 };
  // «не позднее чем 15 мая»: «чем» is the link's, or the day after it would not be close to it
  if (isWord(token, 'not') && isWord(tokens[i + 1], 'later')) return { link: 'not-later', length: isSpelled(tokens[i + 2], 'чем') ? 3 : 2 };
  if (isWord(token, 'in') && isWord(tokens[i + 1], 'term') && isWord(tokens[i + 2], 'until')) return { link: 'until', length: 3 };
  if (isWord(token, 'from')) return { link: 'from', length: 1 };
  if (isWord(token, 'to')) return { link: 'to', length: 1 };
  if (isWord(token, 'until')) return { link: 'until', length: 1 };
  if (isWord(token, 'and')) return { link: 'and', length: 1 };
  if (isWord(token, 'begin')) return { link: 'begin', length: 1 };
  if (isWord(token, 'finish')) return { link: 'finish', length: 1 };
  return undefined;
}
