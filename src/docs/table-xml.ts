// A table written straight into docx's serialisable form. A plan can have
// hundreds of rows; as docx Paragraph/TableCell/TableRow objects every row
// costs about a fifth of a millisecond to build and as much again to walk
// when packing, which made a 500-item plan miss the CLI's 0.3 s budget. This
// element is a docx FileChild like Table: it sits in the Document and
// Packer.toBuffer writes it, but its XML tree is made once, from plain
// objects that share their unchanging parts.
import { FileChild, type IXmlableObject } from 'docx';

export interface TableParagraph {
  readonly text: string;
  /** A paragraph style id, e.g. STYLES.cell. */
  readonly style: string;
  readonly italics?: boolean;
  readonly keepNext?: boolean;
}

export interface TableCellSpec {
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

const EMPTY = {};
const attr = (attributes: Record<string, string | number>): IXmlableObject => ({ _attr: attributes });
const dxa = (name: string, width: number): IXmlableObject => ({ [name]: attr({ 'w:type': 'dxa', 'w:w': width }) });
const single = (side: string): IXmlableObject => ({ [side]: attr({ 'w:val': 'single', 'w:color': '000000', 'w:sz': 4, 'w:space': 0 }) });

// The parts every row shares, made once.
const ITALIC_RUN = { 'w:rPr': [{ 'w:i': EMPTY }, { 'w:iCs': EMPTY }] };
const KEEP_NEXT = { 'w:keepNext': EMPTY };
const CANT_SPLIT = { 'w:cantSplit': EMPTY };
const TABLE_HEADER = { 'w:tblHeader': EMPTY };
const ROW_PROPERTIES = { 'w:trPr': [CANT_SPLIT] };
const HEADER_ROW_PROPERTIES = { 'w:trPr': [CANT_SPLIT, TABLE_HEADER] };
const styleCache = new Map<string, IXmlableObject>();
const pStyle = (style: string) => {
  let element = styleCache.get(style);
  if (!element) styleCache.set(style, (element = { 'w:pStyle': attr({ 'w:val': style }) }));
  return element;
};
const widthCache = new Map<number, IXmlableObject>();
const cellWidth = (width: number) => {
  let element = widthCache.get(width);
  if (!element) widthCache.set(width, (element = dxa('w:tcW', width)));
  return element;
};

function paragraphXml({ text, style, italics, keepNext }: TableParagraph): IXmlableObject {
  const properties = { 'w:pPr': keepNext ? [pStyle(style), KEEP_NEXT] : [pStyle(style)] };
  // typeset text has no leading, trailing or double spaces, so no xml:space="preserve"
  const textElement = { 'w:t': text };
  return { 'w:p': [properties, { 'w:r': italics ? [ITALIC_RUN, textElement] : [textElement] }] };
}

function cellXml(cell: TableCellSpec): IXmlableObject {
  const span = cell.span ?? 1;
  const properties = { 'w:tcPr': span > 1 ? [cellWidth(cell.width), { 'w:gridSpan': attr({ 'w:val': span }) }] : [cellWidth(cell.width)] };
  // a cell must end with a paragraph, even when it has nothing to say
  const paragraphs = cell.paragraphs.length > 0 ? cell.paragraphs.map(paragraphXml) : [{ 'w:p': EMPTY }];
  return { 'w:tc': [properties, ...paragraphs] };
}

function rowXml(row: TableRowSpec): IXmlableObject {
  return { 'w:tr': [row.header ? HEADER_ROW_PROPERTIES : ROW_PROPERTIES, ...row.cells.map(cellXml)] };
}

function tablePropertiesXml(spec: TableSpec): IXmlableObject {
  const margins = spec.cellMargins;
  return {
    'w:tblPr': [
      dxa('w:tblW', spec.width),
      { 'w:tblBorders': ['w:top', 'w:left', 'w:bottom', 'w:right', 'w:insideH', 'w:insideV'].map(single) },
      { 'w:tblLayout': attr({ 'w:type': 'fixed' }) },
      {
        'w:tblCellMar': [dxa('w:top', margins.top), dxa('w:left', margins.left), dxa('w:bottom', margins.bottom), dxa('w:right', margins.right)],
      },
    ],
  };
}

/** The whole `w:tbl` element: thin black borders, fixed layout, the given grid. */
export function tableXml(spec: TableSpec): IXmlableObject {
  const grid = { 'w:tblGrid': spec.columnWidths.map((width) => ({ 'w:gridCol': attr({ 'w:w': width }) })) };
  return { 'w:tbl': [tablePropertiesXml(spec), grid, ...spec.rows.map(rowXml)] };
}

/** A bordered table for a Document's children, written from `spec`. */
export class PreparedTable extends FileChild {
  private readonly xml: IXmlableObject;

  public constructor(spec: TableSpec) {
    super('w:tbl');
    this.xml = tableXml(spec);
  }

  public override prepForXml(): IXmlableObject {
    return this.xml;
  }
}
