// The page shell: language, title, the one style sheet, a skip link, the
// section's navigation, the link to the other version, the footer. The version
// for the visually impaired lives under contrast/: one static copy of every page
// for each choice of font size and colour scheme (contrast/ itself is large type,
// black on white; contrast/<size>-<scheme>/ the others), so the choice works
// without script and a page's links keep it, being relative inside its copy.
import { html, type Html } from './html.js';

export const contrastFolder = 'contrast/';

export const fontSizes = ['normal', 'large', 'xlarge'] as const;
export const colourSchemes = ['bw', 'wb', 'blue'] as const;
export type FontSize = (typeof fontSizes)[number];
export type ColourScheme = (typeof colourSchemes)[number];

const sizeLabels: Record<FontSize, string> = { normal: 'обычный', large: 'крупный', xlarge: 'очень крупный' };
const schemeLabels: Record<ColourScheme, string> = { bw: 'чёрным по белому', wb: 'белым по чёрному', blue: 'тёмно-синим по голубому' };

export interface Version {
  readonly size: FontSize;
  readonly scheme: ColourScheme;
}

const defaultVersion: Version = { size: 'large', scheme: 'bw' };

/** Where a copy of the version for the visually impaired lives: «contrast/» for the default choice, «contrast/xlarge-wb/» for another. */
export function versionPrefix(version: Version): string {
  return version.size === defaultVersion.size && version.scheme === defaultVersion.scheme ? contrastFolder : `${contrastFolder}${version.size}-${version.scheme}/`;
}

/** Every copy of the version for the visually impaired. */
export const versions: readonly Version[] = fontSizes.flatMap((size) => colourSchemes.map((scheme) => ({ size, scheme })));

/** Every prefix a page is written under: '' for the usual version, then each copy for the visually impaired. */
export const versionPrefixes: readonly string[] = ['', ...versions.map(versionPrefix)];

/** The page's path in the section without the prefix of its version: «contrast/xlarge-wb/plans/a.html» → «plans/a.html». */
export function withoutVersion(pagePath: string): string {
  return pagePath.replace(/^contrast\/(?:(?:normal|large|xlarge)-(?:bw|wb|blue)\/)?/, '');
}

function versionOf(prefix: string): Version | undefined {
  return versions.find((version) => versionPrefix(version) === prefix);
}

/** Where a page is being written, to make its links relative (the site works from any folder of a school's server). */
export class PageContext {
  constructor(
    /** The page's path in the section, e.g. «plans/2023-2024.html». */
    readonly path: string,
    /** '' for the usual version, «contrast/» or «contrast/<size>-<scheme>/» for the version for the visually impaired. */
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

/** The links that choose the font size and the colour scheme: the same page in another copy, the current choice marked. */
function versionChoice(ctx: PageContext, current: Version): Html {
  const here = ctx.prefix + ctx.path;
  const choice = (legend: string, options: readonly Html[]) => html`<p class="choice"><span>${legend}:</span> ${options}</p>`;
  const option = (version: Version, label: string, selected: boolean) =>
    html`<a href="${relative(here, versionPrefix(version) + ctx.path)}"${selected ? html` aria-current="true"` : ''}>${label}</a> `;
  return html`<div class="versions">
${choice('Размер шрифта', fontSizes.map((size) => option({ ...current, size }, sizeLabels[size], size === current.size)))}
${choice('Цвет', colourSchemes.map((scheme) => option({ ...current, scheme }, schemeLabels[scheme], scheme === current.scheme)))}
</div>`;
}

export function pageShell({ ctx, title, siteTitle, nav, section, body, built }: ShellOptions): Html {
  const version = versionOf(ctx.prefix);
  const here = ctx.prefix + ctx.path;
  const otherVersion = version ? relative(here, ctx.path) : relative(here, contrastFolder + ctx.path);
  const stylesheet = ctx.asset(version ? 'contrast.css' : 'style.css');
  return html`<!DOCTYPE html>
<html lang="ru"${version ? html` class="size-${version.size} scheme-${version.scheme}"` : ''}>
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
<p class="other-version"><a href="${otherVersion}">${version ? 'Обычная версия сайта' : 'Версия для слабовидящих'}</a></p>
${version ? versionChoice(ctx, version) : ''}
</header>
<nav class="site" aria-label="Разделы">
<ul>${nav.map((entry) => html`<li><a href="${ctx.page(entry.path)}"${entry.path === section ? html` aria-current="page"` : ''}>${entry.title}</a></li>`)}</ul>
</nav>
<main id="main" tabindex="-1">
${body}
</main>
<footer class="site">
<p>Раздел собран программой centre из файлов центра: ${built}</p>
</footer>
</body>
</html>
`;
}
