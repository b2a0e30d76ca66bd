// centre site build: reads the workspace (plans/ with its documents and
// practices, site/ with Markdown pages), builds the section in memory, checks
// every link, then writes only inside the output folder and only over files it
// wrote itself (a manifest in the folder lists them).
import path from 'node:path';
import { userError } from '../../schema/diagnostic.js';
import { buildSite, type SiteBuildOptions } from '../../workspace/use-cases/site-build.js';
import type { CliContext } from '../context.js';
import { renderDiagnostics } from '../output/diagnostics.js';

export async function siteBuildCommand(ctx: CliContext, options: SiteBuildOptions): Promise<number> {
  if (options.url !== undefined && !/^https?:\/\/[^\s/]+(\/\S*)?$/i.test(options.url)) {
    throw userError('centre site build', 'site-bad-url', { value: options.url }, 2);
  }
  const render = (diagnostics: Parameters<typeof renderDiagnostics>[0], sources: ReadonlyMap<string, string>) =>
    renderDiagnostics(diagnostics, 'human', { t: ctx.t, colours: ctx.errorColours, sources });
  const built = await buildSite(ctx, options, { read: async (diagnostics, sources) => void ctx.stderr.write(await render(diagnostics, sources)) });
  if (!built) return 1;
  if (built.warnings.length) ctx.stderr.write(await render(built.warnings, built.sources));
  const { outDir } = built;
  ctx.stdout.write(
    `${ctx.t('site-wrote', { count: built.written, unchanged: built.unchanged, path: ctx.display(outDir), pages: built.pages, index: ctx.display(path.join(outDir, 'index.html')) })}\n`,
  );
  return 0;
}
