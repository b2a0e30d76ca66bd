// Reads a plan published as a table on a web page (saved with «Сохранить как»,
// often by Word, often in Windows-1251) into the table model. parse5 builds
// the tree the way browsers do, so unclosed cells and rows, implied <tbody>
// and stray tags land where a browser would put them.
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes } from 'parse5';
import { GridBudget } from '../util/document-budget.js';
import { ImportError } from './errors.js';
import { gridFromSpans, paragraphOf, type Block, type ImportedDocument, type TextParagraph } from './table-model.js';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** The page's text: UTF-8 unless a byte-order mark or a <meta charset> says otherwise. */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const charset = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

export function readHtml(bytes: Uint8Array): ImportedDocument {
  const document = parse(decodeHtml(bytes));
  if (deepestElement(document) > MAX_DEPTH) throw new ImportError('too-deep');
  const body = findElement(document, 'body');
  const blocks: Block[] = [];
  if (body) collectBlocks(body, blocks);
  return { blocks };
}

const isElement = (node: Node): node is Element => 'tagName' in node;
const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;

/** The nesting depth of the tree, measured without recursion. */
function deepestElement(root: Node): number {
  let deepest = 0;
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_DEPTH) break;
    if ('childNodes' in node) for (const child of node.childNodes) stack.push([child, depth + 1]);
  }
  return deepest;
}

function findElement(node: Node, tag: string): Element | undefined {
  if (isElement(node) && node.tagName === tag) return node;
  for (const child of 'childNodes' in node ? node.childNodes : []) {
    const found = findElement(child, tag);
    if (found) return found;
  }
  return undefined;
}

/**
 * The site's own parts around a page's content, saved with it from a hosted
 * school site (Госweb, uCoz, Wix, Tilda, WordPress): its header with
 * «Версия для слабовидящих», menus, breadcrumbs, sidebars and footer. They
 * are the site's, not the plan's, so they are left out, never read as the
 * title or as items. A <header> inside an article or the page's main part
 * is the content's own (WordPress puts the page's title there), and so is a
 * header or footer without a link (a page made by hand, with its heading).
 */
const CHROME_TAGS = new Set(['nav', 'aside']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar']);
// a class or id naming a part of the site («menu», «top-menu», «site-header», «breadcrumbs», «sidebar»,
// «footer-widgets», «bvi-panel», «scroll-to-top»), or text kept for screen readers only («screen-reader-text», «sr-only»)
const CHROME_NAME = new RegExp(
  String.raw`^(?!(?:entry|card|post|table|panel|modal|section|content|article|widget|page)[-_])(?:[a-z0-9]{1,6}[-_]+)?(?:site|page|main|top|left|right|bottom|global|mobile|sub|header|footer)?[-_]*` +
    String.raw`(?:menu|nav|navbar|navigation|breadcrumbs?|crumbs|sidebar|footer|header|topbar|bvi|bvi[-_]\w+|special[-_]version|visually[-_]impaired|cookies?(?:[-_][a-z]+)?|screen[-_]reader[-_]text|sr[-_]only|visually[-_]hidden|skip[-_]link|(?:scroll|back)?[-_]*to[-_]*top)` +
    String.raw`(?:[-_]+(?:wrap|wrapper|inner|container|block|area|panel|menu|links|list|nav|bar|top|bottom|widgets?))?(?:[-_]*\d+)?(?:__[\w-]+)?$`,
  'i',
);
const CONTENT_TAGS = new Set(['article', 'main']);

function namesOf(element: Element): string[] {
  return [...(attribute(element, 'class') ?? '').split(/\s+/), attribute(element, 'id') ?? ''].filter(Boolean);
}

function isChrome(element: Element, insideContent: boolean): boolean {
  if (CHROME_TAGS.has(element.tagName)) return true;
  if (CHROME_ROLES.has((attribute(element, 'role') ?? '').toLowerCase())) return true;
  // a page's own <header> with only its heading, or a <footer> with only text, is kept: a site's holds its links
  if ((element.tagName === 'footer' || (element.tagName === 'header' && !insideContent)) && holdsLinkOrCopyright(element)) return true;
  if (element.tagName === 'table' || element.tagName === 'td' || element.tagName === 'tr') return false;
  const named = namesOf(element).filter((name) => CHROME_NAME.test(name));
  if (named.length > 0) {
    if (insideContent && element.tagName === 'header') return false;
    // a block named a header or footer is the site's when it holds links, like the elements
    return !named.every((name) => /(?:^|[-_])(?:header|footer)(?:$|[-_])/i.test(name)) || holdsLinkOrCopyright(element);
  }
  return isMenuList(element);
}

function holdsLinkOrCopyright(element: Element): boolean {
  const stack: Node[] = [element];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isElement(node) && (node.tagName === 'a' || node.tagName === 'nav' || node.tagName === 'button')) return true;
    if (node.nodeName === '#text' && /©|\(c\)/i.test((node as DefaultTreeAdapterTypes.TextNode).value)) return true;
    if ('childNodes' in node) for (const child of node.childNodes) stack.push(child);
  }
  return false;
}

