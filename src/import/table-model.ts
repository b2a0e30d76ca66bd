// The one model every reader produces and the mapper reads: a document as a
// sequence of paragraphs and tables, a table as a grid of cells holding
// paragraphs. Merges are already resolved: a cell covered by a vertical merge
// holds the text of the cell that started it, marked `merged`.
import { GridBudget, type BudgetPlace } from '../util/document-budget.js';

export interface TextParagraph {
  /** Line breaks inside the paragraph are «\n», tabs «\t»; every reader passes it through cleanText. */
  readonly text: string;
  /** Every run with text is bold. */
  readonly bold: boolean;
  readonly italic: boolean;
  /** An item of an automatically numbered or bulleted list (its number or bullet is not in `text`). */
  readonly listItem: boolean;
}

export interface TableCell {
  /** The first grid column the cell covers, 0-based. */
  readonly column: number;
  /** Grid columns covered, at least 1. */
  readonly span: number;
  readonly paragraphs: readonly TextParagraph[];
  /** Covered by a vertical merge started in a row above; `paragraphs` are that cell's. */
  readonly merged: boolean;
}

export interface TableRow {
  readonly cells: readonly TableCell[];
  /** Marked as a header row repeated on every page (w:tblHeader, <thead>). */
  readonly header: boolean;
}

export interface Table {
  readonly rows: readonly TableRow[];
  /** Grid columns. */
  readonly columns: number;
  /** Relative widths of the grid columns, when the format gives them. */
  readonly columnWidths?: readonly number[];
  /** Whether the table draws its borders: approval blocks are laid out in tables without. */
  readonly bordered: boolean;
}

export type Block = { readonly kind: 'paragraph'; readonly paragraph: TextParagraph } | { readonly kind: 'table'; readonly table: Table };

export interface ImportedDocument {
  readonly blocks: readonly Block[];
}

/** Folds runs of spaces (and no-break spaces) to one, keeping line breaks and tabs; drops control characters. */
export function cleanText(text: string): string {
  return (
    text
      // control characters (a bell, a vertical tab from an old editor) are not text a plan can hold
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ')
      .replace(/[ \u00a0\u202f\u2007]+/g, ' ')
      .replace(/\u00ad/g, '')
      .replace(/ *\n */g, '\n')
      .replace(/ *\t */g, '\t')
      .trim()
  );
}

export function paragraphOf(text: string, style: Partial<Omit<TextParagraph, 'text'>> = {}): TextParagraph {
  return { text: cleanText(text), bold: style.bold ?? false, italic: style.italic ?? false, listItem: style.listItem ?? false };
}

/** Characters of a cell's text, counting a line break between paragraphs. */
export function textLength(paragraphs: readonly TextParagraph[]): number {
  let length = 0;
  for (const paragraph of paragraphs) length += paragraph.text.length + 1;
  return length;
}

/**
 * Lays out rows of cells given with their spans (HTML rowspan/colspan, a
 * sheet's merged ranges) on a grid: a cell spanning rows is repeated, marked
 * merged, in the rows it covers. Spans as the document claims them, the cells
 * laid out and the text repeated are counted against `budget` as they come,
 * so a hostile table stops before it is expanded.
 */
export function gridFromSpans(
  rows: readonly { cells: readonly { paragraphs: readonly TextParagraph[]; colSpan: number; rowSpan: number }[]; header: boolean }[],
  budget = new GridBudget(),
  place: BudgetPlace = { table: 1 },
): { rows: TableRow[]; columns: number } {
  const pending = new Map<number, { paragraphs: readonly TextParagraph[]; span: number; left: number; length: number }>();
  const grid: TableRow[] = [];
  let columns = 0;
  let laidOut = 0;
  for (const row of rows) {
    const cells: TableCell[] = [];
    let column = 0;
    const takeCovered = () => {
      for (let covered = pending.get(column); covered; covered = pending.get(column)) {
        budget.addCells(place, 1);
        budget.addRepeatedText(place, covered.length);
        laidOut++;
        cells.push({ column, span: covered.span, paragraphs: covered.paragraphs, merged: true });
        if (--covered.left === 0) pending.delete(column);
        column += covered.span;
      }
    };
    for (const cell of row.cells) {
      takeCovered();
      budget.span(place, cell.colSpan, cell.rowSpan);
      budget.addCells(place, 1);
      laidOut++;
      const span = Math.max(1, cell.colSpan);
      cells.push({ column, span, paragraphs: cell.paragraphs, merged: false });
      if (cell.rowSpan > 1) pending.set(column, { paragraphs: cell.paragraphs, span, left: cell.rowSpan - 1, length: textLength(cell.paragraphs) });
      column += span;
    }
    takeCovered();
    columns = Math.max(columns, column);
    grid.push({ cells, header: row.header });
  }
  // the mapper walks the whole grid, empty places too
  budget.addCells(place, Math.max(0, grid.length * columns - laidOut));
  return { rows: grid, columns };
}
