// Run once before any test file, in vitest's main process, whose environment every worker and every
// process a test starts inherits.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isRunning } from './processes.js';

/** Linux's magic number of a tmpfs, a file system in memory (statfs(2)). */
const TMPFS = 0x01021994;
/** The room a tmpfs must have free to hold the tests' folders. */
const MIN_FREE = 1024 * 1024 * 1024;

export default function setup(): () => void {
  // NODE_EXTRA_CA_CERTS, where a machine sets it (this one does, to a 220 KB bundle), makes every Node
  // process read and parse those certificates as it starts: 48 ms of processor for `node -e 0`
  // instead of 18. The suite starts some 600 of them (the built command, mostly) and opens no TLS
  // connection (npm in test/cli/readme.test.ts runs offline), so it goes without.
  delete process.env.NODE_EXTRA_CA_CERTS;
  // The tests' temporary folders (workspaces copied for each test, sites built, LibreOffice's profiles)
  // in memory where the machine has a tmpfs: creating and renaming a file took 0.25 ms of processor
  // on this machine's /tmp (ext4), 0.015 ms on /dev/shm.
  const memory = inMemoryFolder();
  if (memory === undefined) return () => {};
  process.env.TMPDIR = memory;
  // So is the cache of the command's kept checks, which every run of a fresh workspace writes (a file
  // per file it read) unless a test names its own; the folder a run finds without CENTRE_CACHE is
  // tested in test/cli/startup.test.ts.
  if (process.env.CENTRE_CACHE === undefined) {
    const cache = path.join(memory, 'cache');
    mkdirSync(cache, { mode: 0o700 });
    process.env.CENTRE_CACHE = cache;
  }
  return () => rmSync(memory, { recursive: true, force: true });
}

const OWNER = 'run.pid';

function inMemoryFolder(): string | undefined {
  try {
    const memory = statfsSync('/dev/shm');
    // a container's /dev/shm is often 64 MB: the suite's folders there would fill it (they reach some tens of MB)
    if (memory.type !== TMPFS || memory.bavail * memory.bsize < MIN_FREE) return undefined;
    removeLeftBehind();
    const folder = mkdtempSync(path.join('/dev/shm', 'centre-tests-'));
    // as /tmp is: a test runs the command as another account (nobody) in a folder of its own here
    chmodSync(folder, 0o1777);
    writeFileSync(path.join(folder, OWNER), String(process.pid));
    return folder;
  } catch {
    return undefined;
  }
}

/** The folders of earlier runs that ended before removing theirs (killed): memory, not disk. Another run's, going on, stays. */
function removeLeftBehind(): void {
  for (const name of readdirSync('/dev/shm').filter((entry) => entry.startsWith('centre-tests-'))) {
    const folder = path.join('/dev/shm', name);
    let owner: number;
    try {
      owner = Number(readFileSync(path.join(folder, OWNER), 'utf8'));
    } catch {
      continue; // not ours to judge
    }
    if (Number.isInteger(owner) && owner > 0 && !isRunning(owner)) rmSync(folder, { recursive: true, force: true });
  }
}
