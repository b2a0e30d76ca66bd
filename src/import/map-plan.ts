// The one mapping from the table model to a plan, whatever format the
// document came in: find the plan table, read its rows into sections and
// items, and the text around it into stamps, title and signature.
import { readApprovals, readSignature, readTitle, type PlacedLine } from './around-table.js';
import { ImportError } from './errors.js';
import { planColumnsOf, normaliseHeading, type ColumnPlan, type ColumnRole } from './headings.js';
import type { ImportedApproval, ImportedEvent, ImportedItem, ImportedPlan, ImportedSection, ImportNote, Place } from './imported-plan.js';
import { FULL_DATE, readRussianDate } from './russian-dates.js';
import type { Block, ImportedDocument, Table, TableCell, TableRow, TextParagraph } from './table-model.js';

interface NumberedTable {
  readonly table: Table;
  /** 1-based among the document's tables. */
  readonly number: number;
  readonly block: number;
}

interface Found {
  readonly at: NumberedTable;
  readonly headerRow: number;
  readonly columns: ColumnPlan;
}

const cellText = (cell: TableCell | undefined) => (cell ? cell.paragraphs.map((p) => p.text).join('\n').trim() : '');

/** Each grid column's text in a row: a cell spanning columns gives its text to its first column. */
function rowTexts(row: TableRow, columns: number): string[] {
  const texts = Array.from({ length: columns }, () => '');
  for (const cell of row.cells) if (cell.column < columns) texts[cell.column] = cellText(cell);
  return texts;
}

/** The first table with a row heading an activity column and a timing or responsible column, within its first rows. */
function findPlanTable(tables: readonly NumberedTable[]): Found | undefined {
  for (const at of tables) {
    for (let row = 0; row < Math.min(at.table.rows.length, 12); row++) {
      const columns = planColumnsOf(rowTexts(at.table.rows[row]!, at.table.columns).map((text) => text.replace(/\s+/g, ' ')));
      if (columns) return { at, headerRow: row, columns };
    }
  }
  return undefined;
}

const ROMAN = /^[IVXLC]+\.?$/;
const SECTION_NUMBER = /^(?:раздел\s+)?(?:[IVXLC]+|\d{1,2}(?:\.\d{1,2})*)[.)]?\s+(?=\S)/i;
const ITEM_NUMBER = /^\d{1,3}(?:\.\d{1,3})*[.)]?\s+(?=\S)/;
const LIST_MARK = /^[-–—•·]\s*/;

/** Splits a cell into lines: each paragraph, and each line break inside one; tabs become spaces. */
function cellLines(cell: TableCell | undefined): { text: string; paragraph: TextParagraph }[] {
  if (!cell) return [];
  return cell.paragraphs.flatMap((paragraph) =>
    paragraph.text
      .split('\n')
      .map((line) => line.replace(/\t+/g, ' ').trim())
      .filter(Boolean)
      .map((text) => ({ text, paragraph })),
  );
}

const EVENT = new RegExp(String.raw`^(.+?)\s*\((${FULL_DATE})\s*(?:г\.?|года)?\)[.;,]?$`);

/** «Title» without the ёлочки `plan build` puts round it; „лапки“ inside become ёлочки again. */
function eventTitle(text: string): string {
  const inner = /^«(.*)»$/.exec(text);
  const title = inner && !/[«»]/.test(inner[1]!) ? inner[1]! : text;
  return title.replace(/„/g, '«').replace(/“/g, '»');
}

interface ActivityParts {
  activity: string;
  events: ImportedEvent[];
  note?: string;
}

/** The activity cell: «- » list lines, dated sub-events at its end, a closing note in italics. */
function readActivity(cell: TableCell | undefined, dropNumber: boolean): ActivityParts {
  const lines = cellLines(cell);
  const noteStart = lines.findIndex((line, index) => index > 0 && line.paragraph.italic && /^примечание\s*:/i.test(line.text));
  const noteLines = noteStart > 0 ? lines.splice(noteStart) : [];
  const texts = lines.map(({ text, paragraph }, index) => {
    const unnumbered = index === 0 && dropNumber ? text.replace(ITEM_NUMBER, '') : text;
    // a first line in Word's automatic numbering is the item's own number, not a list
    if (paragraph.listItem && index > 0 && !LIST_MARK.test(unnumbered)) return `- ${unnumbered}`;
    return unnumbered.replace(LIST_MARK, (mark) => (mark ? '- ' : ''));
  });
  const events: ImportedEvent[] = [];
  while (texts.length > 1) {
    const match = EVENT.exec(texts.at(-1)!.replace(LIST_MARK, ''));
    const date = match ? readRussianDate(match[2]!) : undefined;
    if (!match || !date || !LIST_MARK.test(texts.at(-1)!)) break;
    events.unshift({ title: eventTitle(match[1]!.trim()), date });
    texts.pop();
  }
  const note = noteLines.map((line, index) => (index === 0 ? line.text.replace(/^примечание\s*:\s*/i, '') : line.text)).join('\n');
  return { activity: texts.join('\n'), events, ...(note ? { note } : {}) };
}

