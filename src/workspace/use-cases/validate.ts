// `centre validate`: every file given (by default the workspace's plans/, templates/ and news/)
// checked against its kind, and each record against its plan.
import path from 'node:path';
import { existsSync } from 'node:fs';
import { fileDiagnostic, type Diagnostic } from '../../schema/diagnostic.js';
import { findWorkspaceRoot } from '../files.js';
import { allDiagnostics, loadWorkspace } from '../load.js';
import { checkRecords } from '../record-plans.js';
import { today } from '../today.js';
import type { WorkspaceContext } from '../context.js';

/** The folders checked when no path is given: the workspace's plans/ and templates/. */
function defaultPaths(cwd: string): string[] {
  const root = findWorkspaceRoot(cwd);
  return ['plans', 'templates'].map((name) => path.join(root, name)).filter((folder) => existsSync(folder));
}

/** What was found, with the text of each file by its shown name (for the source lines) and the count of files checked. */
export async function validateWorkspace(
  ctx: WorkspaceContext,
  paths: readonly string[],
): Promise<{ diagnostics: Diagnostic[]; sources: ReadonlyMap<string, string>; files: number }> {
  const given = paths.length > 0 ? paths : defaultPaths(ctx.cwd);
  const loaded = await loadWorkspace(ctx, given);
  const diagnostics = allDiagnostics(loaded);
  diagnostics.push(...(await checkRecords(ctx, loaded, today(ctx))));
  // the workspace's news (news/*.md) are checked too when no path is given; yaml and zod load only when there are some
  let newsFiles = 0;
  if (paths.length === 0 && existsSync(path.join(findWorkspaceRoot(ctx.cwd), 'news'))) {
    const { checkNewsFiles } = await import('../news-inputs.js');
    const inputs: string[] = [];
    checkNewsFiles(ctx, findWorkspaceRoot(ctx.cwd), diagnostics, inputs, loaded.sources);
    newsFiles = inputs.length;
  }
  if (loaded.files.length === 0 && loaded.pathProblems.length === 0) {
    diagnostics.push(fileDiagnostic(ctx.display(path.resolve(ctx.cwd, given[0] ?? '.')), 'no-files'));
  }
  return { diagnostics, sources: loaded.sources, files: loaded.files.length + newsFiles };
}
