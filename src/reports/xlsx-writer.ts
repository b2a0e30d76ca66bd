// A small XLSX writer that streams rows into the zip as they come: the summary
// of 40,000 schools is written in the memory of a few rows. It knows what the
// summary needs and no more: inline strings, numbers, dates, formulas with
// their stored results, bold and wrapped text, number formats, column widths,
// frozen panes, an autofilter, hidden sheets and defined names.
import { strToU8, Zip, ZipDeflate } from 'fflate';
import { columnLetter } from './columns.js';

export interface CellStyle {
  readonly bold?: boolean;
  readonly size?: number;
  readonly wrap?: boolean;
  readonly numFmt?: string;
}

export type CellInput = null | undefined | string | number | Date | { readonly formula: string; readonly result: string | number | null };

export interface StyledCell {
  readonly value: CellInput;
  readonly style?: CellStyle;
}

export interface SheetOptions {
  readonly name: string;
  readonly state?: 'visible' | 'veryHidden';
  readonly widths?: readonly number[];
  /** Columns and rows kept in view: {columns: 3, rows: 2} freezes A:C and 1:2. */
  readonly frozen?: { readonly columns?: number; readonly rows?: number };
  /** «A2:N40»: the range with filter buttons. */
  readonly autoFilter?: string;
  /** Printed on A4 landscape, as wide as the page, with the first `titleRows` rows on every page. */
  readonly print?: { readonly titleRows?: number };
}

const xmlHeader = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Text as XML character data; characters XML cannot hold (a school may paste them) are dropped. */
function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);
}

