// One budget for every document that comes from outside (a plan to import in
// any format, a summary to compare or to show on the site): how far one cell may span, how many
// cells a merged range and all tables together may hold, and how much text
// merges may repeat. A few kilobytes can claim a cell two billion columns wide
// or a merge of the whole sheet; each reader checks such claims here *before*
// it lays anything out, so that the work and memory of a read stay in
// proportion to the file. The limits are far beyond any real plan or form.
import { oneClass } from './one-class.js';

export const DOCUMENT_BUDGET = {
  /** Grid columns one cell may cover (Word's gridSpan, HTML's colspan, a merged range's width). */
  spanColumns: 1000,
  /** Rows one cell may cover (Word's vertical merge, HTML's rowspan, a merged range's height). */
  spanRows: 10_000,
  /** Cells of all merged ranges of a workbook together: a spreadsheet library makes an object of each. */
  mergedCells: 100_000,
  /** Cells of all tables of a document once spans are laid out; a plan of 5000 rows × 50 columns is 250 000. */
  gridCells: 1_000_000,
  /** Characters of text that merges repeat into the cells they cover. */
  repeatedText: 20_000_000,
} as const;

export type DocumentBudget = { readonly [K in keyof typeof DOCUMENT_BUDGET]: number };

/** What is over the budget; each has its message (`budget-<excess>` in src/i18n/plan-import.ts). */
export type BudgetExcess = 'span-columns' | 'span-rows' | 'merged-cells' | 'grid-cells' | 'repeated-text';

/** Where in the document: a table (1-based among its tables), or a range of a sheet. */
export type BudgetPlace = { readonly table: number } | { readonly sheet: string; readonly range: string };

/** One class for every bundle (one-class.ts): a reader's bundle throws it, plan import and the summaries recognise it with instanceof. */
export const DocumentBudgetError = oneClass(
  'DocumentBudgetError',
  class DocumentBudgetError extends Error {
    constructor(
      readonly excess: BudgetExcess,
      readonly place: BudgetPlace,
      /** What the document asks for; for a total, the count at which reading stopped. */
      readonly found: number,
      readonly limit: number,
    ) {
      super(`${excess} ${JSON.stringify(place)}: ${found} > ${limit}`);
      this.name = 'DocumentBudgetError';
    }

    /** The message code and its parameters, for a diagnostic: a range as «План!A6:Z200000», a table by its number. */
    describe(): { code: `budget-${BudgetExcess}`; params: { table?: number; range?: string; count: number; limit: number } } {
      const place = 'table' in this.place ? { table: this.place.table } : { range: `${sheetReference(this.place.sheet)}!${this.place.range}` };
      return { code: `budget-${this.excess}`, params: { ...place, count: this.found, limit: this.limit } };
    }
  },
);
export type DocumentBudgetError = InstanceType<typeof DocumentBudgetError>;

/**
 * Counts what one document's tables ask for as a reader lays them out. Every
 * claim is checked before the reader acts on it, so a reader that asks first
 * never allocates past the budget.
 */
export class GridBudget {
  private cells = 0;
  private repeated = 0;

  constructor(private readonly limits: DocumentBudget = DOCUMENT_BUDGET) {}

  /** A cell covering `columns` × `rows`, as the document claims it (before any clamping). */
  span(place: BudgetPlace, columns: number, rows = 1): void {
    if (columns > this.limits.spanColumns) throw new DocumentBudgetError('span-columns', place, columns, this.limits.spanColumns);
    if (rows > this.limits.spanRows) throw new DocumentBudgetError('span-rows', place, rows, this.limits.spanRows);
  }

  /** `count` more cells laid out. */
  addCells(place: BudgetPlace, count: number): void {
    this.cells += count;
    if (this.cells > this.limits.gridCells) throw new DocumentBudgetError('grid-cells', place, this.cells, this.limits.gridCells);
  }

