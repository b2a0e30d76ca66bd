// `centre plan import`: documents a centre already has (Word, LibreOffice,
// Excel, a saved web page) into plan YAML files. Every format is read into
// one table model and mapped to a plan by one mapper (src/import/); this use
// case reads the files, checks the timings, and writes the YAML without ever
// overwriting a file.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { CentreError, fileDiagnostic, hasErrors, userError, type Diagnostic } from '../../schema/diagnostic.js';
import { ImportError } from '../../import/errors.js';
import type { ImportedPlan } from '../../import/imported-plan.js';
import { applyDone, newRecordText, recordPathOf, type DoneChange } from '../../analysis/record-edit.js';
import { findAcademicYear } from '../../import/around-table.js';
import { recordEntriesOf } from '../../import/record-marks.js';
import { updatePlan } from '../../import/update-plan.js';
import { allDiagnostics, loadWorkspace } from '../load.js';
import { mapPlan } from '../../import/map-plan.js';
import { parseAcademicYear } from '../../schema/dates.js';
import type { ImportedDocument } from '../../import/table-model.js';
import { isOfKind } from '../model.js';
import { DocumentBudgetError } from '../../util/document-budget.js';
import { LibreOfficeError } from '../../import/libreoffice.js';
import { checkRegularFile, findWorkspaceRoot, isSpecialPath, readRegularFile, statOrUndefined } from '../files.js';
import type { MessageCode } from '../../i18n/messages.js';
import { changeAlone, createOutput, writeOutput } from '../write-output.js';
import type { WorkspaceContext } from '../context.js';
import { planText } from '../imported-plan-text.js';

export interface PlanImportOptions {
  readonly output?: string;
  /** The academic year when the document does not say it (or says it wrong): 2025-2026. */
  readonly year?: string;
  /** The title when the document has none above its table. */
  readonly title?: string;
  /** Import over the plan's YAML already there: matched items keep their ids, the previous file is kept beside it. */
  readonly update?: boolean;
}

/** What became of a folder or a document, in the order it happened; a document's notes come last. */
type PlanImported =
  /** A problem with a folder or a document; `failed` unless it is a warning about a folder's file left out. */
  | { readonly kind: 'problem'; readonly diagnostic: Diagnostic; readonly failed: boolean }
  /** `-o -`: the YAML, for standard output. */
  | { readonly kind: 'printed'; readonly yaml: string }
  | {
      readonly kind: 'written';
      readonly source: string;
      readonly target: string;
      readonly sections: number;
      readonly items: number;
      readonly approvals: number;
    }
  /** The marks of the column «Отметка о выполнении», written as the plan's record unless one `exists`. */
  | { readonly kind: 'record'; readonly path: string; readonly column: string; readonly entries: number; readonly exists: boolean }
  /** `--update`: what was kept, changed, added and removed (the activities), the previous file kept as `backup`. */
  | {
      readonly kind: 'updated';
      readonly target: string;
      readonly backup: string;
      readonly kept: number;
      readonly changed: readonly string[];
      readonly added: readonly string[];
      readonly removed: readonly string[];
    }
  /** The notes on a document, as lines without the file's name. */
  | { readonly kind: 'notes'; readonly source: string; readonly notes: readonly string[] };

const CONVERTED = new Set(['.odt', '.doc', '.rtf']);
const FORMATS = new Set(['.docx', '.xlsx', '.html', '.htm', ...CONVERTED]);
/** The largest file read at all; the zip guard has its own, finer limits. */
const MAX_BYTES = 50 * 1024 * 1024;

/** Imports each document given (a folder stands for the documents in it), one after another, and gives what became of each as it is done. */
export async function* importPlans(ctx: WorkspaceContext, inputs: readonly string[], options: PlanImportOptions): AsyncGenerator<PlanImported> {
  if (options.year !== undefined && parseAcademicYear(options.year) === undefined) throw userError('--year', 'import-year-option', { value: options.year }, 2);
  const { files, problems } = documentsOf(ctx, inputs);
  const toStdout = options.output === '-';
  const namesFile = toStdout || (options.output !== undefined && /\.ya?ml$/i.test(options.output));
  if (namesFile && files.length > 1) throw userError(options.output!, 'import-output-one-file', {}, 2);
  if (options.update && (!namesFile || toStdout)) throw userError('--update', 'import-update-needs-file', {}, 2);
  for (const problem of problems) yield { kind: 'problem', diagnostic: problem, failed: problem.severity === 'error' };
  for (const file of files) {
    try {
      yield* importOne(ctx, file, options, toStdout, namesFile);
    } catch (error) {
      const diagnostic = fileProblem(ctx.display(file), error);
      if (!diagnostic) throw error;
      yield { kind: 'problem', diagnostic, failed: true };
    }
  }
}

async function* importOne(
  ctx: WorkspaceContext,
  file: string,
  options: PlanImportOptions,
  toStdout: boolean,
  namesFile: boolean,
): AsyncGenerator<PlanImported> {
  const plan = completePlan(await importFile(ctx, file), file, options);
  if (toStdout) {
    // `-o -`: the YAML on standard output, to look at or pipe; the notes still go to standard error
    const { yaml, notes } = planText(ctx, plan, file, path.join(findWorkspaceRoot(ctx.cwd), 'plans', 'plan.yaml'));
    yield { kind: 'printed', yaml };
    yield { kind: 'notes', source: file, notes };
    return;
  }
  if (namesFile) {
    const target = path.resolve(ctx.cwd, options.output!);
    // read, merged and written by one run at a time, as centre done takes its turn on a record
    if (options.update && existsSync(target)) yield* await changeAlone(ctx, target, () => updateExisting(ctx, plan, file, target));
    else yield* writePlan(ctx, plan, file, target)!;
    return;
  }
  // another run may take the free name between looking and writing: then the next one
  for (;;) {
    const written = writePlan(ctx, plan, file, freeTarget(ctx, file, options.output), false);
    if (written) return yield* written;
  }
}

