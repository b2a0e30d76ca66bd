// Reads named cells out of an XLSX file without building a workbook model:
// the zip's central directory is checked first (a school's file is hostile
// until proven otherwise), then only workbook.xml, its relationships, the
// shared strings, the core properties (when it was saved) and the sheets the
// names point at are inflated; the styles only when a percentage needs them.
import { checkZipFile, unzipGuarded, ZipGuardError, type ZipLimits } from '../util/zip-guard.js';

export const LIMITS: ZipLimits = {
  /** A filled form is about 10 KB; anything this big is not one. */
  fileBytes: 5 * 1024 * 1024,
  entries: 200,
  /** Uncompressed size of any one part we read. */
  partBytes: 20 * 1024 * 1024,
  /** Compression ratio beyond which a part is taken for a zip bomb. */
  ratio: 200,
};

export type CellValue =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'error'; readonly value: string }
  /** The cell points at text the workbook does not hold (a shared string that is not there). */
  | { readonly kind: 'damaged' }
  | { readonly kind: 'empty' };

interface NamedCell {
  readonly name: string;
  readonly sheet: string;
  /** A1-style address. */
  readonly address: string;
  readonly value: CellValue;
  /** The cell holds a formula: its value was computed by whoever saved the file. */
  readonly formula: boolean;
  /** The cell's style: its number format tells whether a number is shown as a percentage. */
  readonly style: number;
}

export interface WorkbookCells {
  readonly cells: Map<string, NamedCell>;
  readonly date1904: boolean;
  /** When the workbook says it was last saved (docProps/core.xml dcterms:modified), as an ISO timestamp. */
  readonly modified?: string;
  /** Whether a style shows numbers as percentages («87,5%» typed in Excel is stored as 0.875); styles are read on first use. */
  readonly isPercentStyle: (style: number) => boolean;
}

export type XlsxProblem = 'too-large' | 'encrypted' | 'not-xlsx' | 'too-many-parts' | 'zip-bomb' | 'damaged';

export class XlsxError extends Error {
  constructor(
    readonly problem: XlsxProblem,
    detail?: string,
  ) {
    super(detail ?? problem);
    this.name = 'XlsxError';
  }
}

/**
 * The first parts of a guarded workbook (workbook, relationships, shared
 * strings, core properties) and the part of each sheet by its name.
 */
function openWorkbook(bytes: Uint8Array): { parts: Map<string, string>; workbook: string; sheets: Map<string, string> } {
  guarded(() => checkZipFile(bytes, LIMITS));
  const parts = unzipParts(bytes, (name) => firstParts.has(name));
  const workbook = parts.get('xl/workbook.xml');
  const relations = parts.get('xl/_rels/workbook.xml.rels');
  if (!workbook || !relations) throw new XlsxError('not-xlsx');
  const targets = new Map([...relations.matchAll(/<Relationship\b[^>]*>/g)].map((m) => [attribute(m[0], 'Id'), attribute(m[0], 'Target')]));
  const sheets = new Map(
    [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => {
      const target = targets.get(attribute(m[0], 'r:id')) ?? '';
      return [unescapeXml(attribute(m[0], 'name')), target.startsWith('/') ? target.slice(1) : `xl/${target}`];
    }),
  );
  return { parts, workbook, sheets };
}

/** Every defined name of the workbook with its cell (names of ranges are skipped), read from the bytes of an .xlsx file. */
export function readNamedCells(bytes: Uint8Array): WorkbookCells {
  const { parts, workbook, sheets } = openWorkbook(bytes);
  const names = [...workbook.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)]
    .map((m) => ({ name: attribute(m[1]!, 'name'), reference: parseReference(unescapeXml(m[2]!)) }))
    .filter((entry): entry is { name: string; reference: { sheet: string; address: string } } => entry.reference !== undefined);

  const wanted = new Set(names.map((entry) => sheets.get(entry.reference.sheet)).filter((path): path is string => path !== undefined));
  const sheetParts = unzipParts(bytes, (name) => wanted.has(name));
  const strings = sharedStrings(parts.get('xl/sharedStrings.xml'));
  const cellsBySheet = new Map<string, Map<string, RawCell>>();
  const cells = new Map<string, NamedCell>();
  for (const { name, reference } of names) {
    const path = sheets.get(reference.sheet);
    const xml = path === undefined ? undefined : sheetParts.get(path);
    if (xml === undefined) continue;
    if (!cellsBySheet.has(path!)) cellsBySheet.set(path!, sheetCells(xml));
    const raw = cellsBySheet.get(path!)!.get(reference.address);
    cells.set(name, {
      name,
      sheet: reference.sheet,
      address: reference.address,
      value: cellValue(raw, strings),
      formula: raw?.formula ?? false,
      style: Number(raw?.style ?? 0),
    });
  }
  let percentStyles: Set<number> | undefined;
  const isPercentStyle = (style: number) => {
    percentStyles ??= percentStyleIndexes(unzipParts(bytes, (name) => name === 'xl/styles.xml').get('xl/styles.xml'));
    return percentStyles.has(style);
  };
  const modified = /<dcterms:modified\b[^>]*>([^<]{1,40})<\/dcterms:modified>/.exec(parts.get('docProps/core.xml') ?? '')?.[1]?.trim();
  return {
    cells,
    date1904: /<workbookPr\b[^>]*date1904="(?:1|true)"/.test(workbook),
    modified: modified && !Number.isNaN(Date.parse(modified)) ? detach(modified) : undefined,
    isPercentStyle,
  };
}

