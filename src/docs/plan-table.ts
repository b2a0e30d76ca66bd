// The table of activities: a header row repeated on every page, a row per
// section spanning all columns, and a numbered row per item that never breaks
// across pages. Numbers run on across sections. What goes in each cell is
// decided here; table-xml.ts writes it.
import { dateParts } from '../schema/iso-date.js';
import type { CyclogramItem, PlanDocument, PlanItem } from '../schema/plan.js';
import { STYLES, textWidth, type Orientation, type StyleId } from './page.js';
import { PreparedTable, type TableRowSpec, type TableSpec } from './table-xml.js';
import { formatDateLong, romanNumeral, typeset, typesetLines } from '../text/typography.js';
import { withoutActivityNumber, withoutSectionNumber } from './own-numbering.js';
import { hasResponsibleColumn, hasTimingColumn, printedItemNumbers } from './plan-shape.js';

type Item = PlanItem | CyclogramItem;

/** One printed line of a cell, already typeset. */
export interface CellLine {
  readonly text: string;
  readonly italics?: boolean;
}

interface PlanColumn {
  readonly heading: string;
  /** Left-aligned or centred text. */
  readonly style: StyleId;
  /** The cell's lines for an item, typeset. */
  readonly lines: (item: Item, number: string) => CellLine[];
}

/** Wide enough for «№ п/п» in 12 pt bold on one line. */
export const NUMBER_WIDTH = 850;

const plain = (lines: readonly string[]): CellLine[] => lines.map((text) => ({ text }));

/** «– Title» for a list line written «- Title» (or with another dash or a bullet). */
const LIST_MARK = /^[-–—•]\s+/;

/** «Title» in «ёлочки» unless it already opens with them; quotes inside become „лапки“. */
function quotedTitle(title: string): string {
  const text = typeset(title);
  return text.startsWith('«') ? text : `«${text.replace(/«/g, '„').replace(/»/g, '“')}»`;
}

/** The activity lines (a «- » line as a list line), each dated sub-event, then the note in italics; all typeset. */
export function activityLines(item: Item): CellLine[] {
  // each line is typeset again once composed: a typeset piece next to other text can need more typesetting
  const lines: CellLine[] = typesetLines(withoutActivityNumber(item.activity)).map((line) => ({ text: typeset(line.replace(LIST_MARK, '– ')) }));
  for (const event of item.events ?? []) {
    lines.push({ text: typeset(`– ${quotedTitle(event.title)} (${formatDateLong(dateParts(event.date))})`) });
  }
  typesetLines(item.note ?? '').forEach((line, index) => {
    lines.push({ text: typeset(index === 0 ? `Примечание: ${line}` : line), italics: true });
  });
  return lines;
}

const numberColumn: PlanColumn = { heading: '№ п/п', style: STYLES.cellCentred, lines: (_, number) => [{ text: `${number}.` }] };
const timingColumn: PlanColumn = { heading: 'Сроки', style: STYLES.cell, lines: (item) => plain(typesetLines(item.timing ?? '')) };
const responsibleColumn: PlanColumn = {
  heading: 'Ответственные',
  style: STYLES.cell,
  lines: (item) => plain((item.responsible ?? []).flatMap(typesetLines)),
};
const activityColumn = (heading: string): PlanColumn => ({ heading, style: STYLES.cell, lines: activityLines });

/** A column the plan declares under `columns` («Классы», «Форма проведения»…): each item's value under its title. */
const extraColumn = (title: string): PlanColumn => ({
  heading: title,
  style: STYLES.cell,
  lines: (item) => plain(typesetLines(item.extra?.[title] ?? '')),
});

/** Percent of the table a declared column takes when it does not say. */
export const EXTRA_COLUMN_SHARE = 12;

type Anchor = 'number' | 'activity' | 'timing' | 'responsible';

/** The standard columns the plan prints, with the role each plays. */
function standardColumns(plan: PlanDocument): { anchor: Anchor; column: PlanColumn }[] {
  const activity = activityColumn(plan.kind === 'plan' ? 'Наименование мероприятия' : 'Мероприятие');
  return [
    { anchor: 'number', column: numberColumn },
    { anchor: 'activity', column: activity },
    ...(hasTimingColumn(plan) ? [{ anchor: 'timing' as const, column: timingColumn }] : []),
    ...(hasResponsibleColumn(plan) ? [{ anchor: 'responsible' as const, column: responsibleColumn }] : []),
  ];
}

