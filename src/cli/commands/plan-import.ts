// `centre plan import`: documents a centre already has (Word, LibreOffice,
// Excel, a saved web page) into plan YAML files. Every format is read into
// one table model and mapped to a plan by one mapper (src/import/); this
// command reads the files, checks the timings, and writes the YAML without
// ever overwriting a file.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readPhrase } from '../../calendar/phrases.js';
import { CentreError, fileDiagnostic, hasErrors, userError, type Diagnostic } from '../../schema/diagnostic.js';
import { ImportError } from '../../import/errors.js';
import type { ImportedPlan, ImportNote, Place } from '../../import/imported-plan.js';
import { applyDone, newRecordText, recordPathOf, type DoneChange } from '../../analysis/record-edit.js';
import { findAcademicYear } from '../../import/around-table.js';
import { recordEntriesOf } from '../../import/record-marks.js';
import { updatePlan } from '../../import/update-plan.js';
import type { PlanDocument } from '../../schema/plan.js';
import { allDiagnostics, loadFiles } from '../../workspace/load.js';
import { mapPlan } from '../../import/map-plan.js';
import { parseAcademicYear } from '../../schema/dates.js';
import { academicYearSpan } from '../../schema/iso-date.js';
import { planYaml, rowKey } from '../../import/plan-yaml.js';
import type { ImportedDocument } from '../../import/table-model.js';
import { DocumentBudgetError } from '../../util/document-budget.js';
import { LibreOfficeError } from '../../import/libreoffice.js';
import { checkRegularFile, findWorkspaceRoot, isSpecialPath, readRegularFile, statOrUndefined } from '../../workspace/files.js';
import type { MessageCode } from '../../i18n/messages.js';
import type { CliContext } from '../context.js';
import { renderDiagnostics } from '../output/diagnostics.js';
import { changeAlone, createOutput, writeOutput } from '../../workspace/write-output.js';

export interface PlanImportOptions {
  readonly output?: string;
  /** The academic year when the document does not say it (or says it wrong): 2025-2026. */
  readonly year?: string;
  /** The title when the document has none above its table. */
  readonly title?: string;
  /** Import over the plan's YAML already there: matched items keep their ids, the previous file is kept beside it. */
  readonly update?: boolean;
}

const CONVERTED = new Set(['.odt', '.doc', '.rtf']);
const FORMATS = new Set(['.docx', '.xlsx', '.html', '.htm', ...CONVERTED]);
/** The largest file read at all; the zip guard has its own, finer limits. */
const MAX_BYTES = 50 * 1024 * 1024;

export async function planImportCommand(ctx: CliContext, inputs: string[], options: PlanImportOptions): Promise<number> {
  const problems: Diagnostic[] = [];
  let failed = 0;
  if (options.year !== undefined && parseAcademicYear(options.year) === undefined) throw userError('--year', 'import-year-option', { value: options.year }, 2);
  const { files, problems: folderProblems } = documentsOf(ctx, inputs);
  problems.push(...folderProblems);
  failed += folderProblems.filter((problem) => problem.severity === 'error').length;
  const toStdout = options.output === '-';
  const namesFile = toStdout || (options.output !== undefined && /\.ya?ml$/i.test(options.output));
  if (namesFile && files.length > 1) throw userError(options.output!, 'import-output-one-file', {}, 2);
  if (options.update && (!namesFile || toStdout)) throw userError('--update', 'import-update-needs-file', {}, 2);
  for (const file of files) {
    const shown = ctx.display(file);
    try {
      const plan = completePlan(await importFile(ctx, file), file, options);
      if (toStdout) {
        // `-o -`: the YAML on standard output, to look at or pipe; the notes still go to standard error
        const { yaml, notes } = planText(ctx, plan, file, path.join(findWorkspaceRoot(ctx.cwd), 'plans', 'plan.yaml'));
        ctx.stdout.write(yaml);
        printNotes(ctx, file, notes);
        continue;
      }
      if (namesFile) {
        const target = path.resolve(ctx.cwd, options.output!);
        // read, merged and written by one run at a time, as centre done takes its turn on a record
        if (options.update && existsSync(target)) await changeAlone(ctx, target, () => updateExisting(ctx, plan, file, target));
        else writePlan(ctx, plan, file, target);
      }
      // another run may take the free name between looking and writing: then the next one
      else while (!writePlan(ctx, plan, file, freeTarget(ctx, file, options.output), false));
    } catch (error) {
      const diagnostic = fileProblem(shown, error);
      if (!diagnostic) throw error;
      problems.push(diagnostic);
      failed++;
    }
  }
  ctx.stderr.write(await renderDiagnostics(problems, 'human', { t: ctx.t, colours: ctx.errorColours, sources: new Map() }));
  return failed > 0 ? 1 : 0;
}

