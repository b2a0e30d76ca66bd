import path from 'node:path';
import { mergeSheets, type StageMerge } from '../../contest/merge.js';
import { buildResults } from '../../contest/results-workbook.js';
import { stageJury } from '../../contest/model.js';
import { translator } from '../../i18n/messages.js';
import { findWorkspaceRoot } from '../../workspace/files.js';
import { collectFinalSheets, isOwnResults, problemPlace, readSheets } from '../../workspace/contest-inputs.js';
import type { CliContext } from '../context.js';
import { guardOutput, writeOutput } from '../../workspace/write-output.js';
import { loadContest } from '../../workspace/contest.js';

export interface ContestMergeOptions {
  readonly stage?: string;
  readonly output?: string;
}

export async function contestMergeCommand(ctx: CliContext, file: string, inputs: string[], options: ContestMergeOptions): Promise<number> {
  const { contest, stage, schoolName } = await loadContest(ctx, file, options.stage);
  const contestFile = path.resolve(ctx.cwd, file);
  const collected = collectFinalSheets(ctx, file, inputs);
  const target = path.resolve(ctx.cwd, options.output ?? path.join(findWorkspaceRoot(ctx.cwd), 'out', 'contest', `${contest.id}-${stage.id}-results.xlsx`));
  // Nothing a juror sent, and not the contest file, is ever written over.
  guardOutput(ctx, target, { inputs: collected.all, isOwn: isOwnResults, what: ctx.t('contest-results-word') });

  const merge = mergeSheets(contest, stage, ctx.display(contestFile), readSheets(ctx, collected.files, contest, stage));
  const problems = [...collected.problems, ...merge.problems];
  for (const problem of problems) ctx.stderr.write(`${problemPlace(problem)}: ${ctx.t(problem.code, problem.params)}\n`);
  printRanking(ctx, merge);
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const participants = merge.ranking.nominations.reduce((sum, nomination) => sum + nomination.rows.filter((row) => row.rank !== undefined).length, 0);
  ctx.stdout.write(
    `${ctx.t('contest-merge-counts', { sheets: merge.counted.length, jurors: stageJury(contest, stage).length, participants, problems: problems.length })}\n`,
  );
  if (errors > 0) ctx.stderr.write(`${ctx.t('contest-merge-provisional')}\n`);

  // The results are a document of the contest, in Russian whatever language the terminal speaks.
  await writeOutput(ctx, target, buildResults({ contest, merge: { ...merge, problems }, schoolName, describe: translator('ru') }));
  ctx.stdout.write(`${ctx.t('contest-merge-wrote', { path: ctx.display(target) })}\n`);
  return errors > 0 ? 1 : 0;
}

function printRanking(ctx: CliContext, merge: StageMerge): void {
  const number = (value: number) => (ctx.locale === 'ru' ? String(value).replace('.', ',') : String(value));
  for (const nomination of merge.ranking.nominations) {
    ctx.stdout.write(`${nomination.title}\n`);
    for (const row of nomination.rows) {
      const total = row.total === undefined ? '—' : `${number(row.total)} / ${number(merge.ranking.maximum)}`;
      const place = typeof row.place === 'number' ? ctx.t('contest-place', { place: row.place }) : row.place;
      const marks = [place, row.advances ? ctx.t('contest-advances') : undefined, row.complete ? undefined : ctx.t('contest-incomplete')]
        .filter(Boolean)
        .join(', ');
      ctx.stdout.write(`  ${String(row.rank ?? '—').padStart(3)}  ${row.participant.name}  ${total}${marks ? `  (${marks})` : ''}\n`);
    }
  }
}
