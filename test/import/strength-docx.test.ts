// What the DOCX reader makes of Word's markup, asserted on the table model it
// returns: bold and italics (of runs, of styles and of chains of styles), lists,
// tabs and breaks, spans, vertical merges, borders, column widths, header rows,
// nested tables, and every way a file can fail to be a Word document.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/import/docx.js';
import { ImportError } from '../../src/import/errors.js';
import type { Block, Table, TextParagraph } from '../../src/import/table-model.js';
import { DocumentBudgetError } from '../../src/util/document-budget.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const docx = (body: string, styles?: string) =>
  zipSync({
    'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
    ...(styles === undefined ? {} : { 'word/styles.xml': strToU8(`<?xml version="1.0"?><w:styles ${W}>${styles}</w:styles>`) }),
  });
const run = (text: string, properties = '') => `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const p = (content: string, properties = '') => `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${content}</w:p>`;
const tc = (content: string, properties = '') => `<w:tc>${properties ? `<w:tcPr>${properties}</w:tcPr>` : ''}${content}</w:tc>`;
const cell = (text: string, properties = '') => tc(p(run(text)), properties);
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const tbl = (rows: string, properties = '', grid = '') => `<w:tbl>${properties ? `<w:tblPr>${properties}</w:tblPr>` : ''}${grid}${rows}</w:tbl>`;

const paragraphs = (blocks: readonly Block[]): TextParagraph[] => blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.paragraph] : []));
const tables = (blocks: readonly Block[]): Table[] => blocks.flatMap((block) => (block.kind === 'table' ? [block.table] : []));
const only = (body: string, styles?: string): TextParagraph => {
  const found = paragraphs(readDocx(docx(body, styles)).blocks);
  expect(found).toHaveLength(1);
  return found[0]!;
};
const table = (body: string, styles?: string): Table => {
  const found = tables(readDocx(docx(body, styles)).blocks);
  expect(found).toHaveLength(1);
  return found[0]!;
};
const texts = (t: Table) => t.rows.map((row) => row.cells.map((c) => c.paragraphs.map((paragraph) => paragraph.text).join('|')));
const problem = (bytes: Uint8Array) => {
  try {
    readDocx(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return (error as ImportError).problem;
  }
  return 'read';
};

describe('bold of runs', () => {
  it('is bold when every run with text is bold, and not when one is not', () => {
    expect(only(p(run('Раздел', '<w:b/>') + run(' первый', '<w:b/>'))).bold).toBe(true);
    expect(only(p(run('Раздел', '<w:b/>') + run(' первый'))).bold).toBe(false);
  });

  it('counts only visible characters: a plain space between bold words keeps the paragraph bold', () => {
    expect(only(p(run('Раздел', '<w:b/>') + run('  ') + run('первый', '<w:b/>'))).bold).toBe(true);
  });

  it('reads <w:b w:val="0"/>, "false", "off" and "none" as not bold, and "1", "true", "on" as bold', () => {
    for (const value of ['0', 'false', 'off', 'none']) expect(only(p(run('Раздел', `<w:b w:val="${value}"/>`))).bold, value).toBe(false);
    for (const value of ['1', 'true', 'on']) expect(only(p(run('Раздел', `<w:b w:val="${value}"/>`))).bold, value).toBe(true);
  });

  it('is not bold for an empty paragraph, nor for one of spaces only', () => {
    expect(only(p('')).bold).toBe(false);
    expect(only(p(run('   ', '<w:b/>'))).bold).toBe(false);
    expect(only(p(run('   ', '<w:i/>'))).italic).toBe(false);
  });

  it('ignores a <w:b> that is not among the run properties', () => {
    expect(only(p(`<w:r><w:rPr></w:rPr><w:b/><w:t>Раздел</w:t></w:r>`)).bold).toBe(false);
    expect(only(p(`<w:r><w:rPr></w:rPr><w:i/><w:t>Раздел</w:t></w:r>`)).italic).toBe(false);
  });

  it('does not carry the bold of a paragraph mark (<w:pPr><w:rPr><w:b/>) to its text', () => {
    expect(only(p(run('Раздел'), '<w:rPr><w:b/></w:rPr>')).bold).toBe(false);
  });
});

describe('italics', () => {
  it('is italic when every run with text is, and reads w:val="0" as upright', () => {
    expect(only(p(run('примечание', '<w:i/>'))).italic).toBe(true);
    expect(only(p(run('примечание', '<w:i/>') + run(' и текст'))).italic).toBe(false);
    expect(only(p(run('примечание', '<w:i w:val="0"/>'))).italic).toBe(false);
    expect(only(p(run('примечание', '<w:i/>'))).bold).toBe(false);
  });
});

describe('bold of styles', () => {
  const style = (id: string, inside: string) => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${id}"/>${inside}</w:style>`;

  it('takes a paragraph style that is bold', () => {
    const styles = style('Strong', '<w:rPr><w:b/></w:rPr>') + style('Plain', '<w:rPr><w:i/></w:rPr>');
    expect(only(p(run('Раздел'), '<w:pStyle w:val="Strong"/>'), styles).bold).toBe(true);
    expect(only(p(run('Раздел'), '<w:pStyle w:val="Plain"/>'), styles).bold).toBe(false);
    expect(only(p(run('Раздел'), '<w:pStyle w:val="Missing"/>'), styles).bold).toBe(false);
  });

  it('follows basedOn through a chain of styles', () => {
    const styles =
      style('Base', '<w:rPr><w:b/></w:rPr>') + style('Middle', '<w:basedOn w:val="Base"/>') + style('Top', '<w:basedOn w:val="Middle"/><w:rPr><w:i/></w:rPr>');
    expect(only(p(run('Раздел'), '<w:pStyle w:val="Top"/>'), styles).bold).toBe(true);
    expect(only(p(run('Раздел'), '<w:pStyle w:val="Middle"/>'), styles).bold).toBe(true);
  });

  it('stops at a style that turns bold off, whatever it is based on', () => {
    const styles =
      style('Base', '<w:rPr><w:b/></w:rPr>') +
      style('Off', '<w:basedOn w:val="Base"/><w:rPr><w:b w:val="0"/></w:rPr>') +
      style('Top', '<w:basedOn w:val="Off"/>');
    expect(only(p(run('Раздел'), '<w:pStyle w:val="Top"/>'), styles).bold).toBe(false);
    expect(only(p(run('Раздел'), '<w:pStyle w:val="Off"/>'), styles).bold).toBe(false);
  });

  it('reads a chain of 21 styles to its end, and gives up on a longer one and on a cycle', () => {
    const chain = (length: number) =>
      style('S0', '<w:rPr><w:b/></w:rPr>') + Array.from({ length }, (_, i) => style(`S${i + 1}`, `<w:basedOn w:val="S${i}"/>`)).join('');
    expect(only(p(run('Раздел'), '<w:pStyle w:val="S20"/>'), chain(20)).bold).toBe(true);
    expect(only(p(run('Раздел'), '<w:pStyle w:val="S21"/>'), chain(21)).bold).toBe(false);
    const cycle = style('A', '<w:basedOn w:val="B"/>') + style('B', '<w:basedOn w:val="A"/>');
    expect(only(p(run('Раздел'), '<w:pStyle w:val="A"/>'), cycle).bold).toBe(false);
  });

  it('reads only the run properties of a style: a <w:b> elsewhere, or after a style ends, is not its bold', () => {
    const styles = style('Loose', '<w:pPr></w:pPr><w:b/>') + style('Closed', '<w:rPr></w:rPr><w:b/>') + '<w:rPr><w:b/></w:rPr>' + style('Later', '<w:pPr/>');
    expect(only(p(run('Раздел'), '<w:pStyle w:val="Loose"/>'), styles).bold).toBe(false);
    expect(only(p(run('Раздел'), '<w:pStyle w:val="Closed"/>'), styles).bold).toBe(false);
    expect(only(p(run('Раздел'), '<w:pStyle w:val="Later"/>'), styles).bold).toBe(false);
  });

  it('ignores a basedOn outside any style', () => {
    const styles = style('Base', '<w:rPr><w:b/></w:rPr>') + style('Plain', '') + '<w:basedOn w:val="Base"/>';
    expect(only(p(run('Раздел'), '<w:pStyle w:val="Plain"/>'), styles).bold).toBe(false);
  });

  it('takes a character style that is bold, and a run that turns bold off wins over its style', () => {
    const styles = style('Strong', '<w:rPr><w:b/></w:rPr>') + style('Quiet', '<w:rPr><w:i/></w:rPr>');
    expect(only(p(run('Раздел', '<w:rStyle w:val="Strong"/>')), styles).bold).toBe(true);
    expect(only(p(run('Раздел', '<w:rStyle w:val="Quiet"/>')), styles).bold).toBe(false);
    expect(only(p(run('Раздел', '<w:b w:val="0"/>'), '<w:pStyle w:val="Strong"/>'), styles).bold).toBe(false);
    expect(only(p(run('Раздел', '<w:rStyle w:val="Strong"/><w:b w:val="0"/>')), styles).bold).toBe(false);
  });

  it('reads no style bold from a document without styles.xml', () => {
    expect(only(p(run('Раздел'), '<w:pStyle w:val="Strong"/>')).bold).toBe(false);
  });
});

