// `centre contest order <contest> <sheets…>`: the draft «Приказ об итогах»
// of a contest from the final results of a stage (the last one unless --stage).
import { writeContestOrder, type OrderOptions } from '../../workspace/use-cases/contest-order.js';
import type { CliContext } from '../context.js';

export async function contestOrderCommand(ctx: CliContext, file: string, inputs: string[], options: OrderOptions): Promise<number> {
  const target = await writeContestOrder(ctx, file, inputs, options);
  if (target === undefined) return 1;
  ctx.stdout.write(`${ctx.t('contest-order-wrote', { path: ctx.display(target) })}\n`);
  return 0;
}
