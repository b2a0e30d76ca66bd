// `centre contest sheets <contest>`: the jury sheets of a stage, one per juror.
import { writeJurySheets, type SheetsOptions } from '../../workspace/use-cases/contest-sheets.js';
import type { CliContext } from '../context.js';

export async function contestSheetsCommand(ctx: CliContext, file: string, options: SheetsOptions): Promise<number> {
  const sheets = await writeJurySheets(ctx, file, options, {
    kept: (target) => ctx.stdout.write(`${ctx.t('contest-sheet-kept', { path: ctx.display(target) })}\n`),
  });
  ctx.stdout.write(`${ctx.t('contest-sheets-wrote', { count: sheets.written, stage: sheets.stageTitle, path: ctx.display(sheets.folder) })}\n`);
  return 0;
}
