// Every reader of `plan import` on random and hostile documents: tables with
// spans and merges of any size (two billion, zero, negative, not a number),
// vertical merges, nested tables, damaged bytes. Each read ends in a document
// within the budget (its grid no larger than DOCUMENT_BUDGET.gridCells) that
// the mapper takes or refuses with an ImportError, or in an ImportError or a
// DocumentBudgetError whose message renders in both languages; nothing else is
// thrown, and memory stays bounded. FUZZ_RUNS scales the runs (default 40 each).
import fc from 'fast-check';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { isMessageCode, translator, type MessageCode } from '../../src/i18n/messages.js';
import { readDocx } from '../../src/import/docx.js';
import { ImportError } from '../../src/import/errors.js';
import { readHtml } from '../../src/import/html.js';
import { mapPlan } from '../../src/import/map-plan.js';
import type { ImportedDocument } from '../../src/import/table-model.js';
import { readXlsx } from '../../src/import/xlsx.js';
import { DOCUMENT_BUDGET, DocumentBudgetError } from '../../src/util/document-budget.js';
import { docxOf, wordCell, xlsxOf } from '../helpers/hostile-documents.js';
import { expectNoSlips } from '../helpers/own-words.js';

const runs = Number(process.env.FUZZ_RUNS ?? 40);

/** A span as a document might claim it: ordinary, large, huge, or not a number at all. */
const span = fc
  .oneof(
    { arbitrary: fc.integer({ min: 1, max: 4 }), weight: 6 },
    { arbitrary: fc.integer({ min: 900, max: 120_000 }), weight: 1 },
    { arbitrary: fc.constantFrom(0, -1, 2_000_000_000, 2 ** 31 - 1), weight: 1 },
  )
  .map(String);
const hostileSpan = fc.oneof(span, fc.constantFrom('', 'abc', '1e9', ' 12abc', '0x10', 'NaN', '-0'));
const text = fc.oneof(
  { arbitrary: fc.constantFrom('№', 'Мероприятие', 'Сроки', 'Ответственные', 'СОГЛАСОВАНО', 'Семинар', 'май', 'Иванова И.И.', 'I. Раздел', ''), weight: 6 },
  { arbitrary: fc.string({ maxLength: 20 }).map((value) => value.replace(/[<&]/g, ' ')), weight: 2 },
  { arbitrary: fc.constantFrom('x'.repeat(5000), '&amp;&lt;', '&#0;'), weight: 1 },
);

const wordTable = fc
  .array(
    fc.array(fc.record({ text, span: fc.option(hostileSpan), vMerge: fc.constantFrom(undefined, 'restart', 'continue'), nested: fc.boolean() }), {
      minLength: 1,
      maxLength: 6,
    }),
    { minLength: 1, maxLength: 8 },
  )
  .chain((rows) => fc.tuple(fc.constant(rows), fc.integer({ min: 0, max: 1500 }), fc.option(hostileSpan)))
  .map(([rows, repeat, gridBefore]) => {
    const row = (cells: (typeof rows)[number]) =>
      `<w:tr>${gridBefore !== null ? `<w:trPr/><w:gridBefore w:val="${gridBefore}"/>` : ''}${cells
        .map((cell) => {
          const properties = `${cell.span !== null ? `<w:gridSpan w:val="${cell.span}"/>` : ''}${cell.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : cell.vMerge === 'continue' ? '<w:vMerge/>' : ''}`;
          return cell.nested ? `<w:tc><w:tbl><w:tr>${wordCell(cell.text)}</w:tr></w:tbl><w:p/></w:tc>` : wordCell(cell.text, properties);
        })
        .join('')}</w:tr>`;
    // the last row repeated: long vertical merges and many rows
    return `<w:tbl>${rows.map(row).join('')}${row(rows.at(-1)!).repeat(repeat)}</w:tbl>`;
  });
