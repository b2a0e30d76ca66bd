// `centre contest merge <contest> <sheets…>`: the ranking of a stage from its jurors' sheets.
import type { StageMerge } from '../../contest/merge.js';
import { mergeContestSheets, type ContestMerged, type ContestMergeOptions } from '../../workspace/use-cases/contest-merge.js';
import type { CliContext } from '../context.js';

export async function contestMergeCommand(ctx: CliContext, file: string, inputs: string[], options: ContestMergeOptions): Promise<number> {
  const merged = await mergeContestSheets(ctx, file, inputs, options, { merged: (result) => printMerge(ctx, result) });
  ctx.stdout.write(`${ctx.t('contest-merge-wrote', { path: ctx.display(merged.target) })}\n`);
  return merged.errors > 0 ? 1 : 0;
}

function printMerge(ctx: CliContext, { merge, sheets, jurors, participants, problems, errors }: ContestMerged): void {
  printRanking(ctx, merge);
  ctx.stdout.write(`${ctx.t('contest-merge-counts', { sheets, jurors, participants, problems })}\n`);
  if (errors > 0) ctx.stderr.write(`${ctx.t('contest-merge-provisional')}\n`);
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