function responsibleParties(cell: TableCell | undefined): string[] {
  return cellLines(cell)
    .map(({ text }) => text.replace(LIST_MARK, '').replace(/[,;]$/, '').trim())
    .filter(Boolean);
}

interface RowContext {
  readonly columns: ColumnPlan;
  readonly table: NumberedTable;
  readonly notes: ImportNote[];
}

type RowReading = { kind: 'skip' } | { kind: 'section'; heading: string } | { kind: 'item'; item: ImportedItem };

function cellsByRole(row: TableRow, roles: readonly (ColumnRole | undefined)[]): Map<number, TableCell> {
  const cells = new Map<number, TableCell>();
  for (const cell of row.cells) if (cell.column < roles.length) cells.set(cell.column, cell);
  return cells;
}

function readRow(row: TableRow, rowNumber: number, context: RowContext): RowReading {
  const { roles, headings } = context.columns;
  const columns = roles.length;
  const texts = rowTexts(row, columns);
  const filled = row.cells.filter((cell) => cellText(cell) !== '');
  if (filled.length === 0) return { kind: 'skip' };
  // the header again (typed once per page), or the row numbering the columns 1, 2, 3 …
  if (row.header || texts.every((text, index) => normaliseHeading(text) === normaliseHeading(headings[index] ?? ''))) return { kind: 'skip' };
  if (filled.every((cell, index) => cellText(cell) === String(index + 1)) && filled.length === row.cells.length && filled.length > 2) return { kind: 'skip' };

  const column = (role: ColumnRole) => roles.indexOf(role);
  const cells = cellsByRole(row, roles);
  const own = filled.filter((cell) => !cell.merged);
  const activityColumn = column('activity');
  const numberColumn = column('number');
  const numberText = numberColumn >= 0 ? texts[numberColumn]! : '';
  // a heading spanning the row, or one cell of text (with its numeral) and nothing else but bold or «Модуль»
  if (own.length === 1 && filled.length === 1 && (own[0]!.span >= Math.ceil(columns / 2) || row.cells.length === 1)) {
    return { kind: 'section', heading: cellText(own[0]).replace(/\s*\n\s*/g, ' ').replace(SECTION_NUMBER, '') };
  }
  const onlyTitle = filled.every((cell) => cell.column === activityColumn || cell.column === numberColumn) && !filled.some((cell) => cell.merged);
  const activityCell = cells.get(activityColumn);
  const title = cellText(activityCell);
  if (onlyTitle && title !== '') {
    const bold = activityCell!.paragraphs.every((paragraph) => paragraph.text === '' || paragraph.bold);
    if (ROMAN.test(numberText) || bold || /^модуль(?![а-яё])/i.test(title)) return { kind: 'section', heading: title.replace(/\s*\n\s*/g, ' ').replace(SECTION_NUMBER, '') };
  }

  const place = (role: ColumnRole): Place => ({ table: context.table.number, row: rowNumber, column: headings[column(role)] });
  const parts = readActivity(activityCell, numberText === '');
  const timingColumn = column('timing');
  const timing = timingColumn >= 0 ? cellLines(cells.get(timingColumn)).map((line) => line.text).join('\n') : undefined;
  const responsible = responsibleParties(cells.get(column('responsible')));
  const extra: Record<string, string> = {};
  roles.forEach((role, index) => {
    const value = cellLines(cells.get(index)).map((line) => line.text).join('\n');
    if (role === 'extra' && value !== '') extra[headings[index]!] = value;
    else if (role === undefined && value !== '') context.notes.push({ code: 'import-unplaced-cell', place: { table: context.table.number, row: rowNumber }, text: value });
  });
  if (numberText !== '' && !/^\d{1,3}(?:\.\d{1,3})*[.)]?$/.test(numberText)) {
    context.notes.push({ code: 'import-unplaced-cell', place: place('number'), text: numberText });
  }
  if (parts.activity === '') context.notes.push({ code: 'import-unplaced-cell', place: { table: context.table.number, row: rowNumber }, text: texts.filter(Boolean).join(' | ') });
  if (responsible.length === 0 && column('responsible') >= 0) context.notes.push({ code: 'import-no-responsible', place: place('responsible') });
  if (timingColumn >= 0 && timing === '') context.notes.push({ code: 'import-no-timing', place: place('timing') });
  const item: ImportedItem = {
    activity: parts.activity,
    ...(timing ? { timing } : {}),
    responsible,
    ...(parts.events.length > 0 ? { events: parts.events } : {}),
    ...(parts.note ? { note: parts.note } : {}),
    ...(Object.keys(extra).length > 0 ? { extra } : {}),
    place: { table: context.table.number, row: rowNumber },
  };
  return { kind: 'item', item };
}

