// What the HTML reader makes of a saved web page, asserted on the table model
// it returns: the page's encoding, bold and italics from tags and styles, line
// breaks, spans and header rows, borders (by attribute and by style), tables
// nested in cells and a site's layout tables, and the depth guard at its boundary.
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../src/import/errors.js';
import { decodeHtml, readHtml } from '../../src/import/html.js';
import type { Block, Table, TextParagraph } from '../../src/import/table-model.js';
import { DocumentBudgetError } from '../../src/util/document-budget.js';

const utf8 = (html: string) => new TextEncoder().encode(html);
const read = (body: string) => readHtml(utf8(`<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`)).blocks;
const paragraphs = (blocks: readonly Block[]): TextParagraph[] => blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.paragraph] : []));
const tables = (blocks: readonly Block[]): Table[] => blocks.flatMap((block) => (block.kind === 'table' ? [block.table] : []));
const only = (body: string): TextParagraph => {
  const found = paragraphs(read(body)).filter((paragraph) => paragraph.text !== '');
  expect(found).toHaveLength(1);
  return found[0]!;
};
const table = (body: string): Table => {
  const found = tables(read(body));
  expect(found).toHaveLength(1);
  return found[0]!;
};
const texts = (t: Table) => t.rows.map((row) => row.cells.map((c) => c.paragraphs.map((paragraph) => paragraph.text).join('|')));
const cellOf = (inside: string) => table(`<table><tr><td>${inside}</td></tr></table>`).rows[0]!.cells[0]!.paragraphs;

/** Windows-1251 bytes of a text of ASCII and Russian letters. */
const cp1251 = (text: string) =>
  Uint8Array.from([...text].map((char) => (char.charCodeAt(0) < 128 ? char.charCodeAt(0) : char === 'ё' ? 0xb8 : char.charCodeAt(0) - 0x410 + 0xc0)));

describe('the page’s encoding', () => {
  it('is UTF-8 by default, and a byte-order mark is not text', () => {
    expect(decodeHtml(utf8('<p>План</p>'))).toBe('<p>План</p>');
    expect(decodeHtml(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('<p>План</p>')]))).toBe('<p>План</p>');
  });

  it('is what a <meta charset> says, quoted or not, in any case', () => {
    expect(decodeHtml(cp1251('<meta charset=windows-1251><p>План работы</p>'))).toContain('План работы');
    expect(decodeHtml(cp1251('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; CHARSET=\'Windows-1251\'"><p>ёлка</p>'))).toContain('ёлка');
  });

  it('falls back to UTF-8 for a charset no decoder knows', () => {
    expect(decodeHtml(utf8('<meta charset="x-unknown-42"><p>План</p>'))).toContain('План');
  });

  it('takes a byte-order mark over a meta charset', () => {
    expect(decodeHtml(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('<meta charset=windows-1251><p>План</p>')]))).toContain('План');
  });

  it('looks for the charset in the first 4096 bytes only', () => {
    const late = `<p>${' '.repeat(4100)}</p><meta charset=windows-1251><p>План</p>`;
    expect(decodeHtml(utf8(late))).toContain('План');
  });
});

