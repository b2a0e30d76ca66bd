// `centre contest protocol <contest> <sheets…>`: the jury's protocol of a stage.
import { writeContestProtocol, type ProtocolOptions } from '../../workspace/use-cases/contest-protocol.js';
import type { CliContext } from '../context.js';

export async function contestProtocolCommand(ctx: CliContext, file: string, inputs: string[], options: ProtocolOptions): Promise<number> {
  const target = await writeContestProtocol(ctx, file, inputs, options);
  if (target === undefined) return 1;
  ctx.stdout.write(`${ctx.t('contest-protocol-wrote', { path: ctx.display(target) })}\n`);
  return 0;
}
