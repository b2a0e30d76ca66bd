// The one mapping from the table model to a plan, whatever format the
// document came in: find the plan table, read its rows into sections and
// items, and the text around it into stamps, title and signature.
import { readSignature } from './around-table.js';
import { append, linesOfParagraph, paragraphNumbers, readTop, topFields, yearInDocument } from './document-top.js';
import { ImportError } from './errors.js';
import { headingRole, planColumnsOf, type ColumnPlan } from './headings.js';
import type { ImportedItem, ImportedPlan, ImportedSection, ImportNote } from './imported-plan.js';
import { completeDays, monthHeading } from './month-sections.js';
import { mapParagraphPlan } from './paragraph-plan.js';
import { cellText, readRow, rowTexts, type RowContext } from './plan-rows.js';
import type { ImportedDocument, Table } from './table-model.js';

interface NumberedTable {
  readonly table: Table;
  /** 1-based among the document's tables. */
  readonly number: number;
  readonly block: number;
}

interface Found {
  readonly at: NumberedTable;
  /** The header's first row, and its last (the same but for a row of sub-headings). */
  readonly headerStart: number;
  readonly headerRow: number;
  readonly columns: ColumnPlan;
}

/** The first table with a row heading an activity column and a timing or responsible column, within its first rows. */
function findPlanTable(tables: readonly NumberedTable[]): Found | undefined {
  for (const at of tables) {
    for (let row = 0; row < Math.min(at.table.rows.length, 12); row++) {
      const header = headerOf(at.table, row);
      if (header) return { at, headerStart: row, headerRow: row + header.rows - 1, columns: header.columns };
    }
  }
  return undefined;
}

/**
 * The columns a header starting at `row` gives, and how many rows it takes.
 * A heading spanning several columns («Дела, события, мероприятия» over the
 * activity and the grades) names each of them by the row of sub-headings
 * under it when there is one («Содержание», «Классы»); else its first column
 * takes its role and the others are kept as extra columns of the same name.
 */
function headerOf(table: Table, row: number): { columns: ColumnPlan; rows: number } | undefined {
  const cells = table.rows[row]!.cells;
  const texts = rowTexts(table.rows[row]!, table.columns).map((text) => text.replace(/\s+/g, ' ').trim());
  const spanning = cells.filter((cell) => cell.span > 1 && cellText(cell) !== '');
  // a heading over some columns stands beside others; a text across the whole row is a title or a section
  const groups = spanning.length > 0 && cells.some((cell) => cell.span === 1 && cellText(cell) !== '');
  if (!groups) {
    const columns = planColumnsOf(texts);
    return columns ? { columns, rows: 1 } : undefined;
  }
  const below = table.rows[row + 1];
  const underSpans = (column: number) => spanning.some((cell) => column >= cell.column && column < cell.column + cell.span);
  // sub-headings: text only under the spanning headings; everything else carried down from the header (merged) or empty
  const subTexts = below ? rowTexts(below, table.columns).map((text) => text.replace(/\s+/g, ' ').trim()) : [];
  const isSubHeader =
    below !== undefined &&
    below.cells.every(
      (cell) => cell.merged || cellText(cell) === '' || (underSpans(cell.column) && cellText(cell).length <= 60 && !/^\d/.test(cellText(cell))),
    ) &&
    below.cells.some((cell) => !cell.merged && cellText(cell) !== '');
  const unnamed: number[] = [];
  const headings = texts.map((text, column) => {
    const parent = spanning.find((cell) => column >= cell.column && column < cell.column + cell.span);
    if (!parent) return text;
    const parentText = cellText(parent).replace(/\s+/g, ' ').trim();
    const sub = isSubHeader ? (subTexts[column] ?? '') : '';
    if (column === parent.column) {
      // the first column keeps the parent's role unless its own sub-heading says another
      return sub !== '' && headingRole(sub) !== 'extra' ? sub : parentText;
    }
    if (sub !== '') return sub;
    unnamed.push(column);
    return `${parentText} (${column - parent.column + 1})`;
  });
  const columns = planColumnsOf(headings);
  return columns ? { columns: { ...columns, unnamed }, rows: isSubHeader ? 2 : 1 } : undefined;
}