/** The standard columns, then the declared ones, in the order their widths are shared out. */
function columnsInShareOrder(plan: PlanDocument): PlanColumn[] {
  return [...standardColumns(plan).map(({ column }) => column), ...(plan.columns ?? []).map((column) => extraColumn(column.title))];
}

/**
 * Where each column of the share order is printed: a declared column goes
 * after the standard column it names (`after`), at the end by default; after
 * a column the plan does not print, it follows the nearest printed one before.
 */
function printOrder(plan: PlanDocument): number[] {
  const standard = standardColumns(plan).map(({ anchor }) => anchor);
  const order: Anchor[] = ['number', 'activity', 'timing', 'responsible'];
  const placedAfter = (wanted: Anchor): Anchor => {
    for (let index = order.indexOf(wanted); index >= 0; index--) if (standard.includes(order[index]!)) return order[index]!;
    return 'activity';
  };
  const declared = (plan.columns ?? []).map((column) => placedAfter(column.after ?? 'responsible'));
  return standard.flatMap((anchor, index) => [index, ...declared.flatMap((placed, extra) => (placed === anchor ? [standard.length + extra] : []))]);
}

function planColumns(plan: PlanDocument): PlanColumn[] {
  const columns = columnsInShareOrder(plan);
  return printOrder(plan).map((index) => columns[index]!);
}

/**
 * Twips per column: the number column fixed, the rest shared out; they add up
 * to `width`. Declared extra columns come last and take their percent of the
 * width (`extraShares`); the standard columns share what is left.
 */
export function planColumnWidths(columnCount: number, width: number, extraShares: readonly number[] = []): number[] {
  const shares = columnCount - extraShares.length === 4 ? [50, 20, 30] : columnCount - extraShares.length === 3 ? [60, 40] : [100];
  const rest = width - NUMBER_WIDTH;
  const extraWidths = extraShares.map((share) => Math.round((rest * share) / 100));
  const standard = rest - extraWidths.reduce((sum, w) => sum + w, 0);
  const widths = [NUMBER_WIDTH, ...shares.map((share) => Math.round((standard * share) / 100)), ...extraWidths];
  widths[widths.length - 1]! += width - widths.reduce((sum, w) => sum + w, 0);
  return widths;
}

/** «I. Научно-методическое сопровождение …» in a plan; the periodicity («Ежемесячно») in a cyclogram. */
export function sectionHeading(plan: PlanDocument, index: number): string {
  const section = plan.sections[index]!;
  return 'title' in section ? `${romanNumeral(index + 1)}. ${withoutSectionNumber(section.title)}` : section.periodicity;
}

const cellMargins = { top: 40, left: 80, bottom: 40, right: 80 } as const;

function itemRow(columns: readonly PlanColumn[], widths: readonly number[], item: Item, number: string): TableRowSpec {
  return {
    cells: columns.map((column, index) => ({
      width: widths[index]!,
      paragraphs: column.lines(item, number).map(({ text, italics }) => ({ text, style: column.style, italics })),
    })),
  };
}

/** The rows of the table: the header, then each section's heading row and its items, numbered on across sections. */
function planTableSpec(plan: PlanDocument, orientation: Orientation): TableSpec {
  const columns = planColumns(plan);
  const width = textWidth(orientation);
  const shared = planColumnWidths(
    columns.length,
    width,
    (plan.columns ?? []).map((column) => column.width ?? EXTRA_COLUMN_SHARE),
  );
  const widths = printOrder(plan).map((index) => shared[index]!);
  const heading = (text: string, keepNext?: boolean) => ({ text: typeset(text), style: STYLES.cellHeading, keepNext });
  const rows: TableRowSpec[] = [{ header: true, cells: columns.map((column, index) => ({ width: widths[index]!, paragraphs: [heading(column.heading)] })) }];
  const numbers = printedItemNumbers(plan);
  let itemIndex = 0;
  plan.sections.forEach((section, sectionIndex) => {
    // the section heading stays on the page of its first item
    rows.push({ cells: [{ width, span: columns.length, paragraphs: [heading(sectionHeading(plan, sectionIndex), true)] }] });
    for (const item of section.items as readonly Item[]) rows.push(itemRow(columns, widths, item, numbers[itemIndex++]!));
  });
  return { width, columnWidths: widths, cellMargins, rows };
}

/** The plan table at the full text width, fixed column widths (which LibreOffice keeps), every row unsplittable. */
export function planTable(plan: PlanDocument, orientation: Orientation): PreparedTable {
  return new PreparedTable(planTableSpec(plan, orientation));
}