/** The files given, a folder standing for the documents directly in it (in name order). */
function documentsOf(ctx: WorkspaceContext, inputs: readonly string[]): { files: string[]; problems: Diagnostic[] } {
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
    const { failure } = error;
    return failure.why === 'libreoffice-missing' ? fileDiagnostic(shown, 'import-soffice-missing') : fileDiagnostic(shown, 'import-soffice-failed', failure);
  }
  if (error instanceof CentreError) return error.diagnostics[0];
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return fileDiagnostic(shown, 'file-not-found');
  if (code === 'EACCES' || code === 'EISDIR' || code === 'EPERM') return fileDiagnostic(shown, 'file-unreadable', { reason: code });
  if (code === 'ENOTREG') return fileDiagnostic(shown, 'not-regular-file');
  return undefined;
}

async function importFile(ctx: WorkspaceContext, file: string): Promise<ImportedPlan> {
  const extension = path.extname(file).toLowerCase();
  const stats = checkRegularFile(file);
  if (!FORMATS.has(extension)) throw new ImportError('unknown-format');
  if (stats.size > MAX_BYTES) throw new ImportError('too-large');
  return mapPlan(await readDocument(ctx, file, extension));
}

/** The table model of a file; each reader is loaded only for its format. */
async function readDocument(ctx: WorkspaceContext, file: string, extension: string): Promise<ImportedDocument> {
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
function freeTarget(ctx: WorkspaceContext, input: string, output: string | undefined): string {
  const folder = output === undefined ? path.join(findWorkspaceRoot(ctx.cwd), 'plans') : path.resolve(ctx.cwd, output);
  const name = path.basename(input, path.extname(input));
  const wanted = path.join(folder, `${name}.yaml`);
  let target = wanted;
  for (let n = 2; statOrUndefined(target) !== undefined; n++) target = path.join(folder, `${name}-${n}.yaml`);
  if (target !== wanted) ctx.warn(ctx.t('import-renamed', { wanted: ctx.display(wanted), path: ctx.display(target) }));
  return target;
}

/**
 * `--update`: the newer document over the plan's YAML. The YAML must be a
 * valid plan (its ids are what the record links to); the previous version is
 * kept beside it, never lost.
 */
async function updateExisting(ctx: WorkspaceContext, imported: ImportedPlan, source: string, target: string): Promise<PlanImported[]> {
  const loaded = await loadWorkspace(ctx, [target]);
  const diagnostics = allDiagnostics(loaded);
  const previous = loaded.files[0];
  if (hasErrors(diagnostics) || previous?.validated === undefined) {
    await ctx.report(diagnostics, loaded.sources);
    throw userError(ctx.display(target), 'import-update-invalid', { path: ctx.display(target) });
  }
  if (!isOfKind(previous, 'plan', 'cyclogram')) throw userError(ctx.display(target), 'file-of-other-kind', { found: previous.validated.kind, kind: 'plan' });
  const { plan, changes } = updatePlan(previous.validated.value, imported);
  const backup = freeName(target, '.before-update');
  if (!createOutput(ctx, backup, readRegularFile(target))) throw userError(ctx.display(backup), 'import-output-exists', { path: ctx.display(backup) });
  const { yaml, notes } = planText(ctx, plan, source, target);
  await writeOutput(ctx, target, yaml);
  return [
    { kind: 'updated', target, backup, kept: changes.kept, changed: changes.changed, added: changes.added, removed: changes.removed },
    { kind: 'notes', source, notes },
  ];
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
function writeRecord(ctx: WorkspaceContext, plan: ImportedPlan, target: string, entries: readonly DoneChange[]): PlanImported {
  const recordPath = recordPathOf(target);
  const text = entries.reduce((record, entry) => applyDone(record, entry).text, newRecordText(path.basename(target)));
  const exists = !createOutput(ctx, recordPath, text);
  return { kind: 'record', path: recordPath, column: plan.doneHeading ?? '', entries: entries.length, exists };
}

/**
 * Writes the plan to `target` unless a file is there (an error, or undefined when `refuse` is false):
 * import never overwrites. Then the record, said after the plan: a record that cannot be written is
 * the document's problem, after its plan was said written.
 */
function writePlan(ctx: WorkspaceContext, imported: ImportedPlan, source: string, target: string, refuse = true): Generator<PlanImported> | undefined {
  const marks = recordEntriesOf(imported);
  const plan = { ...imported, notes: [...imported.notes, ...marks.notes] };
  const { yaml, notes } = planText(ctx, plan, source, target);
  if (!createOutput(ctx, target, yaml)) {
    if (!refuse) return undefined;
    throw userError(ctx.display(target), 'import-output-exists', { path: ctx.display(target) });
  }
  return (function* (): Generator<PlanImported> {
    yield {
      kind: 'written',
      source,
      target,
      sections: plan.sections.length,
      items: plan.sections.reduce((sum, section) => sum + section.items.length, 0),
      approvals: plan.approvals.length,
    };
    if (marks.entries.length > 0) yield writeRecord(ctx, plan, target, marks.entries);
    yield { kind: 'notes', source, notes };
  })();
}
