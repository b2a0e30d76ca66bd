// `centre calendar`: the dated entries of the workspace's plans, cyclograms, forms and contests in a
// window, as rows (with what the records say, given --status) or as an iCalendar file.
import path from 'node:path';
import { existsSync } from 'node:fs';
import { buildAgenda, buildIcsEvents, calendarWindow, lastPlanDay, type AgendaRow, type PlanSource } from '../../calendar/agenda.js';
import { planEntries } from '../../calendar/plan-entries.js';
import { writeIcs } from '../../calendar/ical.js';
import type { Span } from '../../calendar/model.js';
import { russianCalendar, type WorkingCalendar } from '../../calendar/working-days.js';
import { academicYearOf, earliestDate, maxDate } from '../../calendar/days.js';
import { parseIsoDate, type IsoDate } from '../../schema/iso-date.js';
import { hasErrors, userError } from '../../schema/diagnostic.js';
import type { MessageCode, MessageParams } from '../../i18n/messages.js';
import { findWorkspaceRoot } from '../files.js';
import { writeOutput } from '../write-output.js';
import { allDiagnostics, isMarkedExample, loadWorkspace } from '../load.js';
import { filesByKind, isOfKind, type LoadedFile } from '../model.js';
import { today } from '../today.js';
import { agendaSources, calendarInputs, calendarKinds, calendarName, contestSources, type CalendarInputs } from '../calendar-sources.js';
import { overdueItems, withStatus, type OverdueItem, type StatusRow } from '../calendar-status.js';
import type { WorkspaceContext } from '../context.js';

/** The rows a table or JSON shows; with --status, what the records say of each and the overdue items (the table's only). */
export type CalendarListing =
  | { readonly status: false; readonly format: 'table' | 'json'; readonly rows: readonly AgendaRow[]; readonly window: Span }
  | {
      readonly status: true;
      readonly format: 'table' | 'json';
      readonly rows: readonly StatusRow[];
      readonly overdue: readonly OverdueItem[];
      readonly window: Span;
      readonly today: IsoDate;
    };

export interface CalendarOptions {
  readonly from?: string;
  readonly to?: string;
  readonly weeks?: string;
  readonly format: 'table' | 'json' | 'ics';
  readonly output?: string;
  /** Past occurrences with what the record says, and overdue items with no entry. */
  readonly status?: boolean;
  /** The text of a table or JSON listing (the terminal's words and colours are the command's); the .ics is made here. */
  readonly render: (listing: CalendarListing) => string;
}

type CalendarListed =
  /** Some file was not read (said through the context); `text` for standard output, or the file written with its count of rows or events. */
  | { readonly failed: boolean; readonly text?: string; readonly written?: { readonly path: string; readonly count: number } }
  /** An .ics asked to start after the plans' last day. */
  | { readonly plansEndBefore: { readonly end: IsoDate; readonly from: IsoDate } };

export async function listCalendar(ctx: WorkspaceContext, paths: readonly string[], options: CalendarOptions): Promise<CalendarListed> {
  const root = findWorkspaceRoot(ctx.cwd);
  // templates/ holds the monitoring form, whose report deadlines are listed too
  const given =
    paths.length > 0 ? paths : [path.join(root, 'plans'), path.join(root, 'templates')].filter((folder, index) => index === 0 || existsSync(folder));
  const loaded = await loadWorkspace(ctx, given, { positions: true, kinds: [...calendarKinds] });
  const diagnostics = allDiagnostics(loaded);
  // A broken file is reported and the others are still listed; the exit code says that something was left out.
  const failed = hasErrors(diagnostics);
  if (failed) await ctx.report(diagnostics, loaded.sources);
  // A timing read only in part, or not at all, is said: its item is missing from the calendar or incomplete.
  const timings = failed ? [] : diagnostics.filter((diagnostic) => diagnostic.code.startsWith('timing-') || diagnostic.code.startsWith('phrase-'));
  if (timings.length > 0) await ctx.report(timings, loaded.sources, 'short');
  // of templates/, read by default, only its forms: the rest are what centre init copies from (the examples), not the centre's year
  const templates = paths.length > 0 ? undefined : path.join(root, 'templates') + path.sep;
  const read = loaded.files.filter((file) => templates === undefined || !file.path.startsWith(templates) || isOfKind(file, 'form'));
  const { kept, examples } = ownFilesFirst(read);
  for (const file of examples) ctx.warn(ctx.t('calendar-example-left-out', { file: file.shown }));
  const inputs = calendarInputs(filesByKind(kept));
  const sources = inputs.plans;
  if (sources.length === 0) {
    if (failed) return { failed };
    throw userError(given.map((folder) => ctx.display(path.resolve(ctx.cwd, folder))).join(', '), 'no-plans', {});
  }
  const window = resolveWindow(ctx, options, sources);
  const planEnd = lastPlanDay([...sources, ...contestSources(inputs)], earliestDate);
  if (options.format === 'ics' && planEnd < window.start) return { plansEndBefore: { end: planEnd, from: window.start } };
  const calendar = russianCalendar(inputs.localDays);
  const output = listing(ctx, options, inputs, window, calendar);
  for (const note of defaultSchoolYearNotes(ctx, sources, window)) ctx.warn(ctx.t('calendar-school-year-note', { note }));
  if (options.output === undefined) return { failed, text: output.text };
  const target = path.resolve(ctx.cwd, options.output);
  if (loaded.files.some((file) => file.path === target)) throw usage('output-is-input', { path: ctx.display(target) }, 1);
  await writeOutput(ctx, target, output.text);
  return { failed, written: { path: target, count: output.count } };
}