describe('lists, tabs and breaks', () => {
  it('marks a paragraph of an automatic list, and no other', () => {
    const [item, plain] = paragraphs(readDocx(docx(p(run('первый'), '<w:numPr><w:numId w:val="1"/></w:numPr>') + p(run('второй')))).blocks);
    expect(item).toEqual({ text: 'первый', bold: false, italic: false, listItem: true });
    expect(plain!.listItem).toBe(false);
  });

  it('reads a tab of the text as a tab, and not the tab stops of a paragraph', () => {
    expect(only(p(run('Директор') + '<w:r><w:tab/></w:r>' + run('Е.Н. Филатова'), '<w:tabs><w:tab w:val="left" w:pos="5000"/></w:tabs>')).text).toBe(
      'Директор\tЕ.Н. Филатова',
    );
    expect(only(p(`<w:r><w:rPr><w:tab/></w:rPr><w:t>Директор</w:t></w:r>`)).text).toBe('Директор');
  });

  it('reads line breaks, carriage returns and no-break hyphens', () => {
    expect(only(p(run('сентябрь') + '<w:r><w:br/></w:r>' + run('октябрь') + '<w:r><w:cr/></w:r>' + run('ноябрь'))).text).toBe('сентябрь\nоктябрь\nноябрь');
    expect(only(p(run('медико') + '<w:r><w:noBreakHyphen/></w:r>' + run('педагогический'))).text).toBe('медико-педагогический');
  });

  it('reads only the text of <w:t>, not field codes or text outside a run', () => {
    expect(only(p(`<w:r><w:instrText>PAGE</w:instrText></w:r>${run('План')}`)).text).toBe('План');
    expect(only(p(`<w:t>вне</w:t>${run('План')}`)).text).toBe('План');
    expect(only(p(`<w:r><w:t>План</w:t>после</w:r>`)).text).toBe('План');
  });

  it('skips what mc:Fallback repeats, text included, and reads on after it', () => {
    const body = p(
      `<w:r><mc:AlternateContent><mc:Choice>${run('А')}</mc:Choice><mc:Fallback><w:pict><w:t>Б</w:t>${run('В')}</w:pict></mc:Fallback></mc:AlternateContent></w:r>${run('Г')}`,
    );
    expect(only(body).text).toBe('АГ');
  });
});

