// What the fast path of validation concluded about a file, kept between runs.
//
// Most runs of `validate`, `calendar` or `plan build` read files that have not
// changed since the last run, and parsing and checking them again is most of a
// short run's own time (js-yaml, zod and the rules run cold, in V8's
// interpreter). A clean result of the fast path (kinds/quick-check.ts) is a
// function of the file's text alone, so it is kept, next to the compiled code
// of the bundles, and reused while the text is the same, character for
// character: an entry holds the text it was made from and is used only when
// that text equals the file's. It is also tied to the code that made it (the
// build of the checking bundle names the folder), so a new version of centre
// never reads an older one's conclusions. Only clean results are kept: a file
// with any problem is checked again every time, and its messages are always
// those of the current run.
//
// The cache is only a speed-up. An entry that cannot be read, is damaged, or
// is for another text is ignored, and one that cannot be written is not
// written; nothing a command prints depends on it.
import { lstatSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isMarkedFolder, makeMarkedFolder, readWithoutFollowing } from './cache-folder.js';
import type { CachedCheck } from '../kinds/cached-check.js';

export interface CheckCache {
  /** Whether a check of this text is kept at all: not for very large files, whose entry would cost more memory than checking saves time. */
  accepts(text: string): boolean;
  read(file: string, text: string, positions: boolean): CachedCheck | undefined;
  write(file: string, text: string, positions: boolean, check: CachedCheck): void;
}

interface Entry extends CachedCheck {
  readonly file: string;
  readonly positions: boolean;
  readonly text: string;
}

/** Beyond this many entries (files checked, each with and without positions), the older half goes. */
const MAX_ENTRIES = 2000;
/**
 * The largest text (in characters) whose check is kept: some 2000 items of a plan. An entry holds
 * the text, the value and the timings, several times the file; for a 30 MB plan of 50,000 items
 * making it doubled the processor time of the run and added 260 MB.
 */
const MAX_TEXT = 1_000_000;

export interface CheckCacheOptions {
  readonly maxEntries?: number;
  readonly maxText?: number;
}

/**
 * A cache in `folder`, for results made by the code whose hash is `build`, in a
 * folder `checks-<build>` it makes and marks (cache-folder.ts). The folders of
 * other builds are removed when this one is first made: only those it marked,
 * never another entry of `folder`, whatever its name.
 */
export function checkCache(folder: string, build: string, { maxEntries = MAX_ENTRIES, maxText = MAX_TEXT }: CheckCacheOptions = {}): CheckCache {
  const own = path.join(folder, `checks-${build}`);
  let tidied = false;
  const entryFile = (file: string, positions: boolean) => path.join(own, `${fnv1a(`${positions ? 'p' : '-'}${file}`)}.json`);
  return {
    accepts: (text) => text.length <= maxText,
    read(file, text, positions) {
      let entry: Entry;
      try {
        if (!isMarkedFolder(own)) return undefined;
        entry = JSON.parse(readWithoutFollowing(entryFile(file, positions)).toString('utf8')) as Entry;
      } catch {
        return undefined;
      }
      const usable =
        entry !== null &&
        typeof entry === 'object' &&
        entry.file === file &&
        entry.positions === positions &&
        entry.text === text &&
        typeof entry.kind === 'string';
      if (!usable) return undefined;
      const { file: _file, positions: _positions, text: _text, ...check } = entry;
      return check;
    },
    write(file, text, positions, check) {
      const target = entryFile(file, positions);
      const temporary = `${target}.${process.pid}.tmp`;
      try {
        // once a run: a run adds at most an entry per file it reads
        if (!tidied) {
          if (isMarkedFolder(own)) pruneOldest(own, maxEntries);
          else if (!startFolder(folder, own)) return;
          tidied = true;
        }
        writeFileSync(temporary, JSON.stringify({ file, positions, text, ...check } satisfies Entry), { flag: 'wx', mode: 0o600 });
        renameSync(temporary, target);
      } catch {
        // a full or read-only disk: the next run checks the file again
        try {
          rmSync(temporary, { force: true });
        } catch {
          // no folder to remove it from
        }
      }
    },
  };
}

/** Makes the folder of this build, and removes those of other builds. Says whether the folder is there to write to. */
function startFolder(folder: string, own: string): boolean {
  if (!makeMarkedFolder(own)) return false;
  for (const name of readdirSync(folder)) {
    const other = path.join(folder, name);
    if (name.startsWith('checks-') && other !== own && isMarkedFolder(other)) rmSync(other, { recursive: true, force: true });
  }
  return true;
}

const ENTRY = /^[0-9a-f]{8}\.json(?:\.\d+\.tmp)?$/;

function pruneOldest(own: string, maxEntries: number): void {
  const names = readdirSync(own).filter((name) => ENTRY.test(name));
  if (names.length < maxEntries) return;
  const aged = names.map((name) => {
    const file = path.join(own, name);
    try {
      return { file, time: lstatSync(file).mtimeMs };
    } catch {
      return { file, time: 0 };
    }
  });
  aged.sort((a, b) => a.time - b.time);
  for (const { file } of aged.slice(0, aged.length / 2)) rmSync(file, { force: true });
}

/** A 32-bit FNV-1a hash of the text, in hex: it names an entry, and the entry says itself which file it is for (two files under one name only take turns). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}
