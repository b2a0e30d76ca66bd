// What the sheet reader makes of a workbook (visible sheets as tables, merges
// as spans, bold from fonts and rich text, dates, borders, the zip guard) and
// what the XML scanner reports (tags, attributes, entities, comments, CDATA,
// processing instructions, damage).
import { strToU8, zipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../src/import/errors.js';
import type { Table } from '../../src/import/table-model.js';
import { readXlsx } from '../../src/import/xlsx.js';
import { decodeXml, scanXml, XmlError } from '../../src/import/xml-scan.js';

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
});

describe('the XML scanner', () => {
  const events = (xml: string) => {
    const seen: string[] = [];
    scanXml(xml, {
      open: (tag, selfClosing) => seen.push(`<${tag.name}${selfClosing ? '/' : ''} a=${tag.attribute('a') ?? '-'}>`),
      close: (name) => seen.push(`</${name}>`),
      text: (text) => seen.push(text),
    });
    return seen;
  };

  it('reports tags, self-closing tags, attributes in either quotes and text, in order', () => {
    expect(events(`<r a="1"><b a='2'/>x &amp; y<c\n a="3"\t/></r >tail`)).toEqual(['<r a=1>', '<b/ a=2>', '</b>', 'x & y', '<c/ a=3>', '</c>', '</r>', 'tail']);
  });

  it('finds an attribute only where its name starts, with a quote after the equals sign', () => {
    const attribute = (source: string, name: string) => {
      let value: string | undefined = 'none';
      scanXml(`<t ${source}/>`, { open: (tag) => (value = tag.attribute(name)), close() {}, text() {} });
      return value;
    };
    expect(attribute('w:wval="x" w:val="y"', 'w:val')).toBe('y');
    expect(attribute('w:wval="x"', 'w:val')).toBeUndefined();
    expect(attribute('w:val=y', 'w:val')).toBeUndefined();
    expect(attribute('w:val="y', 'w:val')).toBeUndefined();
    expect(attribute('\nw:val="a"', 'w:val')).toBe('a');
    expect(attribute('\rw:val="a"', 'w:val')).toBe('a');
    expect(attribute('\tw:val="a&lt;"', 'w:val')).toBe('a<');
    expect(attribute('', 'w:val')).toBeUndefined();
  });

  it('skips comments and processing instructions, and reads CDATA as text', () => {
    expect(events('<?xml version="1.0"?><r><!-- <x/> --><![CDATA[<b>&amp;</b>]]></r>')).toEqual(['<r a=->', '<b>&amp;</b>', '</r>']);
  });

  it('reads text after the last tag only when it is not blank', () => {
    expect(events('<r/>  \n')).toEqual(['<r/ a=->', '</r>']);
    expect(events('<r/> x ')).toEqual(['<r/ a=->', '</r>', ' x ']);
    expect(events('just text')).toEqual(['just text']);
  });

  it('refuses a DOCTYPE or any other declaration, and damage', () => {
    const scan = (xml: string) => () => scanXml(xml, { open() {}, close() {}, text() {} });
    expect(scan('<!DOCTYPE r><r/>')).toThrow(new XmlError('doctype'));
    expect(scan('<!ELEMENT r ANY><r/>')).toThrow(new XmlError('doctype'));
    for (const xml of ['<r', '<!-- open', '<?xml', '<![CDATA[ open', '<r>&bogus;</r>']) {
      expect(scan(xml), xml).toThrow(XmlError);
      try {
        scan(xml)();
      } catch (error) {
        expect((error as XmlError).problem, xml).toBe('malformed');
      }
    }
  });

  it('decodes character references in range and leaves the others as written', () => {
    expect(decodeXml('&#65;&#x42;&#x1F600;&#0;&#x110000;&#9999999;')).toBe('AB😀&#0;&#x110000;&#9999999;');
    expect(decodeXml('&#x10FFFF;').codePointAt(0)).toBe(0x10ffff);
    expect(decodeXml('&#1;')).toBe('\u0001');
    expect(decodeXml('no entities')).toBe('no entities');
    expect(decodeXml('&apos;&quot;&gt;')).toBe('\'">');
    expect(decodeXml('a & b')).toBe('a & b');
  });
});