/** Days since 1899-12-30, as spreadsheets count dates. */
function dateSerial(date: Date): number {
  return (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
}

export class XlsxWriter {
  private readonly chunks: Uint8Array[] = [];
  private readonly zip = new Zip((error, chunk) => {
    if (error) throw error;
    this.chunks.push(chunk);
  });
  private readonly sheets: SheetOptions[] = [];
  private readonly names: { name: string; reference: string }[] = [];
  private readonly styles = new Map<string, number>([['{}', 0]]);
  private readonly numFmts = new Map<string, number>();
  private open: SheetWriter | undefined;

  constructor(private readonly properties: { readonly title?: string; readonly creator?: string } = {}) {}

  /** Starts the next sheet; the previous one is closed. */
  addSheet(options: SheetOptions): SheetWriter {
    this.open?.close();
    this.sheets.push(options);
    const file = new ZipDeflate(`xl/worksheets/sheet${this.sheets.length}.xml`, { level: 6 });
    this.zip.add(file);
    this.open = new SheetWriter(file, options, (style) => this.styleId(style));
    return this.open;
  }

  defineName(name: string, reference: string): void {
    this.names.push({ name, reference });
  }

  /** The workbook's bytes. */
  finish(): Uint8Array {
    this.open?.close();
    this.add('[Content_Types].xml', this.contentTypes());
    this.add(
      '_rels/.rels',
      `${xmlHeader}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    );
    this.add('docProps/core.xml', this.core());
    this.add('xl/workbook.xml', this.workbook());
    this.add('xl/_rels/workbook.xml.rels', this.workbookRelations());
    this.add('xl/styles.xml', this.stylesXml());
    this.zip.end();
    const size = this.chunks.reduce((sum, chunk) => sum + chunk.length, 0);
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const chunk of this.chunks) (bytes.set(chunk, at), (at += chunk.length));
    return bytes;
  }

  private add(name: string, text: string): void {
    const file = new ZipDeflate(name, { level: 6 });
    this.zip.add(file);
    file.push(strToU8(text), true);
  }

  private readonly styleIds = new WeakMap<CellStyle, number>();

  private styleId(style: CellStyle | undefined): number {
    if (!style) return 0;
    const known = this.styleIds.get(style);
    if (known !== undefined) return known;
    const id = this.newStyleId(style);
    this.styleIds.set(style, id);
    return id;
  }

  private newStyleId(style: CellStyle): number {
    const key = JSON.stringify({ b: style.bold || undefined, s: style.size, w: style.wrap || undefined, n: style.numFmt });
    let id = this.styles.get(key);
    if (id === undefined) this.styles.set(key, (id = this.styles.size));
    if (style.numFmt && !this.numFmts.has(style.numFmt)) this.numFmts.set(style.numFmt, 164 + this.numFmts.size);
    return id;
  }

  private contentTypes(): string {
    const sheets = this.sheets
      .map(
        (_, i) =>
          `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      )
      .join('');
    return `${xmlHeader}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`;
  }

  private core(): string {
    const now = `${new Date().toISOString().slice(0, 19)}Z`;
    const { title, creator } = this.properties;
    return `${xmlHeader}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${title ? `<dc:title>${escapeXml(title)}</dc:title>` : ''}${creator ? `<dc:creator>${escapeXml(creator)}</dc:creator>` : ''}<dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified></cp:coreProperties>`;
  }

  private workbook(): string {
    const sheets = this.sheets
      .map(
        (sheet, i) =>
          `<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}"${sheet.state && sheet.state !== 'visible' ? ` state="${sheet.state}"` : ''} r:id="rId${i + 1}"/>`,
      )
      .join('');
    const filters = this.sheets.flatMap((sheet, i) =>
      sheet.autoFilter
        ? [`<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${escapeXml(absolute(sheet.name, sheet.autoFilter))}</definedName>`]
        : [],
    );
    const titles = this.sheets.flatMap((sheet, i) => {
      const rows = sheet.print?.titleRows;
      return rows
        ? [`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(`'${sheet.name.replaceAll("'", "''")}'!$1:$${rows}`)}</definedName>`]
        : [];
    });
    const names = this.names.map(({ name, reference }) => `<definedName name="${escapeXml(name)}">${escapeXml(reference)}</definedName>`);
    const defined = [...filters, ...titles, ...names];
    return `${xmlHeader}<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><bookViews><workbookView/></bookViews><sheets>${sheets}</sheets>${defined.length > 0 ? `<definedNames>${defined.join('')}</definedNames>` : ''}</workbook>`;
  }

  private workbookRelations(): string {
    const sheets = this.sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join('');
    return `${xmlHeader}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets}<Relationship Id="rId${this.sheets.length + 1}" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/></Relationships>`;
  }

  private stylesXml(): string {
    const styles = [...this.styles.keys()].map((key) => JSON.parse(key) as { b?: boolean; s?: number; w?: boolean; n?: string });
    const fonts = styles.map((s) => `<font>${s.b ? '<b/>' : ''}<sz val="${s.s ?? 11}"/><name val="Calibri"/><family val="2"/></font>`);
    const xfs = styles.map((s, i) => {
      const numFmt = s.n ? this.numFmts.get(s.n)! : 0;
      return `<xf numFmtId="${numFmt}" fontId="${i}" fillId="0" borderId="0" xfId="0"${numFmt ? ' applyNumberFormat="1"' : ''}${i ? ' applyFont="1"' : ''}${s.w ? ' applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>' : '/>'}`;
    });
    const numFmts = [...this.numFmts.entries()].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return `${xmlHeader}<styleSheet xmlns="${MAIN}">${numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.join('')}</numFmts>` : ''}<fonts count="${fonts.length}">${fonts.join('')}</fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
  }
}

/** «'Свод'!$A$2:$N$40» from a sheet name and «A2:N40». */
function absolute(sheet: string, range: string): string {
  return `'${sheet.replaceAll("'", "''")}'!${range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`;
}

export class SheetWriter {
  private rowNumber = 0;
  private buffer = '';
  private readonly letters: string[] = [];
  private closed = false;

  constructor(
    private readonly file: ZipDeflate,
    private readonly options: SheetOptions,
    private readonly styleId: (style: CellStyle | undefined) => number,
  ) {
    const fitToPage = options.print ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '';
    this.buffer = `${xmlHeader}<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">${fitToPage}${this.views()}${this.columns()}<sheetData>`;
  }

  /** The number the next row will have (1-based). */
  get nextRow(): number {
    return this.rowNumber + 1;
  }

  /** Appends a row; `style` applies to the cells that have none of their own; `height` in points (else the program's own). */
  addRow(cells: readonly (CellInput | StyledCell)[], style?: CellStyle, height?: number): void {
    const row = ++this.rowNumber;
    let xml = `<row r="${row}"${height ? ` ht="${height}" customHeight="1"` : ''}>`;
    cells.forEach((cell, index) => {
      const letter = (this.letters[index] ??= columnLetter(index + 1));
      if (cell !== null && typeof cell === 'object' && 'value' in cell) xml += this.cell(`${letter}${row}`, cell.value, cell.style ?? style);
      else xml += this.cell(`${letter}${row}`, cell, style);
    });
    this.buffer += `${xml}</row>`;
    if (this.buffer.length > 64 * 1024) this.flush(false);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    // A4 (paperSize 9), landscape, one page wide and as many long as it takes
    const page = this.options.print
      ? '<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.5" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>'
      : '';
    this.buffer += `</sheetData>${this.options.autoFilter ? `<autoFilter ref="${this.options.autoFilter}"/>` : ''}${page}</worksheet>`;
    this.flush(true);
  }

  private flush(final: boolean): void {
    this.file.push(strToU8(this.buffer), final);
    this.buffer = '';
  }

  private cell(reference: string, value: CellInput, style: CellStyle | undefined): string {
    if (value === null || value === undefined) return '';
    const s = this.styleId(style);
    const attributes = `r="${reference}"${s ? ` s="${s}"` : ''}`;
    if (typeof value === 'number') return Number.isFinite(value) ? `<c ${attributes}><v>${value}</v></c>` : '';
    if (typeof value === 'string') return `<c ${attributes} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
    if (value instanceof Date) return `<c ${attributes}><v>${dateSerial(value)}</v></c>`;
    const formula = `<f>${escapeXml(value.formula)}</f>`;
    if (typeof value.result === 'number') return `<c ${attributes}>${formula}<v>${value.result}</v></c>`;
    return `<c ${attributes} t="str">${formula}<v>${escapeXml(value.result ?? '')}</v></c>`;
  }

  private views(): string {
    const { columns = 0, rows = 0 } = this.options.frozen ?? {};
    if (columns === 0 && rows === 0) return '';
    const topLeft = `${columnLetter(columns + 1)}${rows + 1}`;
    const pane = columns > 0 && rows > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
    return `<sheetViews><sheetView workbookViewId="0"><pane${columns ? ` xSplit="${columns}"` : ''}${rows ? ` ySplit="${rows}"` : ''} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`;
  }

  private columns(): string {
    const widths = this.options.widths ?? [];
    if (widths.length === 0) return '';
    return `<cols>${widths.map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`).join('')}</cols>`;
  }
}