const firstParts = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'docProps/core.xml']);

/**
 * A copy of a short piece of a big string. V8 keeps a substring as a slice of
 * its parent, so one value kept from a sheet would keep the whole sheet's XML
 * alive: with thousands of reports, memory would grow by the size of a file each.
 */
function detach(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, 'utf8').toString('utf8');
}

/** Built-in number formats 9 (0%) and 10 (0.00%), and custom ones with a «%» that is not quoted or escaped. */
function percentStyleIndexes(xml: string | undefined): Set<number> {
  const percent = new Set<number>();
  if (!xml) return percent;
  const customPercent = new Set(
    [...xml.matchAll(/<numFmt\b[^>]*>/g)]
      .filter((m) => /%/.test(unescapeXml(attribute(m[0], 'formatCode')).replace(/"[^"]*"|\\./g, '')))
      .map((m) => Number(attribute(m[0], 'numFmtId'))),
  );
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  [...cellXfs.matchAll(/<xf\b[^>]*>/g)].forEach((m, index) => {
    const id = Number(attribute(m[0], 'numFmtId'));
    if (id === 9 || id === 10 || customPercent.has(id)) percent.add(index);
  });
  return percent;
}

/** What a workbook says of itself: its defined names, its sheets and who made it (only workbook.xml and the core properties are inflated). */
export function workbookOutline(bytes: Uint8Array): { names: Set<string>; sheets: string[]; creator?: string } {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { names: new Set(), sheets: [] };
  const parts = unzipParts(bytes, (name) => name === 'xl/workbook.xml' || name === 'docProps/core.xml');
  const workbook = parts.get('xl/workbook.xml') ?? '';
  return {
    names: new Set([...workbook.matchAll(/<definedName\b([^>]*)>/g)].map((m) => attribute(m[1]!, 'name'))),
    sheets: [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => unescapeXml(attribute(m[0], 'name'))),
    creator: /<dc:creator>([^<]*)<\/dc:creator>/.exec(parts.get('docProps/core.xml') ?? '')?.[1],
  };
}

const utf8 = new TextDecoder('utf-8');

/** The zip guard's problems as this reader's: a zip that is not a workbook is «not-xlsx». */
function guarded<T>(open: () => T): T {
  try {
    return open();
  } catch (error) {
    if (error instanceof ZipGuardError) throw new XlsxError(error.problem === 'not-zip' ? 'not-xlsx' : error.problem, error.message);
    throw error;
  }
}

function unzipParts(bytes: Uint8Array, wanted: (name: string) => boolean): Map<string, string> {
  const parts = guarded(() => unzipGuarded(bytes, LIMITS, wanted));
  return new Map([...parts].map(([name, data]) => [name, utf8.decode(data)]));
}

const attributePatterns = new Map<string, RegExp>();

function attribute(tag: string, name: string): string {
  let pattern = attributePatterns.get(name);
  if (!pattern) attributePatterns.set(name, (pattern = new RegExp(`\\s${name.replace(':', '\\:')}="([^"]*)"`)));
  const match = pattern.exec(tag);
  return match ? match[1]! : '';
}

const xmlEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) =>
    entity.startsWith('#x')
      ? String.fromCodePoint(parseInt(entity.slice(2), 16))
      : entity.startsWith('#')
        ? String.fromCodePoint(Number(entity.slice(1)))
        : xmlEntities[entity]!,
  );
}

/** «'Форма'!$D$6» → {sheet: Форма, address: D6}; undefined for a range or anything else. */
function parseReference(text: string): { sheet: string; address: string } | undefined {
  const match = /^(?:'((?:[^']|'')+)'|([^!'\s]+))!\$?([A-Z]{1,3})\$?(\d+)$/.exec(text.trim());
  if (!match) return undefined;
  return { sheet: (match[1] ?? match[2]!).replaceAll("''", "'"), address: `${match[3]}${match[4]}` };
}

interface RawCell {
  readonly type: string;
  readonly style?: string;
  readonly value?: string;
  readonly inline?: string;
  readonly formula: boolean;
}

