// The final results of a stage from the filled sheets, for the documents that
// are signed or printed (the protocol, the diplomas): every problem is said,
// and any error refuses the document, as provisional results are never signed.
import path from 'node:path';
import { mergeSheets, type StageMerge } from '../../contest/merge.js';
import type { Contest, ContestStage } from '../../schema/contest.js';
import { CentreError, fileDiagnostic } from '../../schema/diagnostic.js';
import type { MessageCode } from '../../i18n/messages.js';
import type { CliContext } from '../context.js';
import { collectSheets, problemPlace, readSheets } from '../contest-inputs.js';

export interface FinalResults {
  readonly merge: StageMerge;
  /** Every file read: the contest and the sheets, never to be written over. */
  readonly inputs: readonly string[];
}

export function collectFinalSheets(
  ctx: CliContext,
  contestFile: string,
  inputs: readonly string[],
): { files: string[]; all: string[]; problems: ReturnType<typeof collectSheets>['problems'] } {
  const collected = collectSheets(ctx, inputs);
  if (collected.files.length === 0) {
    const nothing =
      collected.problems.length > 0
        ? collected.problems.map((p) => fileDiagnostic(p.source, p.code, p.params))
        : [fileDiagnostic(inputs.join(' '), 'contest-merge-no-files')];
    throw new CentreError(nothing, 1);
  }
  return { ...collected, all: [...collected.all, path.resolve(ctx.cwd, contestFile)] };
}

/** The merge, or undefined (exit 1) after the problems and `refused` are said. */
export function finalMerge(
  ctx: CliContext,
  contest: Contest,
  stage: ContestStage,
  contestFile: string,
  collected: ReturnType<typeof collectFinalSheets>,
  refused: MessageCode,
): StageMerge | undefined {
  const merge = mergeSheets(contest, stage, ctx.display(path.resolve(ctx.cwd, contestFile)), readSheets(ctx, collected.files, contest, stage));
  const problems = [...collected.problems, ...merge.problems];
  for (const problem of problems) ctx.stderr.write(`${problemPlace(problem)}: ${ctx.t(problem.code, problem.params)}\n`);
  if (problems.some((problem) => problem.severity === 'error')) {
    ctx.stderr.write(`${ctx.t(refused)}\n`);
    return undefined;
  }
  return merge;
}
