// `centre done <plan> <item>`: marks an item of a plan in the plan's record (workspace/use-cases/done.ts).
import type { CliContext } from '../context.js';
import { markDone, type DoneOptions } from '../../workspace/use-cases/done.js';

export async function doneCommand(ctx: CliContext, planArg: string, itemArg: string, options: DoneOptions): Promise<number> {
  const { added, recordPath, printed, title } = await markDone(ctx, planArg, itemArg, options);
  const shown = `${printed}. ${title.length > 60 ? `${title.slice(0, 59).trimEnd()}…` : title}`;
  ctx.stdout.write(`${ctx.t(added ? 'done-added' : 'done-updated', { item: shown, path: ctx.display(recordPath) })}\n`);
  return 0;
}
