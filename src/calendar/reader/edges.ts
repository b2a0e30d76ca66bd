// A period named by its start or end: «в начале I полугодия», «по итогам
// четверти», «по окончании первого полугодия», «начало учебного года»,
// «конец августа». A term of the school year ends or begins on a day the
// school year knows: that day. A month has no such day: its start, middle and
// end are its three decades, as Russian usage counts them (1–10, 11–20,
// 21 to the end). Units without an ordinal («по итогам четверти») happen once
// in each of them: a quota, with no invented days.
import { academicYearOf } from '../days.js';
import type { IsoDate, Schedule, Span } from '../model.js';
import type { LinkWord } from './lexicon.js';
import { schoolUnitQuota } from './recurrence.js';
import { schoolSpans, termSpan, type SpanContext } from './spans.js';
import { readTerms, type Term } from './terms.js';
import type { Token } from './tokens.js';

type Edge = 'begin' | 'middle' | 'finish';

const linkWord = (token: Token | undefined): LinkWord | undefined => (token?.type === 'word' && token.entry?.kind === 'word' ? token.entry.word : undefined);
const edgeOf = (token: Token | undefined): Edge | undefined => {
  const word = linkWord(token);
  return word === 'begin' || word === 'middle' || word === 'finish' ? word : word === 'after-end' ? 'finish' : undefined;
};
/** Words that may stand around the edge and its term: «в», «по», «каждой», «текущего». */
const around: readonly (LinkWord | undefined)[] = ['in', 'to', 'each', 'current', 'filler'];

/**
 * Words the lexicon does not know, and signs, before or after an edge («отчёт в конце I четверти», «в конце I четверти,
 * отчёт») are left out of it, and named as left out; inside it («в конце V четверти») they are not.
 */
function knownOf(core: readonly Token[]): readonly Token[] {
  const aside = (token: Token | undefined) =>
    token?.type === 'comma' || token?.type === 'colon' || token?.type === 'dash' || (token?.type === 'word' && token.entry === undefined);
  let [start, end] = [0, core.length];
  while (start < end && aside(core[start])) start++;
  while (end > start && aside(core[end - 1])) end--;
  return core.slice(start, end);
}

export function readEdge(written: readonly Token[], used: Set<Token>, context: SpanContext): Schedule | undefined {
  const core = knownOf(written);
  if (linkWord(core[0]) === 'until' && linkWord(core[1]) === 'finish') return untilEnd(core, used, context);
  const joined = edgesJoined(core, used, context);
  if (joined) return joined;
  const at = core.findIndex((token) => edgeOf(token) !== undefined);
  if (at === -1) return undefined;
  const edge = edgeOf(core[at])!;
  const rest = core.slice(at + 1);
  const before = core.slice(0, at);
  if (before.some((token) => !around.includes(linkWord(token)))) return undefined;
  const academicYear = rest.filter((token) => !around.includes(linkWord(token)));
  // «начало учебного года», «в конце учебного года»
  if (
    academicYear.length === 2 &&
    linkWord(academicYear[0]) === 'academic' &&
    academicYear[1]!.type === 'word' &&
    academicYear[1]!.entry?.kind === 'unit' &&
    academicYear[1]!.entry.unit === 'year'
  )
    return academicYearEdge(academicYearOf(context.period.start).first, edge, core, used, context);
  const { items, used: termTokens } = readTerms(rest);
  const terms = items.flatMap((item) => (item.kind === 'term' ? [item.term] : []));
  const unread = rest.filter((token) => !termTokens.has(token) && !around.includes(linkWord(token)));
  if (items.length !== 1 || terms.length !== 1 || unread.length > 0) return unplacedUnit(rest, edge, core, used, context);
  const term = terms[0]!;
  // «в конце 2023-2024 учебного года»: the school year written out
  if (term.kind === 'year' && term.academic) return academicYearEdge(term.year, edge, core, used, context);
  if (term.kind === 'month') return monthPart(term, edge, core, used, context);
  if (term.kind === 'school' && term.unit !== 'holidays' && term.ordinal !== undefined && edge !== 'middle') {
    const [span] = schoolSpans(term, context);
    if (!span) return undefined;
    const date = lessonEdge(span, edge, context);
    take(core, used);
    context.notes.push({ code: edge === 'begin' ? 'phrase-unit-start' : 'phrase-unit-end', params: { date } });
    return { kind: 'date', date };
  }
  return undefined;
}

