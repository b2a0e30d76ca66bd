// Writing a user's file without ever leaving half of it, or more than we
// meant to change: the bytes go to a temporary file beside the real target
// (created exclusively) and are renamed over it. A symbolic link stays a link
// and its target is written; the file's permissions are kept; a read-only file
// is refused. Temporary files still pending when the process is interrupted
// (Ctrl+C, a kill) are removed before it ends.
import {
  accessSync,
  chmodSync,
  closeSync,
  copyFileSync,
  constants,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readlinkSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import path from 'node:path';
import { cleanUpOnInterrupt } from '../util/interrupt.js';

/** An error with an errno-like code, so that messages put it into words like any other file-system refusal. */
class WriteRefused extends Error {
  constructor(
    readonly code: 'EREADONLY' | 'ENOTREG' | 'EEXIST',
    readonly file: string,
  ) {
    super(`${code}: ${file}`);
    this.name = 'WriteRefused';
  }
}

/**
 * Files removed if the process is interrupted before `release` (temporary files, locks): one of the
 * cleanups of util/interrupt.ts, which every part of centre that must tidy up on Ctrl+C shares.
 */
export function removeOnInterrupt(file: string): () => void {
  return cleanUpOnInterrupt(() => removeQuietly(file));
}

/** The file a path finally names: a symbolic link (even to a file not yet made) is followed to its target. */
export function writeTargetOf(target: string): string {
  let current = path.resolve(target);
  for (let hops = 0; hops < 40; hops++) {
    let info: Stats | undefined;
    try {
      // not there (no error made and thrown: a site writes thousands of new files)
      info = lstatSync(current, { throwIfNoEntry: false });
    } catch {
      info = undefined; // a path through a file: the write says why it cannot be made
    }
    if (!info?.isSymbolicLink()) return current; // a file, or not there yet: it will be made
    current = path.resolve(path.dirname(current), readlinkSync(current));
  }
  const loop = new Error(`ELOOP: ${target}`) as NodeJS.ErrnoException;
  loop.code = 'ELOOP';
  throw loop;
}

/** The permissions to give the new file: those of the file it replaces; refuses one that is read-only or not a file. */
function modeToKeep(file: string): number | undefined {
  let info: Stats | undefined;
  try {
    info = statSync(file, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
  if (!info) return undefined;
  if (!info.isFile()) throw new WriteRefused('ENOTREG', file);
  // For the owner (and the administrator, whom access() lets write anything) by the owner's write bit: a read-only file is meant to stay as it is.
  const uid = process.getuid?.();
  const byOwnerBit = uid === undefined || uid === 0 || uid === info.uid;
  if (byOwnerBit ? (info.mode & 0o200) === 0 : !canWrite(file)) throw new WriteRefused('EREADONLY', file);
  return info.mode & 0o7777;
}

function canWrite(file: string): boolean {
  try {
    accessSync(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

let temporaryCounter = 0;

/** Writes `data` into a new temporary file beside `file`; the caller renames or links it, or removes it. */
function writeTemporary(file: string, data: string | Uint8Array, mode: number | undefined, durable = true): { temporary: string; release: () => void } {
  const temporary = `${file}.${process.pid}.${(temporaryCounter++).toString(36)}.tmp`;
  const release = removeOnInterrupt(temporary);
  let fd: number | undefined;
  try {
    fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode ?? 0o666);
    // the umask applied at creation would narrow a kept mode (0664 under umask 022 stays 0664 only this way)
    if (mode !== undefined) chmodSync(temporary, mode);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    for (let written = 0; written < bytes.length;) written += writeSync(fd, bytes, written, bytes.length - written);
    // on the disk before the rename, so that a power cut leaves the old file or the new one, never an empty one
    if (durable) fsyncSync(fd);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    removeQuietly(temporary);
    release();
    throw error;
  }
  closeSync(fd);
  return { temporary, release };
}

function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // never made, or already gone
  }
}

/**
 * Replaces `target` (or makes it) atomically: a reader sees the old bytes or
 * the new ones. `knownFolders` remembers folders already made; with it (many
 * small files made again from their sources: the site's pages) the bytes are
 * not forced to the disk one file at a time. `absent`: the caller has just
 * seen that nothing is at `target` (the site lists each folder once), so no
 * link is followed and no mode kept, which would cost two look-ups a file.
 */
export function replaceFileAtomic(target: string, data: string | Uint8Array, knownFolders?: Set<string>, absent = false): void {
  const file = absent ? path.resolve(target) : writeTargetOf(target);
  const folder = path.dirname(file);
  if (!knownFolders?.has(folder)) {
    mkdirSync(folder, { recursive: true });
    knownFolders?.add(folder);
  }
  const { temporary, release } = writeTemporary(file, data, absent ? undefined : modeToKeep(file), knownFolders === undefined);
  try {
    renameSync(temporary, file);
  } catch (error) {
    removeQuietly(temporary);
    throw error;
  } finally {
    release();
  }
}

/**
 * Makes `target` only if it does not exist, whoever else is writing it at the
 * same moment: throws WriteRefused('EEXIST') when it appeared meanwhile.
 */
export function createFileExclusive(target: string, data: string | Uint8Array): void {
  const file = path.resolve(target);
  mkdirSync(path.dirname(file), { recursive: true });
  const { temporary, release } = writeTemporary(file, data, undefined);
  try {
    linkSync(temporary, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new WriteRefused('EEXIST', file);
    // a file system without hard links (FAT, some network drives): an exclusive copy, not atomic but never over a file
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
    try {
      copyFileSync(temporary, file, constants.COPYFILE_EXCL);
    } catch (copyError) {
      if ((copyError as NodeJS.ErrnoException).code === 'EEXIST') throw new WriteRefused('EEXIST', file);
      throw copyError;
    }
  } finally {
    removeQuietly(temporary);
    release();
  }
}