/** The tables that carry on the plan table after it: the same grid, with borders or its header repeated. */
function continuationTables(tables: readonly NumberedTable[], found: Found): NumberedTable[] {
  const following: NumberedTable[] = [];
  for (const at of tables.filter((t) => t.number > found.at.number)) {
    const sameGrid = at.table.columns === found.at.table.columns;
    const repeatsHeader = at.table.rows.slice(0, 3).some((row) => planColumnsOf(rowTexts(row, at.table.columns)) !== undefined);
    // borders can come from a table style we do not read; a first row numbered like an item says as much
    const first = at.table.rows[0] ? rowTexts(at.table.rows[0], at.table.columns)[0]! : '';
    const numbered = /^(?:\d{1,3}|[IVXLC]+)[.)]?$/.test(first);
    if (!sameGrid || !(at.table.bordered || repeatsHeader || numbered)) break;
    following.push(at);
  }
  return following;
}

/** The heading given to items that come before any section row: a plan's sections need a title. */
const DEFAULT_SECTION = 'Мероприятия';

/** The plan in a document, or ImportError('no-plan-table') with what was found instead. */
export function mapPlan(document: ImportedDocument, defaultSection = DEFAULT_SECTION): ImportedPlan {
  const tables: NumberedTable[] = [];
  document.blocks.forEach((block, index) => {
    if (block.kind === 'table') tables.push({ table: block.table, number: tables.length + 1, block: index });
  });
  const found = findPlanTable(tables);
  if (!found) {
    // no table is a plan: headings over numbered paragraphs may be
    const paragraphPlan = mapParagraphPlan(document);
    if (paragraphPlan) return { ...paragraphPlan, sections: withItemIds(paragraphPlan.sections) };
    if (tables.length === 0) throw new ImportError('no-table');
    throw new ImportError('no-plan-table', { tables: tables.length, headings: firstRowHeadings(tables) });
  }

  const notes: ImportNote[] = found.columns.headings.flatMap((heading, index) =>
    found.columns.roles[index] === 'extra'
      ? [{ code: 'import-extra-column' as const, place: { table: found.at.number, row: found.headerRow + 1, column: heading } }]
      : [],
  );
  // a module's row above the header («Модуль «Основные школьные дела»» over «Дела, события, мероприятия | Классы | …»)
  // heads the first section, as the same row below the header would
  const leading = leadingSectionRow(found);
  const sections: ImportedSection[] = leading === undefined ? [] : [{ heading: leading, items: [] }];
  const timedByMonth = new Set<string>();
  const continued = continuationTables(tables, found);
  for (const at of [found.at, ...continued]) {
    const context: RowContext = { columns: found.columns, table: at.number, notes };
    const leadingHeaders = at.table.rows.findIndex((row) => !row.header);
    at.table.rows.forEach((row, index) => {
      if (at === found.at && index <= found.headerRow) return;
      const reading = readRow(row, index + 1, context, leadingHeaders < 0 ? false : index < leadingHeaders);
      if (reading.kind === 'continuation' && sections.at(-1)?.items.length) {
        const items = sections.at(-1)!.items;
        const previous = items.at(-1)!;
        items[items.length - 1] = { ...previous, activity: `${previous.activity} ${reading.text}` };
        notes.push({ code: 'import-joined-row', place: previous.place, text: reading.text });
        return;
      }
      // (only under a numbered item: in a plan that numbers none, an activity in lower case is an item of its own)
      if (reading.kind === 'split' && sections.at(-1)?.items.at(-1)?.number !== undefined) {
        const items = sections.at(-1)!.items;
        const previous = items.at(-1)!;
        items[items.length - 1] = joinSplitItem(previous, reading.item);
        notes.push({ code: 'import-joined-row', place: previous.place, text: reading.item.activity });
        return;
      }
      if (reading.kind === 'continuation') {
        notes.push({ code: 'import-unplaced-cell', place: { table: at.number, row: index + 1 }, text: reading.text });
        return;
      }
      if (reading.kind === 'section') sections.push({ heading: reading.heading, items: [] });
      else if (reading.kind === 'item' || reading.kind === 'split') {
        if (sections.length === 0) {
          sections.push({ heading: defaultSection, items: [] });
          notes.push({ code: 'import-default-section', place: { table: at.number, row: index + 1 }, text: defaultSection });
        }
        sections.at(-1)!.items.push(withSectionMonth(reading.item, sections.at(-1)!.heading, notes, timedByMonth));
      }
    });
  }

  if (!sections.some((section) => section.items.length > 0)) throw new ImportError('empty-plan-table', { table: found.at.number });
  if (timedByMonth.size > 0) dropNotes(notes, (note) => note.code === 'import-no-timing' && timedByMonth.has(`${note.place.table}:${note.place.row}`));
  const numbers = paragraphNumbers(document.blocks);
  const tableNumbers = new Map(tables.map((t) => [t.table, t.number]));
  const lastBlock = (continued.at(-1) ?? found.at).block;
  const before = document.blocks.slice(0, found.at.block);
  const after = document.blocks.slice(lastBlock + 1);
  // rows above the header in the plan table itself (a sheet's title and stamps) are text above the table
  const aboveHeader = found.at.table.rows
    .slice(0, found.headerStart - (leading === undefined ? 0 : 1))
    .flatMap((row, rowIndex) =>
      row.cells
        .filter((cell) => !cell.merged)
        .map((cell) => cell.paragraphs.flatMap((p) => linesOfParagraph(p, { table: found.at.number, row: rowIndex + 1 })).filter((line) => line.text !== '')),
    );
  const top = readTop(
    before,
    tableNumbers,
    aboveHeader.filter((run) => run.length > 0),
  );
  append(notes, top.notes);
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
  // a year written only inside a cell («План на 2025-2026 учебный год» as the table's first row, a column heading)
  const yearInText = top.title.academicYear || top.title.period ? undefined : yearInDocument(document.blocks);
  if (yearInText) notes.push({ code: 'import-year-from-text', place: yearInText.place, text: yearInText.year });
  const hasTiming = found.columns.roles.includes('timing');
  const kind = /^циклограмм/i.test(top.title.title) || !(hasTiming || found.columns.roles.includes('month')) ? 'cyclogram' : 'plan';
  const filled = new Set(sections.flatMap((section) => section.items.flatMap((item) => Object.keys(item.extra ?? {}))));
  const extraColumns = extraColumnsOf(found).filter(
    (column) => filled.has(column.title) || !found.columns.unnamed?.some((index) => found.columns.headings[index] === column.title),
  );
  return {
    kind,
    ...topFields(top, yearInText),
    ...(hasTiming ? { timingHeading: found.columns.headings[found.columns.roles.indexOf('timing')] } : {}),
    ...(found.columns.roles.includes('done') ? { doneHeading: found.columns.headings[found.columns.roles.indexOf('done')] } : {}),
    approvals: top.approvals,
    extraColumns,
    sections: withItemIds(sections.filter((section) => section.items.length > 0)),
    ...(signature ? { signature } : {}),
    notes: [...notes, ...emptySections(sections, found.at.number)],
  };
}

