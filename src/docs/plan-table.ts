// The table of activities: a header row repeated on every page, a row per
// section spanning all columns, and a numbered row per item that never breaks
// across pages.
import { AlignmentType, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import { parseDateText } from '../schema/dates.js';
import type { PlanDocument, PlanItem, CyclogramItem } from '../schema/plan.js';
import { centred, paragraph, TABLE_SIZE, textWidth, THIN_BORDER, type Orientation } from './layout.js';
import { formatDateLong, romanNumeral, typesetLines } from './russian-text.js';

type Item = PlanItem | CyclogramItem;

interface Column {
  readonly heading: string;
  /** Share of the text width, in per cent. */
  readonly share: number;
  readonly cell: (item: Item, number: number) => Paragraph[];
}

const tableText = { size: TABLE_SIZE };
const tight = { spacing: { before: 0, after: 0 } };

// «№ п/п» on two lines: the column is too narrow for it on one.
const numberColumn: Column = { heading: '№\nп/п', share: 8, cell: (_, number) => [centred(`${number}.`, tableText, tight)] };
const timingColumn: Column = { heading: 'Сроки', share: 20, cell: (item) => typesetLines(item.timing ?? '').map((line) => paragraph(line, tableText, tight)) };
const responsibleColumn = (share: number): Column => ({
  heading: 'Ответственные',
  share,
  cell: (item) => item.responsible.flatMap((party) => typesetLines(party)).map((line) => paragraph(line, tableText, tight)),
});
const activityColumn = (heading: string, share: number): Column => ({ heading, share, cell: activityParagraphs });

/** The activity text (lines starting «- » as list lines), its dated sub-events, and its note. */
export function activityLines(item: Item): { text: string; italics?: boolean }[] {
  const lines: { text: string; italics?: boolean }[] = item.activity
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => ({ text: line.replace(/^[-–—•]\s+/, '– ') }));
  for (const event of item.events ?? []) {
    const title = event.title.trim();
    const quoted = title.startsWith('«') || title.startsWith('"') ? title : `«${title}»`;
    lines.push({ text: `– ${quoted} (${formatDateLong(parseDateText(event.date)!)})` });
  }
  if (item.note) lines.push({ text: `Примечание: ${item.note.trim()}`, italics: true });
  return lines;
}

function activityParagraphs(item: Item): Paragraph[] {
  return activityLines(item).map((line) => paragraph(line.text, { ...tableText, italics: line.italics }, tight));
}

/** A plan has four columns; a cyclogram has no «Сроки» unless one of its items gives a timing. */
export function planColumns(plan: PlanDocument): Column[] {
  const hasTiming = plan.kind === 'plan' || plan.sections.some((section) => section.items.some((item) => item.timing));
  return hasTiming
    ? [numberColumn, activityColumn(plan.kind === 'plan' ? 'Наименование мероприятия' : 'Мероприятие', 43), timingColumn, responsibleColumn(29)]
    : [numberColumn, activityColumn('Мероприятие', 57), responsibleColumn(35)];
}

export function columnWidths(columns: readonly Column[], width: number): number[] {
  const widths = columns.map((column) => Math.round((width * column.share) / 100));
  widths[widths.length - 1]! += width - widths.reduce((sum, w) => sum + w, 0);
  return widths;
}

/** «I. Научно-методическое сопровождение …» for a plan; the periodicity («Ежемесячно») for a cyclogram. */
export function sectionHeading(plan: PlanDocument, index: number): string {
  const section = plan.sections[index]!;
  return 'title' in section ? `${romanNumeral(index + 1)}. ${section.title.trim()}` : section.periodicity.trim();
}

const cellMargins = { top: 40, bottom: 40, left: 80, right: 80 };

export function planTable(plan: PlanDocument, orientation: Orientation): Table {
  const columns = planColumns(plan);
  const widths = columnWidths(columns, textWidth(orientation));
  const cell = (children: Paragraph[], column: number, span = 1) =>
    new TableCell({
      children,
      columnSpan: span > 1 ? span : undefined,
      width: { size: span > 1 ? widths.reduce((a, b) => a + b, 0) : widths[column]!, type: WidthType.DXA },
      margins: cellMargins,
    });

  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((column, index) =>
      cell(column.heading.split('\n').map((line) => centred(line, { ...tableText, bold: true }, tight)), index),
    ),
  });
  const rows = [header];
  let number = 0;
  plan.sections.forEach((section, sectionIndex) => {
    const heading = centred(sectionHeading(plan, sectionIndex), { ...tableText, bold: true }, { ...tight, keepNext: true });
    rows.push(new TableRow({ cantSplit: true, children: [cell([heading], 0, columns.length)] }));
    for (const item of section.items as Item[]) {
      number++;
      rows.push(new TableRow({ cantSplit: true, children: columns.map((column, index) => cell(column.cell(item, number), index)) }));
    }
  });

  return new Table({
    rows,
    width: { size: textWidth(orientation), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: {
      top: THIN_BORDER,
      bottom: THIN_BORDER,
      left: THIN_BORDER,
      right: THIN_BORDER,
      insideHorizontal: THIN_BORDER,
      insideVertical: THIN_BORDER,
    },
  });
}