describe('tables', () => {
  it('lays out cells with their spans and the cells before a row (gridBefore)', () => {
    const t = table(
      tbl(tr(cell('A', '<w:gridSpan w:val="2"/>'), cell('B')) + `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${cell('C')}${cell('D')}</w:tr>`),
    );
    expect(t.columns).toBe(3);
    expect(t.rows.map((row) => row.cells.map((c) => [c.column, c.span]))).toEqual([
      [
        [0, 2],
        [2, 1],
      ],
      [
        [1, 1],
        [2, 1],
      ],
    ]);
    expect(texts(t)).toEqual([
      ['A', 'B'],
      ['C', 'D'],
    ]);
  });

  it('takes a span of 0, a negative or an unreadable span as 1', () => {
    for (const value of ['0', '-3', 'x']) {
      const t = table(tbl(tr(cell('A', `<w:gridSpan w:val="${value}"/>`), cell('B'))));
      expect(
        t.rows[0]!.cells.map((c) => [c.column, c.span]),
        value,
      ).toEqual([
        [0, 1],
        [1, 1],
      ]);
    }
    const t = table(tbl(tr(cell('A', '<w:gridSpan/>'), cell('B'))));
    expect(t.rows[0]!.cells.map((c) => c.span)).toEqual([1, 1]);
  });

  it('refuses a span beyond the budget, naming the table', () => {
    const body = tbl(tr(cell('A'))) + tbl(tr(cell('A', '<w:gridSpan w:val="1001"/>')));
    try {
      readDocx(docx(body));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DocumentBudgetError);
      expect((error as DocumentBudgetError).describe()).toEqual({ code: 'budget-span-columns', params: { table: 2, count: 1001, limit: 1000 } });
    }
    expect(table(tbl(tr(cell('A', '<w:gridSpan w:val="1000"/>')))).columns).toBe(1000);
    expect(() => readDocx(docx(tbl(`<w:tr><w:trPr><w:gridBefore w:val="1001"/></w:trPr>${cell('A')}</w:tr>`)))).toThrow(DocumentBudgetError);
  });

  it('gives the cells of a vertical merge the text of the cell that started it', () => {
    const t = table(
      tbl(
        tr(cell('Сентябрь', '<w:vMerge w:val="restart"/>'), cell('Семинар')) +
          tr(cell('', '<w:vMerge/>'), cell('Практикум')) +
          tr(cell('', '<w:vMerge w:val="continue"/>'), cell('Лекция')) +
          tr(cell('Октябрь'), cell('Собрание')),
      ),
    );
    expect(texts(t)).toEqual([
      ['Сентябрь', 'Семинар'],
      ['Сентябрь', 'Практикум'],
      ['Сентябрь', 'Лекция'],
      ['Октябрь', 'Собрание'],
    ]);
    expect(t.rows.map((row) => row.cells[0]!.merged)).toEqual([false, true, true, false]);
    expect(t.rows.map((row) => row.cells[1]!.merged)).toEqual([false, false, false, false]);
  });

  it('ends a merge at a cell that does not continue it, and takes a continuing cell with nothing above as its own', () => {
    const t = table(tbl(tr(cell('Сентябрь', '<w:vMerge w:val="restart"/>')) + tr(cell('Октябрь')) + tr(cell('своё', '<w:vMerge/>'))));
    expect(texts(t)).toEqual([['Сентябрь'], ['Октябрь'], ['своё']]);
    expect(t.rows.map((row) => row.cells[0]!.merged)).toEqual([false, false, false]);
  });

  it('keeps a merged cell’s span, and counts the rows a merge covers against the budget', () => {
    const t = table(
      tbl(tr(cell('A', '<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>'), cell('B')) + tr(cell('', '<w:gridSpan w:val="2"/><w:vMerge/>'), cell('C'))),
    );
    expect(t.rows[1]!.cells[0]).toEqual({ column: 0, span: 2, paragraphs: [{ text: 'A', bold: false, italic: false, listItem: false }], merged: true });
  });

  it('reads a header row, and a tblHeader turned off as no header', () => {
    const header = (value: string) => `<w:tr><w:trPr>${value}</w:trPr>${cell('Мероприятие')}</w:tr>`;
    const t = table(tbl(header('<w:tblHeader/>') + header('<w:tblHeader w:val="0"/>') + tr(cell('Семинар'))));
    expect(t.rows.map((row) => row.header)).toEqual([true, false, false]);
  });

  it('keeps the column widths only when every grid column has one', () => {
    const grid = (...widths: string[]) => `<w:tblGrid>${widths.map((w) => `<w:gridCol${w}/>`).join('')}</w:tblGrid>`;
    const rows = tr(cell('A'), cell('B'));
    expect(table(tbl(rows, '', grid(' w:w="700"', ' w:w="5000"'))).columnWidths).toEqual([700, 5000]);
    expect(table(tbl(rows, '', grid(' w:w="700"', ''))).columnWidths).toBeUndefined();
    expect(table(tbl(rows, '', grid(' w:w="700"', ' w:w="x"'))).columnWidths).toBeUndefined();
    expect(table(tbl(rows, '', grid(' w:w="700"'))).columnWidths).toBeUndefined();
    expect(table(tbl(rows, '', grid(' w:w="700"'))).columns).toBe(2);
    expect(table(tbl(tr(cell('A')), '', grid(' w:w="700"', ' w:w="900"', ' w:w="800"'))).columns).toBe(3);
  });

  it('puts paragraphs outside tables in order around them, and none of a table’s own text outside it', () => {
    const blocks = readDocx(docx(p(run('до')) + tbl(tr(cell('в таблице'))) + p(run('после')))).blocks;
    expect(blocks.map((block) => block.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(paragraphs(blocks).map((paragraph) => paragraph.text)).toEqual(['до', 'после']);
  });
});

describe('borders', () => {
  const rows = tr(cell('A'), cell('B'));

  it('is bordered by a table style of the grid family, in English or Russian', () => {
    expect(table(tbl(rows, '<w:tblStyle w:val="TableGrid"/>')).bordered).toBe(true);
    expect(table(tbl(rows, '<w:tblStyle w:val="Сетка таблицы"/>')).bordered).toBe(true);
    expect(table(tbl(rows, '<w:tblStyle w:val="PlainTable"/>')).bordered).toBe(false);
    expect(table(tbl(rows, '<w:tblStyle/>')).bordered).toBe(false);
  });

  it('is bordered by a drawn side of the table’s or a cell’s borders, and not by nil or none', () => {
    for (const side of ['top', 'left', 'bottom', 'right', 'start', 'end', 'insideH', 'insideV']) {
      expect(table(tbl(rows, `<w:tblBorders><w:${side} w:val="single" w:sz="4"/></w:tblBorders>`)).bordered, side).toBe(true);
    }
    expect(table(tbl(rows, '<w:tblBorders><w:top w:val="nil"/><w:left w:val="none"/><w:bottom/></w:tblBorders>')).bordered).toBe(false);
    expect(table(tbl(tr(cell('A', '<w:tcBorders><w:bottom w:val="double"/></w:tcBorders>'))))).toMatchObject({ bordered: true });
    expect(table(tbl(rows, '<w:tblBorders><w:tl2br w:val="single"/></w:tblBorders>')).bordered).toBe(false);
  });

  it('is not bordered by a paragraph’s border, nor by a side named after the borders end', () => {
    expect(table(tbl(tr(tc(p(run('A'), '<w:pBdr><w:top w:val="single"/></w:pBdr>')))))).toMatchObject({ bordered: false });
    expect(table(tbl(rows, '<w:tblBorders></w:tblBorders><w:top w:val="single"/>')).bordered).toBe(false);
    expect(table(tbl(tr(tc(p(run('A')), '<w:tcBorders/><w:top w:val="single"/>'))))).toMatchObject({ bordered: false });
  });

  it('reads a drawn border outside any table as nothing', () => {
    expect(only(p(run('A'), '<w:tblBorders><w:top w:val="single"/></w:tblBorders>')).text).toBe('A');
  });
});

describe('nested tables', () => {
  it('put their text in the outer cell and their spans, merges, rows and headers nowhere', () => {
    const inner = tbl(
      `<w:tr><w:trPr><w:tblHeader/><w:gridBefore w:val="2"/></w:trPr>${cell('муниципальный', '<w:gridSpan w:val="3"/><w:vMerge w:val="restart"/>')}</w:tr>` +
        tr(cell('', '<w:vMerge/>')),
      '',
      '<w:tblGrid><w:gridCol w:w="100"/><w:gridCol w:w="100"/><w:gridCol w:w="100"/></w:tblGrid>',
    );
    const outer = tbl(
      tr(cell('Конкурс'), tc(p(run('этапы:')) + inner + p(run('итог')))) + tr(cell('Семинар'), cell('май')),
      '',
      '<w:tblGrid><w:gridCol w:w="700"/><w:gridCol w:w="900"/></w:tblGrid>',
    );
    const t = table(outer);
    expect(t.columns).toBe(2);
    expect(t.columnWidths).toEqual([700, 900]);
    expect(t.rows).toHaveLength(2);
    expect(t.rows.map((row) => row.header)).toEqual([false, false]);
    expect(t.rows[0]!.cells.map((c) => [c.column, c.span, c.merged])).toEqual([
      [0, 1, false],
      [1, 1, false],
    ]);
    expect(t.rows[0]!.cells[1]!.paragraphs.map((paragraph) => paragraph.text)).toEqual(['этапы:', 'муниципальный', '', 'итог']);
    expect(texts(t)[1]).toEqual(['Семинар', 'май']);
  });

  it('mark the outer table bordered when they draw borders, and not through their own style', () => {
    const inner = (properties: string) => tbl(tr(cell('x')), properties);
    expect(table(tbl(tr(tc(p('') + inner('<w:tblBorders><w:top w:val="single"/></w:tblBorders>') + p('')))))).toMatchObject({ bordered: true });
    expect(table(tbl(tr(tc(p('') + inner('<w:tblStyle w:val="TableGrid"/>') + p('')))))).toMatchObject({ bordered: false });
  });

  it('claim no span: a huge span inside a nested table is not laid out, so it is no excess', () => {
    const inner = tbl(tr(cell('x', '<w:gridSpan w:val="5000"/>')) + `<w:tr><w:trPr><w:gridBefore w:val="5000"/></w:trPr>${cell('y')}</w:tr>`);
    const t = tables(readDocx(docx(tbl(tr(cell('A'))) + tbl(tr(tc(p('') + inner + p('')))))).blocks)[1]!;
    expect(t.columns).toBe(1);
    expect(t.rows[0]!.cells[0]!.paragraphs.map((paragraph) => paragraph.text)).toEqual(['', 'x', 'y', '']);
  });
});

describe('files that are not Word documents', () => {
  it('names what is wrong', () => {
    expect(problem(strToU8('plain text, not a zip'))).toBe('not-docx');
    expect(problem(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }))).toBe('not-docx');
    expect(problem(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]))).toBe('encrypted');
    expect(problem(Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0]))).toBe('damaged');
    expect(problem(zipSync({ 'word/document.xml': strToU8('<!DOCTYPE w [<!ENTITY x "y">]><w:document/>') }))).toBe('doctype');
    expect(problem(zipSync({ 'word/document.xml': strToU8('<w:document><w:t>&unknown;</w:t></w:document>') }))).toBe('damaged');
    expect(problem(docx(p(run('План')), '<!DOCTYPE s><w:style/>'))).toBe('doctype');
    expect(problem(docx(p(run('План'))))).toBe('read');
  });

  it('reads a document whose styles are not wanted from other parts', () => {
    const bytes = zipSync({
      'word/document.xml': strToU8(`<w:document ${W}><w:body>${p(run('План'), '<w:pStyle w:val="Strong"/>')}</w:body></w:document>`),
      'word/stylesWithEffects.xml': strToU8(`<w:styles ${W}><w:style w:styleId="Strong"><w:rPr><w:b/></w:rPr></w:style></w:styles>`),
    });
    expect(paragraphs(readDocx(bytes).blocks)).toEqual([{ text: 'План', bold: false, italic: false, listItem: false }]);
  });
});

