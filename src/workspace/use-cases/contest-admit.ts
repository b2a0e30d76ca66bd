// The participants who go on from a stage, by its `advance` rule and the complete results, written
// as the next stage's `admitted` list in the contest file; the next stage's sheets, merge, protocol
// and diplomas then count only them.
import path from 'node:path';
import { advancingIds, setAdmitted } from '../../contest/admit.js';
import { userError } from '../../schema/diagnostic.js';
import type { WorkspaceContext } from '../context.js';
import { readTextFile } from '../files.js';
import { changeAlone, writeOutput } from '../write-output.js';
import { loadContest } from '../contest.js';
import { collectFinalSheets, finalMerge } from '../contest-inputs.js';

export type AdmittedParticipants =
  /** The results are not final (said through the context): the contest is left as it was. */
  { readonly refused: true } | { readonly refused: false; readonly count: number; readonly nextStage: string; readonly contestFile: string };

export async function admitToNextStage(
  ctx: WorkspaceContext,
  file: string,
  inputs: readonly string[],
  options: { stage?: string },
): Promise<AdmittedParticipants> {
  const contestFile = path.resolve(ctx.cwd, file);
  const { contest, stage } = await loadContest(ctx, file, options.stage);
  const index = contest.stages.indexOf(stage);
  const next = contest.stages[index + 1];
  if (!next || !stage.advance) throw userError(ctx.display(contestFile), 'contest-admit-no-next', { stage: stage.title });
  const collected = collectFinalSheets(ctx, file, inputs);
  const merge = finalMerge(ctx, contest, stage, file, collected, 'contest-admit-refused');
  if (!merge) return { refused: true };
  const ids = advancingIds(merge.ranking);
  await changeAlone(ctx, contestFile, async () => {
    await writeOutput(ctx, contestFile, setAdmitted(readTextFile(contestFile, true), index + 1, ids));
  });
  return { refused: false, count: ids.length, nextStage: next.title, contestFile };
}
