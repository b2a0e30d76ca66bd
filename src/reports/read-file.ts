// One report file from disk: its reports (a CSV may hold several), or why it
// cannot be read. Used by the merge command and by its worker threads.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { MonitoringForm } from '../schema/reports.js';
import { reportsFromCsv } from './csv.js';
import type { FileProblem } from './merge.js';
import { reportFromCells, type ParsedReport } from './read-report.js';
import { LIMITS, readNamedCells, XlsxError } from './xlsx-cells.js';

export type FileReading = ParsedReport[] | FileProblem;

export function readReportFile(file: string, shown: string, form: MonitoringForm, period: string | undefined): FileReading {
  let bytes: Uint8Array;
  try {
    // Checked before reading: a huge file is refused without being loaded.
    if (statSync(file).size > LIMITS.fileBytes) return { source: shown, code: 'xlsx-too-large' };
    bytes = readFileSync(file);
  } catch (error) {
    return { source: shown, code: 'report-file-unreadable', params: { reason: (error as NodeJS.ErrnoException).code ?? String(error) } };
  }
  if (path.extname(file).toLowerCase() === '.csv') return reportsFromCsv(shown, bytes, form, period);
  try {
    const { cells, date1904 } = readNamedCells(bytes);
    return [reportFromCells(shown, cells, form, date1904)];
  } catch (error) {
    if (error instanceof XlsxError) return { source: shown, code: `xlsx-${error.problem}` };
    return { source: shown, code: 'xlsx-damaged' };
  }
}