/** An item broken over two rows, made whole: each text goes on (a word broken with a hyphen is joined up). */
function joinSplitItem(first: ImportedItem, rest: ImportedItem): ImportedItem {
  const join = (a: string | undefined, b: string | undefined) => (a && b ? (/[-‐]$/.test(a) && /^[а-яё]/.test(b) ? `${a}${b}` : `${a} ${b}`) : (a ?? b));
  const responsible = [...first.responsible];
  const [next, ...others] = rest.responsible;
  if (next !== undefined && responsible.length > 0 && /[-‐]$/.test(responsible.at(-1)!) && /^[а-яё]/.test(next)) responsible[responsible.length - 1] += next;
  else if (next !== undefined) responsible.push(next);
  responsible.push(...others);
  const timing = join(first.timing, rest.timing);
  return { ...first, activity: join(first.activity, rest.activity)!, ...(timing !== undefined ? { timing } : {}), responsible };
}

const SECTION_WORD = /^(?:модуль|раздел|направление|блок)(?![а-яё])|^(?:[IVXLC]+|\d{1,2})\.\s*[А-ЯЁ«]/i;

/** The heading of the row right above the header when it spans the whole table and names a module or section. */
function leadingSectionRow(found: Found): string | undefined {
  const row = found.at.table.rows[found.headerStart - 1];
  if (row === undefined) return undefined;
  const own = row.cells.filter((cell) => !cell.merged);
  const text =
    own.length === 1
      ? own[0]!.paragraphs
          .map((p) => p.text.trim())
          .filter(Boolean)
          .join(' ')
      : '';
  if (text === '' || own[0]!.span < Math.max(2, found.at.table.columns - 1)) return undefined;
  return SECTION_WORD.test(text) ? text.replace(/^(?:[IVXLC]+|\d{1,2})\.\s*/, '') : undefined;
}

