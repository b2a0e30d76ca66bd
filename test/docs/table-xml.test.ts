// The plan table is written as XML text, not through docx's object tree: it
// must be byte for byte what docx itself writes for the same table, escaping
// included, and it must end up in the package in place of its placeholder.
import { Document, FileChild, Packer, Paragraph, type IXmlableObject } from 'docx';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { packWithTables, PreparedTable, tableXml, type TableParagraph, type TableRowSpec, type TableSpec } from '../../src/docs/table-xml.js';

// docx's serialisable form of the same table, element by element: the oracle.
const attr = (attributes: Record<string, string | number>) => ({ _attr: attributes });
const dxa = (name: string, width: number) => ({ [name]: attr({ 'w:type': 'dxa', 'w:w': width }) });
const paragraphObject = ({ text, style, italics, keepNext }: TableParagraph) => ({
  'w:p': [
    { 'w:pPr': [{ 'w:pStyle': attr({ 'w:val': style }) }, ...(keepNext ? [{ 'w:keepNext': {} }] : [])] },
    { 'w:r': [...(italics ? [{ 'w:rPr': [{ 'w:i': {} }, { 'w:iCs': {} }] }] : []), { 'w:t': text }] },
  ],
});
const rowObject = (row: TableRowSpec) => ({
  'w:tr': [
    { 'w:trPr': [{ 'w:cantSplit': {} }, ...(row.header ? [{ 'w:tblHeader': {} }] : [])] },
    ...row.cells.map((cell) => ({
      'w:tc': [
        { 'w:tcPr': [dxa('w:tcW', cell.width), ...((cell.span ?? 1) > 1 ? [{ 'w:gridSpan': attr({ 'w:val': cell.span! }) }] : [])] },
        ...(cell.paragraphs.length > 0 ? cell.paragraphs.map(paragraphObject) : [{ 'w:p': {} }]),
      ],
    })),
  ],
});
const tableObject = (spec: TableSpec): IXmlableObject => ({
  'w:tbl': [
    {
      'w:tblPr': [
        dxa('w:tblW', spec.width),
        {
          'w:tblBorders': ['w:top', 'w:left', 'w:bottom', 'w:right', 'w:insideH', 'w:insideV'].map((side) => ({
            [side]: attr({ 'w:val': 'single', 'w:color': '000000', 'w:sz': 4, 'w:space': 0 }),
          })),
        },
        { 'w:tblLayout': attr({ 'w:type': 'fixed' }) },
        { 'w:tblCellMar': (['top', 'left', 'bottom', 'right'] as const).map((side) => dxa(`w:${side}`, spec.cellMargins[side])) },
      ],
    },
    { 'w:tblGrid': spec.columnWidths.map((width) => ({ 'w:gridCol': attr({ 'w:w': width }) })) },
    ...spec.rows.map(rowObject),
  ],
});

class ObjectTable extends FileChild {
  public constructor(private readonly xml: IXmlableObject) {
    super('w:tbl');
  }
  public override prepForXml(): IXmlableObject {
    return this.xml;
  }
}

const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']!);
const tableIn = (xml: string) => xml.slice(xml.indexOf('<w:tbl>'), xml.lastIndexOf('</w:tbl>') + '</w:tbl>'.length);
const documentWith = (table: FileChild) => new Document({ sections: [{ children: [new Paragraph('до'), table, new Paragraph('после')] }] });

// Text with everything XML must escape or drop, Cyrillic, and characters beyond the BMP.
const text = fc.string({ unit: fc.constantFrom('а', 'Я', ' ', '&', '<', '>', '"', "'", '«', '»', '\u0001', '\u000b', '\t', '😀', 'x'), maxLength: 20 });
const paragraph = fc.record(
  { text, style: fc.constantFrom('Cell', 'CellCentred', 'a&b'), italics: fc.boolean(), keepNext: fc.boolean() },
  { requiredKeys: ['text', 'style'] },
);
const cell = fc.record(
  { width: fc.integer({ min: 100, max: 9000 }), paragraphs: fc.array(paragraph, { maxLength: 3 }), span: fc.integer({ min: 1, max: 4 }) },
  { requiredKeys: ['width', 'paragraphs'] },
);
const spec: fc.Arbitrary<TableSpec> = fc.record({
  width: fc.integer({ min: 1000, max: 15000 }),
  columnWidths: fc.array(fc.integer({ min: 100, max: 9000 }), { minLength: 1, maxLength: 4 }),
  cellMargins: fc.record({ top: fc.nat(200), left: fc.nat(200), bottom: fc.nat(200), right: fc.nat(200) }),
  rows: fc.array(fc.record({ cells: fc.array(cell, { minLength: 1, maxLength: 4 }), header: fc.boolean() }, { requiredKeys: ['cells'] }), { maxLength: 4 }),
});

describe('tableXml', () => {
  it('writes exactly what docx writes for the same table (property)', async () => {
    await fc.assert(
      fc.asyncProperty(spec, async (generated) => {
        const expected = tableIn(documentXml(await Packer.toBuffer(documentWith(new ObjectTable(tableObject(generated))))));
        expect(tableXml(generated)).toBe(expected);
      }),
      { numRuns: 60 },
    );
  });
});

describe('packWithTables', () => {
  it('puts each prepared table where its placeholder stands, and leaves the rest of the document as docx writes it', async () => {
    const generated = fc.sample(spec, { numRuns: 1, seed: 42 })[0]!;
    const prepared = new PreparedTable(generated);
    const packed = documentXml(await packWithTables(documentWith(prepared), [prepared]));
    const reference = documentXml(await Packer.toBuffer(documentWith(new ObjectTable(tableObject(generated)))));
    expect(packed).toBe(reference);
    expect(packed).not.toContain('centre-prepared-table');
  });

  it('writes every other part of the package as docx does, byte for byte and in its order', async () => {
    const prepared = new PreparedTable(fc.sample(spec, { numRuns: 1, seed: 42 })[0]!);
    const document = documentWith(prepared);
    const ours = unzipSync(await packWithTables(document, [prepared]));
    const docx = unzipSync(await Packer.toBuffer(document));
    expect(Object.keys(ours)).toEqual(Object.keys(docx));
    for (const name of Object.keys(docx).filter((part) => part !== 'word/document.xml'))
      expect(Buffer.from(ours[name]!).equals(Buffer.from(docx[name]!)), name).toBe(true);
  });

  it('refuses a table whose placeholder is not in the document', async () => {
    const stray = new PreparedTable(fc.sample(spec, { numRuns: 1, seed: 7 })[0]!);
    await expect(packWithTables(documentWith(new ObjectTable({ 'w:tbl': {} })), [stray])).rejects.toThrow(/has no <w:tbl>centre-prepared-table-\d+<\/w:tbl>/);
  });
});