function listing(ctx: WorkspaceContext, options: CalendarOptions, inputs: CalendarInputs, window: Span, calendar: WorkingCalendar) {
  const sources = agendaSources(inputs, window);
  if (options.format === 'ics') {
    const events = buildIcsEvents(sources, window, calendar);
    const stamp = new Date()
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d+Z$/, 'Z');
    return { text: writeIcs(events, { calendarName: calendarName(inputs), stamp }), count: events.length };
  }
  const rows = buildAgenda(sources, window, calendar);
  if (!options.status) return { text: options.render({ status: false, format: options.format, rows, window }), count: rows.length };
  const on = today(ctx);
  const withRecords = withStatus(rows, inputs.plans, inputs.records, on);
  const overdue = options.format === 'table' ? overdueItems(inputs.plans, inputs.records, on) : [];
  return { text: options.render({ status: true, format: options.format, rows: withRecords, overdue, window, today: on }), count: rows.length };
}

const usage = (code: MessageCode, params: MessageParams, exitCode: 1 | 2 = 2) => userError('centre calendar', code, params, exitCode);

function resolveWindow(ctx: WorkspaceContext, options: CalendarOptions, sources: PlanSource[]): Span {
  const date = (value: string) => {
    const parsed = parseIsoDate(value);
    if (!parsed) throw usage('bad-date-option', { value });
    return parsed;
  };
  if (options.to !== undefined && options.weeks !== undefined) throw usage('to-and-weeks', {});
  // the status looks back: from the start of the academic year unless told otherwise
  const from = options.from !== undefined ? date(options.from) : options.status ? academicYearOf(today(ctx)).start : today(ctx);
  let weeks: number | undefined;
  if (options.weeks !== undefined) {
    weeks = Number(options.weeks);
    if (!Number.isInteger(weeks) || weeks < 1 || weeks > 520) throw usage('bad-weeks-option', { value: options.weeks });
  }
  // An export to a calendar program covers the plans to their end unless told otherwise; the status, the year so far.
  let to = options.to !== undefined ? date(options.to) : options.format === 'ics' && weeks === undefined ? lastPlanDay(sources, from) : undefined;
  if (to === undefined && weeks === undefined && options.status && options.from === undefined) to = maxDate(today(ctx), from);
  const window = calendarWindow(from, { to, weeks });
  if (window.end < window.start) throw usage('window-order', { from: window.start, to: window.end });
  return window;
}

/** Terms and holidays taken from the federal default (no school-year file): said once per year, since dates depend on them. */
function defaultSchoolYearNotes(ctx: WorkspaceContext, sources: readonly PlanSource[], window: Span): Set<string> {
  const notes = new Set<string>();
  for (const source of sources) {
    for (const entry of planEntries(source.plan, window, source.schoolYear, source.entriesRead)) {
      for (const note of entry.reading?.notes ?? []) {
        if (note.code === 'phrase-federal-school-year' || note.code === 'phrase-terms-by-months') notes.add(ctx.t(note.code, note.params));
      }
    }
  }
  return notes;
}

/** A plan, cyclogram or contest marked `example: true`: the files whose rows would reach the calendar. */
const isExample = (file: LoadedFile) => isOfKind(file, 'plan', 'cyclogram', 'contest') && isMarkedExample(file);

/**
 * The examples `centre init` writes (a plan, a contest) stand in for a centre's own files until it
 * has some: once the workspace holds a plan or cyclogram of its own, the examples are left out, so
 * their seminars never reach a teacher's calendar through the .ics.
 */
function ownFilesFirst(files: readonly LoadedFile[]): { kept: LoadedFile[]; examples: LoadedFile[] } {
  if (!files.some((file) => isOfKind(file, 'plan', 'cyclogram') && !isExample(file))) return { kept: [...files], examples: [] };
  return { kept: files.filter((file) => !isExample(file)), examples: files.filter(isExample) };
}