  /** A merge repeats `characters` of text into one more covered cell. */
  addRepeatedText(place: BudgetPlace, characters: number): void {
    this.repeated += characters;
    if (this.repeated > this.limits.repeatedText) throw new DocumentBudgetError('repeated-text', place, this.repeated, this.limits.repeatedText);
  }
}

/** A sheet's name as a formula writes it: quoted when it holds anything but letters, digits and «_». */
const sheetReference = (name: string) => (/^[\p{L}\p{N}_]+$/u.test(name) ? name : `'${name.replaceAll("'", "''")}'`);

/** «AB12» → [row 12, column 28]; undefined for anything else. */
function cellPosition(reference: string): [number, number] | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(reference);
  if (!match) return undefined;
  let column = 0;
  for (const letter of match[1]!.toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64;
  return [Number(match[2]), column];
}

/** The rows and columns of «A6:Z200000» (a single cell «B3» is 1 × 1); undefined when it is no range. */
function rangeSize(range: string): { rows: number; columns: number } | undefined {
  const [first, last = first] = range.split(':');
  const from = cellPosition(first ?? '');
  const to = cellPosition(last ?? '');
  if (!from || !to) return undefined;
  return { rows: Math.abs(to[0] - from[0]) + 1, columns: Math.abs(to[1] - from[1]) + 1 };
}

/**
 * Checks the merged ranges of a worksheet's XML (`<mergeCell ref="A6:Z200000"/>`)
 * against the budget, reading the bytes once and decoding only those tags:
 * this runs before a spreadsheet library, which makes an object of every
 * merged cell, ever sees the sheet. `merged` carries the count over the sheets
 * of one workbook.
 */
function checkSheetMerges(xml: Uint8Array, sheet: string, merged = { cells: 0 }, limits: DocumentBudget = DOCUMENT_BUDGET): void {
  const bytes = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength);
  const grid = new GridBudget(limits);
  for (let at = bytes.indexOf(MERGE_CELL); at >= 0; at = bytes.indexOf(MERGE_CELL, at + MERGE_CELL.length)) {
    const end = bytes.indexOf(0x3e /* > */, at);
    if (end < 0) return;
    const ref = /\sref\s*=\s*["']([^"']*)["']/.exec(bytes.toString('utf8', at, end))?.[1];
    const size = ref === undefined ? undefined : rangeSize(ref);
    if (!size) continue;
    const place = { sheet, range: ref! };
    grid.span(place, size.columns, size.rows);
    merged.cells += size.rows * size.columns;
    if (merged.cells > limits.mergedCells) throw new DocumentBudgetError('merged-cells', place, size.rows * size.columns, limits.mergedCells);
  }
}

const MERGE_CELL = Buffer.from('<mergeCell ');

/**
 * Checks the merges in every one of a workbook's inflated `parts` (pass all
 * of them: a damaged directory can rename a sheet so that only its name
 * changes, and exceljs still reads it as a sheet), each sheet named as the
 * workbook names it.
 */
export function checkWorkbookMerges(parts: ReadonlyMap<string, Uint8Array>, limits: DocumentBudget = DOCUMENT_BUDGET): void {
  const text = (name: string) => Buffer.from(parts.get(name) ?? new Uint8Array()).toString('utf8');
  const attribute = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`).exec(tag)?.[1];
  const targets = new Map<string, string>();
  for (const [tag] of text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b[^>]*>/g)) {
    const target = attribute(tag, 'Target') ?? '';
    targets.set(attribute(tag, 'Id') ?? '', target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const names = new Map<string, string>();
  for (const [tag] of text('xl/workbook.xml').matchAll(/<sheet\b[^>]*>/g)) {
    const target = targets.get(attribute(tag, 'r:id') ?? '');
    if (target) names.set(target, unescapeAttribute(attribute(tag, 'name') ?? ''));
  }
  const merged = { cells: 0 };
  for (const [name, xml] of parts) checkSheetMerges(xml, names.get(name) ?? name, merged, limits);
}

const unescapeAttribute = (value: string) =>
  value.replace(/&(amp|lt|gt|quot|apos);/g, (_, entity: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[entity]!);
