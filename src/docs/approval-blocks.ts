// The approval stamps at the top of the first page (GOST R 7.0.97-2025):
// СОГЛАСОВАНО blocks down the left, УТВЕРЖДАЮ and «УТВЕРЖДЁН приказом» down the
// right, two to a row, in a table with no visible borders.
import { Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import { parseDateText } from '../schema/dates.js';
import type { Approval } from '../schema/plan.js';
import { emptyParagraph, NO_BORDER, paragraph, STYLES, textWidth, type Orientation } from './layout.js';
import { formatDateLong, formatDateNumeric, NBSP, typesetLines } from './russian-text.js';

/** The longest line of a corner requisite is 8 cm in GOST R 7.0.97-2025. */
const BLOCK_WIDTH = 4536;
const SIGNATURE_LINE = '________________';
const BLANK_DAY_MONTH = `«${NBSP}___${NBSP}»${NBSP}________`;

/** The date line of a stamp: a full date, a blank day and month with the year, or all blank. */
export function approvalDateLine(date: string | number | undefined): string {
  if (typeof date === 'number') return `${BLANK_DAY_MONTH} ${date}${NBSP}г.`;
  const parsed = date === undefined ? undefined : parseDateText(date);
  return parsed ? formatDateLong(parsed) : `${BLANK_DAY_MONTH} 20__${NBSP}г.`;
}

/** The lines of one stamp, in order, as they are printed. */
export function approvalLines(approval: Approval): string[] {
  if ('position' in approval) {
    return [approval.stamp, ...typesetLines(approval.position), `${SIGNATURE_LINE} ${approval.name.trim()}`, approvalDateLine(approval.date)];
  }
  const orderDate = formatDateNumeric(parseDateText(approval.orderDate)!);
  return [approval.stamp, ...typesetLines(approval.order), `от ${orderDate} № ${approval.orderNumber.trim()}`];
}

/** СОГЛАСОВАНО on the left, everything that approves on the right, row by row. */
export function arrangeApprovals(approvals: readonly Approval[]): [Approval | undefined, Approval | undefined][] {
  const left = approvals.filter((approval) => approval.stamp === 'СОГЛАСОВАНО');
  const right = approvals.filter((approval) => approval.stamp !== 'СОГЛАСОВАНО');
  return Array.from({ length: Math.max(left.length, right.length) }, (_, row) => [left[row], right[row]]);
}

function blockParagraphs(approval: Approval | undefined, firstRow: boolean): Paragraph[] {
  if (!approval) return [emptyParagraph()];
  const lines = approvalLines(approval);
  const signatureIndex = 'position' in approval ? lines.length - 2 : -1;
  return lines.map((line, index) =>
    paragraph(line, STYLES.body, {
      // room above the stamp of a second row, and above the signature line for the handwritten signature
      spacing: { before: (index === 0 && !firstRow) || index === signatureIndex ? 240 : 0, after: 0 },
    }),
  );
}

const borderless = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER };

export function approvalTable(approvals: readonly Approval[], orientation: Orientation): Table | undefined {
  if (approvals.length === 0) return undefined;
  const columns = [BLOCK_WIDTH, textWidth(orientation) - 2 * BLOCK_WIDTH, BLOCK_WIDTH];
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({ children, width: { size: width, type: WidthType.DXA }, borders: borderless });
  const rows = arrangeApprovals(approvals).map(
    ([left, right], index) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(blockParagraphs(left, index === 0), columns[0]!),
          cell([emptyParagraph()], columns[1]!),
          cell(blockParagraphs(right, index === 0), columns[2]!),
        ],
      }),
  );
  return new Table({
    rows,
    width: { size: textWidth(orientation), type: WidthType.DXA },
    columnWidths: columns,
    layout: TableLayoutType.FIXED,
    borders: { ...borderless, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
  });
}
