// Reads a summary workbook of `centre report merge` for everything that reads
// one (`report compare`, `analysis build`, the site's «Мониторинг» page): its
// form data (named cells of the very hidden sheets) and «Свод», what a person
// sees and may have corrected by hand. The figures are those of «Свод»: its
// columns are found by their headers and its total rows by their labels, so
// rows a person sorted or columns they moved are still read right. Where «Свод»
// and the totals kept in the hidden sheet disagree, each such cell is named, and
// «Свод» is believed. A summary written before the hidden columns sheet existed
// is read from its hidden totals alone.
import type ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import type { IndicatorTotal } from '../schema/reports.js';
import { columnLetter } from './columns.js';
import { META_NAMES } from './form-names.js';
import { storedResults } from './stored-results.js';
import { COLUMNS_SHEET, SUMMARY_NAME, TOTALS_SHEET, type SummaryTotal } from './summary-data.js';
import { checkWorkbookMerges } from '../util/document-budget.js';
import { unzipGuarded, ZipGuardError } from '../util/zip-guard.js';

export type SummaryProblem = 'too-large' | 'damaged' | 'not-summary';

/** A value as «Свод» shows it: a number, a text (да, нет, the count of each answer), or nothing. */
export type Figure = number | string | null;

export interface SummaryColumn {
  readonly indicator: string;
  /** The header of its column in «Свод». */
  readonly header: string;
  readonly total: IndicatorTotal;
  /** The indicator a weighted mean is weighted by. */
  readonly by?: string;
}

export interface SummarySchool {
  /** The district's id, as the hidden totals name it; empty for schools without one. */
  readonly district: string;
  readonly districtName: string;
  readonly id: string;
  readonly name: string;
  readonly values: ReadonlyMap<string, Figure>;
}

/** A total whose cell in «Свод» says other than the hidden totals: the cell is what counts. */
export interface SummaryDifference {
  /** «Свод!E14». */
  readonly cell: string;
  /** The label of its row and the header of its column, as «Свод» has them. */
  readonly row: string;
  readonly header: string;
  readonly shown: Figure;
  readonly kept: number | null;
}

export interface SummaryData {
  readonly form?: string;
  readonly version?: number;
  readonly period?: string;
  readonly year?: string;
  /** «Свод» as plain values, row by row; absent when the workbook has no such sheet. */
  readonly rows?: readonly (readonly Figure[])[];
  /** The indicators' columns; absent for a summary written before they were kept. */
  readonly columns?: readonly SummaryColumn[];
  /** The schools counted, as «Свод» lists them; absent with the columns. */
  readonly schools?: readonly SummarySchool[];
  /** The district and overall totals, as «Свод» shows them wherever it shows them. */
  readonly totals: readonly SummaryTotal[];
  readonly differences: readonly SummaryDifference[];
}

/** What the message «summary-corrected» says of a difference: both figures as «Свод» rounds them, to the thousandth. */
export function differenceParams(difference: SummaryDifference): { row: string; header: string; shown: string; kept: string } {
  const figure = (value: Figure) => (value === null || value === '' ? '—' : typeof value === 'number' ? String(Math.round(value * 1000) / 1000) : value);
  return { row: difference.row, header: difference.header, shown: figure(difference.shown), kept: figure(difference.kept) };
}

// A summary of 40,000 schools is some tens of megabytes unpacked; a file past these is not one of ours.
export const SUMMARY_FILE_LIMIT = 64 * 1024 * 1024;
const SUMMARY_LIMITS = { fileBytes: SUMMARY_FILE_LIMIT, entries: 200, partBytes: 512 * 1024 * 1024, ratio: 200 };

const SUMMARY_SHEET = 'Свод';
const HEADER_ROW = 2;
const FIRST_SCHOOL_ROW = 3;

