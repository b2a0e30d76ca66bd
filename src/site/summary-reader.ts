// Reads the rows of «Свод» from a summary workbook for the «Мониторинг» page.
// exceljs is heavy: imported only when the page is asked for.
import { readFileSync, statSync } from 'node:fs';
import { checkWorkbookMerges, DocumentBudgetError } from '../util/document-budget.js';
import { unzipGuarded, ZipGuardError } from '../util/zip-guard.js';

const MAX_BYTES = 20 * 1024 * 1024;

export type SummaryReading =
  | { rows: (string | number | null)[][] }
  | { problem: 'too-large' | 'unreadable' | 'no-sheet' | 'damaged'; reason?: string }
  /** A merge far larger than any summary's, found before exceljs sees the file. */
  | { problem: 'over-budget'; over: DocumentBudgetError };

const LIMITS = { fileBytes: MAX_BYTES, entries: 200, partBytes: 512 * 1024 * 1024, ratio: 200 };

type Cell = { value: unknown };

function plain(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'да' : 'нет';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const object = value as { result?: unknown; richText?: { text: string }[]; text?: unknown };
    if ('result' in object) return plain(object.result);
    if (object.richText) return object.richText.map((part) => part.text).join('');
    if (typeof object.text === 'string') return object.text;
  }
  return null;
}

export async function readSummaryRows(file: string): Promise<SummaryReading> {
  if (statSync(file).size > MAX_BYTES) return { problem: 'too-large' };
  const bytes = readFileSync(file);
  try {
    checkWorkbookMerges(unzipGuarded(bytes, LIMITS, () => true));
  } catch (error) {
    if (error instanceof DocumentBudgetError) return { problem: 'over-budget', over: error };
    if (!(error instanceof ZipGuardError)) throw error;
    // exceljs says what is wrong with a file that is no zip at all; a damaged zip it might open anyway, merges unchecked
    if (error.problem !== 'not-zip') return { problem: 'damaged' };
  }
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    return { problem: 'unreadable', reason: error instanceof Error ? error.message : String(error) };
  }
  const sheet = workbook.getWorksheet('Свод');
  if (!sheet) return { problem: 'no-sheet' };
  const rows: (string | number | null)[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const values: (string | number | null)[] = [];
    row.eachCell({ includeEmpty: true }, (cell: Cell, column) => {
      values[column - 1] = plain(cell.value);
    });
    rows[number - 1] = values;
  });
  return { rows: Array.from(rows, (row) => row ?? []) };
}
