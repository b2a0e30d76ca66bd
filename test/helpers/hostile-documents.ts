// Small documents that ask a reader for far more than they hold: spans and
// merges of millions of cells, rows copied into every row, very wide rows,
// thousands of notes. Shared by the budget tests, the fuzz tests and
// `npm run bench` (which bundles this file), so that each measures the same files.
import { strToU8, zipSync } from 'fflate';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

export const wordCell = (text: string, properties = '') =>
  `<w:tc>${properties ? `<w:tcPr>${properties}</w:tcPr>` : ''}<w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
const wordRow = (cells: string) => `<w:tr>${cells}</w:tr>`;
const PLAN_HEADER = wordRow(['№', 'Мероприятие', 'Сроки', 'Ответственные'].map((text) => wordCell(text)).join(''));

/** A DOCX holding `body` (the inside of w:body); the smallest package Word and our reader accept. */
export function docxOf(body: string): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
  });
}

/** One cell spanning `span` grid columns, in the third table (two small ones before it). */
export function docxHugeGridSpan(span = 2_000_000_000): Uint8Array {
  const small = `<w:tbl>${wordRow(wordCell('а'))}</w:tbl><w:p/>`;
  return docxOf(`${small}${small}<w:tbl>${PLAN_HEADER}${wordRow(wordCell('1', `<w:gridSpan w:val="${span}"/>`))}</w:tbl>`);
}

/** `cells` cells of span `span` each, in one row. */
export function docxManySpans(cells = 200, span = 100_000): Uint8Array {
  return docxOf(`<w:tbl>${PLAN_HEADER}${wordRow(Array.from({ length: cells }, () => wordCell('x', `<w:gridSpan w:val="${span}"/>`)).join(''))}</w:tbl>`);
}

/** A vertical merge started by a cell of `chars` characters and continued over `rows` rows. */
export function docxVMergeChain(rows = 20_000, chars = 20_000): Uint8Array {
  const start = wordRow(wordCell('1') + wordCell('x'.repeat(chars), '<w:vMerge w:val="restart"/>') + wordCell('май') + wordCell('Иванова'));
  const next = wordRow(wordCell('2') + wordCell('', '<w:vMerge/>') + wordCell('май') + wordCell('Иванова'));
  return docxOf(`<w:tbl>${PLAN_HEADER}${start}${next.repeat(rows)}</w:tbl>`);
}

/** A plan whose every row has `extra` cells under no heading: each becomes a note on its item. */
export function docxManyNotes(rows = 20, extra = 2_000): Uint8Array {
  const row = wordRow(wordCell('1') + wordCell('Семинар') + wordCell('май') + wordCell('Иванова') + wordCell('лишнее').repeat(extra));
  return docxOf(`<w:tbl>${PLAN_HEADER}${row.repeat(rows)}</w:tbl>`);
}

/** A workbook of one sheet holding a plan's header and `extraSheetXml` (merges go after sheetData). */
export function xlsxOf(options: { merges?: readonly string[]; dimension?: string; rows?: string } = {}): Uint8Array {
  const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
  const rows =
    options.rows ??
    `<row r="1">${cell('A1', '№')}${cell('B1', 'Мероприятие')}${cell('C1', 'Сроки')}${cell('D1', 'Ответственные')}</row><row r="2">${cell('A2', '1')}${cell('B2', 'Семинар')}${cell('C2', 'май')}${cell('D2', 'Иванова')}</row>`;
  const merges = options.merges?.length
    ? `<mergeCells count="${options.merges.length}">${options.merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>`
    : '';
  const dimension = options.dimension ? `<dimension ref="${options.dimension}"/>` : '';
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="План" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${main}">${dimension}<sheetData>${rows}</sheetData>${merges}</worksheet>`,
    ),
  });
}

/** A page whose first row's cells each span `rowspan` rows, over `rows` empty rows: every covered cell is copied into every row. */
export function htmlRowspanCopies(cells = 5_000, rows = 1_000, rowspan = 1_000): Uint8Array {
  const header = '<tr><td>№</td><td>Мероприятие</td><td>Сроки</td><td>Ответственные</td></tr>';
  const first = `<tr>${`<td rowspan="${rowspan}">текст</td>`.repeat(cells)}</tr>`;
  return strToU8(`<html><body><table border="1">${header}${first}${'<tr></tr>'.repeat(rows)}</table></body></html>`);
}

/** A page with a header row of `cells` cells and `rows` rows under it. */
export function htmlWideRow(cells = 100_000, rows = 10): Uint8Array {
  const header = `<tr><td>№</td><td>Мероприятие</td><td>Сроки</td><td>Ответственные</td>${'<td>x</td>'.repeat(cells)}</tr>`;
  return strToU8(
    `<html><body><table border="1">${header}${'<tr><td>1</td><td>Семинар</td><td>май</td><td>Иванова</td></tr>'.repeat(rows)}</table></body></html>`,
  );
}

/** A page with one cell spanning `colspan` columns. */
export function htmlHugeColspan(colspan = 2_000_000_000): Uint8Array {
  return strToU8(
    `<html><body><table border="1"><tr><td>№</td><td>Мероприятие</td><td>Сроки</td></tr><tr><td colspan="${colspan}">x</td></tr></table></body></html>`,
  );
}

/** `count` approval stamps above the plan table, each a line of its own. */
export function docxManyStamps(count = 20_000): Uint8Array {
  const paragraph = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
  return docxOf(
    `${paragraph('СОГЛАСОВАНО').repeat(count)}${paragraph('План работы')}<w:tbl>${PLAN_HEADER}${wordRow(wordCell('1') + wordCell('Семинар') + wordCell('май') + wordCell('Иванова'))}</w:tbl>`,
  );
}

/** A workbook with `count` merged ranges of `rows` × 10 cells each, one under another. */
export function xlsxManyMerges(count = 200, rows = 100): Uint8Array {
  return xlsxOf({ merges: Array.from({ length: count }, (_, index) => `A${3 + index * rows}:J${2 + (index + 1) * rows}`) });
}
