// The approval stamps at the top of the first page (GOST R 7.0.97-2025):
// СОГЛАСОВАНО blocks down the left column, УТВЕРЖДАЮ and «УТВЕРЖДЁН приказом …»
// and «Утверждено на заседании …, протокол № … от …» down the right, row by
// row, in a table with no visible borders.
import { Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { Approval } from '../schema/plan.js';
import { approvalLines } from './approval-lines.js';
import { emptyParagraph, NO_CELL_BORDERS, NO_TABLE_BORDERS, paragraph, STYLES, textWidth, type Orientation } from './page.js';

/** The longest line of a corner requisite is about 8 cm. */
export const BLOCK_WIDTH = 4536;
/** Room above a stamp in the second row, and above the signature line for the handwritten signature. */
const GAP = 240;

export type ApprovalRow = readonly [left: Approval | undefined, right: Approval | undefined];

/** СОГЛАСОВАНО blocks fill the left column, the approving ones the right; as many rows as the longer column. */
export function arrangeApprovals(approvals: readonly Approval[]): ApprovalRow[] {
  const left = approvals.filter((approval) => approval.stamp === 'СОГЛАСОВАНО');
  const right = approvals.filter((approval) => approval.stamp !== 'СОГЛАСОВАНО');
  return Array.from({ length: Math.max(left.length, right.length) }, (_, row) => [left[row], right[row]] as const);
}

function blockParagraphs(approval: Approval | undefined, firstRow: boolean): Paragraph[] {
  if (!approval) return [emptyParagraph()];
  const { lines, signature } = approvalLines(approval);
  return lines.map((line, index) => {
    const gapAbove = (index === 0 && !firstRow) || index === signature;
    return paragraph(line, STYLES.body, gapAbove ? { spacing: { before: GAP, after: 0 } } : undefined);
  });
}

/** Left block, spacer, right block flush with the right margin. */
function approvalColumnWidths(orientation: Orientation): [number, number, number] {
  return [BLOCK_WIDTH, textWidth(orientation) - 2 * BLOCK_WIDTH, BLOCK_WIDTH];
}

/** The borderless table of stamps, or undefined when the plan has none. */
export function approvalTable(approvals: readonly Approval[], orientation: Orientation): Table | undefined {
  if (approvals.length === 0) return undefined;
  const widths = approvalColumnWidths(orientation);
  const cell = (children: Paragraph[], width: number) => new TableCell({ children, width: { size: width, type: WidthType.DXA }, borders: NO_CELL_BORDERS });
  const rows = arrangeApprovals(approvals).map(
    ([left, right], index) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(blockParagraphs(left, index === 0), widths[0]),
          cell([emptyParagraph()], widths[1]),
          cell(blockParagraphs(right, index === 0), widths[2]),
        ],
      }),
  );
  return new Table({
    rows,
    width: { size: textWidth(orientation), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_TABLE_BORDERS,
    // text starts at the margins: no cell padding left or right
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
  });
}