/** Every part's declared size checked before any is inflated: a zip bomb is refused, not opened. */
function checkZip(bytes: Uint8Array): void {
  if (bytes.length > SUMMARY_LIMITS.fileBytes) throw new SummaryReadError('too-large');
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new SummaryReadError('damaged');
  let entries = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        if (++entries > SUMMARY_LIMITS.entries) throw new SummaryReadError('too-large');
        if (file.originalSize > SUMMARY_LIMITS.partBytes || file.originalSize > Math.max(file.size, 1) * SUMMARY_LIMITS.ratio)
          throw new SummaryReadError('too-large');
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

/**
 * A cell's value as a person sees it: a formula by its stored result, rich text as its text.
 * Undefined for a formula whose stored result exceljs does not give: it drops a result of 0
 * or of empty text (its formula value's _copyModel keeps only truthy fields).
 */
function plainValue(value: unknown): Figure | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'да' : 'нет';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const object = value as { formula?: unknown; sharedFormula?: unknown; result?: unknown; richText?: { text: string }[]; text?: unknown };
    if (object.result !== undefined) return plainValue(object.result);
    if (object.formula !== undefined || object.sharedFormula !== undefined) return undefined;
    if (object.richText) return object.richText.map((part) => part.text).join('');
    if (typeof object.text === 'string') return object.text;
  }
  return null;
}

const text = (value: Figure | undefined) => (value === null || value === undefined ? '' : String(value).trim());

/** A value of «Свод»; undefined for a formula's result exceljs does not give (see plainValue) until read from the XML. */
type Read = Figure | undefined;

function sheetRows(sheet: ExcelJS.Worksheet): Read[][] {
  const rows: Read[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const values: Read[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      values[column - 1] = plainValue(cell.value);
    });
    rows[number - 1] = Array.from(values, (value, index) => (index in values ? value : null));
  });
  return Array.from(rows, (row) => row ?? []);
}

const settled = (rows: readonly (readonly Read[])[]): Figure[][] => rows.map((row) => row.map((value) => value ?? null));

/** Fills in the results exceljs did not give, from the sheet's XML; those the file does not hold stay undefined. */
function fillStoredResults(bytes: Uint8Array, rows: Read[][]): void {
  const wanted = new Set<string>();
  rows.forEach((row, index) => row.forEach((value, column) => value === undefined && wanted.add(`${columnLetter(column + 1)}${index + 1}`)));
  if (wanted.size === 0) return;
  for (const [address, value] of storedResults(bytes, SUMMARY_SHEET, wanted)) {
    const match = /^([A-Z]+)(\d+)$/.exec(address)!;
    const column = [...match[1]!].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
    rows[Number(match[2]) - 1]![column - 1] = value;
  }
}

const totals = ['sum', 'mean', 'weighted mean', 'count of да', 'count per choice', 'none'] as const;

function readColumns(sheet: ExcelJS.Worksheet | undefined): SummaryColumn[] | undefined {
  if (!sheet) return undefined;
  const columns: SummaryColumn[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const cell = (index: number) => text(plainValue(row.getCell(index).value));
    const total = totals.find((one) => one === cell(3));
    if (cell(1) && total) columns.push({ indicator: cell(1), header: cell(2), total, ...(cell(4) ? { by: cell(4) } : {}) });
  });
  return columns;
}

function readKeptTotals(sheet: ExcelJS.Worksheet): SummaryTotal[] {
  const kept: SummaryTotal[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const cell = (index: number) => text(plainValue(row.getCell(index).value));
    const value = plainValue(row.getCell(4).value);
    kept.push({ district: cell(1), name: cell(2), indicator: cell(3), value: typeof value === 'number' ? value : null });
  });
  return kept;
}

const same = (shown: Read, kept: number | null) => {
  // a formula with no stored result at all (a program that does not keep them): nothing to compare
  if (shown === undefined) return true;
  if (typeof shown === 'number' && kept !== null) return Math.abs(shown - kept) <= 1e-9 * Math.max(1, Math.abs(kept));
  return kept === null && (shown === null || shown === '');
};

