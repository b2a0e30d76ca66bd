// Reads what `centre report compare` needs from a summary workbook: its form
// data (named cells of the very hidden sheet) and the totals sheet. Nothing
// is read from «Свод» itself, whose rows and columns may move.
import ExcelJS from 'exceljs';
import type { SummaryData } from './compare.js';
import { SUMMARY_NAME, TOTALS_SHEET, type SummaryTotal } from './summary-data.js';
import { META_NAMES } from './template.js';
import { LIMITS } from './xlsx-cells.js';

export type SummaryProblem = 'too-large' | 'damaged' | 'not-summary';

export class SummaryReadError extends Error {
  constructor(readonly problem: SummaryProblem) {
    super(problem);
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
  if (bytes.length > LIMITS.fileBytes) throw new SummaryReadError('too-large');
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
