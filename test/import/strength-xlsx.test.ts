// What the sheet reader makes of a workbook: visible sheets as tables, merges
// as spans, bold from fonts and rich text, dates, borders, the zip guard.
import { strToU8, zipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../src/import/errors.js';
import type { Table } from '../../src/import/table-model.js';
import { readXlsx } from '../../src/import/xlsx.js';
import { DocumentBudgetError } from '../../src/util/document-budget.js';

const bytesOf = async (workbook: ExcelJS.Workbook) => new Uint8Array(await workbook.xlsx.writeBuffer());
const tablesOf = async (workbook: ExcelJS.Workbook): Promise<Table[]> =>
  (await readXlsx(await bytesOf(workbook))).blocks.flatMap((block) => (block.kind === 'table' ? [block.table] : []));
const texts = (table: Table) => table.rows.map((row) => row.cells.map((cell) => cell.paragraphs.map((p) => p.text).join('|')));

describe('sheets', () => {
  it('reads each visible sheet as a table, merges as spans and the covered cells as merged', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('План');
    sheet.addRow(['№', 'Мероприятие', 'Сроки']);
    sheet.addRow([1, 'Семинар', 'май']);
    sheet.addRow([2, 'Практикум']);
    sheet.mergeCells('C2:C3');
    sheet.mergeCells('A5:C5');
    sheet.getCell('A5').value = 'Итог';
    workbook.addWorksheet('Скрытый', { state: 'hidden' }).addRow(['x']);
    workbook.addWorksheet('Второй').addRow(['y']);
    const tables = await tablesOf(workbook);
    expect(tables).toHaveLength(2);
    expect(texts(tables[0]!)).toEqual([['№', 'Мероприятие', 'Сроки'], ['1', 'Семинар', 'май'], ['2', 'Практикум', 'май'], ['', '', ''], ['Итог']]);
    expect(tables[0]!.rows[2]!.cells.map((cell) => cell.merged)).toEqual([false, false, true]);
    expect(tables[0]!.rows[4]!.cells[0]!.span).toBe(3);
    expect(tables[0]!.columns).toBe(3);
    expect(texts(tables[1]!)).toEqual([['y']]);
  });

  it('reads bold and italic fonts, bold rich text when every run with text is bold, and dates as dd.mm.yyyy', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('План');
    sheet.getCell('A1').value = 'Раздел';
    sheet.getCell('A1').font = { bold: true };
    sheet.getCell('B1').value = 'примечание';
    sheet.getCell('B1').font = { italic: true };
    sheet.getCell('C1').value = { richText: [{ text: 'Раз', font: { bold: true } }, { text: ' ' }, { text: 'дел', font: { bold: true } }] };
    sheet.getCell('D1').value = { richText: [{ text: 'Раз', font: { bold: true } }, { text: 'дел' }] };
    sheet.getCell('E1').value = { richText: [{ text: ' ' }] };
    sheet.getCell('F1').value = new Date(Date.UTC(2024, 4, 7));
    sheet.getCell('G1').value = { richText: [{ text: 'весь' }, { text: 'жирный' }] };
    sheet.getCell('G1').font = { bold: true };
    const [table] = await tablesOf(workbook);
    const cells = table!.rows[0]!.cells.map((cell) => cell.paragraphs[0]);
    expect(cells.map((p) => p && [p.text, p.bold, p.italic])).toEqual([
      ['Раздел', true, false],
      ['примечание', false, true],
      ['Раз дел', true, false],
      ['Раздел', false, false],
      undefined,
      ['07.05.2024', false, false],
      ['весьжирный', true, false],
    ]);
  });

  it('is bordered when a cell draws a side, and not otherwise', async () => {
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('План').addRow(['a', 'b']);
    expect((await tablesOf(plain))[0]!.bordered).toBe(false);
    const lined = new ExcelJS.Workbook();
    const sheet = lined.addWorksheet('План');
    sheet.addRow(['a', 'b']);
    sheet.getCell('B1').border = { bottom: { style: 'thin' } };
    expect((await tablesOf(lined))[0]!.bordered).toBe(true);
  });

  it('reads no more than 50 columns', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('План').addRow(Array.from({ length: 55 }, (_, i) => `c${i + 1}`));
    const [table] = await tablesOf(workbook);
    expect(table!.columns).toBe(50);
    expect(texts(table!)[0]!.at(-1)).toBe('c50');
  });
  it('reads merges past column Z, and no more than 5000 rows', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('План');
    sheet.getCell('Z1').value = 'Z';
    sheet.mergeCells('AA1:AB2');
    sheet.getCell('AA1').value = 'AA';
    sheet.getCell('AC1').value = 'AC';
    sheet.getCell('AC2').value = 'AC2';
    const [table] = await tablesOf(workbook);
    expect(table!.columns).toBe(29);
    expect(table!.rows[0]!.cells.slice(-3).map((cell) => [cell.column, cell.span, cell.merged, cell.paragraphs[0]?.text])).toEqual([
      [25, 1, false, 'Z'],
      [26, 2, false, 'AA'],
      [28, 1, false, 'AC'],
    ]);
    expect(table!.rows[1]!.cells.slice(-2).map((cell) => [cell.column, cell.span, cell.merged, cell.paragraphs[0]?.text])).toEqual([
      [26, 2, true, 'AA'],
      [28, 1, false, 'AC2'],
    ]);
    const tall = new ExcelJS.Workbook();
    const rows = tall.addWorksheet('План');
    for (let r = 1; r <= 5002; r++) rows.getCell(r, 1).value = r;
    const [long] = await tablesOf(tall);
    expect(long!.rows).toHaveLength(5000);
    expect(long!.rows.at(-1)!.cells[0]!.paragraphs[0]!.text).toBe('5000');
  });
});

