// «Новости»: the list newest first, a page for each item, the latest few on the
// home page, and an Atom feed (RFC 4287) of them all. Pure.
import { createHash } from 'node:crypto';
import { dateParts, type IsoDate } from '../schema/iso-date.js';
import { formatDateLong, typeset } from '../text/typography.js';
import { escapeHtml, html, trustedHtml, type Html } from './html.js';
import type { PageContext } from './layout.js';

export interface SiteNews {
  readonly slug: string;
  readonly title: string;
  /** YYYY-MM-DD. */
  readonly date: IsoDate;
  /** Plain text for the list and the feed: the front matter's summary, else the first paragraph. */
  readonly summary?: string;
  /** Rendered, sanitised body (markdown-it with HTML off). */
  readonly body: string;
}

export const newsPath = 'news/index.html';
export const newsItemPath = (slug: string) => `news/${slug}.html`;
export const newsFeedPath = 'files/news.atom';
/** How many items the home page shows. */
const latestNewsCount = 5;

const dateLong = (date: IsoDate) => formatDateLong(dateParts(date));

function newsEntry(ctx: PageContext, item: SiteNews, heading: 'h2' | 'h3'): Html {
  const title = html`<a href="${ctx.page(newsItemPath(item.slug))}">${typeset(item.title)}</a>`;
  return html`<li>${heading === 'h2' ? html`<h2>${title}</h2>` : html`<h3>${title}</h3>`}
<time class="news-date" datetime="${item.date}">${dateLong(item.date)}</time>
${item.summary ? html`<p>${typeset(item.summary)}</p>` : ''}</li>`;
}

export function newsPage(ctx: PageContext, news: readonly SiteNews[]): Html {
  return html`<h1>Новости</h1>
<p><a href="${ctx.asset(newsFeedPath)}">Лента новостей (Atom)</a> — для подписки в программе чтения лент.</p>
${news.length ? html`<ul class="news">${news.map((item) => newsEntry(ctx, item, 'h2'))}</ul>` : html`<p>Новостей пока нет.</p>`}`;
}

export function newsItemPage(ctx: PageContext, item: SiteNews): Html {
  return html`<h1>${typeset(item.title)}</h1>
<p><time class="news-date" datetime="${item.date}">${dateLong(item.date)}</time></p>
${trustedHtml(item.body)}
<p><a href="${ctx.page(newsPath)}">Все новости</a></p>`;
}

/** The latest items, for the home page, under its own heading. */
export function latestNews(ctx: PageContext, news: readonly SiteNews[]): Html {
  if (news.length === 0) return html``;
  return html`
<section aria-labelledby="latest-news">
<h2 id="latest-news">Новости</h2>
<ul class="news">${news.slice(0, latestNewsCount).map((item) => newsEntry(ctx, item, 'h3'))}</ul>
<p><a href="${ctx.page(newsPath)}">Все новости</a></p>
</section>`;
}

export interface FeedOptions {
  readonly siteTitle: string;
  /** The section's address on the web: links become absolute and ids are the pages' addresses. */
  readonly url?: string;
}

/** The Atom feed: without the section's address, links are relative to the feed's own file and ids are derived from the title. */
export function atomFeed(news: readonly SiteNews[], { siteTitle, url }: FeedOptions): string {
  const base = url ? (url.endsWith('/') ? url : `${url}/`) : undefined;
  const address = (path: string) => (base ? new URL(path, base).href : `../${path}`);
  const id = (path: string) => (base ? new URL(path, base).href : `urn:uuid:${uuidOf(`${siteTitle}\n${path}`)}`);
  const x = (text: string) => escapeHtml(text);
  const updated = news.length ? `${news.reduce((latest, item) => (item.date > latest ? item.date : latest), news[0]!.date)}T00:00:00Z` : '1970-01-01T00:00:00Z';
  const entries = news.map(
    (item) => `<entry>
<title>${x(typeset(item.title))}</title>
<id>${x(id(newsItemPath(item.slug)))}</id>
<link rel="alternate" type="text/html" href="${x(address(newsItemPath(item.slug)))}"/>
<published>${item.date}T00:00:00Z</published>
<updated>${item.date}T00:00:00Z</updated>
${item.summary ? `<summary>${x(typeset(item.summary))}</summary>\n` : ''}<content type="html">${x(item.body)}</content>
</entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ru">
<title>${x(`Новости — ${siteTitle}`)}</title>
<id>${x(id(newsPath))}</id>
<updated>${updated}</updated>
<author><name>${x(siteTitle)}</name></author>
<link rel="alternate" type="text/html" href="${x(address(newsPath))}"/>
${base ? `<link rel="self" type="application/atom+xml" href="${x(address(newsFeedPath))}"/>\n` : ''}${entries.join('\n')}
</feed>
`;
}

/** A name-based UUID (version 5 layout over SHA-1), stable from build to build. */
function uuidOf(name: string): string {
  const hex = createHash('sha1').update(name).digest('hex').slice(0, 32).split('');
  hex[12] = '5';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