describe('the budget of a Word table, in-process', () => {
  const describeError = (body: string) => {
    try {
      readDocx(docx(body));
    } catch (error) {
      expect(error).toBeInstanceOf(DocumentBudgetError);
      return (error as DocumentBudgetError).describe();
    }
    return undefined;
  };

  it('counts every place of the grid, rows × columns, naming the table', () => {
    const rows = (count: number) => tr(cell('A', '<w:gridSpan w:val="1000"/>')) + tr(cell('B')).repeat(count - 1);
    expect(describeError(tbl(tr(cell('x'))) + tbl(rows(1001)))).toEqual({
      code: 'budget-grid-cells',
      params: { table: 2, count: 1_001_001, limit: 1_000_000 },
    });
    expect(describeError(tbl(rows(999)))).toBeUndefined();
  });

  it('counts the rows a vertical merge covers', () => {
    const merge = (rows: number) => tr(cell('A', '<w:vMerge w:val="restart"/>')) + tr(cell('', '<w:vMerge/>')).repeat(rows - 1);
    expect(describeError(tbl(merge(10_001)))).toEqual({ code: 'budget-span-rows', params: { table: 1, count: 10_001, limit: 10_000 } });
    expect(describeError(tbl(merge(10_000)))).toBeUndefined();
  });

  it('numbers the tables after one holding a nested table as the document does', () => {
    const nested = tbl(tr(tc(p('') + tbl(tr(cell('x'))) + p(''))));
    expect(describeError(nested + tbl(tr(cell('A', '<w:gridSpan w:val="1001"/>'))))).toMatchObject({ params: { table: 2 } });
  });

  it('does not take the vertical merge of a nested table’s cell for the outer cell’s', () => {
    const nestedContinue = tc(p(run('Октябрь')) + tbl(tr(cell('x', '<w:vMerge/>'))) + p(''));
    const t = table(tbl(tr(cell('Сентябрь', '<w:vMerge w:val="restart"/>')) + tr(nestedContinue)));
    expect(t.rows[1]!.cells[0]!.merged).toBe(false);
    expect(t.rows[1]!.cells[0]!.paragraphs.map((paragraph) => paragraph.text)).toEqual(['Октябрь', 'x', '']);
  });
});
