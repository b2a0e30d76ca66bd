// The cache's folders, made so that the cache touches nothing but its own.
//
// A folder is the cache's only when centre made it: it holds a marker file,
// it is a real folder (never a symbolic link another user planted), owned by
// this user and writable by no one else. Anything else found where the cache
// would be, a user's own folder named like one of ours included, is left as
// it is and the cache goes without. Files are read without following a
// symbolic link and written under a fresh name (O_EXCL never follows one)
// before being renamed into place.
//
// Used by both the entry of the built CLI (bundles.ts, CommonJS) and the check
// cache, so it imports nothing but Node's own modules.
import { closeSync, constants, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The file that marks a folder as made by centre's cache. */
export const CACHE_MARKER = '.centre-cache';

/** Whether the folder is a real folder of this user's that no one else can write to. */
export function isPrivateFolder(folder: string, follow = false): boolean {
  try {
    const stat = follow ? statSync(folder) : lstatSync(folder);
    if (!stat.isDirectory()) return false;
    const uid = process.getuid?.();
    // Windows has no uid and no such mode bits; its folders under the user's profile are the user's own.
    return uid === undefined || (stat.uid === uid && (stat.mode & 0o022) === 0);
  } catch {
    return false;
  }
}

/** Whether the folder was made by centre's cache: private, and holding the marker. */
export function isMarkedFolder(folder: string): boolean {
  if (!isPrivateFolder(folder)) return false;
  try {
    return lstatSync(path.join(folder, CACHE_MARKER)).isFile();
  } catch {
    return false;
  }
}

/**
 * Makes `folder` (its parent must exist) as the cache's own and says whether it
 * is: one made now or marked earlier is; one found that is not marked is taken
 * only when `adoptable` says each of its entries is the cache's (a cache made
 * before folders were marked), and otherwise left alone.
 */
export function makeMarkedFolder(folder: string, adoptable: (entry: string) => boolean = () => false): boolean {
  let made = true;
  try {
    mkdirSync(folder, { mode: 0o700 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return false;
    made = false;
  }
  if (!isPrivateFolder(folder)) return false;
  if (isMarkedFolder(folder)) return true;
  try {
    if (!made && !readdirSync(folder).every(adoptable)) return false;
    writeFileSync(path.join(folder, CACHE_MARKER), 'Made by centre: a cache it may remove at any time.\n', { flag: 'wx', mode: 0o600 });
    return true;
  } catch {
    return isMarkedFolder(folder);
  }
}

/** The file's bytes, or an error if it is a symbolic link (on systems that can tell). */
export function readWithoutFollowing(file: string): Buffer {
  const descriptor = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    return readFileSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}
