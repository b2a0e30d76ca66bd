// `centre contest admit <contest> <sheets…> --stage <id>`: the participants
// who go on from a stage, written as the next stage's `admitted` list.
import { admitToNextStage } from '../../workspace/use-cases/contest-admit.js';
import type { CliContext } from '../context.js';

export async function contestAdmitCommand(ctx: CliContext, file: string, inputs: string[], options: { stage?: string }): Promise<number> {
  const admitted = await admitToNextStage(ctx, file, inputs, options);
  if (admitted.refused) return 1;
  ctx.stdout.write(`${ctx.t('contest-admit-wrote', { count: admitted.count, stage: admitted.nextStage, path: ctx.display(admitted.contestFile) })}\n`);
  return 0;
}
