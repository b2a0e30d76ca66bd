// The web section built from the workspace in memory (workspace/site.ts) and written into its folder
// (workspace/site-output.ts), never when a file has an error.
import path from 'node:path';
import { hasErrors, type Diagnostic } from '../../schema/diagnostic.js';
import type { WorkspaceContext } from '../context.js';
import { findWorkspaceRoot } from '../files.js';
import { prepareSite, type SiteOptions } from '../site.js';
import { writeSite, type SiteWriting } from '../site-output.js';

export interface SiteBuildOptions extends SiteOptions {
  readonly output?: string;
}

export interface SiteBuildProgress {
  /** The problems of the workspace's files, said before anything is written (and nothing is, if one is an error). */
  read(diagnostics: readonly Diagnostic[], sources: ReadonlyMap<string, string>): Promise<void>;
}

export interface BuiltSite extends SiteWriting {
  readonly outDir: string;
  readonly pages: number;
  readonly sources: ReadonlyMap<string, string>;
}

/** The section written into `-o` (by default out/site/ of the workspace), or undefined when a file has an error. */
export async function buildSite(ctx: WorkspaceContext, options: SiteBuildOptions, progress: SiteBuildProgress): Promise<BuiltSite | undefined> {
  const root = findWorkspaceRoot(ctx.cwd);
  const outDir = path.resolve(ctx.cwd, options.output ?? path.join(root, 'out', 'site'));
  const site = await prepareSite(ctx, root, options);
  await progress.read(site.diagnostics, site.sources);
  if (hasErrors(site.diagnostics)) return undefined;
  return { ...(await writeSite(ctx, outDir, site)), outDir, pages: site.pages, sources: site.sources };
}