/** The files given, a folder standing for the documents directly in it (in name order). */
function documentsOf(ctx: CliContext, inputs: readonly string[]): { files: string[]; problems: Diagnostic[] } {
  const files: string[] = [];
  const problems: Diagnostic[] = [];
  for (const input of inputs) {
    const resolved = path.resolve(ctx.cwd, input);
    if (!statOrUndefined(resolved)?.isDirectory()) {
      files.push(resolved);
      continue;
    }
    const documents = readdirSync(resolved)
      .filter((name) => FORMATS.has(path.extname(name).toLowerCase()) && !name.startsWith('~$'))
      .sort()
      .map((name) => path.join(resolved, name))
      .filter((file) => {
        // a named pipe would hang the import: named, and the other documents still imported
        const special = isSpecialPath(file);
        if (special) problems.push({ ...fileDiagnostic(ctx.display(file), 'not-regular-file'), severity: 'warning' });
        return !special;
      });
    if (documents.length === 0) problems.push(fileDiagnostic(ctx.display(resolved), 'import-no-documents'));
    files.push(...documents);
  }
  return { files, problems };
}

/** What went wrong with one file, as a diagnostic; undefined for a failure that is not the user's. */
function fileProblem(shown: string, error: unknown): Diagnostic | undefined {
  // each reader is a bundle of its own; the classes of what they throw are one for all bundles (util/one-class.ts)
  if (error instanceof ImportError) {
    const { problem, params } = error;
    return fileDiagnostic(shown, `import-${problem}` as MessageCode, params);
  }
  if (error instanceof DocumentBudgetError) {
    const { code, params } = error.describe();
    return fileDiagnostic(shown, code, params);
  }
  if (error instanceof LibreOfficeError) {
    const { problem, message, seconds } = error;
    if (problem === 'timeout') return fileDiagnostic(shown, 'import-soffice-timeout', { seconds });
    return fileDiagnostic(shown, problem === 'missing' ? 'import-soffice-missing' : 'import-soffice-failed', { detail: message });
  }
  if (error instanceof CentreError) return error.diagnostics[0];
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return fileDiagnostic(shown, 'file-not-found');
  if (code === 'EACCES' || code === 'EISDIR' || code === 'EPERM') return fileDiagnostic(shown, 'file-unreadable', { reason: code });
  if (code === 'ENOTREG') return fileDiagnostic(shown, 'not-regular-file');
  return undefined;
}

async function importFile(ctx: CliContext, file: string): Promise<ImportedPlan> {
  const extension = path.extname(file).toLowerCase();
  const stats = checkRegularFile(file);
  if (!FORMATS.has(extension)) throw new ImportError('unknown-format');
  if (stats.size > MAX_BYTES) throw new ImportError('too-large');
  return mapPlan(await readDocument(ctx, file, extension));
}

/** The table model of a file; each reader is loaded only for its format. */
async function readDocument(ctx: CliContext, file: string, extension: string): Promise<ImportedDocument> {
  const bytes = () => {
    try {
      return readRegularFile(file, MAX_BYTES);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_FS_FILE_TOO_LARGE') throw new ImportError('too-large');
      throw error;
    }
  };
  if (extension === '.docx') return (await import('../../import/docx.js')).readDocx(bytes());
  if (CONVERTED.has(extension)) {
    const { convertToDocx } = await import('../../import/libreoffice.js');
    return (await import('../../import/docx.js')).readDocx(await convertToDocx(file, ctx.env));
  }
  if (extension === '.xlsx') return (await import('../../import/xlsx.js')).readXlsx(bytes());
  return (await import('../../import/html.js')).readHtml(bytes());
}

/**
 * The plan with what the command line gives and what the file's name says:
 * `--title` and `--year` win over the document; a year nowhere in the
 * document is taken from the file's name («План_2025-2026.docx») and said as
 * a note. A plan with no title at all is not written (ImportError).
 */