/**
 * Each `<name …>body</name>` and `<name …/>` of the XML, in one pass: a lazy
 * regex looking for the end tag would scan to the end of the text for every
 * element left open, which makes a few megabytes of «<c>» take hours.
 */
function* elements(xml: string, name: string): Generator<{ attributes: string; body: string }> {
  const open = `<${name}`;
  const close = `</${name}>`;
  for (let at = xml.indexOf(open); at >= 0; at = xml.indexOf(open, at)) {
    const after = xml.charCodeAt(at + open.length);
    // «<c» of «<col» is another element
    if (after !== 0x3e /* > */ && after !== 0x2f /* / */ && after !== 0x20 && after !== 0x09 && after !== 0x0a && after !== 0x0d) {
      at += open.length;
      continue;
    }
    const gt = xml.indexOf('>', at);
    if (gt < 0) return;
    if (xml.charCodeAt(gt - 1) === 0x2f) {
      yield { attributes: xml.slice(at + open.length, gt - 1), body: '' };
      at = gt + 1;
      continue;
    }
    const end = xml.indexOf(close, gt);
    // no element after this one can be closed either
    if (end < 0) return;
    yield { attributes: xml.slice(at + open.length, gt), body: xml.slice(gt + 1, end) };
    at = end + close.length;
  }
}

function sheetCells(xml: string): Map<string, RawCell> {
  const cells = new Map<string, RawCell>();
  for (const { attributes, body } of elements(xml, 'c')) {
    const value = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
    const inline = /<is>([\s\S]*?)<\/is>/.exec(body)?.[1];
    cells.set(attribute(attributes, 'r'), {
      type: attribute(attributes, 't') || 'n',
      style: attribute(attributes, 's') || undefined,
      value,
      inline,
      formula: /<f[\s>/]/.test(body),
    });
  }
  return cells;
}

function richText(xml: string): string {
  let text = '';
  for (const { body } of elements(xml, 't')) text += unescapeXml(body);
  return text;
}

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return Array.from(elements(xml, 'si'), ({ body }) => richText(body));
}

function cellValue(raw: RawCell | undefined, strings: readonly string[]): CellValue {
  if (!raw) return { kind: 'empty' };
  switch (raw.type) {
    case 's': {
      const text = /^\d{1,9}$/.test(raw.value ?? '') ? strings[Number(raw.value)] : undefined;
      if (text === undefined) return { kind: 'damaged' };
      return text === '' ? { kind: 'empty' } : { kind: 'text', value: detach(text) };
    }
    case 'inlineStr': {
      const text = richText(raw.inline ?? '');
      return text === '' ? { kind: 'empty' } : { kind: 'text', value: detach(text) };
    }
    case 'str':
      return raw.value ? { kind: 'text', value: detach(unescapeXml(raw.value)) } : { kind: 'empty' };
    case 'b':
      return { kind: 'boolean', value: raw.value === '1' };
    case 'e':
      return { kind: 'error', value: detach(raw.value ?? '#ERROR') };
    default:
      if (raw.value === undefined || raw.value === '') return { kind: 'empty' };
      // a number cell holding something that is no number was not written by a spreadsheet program
      return Number.isFinite(Number(raw.value)) ? { kind: 'number', value: Number(raw.value) } : { kind: 'damaged' };
  }
}

export interface SheetCell {
  readonly value: CellValue;
  readonly formula: boolean;
}

/**
 * Every cell of the named sheets (by A1 address), with the same guards as
 * readNamedCells: for files whose cells are found by their place in a sheet
 * the file itself describes (a contest's jury sheet), not by defined names.
 */
export function readSheetCells(bytes: Uint8Array, sheetNames: readonly string[]): { sheets: Map<string, Map<string, SheetCell>>; modified?: string } {
  const { parts, sheets: paths } = openWorkbook(bytes);
  const wanted = new Set(sheetNames.map((name) => paths.get(name)).filter((part): part is string => part !== undefined));
  const sheetParts = unzipParts(bytes, (name) => wanted.has(name));
  const strings = sharedStrings(parts.get('xl/sharedStrings.xml'));
  const sheets = new Map<string, Map<string, SheetCell>>();
  for (const name of sheetNames) {
    const xml = sheetParts.get(paths.get(name) ?? '');
    if (xml === undefined) continue;
    sheets.set(name, new Map([...sheetCells(xml)].map(([address, raw]) => [address, { value: cellValue(raw, strings), formula: raw.formula }])));
  }
  const modified = /<dcterms:modified\b[^>]*>([^<]{1,40})<\/dcterms:modified>/.exec(parts.get('docProps/core.xml') ?? '')?.[1]?.trim();
  return { sheets, modified: modified && !Number.isNaN(Date.parse(modified)) ? detach(modified) : undefined };
}
