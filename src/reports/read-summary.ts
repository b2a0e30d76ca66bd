// Reads what `centre report compare` needs from a summary workbook: its form
// data (named cells of the very hidden sheet) and the totals sheet. Nothing
// is read from «Свод» itself, whose rows and columns may move.
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import type { SummaryData } from './compare.js';
import { SUMMARY_NAME, TOTALS_SHEET, type SummaryTotal } from './summary-data.js';
import { META_NAMES } from './template.js';
import { checkWorkbookMerges } from '../util/document-budget.js';
import { unzipGuarded, ZipGuardError } from '../util/zip-guard.js';

export type SummaryProblem = 'too-large' | 'damaged' | 'not-summary';

// A summary of 40,000 schools is some tens of megabytes unpacked; a file past these is not one of ours.
export const SUMMARY_FILE_LIMIT = 64 * 1024 * 1024;
const SUMMARY_LIMITS = { fileBytes: SUMMARY_FILE_LIMIT, entries: 200, partBytes: 512 * 1024 * 1024, ratio: 200 };

/** Every part's declared size checked before any is inflated: a zip bomb is refused, not opened. */
function checkZip(bytes: Uint8Array): void {
  if (bytes.length > SUMMARY_LIMITS.fileBytes) throw new SummaryReadError('too-large');
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new SummaryReadError('damaged');
  let entries = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        if (++entries > SUMMARY_LIMITS.entries) throw new SummaryReadError('too-large');
        if (file.originalSize > SUMMARY_LIMITS.partBytes || file.originalSize > Math.max(file.size, 1) * SUMMARY_LIMITS.ratio) throw new SummaryReadError('too-large');
        return false;
      },
    });
  } catch (error) {
    throw error instanceof SummaryReadError ? error : new SummaryReadError('damaged');
  }
}

/**
 * The merged ranges of every sheet checked against the document budget
 * before exceljs, which makes an object of each merged cell, sees the file:
 * one merge of a whole sheet would take gigabytes (a DocumentBudgetError says where).
 */
function checkMerges(bytes: Uint8Array): void {
  let sheets: Map<string, Uint8Array>;
  try {
    sheets = unzipGuarded(bytes, SUMMARY_LIMITS, () => true);
  } catch (error) {
    if (error instanceof ZipGuardError) throw new SummaryReadError(error.problem === 'damaged' || error.problem === 'not-zip' ? 'damaged' : 'too-large');
    throw error;
  }
  checkWorkbookMerges(sheets);
}

export class SummaryReadError extends Error {
  constructor(readonly problem: SummaryProblem) {
    super(problem);
    this.name = 'SummaryReadError';
  }
}

function namedValue(workbook: ExcelJS.Workbook, name: string): string | undefined {
  const [range] = workbook.definedNames.getRanges(name).ranges;
  if (!range) return undefined;
  const [sheet, address] = range.split('!') as [string, string];
  const value = workbook.getWorksheet(sheet.replace(/^'|'$/g, ''))?.getCell(address.replaceAll('$', '')).value;
  return value === null || value === undefined ? undefined : String(value).trim();
}

const numberOrNull = (value: ExcelJS.CellValue): number | null => {
  if (typeof value === 'number') return value;
  if (value && typeof value === 'object' && 'result' in value && typeof value.result === 'number') return value.result;
  return null;
};

export async function readSummary(bytes: Uint8Array): Promise<SummaryData> {
  checkZip(bytes);
  checkMerges(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new SummaryReadError('damaged');
  }
  const form = namedValue(workbook, META_NAMES.form) ?? namedValue(workbook, SUMMARY_NAME);
  const sheet = workbook.getWorksheet(TOTALS_SHEET);
  if (namedValue(workbook, SUMMARY_NAME) === undefined || form === undefined || !sheet) throw new SummaryReadError('not-summary');
  const totals: SummaryTotal[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const text = (index: number) => String(row.getCell(index).value ?? '').trim();
    totals.push({ district: text(1), name: text(2), indicator: text(3), value: numberOrNull(row.getCell(4).value) });
  });
  const version = namedValue(workbook, META_NAMES.version);
  const period = namedValue(workbook, META_NAMES.period);
  const year = namedValue(workbook, META_NAMES.year);
  return { form, ...(version ? { version: Number(version) } : {}), ...(period ? { period } : {}), ...(year ? { year } : {}), totals };
}
