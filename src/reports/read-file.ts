// One report file from disk: its reports (a CSV may hold several), or why it
// cannot be read. `readReportBytes` is the same without the disk, for tests.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import type { MonitoringForm } from '../schema/reports.js';
import { reportsFromCsv } from './csv.js';
import type { FileProblem } from './merge.js';
import { reportFromCells, type ParsedReport } from './read-report.js';
import { SUMMARY_NAME } from './summary-data.js';
import { LIMITS, readNamedCells, XlsxError } from './xlsx-cells.js';

export type FileReading = { readonly reports: ParsedReport[] } | FileProblem;

/** `kind`: how to read the bytes, «.csv» or «.xlsx» (a converted .ods or .xls is read as .xlsx). */
export function readReportBytes(bytes: Uint8Array, shown: string, kind: '.csv' | '.xlsx', form: MonitoringForm, period: string | undefined): FileReading {
  if (kind === '.csv') return { reports: reportsFromCsv(shown, bytes, form, period) };
  try {
    const workbook = readNamedCells(bytes);
    if (workbook.cells.has(SUMMARY_NAME)) return { source: shown, code: 'report-is-summary', notice: true };
    return { reports: [reportFromCells(shown, workbook, form)] };
  } catch (error) {
    if (error instanceof XlsxError) return { source: shown, code: `xlsx-${error.problem}` };
    // Anything else thrown while reading a school's bytes is damage in them, never a reason to stop the merge.
    return { source: shown, code: 'xlsx-damaged' };
  }
}

/**
 * One buffer for every file of a merge: reading tens of thousands of files
 * into buffers of their own leaves the process's memory fragmented and large
 * long after they are freed. Nothing read from it keeps a reference to it.
 */
let shared: Buffer | undefined;

/** `file` is read; `shown` names it to the user (for a converted file, the original's name). */
export function readReportFile(file: string, shown: string, form: MonitoringForm, period: string | undefined): FileReading {
  let bytes: Uint8Array;
  let fd: number | undefined;
  try {
    // without blocking, and checked on the descriptor: a named pipe among the reports must not hang the merge
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = fstatSync(fd);
    if (!info.isFile()) return { source: shown, code: 'not-regular-file' };
    const size = info.size;
    // Checked before reading: a huge file is refused without being loaded.
    if (size > LIMITS.fileBytes) return { source: shown, code: 'xlsx-too-large' };
    shared ??= Buffer.allocUnsafe(LIMITS.fileBytes);
    let read = 0;
    for (let chunk = -1; read < size && chunk !== 0; read += chunk) chunk = readSync(fd, shared, read, size - read, read);
    bytes = shared.subarray(0, read);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENXIO') return { source: shown, code: 'not-regular-file' }; // a socket
    return { source: shown, code: 'file-unreadable', params: { reason: code ?? String(error) } };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return readReportBytes(bytes, shown, path.extname(file).toLowerCase() === '.csv' ? '.csv' : '.xlsx', form, period);
}
