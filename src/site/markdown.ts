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
  return { title, body: md.renderer.render(tokens, md.options, {}) };
}
