// `centre plan build`: the DOCX of each plan, cyclogram or document given, into out/ of the
// workspace or where -o says.
import path from 'node:path';
import { fileDiagnostic, hasErrors, userError, type Diagnostic } from '../../schema/diagnostic.js';
import type { PlanDocument } from '../../schema/plan.js';
import type { CentreDocument } from '../../schema/document.js';
import { findWorkspaceRoot, statOrUndefined } from '../files.js';
import { writeOutput } from '../write-output.js';
import { loadWorkspace } from '../load.js';
import { isOfKind, type LoadedFile } from '../model.js';
import type { WorkspaceContext } from '../context.js';

export interface PlanBuildOptions {
  readonly output?: string;
  readonly orientation?: 'portrait' | 'landscape';
}

interface BuildJob {
  readonly input: LoadedFile;
  readonly plan: PlanDocument | CentreDocument;
  readonly target: string;
}

/** A DOCX written, with what it holds. */
type BuiltDocument =
  | { readonly target: string; readonly document: { readonly clauses: number; readonly appendices: number } }
  | { readonly target: string; readonly plan: { readonly sections: number; readonly items: number; readonly approvals: number } };

type PlanBuild =
  /** An output would write over an input: nothing is written. */
  | { readonly refused: true }
  | {
      readonly refused: false;
      /** Files that could not be read or are not valid. */
      readonly failed: number;
      /** Whether any problem said (through the context) is an error. */
      readonly errors: boolean;
      /** Each DOCX, written as it is asked for. */
      readonly documents: AsyncGenerator<BuiltDocument>;
    };

/** Loads and checks the inputs, says their problems, and gives the documents to write. */
export async function buildPlans(ctx: WorkspaceContext, inputs: readonly string[], options: PlanBuildOptions): Promise<PlanBuild> {
  const loaded = await loadWorkspace(ctx, inputs);
  const explicit = new Set(inputs.map((input) => path.resolve(ctx.cwd, input)));
  const problems: Diagnostic[] = [...loaded.pathProblems];
  const plans: { input: LoadedFile; plan: PlanDocument | CentreDocument }[] = [];
  let failed = 0;
  for (const input of loaded.files) {
    problems.push(...input.diagnostics);
    if (!input.validated) failed++;
    else if (isOfKind(input, 'plan', 'cyclogram', 'document')) plans.push({ input, plan: input.validated.value });
    else if (explicit.has(input.path)) problems.push(fileDiagnostic(input.shown, 'not-a-plan', { kind: input.validated.kind }));
  }
  const shownInputs = inputs.map((input) => ctx.display(path.resolve(ctx.cwd, input))).join(', ');
  if (loaded.files.length === 0 && loaded.pathProblems.length === 0) problems.push(fileDiagnostic(shownInputs, 'no-files'));
  else if (plans.length === 0 && !hasErrors(problems)) problems.push(fileDiagnostic(shownInputs, 'no-plans'));

  const inputPaths = new Set(loaded.files.map((file) => file.path));
  const outputFile = outputNamesFile(ctx, plans.length, options.output, inputPaths);
  const jobs = plans.map(({ input, plan }) => ({ input, plan, target: outputPath(ctx, input.path, outputFile, options.output) }));
  for (const job of jobs) {
    if (inputPaths.has(job.target)) problems.push(fileDiagnostic(job.input.shown, 'output-is-input', { path: ctx.display(job.target) }));
  }
  await ctx.report(problems, loaded.sources);
  if (problems.some((p) => p.code === 'output-is-input')) return { refused: true };
  return { refused: false, failed, errors: hasErrors(problems), documents: writeDocuments(ctx, jobs, options) };
}

async function* writeDocuments(ctx: WorkspaceContext, jobs: readonly BuildJob[], options: PlanBuildOptions): AsyncGenerator<BuiltDocument> {
  if (jobs.length === 0) return;
  // docx is heavy (~90 ms to load): only this command, and only when it has work, loads it.
  const { renderPlanDocx } = await import('../../docs/plan-docx.js');
  for (const { plan, target } of jobs) {
    if (plan.kind === 'document') {
      const { renderDocumentDocx } = await import('../../docs/document-docx.js');
      await writeOutput(ctx, target, await renderDocumentDocx(plan));
      yield { target, document: { clauses: plan.clauses.length, appendices: plan.appendices.length } };
      continue;
    }
    const bytes = await renderPlanDocx(plan, { orientation: options.orientation });
    await writeOutput(ctx, target, bytes);
    const sections = plan.sections.length;
    yield { target, plan: { sections, items: plan.sections.reduce((sum, section) => sum + section.items.length, 0), approvals: plan.approvals.length } };
  }
}

/**
 * Whether `-o` names the document itself: it does when it ends in .docx (or is
 * an existing file) and one plan is built; otherwise it is a folder. A name
 * that can be neither (plan.pdf, or one.docx for several plans) is refused
 * before anything is written, rather than becoming a folder of that name.
 */
function outputNamesFile(ctx: WorkspaceContext, count: number, output: string | undefined, inputs: ReadonlySet<string>): boolean {
  if (output === undefined || count === 0) return false;
  const resolved = path.resolve(ctx.cwd, output);
  if (inputs.has(resolved)) return true; // refused as the input it is, below
  const existing = statOrUndefined(resolved);
  if (existing?.isDirectory() || (!existing && /[\\/]$/.test(output))) return false;
  const docx = path.extname(output).toLowerCase() === '.docx';
  const shown = ctx.display(resolved);
  if (!docx && (existing || path.extname(output) !== '')) throw userError(shown, 'output-not-docx', { path: shown }, 2);
  if (!docx) return false; // a new folder
  if (count > 1) throw userError(shown, 'output-one-file-several-plans', { path: shown, count }, 2);
  return true;
}

function outputPath(ctx: WorkspaceContext, input: string, namesFile: boolean, output: string | undefined): string {
  const name = `${path.basename(input, path.extname(input))}.docx`;
  if (output === undefined) return path.join(findWorkspaceRoot(ctx.cwd), 'out', name);
  const resolved = path.resolve(ctx.cwd, output);
  return namesFile ? resolved : path.join(resolved, name);
}
