// `centre contest admit <contest> <sheets…> --stage <id>`: the participants
// who go on from a stage, by its `advance` rule and the complete results,
// written as the next stage's `admitted` list in the contest file; the next
// stage's sheets, merge, protocol and diplomas then count only them.
import path from 'node:path';
import { advancingIds, setAdmitted } from '../../contest/admit.js';
import { userError } from '../../schema/diagnostic.js';
import { readTextFile } from '../../workspace/files.js';
import type { CliContext } from '../context.js';
import { changeAlone, writeOutput } from '../../workspace/write-output.js';
import { loadContest } from '../../workspace/contest.js';
import { collectFinalSheets, finalMerge } from '../../workspace/contest-inputs.js';

export async function contestAdmitCommand(ctx: CliContext, file: string, inputs: string[], options: { stage?: string }): Promise<number> {
  const contestFile = path.resolve(ctx.cwd, file);
  const { contest, stage } = await loadContest(ctx, file, options.stage);
  const index = contest.stages.indexOf(stage);
  const next = contest.stages[index + 1];
  if (!next || !stage.advance) throw userError(ctx.display(contestFile), 'contest-admit-no-next', { stage: stage.title });
  const collected = collectFinalSheets(ctx, file, inputs);
  const merge = finalMerge(ctx, contest, stage, file, collected, 'contest-admit-refused');
  if (!merge) return 1;
  const ids = advancingIds(merge.ranking);
  await changeAlone(ctx, contestFile, async () => {
    await writeOutput(ctx, contestFile, setAdmitted(readTextFile(contestFile, true), index + 1, ids));
  });
  ctx.stdout.write(`${ctx.t('contest-admit-wrote', { count: ids.length, stage: next.title, path: ctx.display(contestFile) })}\n`);
  return 0;
}
