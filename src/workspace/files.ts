// File-system side of centre: finding the workspace and its YAML files,
// reading inputs, and writing outputs atomically. The domain modules never
// touch the disk; the commands call these.
import { closeSync, constants, existsSync, fstatSync, openSync, readdirSync, readFileSync, statSync, type Dirent, type Stats } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileDiagnostic, type Diagnostic } from '../schema/diagnostic.js';
import { compareText } from '../util/compare.js';
import { replaceFileAtomic } from './atomic-write.js';

const yamlExtensions = ['.yaml', '.yml'];
const skippedFolders = new Set(['node_modules', 'out', 'dist']);

/** The nearest folder, from `cwd` upwards, that holds a `plans/` folder; `cwd` itself when none does. */
export function findWorkspaceRoot(cwd: string): string {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (isDirectory(path.join(dir, 'plans'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(cwd);
  }
}

function isDirectory(candidate: string): boolean {
  return statOrUndefined(candidate)?.isDirectory() ?? false;
}

export interface CollectedFiles {
  readonly files: string[];
  readonly problems: Diagnostic[];
}

/**
 * Expands the given paths into YAML files, in a stable order. A folder yields
 * its .yaml/.yml files recursively; a missing path or a non-YAML file named
 * explicitly is a problem. Inputs are read synchronously: a command needs them
 * all before it can do anything, and the thread-pool round trips of the
 * asynchronous calls cost more than the reads themselves.
 */
export function collectYamlFiles(paths: readonly string[], cwd: string, display: (file: string) => string): CollectedFiles {
  const files: string[] = [];
  const problems: Diagnostic[] = [];
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    let info: Stats;
    try {
      info = statSync(absolute);
    } catch (error) {
      const code = errnoOf(error);
      // A missing path is a typo; anything else (no permission, a file where a folder should be) is said as it is.
      problems.push(
        code === 'ENOENT' ? fileDiagnostic(display(absolute), 'file-not-found') : fileDiagnostic(display(absolute), 'path-unreadable', { reason: code }),
      );
      continue;
    }
    if (info.isDirectory()) files.push(...listYamlFiles(absolute, display, problems));
    else if (!info.isFile()) problems.push(fileDiagnostic(display(absolute), 'not-regular-file'));
    else if (yamlExtensions.includes(path.extname(absolute).toLowerCase())) files.push(absolute);
    else problems.push(fileDiagnostic(display(absolute), 'not-yaml'));
  }
  return { files: [...new Set(files)], problems };
}

/** The errno code of a failed file-system call (EACCES, ENOENT…), or its message when it has none. */
export function errnoOf(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? (error instanceof Error ? error.message : String(error));
}

export function statOrUndefined(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined; // missing, or a path through a file
  }
}

/** The YAML files under `folder`; a folder that cannot be listed is a problem, and the others are still listed. */
function listYamlFiles(folder: string, display: (file: string) => string, problems: Diagnostic[]): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    problems.push(fileDiagnostic(display(folder), 'folder-unreadable', { reason: errnoOf(error) }));
    return [];
  }
  // Plain code-point order: localeCompare would load ICU's collator, a few milliseconds on every run.
  entries.sort((a, b) => compareText(a.name, b.name));
  const found: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || skippedFolders.has(entry.name)) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) found.push(...listYamlFiles(full, display, problems));
    else if (!yamlExtensions.includes(path.extname(entry.name).toLowerCase())) continue;
    else if (isSpecialFile(entry) || (entry.isSymbolicLink() && isSpecialFile(statOrUndefined(full) ?? entry))) {
      // a pipe would hang the read: named, and the folder's other files still read
      problems.push({ ...fileDiagnostic(display(full), 'not-regular-file'), severity: 'warning' });
    } else found.push(full);
  }
  return found;
}

export class NotUtf8Error extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
  ) {
    super(`not UTF-8 at ${line}:${column}`);
  }
}

/** Thrown for a named pipe, socket or device where a file is read: its errno-like code says it in words. */
class NotRegularFileError extends Error {
  readonly code = 'ENOTREG';
  constructor(readonly file: string) {
    super(`ENOTREG: not an ordinary file: ${file}`);
    this.name = 'NotRegularFileError';
  }
}

/** An error as the file system would give it, with its code (the messages put codes into words). */
function errnoError(code: string, file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${file}`), { code });
}

/** Whether a path names something other than an ordinary file or a folder (a pipe, socket, device). */
function isSpecialFile(info: Stats | Dirent): boolean {
  return !info.isFile() && !info.isDirectory() && !info.isSymbolicLink();
}

/** Whether `file` (followed through links) is a pipe, socket or device; false when it is missing. */
export function isSpecialPath(file: string): boolean {
  const info = statOrUndefined(file);
  return info !== undefined && isSpecialFile(info);
}

/** Throws NotRegularFileError unless `file` (followed through links) is an ordinary file; other errors as they are. */
export function checkRegularFile(file: string): Stats {
  const info = statSync(file);
  if (!info.isFile()) throw info.isDirectory() ? errnoError('EISDIR', file) : new NotRegularFileError(file);
  return info;
}

/**
 * The bytes of an input file, which must be an ordinary file: reading a named
 * pipe waits for a writer forever and a device never ends. The file is opened
 * without blocking and checked on the open descriptor, so nothing swapped in
 * after a check is read either. `maxBytes`: refused larger (ERR_FS_FILE_TOO_LARGE).
 */
export function readRegularFile(file: string, maxBytes?: number): Buffer {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    // a socket cannot be opened at all
    if ((error as NodeJS.ErrnoException).code === 'ENXIO') throw new NotRegularFileError(file);
    throw error;
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw errnoError('EISDIR', file);
    if (!info.isFile()) throw new NotRegularFileError(file);
    if (maxBytes !== undefined && info.size > maxBytes) throw errnoError('ERR_FS_FILE_TOO_LARGE', file);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Reads a UTF-8 text file (a byte-order mark is dropped unless it is to be kept, for a file written back); throws NotUtf8Error where it is not UTF-8. */
export function readTextFile(file: string, keepByteOrderMark = false): string {
  const bytes = readRegularFile(file);
  // isUtf8 (simdutf) and toString, not a fatal TextDecoder: its first use sets up ICU's converter, several milliseconds.
  if (isUtf8(bytes)) {
    const text = bytes.toString('utf8');
    return text.charCodeAt(0) === 0xfeff && !keepByteOrderMark ? text.slice(1) : text;
  }
  const offset = firstInvalidUtf8(bytes);
  const lines = bytes.subarray(0, offset).toString('utf8').split('\n');
  throw new NotUtf8Error(lines.length, lines.at(-1)!.length + 1);
}

/** The offset of the first byte that does not start or continue a UTF-8 sequence (for the message only). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : (lead & 0xf0) === 0xe0 ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return i;
}

/**
 * Writes through a temporary file beside the real target and renames it, so a
 * reader never sees half a file; a symbolic link stays a link, the mode is
 * kept, a read-only file is refused (see atomic-write.ts). Synchronous inside:
 * one write of a finished buffer, and no interruption between temporary file and rename.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  replaceFileAtomic(target, data);
}

/** The same, synchronously: for a command that writes many small files (the site's pages); `absent` as for replaceFileAtomic. */
export function writeFileAtomicSync(target: string, data: string | Uint8Array, knownFolders?: Set<string>, absent = false): void {
  replaceFileAtomic(target, data, knownFolders, absent);
}

/** The root of the installed package (where package.json and templates/ are), from any module in it. */
export function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}
