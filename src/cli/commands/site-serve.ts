// centre site serve: the section in a browser at http://127.0.0.1:PORT/, built
// in memory and rebuilt when a file of plans/ or site/ changes; Ctrl+C stops it.
import { userError } from '../../schema/diagnostic.js';
import type { Preview } from '../../site/serve.js';
import { previewSite } from '../../workspace/use-cases/site-serve.js';
import type { CliContext } from '../context.js';

export interface SiteServeOptions {
  readonly port: string;
  /** For tests: resolves when the server should stop (default: Ctrl+C). */
  readonly until?: (preview: Preview) => Promise<void>;
}

export async function siteServeCommand(ctx: CliContext, options: SiteServeOptions): Promise<number> {
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw userError('centre site serve', 'bad-port', { value: options.port }, 2);
  const served = await previewSite(
    ctx,
    { port, until: options.until ?? untilInterrupted },
    {
      serving: (url) => ctx.stdout.write(`${ctx.t('site-serving', { url })}\n`),
      rebuilt: (ms) => ctx.stdout.write(`${ctx.t('site-rebuilt', { ms })}\n`),
    },
  );
  return served ? 0 : 1;
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
