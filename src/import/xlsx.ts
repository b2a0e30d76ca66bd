// Reads a plan kept as a sheet: each worksheet becomes one table, merged
// ranges become spans (a range over rows gives its text to every row, as a
// vertical merge does in Word). The file passes the same zip guard as the
// monitoring reports before exceljs sees it.
import ExcelJS from 'exceljs';
import { checkWorkbookMerges, GridBudget } from '../util/document-budget.js';
import { checkZipFile, unzipGuarded, ZipGuardError, type ZipLimits } from '../util/zip-guard.js';
import { ImportError } from './errors.js';
import { gridFromSpans, paragraphOf, type Block, type ImportedDocument, type TextParagraph } from './table-model.js';

export const XLSX_IMPORT_LIMITS: ZipLimits = { fileBytes: 20 * 1024 * 1024, entries: 1000, partBytes: 64 * 1024 * 1024, ratio: 500 };
/** A plan sheet is a few hundred rows; a sheet claiming more is not read past this. */
const MAX_ROWS = 5000;
const MAX_COLUMNS = 50;

export async function readXlsx(bytes: Uint8Array): Promise<ImportedDocument> {
  try {
    checkZipFile(bytes, XLSX_IMPORT_LIMITS);
    // every part is checked against the limits here, before exceljs inflates anything
    const parts = unzipGuarded(bytes, XLSX_IMPORT_LIMITS, () => true);
    if (!parts.has('xl/workbook.xml')) throw new ImportError('not-xlsx');
    // exceljs makes an object of every merged cell: a merge of the whole sheet is refused before it sees one
    checkWorkbookMerges(parts);
  } catch (error) {
    if (error instanceof ZipGuardError) throw new ImportError(error.problem === 'not-zip' ? 'not-xlsx' : error.problem);
    throw error;
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new ImportError('damaged');
  }
  const blocks: Block[] = [];
  const budget = new GridBudget();
  workbook.eachSheet((sheet) => {
    if (sheet.state !== 'visible') return;
    blocks.push({ kind: 'table', table: sheetTable(sheet, budget, blocks.length + 1) });
  });
  return { blocks };
}

const NO_TEXT: readonly TextParagraph[] = [];

const pad = (n: number) => String(n).padStart(2, '0');

function cellParagraphs(cell: ExcelJS.Cell): TextParagraph[] {
  const value = cell.value;
  let text: string;
  let bold = Boolean(cell.font?.bold);
  if (value instanceof Date) text = `${pad(value.getUTCDate())}.${pad(value.getUTCMonth() + 1)}.${value.getUTCFullYear()}`;
  else if (value && typeof value === 'object' && 'richText' in value) {
    const runs = value.richText.filter((run) => run.text.trim() !== '');
    text = value.richText.map((run) => run.text).join('');
    // (with no run of text the cell has no paragraph, so `every` of none does not matter)
    bold = runs.every((run) => run.font?.bold ?? cell.font?.bold);
  } else text = cell.text;
  return text.trim() === '' ? [] : [paragraphOf(text, { bold, italic: Boolean(cell.font?.italic) })];
}

function sheetTable(
  sheet: ExcelJS.Worksheet,
  budget: GridBudget,
  table: number,
): { rows: ReturnType<typeof gridFromSpans>['rows']; columns: number; bordered: boolean } {
  const merges = new Map<string, { rows: number; columns: number }>();
  const covered = new Set<string>();
  const ranges = ((sheet.model as unknown as { merges?: string[] }).merges ?? []) as string[];
  for (const range of ranges) {
    const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
    if (!match) continue;
    const [top, left, bottom, right] = [Number(match[2]), columnNumber(match[1]!), Number(match[4]), columnNumber(match[3]!)];
    merges.set(`${top}:${left}`, { rows: bottom - top + 1, columns: right - left + 1 });
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) if (r !== top || c !== left) covered.add(`${r}:${c}`);
  }
  const rowCount = Math.min(sheet.rowCount, MAX_ROWS);
  const columnCount = Math.min(sheet.columnCount, MAX_COLUMNS);
  const spanRows = [];
  let bordered = false;
  for (let r = 1; r <= rowCount; r++) {
    const cells = [];
    // find, not get: getting a cell makes it, and a sheet with one cell at XFD1048576 would make 250 000
    const row = sheet.findRow(r);
    for (let c = 1; c <= columnCount; c++) {
      if (covered.has(`${r}:${c}`)) continue;
      const cell = row?.findCell(c);
      if (cell?.border && Object.values(cell.border).some((side) => side && (side as { style?: string }).style)) bordered = true;
      const merge = merges.get(`${r}:${c}`);
      cells.push({ paragraphs: cell ? cellParagraphs(cell) : NO_TEXT, colSpan: merge?.columns ?? 1, rowSpan: merge?.rows ?? 1 });
    }
    spanRows.push({ cells, header: false });
  }
  const { rows, columns } = gridFromSpans(spanRows, budget, { table });
  return { rows, columns, bordered };
}

function columnNumber(letters: string): number {
  return [...letters].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
}
