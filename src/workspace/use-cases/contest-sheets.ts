// The jury sheets of a stage: one protected workbook per juror, listing the stage's participants;
// a sheet already there may have been filled in and is never written over.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildJurySheet, protectJurySheet } from '../../contest/jury-sheet.js';
import { stageJury, stageParticipants } from '../../contest/model.js';
import { sheetFileName } from '../../contest/sheet-layout.js';
import { userError } from '../../schema/diagnostic.js';
import type { WorkspaceContext } from '../context.js';
import { findWorkspaceRoot } from '../files.js';
import { writeOutput } from '../write-output.js';
import { loadContest } from '../contest.js';

export interface SheetsOptions {
  readonly stage?: string;
  readonly output?: string;
}

/** What the writing says as it goes. */
export interface SheetsProgress {
  /** A sheet already there, kept. */
  kept?(target: string): void;
}

export interface WrittenSheets {
  readonly folder: string;
  readonly written: number;
  readonly stageTitle: string;
}

export async function writeJurySheets(ctx: WorkspaceContext, file: string, options: SheetsOptions, progress: SheetsProgress = {}): Promise<WrittenSheets> {
  const { contest, stage, schoolName } = await loadContest(ctx, file, options.stage);
  if (stageParticipants(contest, stage).length === 0)
    throw userError(ctx.display(path.resolve(ctx.cwd, file)), 'contest-no-participants', { stage: stage.title });
  const folder = path.resolve(ctx.cwd, options.output ?? path.join(findWorkspaceRoot(ctx.cwd), 'out', 'contest', `${contest.id}-${stage.id}`));
  let written = 0;
  for (const juror of stageJury(contest, stage)) {
    const target = path.join(folder, sheetFileName(contest, stage, juror));
    // A sheet already there may have been filled in by the juror: it is never written over.
    if (existsSync(target)) {
      progress.kept?.(target);
      continue;
    }
    const workbook = buildJurySheet({ contest, stage, juror, schoolName });
    await protectJurySheet(workbook);
    await writeOutput(ctx, target, new Uint8Array(await workbook.xlsx.writeBuffer()));
    written++;
  }
  return { folder, written, stageTitle: stage.title };
}