/** «в начале II четверти и в начале III четверти»: edges joined by «и», each read alone, each a day. */
function edgesJoined(core: readonly Token[], used: Set<Token>, context: SpanContext): Schedule | undefined {
  const cuts = edgeCuts(core);
  if (cuts.length === 0) return undefined;
  const trial = { ...context, problems: [], notes: [] } satisfies SpanContext;
  const taken = new Set<Token>();
  const days: IsoDate[] = [];
  for (const part of partsAt(core, cuts)) {
    const read = readEdge(part, taken, trial);
    if (read?.kind !== 'date') return undefined;
    days.push(read.date);
  }
  for (const token of [...taken, ...cuts.map((cut) => core[cut]!)]) used.add(token);
  context.problems.push(...trial.problems);
  context.notes.push(...trial.notes);
  return { kind: 'dates', spans: days.map((day) => ({ start: day, end: day })) };
}

/** Where «и» joins one edge to the next: the «и» of «в начале II четверти и в конце III четверти», not of «в конце I и II четвертей». */
function edgeCuts(core: readonly Token[]): number[] {
  const nextEdge = (index: number) => edgeOf(core.slice(index + 1).find((token) => !around.includes(linkWord(token)))) !== undefined;
  return core.flatMap((token, index) => (linkWord(token) === 'and' && nextEdge(index) ? [index] : []));
}

const partsAt = (core: readonly Token[], cuts: readonly number[]): Token[][] =>
  [-1, ...cuts].map((start, index) => core.slice(start + 1, cuts[index] ?? core.length));

/** «начало учебного года», «в конце 2023-2024 учебного года»: the first day of the school year, or its last day of lessons. */
function academicYearEdge(first: number, edge: Edge, core: readonly Token[], used: Set<Token>, context: SpanContext): Schedule | undefined {
  if (edge === 'middle') return undefined;
  const year = context.schoolYear(first);
  const date = edge === 'begin' ? year.quarters[0]!.start : year.lastDayOfLessons;
  take(core, used);
  context.notes.push({ code: edge === 'begin' ? 'phrase-year-start' : 'phrase-year-end', params: { date } });
  return { kind: 'date', date };
}

/**
 * «в конце осенних каникул», «в конце 2023 года», «в середине I четверти», «в конце I и II четвертей»,
 * «в конце каждого месяца»: the start, middle or end of periods for which no rule above gives a day or
 * a decade. Read whole, the periods would put in a calendar days that are not meant: such an edge is
 * refused, and its words, as written, are given for the message. Edges joined by «и» are each looked
 * at alone («в начале II четверти и в конце 2024 года»: the second is refused); a verb on a day
 * («начинается 1 сентября») is no edge of a period: a day is left to the dates.
 */
export function vagueEdge(written: readonly Token[], context: SpanContext): string | undefined {
  const known = knownOf(written);
  for (const part of partsAt(known, edgeCuts(known))) {
    const last = vagueAlone(part, context);
    if (last) return writtenText(written.slice(written.indexOf(part[0]!), written.indexOf(last) + 1));
  }
  return undefined;
}