describe('sheets past the budget and merges low on the sheet', () => {
  it('names the sheet’s table at which the cells laid out pass the budget', async () => {
    // each sheet reaches AX5000: 250 000 places, so the fifth passes the million
    const workbook = new ExcelJS.Workbook();
    for (let n = 1; n <= 5; n++) {
      const sheet = workbook.addWorksheet(`Лист ${n}`);
      sheet.getCell('A1').value = 'a';
      sheet.getCell('AX5000').value = 'z';
    }
    const error = await readXlsx(await bytesOf(workbook)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DocumentBudgetError);
    expect(error).toMatchObject({ excess: 'grid-cells', place: { table: 5 } });
  });

  it('reads a merge whose rows have two figures', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('План');
    sheet.getCell('A12').value = 'раздел';
    sheet.mergeCells('A12:B13');
    sheet.getCell('C13').value = 'c';
    const [table] = await tablesOf(workbook);
    expect(table!.rows[11]!.cells[0]).toMatchObject({ span: 2, merged: false });
    expect(table!.rows[12]!.cells.map((cell) => [cell.column, cell.merged, cell.paragraphs[0]?.text])).toEqual([
      [0, true, 'раздел'],
      [2, false, 'c'],
    ]);
  });
});

describe('files that are not workbooks', () => {
  const problem = async (bytes: Uint8Array) => {
    try {
      await readXlsx(bytes);
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      return (error as ImportError).problem;
    }
    return 'read';
  };

  it('names what is wrong', async () => {
    expect(await problem(strToU8('not a zip'))).toBe('not-xlsx');
    expect(await problem(zipSync({ 'word/document.xml': strToU8('<w:document/>') }))).toBe('not-xlsx');
    expect(await problem(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]))).toBe('encrypted');
    expect(await problem(zipSync({ 'xl/workbook.xml': strToU8('<workbook') }))).toBe('damaged');
  });

  it('lets a merge past the budget through as what it is, not as a damaged workbook', async () => {
    const parts = {
      'xl/workbook.xml': strToU8('<workbook/>'),
      'xl/worksheets/sheet1.xml': strToU8('<worksheet><mergeCells><mergeCell ref="A1:A20000"/></mergeCells></worksheet>'),
    };
    const error = await readXlsx(zipSync(parts)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DocumentBudgetError);
    expect(error).toMatchObject({ excess: 'span-rows' });
  });
});
