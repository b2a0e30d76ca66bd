// The page shell: language, title, the one style sheet, a skip link, the
// section's navigation, the link to the other version (the large-type
// high-contrast one lives under contrast/ with its own style sheet), the footer.
import { html, type Html } from './html.js';

export const contrastFolder = 'contrast/';

/** Where a page is being written, to make its links relative (the site works from any folder of a school's server). */
export class PageContext {
  constructor(
    /** The page's path in the section, e.g. «plans/2023-2024.html». */
    readonly path: string,
    /** '' for the usual version, «contrast/» for the version for the visually impaired. */
    readonly prefix: string,
  ) {}

  /** A link to another page, in the same version. */
  page(target: string): string {
    return relative(this.prefix + this.path, this.prefix + target);
  }

  /** A link to a file that has one copy for both versions (downloads, the calendar file). */
  asset(target: string): string {
    return relative(this.prefix + this.path, target);
  }
}

export function relative(from: string, to: string): string {
  const [target, hash] = splitHash(to);
  const fromParts = from.split('/').slice(0, -1);
  const toParts = target.split('/');
  let common = 0;
  while (common < fromParts.length && common < toParts.length - 1 && fromParts[common] === toParts[common]) common++;
  const up = fromParts.length - common;
  const rest = toParts.slice(common).join('/');
  return `${'../'.repeat(up)}${rest}${hash}`;
}

function splitHash(url: string): [string, string] {
  const at = url.indexOf('#');
  return at === -1 ? [url, ''] : [url.slice(0, at), url.slice(at)];
}

export interface NavEntry {
  readonly path: string;
  readonly title: string;
}

export interface ShellOptions {
  readonly ctx: PageContext;
  readonly title: string;
  readonly siteTitle: string;
  readonly nav: readonly NavEntry[];
  /** The nav entry this page belongs to. */
  readonly section: string;
  readonly body: Html;
  readonly built: string;
}

export function pageShell({ ctx, title, siteTitle, nav, section, body, built }: ShellOptions): Html {
  const contrast = ctx.prefix === contrastFolder;
  const otherVersion = contrast ? relative(ctx.prefix + ctx.path, ctx.path) : relative(ctx.path, contrastFolder + ctx.path);
  const stylesheet = ctx.asset(contrast ? 'contrast.css' : 'style.css');
  return html`<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title === siteTitle ? title : `${title} — ${siteTitle}`}</title>
<link rel="stylesheet" href="${stylesheet}">
</head>
<body>
<a class="skip" href="#main">Перейти к содержанию</a>
<header class="site">
<p class="site-title"><a href="${ctx.page('index.html')}">${siteTitle}</a></p>
<p><a href="${otherVersion}">${contrast ? 'Обычная версия сайта' : 'Версия для слабовидящих'}</a></p>
</header>
<nav class="site" aria-label="Разделы">
<ul>${nav.map((entry) => html`<li><a href="${ctx.page(entry.path)}"${entry.path === section ? html` aria-current="page"` : ''}>${entry.title}</a></li>`)}</ul>
</nav>
<main id="main">
${body}
</main>
<footer class="site">
<p>Раздел собран программой centre из файлов центра: ${built}</p>
</footer>
</body>
</html>
`;
}
