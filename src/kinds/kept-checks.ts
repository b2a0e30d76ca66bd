// Kept checks: what validation concluded about a file, kept between runs, so
// that a run whose files have not changed neither parses nor checks them again
// (and loads neither js-yaml nor zod): most of a short run's own work
// (`BENCH_ONLY=startup npm run bench` times validate and calendar of plans/
// with them, after one plan was edited, and without them).
//
// What is kept: for each file (and each mode: with or without the line of every
// block), a clean conclusion only: the file's kind and value, its warnings,
// the line where each block starts (for commands that cite lines) and, for a
// plan or cyclogram with a period of its own, its calendar entries as read with
// the default school year. Each entry holds the very text it was made from; it
// is named by a hash of the file's path.
//
// Where: a folder `checks-<build>` in the cache folder (`centre` in
// CENTRE_CACHE, node_modules/.cache or the user's cache folder, found by
// cli/entry.ts), beside Node's compiled code where it keeps some. `<build>` is the
// hash of the code that makes a conclusion: the fast path (quick-check.ts),
// the placing of its warnings (locate-problems.ts) and the located validation
// (validate.ts), see cli/context.ts.
//
// When it is used: whenever a command of the built CLI reads workspace files
// (validate, calendar, plan build, site build and the others, all through
// workspace/load.ts; tests run from source have none unless given one): an
// entry is read before the fast path, and a clean result of either path is
// written. The kept calendar entries come back with the file
// (LoadedFile.entriesRead), and the calendar takes them in place of reading
// the timings again (calendar/plan-entries.ts) when it reads the plan with the
// default school year over the same period.
//
// What it never does: never uses an entry for another text (a changed file,
// even by one character, is checked again), another file, another mode or
// another build of centre (the folders of other builds are removed); never
// keeps a file with an error (checked again every run, its messages always the
// current run's) or a file over MAX_TEXT characters; never writes, removes or
// follows a link outside folders it made and marked (a user's folder named
// like one of ours is left alone, and the cache goes without); never changes
// what a command says: an entry that cannot be read, is damaged or cannot be
// written is ignored. CENTRE_CACHE=off turns it off, with Node's compile cache.
//
// This module is also part of the CLI's entry (dist/centre.cjs, CommonJS),
// which uses its folder functions only: what the entry does not use is left
// out of it by the bundler.
import { closeSync, constants, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { planEntries, planPeriod, type EntriesRead } from '../calendar/plan-entries.js';
import type { Diagnostic } from '../schema/diagnostic.js';
import type { Validated } from './kinds.js';

// ——— What is kept ———

/** A warning of a kept check, without its file: the file is named as the current run shows it. */
type KeptWarning = Omit<Diagnostic, 'file'>;

/** A clean conclusion as JSON holds it. */
export interface KeptCheck {
  readonly kind: string;
  readonly value: unknown;
  /** The line where each block of the file starts, by its path (see `pathKey`); only for runs that cite lines. */
  readonly lines?: Readonly<Record<string, number>>;
  /** A plan's calendar entries, read with the default school year over the plan's own period. */
  readonly entriesRead?: EntriesRead;
  /** The file's warnings (a kept file has no errors). */
  readonly warnings?: readonly KeptWarning[];
}

/** The key of a value's path in `lines`: the segments joined by a character no YAML key can hold. */
function pathKey(path: readonly (string | number)[]): string {
  return path.join('\u0000');
}

/** The line where the value at `path` starts, from the table of a kept check. */
export function keptLineOf(lines: Readonly<Record<string, number>> | undefined): (path: readonly (string | number)[]) => number | undefined {
  return (path) => (lines && Object.hasOwn(lines, pathKey(path)) ? lines[pathKey(path)] : undefined);
}

/**
 * What to keep of a file with no errors, from what either path of validation has just worked out:
 * its value, its warnings, the line of every block of its `data` (as the YAML parser gave it) when
 * `lineOfBlock` is given, and a plan's calendar entries as its rules have just read them. Undefined
 * when JSON cannot hold it exactly (a negative zero), so that a kept check is always what the check
 * itself would say.
 */
export function toKeptCheck(
  validated: Validated,
  data: unknown,
  warnings: readonly Diagnostic[],
  lineOfBlock?: (block: object, path: (string | number)[]) => number | undefined,
): KeptCheck | undefined {
  const kept: KeptCheck = {
    kind: validated.kind,
    value: validated.value,
    ...(lineOfBlock ? { lines: blockLines(data, lineOfBlock) } : {}),
    ...entriesReadOf(validated),
    // a warning is kept without its file: it is named as the run that reads it names it
    ...(warnings.length > 0 ? { warnings: warnings.map(({ file: _file, ...warning }) => withoutUndefinedKeys(warning)) } : {}),
  };
  return isDeepStrictEqual(JSON.parse(JSON.stringify(kept)), kept) ? kept : undefined;
}

/** The calendar entries of a plan with a period of its own, as its rules have just read them (planEntries remembers them). */
function entriesReadOf(validated: Validated): Pick<KeptCheck, 'entriesRead'> {
  if (validated.kind !== 'plan' && validated.kind !== 'cyclogram') return {};
  const period = planPeriod(validated.value);
  // An entry whose timing cannot be read has `schedule: undefined`, which JSON leaves out: the same to whoever reads it.
  return period ? { entriesRead: { period, entries: planEntries(validated.value, period).map(withoutUndefinedKeys) } } : {};
}

/** A copy without the keys of objects whose value is undefined, at any depth: as JSON keeps it. */
function withoutUndefinedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutUndefinedKeys) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .map(([key, item]) => [key, withoutUndefinedKeys(item)]),
  ) as T;
}

