// Markdown pages of the workspace's site/ folder, through markdown-it with raw
// HTML off: text from a file can make headings, lists, links and tables, never
// markup or script. Links are kept only to web pages, mail, phone or pages of
// the section; a link to another .md file of site/ points at its page.
import MarkdownIt from 'markdown-it';
import { slugify } from './model.js';

export interface RenderedMarkdown {
  /** The text of the first level-1 heading, if any. */
  readonly title?: string;
  readonly body: string;
  /** Each link as the page has it, with where it is written in the Markdown (1-based). */
  readonly links: readonly MarkdownLink[];
}

export interface MarkdownLink {
  readonly href: string;
  readonly line: number;
  readonly column: number;
  /** Just after the address as written, when it was found on its line. */
  readonly endColumn?: number;
}

const safeLink = /^(https?:|mailto:|tel:|#|[^:]*$)/i;

let parser: MarkdownIt | undefined;

function markdown(): MarkdownIt {
  if (parser) return parser;
  parser = new MarkdownIt('default', { html: false, linkify: false, typographer: false });
  // markdown-it already refuses javascript:, vbscript:, file: and data: links; this also refuses any other scheme.
  const validate = parser.validateLink.bind(parser);
  parser.validateLink = (url) => validate(url) && safeLink.test(url.trim());
  parser.core.ruler.push('centre-md-links', (state) => {
    for (const token of state.tokens) {
      for (const child of token.children ?? []) {
        if (child.type !== 'link_open') continue;
        const href = child.attrGet('href') ?? '';
        const match = /^([^:#?]*?)([^/:#?]+)\.md(#.*)?$/i.exec(href);
        if (match) child.attrSet('href', `${match[1]}${slugify(match[2]!)}.html${match[3] ?? ''}`);
      }
    }
  });
  return parser;
}

export function renderMarkdown(text: string): RenderedMarkdown {
  const md = markdown();
  const tokens = md.parse(text, {});
  const open = tokens.findIndex((token) => token.type === 'heading_open' && token.tag === 'h1');
  const title = open === -1 ? undefined : tokens[open + 1]?.content.trim() || undefined;
  return { title, body: md.renderer.render(tokens, md.options, {}), links: linksOf(tokens, text) };
}

/**
 * The links of the parsed page, each placed at the first line of its block that
 * writes its address (markdown-it keeps the lines of blocks, not of links); a
 * link whose address is written elsewhere (a reference) is placed at its block.
 */
function linksOf(tokens: ReturnType<MarkdownIt['parse']>, text: string): MarkdownLink[] {
  const lines = text.split('\n');
  const links: MarkdownLink[] = [];
  for (const block of tokens) {
    const [first = 0, end = first + 1] = block.map ?? [];
    for (const child of block.children ?? []) {
      if (child.type !== 'link_open') continue;
      const href = child.attrGet('href') ?? '';
      const written = [href, safeDecode(href), href.replace(/\.html(#|$)/, '.md$1')];
      let place: Omit<MarkdownLink, 'href'> = { line: first + 1, column: 1 };
      search: for (let index = first; index < Math.min(end, lines.length); index++) {
        for (const form of written) {
          const at = form ? lines[index]!.indexOf(`(${form}`) : -1;
          if (at !== -1) {
            place = { line: index + 1, column: at + 2, endColumn: at + 2 + form.length };
            break search;
          }
        }
      }
      links.push({ href, ...place });
    }
  }
  return links;
}

function safeDecode(value: string): string {
  try {
    return decodeURI(value);
  } catch {
    return value;
  }
}
