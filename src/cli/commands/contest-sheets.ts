import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildJurySheet, protectJurySheet } from '../../contest/jury-sheet.js';
import { stageJury, stageParticipants } from '../../contest/model.js';
import { sheetFileName } from '../../contest/sheet-layout.js';
import { userError } from '../../schema/diagnostic.js';
import { findWorkspaceRoot } from '../../workspace/files.js';
import type { CliContext } from '../context.js';
import { writeOutput } from '../../workspace/write-output.js';
import { loadContest } from '../../workspace/contest.js';

export interface SheetsOptions {
  readonly stage?: string;
  readonly output?: string;
}

export async function contestSheetsCommand(ctx: CliContext, file: string, options: SheetsOptions): Promise<number> {
  const { contest, stage, schoolName } = await loadContest(ctx, file, options.stage);
  if (stageParticipants(contest, stage).length === 0)
    throw userError(ctx.display(path.resolve(ctx.cwd, file)), 'contest-no-participants', { stage: stage.title });
  const folder = path.resolve(ctx.cwd, options.output ?? path.join(findWorkspaceRoot(ctx.cwd), 'out', 'contest', `${contest.id}-${stage.id}`));
  let written = 0;
  for (const juror of stageJury(contest, stage)) {
    const target = path.join(folder, sheetFileName(contest, stage, juror));
    // A sheet already there may have been filled in by the juror: it is never written over.
    if (existsSync(target)) {
      ctx.stdout.write(`${ctx.t('contest-sheet-kept', { path: ctx.display(target) })}\n`);
      continue;
    }
    const workbook = buildJurySheet({ contest, stage, juror, schoolName });
    await protectJurySheet(workbook);
    await writeOutput(ctx, target, new Uint8Array(await workbook.xlsx.writeBuffer()));
    written++;
  }
  ctx.stdout.write(`${ctx.t('contest-sheets-wrote', { count: written, stage: stage.title, path: ctx.display(folder) })}\n`);
  return 0;
}
