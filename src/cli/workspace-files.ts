// Finding the workspace's form and registry when the command line names none.
import path from 'node:path';
import { existsSync } from 'node:fs';
import { CentreError, userError } from '../schema/diagnostic.js';
import type { ValidatedValues } from '../schema/kinds.js';
import { findWorkspaceRoot } from '../workspace/files.js';
import type { CliContext } from './context.js';
import { allDiagnostics, loadFiles } from './load.js';
import { renderDiagnostics } from './output/diagnostics.js';

/**
 * The one file of `kind` named on the command line, or found in the
 * workspace's plans/ and templates/. Invalid files stop the command with
 * their diagnostics; none or several found is a usage error.
 */
export async function loadOne<K extends 'form' | 'registry'>(ctx: CliContext, kind: K, given: string | undefined, required: boolean): Promise<ValidatedValues[K] | undefined> {
  const root = findWorkspaceRoot(ctx.cwd);
  const paths = given !== undefined ? [given] : ['plans', 'templates'].map((name) => path.join(root, name)).filter(existsSync);
  const loaded = await loadFiles(ctx, paths);
  const diagnostics = allDiagnostics(loaded).filter((d) => given !== undefined || loaded.files.some((f) => f.shown === d.file && (f.validated?.kind ?? kindOf(loaded.sources.get(f.shown))) === kind));
  if (diagnostics.some((d) => d.severity === 'error')) {
    ctx.stderr.write(await renderDiagnostics(diagnostics, 'human', { t: ctx.t, colours: ctx.errorColours, sources: loaded.sources }));
    throw new CentreError([], 1);
  }
  const matches = loaded.files.filter((file) => file.validated?.kind === kind);
  if (matches.length === 1) return matches[0]!.validated!.value as ValidatedValues[K];
  if (given !== undefined && matches.length === 0 && loaded.files.length === 1) {
    const found = loaded.files[0]!.validated?.kind ?? 'unknown';
    throw userError(loaded.files[0]!.shown, 'file-of-other-kind', { found, kind }, 2);
  }
  if (matches.length === 0 && !required && given === undefined) return undefined;
  const code = matches.length === 0 ? 'no-file-of-kind' : 'several-files-of-kind';
  throw userError(given ?? ctx.display(root), code, { kind, files: matches.map((m) => m.shown).join('|') }, 2);
}

function kindOf(text: string | undefined): string | undefined {
  return text === undefined ? undefined : /^kind:\s*(\S+)/m.exec(text)?.[1];
}
