// Reads a rendered DOCX back into a small projection the tests can assert on:
// the body's tables, rows, cells and paragraph texts, plus the raw parts.
// The documents come from our own builder, so there are no nested tables and
// regular expressions over the XML are enough.
import JSZip from 'jszip';

interface CellProjection {
  readonly xml: string;
  readonly span: number;
  readonly paragraphs: readonly string[];
  readonly text: string;
}

interface RowProjection {
  readonly xml: string;
  readonly header: boolean;
  readonly cantSplit: boolean;
  readonly cells: readonly CellProjection[];
}

export interface TableProjection {
  readonly xml: string;
  readonly grid: readonly number[];
  readonly rows: readonly RowProjection[];
}

export interface DocxProjection {
  readonly documentXml: string;
  readonly stylesXml: string;
  readonly themeXml: string;
  readonly coreXml: string;
  readonly headers: readonly string[];
  /** The body's top-level elements in order: 'p' or 'tbl'. */
  readonly blocks: readonly ('p' | 'tbl')[];
  readonly tables: readonly TableProjection[];
  /** Texts of the body's top-level paragraphs (not those in tables). */
  readonly paragraphs: readonly string[];
}

const decode = (text: string) => text.replace(/&(lt|gt|amp|quot|apos);/g, (_, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[name]!);

/** The text of a paragraph: its w:t runs, a w:tab as «\t». */
function paragraphText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((m) => (m[0] === '<w:tab/>' ? '\t' : decode(m[1]!))).join('');
}

const elements = (xml: string, tag: string) => [...xml.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?(?:/>|>[\\s\\S]*?</${tag}>)`, 'g'))].map((m) => m[0]);

function cell(xml: string): CellProjection {
  const paragraphs = elements(xml, 'w:p').map(paragraphText);
  const span = Number(/<w:gridSpan w:val="(\d+)"/.exec(xml)?.[1] ?? 1);
  return { xml, span, paragraphs, text: paragraphs.join('\n') };
}

function table(xml: string): TableProjection {
  const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1]));
  const rows = elements(xml, 'w:tr').map((row) => ({
    xml: row,
    header: row.includes('<w:tblHeader/>'),
    cantSplit: row.includes('<w:cantSplit/>'),
    cells: elements(row, 'w:tc').map(cell),
  }));
  return { xml, grid, rows };
}

export async function projectDocx(bytes: Uint8Array): Promise<DocxProjection> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (path: string) => (await zip.file(path)?.async('string')) ?? '';
  const documentXml = await read('word/document.xml');
  const headerPaths = Object.keys(zip.files).filter((path) => /^word\/header\d+\.xml$/.test(path));
  const body = /<w:body>([\s\S]*)<w:sectPr/.exec(documentXml)?.[1] ?? '';
  const blocks = [...body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p(?:\s[^>]*)?\/>|<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g)].map((m) => m[0]);
  return {
    documentXml,
    stylesXml: await read('word/styles.xml'),
    themeXml: await read('word/theme/theme1.xml'),
    coreXml: await read('docProps/core.xml'),
    headers: await Promise.all(headerPaths.map(read)),
    blocks: blocks.map((block) => (block.startsWith('<w:tbl>') ? 'tbl' : 'p')),
    tables: blocks.filter((block) => block.startsWith('<w:tbl>')).map(table),
    paragraphs: blocks.filter((block) => !block.startsWith('<w:tbl>')).map(paragraphText),
  };
}

/** No-break spaces as plain spaces, for comparing with the input text. */
export const plainSpaces = (text: string) => text.replace(/\u00A0/g, ' ');
