// The one mapping from the table model to a plan, whatever format the
// document came in: find the plan table, read its rows into sections and
// items, and the text around it into stamps, title and signature.
import { readApprovals, readSignature, readTitle, type PlacedLine } from './around-table.js';
import { ImportError } from './errors.js';
import { planColumnsOf, type ColumnPlan } from './headings.js';
import type { ImportedApproval, ImportedPlan, ImportedSection, ImportNote, Place } from './imported-plan.js';
import { readRow, rowTexts, type RowContext } from './plan-rows.js';
import type { Block, ImportedDocument, Table, TextParagraph } from './table-model.js';

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
      append(left, linesOfParagraph({ ...block.paragraph, text: sides[0]! }, place));
      append(right, linesOfParagraph({ ...block.paragraph, text: sides.at(-1)! }, place));
    } else append(left, linesOfParagraph({ ...block.paragraph, text: sides.filter(Boolean).join(' ') }, place));
  }
  return { cells: runs, left, right };
}

/** Adds `items` at the end of `target` one by one: push(...items) overflows the stack past some 100 000 items. */
function append<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
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

  const notes: ImportNote[] = found.columns.headings.flatMap((heading, index) =>
    found.columns.roles[index] === 'extra' ? [{ code: 'import-extra-column' as const, place: { table: found.at.number, row: found.headerRow + 1, column: heading } }] : [],
  );
  const sections: ImportedSection[] = [];
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
      if (reading.kind === 'continuation') {
        notes.push({ code: 'import-unplaced-cell', place: { table: at.number, row: index + 1 }, text: reading.text });
        return;
      }
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

  if (!sections.some((section) => section.items.length > 0)) throw new ImportError('empty-plan-table', { table: found.at.number });
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
  const hasTiming = found.columns.roles.includes('timing');
  const kind = /^циклограмм/i.test(top.title.title) || !hasTiming ? 'cyclogram' : 'plan';
  const extraColumns = extraColumnsOf(found);
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
    if (role !== 'extra') return [];
    const after = anchor === 'responsible' ? {} : { after: anchor };
    if (!widths || shared <= 0) return [{ title, ...after }];
    return [{ title, width: Math.min(60, Math.max(3, Math.round((widths[index]! * 100) / shared))), ...after }];
  });
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
    append(approvals, read.approvals);
    append(notes, read.incomplete);
    return new Set(read.rest);
  };
  for (const run of cells) append(leftovers, readRun(run));
  const rest = readRun(left);
  append(leftovers, readRun(right));
  const groups: PlacedLine[][] = [[]];
  for (const line of left) {
    if (line.text !== '' && rest.has(line)) groups.at(-1)!.push(line);
    else if (groups.at(-1)!.length > 0) groups.push([]);
  }
  const nonEmpty = groups.filter((group) => group.length > 0);
  let titleLines = nonEmpty.pop() ?? [];
  // (an array literal, not unshift(...): spreading arguments overflows the stack past some 100 000 lines)
  let unplaced = [...nonEmpty.flat(), ...leftovers];
  if (titleLines.length === 0) {
    // no paragraph between the stamps and the table: the title is what is left of the text above
    [titleLines, unplaced] = [unplaced, []];
  }
  for (const line of unplaced) notes.push({ code: 'import-unplaced-text', place: line.place, text: line.text });
  return { approvals, title: readTitle(titleLines.map((line) => line.text.replace(/\t+/g, ' '))), notes };
}

function firstRowHeadings(tables: readonly NumberedTable[]): string {
  return tables
    .map((t) => (t.table.rows[0] ? rowTexts(t.table.rows[0], t.table.columns).filter(Boolean).map((text) => `«${text.replace(/\s+/g, ' ').slice(0, 40)}»`).join(', ') : ''))
    .filter(Boolean)
    .slice(0, 3)
    .join('; ');
}