/** The last word of a vague edge, or nothing. */
function vagueAlone(core: readonly Token[], context: SpanContext): Token | undefined {
  const at = core.findIndex((token) => edgeOf(token) !== undefined);
  if (at === -1 || core.slice(0, at).some((token) => !around.includes(linkWord(token)))) return undefined;
  if (readEdge(core, new Set(), { ...context, problems: [], notes: [] })) return undefined;
  const named = core.slice(at + 1).filter((token) => !around.includes(linkWord(token)));
  // the words that name a period: terms and the links of a list of terms, or a unit of every month or week;
  // known words after them that name no period do not make the edge less vague
  const { used } = readTerms(named);
  const unlisted = named.findIndex((token) => !used.has(token));
  const run = unlisted === -1 ? named : named.slice(0, unlisted);
  // «в конце I четверти 25 октября»: a period first, then a day that does not say it is the edge
  const [term] = readTerms(run).items.flatMap((item) => (item.kind === 'term' ? [item.term] : []));
  const first = named[0];
  const unit = first?.type === 'word' && first.entry?.kind === 'unit' && first.entry.unit !== 'day';
  const last = term && term.kind !== 'day' ? run.filter((token) => token.type !== 'comma' && token.type !== 'dash').at(-1) : unit ? first : undefined;
  return last;
}

/** Tokens as the phrase writes them, one space wherever it has any («2023-2024», «в конце»). */
function writtenText(tokens: readonly Token[]): string {
  return tokens.map((token, index) => (index > 0 && tokens[index - 1]!.end < token.start ? ' ' : '') + token.text).join('');
}

/**
 * The first or last day of lessons in a term: a half-year of the school year may run to 31 December,
 * but its lessons end with the second четверть.
 */
function lessonEdge(span: Span, edge: 'begin' | 'finish', context: SpanContext): IsoDate {
  const year = context.schoolYear(academicYearOf(span.start).first);
  const inside = year.quarters.filter((quarter) => quarter.start >= span.start && quarter.end <= span.end);
  if (inside.length === 0) return edge === 'begin' ? span.start : span.end;
  return edge === 'begin' ? inside[0]!.start : inside.at(-1)!.end;
}

/** «конец августа»: the month's last decade; «начало», «середина»: its first and second. */
function monthPart(term: Term & { kind: 'month' }, edge: Edge, core: readonly Token[], used: Set<Token>, context: SpanContext): Schedule | undefined {
  const nth = edge === 'begin' ? 1 : edge === 'middle' ? 2 : 3;
  const span = termSpan(
    { kind: 'part', part: 'decade', nth, month: term.month, ...(term.year !== undefined ? { year: term.year } : {}), start: term.start, end: term.end },
    undefined,
    context,
  );
  if (!span) return undefined;
  take(core, used);
  context.notes.push({ code: 'phrase-month-part', params: { nth } });
  return { kind: 'range', ...span };
}

/** «по итогам четверти», «в конце каждого полугодия»: once in each of them, on days not fixed. */
function unplacedUnit(rest: readonly Token[], edge: Edge, core: readonly Token[], used: Set<Token>, context: SpanContext): Schedule | undefined {
  const words = rest.filter((token) => !around.includes(linkWord(token)));
  const unit = words.length === 1 && words[0]!.type === 'word' && words[0]!.entry?.kind === 'school-unit' ? words[0]!.entry.unit : undefined;
  if (!unit || unit === 'holidays' || edge === 'middle') return undefined;
  take(core, used);
  context.notes.push({ code: edge === 'begin' ? 'phrase-each-unit-start' : 'phrase-each-unit-end' });
  return schoolUnitQuota(unit, 1, context);
}

/**
 * «до конца сентября», «до конца I четверти», «до конца учебного года»: a deadline, the last day of the month or
 * the term's last day of lessons. The end of a term not named («до конца четверти»: which?) has no one day.
 */
function untilEnd(core: readonly Token[], used: Set<Token>, context: SpanContext): Schedule | undefined {
  const read = new Set<Token>();
  const notes: SpanContext['notes'] = [];
  const end = readEdge(core.slice(1), read, { ...context, notes });
  const due = end?.kind === 'date' ? end.date : end?.kind === 'range' ? end.end : undefined;
  if (due === undefined) return undefined;
  take(core.slice(0, 1), used);
  read.forEach((token) => used.add(token));
  context.notes.push(...notes.filter((note) => note.code !== 'phrase-month-part'));
  return { kind: 'deadline', due };
}

function take(core: readonly Token[], used: Set<Token>): void {
  knownOf(core).forEach((token) => used.add(token));
}
