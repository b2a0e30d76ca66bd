// centre site build: reads the workspace (plans/ with its documents and
// practices, site/ with Markdown pages), builds the section in memory, checks
// every link, then writes only inside the output folder and only over files it
// wrote itself (a manifest in the folder lists them).
import path from 'node:path';
import { hasErrors } from '../../schema/diagnostic.js';
import { findWorkspaceRoot } from '../../workspace/files.js';
import { prepareSite, type SiteOptions } from '../../workspace/site.js';
import { writeSite } from '../../workspace/site-output.js';
import type { CliContext } from '../context.js';
import { renderDiagnostics } from '../output/diagnostics.js';

export interface SiteBuildOptions extends SiteOptions {
  readonly output?: string;
}

export async function siteBuildCommand(ctx: CliContext, options: SiteBuildOptions): Promise<number> {
  if (options.url !== undefined && !/^https?:\/\/[^\s/]+(\/\S*)?$/i.test(options.url)) {
    const { userError } = await import('../../schema/diagnostic.js');
    throw userError('centre site build', 'site-bad-url', { value: options.url }, 2);
  }
  const root = findWorkspaceRoot(ctx.cwd);
  const outDir = path.resolve(ctx.cwd, options.output ?? path.join(root, 'out', 'site'));
  const site = await prepareSite(ctx, root, options);
  ctx.stderr.write(await renderDiagnostics(site.diagnostics, 'human', { t: ctx.t, colours: ctx.errorColours, sources: site.sources }));
  if (hasErrors(site.diagnostics)) return 1;
  const { written, unchanged, warnings } = await writeSite(ctx, outDir, site);
  if (warnings.length) ctx.stderr.write(await renderDiagnostics(warnings, 'human', { t: ctx.t, colours: ctx.errorColours, sources: site.sources }));
  ctx.stdout.write(
    `${ctx.t('site-wrote', { count: written, unchanged, path: ctx.display(outDir), pages: site.pages, index: ctx.display(path.join(outDir, 'index.html')) })}\n`,
  );
  return 0;
}
