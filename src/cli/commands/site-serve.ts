// centre site serve: the section in a browser at http://127.0.0.1:PORT/, built
// in memory and rebuilt when a file of plans/ or site/ changes; Ctrl+C stops it.
import path from 'node:path';
import { CentreError, hasErrors, userError } from '../../schema/diagnostic.js';
import { startPreview, watchFolders, type Preview } from '../../site/serve.js';
import { findWorkspaceRoot } from '../../workspace/files.js';
import type { CliContext } from '../context.js';
import { renderDiagnostics } from '../output/diagnostics.js';
import { prepareSite } from '../../workspace/site.js';

export interface SiteServeOptions {
  readonly port: string;
  /** For tests: resolves when the server should stop (default: Ctrl+C). */
  readonly until?: (preview: Preview) => Promise<void>;
}

export async function siteServeCommand(ctx: CliContext, options: SiteServeOptions): Promise<number> {
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw userError('centre site serve', 'bad-port', { value: options.port }, 2);
  const root = findWorkspaceRoot(ctx.cwd);
  const first = await prepareSite(ctx, root);
  ctx.stderr.write(await renderDiagnostics(first.diagnostics, 'human', { t: ctx.t, colours: ctx.errorColours, sources: first.sources }));
  if (hasErrors(first.diagnostics)) return 1;
  const preview = await startPreview(first.files, port).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE' || error.code === 'EACCES') throw userError('centre site serve', 'site-port-busy', { port }, 2);
    throw error;
  });
  ctx.stdout.write(`${ctx.t('site-serving', { url: preview.url })}\n`);
  let building = Promise.resolve();
  const rebuild = () => {
    building = building.then(async () => {
      const started = performance.now();
      try {
        const site = await prepareSite(ctx, root);
        ctx.stderr.write(await renderDiagnostics(site.diagnostics, 'human', { t: ctx.t, colours: ctx.errorColours, sources: site.sources }));
        if (hasErrors(site.diagnostics)) {
          ctx.stderr.write(`${ctx.t('site-rebuild-failed')}\n`);
          return;
        }
        preview.replace(site.files);
        ctx.stdout.write(`${ctx.t('site-rebuilt', { ms: Math.round(performance.now() - started) })}\n`);
      } catch (error) {
        // whatever a half-saved file makes the build throw, the preview goes on with the last good build
        if (error instanceof CentreError) {
          ctx.stderr.write(await renderDiagnostics([...error.diagnostics], 'human', { t: ctx.t, colours: ctx.errorColours, sources: new Map() }));
          ctx.stderr.write(`${ctx.t('site-rebuild-failed')}\n`);
        } else ctx.stderr.write(`${ctx.t('site-rebuild-crashed', { detail: error instanceof Error ? error.message : String(error) })}\n`);
      }
    });
  };
  const stopWatching = watchFolders([path.join(root, 'plans'), path.join(root, 'site'), path.join(root, 'news')], rebuild);
  try {
    await (options.until ? options.until(preview) : untilInterrupted());
  } finally {
    stopWatching();
    await building;
    await preview.close();
  }
  return 0;
}

function untilInterrupted(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
