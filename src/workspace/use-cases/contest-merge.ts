// The jurors' sheets of a stage merged into its ranking and written as the results workbook,
// provisional while a sheet has an error.
import path from 'node:path';
import { mergeSheets, type StageMerge } from '../../contest/merge.js';
import { buildResults } from '../../contest/results-workbook.js';
import { stageJury } from '../../contest/model.js';
import { translator } from '../../i18n/messages.js';
import type { WorkspaceContext } from '../context.js';
import { findWorkspaceRoot } from '../files.js';
import { collectFinalSheets, isOwnResults, problemPlace, readSheets } from '../contest-inputs.js';
import { guardOutput, writeOutput } from '../write-output.js';
import { loadContest } from '../contest.js';

export interface ContestMergeOptions {
  readonly stage?: string;
  readonly output?: string;
}

/** The merge of a stage, before its workbook is written. */
export interface ContestMerged {
  readonly merge: StageMerge;
  readonly sheets: number;
  readonly jurors: number;
  /** Participants ranked. */
  readonly participants: number;
  readonly problems: number;
  /** Problems that make the results provisional. */
  readonly errors: number;
}

/** What the merge says before the workbook is written (which may still fail). */
export interface ContestMergeProgress {
  merged?(merged: ContestMerged): void;
}

export interface MergedContest {
  readonly target: string;
  /** Problems that make the results provisional. */
  readonly errors: number;
}

export async function mergeContestSheets(
  ctx: WorkspaceContext,
  file: string,
  inputs: readonly string[],
  options: ContestMergeOptions,
  progress: ContestMergeProgress = {},
): Promise<MergedContest> {
  const { contest, stage, schoolName } = await loadContest(ctx, file, options.stage);
  const contestFile = path.resolve(ctx.cwd, file);
  const collected = collectFinalSheets(ctx, file, inputs);
  const target = path.resolve(ctx.cwd, options.output ?? path.join(findWorkspaceRoot(ctx.cwd), 'out', 'contest', `${contest.id}-${stage.id}-results.xlsx`));
  // Nothing a juror sent, and not the contest file, is ever written over.
  guardOutput(ctx, target, { inputs: collected.all, isOwn: isOwnResults, what: ctx.t('contest-results-word') });

  const merge = mergeSheets(contest, stage, ctx.display(contestFile), readSheets(ctx, collected.files, contest, stage));
  const problems = [...collected.problems, ...merge.problems];
  for (const problem of problems) ctx.warn(`${problemPlace(problem)}: ${ctx.t(problem.code, problem.params)}`);
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const participants = merge.ranking.nominations.reduce((sum, nomination) => sum + nomination.rows.filter((row) => row.rank !== undefined).length, 0);
  progress.merged?.({ merge, sheets: merge.counted.length, jurors: stageJury(contest, stage).length, participants, problems: problems.length, errors });

  // The results are a document of the contest, in Russian whatever language the terminal speaks.
  await writeOutput(ctx, target, buildResults({ contest, merge: { ...merge, problems }, schoolName, describe: translator('ru') }));
  return { target, errors };
}
