// Reads a summary workbook for the «Мониторинг» page, with the same reader as
// `report compare` (reports/read-summary.ts), so that both show the figures of
// «Свод» and say where it disagrees with the summary's own totals. exceljs is
// heavy: this module is imported only when the page is asked for. The command
// reads the file (a regular file, within SUMMARY_FILE_LIMIT); this reads its bytes.
import { readSummary, SummaryReadError, type SummaryData } from '../reports/read-summary.js';
import { DocumentBudgetError } from '../util/document-budget.js';

export { differenceParams } from '../reports/read-summary.js';

export type SummaryReading =
  | { data: SummaryData }
  | { problem: 'too-large' | 'unreadable' | 'no-sheet' | 'damaged' | 'not-summary'; reason?: string }
  /** A merge far larger than any summary's, found before exceljs sees the file. */
  | { problem: 'over-budget'; over: DocumentBudgetError };

export async function readSummaryWorkbook(bytes: Uint8Array): Promise<SummaryReading> {
  try {
    const data = await readSummary(bytes);
    return data.rows ? { data } : { problem: 'no-sheet' };
  } catch (error) {
    if (error instanceof SummaryReadError) return { problem: error.problem };
    if (error instanceof DocumentBudgetError) return { problem: 'over-budget', over: error };
    throw error;
  }
}
