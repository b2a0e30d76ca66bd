import { resolve } from 'node:path';
import { academicYearOf, academicYearSpan, weekdayOf } from '../../calendar/days.js';
import type { Schedule, Span } from '../../calendar/model.js';
import { readingData, type ReadingData } from '../../calendar/reader/reading-json.js';
import { refusalOf, writtenAcademicYear, type PhraseReading, type ReadingContext } from '../../calendar/reader/reading.js';
import { defaultSchoolYear, type SchoolYear } from '../../calendar/reader/school-year.js';
import { CentreError, hasErrors } from '../../schema/diagnostic.js';
import { recurrencePhrase } from '../../calendar/reader/describe.js';
import { calendarWords } from '../../i18n/calendar-words.js';
import { russianCalendar, type WorkingCalendar } from '../../calendar/working-days.js';
import { parseAcademicYear } from '../../schema/dates.js';
import { userError } from '../../schema/diagnostic.js';
import { isSpecialPath, readTextFile, statOrUndefined } from '../../workspace/files.js';
import type { CliContext } from '../context.js';
import { dateWithWeekday, shortDate } from '../output/dates.js';
import { today } from '../../workspace/today.js';

export interface WhenOptions {
  readonly year?: string;
  readonly format: 'text' | 'json' | 'jsonl';
  /** A file of phrases, one per line, read in one go. */
  readonly file?: string;
  /** A school-year file (kind: school-year) for terms and holidays instead of the federal default. */
  readonly schoolYear?: string;
}

/** What `when --format json` prints: the reading, with its notes and problems said in the user's language. */
interface Printed extends Omit<ReadingData, 'notes' | 'problems'> {
  note?: string;
  problems?: string[];
}

export async function whenCommand(ctx: CliContext, phrase: string | undefined, options: WhenOptions): Promise<number> {
  const period = academicYearPeriod(ctx, options.year);
  const calendar = russianCalendar();
  const context: ReadingContext = options.schoolYear === undefined ? { period } : { period, schoolYear: await loadSchoolYear(ctx, options.schoolYear) };
  if (options.file !== undefined) return readFile(ctx, options.file, options, context, calendar);
  if (phrase === undefined) throw userError('centre when', 'when-needs-phrase', {}, 2);
  const own = contextOf(phrase, context, options);
  const { reading, data } = readingData(phrase, own, calendar);
  if (!data) {
    throw unreadable(ctx, phrase, reading);
  }
  const printed = printable(ctx, data, reading);
  if (options.format === 'text') ctx.stdout.write(renderReading(ctx, printed, reading.schedule!, own.period));
  else ctx.stdout.write(`${JSON.stringify(printed, null, options.format === 'json' ? 2 : undefined)}\n`);
  return 0;
}

/** `when --file`: every line a phrase; one reading per line (jsonl), a list (json) or blocks (text). A line that cannot be read says why. */
function readFile(ctx: CliContext, file: string, options: WhenOptions, context: ReadingContext, calendar: WorkingCalendar): number {
  const path = resolve(ctx.cwd, file);
  if (isSpecialPath(path)) throw userError(ctx.display(path), 'not-regular-file');
  if (!statOrUndefined(path)?.isFile()) throw userError(ctx.display(path), 'file-not-found');
  const phrases = readTextFile(path)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const results = phrases.map((phrase) => {
    const own = contextOf(phrase, context, options);
    const { reading, data } = readingData(phrase, own, calendar);
    if (data) return { printed: printable(ctx, data, reading), schedule: reading.schedule!, period: own.period };
    const error = unreadable(ctx, phrase, reading);
    return { failed: { phrase, error: ctx.t(error.diagnostics[0]!.code, error.diagnostics[0]!.params) } };
  });
  if (options.format === 'jsonl')
    ctx.stdout.write(results.map((result) => JSON.stringify(result.printed ?? result.failed)).join('\n') + (results.length ? '\n' : ''));
  else if (options.format === 'json')
    ctx.stdout.write(
      `${JSON.stringify(
        results.map((result) => result.printed ?? result.failed),
        null,
        2,
      )}\n`,
    );
  else
    ctx.stdout.write(
      results.map((result) => (result.printed ? renderReading(ctx, result.printed, result.schedule!, result.period!) : `${result.failed!.error}\n`)).join('\n'),
    );
  return results.some((result) => result.failed) ? 1 : 0;
}

/** The school year of a `kind: school-year` file; the federal default for the years it does not describe. Loaded only when asked for. */
async function loadSchoolYear(ctx: CliContext, file: string): Promise<(first: number) => SchoolYear> {
  const [{ loadFiles, allDiagnostics }, { schoolYearOf }] = await Promise.all([import('../../workspace/load.js'), import('../../kinds/school-year.js')]);
  const loaded = await loadFiles(ctx, [file]);
  const diagnostics = allDiagnostics(loaded);
  if (hasErrors(diagnostics)) throw new CentreError(diagnostics);
  const validated = loaded.files[0]?.validated;
  if (validated?.kind !== 'school-year')
    throw userError(ctx.display(resolve(ctx.cwd, file)), 'file-of-other-kind', { found: validated?.kind ?? '?', kind: 'school-year' });
  const year = schoolYearOf(validated.value);
  return (first) => (first === year.first ? year : defaultSchoolYear(first));
}

/** Why a phrase gives no dates: its own problem (an impossible date), the reader's reason, or the general advice. */
function unreadable(ctx: CliContext, phrase: string, reading: PhraseReading) {
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

function academicYearPeriod(ctx: CliContext, year: string | undefined): Span {
  if (year === undefined) {
    const { start, end } = academicYearOf(today(ctx));
    return { start, end };
  }
  const parsed = parseAcademicYear(year);
  if (!parsed) throw userError('--year', 'bad-year-option', { value: year }, 2);
  return academicYearSpan(parsed.first);
}

function printable(ctx: CliContext, data: ReadingData, reading: PhraseReading): Printed {
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
export function describeRule(ctx: CliContext, schedule: Schedule): string {
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

function renderReading(ctx: CliContext, reading: Printed, schedule: Schedule, period: Span): string {
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