/** The tables that carry on the plan table after it: the same grid, with borders or its header repeated. */
function continuationTables(tables: readonly NumberedTable[], found: Found): NumberedTable[] {
  const following: NumberedTable[] = [];
  for (const at of tables.filter((t) => t.number > found.at.number)) {
    const sameGrid = at.table.columns === found.at.table.columns;
    const repeatsHeader = at.table.rows.slice(0, 3).some((row) => planColumnsOf(rowTexts(row, at.table.columns)) !== undefined);
    if (!sameGrid || !(at.table.bordered || repeatsHeader)) break;
    following.push(at);
  }
  return following;
}

function linesOfParagraph(paragraph: TextParagraph, place: Place): PlacedLine[] {
  return paragraph.text.split('\n').map((text) => ({ text: text.trim(), place }));
}

/** Lines of the blocks before the table, as separate runs: each table cell is a run, and so is each side of tabbed paragraphs. */
function runsBefore(blocks: readonly Block[], numberOf: Map<Table, number>): { cells: PlacedLine[][]; left: PlacedLine[]; right: PlacedLine[] } {
  const runs: PlacedLine[][] = [];
  const left: PlacedLine[] = [];
  const right: PlacedLine[] = [];
  let paragraphNumber = 0;
  for (const block of blocks) {
    if (block.kind === 'table') {
      const number = numberOf.get(block.table)!;
      block.table.rows.forEach((row, rowIndex) => {
        for (const cell of row.cells) {
          const lines = cell.paragraphs.flatMap((p) => linesOfParagraph(p, { table: number, row: rowIndex + 1 })).filter((line) => line.text);
          if (lines.length > 0) runs.push(lines);
        }
      });
      continue;
    }
    paragraphNumber++;
    const place = { paragraph: paragraphNumber };
    const sides = block.paragraph.text.split(/\t+/).map((side) => side.trim());
    if (sides.length > 1 && sides[0] !== '') {
      left.push(...linesOfParagraph({ ...block.paragraph, text: sides[0]! }, place));
      right.push(...linesOfParagraph({ ...block.paragraph, text: sides.at(-1)! }, place));
    } else left.push(...linesOfParagraph({ ...block.paragraph, text: sides.filter(Boolean).join(' ') }, place));
  }
  return { cells: runs, left, right };
}

function paragraphNumbers(blocks: readonly Block[]): Map<TextParagraph, number> {
  const numbers = new Map<TextParagraph, number>();
  for (const block of blocks) if (block.kind === 'paragraph') numbers.set(block.paragraph, numbers.size + 1);
  return numbers;
}

/** The heading given to items that come before any section row: a plan's sections need a title. */
export const DEFAULT_SECTION = 'Мероприятия';

