// The page shell: language, title, the one style sheet, a skip link, the
// section's navigation, the link to the other version, the footer. The version
// for the visually impaired lives under contrast/: one static copy of every page
// for each choice of font size and colour scheme (contrast/ itself is large type,
// black on white; contrast/<size>-<scheme>/ the others), so the choice works
// without script and a page's links keep it, being relative inside its copy.
import { escapeHtml, html, Html } from './html.js';

const contrastFolder = 'contrast/';

const fontSizes = ['normal', 'large', 'xlarge'] as const;
const colourSchemes = ['bw', 'wb', 'blue'] as const;
type FontSize = (typeof fontSizes)[number];
type ColourScheme = (typeof colourSchemes)[number];

const sizeLabels: Record<FontSize, string> = { normal: 'обычный', large: 'крупный', xlarge: 'очень крупный' };
const schemeLabels: Record<ColourScheme, string> = { bw: 'чёрным по белому', wb: 'белым по чёрному', blue: 'тёмно-синим по голубому' };

interface Version {
  readonly size: FontSize;
  readonly scheme: ColourScheme;
}

const defaultVersion: Version = { size: 'large', scheme: 'bw' };

/** Where a copy of the version for the visually impaired lives: «contrast/» for the default choice, «contrast/xlarge-wb/» for another. */
function versionPrefix(version: Version): string {
  return version.size === defaultVersion.size && version.scheme === defaultVersion.scheme
    ? contrastFolder
    : `${contrastFolder}${version.size}-${version.scheme}/`;
}

/** Every copy of the version for the visually impaired. */
const versions: readonly Version[] = fontSizes.flatMap((size) => colourSchemes.map((scheme) => ({ size, scheme })));

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

/**
 * A page body made once for every version. A link to another page is the same
 * in every copy (relative inside it); only links to the shared files (`asset`)
 * depend on how deep the copy lies, so the body is rendered with a marker in
 * their place and each version gets them put in. Should the marked body not be
 * what was expected (a marker lost or changed on its way), every version is
 * rendered on its own, as it would be without this.
 */
export function bodyForEveryVersion(pagePath: string, render: (ctx: PageContext) => Html): (prefix: string) => Html {
  const marking = new MarkingContext(pagePath);
  const parts = render(marking).value.split('\u0000');
  const targets = parts.length % 2 === 1 ? parts.map((part, i) => (i % 2 ? marking.targetOf(part) : '')) : [undefined];
  if (targets.includes(undefined)) return (prefix) => render(new PageContext(pagePath, prefix));
  // the copies as deep as each other have the same links: one body for them all
  const made = new Map<string, Html>();
  return (prefix) => {
    const ctx = new PageContext(pagePath, prefix);
    const links = parts.map((part, i) => (i % 2 ? escapeHtml(ctx.asset(targets[i]!)) : ''));
    const key = links.join('\u0000');
    if (!made.has(key)) made.set(key, new Html(parts.map((part, i) => (i % 2 ? links[i] : part)).join('')));
    return made.get(key)!;
  };
}

/** Writes a marker where a shared file's link goes: «\0<token><n>\0», with a token no workspace text can know. */
class MarkingContext extends PageContext {
  private readonly targets: string[] = [];
  private readonly token = `centre-asset-${Math.random().toString(36).slice(2)}-`;

  constructor(pagePath: string) {
    super(pagePath, '');
  }

  override asset(target: string): string {
    this.targets.push(target);
    return `\u0000${this.token}${this.targets.length - 1}\u0000`;
  }

  /** The target of a marker as it came out of the page (escaped like any text), or undefined if it is not one of ours. */
  targetOf(marker: string): string | undefined {
    if (!marker.startsWith(this.token)) return undefined;
    const index = marker.slice(this.token.length);
    return /^\d+$/.test(index) ? this.targets[Number(index)] : undefined;
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
const choiceMade = new Map<string, string[]>();

/**
 * The choice of font size and colour scheme of a copy: the same for every page of a folder but for
 * the page's own name at the end of each link (relative() ends every link with it), so it is made
 * once per copy and folder with a «\0» for the name, which a name is then put in for.
 */
function versionChoice(ctx: PageContext, current: Version): Html {
  const at = ctx.path.lastIndexOf('/') + 1;
  const key = `${ctx.prefix}\u0000${ctx.path.slice(0, at)}`;
  if (!choiceMade.has(key)) choiceMade.set(key, versionChoiceFor(new PageContext(`${ctx.path.slice(0, at)}\u0000`, ctx.prefix), current).value.split('\u0000'));
  return new Html(choiceMade.get(key)!.join(escapeHtml(ctx.path.slice(at))));
}

function versionChoiceFor(ctx: PageContext, current: Version): Html {
  const here = ctx.prefix + ctx.path;
  const choice = (legend: string, options: readonly Html[]) => html`<p class="choice"><span>${legend}:</span> ${options}</p>`;
  const option = (version: Version, label: string, selected: boolean) =>
    html`<a href="${relative(here, versionPrefix(version) + ctx.path)}"${selected ? html` aria-current="true"` : ''}>${label}</a> `;
  return html`<div class="versions">
${choice(
  'Размер шрифта',
  fontSizes.map((size) => option({ ...current, size }, sizeLabels[size], size === current.size)),
)}
${choice(
  'Цвет',
  colourSchemes.map((scheme) => option({ ...current, scheme }, schemeLabels[scheme], scheme === current.scheme)),
)}
</div>`;
}

const navMade = new WeakMap<readonly NavEntry[], Map<string, Html>>();

/** The menu's items, the same on every page of a folder and section in every version (its links relative inside the copy): made once for them. */
function navItems(ctx: PageContext, nav: readonly NavEntry[], section: string): Html {
  if (!navMade.has(nav)) navMade.set(nav, new Map());
  const made = navMade.get(nav)!;
  const key = `${ctx.path.slice(0, ctx.path.lastIndexOf('/') + 1)}\u0000${section}`;
  if (!made.has(key))
    made.set(
      key,
      html`${nav.map((entry) => html`<li><a href="${ctx.page(entry.path)}"${entry.path === section ? html` aria-current="page"` : ''}>${entry.title}</a></li>`)}`,
    );
  return made.get(key)!;
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
<ul>${navItems(ctx, nav, section)}</ul>
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
