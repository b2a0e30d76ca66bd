// Reads a summary workbook for the «Мониторинг» page, with the same reader as
// `report compare` (reports/read-summary.ts), so that both show the figures of
// «Свод» and say where it disagrees with the summary's own totals. exceljs is
// heavy: this module is imported only when the page is asked for.
import { readFileSync, statSync } from 'node:fs';
import { readSummary, SUMMARY_FILE_LIMIT, SummaryReadError, type SummaryData } from '../reports/read-summary.js';

export { differenceParams } from '../reports/read-summary.js';

export type SummaryReading = { data: SummaryData } | { problem: 'too-large' | 'unreadable' | 'no-sheet' | 'damaged' | 'not-summary'; reason?: string };

export async function readSummaryWorkbook(file: string): Promise<SummaryReading> {
  let bytes: Uint8Array;
  try {
    if (statSync(file).size > SUMMARY_FILE_LIMIT) return { problem: 'too-large' };
    bytes = readFileSync(file);
  } catch (error) {
    return { problem: 'unreadable', reason: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  try {
    const data = await readSummary(bytes);
    return data.rows ? { data } : { problem: 'no-sheet' };
  } catch (error) {
    if (error instanceof SummaryReadError) return { problem: error.problem };
    throw error;
  }
}
