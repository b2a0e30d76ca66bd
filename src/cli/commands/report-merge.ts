// `centre report merge <reports…>`: the schools' reports merged into one summary workbook.
import { mergeReportFiles, type MergeOptions } from '../../workspace/use-cases/report-merge.js';
import type { CliContext } from '../context.js';

export async function reportMergeCommand(ctx: CliContext, inputs: string[], options: MergeOptions): Promise<number> {
  const merged = await mergeReportFiles(ctx, inputs, options, {
    read: progressBar(ctx),
    counted: (counts) => ctx.stdout.write(`${ctx.t('merge-counts', { ...counts })}\n`),
  });
  if (merged.refused) {
    ctx.stderr.write(`${ctx.t('merge-strict-refused')}\n`);
    return 1;
  }
  ctx.stdout.write(`${ctx.t('merge-wrote', { path: ctx.display(merged.target) })}\n`);
  return merged.rejected > 0 ? 1 : 0;
}

/** A bar on stderr when it is a terminal and the merge is large enough to wait for. */
function progressBar(ctx: CliContext): (done: number, total: number) => void {
  if (!ctx.stderr.isTTY) return () => undefined;
  let shown = -1;
  return (done, total) => {
    if (total < 50) return;
    const percent = Math.floor((done / total) * 100);
    if (percent === shown) return;
    shown = percent;
    const filled = Math.round(percent / 5);
    ctx.stderr.write(`\r[${'#'.repeat(filled)}${' '.repeat(20 - filled)}] ${done}/${total}${done === total ? '\n' : ''}`);
  };
}
