// `centre when`: a timing phrase, or every line of a file, read as the calendar reads it, in an
// academic year (today's, the one given, or the one the phrase writes) and a school year (the
// federal default, or a school-year file's).
import { resolve } from 'node:path';
import { academicYearOf, academicYearSpan } from '../../calendar/days.js';
import type { Span } from '../../calendar/model.js';
import { readingData, type ReadingData } from '../../calendar/reader/reading-json.js';
import { refusalOf, writtenAcademicYear, type PhraseReading, type ReadingContext } from '../../calendar/reader/reading.js';
import { userError, type CentreError } from '../../schema/diagnostic.js';
import { russianCalendar, type WorkingCalendar } from '../../calendar/working-days.js';
import { parseAcademicYear } from '../../schema/dates.js';
import { isSpecialPath, readTextFile, statOrUndefined } from '../files.js';
import { today } from '../today.js';
import type { WorkspaceContext } from '../context.js';

export interface WhenOptions {
  readonly year?: string;
  /** A file of phrases, one per line, read in one go. */
  readonly file?: string;
  /** A school-year file (kind: school-year) for terms and holidays instead of the federal default. */
  readonly schoolYear?: string;
}

/** A phrase read: its data, the reading it comes from, and the academic year it was read in. */
interface WhenReading {
  readonly phrase: string;
  readonly data: ReadingData;
  readonly reading: PhraseReading;
  readonly period: Span;
}

/** A line of a file that gives no dates, and why. */
interface WhenUnread {
  readonly phrase: string;
  readonly error: CentreError;
}

/**
 * The phrase's reading, or with `--file` the reading of each line, in order (a line that cannot be
 * read says why; a phrase that cannot be read is an error).
 */
export async function readWhen(
  ctx: WorkspaceContext,
  phrase: string | undefined,
  options: WhenOptions,
): Promise<{ readonly one: WhenReading } | { readonly lines: readonly (WhenReading | WhenUnread)[] }> {
  const period = academicYearPeriod(ctx, options.year);
  const calendar = russianCalendar();
  const context: ReadingContext =
    options.schoolYear === undefined
      ? { period }
      : { period, schoolYear: await (await import('../school-year-file.js')).loadSchoolYearFile(ctx, options.schoolYear) };
  if (options.file !== undefined) return { lines: readFile(ctx, options.file, options, context, calendar) };
  if (phrase === undefined) throw userError('centre when', 'when-needs-phrase', {}, 2);
  const read = readOne(ctx, phrase, context, options, calendar);
  if ('error' in read) throw read.error;
  return { one: read };
}

function readOne(ctx: WorkspaceContext, phrase: string, context: ReadingContext, options: WhenOptions, calendar: WorkingCalendar): WhenReading | WhenUnread {
  const own = contextOf(phrase, context, options);
  const { reading, data } = readingData(phrase, own, calendar);
  return data ? { phrase, data, reading, period: own.period } : { phrase, error: unreadable(ctx, phrase, reading) };
}

/** `when --file`: every non-blank line a phrase. */
function readFile(ctx: WorkspaceContext, file: string, options: WhenOptions, context: ReadingContext, calendar: WorkingCalendar) {
  const path = resolve(ctx.cwd, file);
  if (isSpecialPath(path)) throw userError(ctx.display(path), 'not-regular-file');
  if (!statOrUndefined(path)?.isFile()) throw userError(ctx.display(path), 'file-not-found');
  return readTextFile(path)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((phrase) => readOne(ctx, phrase, context, options, calendar));
}

/** Why a phrase gives no dates: its own problem (an impossible date), the reader's reason, or the general advice. */
function unreadable(ctx: WorkspaceContext, phrase: string, reading: PhraseReading) {
  const problem = reading.problems.find((candidate) => candidate.severity === 'error');
  if (problem) return userError('centre when', problem.code, { ...problem.params });
  const note = refusalOf(reading);
  if (note) return userError('centre when', 'when-unreadable-because', { value: phrase, reason: ctx.t(note.code, note.params) });
  return userError('centre when', 'when-unreadable', { value: phrase });
}

/** Without --year, a phrase that writes its year («до 30 мая 2026 г.») is read in the academic year it names, not in today's. */
function contextOf(phrase: string, context: ReadingContext, options: WhenOptions): ReadingContext {
  const first = options.year === undefined ? writtenAcademicYear(phrase) : undefined;
  return first === undefined ? context : { ...context, period: academicYearSpan(first) };
}

function academicYearPeriod(ctx: WorkspaceContext, year: string | undefined): Span {
  if (year === undefined) {
    const { start, end } = academicYearOf(today(ctx));
    return { start, end };
  }
  const parsed = parseAcademicYear(year);
  if (!parsed) throw userError('--year', 'bad-year-option', { value: year }, 2);
  return academicYearSpan(parsed.first);
}
