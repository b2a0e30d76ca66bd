// Reads a Russian timing phrase («сроки») into a schedule. The phrase is cut
// into tokens (tokens.ts), its dates into terms (terms.ts); one head rule
// decides what the phrase is (rules.ts, in this order: unscheduled, a term's
// start or end, a recurrence or quota, the whole period, moved days off, or
// dates, ranges and deadlines), and refiners apply what brackets and «кроме …»
// add (refiners.ts). Words no rule used are
// returned as ignored, with their place, so that every command can name them.
import type { MessageCode, MessageParams } from '../../i18n/messages.js';
import type { Schedule, Span } from '../model.js';
import { readHead } from './rules.js';
import { defaultSchoolYear, type SchoolYear } from './school-year.js';
import type { PhraseProblem, SpanContext } from './spans.js';
import { readTerms } from './terms.js';
import { isSpelled, tokenize, type Token } from './tokens.js';

export interface ReadingContext {
  /** The plan's period: what «в течение всего периода» means and where recurrences run. */
  readonly period: Span;
  /** The school year of an academic year (from the workspace's file); the federal default otherwise. */
  readonly schoolYear?: (first: number) => SchoolYear;
}

export type { PhraseProblem } from './spans.js';

export interface IgnoredWords {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface PhraseReading {
  readonly schedule: Schedule | undefined;
  /** Words the reader did not understand and left out of the reading, joined into runs. */
  readonly ignored: readonly IgnoredWords[];
  readonly problems: readonly PhraseProblem[];
  /** How the phrase was read where it could be read another way. */
  readonly notes: readonly { code: MessageCode; params?: MessageParams }[];
}

/** The notes that say why a phrase was refused, rather than how it was read. */
export const refusalNotes: ReadonlySet<MessageCode> = new Set<MessageCode>([
  'phrase-relative',
  'phrase-vague',
  'phrase-vague-edge',
  'phrase-days-off',
  'phrase-unplaced',
  'phrase-either',
]);

/** Why a phrase gives no dates, when the reader knows. */
export function refusalOf(reading: PhraseReading): PhraseReading['notes'][number] | undefined {
  return reading.schedule ? undefined : reading.notes.find((note) => refusalNotes.has(note.code));
}

export function readTiming(text: string, context: ReadingContext): PhraseReading {
  const tokens = tokenize(text);
  const spanContext: SpanContext = { period: context.period, schoolYear: context.schoolYear ?? defaultSchoolYear, problems: [], notes: [] };
  // «15 или 16 мая», «в октябре или ноябре»: one of two, which not said
  const or = tokens.findIndex((token, index) => isSpelled(token, 'или') && namesDays(tokens[index - 1]) && namesDays(tokens[index + 1]));
  if (or !== -1)
    return {
      schedule: undefined,
      ignored: [],
      problems: [],
      notes: [{ code: 'phrase-either', params: { value: text.slice(tokens[or - 1]!.start, tokens[or + 1]!.end) } }],
    };
  const used = new Set<Token>();
  const schedule = tokens.length === 0 ? undefined : readHead(tokens, used, spanContext);
  const ignored = schedule ? ignoredRuns(text, tokens, used) : [];
  const notes = [...new Map(spanContext.notes.map((note) => [note.code, note])).values()];
  // «по вторникам (1 и 3 неделя месяца)», «два раза в месяц (2-я и 4-я среда)»: a rule that leaves out a number, a month or a
  // weekday leaves out which of its days are meant (beside a date or a range, such words count days or name classes)
  const rule = schedule?.kind === 'recurring' || schedule?.kind === 'quota';
  // «в последнюю неделю I четверти», «апрель, 3 неделя»: a term or a month less an ordinal left out is not its days, nor
  // less a number of units («сентябрь (в течение 3 месяцев)»: how long is not read); beside a day written («первый день
  // каникул – с 22 по 28 марта») the ordinal counts it
  const dayWritten = tokens.some((token) => used.has(token) && (token.type === 'date' || (token.type === 'number' && token.value <= 31)));
  const nth = (token: Token, next: Token | undefined) =>
    (token.type === 'word' && token.entry?.kind === 'ordinal') || (token.type === 'number' && next?.type === 'word' && next.entry?.kind === 'unit');
  const says = (token: Token, next: Token | undefined) => (rule ? datesSomething(token) : !dayWritten && nth(token, next));
  const unplaced = ignored.find((run) => tokens.some((token, index) => token.start >= run.start && token.end <= run.end && says(token, tokens[index + 1])));
  if (unplaced)
    return {
      schedule: undefined,
      ignored: [],
      problems: spanContext.problems,
      // named from the first run that says which days to the last word left out: «1 и 3 неделя месяца», not «1»
      notes: [...notes, { code: 'phrase-unplaced', params: { value: text.slice(unplaced.start, ignored.at(-1)!.end) } }],
    };
  return { schedule, ignored, problems: spanContext.problems, notes };
}

/** A token that says which days: a number or a date, a month, a weekday, an ordinal, a term of the school year. */
const datesSomething = (token: Token) =>
  token.type === 'number' ||
  token.type === 'date' ||
  (token.type === 'word' &&
    (token.entry?.kind === 'month' || token.entry?.kind === 'weekday' || token.entry?.kind === 'ordinal' || token.entry?.kind === 'school-unit'));

/** Unused words and numbers, consecutive ones joined: «ДК "Строитель"», «общеобразовательные учреждения города». */
function ignoredRuns(text: string, tokens: readonly Token[], used: ReadonlySet<Token>): IgnoredWords[] {
  const runs: IgnoredWords[] = [];
  let run: { start: number; end: number } | undefined;
  for (const token of tokens) {
    const meaningful = token.type === 'word' || token.type === 'number' || token.type === 'date';
    if (meaningful && !used.has(token)) {
      run = run ? { start: run.start, end: token.end } : { start: token.start, end: token.end };
    } else if (meaningful || token.type === 'comma' || token.type === 'open' || token.type === 'close') {
      if (run) runs.push({ ...run, text: text.slice(run.start, run.end) });
      run = undefined;
    }
  }
  if (run) runs.push({ ...run, text: text.slice(run.start, run.end) });
  return runs;
}

/** The academic year (its first calendar year) of the first day or month written with its year («до 30 мая 2026 г.»: 2025), if any. */
export function writtenAcademicYear(text: string): number | undefined {
  for (const item of readTerms(tokenize(text)).items) {
    if (item.kind !== 'term') continue;
    const term = item.term;
    if ((term.kind === 'day' || term.kind === 'month' || term.kind === 'part') && term.year !== undefined && term.month !== undefined && term.month > 0)
      return term.month >= 9 ? term.year : term.year - 1;
    if (term.kind === 'year') return term.academic ? term.year : undefined;
  }
  return undefined;
}

/** A token that names a day, a month, a weekday or a term: «15», «ноябре», «четверг», «I». */
const namesDays = (token: Token | undefined): boolean =>
  token !== undefined && (datesSomething(token) || (token.type === 'word' && (token.entry?.kind === 'roman' || token.entry?.kind === 'month')));