function completePlan(plan: ImportedPlan, file: string, options: PlanImportOptions): ImportedPlan {
  const title = options.title?.trim() || plan.title;
  if (title === '') throw new ImportError('no-title-found');
  const notes = plan.notes.filter((note) => note.code !== 'import-no-title' || options.title === undefined);
  if (options.year !== undefined) return { ...plan, title, academicYear: options.year.replace(/\s+/g, '').replace(/[–—]/, '-'), notes };
  if (plan.academicYear !== undefined || plan.period !== undefined) return { ...plan, title, notes };
  const fromName = findAcademicYear(path.basename(file), true);
  if (fromName) return { ...plan, title, academicYear: fromName, notes: [...notes, { code: 'import-year-from-name', place: {}, text: fromName }] };
  return { ...plan, title, notes };
}

/** `plans/<name>.yaml` of the workspace (or the folder given with -o); a name already taken gets «-2», «-3» … */
function freeTarget(ctx: CliContext, input: string, output: string | undefined): string {
  const folder = output === undefined ? path.join(findWorkspaceRoot(ctx.cwd), 'plans') : path.resolve(ctx.cwd, output);
  const name = path.basename(input, path.extname(input));
  const wanted = path.join(folder, `${name}.yaml`);
  let target = wanted;
  for (let n = 2; statOrUndefined(target) !== undefined; n++) target = path.join(folder, `${name}-${n}.yaml`);
  if (target !== wanted) ctx.stderr.write(`${ctx.t('import-renamed', { wanted: ctx.display(wanted), path: ctx.display(target) })}\n`);
  return target;
}

/**
 * `--update`: the newer document over the plan's YAML. The YAML must be a
 * valid plan (its ids are what the record links to); the previous version is
 * kept beside it, never lost; what was added, changed and removed is said.
 */
async function updateExisting(ctx: CliContext, imported: ImportedPlan, source: string, target: string): Promise<void> {
  const loaded = await loadFiles(ctx, [target]);
  const diagnostics = allDiagnostics(loaded);
  const previous = loaded.files[0]?.validated;
  if (hasErrors(diagnostics) || previous === undefined) {
    ctx.stderr.write(await renderDiagnostics(diagnostics, 'human', { t: ctx.t, colours: ctx.errorColours, sources: loaded.sources }));
    throw userError(ctx.display(target), 'import-update-invalid', { path: ctx.display(target) });
  }
  if (previous.kind !== 'plan' && previous.kind !== 'cyclogram')
    throw userError(ctx.display(target), 'file-of-other-kind', { found: previous.kind, kind: 'plan' });
  const { plan, changes } = updatePlan(previous.value as PlanDocument, imported);
  const backup = freeName(target, '.before-update');
  if (!createOutput(ctx, backup, readRegularFile(target))) throw userError(ctx.display(backup), 'import-output-exists', { path: ctx.display(backup) });
  const { yaml, notes } = planText(ctx, plan, source, target);
  await writeOutput(ctx, target, yaml);
  const summary = {
    path: ctx.display(target),
    backup: ctx.display(backup),
    kept: changes.kept,
    changed: changes.changed.length,
    added: changes.added.length,
    removed: changes.removed.length,
  };
  ctx.stdout.write(`${ctx.t('import-updated', summary)}\n`);
  for (const [code, list] of [
    ['import-update-added', changes.added],
    ['import-update-changed', changes.changed],
    ['import-update-removed', changes.removed],
  ] as const) {
    for (const activity of list) ctx.stdout.write(`  ${ctx.t(code, { text: activity })}\n`);
  }
  printNotes(ctx, source, notes);
}

/** `plans/x.yaml` → `plans/x<suffix>.yaml`, or `-2`, `-3` … after it when that is taken. */
function freeName(file: string, suffix: string): string {
  const base = path.join(path.dirname(file), path.basename(file, path.extname(file)) + suffix);
  let candidate = `${base}${path.extname(file)}`;
  for (let n = 2; existsSync(candidate); n++) candidate = `${base}-${n}${path.extname(file)}`;
  return candidate;
}

/**
 * The marks of the column «Отметка о выполнении» as the plan's record,
 * beside it (plans/X.record.yaml, where `centre done` keeps it); a record
 * already there is never written over.
 */
function writeRecord(ctx: CliContext, plan: ImportedPlan, target: string, entries: readonly DoneChange[]): void {
  const recordPath = recordPathOf(target);
  const text = entries.reduce((record, entry) => applyDone(record, entry).text, newRecordText(path.basename(target)));
  const column = plan.doneHeading ?? '';
  if (!createOutput(ctx, recordPath, text)) {
    ctx.stderr.write(`${ctx.errorColours.warning(ctx.t('import-record-exists', { path: ctx.display(recordPath), column }))}\n`);
    return;
  }
  ctx.stdout.write(`${ctx.t('import-wrote-record', { path: ctx.display(recordPath), entries: entries.length, column })}\n`);
}

