// Reading and removing files in folders that a school's archive may have filled
// with links, pipes or devices: a file is read only when it is a regular file
// whose real path (links followed) is inside the given root, and removed only
// when it is a regular file itself (never a link or a folder) inside the real
// output folder. Nothing here throws for what the folder holds; the caller
// turns the answer into a diagnostic.
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { fileDiagnostic, type Diagnostic } from '../schema/diagnostic.js';
import { errnoOf, statOrUndefined } from './files.js';

/** Whether `target` is strictly inside `folder` (by the path text; give real paths to compare real places). */
export function isInside(folder: string, target: string): boolean {
  const relative = path.relative(folder, target);
  return relative !== '' && !relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative);
}

/** The real path of `file` (every link followed), or undefined when it does not exist. */
export function realPathOf(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}

/** The real path of `target`'s nearest existing folder (itself or an ancestor), with the rest of `target` appended. */
export function existingRealPath(target: string): string {
  let existing = path.resolve(target);
  while (realPathOf(existing) === undefined && path.dirname(existing) !== existing) existing = path.dirname(existing);
  return path.join(realPathOf(existing) ?? existing, path.relative(existing, path.resolve(target)));
}

export type InsideFile =
  | { readonly bytes: Buffer; readonly real: string }
  | { readonly problem: 'missing' }
  | { readonly problem: 'outside'; readonly real: string }
  | { readonly problem: 'not-a-file'; readonly real: string }
  | { readonly problem: 'unreadable'; readonly reason: string };

export interface ReadInsideOptions {
  /** Read only the first bytes (to tell a file's type without reading all of it). */
  readonly head?: number;
}

/**
 * Reads `file` only when its real path is inside the real `root` and it is a
 * regular file: a link out of the root (to /etc/passwd), a folder, a pipe (whose
 * reading would wait forever), a device or a socket is refused, not read.
 */
export function readFileInside(root: string, file: string, options: ReadInsideOptions = {}): InsideFile {
  let real: string;
  try {
    real = realpathSync(file);
  } catch (error) {
    const code = errnoOf(error);
    return code === 'ENOENT' || code === 'ENOTDIR' ? { problem: 'missing' } : { problem: 'unreadable', reason: code };
  }
  if (!isInside(realPathOf(root) ?? path.resolve(root), real)) return { problem: 'outside', real };
  let fd: number;
  try {
    // O_NONBLOCK: a pipe put in place after the check opens at once instead of waiting for a writer; fstat then refuses it.
    fd = openSync(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    return { problem: 'unreadable', reason: errnoOf(error) };
  }
  try {
    if (!fstatSync(fd).isFile()) return { problem: 'not-a-file', real };
    if (options.head === undefined) return { bytes: readFileSync(fd), real };
    const head = Buffer.alloc(options.head);
    return { bytes: head.subarray(0, readSync(fd, head, 0, options.head, 0)), real };
  } catch (error) {
    return { problem: 'unreadable', reason: errnoOf(error) };
  } finally {
    closeSync(fd);
  }
}

/**
 * The Markdown files of a folder the site publishes (pages, news), sorted by name; none when the
 * folder is not there, and none with the reason among `diagnostics` when it cannot be listed.
 */
function markdownFilesIn(folder: string, shown: string, diagnostics: Diagnostic[]): string[] {
  if (!statOrUndefined(folder)?.isDirectory()) return [];
  try {
    return readdirSync(folder)
      .filter((name) => /\.(md|markdown)$/i.test(name))
      .sort();
  } catch (error) {
    diagnostics.push(fileDiagnostic(shown, 'folder-unreadable', { reason: errnoOf(error) }));
    return [];
  }
}

/**
 * The text of a file the site publishes as it is (a page, a news item), read only if it is a regular
 * file inside the workspace; otherwise undefined, with the reason among `diagnostics` under `shown`.
 */
function readPublishedText(root: string, file: string, shown: string, diagnostics: Diagnostic[]): string | undefined {
  const read = readFileInside(root, file);
  if (!('problem' in read)) return read.bytes.toString('utf8');
  if (read.problem === 'outside') diagnostics.push(fileDiagnostic(shown, 'site-page-outside', { path: shown, target: read.real }));
  else if (read.problem === 'not-a-file') diagnostics.push(fileDiagnostic(shown, 'site-page-not-file', { path: shown }));
  else diagnostics.push(fileDiagnostic(shown, 'file-unreadable', { reason: read.problem === 'unreadable' ? read.reason : 'ENOENT' }));
  return undefined;
}

/**
 * Each Markdown file of a folder the site publishes (pages, news), read: its name, how it is shown
 * and its text. Every file tried goes into `inputs` and every text read into `sources`; one that
 * cannot be read is named among `diagnostics` and left out.
 */
export function readPublishedMarkdown(
  root: string,
  folder: string,
  display: (file: string) => string,
  found: { diagnostics: Diagnostic[]; inputs: string[]; sources: Map<string, string> },
): { name: string; shown: string; text: string }[] {
  const read: { name: string; shown: string; text: string }[] = [];
  for (const name of markdownFilesIn(folder, display(folder), found.diagnostics)) {
    const file = path.join(folder, name);
    const shown = display(file);
    found.inputs.push(file);
    const text = readPublishedText(root, file, shown, found.diagnostics);
    if (text === undefined) continue;
    found.sources.set(shown, text);
    read.push({ name, shown, text });
  }
  return read;
}

export type Removal = 'removed' | 'missing' | 'not-a-file' | 'outside' | 'failed';

/**
 * Removes `file` only when it is a regular file itself (a link is never
 * followed nor removed, a folder never emptied) and its real folder is inside
 * the real `outDir`: a folder of the output that is a link to somewhere else
 * does not carry the removal out of it.
 */
export function removeFileInside(outDir: string, file: string): Removal {
  const realOut = realPathOf(outDir);
  if (realOut === undefined) return 'missing';
  let isFile: boolean;
  try {
    isFile = lstatSync(file).isFile();
  } catch {
    return 'missing';
  }
  const realFolder = realPathOf(path.dirname(file));
  if (realFolder === undefined || !isInside(realOut, path.join(realFolder, path.basename(file)))) return 'outside';
  if (!isFile) return 'not-a-file';
  try {
    unlinkSync(path.join(realFolder, path.basename(file)));
    return 'removed';
  } catch (error) {
    return errnoOf(error) === 'ENOENT' ? 'missing' : 'failed';
  }
}