const wordBody = fc
  .array(
    fc.oneof(
      wordTable,
      text.map((value) => `<w:p><w:r><w:t>${value}</w:t></w:r></w:p>`),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((blocks) => blocks.join(''));
const docx = fc.oneof(
  { arbitrary: wordBody.map(docxOf), weight: 5 },
  // damaged anywhere
  {
    arbitrary: fc.tuple(wordBody.map(docxOf), fc.nat(), fc.integer({ min: 0, max: 255 })).map(([bytes, at, byte]) => {
      const copy = Uint8Array.from(bytes);
      copy[at % copy.length] = byte;
      return copy;
    }),
    weight: 1,
  },
);

const cellName = fc
  .tuple(fc.constantFrom('A', 'B', 'J', 'Z', 'AA', 'XFD'), fc.constantFrom(1, 2, 6, 200, 10_001, 200_000, 1_048_576))
  .map(([column, row]) => `${column}${row}`);
const xlsx = fc
  .record({
    merges: fc.array(
      fc.oneof(
        fc.tuple(cellName, cellName).map(([a, b]) => `${a}:${b}`),
        fc.constantFrom('A1', 'B2:A1', 'A0:B1', '', 'A1:'),
      ),
      { maxLength: 12 },
    ),
    dimension: fc.option(fc.tuple(cellName, cellName).map(([a, b]) => `${a}:${b}`)),
    far: fc.option(cellName),
  })
  .map(({ merges, dimension, far }) =>
    xlsxOf({
      merges,
      ...(dimension ? { dimension } : {}),
      ...(far
        ? {
            rows: `<row r="1"><c r="A1" t="inlineStr"><is><t>Мероприятие</t></is></c><c r="B1" t="inlineStr"><is><t>Сроки</t></is></c></row><row r="${far.replace(/^[A-Z]+/, '')}"><c r="${far}" t="inlineStr"><is><t>x</t></is></c></row>`,
          }
        : {}),
    }),
  );

const htmlCell = fc.record({ text, colspan: fc.option(hostileSpan), rowspan: fc.option(hostileSpan), tag: fc.constantFrom('td', 'th') });
const html = fc
  .tuple(fc.array(fc.array(htmlCell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 2000 }), fc.boolean())
  .map(([rows, emptyRows, unclosed]) => {
    const cell = (c: { text: string; colspan: string | null; rowspan: string | null; tag: string }) =>
      `<${c.tag}${c.colspan !== null ? ` colspan="${c.colspan}"` : ''}${c.rowspan !== null ? ` rowspan="${c.rowspan}"` : ''}>${c.text.replace(/</g, ' ')}${unclosed ? '' : `</${c.tag}>`}`;
    return strToU8(
      `<html><body><p>План</p><table border="1">${rows.map((row) => `<tr>${row.map(cell).join('')}</tr>`).join('')}${'<tr></tr>'.repeat(emptyRows)}</table></body></html>`,
    );
  });

/** The outcome of reading and mapping; throws only what is not a user's error. */
function expectHandled(read: () => ImportedDocument, input: Uint8Array): void {
  let document: ImportedDocument;
  try {
    document = read();
  } catch (error) {
    expectUserError(error, input);
    return;
  }
  let cells = 0;
  for (const block of document.blocks) if (block.kind === 'table') cells += block.table.rows.length * block.table.columns;
  expect(cells).toBeLessThanOrEqual(DOCUMENT_BUDGET.gridCells);
  try {
    mapPlan(document);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
  }
}

function expectUserError(error: unknown, input: Uint8Array): void {
  let code: string;
  let params: Record<string, string | number | undefined> = {};
  if (error instanceof DocumentBudgetError) ({ code, params } = error.describe());
  else if (error instanceof ImportError) [code, params] = [`import-${error.problem}`, error.params];
  else throw error;
  expect(isMessageCode(code), code).toBe(true);
  for (const locale of ['en', 'ru'] as const) {
    const message = translator(locale)(code as MessageCode, params);
    expectNoSlips(message, input);
    expect(message.split('\n')).toHaveLength(1);
  }
}

/** Resident memory after the runs, above what it was before. */
function growthMb(before: number): number {
  return (process.memoryUsage().rss - before) / 1024 / 1024;
}

describe('import readers on hostile documents', () => {
  it('DOCX: a document within the budget, or one line', () => {
    const before = process.memoryUsage().rss;
    fc.assert(
      fc.property(docx, (bytes) => expectHandled(() => readDocx(bytes), bytes)),
      { numRuns: runs },
    );
    expect(growthMb(before)).toBeLessThan(300);
  }, 120_000);

  it('HTML: a document within the budget, or one line', () => {
    const before = process.memoryUsage().rss;
    fc.assert(
      fc.property(html, (bytes) => expectHandled(() => readHtml(bytes), bytes)),
      { numRuns: runs },
    );
    expect(growthMb(before)).toBeLessThan(300);
  }, 120_000);

  it('XLSX: merges checked before exceljs, a document within the budget, or one line', async () => {
    const before = process.memoryUsage().rss;
    await fc.assert(
      fc.asyncProperty(xlsx, async (bytes) => {
        let document: ImportedDocument | undefined;
        try {
          document = await readXlsx(bytes);
        } catch (error) {
          expectUserError(error, bytes);
        }
        if (document) expectHandled(() => document, bytes);
      }),
      { numRuns: runs },
    );
    expect(growthMb(before)).toBeLessThan(300);
  }, 120_000);
});
