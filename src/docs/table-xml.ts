// A table written straight as WordprocessingML text. A plan can have
// thousands of rows; as docx Paragraph/TableCell/TableRow objects every row
// costs about a fifth of a millisecond to build and as much again to walk
// when packing, and even as docx's plain serialisable objects a 5000-item
// table took more than 100 MB while docx turned it into text. Here the table
// is text from the start, and a placeholder stands for it in the Document
// until the package is written.
import { Packer, FileChild, type Document, type IXmlableObject } from 'docx';
import { strFromU8, strToU8, zipSync } from 'fflate';

export interface TableParagraph {
  readonly text: string;
  /** A paragraph style id, e.g. STYLES.cell. */
  readonly style: string;
  readonly italics?: boolean;
  readonly keepNext?: boolean;
}

interface TableCellSpec {
  /** Twips. */
  readonly width: number;
  readonly paragraphs: readonly TableParagraph[];
  /** Grid columns the cell spans (w:gridSpan), 1 when absent. */
  readonly span?: number;
}

export interface TableRowSpec {
  readonly cells: readonly TableCellSpec[];
  /** Repeated at the top of every page (w:tblHeader). */
  readonly header?: boolean;
}

export interface TableSpec {
  /** Twips; the columns add up to it. */
  readonly width: number;
  readonly columnWidths: readonly number[];
  /** Twips of padding inside every cell. */
  readonly cellMargins: { readonly top: number; readonly left: number; readonly bottom: number; readonly right: number };
  readonly rows: readonly TableRowSpec[];
}

// docx's own escaping of text and attribute values, so that the XML is byte for byte what it would write.
const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
const UNSAFE = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g');
const escapeXml = (value: string) => (UNSAFE.test(value) ? value.replace(UNSAFE_ALL, (char) => ESCAPES[char] ?? '') : value);

const dxa = (name: string, width: number) => `<${name} w:type="dxa" w:w="${width}"/>`;
const single = (side: string) => `<${side} w:val="single" w:color="000000" w:sz="4" w:space="0"/>`;
const ITALIC_RUN_PROPERTIES = '<w:rPr><w:i/><w:iCs/></w:rPr>';
const ROW_PROPERTIES = '<w:trPr><w:cantSplit/></w:trPr>';
const HEADER_ROW_PROPERTIES = '<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>';

function paragraphXml({ text, style, italics, keepNext }: TableParagraph): string {
  // typeset text has no leading, trailing or double spaces, so no xml:space="preserve"
  return (
    `<w:p><w:pPr><w:pStyle w:val="${escapeXml(style)}"/>${keepNext ? '<w:keepNext/>' : ''}</w:pPr>` +
    `<w:r>${italics ? ITALIC_RUN_PROPERTIES : ''}<w:t>${escapeXml(text)}</w:t></w:r></w:p>`
  );
}

function cellXml(cell: TableCellSpec): string {
  const span = cell.span ?? 1;
  const properties = `<w:tcPr>${dxa('w:tcW', cell.width)}${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}</w:tcPr>`;
  // a cell must end with a paragraph, even when it has nothing to say
  const paragraphs = cell.paragraphs.length > 0 ? cell.paragraphs.map(paragraphXml).join('') : '<w:p/>';
  return `<w:tc>${properties}${paragraphs}</w:tc>`;
}

function rowXml(row: TableRowSpec): string {
  return `<w:tr>${row.header ? HEADER_ROW_PROPERTIES : ROW_PROPERTIES}${row.cells.map(cellXml).join('')}</w:tr>`;
}

function tablePropertiesXml(spec: TableSpec): string {
  const margins = spec.cellMargins;
  const borders = ['w:top', 'w:left', 'w:bottom', 'w:right', 'w:insideH', 'w:insideV'].map(single).join('');
  const cellMargins = dxa('w:top', margins.top) + dxa('w:left', margins.left) + dxa('w:bottom', margins.bottom) + dxa('w:right', margins.right);
  return `<w:tblPr>${dxa('w:tblW', spec.width)}<w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar>${cellMargins}</w:tblCellMar></w:tblPr>`;
}

/**
 * The whole `w:tbl` element as XML text: thin black borders, fixed layout, the
 * given grid. Written as text, row by row, into one string: docx's way (an
 * object per element, then a second tree, then a string per level) took more
 * than 100 MB for 5000 items.
 */
export function tableXml(spec: TableSpec): string {
  const parts = [tablePropertiesXml(spec), `<w:tblGrid>${spec.columnWidths.map((width) => `<w:gridCol w:w="${width}"/>`).join('')}</w:tblGrid>`];
  for (const row of spec.rows) parts.push(rowXml(row));
  return `<w:tbl>${parts.join('')}</w:tbl>`;
}

let tableCount = 0;

/**
 * A bordered table for a Document's children, written from `spec`. In the
 * Document it is a placeholder; packWithTables (below) packs the Document and
 * puts the table's XML in its place.
 */
export class PreparedTable extends FileChild {
  public readonly xml: string;
  /** What docx writes for this table, to be replaced by its XML. */
  public readonly placeholder: string;
  private readonly marker = `centre-prepared-table-${++tableCount}`;

  public constructor(spec: TableSpec) {
    super('w:tbl');
    this.xml = tableXml(spec);
    this.placeholder = `<w:tbl>${this.marker}</w:tbl>`;
  }

  public override prepForXml(): IXmlableObject {
    return { 'w:tbl': this.marker };
  }
}

const DOCUMENT_PART = 'word/document.xml';

/** The DOCX of `document`, with the XML of each of its prepared `tables` in place. */
export async function packWithTables(document: Document, tables: readonly PreparedTable[]): Promise<Buffer> {
  const files = packageParts(document);
  let xml = strFromU8(files[DOCUMENT_PART]!);
  for (const table of tables) {
    const at = xml.indexOf(table.placeholder);
    if (at === -1) throw new Error(`${DOCUMENT_PART} has no ${table.placeholder}`);
    xml = xml.slice(0, at) + table.xml + xml.slice(at + table.placeholder.length);
  }
  files[DOCUMENT_PART] = strToU8(xml);
  return Buffer.from(zipSync(files));
}

/**
 * The DOCX of a Document that has no prepared tables: its parts zipped once (packageParts, below), as
 * every DOCX of centre is; docx's own Packer.toBuffer took some 20 ms more a document (a site build with
 * two documents 476 → 431 ms of processor).
 */
export function packDocx(document: Document): Promise<Buffer> {
  return packWithTables(document, []);
}

/** What Packer.toBuffer zips: docx's compiler, on Packer though not in docx's types. */
interface PackageCompiler {
  compile(file: Document, prettify: undefined, overrides: readonly never[]): ReadonlyMap<string, string | ArrayBufferView | ArrayBuffer>;
}

/**
 * The parts of the package docx would write, in its order, taken from docx's compiler as Packer.toBuffer zips them:
 * not zipped and unzipped again (a deflate and an inflate of every part, a sixth of a plan's site build). docx is
 * pinned to one version; the tests compare every part with Packer.toBuffer's, so a docx without it fails them.
 */
function packageParts(document: Document): Record<string, Uint8Array> {
  const parts = (Packer as unknown as { compiler: PackageCompiler }).compiler.compile(document, undefined, []);
  return Object.fromEntries(
    [...parts].map(([name, data]) => [
      name,
      typeof data === 'string'
        ? strToU8(data)
        : ArrayBuffer.isView(data)
          ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
          : new Uint8Array(data),
    ]),
  );
}