/** The columns beyond the standard four, with their share of the table's width when the document gives it. */
function extraColumnsOf(found: Found): { title: string; width?: number; after?: 'activity' | 'timing' }[] {
  const widths = found.at.table.columnWidths;
  const total = widths?.reduce((sum, width) => sum + width, 0) ?? 0;
  // `plan build` shares out the width less the number column; a share is a percent of that
  const numberColumn = found.columns.roles.indexOf('number');
  const shared = total - (numberColumn >= 0 && widths ? widths[numberColumn]! : 0);
  const roles = found.columns.roles;
  // printed after the standard column nearest on its left; after «Ответственные» is the default
  let anchor: 'activity' | 'timing' | 'responsible' = 'activity';
  return found.columns.headings.flatMap((title, index) => {
    const role = roles[index];
    if (role === 'activity' || role === 'timing' || role === 'responsible') anchor = role;
    // the column of marks stays in the printed plan, blank for the pen; its marks go into the record
    if (role !== 'extra' && role !== 'done') return [];
    const after = anchor === 'responsible' ? {} : { after: anchor };
    if (!widths || shared <= 0) return [{ title, ...after }];
    return [{ title, width: Math.min(60, Math.max(3, Math.round((widths[index]! * 100) / shared))), ...after }];
  });
}

function emptySections(sections: readonly ImportedSection[], table: number): ImportNote[] {
  return sections.filter((section) => section.items.length === 0).map((section) => ({ code: 'import-unplaced-text', place: { table }, text: section.heading }));
}

/** Removes the notes `drop` picks, in place and in one pass. */
function dropNotes(notes: ImportNote[], drop: (note: ImportNote) => boolean): void {
  let kept = 0;
  for (const note of notes) if (!drop(note)) notes[kept++] = note;
  notes.length = kept;
}

/** An item under a month heading: its days completed with the month (the written text said in a note). */
function withSectionMonth(item: ImportedItem, heading: string, notes: ImportNote[], timedByMonth: Set<string>): ImportedItem {
  const month = monthHeading(heading);
  const completed = month === undefined ? undefined : completeDays(item.timing, month);
  if (completed === undefined) return item;
  if (item.timing === undefined) {
    // the month is its timing: its note that it has none is dropped once the table is read
    timedByMonth.add(`${item.place.table}:${item.place.row}`);
    notes.push({ code: 'import-timing-from-month', place: item.place, text: completed });
  } else notes.push({ code: 'import-timing-completed', place: item.place, text: `«${item.timing}» → «${completed}»` });
  return { ...item, timing: completed };
}

/**
 * Every item's id: the number the document gives it when every item has one
 * and no two are the same, else its running number across the plan — the
 * number `plan build` prints either way, and the one `centre done` takes.
 */
export function withItemIds(sections: readonly ImportedSection[]): ImportedSection[] {
  const items = sections.flatMap((section) => section.items);
  const own = items.map((item) => item.number);
  const useOwn = own.every((number) => number !== undefined) && new Set(own).size === items.length;
  let running = 0;
  return sections.map((section) => ({
    heading: section.heading,
    items: section.items.map((item) => ({ ...item, id: useOwn ? item.number! : String(++running) })),
  }));
}

function firstRowHeadings(tables: readonly NumberedTable[]): string {
  return tables
    .map((t) =>
      t.table.rows[0]
        ? rowTexts(t.table.rows[0], t.table.columns)
            .filter(Boolean)
            .map((text) => `«${text.replace(/\s+/g, ' ').slice(0, 40)}»`)
            .join(', ')
        : '',
    )
    .filter(Boolean)
    .slice(0, 3)
    .join('; ');
}
