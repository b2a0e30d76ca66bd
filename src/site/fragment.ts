// A page as a fragment for pasting into a school CMS: no h1 (the CMS page has
// its own title), wrapped in an element that carries its own scoped styles,
// and, when the section's address is known, every link absolute — a relative
// link would point into the CMS, not to the section.
import { fragmentClass, fragmentCss } from './fragment-styles.js';
import { escapeHtml } from './html.js';

const external = /^(https?:|mailto:|tel:|webcal:)/i;
const attribute = /(\s(?:href|src)=")([^"]*)(")/g;

const unescape = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The body's links made absolute on the address of the page they were written for. */
export function absoluteLinks(body: string, pagePath: string, base: string): string {
  const page = new URL(pagePath, base);
  return body.replace(attribute, (_, open: string, value: string, close: string) => {
    const href = unescape(value);
    if (external.test(href)) return `${open}${value}${close}`;
    return `${open}${escapeHtml(new URL(href, page).href)}${close}`;
  });
}

/** The fragment of a page: its body without h1, links absolute on `base` when given, with its styles. */
export function fragmentOf(body: string, pagePath: string, base?: string): string {
  const withoutTitle = body.replace(/<h1(?:\s[^>]*)?>[\s\S]*?<\/h1>\n?/g, '');
  const linked = base ? absoluteLinks(withoutTitle, pagePath, base) : withoutTitle;
  return `<div class="${fragmentClass}">\n<style>${fragmentCss}</style>\n${linked.trim()}\n</div>\n`;
}