describe('bold and italics', () => {
  it('comes from <b>, <strong>, <th> and headings', () => {
    for (const tag of ['b', 'strong', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']) expect(only(`<p><${tag}>Раздел</${tag}></p>`).bold, tag).toBe(true);
    expect(table('<table><tr><th>Мероприятие</th><td>Сроки</td></tr></table>').rows[0]!.cells.map((c) => c.paragraphs[0]!.bold)).toEqual([true, false]);
    for (const tag of ['span', 'u', 'h7', 'bold']) expect(only(`<p><${tag}>Раздел</${tag}></p>`).bold, tag).toBe(false);
  });

  it('comes from a style’s font-weight when it is bold or 600 to 900', () => {
    for (const weight of ['bold', 'BOLD', '600', '700', '900'])
      expect(only(`<p><span style="font-weight: ${weight}">Раздел</span></p>`).bold, weight).toBe(true);
    for (const weight of ['normal', '400', '500']) expect(only(`<p><span style="font-weight:${weight}">Раздел</span></p>`).bold, weight).toBe(false);
  });

  it('is inherited by everything inside, and needs every piece of visible text', () => {
    expect(only('<p><b>Раздел <span>первый</span></b></p>').bold).toBe(true);
    expect(only('<p><b>Раздел</b> <b>первый</b></p>').bold).toBe(true);
    expect(only('<p><b>Раздел</b> первый</p>').bold).toBe(false);
  });

  it('comes from <i>, <em> and font-style: italic', () => {
    for (const tag of ['i', 'em']) expect(only(`<p><${tag}>примечание</${tag}></p>`).italic, tag).toBe(true);
    expect(only('<p><span style="FONT-STYLE : italic">примечание</span></p>').italic).toBe(true);
    expect(only('<p><span style="font-style: normal">примечание</span></p>').italic).toBe(false);
    expect(only('<p><i>примечание</i> и текст</p>').italic).toBe(false);
    expect(only('<p><b>Раздел</b></p>').italic).toBe(false);
    expect(only('<p><i>примечание</i></p>').bold).toBe(false);
  });
});

describe('paragraphs and lines', () => {
  it('splits at block elements and keeps a <br> as a line break', () => {
    expect(paragraphs(read('<div>первый<p>второй</p>третий</div>')).map((paragraph) => paragraph.text)).toEqual(['первый', 'второй', 'третий', '']); // the end of a div separates what follows, as an empty paragraph in Word
    expect(only('<p>сентябрь<br>  октябрь <br/>ноябрь</p>').text).toBe('сентябрь\nоктябрь\nноябрь');
  });

  it('folds spaces, tabs and returns, inside a line and around a break', () => {
    expect(only('<p>  Классный \t  час  </p>').text).toBe('Классный час');
    expect(only('<p>Классный \t<br>\t час</p>').text).toBe('Классный\nчас');
  });

  it('marks list items, and only the paragraphs of a list', () => {
    const found = paragraphs(read('<ul><li>первый</li><li>второй</li></ul><p>после</p>'));
    expect(found.map((paragraph) => [paragraph.text, paragraph.listItem])).toEqual([
      ['первый', true],
      ['второй', true],
      ['после', false],
    ]);
  });

  it('skips scripts, styles and templates, on the page and in cells', () => {
    expect(
      paragraphs(read('<script>var x = 1</script><style>p{}</style><template>шаблон</template><noscript>нет</noscript><p>План</p>')).map(
        (paragraph) => paragraph.text,
      ),
    ).toEqual(['План']);
    expect(cellOf('<script>x()</script>Семинар').map((paragraph) => paragraph.text)).toEqual(['Семинар']);
  });

  it('keeps an empty <p> as an empty paragraph, which separates what is above from what is below', () => {
    expect(paragraphs(read('<p>УТВЕРЖДАЮ</p><p></p><p>План</p>')).map((paragraph) => paragraph.text)).toEqual(['УТВЕРЖДАЮ', '', 'План']);
    expect(paragraphs(read('<p>УТВЕРЖДАЮ</p><p>План</p>')).map((paragraph) => paragraph.text)).toEqual(['УТВЕРЖДАЮ', 'План']);
  });

  it('reads text outside any block element as a paragraph, before and after a table', () => {
    const blocks = read('Утверждаю<table border=1><tr><td>Семинар</td></tr></table>План');
    expect(blocks.map((block) => (block.kind === 'paragraph' ? block.paragraph.text : 'table'))).toEqual(['Утверждаю', 'table', 'План']);
  });

  it('reads a page without a body element as having nothing in it', () => {
    expect(readHtml(utf8('<frameset><frame src="a.html"></frameset>')).blocks).toEqual([]);
  });
});

describe('cells', () => {
  it('reads a cell’s blocks and line breaks, bold included', () => {
    expect(cellOf('<p><b>Раздел</b></p><div>Семинар<br>практикум</div>')).toEqual([
      { text: 'Раздел', bold: true, italic: false, listItem: false },
      { text: 'Семинар\nпрактикум', bold: false, italic: false, listItem: false },
    ]);
    expect(cellOf('<ol><li>первый</li></ol>')).toEqual([{ text: 'первый', bold: false, italic: false, listItem: true }]);
  });

  it('takes a cell’s own bold style, and a <th>’s', () => {
    expect(cellOf('x')[0]!.bold).toBe(false);
    expect(table('<table><tr><td style="font-weight:bold">Раздел</td></tr></table>').rows[0]!.cells[0]!.paragraphs[0]!.bold).toBe(true);
  });

  it('puts the text of a table inside a cell into that cell, cell by cell', () => {
    const t = table(
      '<table border=1><tr><td>Конкурс:<table><tr><td>муниципальный</td><td><b>этап</b></td></tr><tr><td>региональный</td></tr></table>итог</td><td>март</td></tr></table>',
    );
    expect(t.rows[0]!.cells[0]!.paragraphs.map((paragraph) => [paragraph.text, paragraph.bold])).toEqual([
      ['Конкурс:', false],
      ['муниципальный', false],
      ['этап', true],
      ['региональный', false],
      ['итог', false],
    ]);
    expect(t.columns).toBe(2);
  });
});

describe('spans and header rows', () => {
  it('lays out colspan and rowspan, the covered cells merged', () => {
    const t = table('<table border=1><tr><td rowspan=2>Сентябрь</td><td colspan="2">Семинар</td></tr><tr><td>Практикум</td><td>Центр</td></tr></table>');
    expect(t.columns).toBe(3);
    expect(texts(t)).toEqual([
      ['Сентябрь', 'Семинар'],
      ['Сентябрь', 'Практикум', 'Центр'],
    ]);
    expect(t.rows.map((row) => row.cells.map((c) => [c.column, c.span, c.merged]))).toEqual([
      [
        [0, 1, false],
        [1, 2, false],
      ],
      [
        [0, 1, true],
        [1, 1, false],
        [2, 1, false],
      ],
    ]);
  });

  it('reads a span as a browser does: leading digits, and 1 for none, zero or nonsense', () => {
    const spanOf = (value: string) => table(`<table border=1><tr><td colspan="${value}">A</td><td>B</td></tr></table>`).rows[0]!.cells[0]!.span;
    expect(spanOf(' 3abc')).toBe(3);
    expect(spanOf('2')).toBe(2);
    for (const value of ['', 'x', '0', '-2']) expect(spanOf(value), value).toBe(1);
  });

  it('marks the rows of a <thead> as header rows, and those of <tbody> and <tfoot> as not', () => {
    const t = table(
      '<table border=1><thead><tr><th>Мероприятие</th></tr></thead><tbody><tr><td>Семинар</td></tr></tbody><tfoot><tr><td>Итог</td></tr></tfoot></table>',
    );
    expect(t.rows.map((row) => row.header)).toEqual([true, false, false]);
  });

  it('does not count the rows of a table inside a cell, nor their spans and merges', () => {
    const t = table(
      '<table border=1><tr><td>A<table><tr><td rowspan=3 colspan=4>x</td></tr><tr><td>y</td></tr></table></td><td>B</td></tr><tr><td>C</td><td>D</td></tr></table>',
    );
    expect(t.columns).toBe(2);
    expect(texts(t)).toEqual([
      ['A|x|y', 'B'],
      ['C', 'D'],
    ]);
    expect(t.rows.flatMap((row) => row.cells.map((c) => [c.span, c.merged]))).toEqual([
      [1, false],
      [1, false],
      [1, false],
      [1, false],
    ]);
  });

  it('checks spans against the budget, naming the table by its number', () => {
    try {
      read('<table border=1><tr><td>A</td></tr></table><table border=1><tr><td colspan=1001>B</td></tr></table>');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DocumentBudgetError);
      expect((error as DocumentBudgetError).describe().params).toEqual({ table: 2, count: 1001, limit: 1000 });
    }
  });
});

describe('borders', () => {
  const bordered = (html: string) => table(html).bordered;

  it('are drawn by a border attribute above 0', () => {
    expect(bordered('<table border="1"><tr><td>A</td></tr></table>')).toBe(true);
    expect(bordered('<table border=2><tr><td>A</td></tr></table>')).toBe(true);
    expect(bordered('<table border="0"><tr><td>A</td></tr></table>')).toBe(false);
    expect(bordered('<table><tr><td>A</td></tr></table>')).toBe(false);
  });

  it('are drawn by a solid, double, dotted or dashed border in the style of the table or of its rows and cells', () => {
    for (const line of ['solid', 'double', 'dotted', 'dashed'])
      expect(bordered(`<table style="border: 1px ${line} black"><tr><td>A</td></tr></table>`), line).toBe(true);
    expect(bordered('<table><tr><td style="border-bottom:.5pt solid windowtext">A</td></tr></table>')).toBe(true);
    expect(bordered('<table><tr style="BORDER-TOP: 1px SOLID"><td>A</td></tr></table>')).toBe(true);
    expect(bordered('<table style="border: none"><tr><td style="border:0">A</td></tr></table>')).toBe(false);
    expect(bordered('<table style="border-collapse: collapse; color: solid"><tr><td>A</td></tr></table>')).toBe(false);
  });

  it('are not drawn by a table inside a cell', () => {
    const t = tables(read('<table><tr><td><table style="border:1px solid"><tr><td>A</td></tr></table></td></tr></table>'));
    expect(t.map((each) => each.bordered)).toEqual([true]);
  });
});

describe('a site’s layout tables', () => {
  it('reads a borderless table holding a table as the page itself, cell after cell', () => {
    const blocks = read(
      '<table><tr><td><p>Меню</p></td><td><div><table border=1><tr><td>Семинар</td></tr></table></div></td></tr><tr><td>Подвал</td></tr></table>',
    );
    expect(blocks.map((block) => (block.kind === 'paragraph' ? block.paragraph.text : `table:${texts(block.table).join()}`))).toEqual([
      'Меню',
      '',
      'table:Семинар',
      '',
      'Подвал',
      '',
    ]);
  });

  it('reads a bordered table holding a table as a plan table, and a borderless one without as a table', () => {
    expect(tables(read('<table border=1><tr><td>A<table><tr><td>B</td></tr></table></td></tr></table>'))).toHaveLength(1);
    expect(tables(read('<table><tr><td>A</td><td>B</td></tr></table>'))[0]!.columns).toBe(2);
  });

  it('finds the inner table through rows, thead and tfoot', () => {
    const blocks = read(
      '<table><thead><tr><td>Шапка</td></tr></thead><tfoot><tr><td><table border=1><tr><td>Семинар</td></tr></table></td></tr></tfoot></table>',
    );
    expect(tables(blocks)).toHaveLength(1);
    expect(paragraphs(blocks).map((paragraph) => [paragraph.text, paragraph.bold])).toEqual([
      ['Шапка', false],
      ['', false],
      ['', false],
    ]);
  });

  it('keeps the style it is in for the text of its cells', () => {
    const blocks = read('<b><table><tr><td>Раздел</td><td><table border=1><tr><td>x</td></tr></table></td></tr></table></b>');
    expect(paragraphs(blocks)[0]).toEqual({ text: 'Раздел', bold: true, italic: false, listItem: false });
  });
});

describe('the depth guard', () => {
  const nested = (depth: number) => utf8(`<html><body>${'<div>'.repeat(depth)}${'</div>'.repeat(depth)}</body></html>`);

  it('reads a page nested 254 elements deep under <body>, and refuses one 255 deep', () => {
    expect(readHtml(nested(254)).blocks).toEqual([]);
    try {
      readHtml(nested(255));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      expect((error as ImportError).problem).toBe('too-deep');
    }
  });

  it('counts text as one level deeper than its element', () => {
    const page = (depth: number) => utf8(`<html><body>${'<div>'.repeat(depth)}x${'</div>'.repeat(depth)}</body></html>`);
    expect(paragraphs(readHtml(page(253)).blocks).map((paragraph) => paragraph.text)).toEqual(['x', '']);
    expect(() => readHtml(page(254))).toThrow(ImportError);
  });

  it('refuses a page far deeper, without running out of stack', () => {
    expect(() => readHtml(nested(100_000))).toThrow(ImportError);
  });
});

describe('the edges of the HTML rules', () => {
  it('strips only a whole byte-order mark', () => {
    expect(decodeHtml(Uint8Array.from([0xef, 0x41, 0xbf, ...utf8('<p>x</p>')]))).toBe('\ufffdA\ufffd<p>x</p>');
    expect(decodeHtml(Uint8Array.from([0xef, 0xbb, 0x41, ...utf8('<p>x</p>')]))).toBe('\ufffdA<p>x</p>');
  });

  it('reads a meta charset with spaces round its equals sign', () => {
    expect(decodeHtml(cp1251('<meta charset = "windows-1251"><p>План</p>'))).toContain('План');
  });

  it('reads bold and italics from styles written without or with spaces, and only headings h1 to h6', () => {
    expect(only('<p><span style="font-weight : bold">Раздел</span></p>').bold).toBe(true);
    expect(only('<p><span style="font-style:italic">примечание</span></p>').italic).toBe(true);
    expect(only('<p><span style="font-style:  italic">примечание</span></p>').italic).toBe(true);
    expect(only('<p><xh1>Раздел</xh1></p>').bold).toBe(false);
    expect(only('<p><h1x>Раздел</h1x></p>').bold).toBe(false);
  });

  it('makes a plain paragraph no list item, and no paragraph of blank text or comments', () => {
    expect(only('<p>Раздел<!-- скрыто --></p>')).toEqual({ text: 'Раздел', bold: false, italic: false, listItem: false });
    expect(paragraphs(read('<div> </div><p>План</p>')).map((paragraph) => paragraph.text)).toEqual(['План']);
  });

  it('keeps inline text of a cell in one paragraph, and splits it at block elements', () => {
    expect(cellOf('Семинар <b>для</b> всех').map((paragraph) => paragraph.text)).toEqual(['Семинар для всех']);
    expect(cellOf('a<div>b</div>c').map((paragraph) => paragraph.text)).toEqual(['a', 'b', 'c']);
  });

  it('takes neither a caption nor a script for a row or a cell', () => {
    const t = table('<table border=1><caption>Заголовок</caption><tr><script>x()</script><td>A</td></tr></table>');
    expect(texts(t)).toEqual([['A']]);
  });

  it('reads a border style with spaces before its colon', () => {
    expect(table('<table style="border : 1px solid"><tr><td>A</td></tr></table>').bordered).toBe(true);
  });

  it('does not take the border of a table inside a cell for its own, so the outer one stays a layout', () => {
    const blocks = read('<table><tr><td>Меню<table style="border:1px solid"><tr><td>A</td></tr></table></td></tr></table>');
    expect(blocks.map((block) => (block.kind === 'paragraph' ? block.paragraph.text : `table:${texts(block.table).join()}`))).toEqual(['Меню', 'table:A', '']);
  });

  it('reads the header cells and no other element of a layout table', () => {
    const blocks = read('<table><colgroup><col></colgroup><tr><th>Меню</th><td><table border=1><tr><td>A</td></tr></table></td></tr></table>');
    expect(paragraphs(blocks).map((paragraph) => paragraph.text)).toEqual(['Меню', '', '']);
  });
});
