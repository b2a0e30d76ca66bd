import path from 'node:path';
import type { CliContext } from '../context.js';
import { createWorkspace } from '../../workspace/use-cases/init.js';

export async function initCommand(ctx: CliContext, dir: string | undefined): Promise<number> {
  const root = path.resolve(ctx.cwd, dir ?? '.');
  for await (const file of createWorkspace(ctx, root)) {
    ctx.stdout.write(`${ctx.t(file.created ? 'init-created' : 'init-kept', { path: ctx.display(file.path) })}\n`);
  }
  const shownDir = dir === undefined ? undefined : ctx.display(root);
  ctx.stdout.write(`${ctx.t('init-next', { dir: shownDir })}\n`);
  return 0;
}
