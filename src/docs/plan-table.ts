// The table of activities: a header row repeated on every page, a row per
// section spanning all columns, and a numbered row per item that never breaks
// across pages.
//
// It is written as WordprocessingML text rather than built from docx objects:
// a plan can have hundreds of rows, and docx's object model costs about half a
// millisecond per row to build and serialise, which dominated `plan build`.
// The rest of the document (page, styles, headers, stamps) is docx's; this
// table is spliced into it (see plan-document.ts).
import { parseDateText } from '../schema/dates.js';
import type { CyclogramItem, PlanDocument, PlanItem } from '../schema/plan.js';
import { STYLES, textWidth, type Orientation, type StyleId } from './layout.js';
import { formatDateLong, romanNumeral, typeset, typesetLines } from './russian-text.js';

type Item = PlanItem | CyclogramItem;

export interface CellLine {
  readonly text: string;
  readonly italics?: boolean;
}

interface Column {
  readonly heading: string;
  /** Share of the text width, in per cent. */
  readonly share: number;
  readonly style: StyleId;
  readonly cell: (item: Item, number: number) => CellLine[];
}

const plain = (lines: string[]): CellLine[] => lines.map((text) => ({ text }));

// «№ п/п» on two lines: the column is too narrow for it on one.
const numberColumn: Column = { heading: '№\nп/п', share: 8, style: STYLES.cellCentred, cell: (_, number) => [{ text: `${number}.` }] };
const timingColumn: Column = { heading: 'Сроки', share: 20, style: STYLES.cell, cell: (item) => plain(typesetLines(item.timing ?? '')) };
const responsibleColumn = (share: number): Column => ({
  heading: 'Ответственные',
  share,
  style: STYLES.cell,
  cell: (item) => plain(item.responsible.flatMap((party) => typesetLines(party))),
});
const activityColumn = (heading: string, share: number): Column => ({ heading, share, style: STYLES.cell, cell: activityLines });

/** The activity text (lines starting «- » as list lines), its dated sub-events, and its note. */
export function activityLines(item: Item): CellLine[] {
  const lines: CellLine[] = item.activity
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

// Characters XML 1.0 does not allow, and the three that must be escaped in text.
const forbidden = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g;
const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

export function escapeXmlText(text: string): string {
  return text.replace(forbidden, '').replace(/[&<>]/g, (char) => escapes[char]!);
}

function paragraphXml(line: CellLine, style: StyleId, keepNext = false): string {
  const runProperties = line.italics ? '<w:rPr><w:i/><w:iCs/></w:rPr>' : '';
  return (
    `<w:p><w:pPr><w:pStyle w:val="${style}"/>${keepNext ? '<w:keepNext/>' : ''}</w:pPr>` +
    `<w:r>${runProperties}<w:t xml:space="preserve">${escapeXmlText(typeset(line.text))}</w:t></w:r></w:p>`
  );
}

function cellXml(paragraphs: string, width: number, span = 1): string {
  const gridSpan = span > 1 ? `<w:gridSpan w:val="${span}"/>` : '';
  // A cell must hold at least one paragraph, even when it has nothing to say.
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${gridSpan}</w:tcPr>${paragraphs || '<w:p/>'}</w:tc>`;
}

const rowXml = (cells: string, header = false) =>
  `<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}</w:trPr>${cells}</w:tr>`;

const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
const cellMargin = (side: string, width: number) => `<w:${side} w:w="${width}" w:type="dxa"/>`;

/** The whole table as a `<w:tbl>` element of WordprocessingML. */
export function planTableXml(plan: PlanDocument, orientation: Orientation): string {
  const columns = planColumns(plan);
  const width = textWidth(orientation);
  const widths = columnWidths(columns, width);
  const parts: string[] = [
    '<w:tbl><w:tblPr>',
    `<w:tblW w:w="${width}" w:type="dxa"/><w:jc w:val="center"/>`,
    `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>`,
    '<w:tblLayout w:type="fixed"/>',
    `<w:tblCellMar>${cellMargin('top', 40)}${cellMargin('left', 80)}${cellMargin('bottom', 40)}${cellMargin('right', 80)}</w:tblCellMar>`,
    '</w:tblPr>',
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`,
  ];
  const headerCells = columns.map((column, index) =>
    cellXml(column.heading.split('\n').map((text) => paragraphXml({ text }, STYLES.cellHeading)).join(''), widths[index]!),
  );
  parts.push(rowXml(headerCells.join(''), true));

  let number = 0;
  plan.sections.forEach((section, sectionIndex) => {
    const heading = paragraphXml({ text: sectionHeading(plan, sectionIndex) }, STYLES.cellHeading, true);
    parts.push(rowXml(cellXml(heading, width, columns.length)));
    for (const item of section.items as Item[]) {
      number++;
      const cells = columns.map((column, index) =>
        cellXml(column.cell(item, number).map((line) => paragraphXml(line, column.style)).join(''), widths[index]!),
      );
      parts.push(rowXml(cells.join('')));
    }
  });
  parts.push('</w:tbl>');
  return parts.join('');
}
