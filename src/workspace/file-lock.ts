// One writer at a time for a file that is read, changed and written back (the
// year's record): `<file>.lock` is made exclusively and holds the owner's pid
// and the time. Without it two runs at once each read the same text and the
// later rename drops the other's change. A lock whose process is gone, or that
// is older than any real change takes, is taken over.
import { closeSync, constants, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { removeOnInterrupt, writeTargetOf } from './atomic-write.js';
import { oneClass } from '../util/one-class.js';

/** Held longer than this, a lock is taken to be left behind by a process that hung or a machine that stopped. */
const STALE_MS = 60_000;
/** How long to wait for another run to finish before giving up. */
const WAIT_MS = 30_000;

/** Another run holds the lock. One class for every bundle (util/one-class.ts), recognised with instanceof. */
export const FileLocked = oneClass(
  'FileLocked',
  class FileLocked extends Error {
    constructor(
      readonly file: string,
      readonly lock: string,
      readonly pid: number | undefined,
    ) {
      super(`locked: ${file}`);
      this.name = 'FileLocked';
    }
  },
);
export type FileLocked = InstanceType<typeof FileLocked>;

/** Takes the lock of `file` (its target's, when `file` is a symbolic link), waiting for another holder; returns its release. */
export async function lockFile(file: string, waitMs = WAIT_MS): Promise<() => void> {
  return acquire(file, `${writeTargetOf(file)}.lock`, waitMs);
}

async function acquire(file: string, lock: string, waitMs: number): Promise<() => void> {
  const deadline = Date.now() + waitMs;
  for (let delay = 5; ; delay = Math.min(delay * 2, 100)) {
    const release = tryCreate(lock);
    if (release) return release;
    const holder = readHolder(lock);
    if (holder && isStale(holder)) {
      takeOver(lock, holder.text);
      continue;
    }
    if (Date.now() > deadline) throw new FileLocked(file, lock, holder?.pid);
    await new Promise((resolve) => setTimeout(resolve, delay + Math.random() * delay));
  }
}

function tryCreate(lock: string): (() => void) | undefined {
  // Named for removal before it is made: naming it sets up the handlers of Ctrl+C, SIGTERM and SIGHUP when none
  // are, and a signal in between would otherwise end the process the default way, leaving the lock
  // behind. The handlers run between events, never inside these lines, so another run's lock is never removed.
  const forget = removeOnInterrupt(lock);
  let fd: number;
  try {
    fd = openSync(lock, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
  } catch (error) {
    forget();
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
    throw error;
  }
  try {
    writeSync(fd, `${process.pid} ${Date.now()}\n`);
  } finally {
    closeSync(fd);
  }
  return () => {
    forget();
    try {
      unlinkSync(lock);
    } catch {
      // taken over as stale meanwhile: nothing of ours to remove
    }
  };
}

interface Holder {
  readonly text: string;
  readonly pid?: number;
  readonly since?: number;
}

function readHolder(lock: string): Holder | undefined {
  let text: string;
  try {
    text = readFileSync(lock, 'utf8');
  } catch {
    return undefined; // released meanwhile
  }
  const match = /^(\d+) (\d+)\n$/.exec(text);
  if (match) return { text, pid: Number(match[1]), since: Number(match[2]) };
  // being written this instant, or left empty by a crash: its age is the file's
  try {
    return { text, since: statSync(lock).mtimeMs };
  } catch {
    return undefined;
  }
}

function isStale(holder: Holder): boolean {
  if (holder.since === undefined) return false;
  if (Date.now() - holder.since > STALE_MS) return true;
  if (holder.pid === undefined) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Removes a stale lock, unless another run took it over (its content changed) since it was read. */
function takeOver(lock: string, seen: string): void {
  try {
    if (readFileSync(lock, 'utf8') === seen) unlinkSync(lock);
  } catch {
    // gone already
  }
}
