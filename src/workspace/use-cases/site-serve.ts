// The web section served at http://127.0.0.1:PORT/, built in memory and rebuilt when a file of
// plans/, site/ or news/ changes, until told to stop. A rebuild that fails keeps the last good one.
import path from 'node:path';
import { CentreError, hasErrors, userError } from '../../schema/diagnostic.js';
import { startPreview, watchFolders, type Preview } from '../../site/serve.js';
import type { WorkspaceContext } from '../context.js';
import { findWorkspaceRoot } from '../files.js';
import { prepareSite } from '../site.js';

export interface PreviewOptions {
  readonly port: number;
  /** Resolves when the server should stop. */
  readonly until: (preview: Preview) => Promise<void>;
}

/** What the preview says as it goes. */
export interface PreviewProgress {
  serving?(url: string): void;
  rebuilt?(milliseconds: number): void;
}

/** Serves the section until `until` resolves; false, without serving, when the first build has errors. */
export async function previewSite(ctx: WorkspaceContext, options: PreviewOptions, progress: PreviewProgress = {}): Promise<boolean> {
  const root = findWorkspaceRoot(ctx.cwd);
  const first = await prepareSite(ctx, root);
  await ctx.report(first.diagnostics, first.sources);
  if (hasErrors(first.diagnostics)) return false;
  const preview = await startPreview(first.files, options.port).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE' || error.code === 'EACCES') throw userError('centre site serve', 'site-port-busy', { port: options.port }, 2);
    throw error;
  });
  progress.serving?.(preview.url);
  let building = Promise.resolve();
  const rebuild = () => {
    building = building.then(async () => {
      const started = performance.now();
      try {
        const site = await prepareSite(ctx, root);
        await ctx.report(site.diagnostics, site.sources);
        if (hasErrors(site.diagnostics)) {
          ctx.warn(ctx.t('site-rebuild-failed'));
          return;
        }
        preview.replace(site.files);
        progress.rebuilt?.(Math.round(performance.now() - started));
      } catch (error) {
        // whatever a half-saved file makes the build throw, the preview goes on with the last good build
        if (error instanceof CentreError) {
          await ctx.report([...error.diagnostics], new Map());
          ctx.warn(ctx.t('site-rebuild-failed'));
        } else ctx.warn(ctx.t('site-rebuild-crashed', { detail: error instanceof Error ? error.message : String(error) }));
      }
    });
  };
  const stopWatching = watchFolders([path.join(root, 'plans'), path.join(root, 'site'), path.join(root, 'news')], rebuild);
  try {
    await options.until(preview);
  } finally {
    stopWatching();
    await building;
    await preview.close();
  }
  return true;
}
