// A list of people (applications, who attended) from its file: XLSX or CSV by the extension, a
// damaged workbook or another kind of file named in one sentence.
import path from 'node:path';
import { readRoster, type Roster } from '../contest/roster.js';
import { XlsxError } from '../reports/xlsx-cells.js';
import { userError } from '../schema/diagnostic.js';
import type { WorkspaceContext } from './context.js';
import { readRegularFile } from './files.js';

export function readRosterFile(ctx: WorkspaceContext, file: string): { roster: Roster; shown: string } {
  const absolute = path.resolve(ctx.cwd, file);
  const shown = ctx.display(absolute);
  const extension = path.extname(absolute).toLowerCase();
  if (extension !== '.xlsx' && extension !== '.csv') throw userError(shown, 'roster-not-read', {});
  try {
    return { roster: readRoster(readRegularFile(absolute), extension === '.csv' ? 'csv' : 'xlsx'), shown };
  } catch (error) {
    if (error instanceof XlsxError) throw userError(shown, 'contest-sheet-damaged', {});
    throw error;
  }
}