/** Notes on timings the calendar could not read, from the same reader the calendar uses. */
function timingNotes(plan: ImportedPlan): ImportNote[] {
  const first = plan.academicYear ? Number(plan.academicYear.slice(0, 4)) : 2023;
  const period = plan.period ? { start: plan.period.from, end: plan.period.to } : academicYearSpan(first);
  return plan.sections.flatMap((section) =>
    section.items
      .filter((item) => item.timing !== undefined && readPhrase(item.timing, { period }) === undefined)
      .map((item) => ({ code: 'import-unreadable-timing' as const, place: { ...item.place, column: plan.timingHeading }, text: item.timing })),
  );
}

/** The workspace's JSON Schema seen from the written file: `./schemas/…` inside plans/, or wherever the workspace keeps it. */
function schemaPath(target: string, kind: string): string {
  const folder = path.dirname(target);
  const root = findWorkspaceRoot(folder);
  const plans = path.join(root, 'plans');
  const schemas = existsSync(plans) && path.basename(folder) !== 'plans' ? path.join(plans, 'schemas') : path.join(folder, 'schemas');
  const relative = path
    .relative(folder, path.join(schemas, `${kind}.schema.json`))
    .split(path.sep)
    .join('/');
  return relative.startsWith('.') ? relative : `./${relative}`;
}

function describePlace(ctx: CliContext, place: Place): string {
  return ctx.t('import-place', { table: place.table, row: place.row, column: place.column, paragraph: place.paragraph });
}

/** The YAML of a plan, and its notes as lines for the terminal (without the file's name); `target` is where it is meant to live (for the schema line). */
function planText(ctx: CliContext, plan: ImportedPlan, source: string, target: string): { yaml: string; notes: string[] } {
  const notes = [...plan.notes, ...timingNotes(plan)];
  const itemRows = new Set(plan.sections.flatMap((section) => section.items.map((item) => rowKey(item.place))));
  // each note's text is made once, for the comments and the terminal alike (a document can give hundreds of thousands)
  const texts = notes.map((note) => `${describePlace(ctx, note.place)}: ${ctx.t(note.code, { text: note.text })}`);
  const itemComments = new Map<string, string[]>();
  const loose: string[] = [];
  notes.forEach((note, index) => {
    const key = rowKey(note.place);
    if (!itemRows.has(key)) return loose.push(`  ${texts[index]}`);
    const comments = itemComments.get(key);
    if (comments) comments.push(texts[index]!);
    else itemComments.set(key, [texts[index]!]);
  });
  const imported = ctx.t('import-source', { file: path.basename(source) });
  const header = loose.length > 0 ? [imported, ctx.t('import-notes'), ...loose] : [imported];
  return { yaml: planYaml(plan, schemaPath(target, plan.kind), { header, items: itemComments }), notes: texts };
}

/** The notes, each after the file's name; written a thousand lines at a time (a document can give hundreds of thousands). */
function printNotes(ctx: CliContext, source: string, notes: readonly string[]): void {
  const shown = ctx.display(source);
  for (let from = 0; from < notes.length; from += 1000) {
    ctx.stderr.write(
      `${notes
        .slice(from, from + 1000)
        .map((note) => ctx.errorColours.warning(`${shown}: ${note}`))
        .join('\n')}\n`,
    );
  }
}

/** Writes the plan to `target` unless a file is there (an error, or false when `refuse` is false): import never overwrites. */
function writePlan(ctx: CliContext, imported: ImportedPlan, source: string, target: string, refuse = true): boolean {
  const marks = recordEntriesOf(imported);
  const plan = { ...imported, notes: [...imported.notes, ...marks.notes] };
  const { yaml, notes } = planText(ctx, plan, source, target);
  if (!createOutput(ctx, target, yaml)) {
    if (!refuse) return false;
    throw userError(ctx.display(target), 'import-output-exists', { path: ctx.display(target) });
  }
  const summary = {
    source: ctx.display(source),
    path: ctx.display(target),
    sections: plan.sections.length,
    items: plan.sections.reduce((sum, section) => sum + section.items.length, 0),
    approvals: plan.approvals.length,
  };
  ctx.stdout.write(`${ctx.t('import-wrote', summary)}\n`);
  if (marks.entries.length > 0) writeRecord(ctx, plan, target, marks.entries);
  printNotes(ctx, source, notes);
  return true;
}
