// The text above a plan's body read as runs: each cell of a table above it,
// the left and right sides of paragraphs laid out with tabs, groups of lines
// ended by an empty line or a stamp, and the academic year found in a cell.
import { describe, expect, it } from 'vitest';
import { readTop, yearInDocument } from '../../src/import/document-top.js';
import { gridFromSpans, paragraphOf, type Block, type Table } from '../../src/import/table-model.js';

const paragraphs = (...texts: string[]): Block[] => texts.map((text) => ({ kind: 'paragraph', paragraph: paragraphOf(text) }));
const tableOf = (...cells: string[][]): Table => ({
  ...gridFromSpans(
    cells.map((row) => ({ header: false, cells: row.map((text) => ({ paragraphs: text.split('\n\n').map((p) => paragraphOf(p)), colSpan: 1, rowSpan: 1 })) })),
  ),
  bordered: false,
});
const top = (blocks: Block[]) => {
  const numbers = new Map<Table, number>();
  for (const block of blocks) if (block.kind === 'table') numbers.set(block.table, numbers.size + 1);
  return readTop(blocks, numbers, []);
};

describe('runs above the body', () => {
  it('reads a stamp in a cell whose lines end in a tab', () => {
    const read = top([{ kind: 'table', table: tableOf(['УТВЕРЖДАЮ\t\nДиректор\t\n____ Е.Н. Филатова']) }, ...paragraphs('План работы')]);
    expect(read.approvals).toEqual([{ stamp: 'УТВЕРЖДАЮ', position: 'Директор', name: 'Е.Н. Филатова' }]);
    expect(read.title.title).toBe('План работы');
  });

  it('keeps the lines of a paragraph broken before a tab in one group with the next', () => {
    const read = top(paragraphs('План работы\n\tцентра', 'на 2025-2026 учебный год'));
    expect(read.title).toEqual({ title: 'План работы', academicYear: '2025-2026' });
    expect(read.notes).toEqual([{ code: 'import-unplaced-text', place: { paragraph: 1 }, text: 'центра' }]);
  });

  it('takes a title from a cell with tabs as one line of single spaces when no paragraph is left for it', () => {
    const read = top([{ kind: 'table', table: tableOf(['План работы\t\tцентра']) }]);
    expect(read.title.title).toBe('План работы центра');
  });

  it('makes the title of the last group, the groups above it notes, and stamps end a group', () => {
    const read = top(paragraphs('Отдел образования', '', '', 'Школа № 1', 'УТВЕРЖДАЮ', 'Директор', '____ Е.Н. Филатова', 'План работы', 'центра'));
    expect(read.title.title).toBe('План работы\nцентра');
    expect(read.notes.map((note) => note.text)).toEqual(['Отдел образования', 'Школа № 1']);
  });
});

describe('the academic year in the document', () => {
  it('finds it in a cell whose paragraphs are read with a space between them', () => {
    const blocks: Block[] = [
      ...paragraphs('План'),
      { kind: 'table', table: tableOf(['Мероприятие', 'Сроки'], ['Классный час № 1\n\n2025-2026 учебный год', 'май']) },
    ];
    expect(yearInDocument(blocks)).toEqual({ year: '2025-2026', place: { table: 1, row: 2 } });
  });
});