/** The plan in a document, or ImportError('no-plan-table') with what was found instead. */
export function mapPlan(document: ImportedDocument, defaultSection = DEFAULT_SECTION): ImportedPlan {
  const tables: NumberedTable[] = [];
  document.blocks.forEach((block, index) => {
    if (block.kind === 'table') tables.push({ table: block.table, number: tables.length + 1, block: index });
  });
  if (tables.length === 0) throw new ImportError('no-table');
  const found = findPlanTable(tables);
  if (!found) throw new ImportError('no-plan-table', { tables: tables.length, headings: firstRowHeadings(tables) });

  const notes: ImportNote[] = [];
  const sections: ImportedSection[] = [];
  const continued = continuationTables(tables, found);
  for (const at of [found.at, ...continued]) {
    const context: RowContext = { columns: found.columns, table: at, notes };
    at.table.rows.forEach((row, index) => {
      if (at === found.at && index <= found.headerRow) return;
      const reading = readRow(row, index + 1, context);
      if (reading.kind === 'section') sections.push({ heading: reading.heading, items: [] });
      else if (reading.kind === 'item') {
        if (sections.length === 0) {
          sections.push({ heading: defaultSection, items: [] });
          notes.push({ code: 'import-default-section', place: { table: at.number, row: index + 1 }, text: defaultSection });
        }
        sections.at(-1)!.items.push(reading.item);
      }
    });
  }

  const numbers = paragraphNumbers(document.blocks);
  const tableNumbers = new Map(tables.map((t) => [t.table, t.number]));
  const lastBlock = (continued.at(-1) ?? found.at).block;
  const before = document.blocks.slice(0, found.at.block);
  const after = document.blocks.slice(lastBlock + 1);
  // rows above the header in the plan table itself (a sheet's title and stamps) are text above the table
  const aboveHeader = found.at.table.rows.slice(0, found.headerRow).flatMap((row, rowIndex) =>
    row.cells
      .filter((cell) => !cell.merged)
      .map((cell) => cell.paragraphs.flatMap((p) => linesOfParagraph(p, { table: found.at.number, row: rowIndex + 1 })).filter((line) => line.text !== '')),
  );
  const top = readTop(before, tableNumbers, aboveHeader.filter((run) => run.length > 0));
  notes.push(...top.notes);
  const bottomLines = after.flatMap((block) =>
    block.kind === 'paragraph'
      ? linesOfParagraph(block.paragraph, { paragraph: numbers.get(block.paragraph)! })
      : block.table.rows.flatMap((row, rowIndex) =>
          row.cells.flatMap((cell) => cell.paragraphs.flatMap((p) => linesOfParagraph(p, { table: tableNumbers.get(block.table)!, row: rowIndex + 1 }))),
        ),
  );
  const { signature, rest } = readSignature(bottomLines);
  for (const line of rest) if (line.text !== '') notes.push({ code: 'import-unplaced-text', place: line.place, text: line.text });

  if (top.title.title === '') notes.push({ code: 'import-no-title', place: { table: found.at.number } });
  const hasTiming = found.columns.roles.includes('timing');
  const kind = /^циклограмм/i.test(top.title.title) || !hasTiming ? 'cyclogram' : 'plan';
  const extraColumns = found.columns.headings.filter((_, index) => found.columns.roles[index] === 'extra').map((title) => ({ title }));
  return {
    kind,
    ...top.title,
    ...(hasTiming ? { timingHeading: found.columns.headings[found.columns.roles.indexOf('timing')] } : {}),
    approvals: top.approvals,
    extraColumns,
    sections: sections.filter((section) => section.items.length > 0),
    ...(signature ? { signature } : {}),
    notes: [...notes, ...emptySections(sections, found.at.number)],
  };
}

function emptySections(sections: readonly ImportedSection[], table: number): ImportNote[] {
  return sections.filter((section) => section.items.length === 0).map((section) => ({ code: 'import-unplaced-text', place: { table }, text: section.heading }));
}

/**
 * The stamps and the title above the table; whatever else is there becomes a
 * note. The title is the last group of lines left once the stamps are read:
 * groups end at an empty paragraph or a stamp.
 */
function readTop(
  blocks: readonly Block[],
  tableNumbers: Map<Table, number>,
  aboveHeader: readonly PlacedLine[][],
): { approvals: ImportedApproval[]; title: ReturnType<typeof readTitle>; notes: ImportNote[] } {
  const { cells: tableCells, left, right } = runsBefore(blocks, tableNumbers);
  const cells = [...tableCells, ...aboveHeader];
  const approvals: ImportedApproval[] = [];
  const notes: ImportNote[] = [];
  const leftovers: PlacedLine[] = [];
  const readRun = (run: readonly PlacedLine[]) => {
    const read = readApprovals(run.filter((line) => line.text !== ''));
    approvals.push(...read.approvals);
    notes.push(...read.incomplete);
    return new Set(read.rest);
  };
  for (const run of cells) leftovers.push(...readRun(run));
  const rest = readRun(left);
  leftovers.push(...readRun(right));
  const groups: PlacedLine[][] = [[]];
  for (const line of left) {
    if (line.text !== '' && rest.has(line)) groups.at(-1)!.push(line);
    else if (groups.at(-1)!.length > 0) groups.push([]);
  }
  const nonEmpty = groups.filter((group) => group.length > 0);
  let titleLines = nonEmpty.pop() ?? [];
  leftovers.unshift(...nonEmpty.flat());
  if (titleLines.length === 0) {
    // no paragraph between the stamps and the table: the title is what is left of the text above
    titleLines = leftovers.splice(0);
  }
  for (const line of leftovers) notes.push({ code: 'import-unplaced-text', place: line.place, text: line.text });
  return { approvals, title: readTitle(titleLines.map((line) => line.text.replace(/\t+/g, ' '))), notes };
}

function firstRowHeadings(tables: readonly NumberedTable[]): string {
  return tables
    .map((t) => (t.table.rows[0] ? rowTexts(t.table.rows[0], t.table.columns).filter(Boolean).map((text) => `«${text.replace(/\s+/g, ' ').slice(0, 40)}»`).join(', ') : ''))
    .filter(Boolean)
    .slice(0, 3)
    .join('; ');
}
