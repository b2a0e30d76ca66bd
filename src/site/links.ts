// The link check of the whole output: every link and file reference of every
// page must reach a file of the section (and an element with that id, for a
// link with #…). Links to web sites, mail and phone are not followed.
import path from 'node:path/posix';

export interface BrokenLink {
  readonly page: string;
  readonly href: string;
  /** The link has a %-escape that is not UTF-8 («#%E0%A4»): no browser could follow it. */
  readonly malformed?: boolean;
}

const external = /^(https?:|mailto:|tel:|webcal:)/i;
const attribute = /\s(?:href|src)="([^"]*)"/g;

const unescape = (value: string) =>
  !value.includes('&')
    ? value
    : value
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');

export function findBrokenLinks(files: ReadonlyMap<string, string | Uint8Array>): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const idsOf = new Map<string, Set<string>>();
  const ids = (file: string) => {
    if (!idsOf.has(file)) {
      const text = files.get(file);
      idsOf.set(file, new Set(typeof text === 'string' ? [...text.matchAll(/\sid="([^"]*)"/g)].map((m) => unescape(m[1]!)) : []));
    }
    return idsOf.get(file)!;
  };
  const check = (page: string, folder: Folder, href: string): BrokenLink | undefined => {
    const hashAt = href.indexOf('#');
    const target = hashAt === -1 ? href : href.slice(0, hashAt);
    const hash = hashAt === -1 ? '' : decoded(href.slice(hashAt + 1));
    const file = decoded(target);
    if (hash === undefined || file === undefined) return { page, href, malformed: true };
    if ((target.includes(':') && /^[a-z][a-z0-9+.-]*:/i.test(target)) || target.startsWith('/')) return { page, href };
    const resolved = target === '' ? page : joinInFolder(folder, file);
    if (resolved.startsWith('../') || !files.has(resolved) || (hash && !ids(resolved).has(hash))) return { page, href };
    return undefined;
  };
  // the same link from the same folder (the menu of every page) is checked once; «#…» and «» name the page itself
  const checkedIn = new Map<string, { folder: Folder; checked: Map<string, boolean> }>();
  for (const [page, content] of files) {
    if (!page.endsWith('.html') || typeof content !== 'string') continue;
    const name = path.dirname(page);
    if (!checkedIn.has(name)) checkedIn.set(name, { folder: folderOf(name), checked: new Map() });
    const { folder, checked } = checkedIn.get(name)!;
    // exec, not matchAll: thousands of pages, the iterator's own cost was most of the check's
    attribute.lastIndex = 0;
    for (let match = attribute.exec(content); match; match = attribute.exec(content)) {
      const href = unescape(match[1]!);
      if (href.includes(':') && external.test(href)) continue;
      const itself = href === '' || href.startsWith('#');
      const known = itself ? undefined : checked.get(href);
      if (known === false) continue;
      const found = check(page, folder, href);
      if (found) broken.push(found);
      if (!itself) checked.set(href, found !== undefined);
    }
  }
  return broken;
}

function decoded(part: string): string | undefined {
  // most links have no %-escape: nothing to decode, nothing that could be broken
  if (!part.includes('%')) return part;
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

/** A folder of the section as the link check resolves links from it: its name, and whether it is a plain one (no «.», «..» or empty part). */
interface Folder {
  readonly name: string;
  readonly parts: readonly string[] | undefined;
}

function folderOf(name: string): Folder {
  const parts = name === '.' ? [] : name.split('/');
  return { name, parts: parts.every((part) => part !== '' && part !== '.' && part !== '..') ? parts : undefined };
}

/**
 * path.join(folder, file), without its character-by-character normalising for the usual link of a page
 * («name.html», «sub/name.html», «../../name.html» from a plain folder): thousands of them are checked.
 */
function joinInFolder(folder: Folder, file: string): string {
  let up = 0;
  while (file.startsWith('../', up * 3)) up++;
  const rest = file.slice(up * 3);
  const plain =
    folder.parts !== undefined &&
    rest !== '' &&
    !rest.startsWith('/') &&
    !rest.includes('./') &&
    !rest.includes('//') &&
    !rest.endsWith('/') &&
    !rest.endsWith('.');
  if (!plain) return path.join(folder.name, file);
  const kept = folder.parts!.length - up;
  if (kept < 0) return `${'../'.repeat(-kept)}${rest}`;
  return kept === 0 ? rest : `${folder.parts!.slice(0, kept).join('/')}/${rest}`;
}
