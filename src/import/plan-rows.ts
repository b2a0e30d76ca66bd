// The rows of a plan table: which are section headings, which are items,
// and what each item's cells say (activity lines, dated sub-events, a note,
// timing, responsible parties, extra columns).
import { monthName, monthOfHeading, normaliseHeading, type ColumnPlan, type ColumnRole } from './headings.js';
import { monthHeading } from './month-sections.js';
import type { ImportedEvent, ImportedItem, ImportNote, Place } from './imported-plan.js';
import { FULL_DATE, readRussianDate } from './russian-dates.js';
import type { TableCell, TableRow, TextParagraph } from './table-model.js';

export const cellText = (cell: TableCell | undefined) =>
  cell
    ? cell.paragraphs
        .map((p) => p.text)
        .join('\n')
        .trim()
    : '';

/** Each grid column's text in a row: a cell spanning columns gives its text to its first column. */
export function rowTexts(row: TableRow, columns: number): string[] {
  const texts = Array.from({ length: columns }, () => '');
  for (const cell of row.cells) if (cell.column < columns) texts[cell.column] = cellText(cell);
  return texts;
}

const ROMAN = /^[IVXLC]+\.?$/;
const MODULE = /^модуль(?![а-яё])/i;
const SECTION_NUMBER = /^(?:раздел\s+)?(?:[IVXLC]+|\d{1,2}(?:\.\d{1,2})*)[.)]?\s+(?=\S)/i;
const ITEM_NUMBER = /^(\d{1,3}(?:\.\d{1,3})*)[.)]\s+(?=\S)/;
/** A cell holding an item's number and nothing else: «3», «2.1», «14.» or «5)». */
const NUMBER_CELL = /^(\d{1,3}(?:\.\d{1,3})*)[.)]?$/;
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

const NOTE_LABEL = /^примечание\s*:\s*/i;

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
  // (a note on the first line would leave no activity: it is read as the activity)
  const noteStart = lines.findIndex((line) => line.paragraph.italic && NOTE_LABEL.test(line.text));
  const noteLines = lines.splice(noteStart > 0 ? noteStart : lines.length);
  const texts = lines.map(({ text, paragraph }, index) => {
    const unnumbered = index === 0 && dropNumber ? text.replace(ITEM_NUMBER, '') : text;
    // a first line in Word's automatic numbering is the item's own number, not a list
    if (paragraph.listItem && index > 0 && !LIST_MARK.test(unnumbered)) return `- ${unnumbered}`;
    return unnumbered.replace(LIST_MARK, '- ');
  });
  const events: ImportedEvent[] = [];
  while (texts.length > 1) {
    const match = EVENT.exec(texts.at(-1)!.replace(LIST_MARK, ''));
    const date = match ? readRussianDate(match[2]!) : undefined;
    if (!match || !date) break;
    events.unshift({ title: eventTitle(match[1]!), date });
    texts.pop();
  }
  const note = noteLines
    .map((line) => line.text)
    .join('\n')
    .replace(NOTE_LABEL, '');
  return { activity: texts.join('\n'), events, ...(note ? { note } : {}) };
}

function responsibleParties(cell: TableCell | undefined): string[] {
  return cellLines(cell)
    .map(({ text }) => text.replace(LIST_MARK, '').replace(/[,;]$/, '').trim())
    .filter(Boolean);
}

export interface RowContext {
  readonly columns: ColumnPlan;
  /** 1-based among the document's tables. */
  readonly table: number;
  readonly notes: ImportNote[];
}

export type RowReading =
  | { kind: 'skip' }
  | { kind: 'section'; heading: string }
  | { kind: 'item'; item: ImportedItem }
  | { kind: 'continuation'; text: string }
  /** The rest of the item above, broken over two rows at a page's end: every cell goes on from the row above. */
  | { kind: 'split'; item: ImportedItem };

// (a plan table and the tables carrying it on have as many grid columns as the header has roles)
const cellsByColumn = (row: TableRow) => new Map(row.cells.map((cell) => [cell.column, cell]));

/**
 * What a row of the plan table is. `leadingHeader`: the row is one of the
 * rows at the top of its table marked to repeat on every page (a row marked
 * so further down is read like any other: some documents mark every row).
 */
export function readRow(row: TableRow, rowNumber: number, context: RowContext, leadingHeader = false): RowReading {
  const { roles, headings } = context.columns;
  const columns = roles.length;
  const texts = rowTexts(row, columns);
  const filled = row.cells.filter((cell) => cellText(cell) !== '');
  if (filled.length === 0) return { kind: 'skip' };
  // the header again (typed once per page), or the row numbering the columns 1, 2, 3 …
  if (leadingHeader || texts.every((text, index) => normaliseHeading(text) === normaliseHeading(headings[index] ?? ''))) return { kind: 'skip' };
  if (filled.every((cell, index) => cellText(cell) === String(index + 1)) && filled.length === row.cells.length && filled.length > 2) return { kind: 'skip' };

  const column = (role: ColumnRole) => roles.indexOf(role);
  const cells = cellsByColumn(row);
  // a month alone on its row («ЯНВАРЬ», in whichever column) heads the items of that month
  // (its closing stop or colon dropped, not the stop of «г.»)
  if (filled.length === 1 && monthHeading(cellText(filled[0]!))) return { kind: 'section', heading: cellText(filled[0]!).replace(/(?<!г)[.:]$/i, '') };
  const heading = sectionHeading(filled, cells.get(column('activity')), column('number'), columns, row.cells.length);
  if (heading !== undefined) return { kind: 'section', heading: heading.replace(/\s*\n\s*/g, ' ').replace(SECTION_NUMBER, '') };
  // an activity broken over two rows: the second has nothing but the rest of the text
  const activityCell = cells.get(column('activity'));
  const numberText = texts[column('number')];
  // (a number cell in Word's automatic numbering is empty of text but numbered all the same)
  const autoNumbered = cells.get(column('number'))?.paragraphs.some((paragraph) => paragraph.listItem) ?? false;
  if (numberText === '' && !autoNumbered && filled.length === 1 && filled[0] === activityCell)
    return {
      kind: 'continuation',
      text: cellLines(activityCell)
        .map((line) => line.text)
        .join(' '),
    };
  const item = readItem(cells, texts, rowNumber, context);
  // no number where the items are numbered, and an activity going on in lower case: the row above, carried over
  const carriedOver = numberText === '' && !autoNumbered && /^[а-яё]/.test(cellText(activityCell));
  return item ? { kind: carriedOver ? 'split' : 'item', item } : { kind: 'skip' };
}