/** A list whose every item is one link and nothing else: a menu, however it is named. */
function isMenuList(element: Element): boolean {
  if (element.tagName !== 'ul' && element.tagName !== 'ol') return false;
  const items = element.childNodes.filter(isElement);
  if (items.length < 2 || !items.every((item) => item.tagName === 'li')) return false;
  return items.every((item) => {
    const inner = item.childNodes.filter(
      (child) => isElement(child) || (child.nodeName === '#text' && (child as DefaultTreeAdapterTypes.TextNode).value.trim() !== ''),
    );
    return inner.length === 1 && isElement(inner[0]!) && inner[0].tagName === 'a';
  });
}

const isContent = (element: Element) => CONTENT_TAGS.has(element.tagName) || (attribute(element, 'role') ?? '').toLowerCase() === 'main';

// containers whose end separates what is above from what is below, as an empty paragraph does in Word
const SECTION_TAGS = new Set(['div', 'section', 'article', 'main', 'header']);

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'center',
  'blockquote',
  'pre',
  'form',
]);
const SKIPPED = new Set(['script', 'style', 'head', 'template', 'noscript']);

interface Style {
  readonly bold: boolean;
  readonly italic: boolean;
  readonly listItem: boolean;
}

function styleOf(element: Element, inherited: Style): Style {
  const css = attribute(element, 'style') ?? '';
  const bold =
    inherited.bold || ['b', 'strong', 'th'].includes(element.tagName) || /^h[1-6]$/.test(element.tagName) || /font-weight\s*:\s*(bold|[6-9]00)/i.test(css);
  const italic = inherited.italic || ['i', 'em'].includes(element.tagName) || /font-style\s*:\s*italic/i.test(css);
  return { bold, italic, listItem: inherited.listItem || element.tagName === 'li' };
}

/** Paragraphs of inline content, split at block elements and <br>. */
class ParagraphWriter {
  readonly paragraphs: TextParagraph[] = [];
  private runs: { text: string; style: Style }[] = [];
  private listItem = false;

  text(text: string, style: Style): void {
    this.runs.push({ text, style });
    if (style.listItem) this.listItem = true;
  }

  lineBreak(style: Style): void {
    this.runs.push({ text: '\n', style });
  }

  flush(): void {
    const text = this.runs
      .map((run) => run.text)
      .join('')
      .replace(/[ \t\r]*\n[ \t\r]*/g, '\n')
      .replace(/[ \t\r\f]+/g, ' ');
    const visible = this.runs.filter((run) => run.text.trim() !== '');
    if (text.trim() !== '') {
      this.paragraphs.push(
        paragraphOf(text, { bold: visible.every((run) => run.style.bold), italic: visible.every((run) => run.style.italic), listItem: this.listItem }),
      );
    }
    this.runs = [];
    this.listItem = false;
  }
}

const PLAIN: Style = { bold: false, italic: false, listItem: false };

/** Deeper than any page a person made; a hostile page nests far deeper to exhaust the stack. */
const MAX_DEPTH = 256;

function writeInline(node: Node, style: Style, writer: ParagraphWriter): void {
  if (!isElement(node)) {
    if (node.nodeName === '#text') writer.text((node as DefaultTreeAdapterTypes.TextNode).value, style);
    return;
  }
  if (SKIPPED.has(node.tagName)) return;
  const own = styleOf(node, style);
  if (node.tagName === 'br') return writer.lineBreak(own);
  if (node.tagName === 'table') {
    // a table inside a cell: its text joins the cell's, cell by cell
    writer.flush();
    for (const row of tableRows(node)) for (const cell of row.cells) for (const paragraph of cell.paragraphs) writer.paragraphs.push(paragraph);
    return;
  }
  const block = BLOCK_TAGS.has(node.tagName);
  if (block) writer.flush();
  for (const child of node.childNodes) writeInline(child, own, writer);
  if (block) writer.flush();
}

function cellParagraphs(cell: Element): TextParagraph[] {
  const writer = new ParagraphWriter();
  for (const child of cell.childNodes) writeInline(child, styleOf(cell, PLAIN), writer);
  writer.flush();
  return writer.paragraphs;
}

interface SpanRow {
  cells: { paragraphs: TextParagraph[]; colSpan: number; rowSpan: number }[];
  header: boolean;
}

