// The text around a plan's body, whatever the body is (a table, or headings
// over numbered paragraphs): the stamps, the appendix line, the motto, the
// title, the goal and the tasks above it, and the academic year wherever it
// is written.
import { findAcademicYear, readApprovals, readFrontMatter, readTitle, type FrontMatter, type PlacedLine } from './around-table.js';
import type { ImportedApproval, ImportNote, Place } from './imported-plan.js';
import type { Block, Table, TextParagraph } from './table-model.js';

export function linesOfParagraph(paragraph: TextParagraph, place: Place): PlacedLine[] {
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
          // (empty lines and runs are left to readTop, which reads only lines with text)
          runs.push(cell.paragraphs.flatMap((p) => linesOfParagraph(p, { table: number, row: rowIndex + 1 })));
        }
      });
      continue;
    }
    paragraphNumber++;
    const place = { paragraph: paragraphNumber };
    // (a paragraph's text is trimmed by cleanText: the first side is never empty)
    const sides = block.paragraph.text.split('\t').map((side) => side.trim());
    if (sides.length > 1) {
      append(left, linesOfParagraph({ ...block.paragraph, text: sides[0]! }, place));
      append(right, linesOfParagraph({ ...block.paragraph, text: sides.at(-1)! }, place));
    } else append(left, linesOfParagraph(block.paragraph, place));
  }
  return { cells: runs, left, right };
}

/** Adds `items` at the end of `target` one by one: push(...items) overflows the stack past some 100 000 items. */
export function append<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}

export function paragraphNumbers(blocks: readonly Block[]): Map<TextParagraph, number> {
  const numbers = new Map<TextParagraph, number>();
  for (const block of blocks) if (block.kind === 'paragraph') numbers.set(block.paragraph, numbers.size + 1);
  return numbers;
}

/**
 * The stamps and the title above the table; whatever else is there becomes a
 * note. The title is the last group of lines left once the stamps are read:
 * groups end at an empty paragraph or a stamp.
 */
export function readTop(
  blocks: readonly Block[],
  tableNumbers: Map<Table, number>,
  aboveHeader: readonly PlacedLine[][],
): { approvals: ImportedApproval[]; title: ReturnType<typeof readTitle>; front: FrontMatter; notes: ImportNote[] } {
  const { cells: tableCells, left, right } = runsBefore(blocks, tableNumbers);
  const cells = [...tableCells, ...aboveHeader];
  const approvals: ImportedApproval[] = [];
  const notes: ImportNote[] = [];
  const leftovers: PlacedLine[] = [];
  const front: FrontMatter = {};
  const readRun = (run: readonly PlacedLine[]) => {
    const read = readApprovals(run.filter((line) => line.text !== ''));
    append(approvals, read.approvals);
    append(notes, read.incomplete);
    return new Set(read.rest);
  };
  const takeFront = (lines: readonly PlacedLine[]) => {
    const read = readFrontMatter(lines);
    for (const [key, value] of Object.entries(read.front) as [keyof FrontMatter, never][]) front[key] ??= value;
    return read.rest;
  };
  for (const run of cells) append(leftovers, takeFront([...readRun(run)]));
  const rest = readRun(left);
  append(leftovers, takeFront([...readRun(right)]));
  // a stamp's lines end a group as an empty line does
  const leftLines = takeFront(left.map((line) => (rest.has(line) ? line : { text: '', place: line.place })));
  const groups: PlacedLine[][] = [[]];
  for (const line of leftLines) {
    if (line.text !== '') groups.at(-1)!.push(line);
    else groups.push([]);
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
  return { approvals, title: readTitle(titleLines.map((line) => line.text.replace(/\t+/g, ' '))), front, notes };
}

/** The first academic year written anywhere in the document's paragraphs and cells, and where. */
export function yearInDocument(blocks: readonly Block[]): { year: string; place: Place } | undefined {
  let tableNumber = 0;
  let paragraphNumber = 0;
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      paragraphNumber++;
      const year = findAcademicYear(block.paragraph.text);
      if (year) return { year, place: { paragraph: paragraphNumber } };
      continue;
    }
    tableNumber++;
    for (const [rowIndex, row] of block.table.rows.entries()) {
      for (const cell of row.cells) {
        const year = findAcademicYear(cell.paragraphs.map((p) => p.text).join(' '));
        if (year) return { year, place: { table: tableNumber, row: rowIndex + 1 } };
      }
    }
  }
  return undefined;
}

/** The plan's fields read above its body, in the order of the YAML format around the title. */
export function topFields(top: ReturnType<typeof readTop>, yearInText: { year: string } | undefined) {
  return {
    ...(top.front.appendixTo ? { appendixTo: top.front.appendixTo } : {}),
    ...top.title,
    ...(yearInText ? { academicYear: yearInText.year } : {}),
    ...(top.front.epigraph ? { epigraph: top.front.epigraph } : {}),
    ...(top.front.goal ? { goal: top.front.goal } : {}),
    ...(top.front.tasks ? { tasks: top.front.tasks } : {}),
  };
}
