// Finding the workspace's form and registry when the command line names none.
import path from 'node:path';
import { existsSync } from 'node:fs';
import { CentreError, hasErrors, userError } from '../schema/diagnostic.js';
import type { ValidatedValues } from '../kinds/kinds.js';
import { findWorkspaceRoot } from './files.js';
import type { WorkspaceContext } from './context.js';
import { allDiagnostics, declaredKind, isMarkedExample, loadWorkspace } from './load.js';
import { isOfKind, type LoadedFile, type Workspace } from './model.js';

// The report commands look for both a form and a registry: the workspace is read once.
const workspaceReads = new WeakMap<WorkspaceContext, Promise<Workspace>>();

function readWorkspace(ctx: WorkspaceContext, root: string): Promise<Workspace> {
  if (!workspaceReads.has(ctx)) {
    const folders = ['plans', 'templates'].map((name) => path.join(root, name)).filter(existsSync);
    workspaceReads.set(ctx, loadWorkspace(ctx, folders, { kinds: ['form', 'registry'] }));
  }
  return workspaceReads.get(ctx)!;
}

/**
 * The one file of `kind` named on the command line, or found in the
 * workspace's plans/ and templates/ (an example only when there is nothing else). Invalid files of that kind stop the
 * command with their diagnostics; none or several found is a usage error.
 */
export async function loadOne<K extends 'form' | 'registry' | 'contest'>(
  ctx: WorkspaceContext,
  kind: K,
  given: string | undefined,
  required: boolean,
): Promise<ValidatedValues[K] | undefined> {
  const root = findWorkspaceRoot(ctx.cwd);
  const loaded = given !== undefined ? await loadWorkspace(ctx, [given]) : await readWorkspace(ctx, root);
  const ofKind = (file: LoadedFile) => (file.validated?.kind ?? declaredKind(loaded.sources.get(file.shown) ?? '')) === kind;
  const diagnostics = given !== undefined ? allDiagnostics(loaded) : loaded.files.filter(ofKind).flatMap((file) => file.diagnostics);
  if (hasErrors(diagnostics)) {
    await ctx.report(diagnostics, loaded.sources);
    throw new CentreError([], 1);
  }
  const found = loaded.files.filter((file) => isOfKind(file, kind));
  // the example `centre init` wrote (example: true) stands in only until the workspace has its own
  const own = found.filter((file) => !isMarkedExample(file));
  const matches = own.length > 0 ? own : found;
  if (matches.length === 1) return matches[0]!.validated!.value as ValidatedValues[K];
  if (given !== undefined && matches.length === 0 && loaded.files.length === 1) {
    const found = loaded.files[0]!.validated?.kind ?? 'unknown';
    throw userError(loaded.files[0]!.shown, 'file-of-other-kind', { found, kind }, 2);
  }
  if (matches.length === 0 && !required && given === undefined) return undefined;
  const code = matches.length === 0 ? 'no-file-of-kind' : 'several-files-of-kind';
  throw userError(given ?? ctx.display(root), code, { kind, files: matches.map((m) => m.shown).join('|') }, 2);
}