const isBold = (cell: TableCell) => cell.paragraphs.every((paragraph) => paragraph.text === '' || paragraph.bold);

/**
 * The heading a row stands for, if it is a section row: one cell of text
 * spanning the row (or the only cell), a numeral with a title and nothing
 * else, a title alone in bold or starting «Модуль», or a title typed into
 * the number column.
 */
function sectionHeading(
  filled: readonly TableCell[],
  activityCell: TableCell | undefined,
  numberColumn: number,
  columns: number,
  cellCount: number,
): string | undefined {
  if (filled.some((cell) => cell.merged)) return undefined;
  if (filled.length === 1) {
    const only = filled[0]!;
    const text = cellText(only);
    const wide = only.span >= Math.ceil(columns / 2) || cellCount === 1;
    const titleInNumberColumn = only.column === numberColumn && !NUMBER_CELL.test(text);
    if (wide || titleInNumberColumn || isBold(only) || MODULE.test(text)) return text;
  }
  const title = cellText(activityCell);
  const onlyTitle = title !== '' && filled.every((cell) => cell === activityCell || cell.column === numberColumn);
  if (!onlyTitle) return undefined;
  const numeral = filled.find((cell) => cell.column === numberColumn);
  return (numeral && ROMAN.test(cellText(numeral))) || isBold(activityCell!) || MODULE.test(title) ? title : undefined;
}

/** The item of a row; undefined (and a note) when the row has no activity. */
function readItem(cells: Map<number, TableCell>, texts: readonly string[], rowNumber: number, context: RowContext): ImportedItem | undefined {
  const { roles, headings } = context.columns;
  const column = (role: ColumnRole) => roles.indexOf(role);
  const activityCell = cells.get(column('activity'));
  const numberText = texts[column('number')] ?? '';
  const place = (role: ColumnRole): Place => ({ table: context.table, row: rowNumber, column: headings[column(role)] });
  const columnNumber = NUMBER_CELL.exec(numberText)?.[1];
  const typedNumber = ITEM_NUMBER.exec(cellLines(activityCell)[0]?.text ?? '')?.[1];
  // the number the document gives the item: in its column, or typed before the activity when there is no column for it
  const number = columnNumber ?? (numberText === '' ? typedNumber : undefined);
  // the number typed before the activity goes when it is the item's: with no number cell, or the same in both
  // («1. Семинар» beside «1.»: `plan build` numbers it once); with neither, there is none to drop
  const parts = readActivity(activityCell, numberText === '' || typedNumber === columnNumber);
  const timingColumn = column('timing');
  const written = cellLines(cells.get(timingColumn))
    .map((line) => line.text)
    .join('\n');
  // months marked in columns of their own («+», «х», «✓» under «Сентябрь», «Октябрь» …) are the timing when none is written
  const marked = roles.flatMap((role, index) => (role === 'month' && cellText(cells.get(index)) !== '' ? [monthName(monthOfHeading(headings[index]!)!)] : []));
  const timing = written || marked.join(', ');
  const responsible = responsibleParties(cells.get(column('responsible')));
  const doneMark = cellLines(cells.get(column('done')))
    .map((line) => line.text)
    .join(' ');
  const extra: Record<string, string> = {};
  // cells under no heading, in one note for the row: a row can hold thousands
  const unplaced: string[] = [];
  roles.forEach((role, index) => {
    const value = cellLines(cells.get(index))
      .map((line) => line.text)
      .join('\n');
    if (role === 'extra' && value !== '') extra[headings[index]!] = value;
    else if (role === undefined && value !== '') unplaced.push(value);
  });
  if (unplaced.length > 0) context.notes.push({ code: 'import-unplaced-cell', place: { table: context.table, row: rowNumber }, text: unplaced.join(' | ') });
  if (numberText !== '' && columnNumber === undefined) {
    context.notes.push({ code: 'import-unplaced-cell', place: place('number'), text: numberText });
  }
  if (parts.activity === '') {
    context.notes.push({ code: 'import-unplaced-cell', place: { table: context.table, row: rowNumber }, text: texts.filter(Boolean).join(' | ') });
    return undefined;
  }
  if (responsible.length === 0 && column('responsible') >= 0) context.notes.push({ code: 'import-no-responsible', place: place('responsible') });
  if (timingColumn >= 0 && !timing) context.notes.push({ code: 'import-no-timing', place: place('timing') });
  return {
    ...(number !== undefined ? { number } : {}),
    activity: parts.activity,
    ...(timing ? { timing } : {}),
    responsible,
    ...(parts.events.length > 0 ? { events: parts.events } : {}),
    ...(parts.note ? { note: parts.note } : {}),
    ...(Object.keys(extra).length > 0 ? { extra } : {}),
    ...(doneMark ? { doneMark } : {}),
    place: { table: context.table, row: rowNumber },
  };
}