/** The line of every mapping and sequence of the data, by its path: what lineOf answers, as a table. */
function blockLines(data: unknown, lineOfBlock: (block: object, path: (string | number)[]) => number | undefined): Record<string, number> {
  const lines: Record<string, number> = {};
  const visit = (value: unknown, path: (string | number)[]) => {
    if (value === null || typeof value !== 'object') return;
    const line = lineOfBlock(value, path);
    if (line !== undefined) lines[pathKey(path)] = line;
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
    else for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
  };
  visit(data, []);
  return lines;
}

// ——— Where it is kept ———

export interface KeptChecks {
  /** Whether a check of this text is kept at all: not for very large files, whose entry would cost more memory than checking saves time. */
  accepts(text: string): boolean;
  read(file: string, text: string, positions: boolean): KeptCheck | undefined;
  write(file: string, text: string, positions: boolean, check: KeptCheck): void;
}

interface Entry extends KeptCheck {
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

export interface KeptChecksOptions {
  readonly maxEntries?: number;
  readonly maxText?: number;
}

/**
 * The kept checks in `folder` (the cache folder), for conclusions made by the code whose hash is
 * `build`, in a folder `checks-<build>` made and marked as the cache's own. The folders of other
 * builds are removed when this one is first made: only those marked, never another entry of
 * `folder`, whatever its name.
 */
export function keptChecks(folder: string, build: string, { maxEntries = MAX_ENTRIES, maxText = MAX_TEXT }: KeptChecksOptions = {}): KeptChecks {
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

// ——— The cache folder: only folders centre made ———
//
// A folder is the cache's only when centre made it: it holds a marker file, it
// is a real folder (never a symbolic link another user planted), owned by this
// user and writable by no one else. Anything else found where the cache would
// be, a user's own folder named like one of ours included, is left as it is
// and the cache goes without. Files are read without following a symbolic
// link and written under a fresh name (O_EXCL never follows one) before being
// renamed into place. The entry (cli/entry.ts) has Node keep its code cache in
// the same folder, where Node has one (22.1 and later).

/** The file that marks a folder as made by centre's cache. */
const CACHE_MARKER = '.centre-cache';

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
function isMarkedFolder(folder: string): boolean {
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
function readWithoutFollowing(file: string): Buffer {
  const descriptor = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    return readFileSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}