/** A rowspan or colspan as a browser reads it: leading digits, and 1 when there are none. */
const spanOf = (value: string | undefined) => Number(/^\s*(\d+)/.exec(value ?? '')?.[1] ?? 1) || 1;

/** The rows of a table (not of tables inside it), with their cells' spans. */
function tableRows(table: Element): SpanRow[] {
  const rows: SpanRow[] = [];
  const visit = (element: Element, header: boolean) => {
    for (const child of element.childNodes.filter(isElement)) {
      if (child.tagName === 'thead') visit(child, true);
      else if (child.tagName === 'tbody' || child.tagName === 'tfoot') visit(child, header);
      else if (child.tagName === 'tr') {
        const cells = child.childNodes.filter(isElement).filter((cell) => cell.tagName === 'td' || cell.tagName === 'th');
        rows.push({
          header,
          cells: cells.map((cell) => ({
            paragraphs: cellParagraphs(cell),
            // as the page claims them: the layout checks them against the budget
            colSpan: spanOf(attribute(cell, 'colspan')),
            rowSpan: spanOf(attribute(cell, 'rowspan')),
          })),
        });
      }
    }
  };
  visit(table, false);
  return rows;
}

function isBordered(table: Element): boolean {
  if (Number(attribute(table, 'border') ?? 0) > 0) return true;
  const styled = (element: Element): boolean =>
    /border(?:-[a-z]+)?\s*:[^;]*(?:solid|double|dotted|dashed)/i.test(attribute(element, 'style') ?? '') ||
    element.childNodes.filter(isElement).some((child) => child.tagName !== 'table' && styled(child));
  return styled(table);
}

/**
 * A table that lays out a saved site page rather than holding a plan: drawn
 * without borders, with another table inside one of its cells (a hosted
 * school site puts its menu, the page's content and its footer in such
 * tables, and the plan table inside the content cell).
 */
function isLayoutTable(table: Element): boolean {
  if (isBordered(table)) return false;
  const holdsTable = (element: Element): boolean => element.childNodes.filter(isElement).some((child) => child.tagName === 'table' || holdsTable(child));
  return layoutCells(table).some(holdsTable);
}

/** The cells of a table (not of tables inside them), row by row. */
function layoutCells(table: Element): Element[] {
  const cells: Element[] = [];
  const visit = (element: Element) => {
    for (const child of element.childNodes.filter(isElement)) {
      if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot' || child.tagName === 'tr') visit(child);
      else if (child.tagName === 'td' || child.tagName === 'th') cells.push(child);
    }
  };
  visit(table);
  return cells;
}

function collectBlocks(node: Element, blocks: Block[]): void {
  const writer = new ParagraphWriter();
  const budget = new GridBudget();
  let tables = 0;
  const flush = () => {
    writer.flush();
    for (const paragraph of writer.paragraphs.splice(0)) blocks.push({ kind: 'paragraph', paragraph });
  };
  let insideContent = 0;
  const visit = (current: Node, style: Style) => {
    if (!isElement(current)) return writeInline(current, style, writer);
    if (SKIPPED.has(current.tagName)) return;
    if (isChrome(current, insideContent > 0)) return;
    if (current.tagName === 'table' && isLayoutTable(current)) {
      // a site's layout (menu, content, footer): each cell's content is read as the page's own, cell after cell
      for (const cell of layoutCells(current)) {
        flush();
        for (const child of cell.childNodes) visit(child, style);
        flush();
        blocks.push({ kind: 'paragraph', paragraph: paragraphOf('') });
      }
      return;
    }
    if (current.tagName === 'table') {
      flush();
      const { rows, columns } = gridFromSpans(tableRows(current), budget, { table: ++tables });
      blocks.push({ kind: 'table', table: { rows, columns, bordered: isBordered(current) } });
      return;
    }
    const own = styleOf(current, style);
    if (current.tagName === 'br') return writer.lineBreak(own);
    const block = BLOCK_TAGS.has(current.tagName);
    if (block) flush();
    const before = blocks.length;
    const content = isContent(current);
    if (content) insideContent++;
    for (const child of current.childNodes) visit(child, own);
    if (content) insideContent--;
    if (block) flush();
    // an empty paragraph separates what is above from what is below, as in a Word document
    if (current.tagName === 'p' && blocks.length === before) blocks.push({ kind: 'paragraph', paragraph: paragraphOf('') });
    // so does the end of a site's block: the page's heading, the stamps and the plan's own title stay apart
    const last = blocks.at(-1);
    if (SECTION_TAGS.has(current.tagName) && blocks.length > before && last?.kind === 'paragraph' && last.paragraph.text !== '') {
      blocks.push({ kind: 'paragraph', paragraph: paragraphOf('') });
    }
  };
  for (const child of node.childNodes) visit(child, PLAIN);
  flush();
}