/** The label of a total's row in «Свод»: the overall total by its own name, a district's as «Итого: <name>». */
const totalLabel = (total: SummaryTotal) => (total.district === '*' ? total.name : `Итого: ${total.name}`);

/**
 * «Свод» read through the columns the hidden sheet names: the schools, and the totals as shown,
 * each checked against the kept one. `rows` get the kept value where the file stores no result.
 */
function readShown(rows: Read[][], columns: readonly SummaryColumn[], kept: readonly SummaryTotal[]) {
  const header = rows[HEADER_ROW - 1] ?? [];
  const columnOf = new Map<string, number>();
  for (const column of columns) {
    const index = header.findIndex((value) => text(value) === column.header);
    if (index >= 0) columnOf.set(column.indicator, index);
  }
  const rowOf = new Map<string, number>();
  const schools: SummarySchool[] = [];
  const districtOf = new Map(kept.filter((total) => total.district !== '*').map((total) => [total.name, total.district]));
  for (let index = FIRST_SCHOOL_ROW - 1; index < rows.length; index++) {
    const row = rows[index]!;
    const [districtName, id, name] = [text(row[0]), text(row[1]), text(row[2])];
    if (id) {
      const values = new Map([...columnOf].map(([indicator, column]): [string, Figure] => [indicator, row[column] ?? null]));
      schools.push({ district: districtOf.get(districtName) ?? '', districtName, id, name: name || id, values });
    } else if (districtName && !rowOf.has(districtName)) rowOf.set(districtName, index);
  }
  const differences: SummaryDifference[] = [];
  const shownTotals = kept.map((total): SummaryTotal => {
    const row = rowOf.get(totalLabel(total));
    const column = columnOf.get(total.indicator);
    if (row === undefined || column === undefined) return total;
    const shown = rows[row]![column];
    if (shown === undefined) rows[row]![column] = total.value;
    if (same(shown, total.value)) return total;
    differences.push({
      cell: `${SUMMARY_SHEET}!${columnLetter(column + 1)}${row + 1}`,
      row: totalLabel(total),
      header: text(header[column]).replace(/\s+/g, ' '),
      shown: shown ?? null,
      kept: total.value,
    });
    return { ...total, value: typeof shown === 'number' ? shown : null };
  });
  return { schools, totals: shownTotals, differences };
}

/** The one way a summary workbook is read: its bytes, as the file holds them. */
export async function readSummary(bytes: Uint8Array): Promise<SummaryData> {
  checkZip(bytes);
  checkMerges(bytes);
  // exceljs is heavy: loaded only when a summary is read
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new SummaryReadError('damaged');
  }
  const form = namedValue(workbook, META_NAMES.form) ?? namedValue(workbook, SUMMARY_NAME);
  const totalsSheet = workbook.getWorksheet(TOTALS_SHEET);
  if (namedValue(workbook, SUMMARY_NAME) === undefined || form === undefined || !totalsSheet) throw new SummaryReadError('not-summary');
  const kept = readKeptTotals(totalsSheet);
  const summarySheet = workbook.getWorksheet(SUMMARY_SHEET);
  const read = summarySheet ? sheetRows(summarySheet) : undefined;
  if (read) fillStoredResults(bytes, read);
  const columns = readColumns(workbook.getWorksheet(COLUMNS_SHEET));
  const shown = read && columns ? readShown(read, columns, kept) : { totals: kept, differences: [] };
  const rows = read ? settled(read) : undefined;
  const version = namedValue(workbook, META_NAMES.version);
  const period = namedValue(workbook, META_NAMES.period);
  const year = namedValue(workbook, META_NAMES.year);
  return {
    form,
    ...(version ? { version: Number(version) } : {}),
    ...(period ? { period } : {}),
    ...(year ? { year } : {}),
    ...(rows ? { rows } : {}),
    ...(columns ? { columns } : {}),
    ...shown,
  };
}
