// The entry of the built CLI (dist/centre.cjs, which bin/centre.js requires):
// it finds the cache folder, gives the CLI the kept checks' place in it, and
// loads the CLI's bundle (dist/cli.cjs) as Node loads any CommonJS file.
//
// The cache folder holds the kept checks: what validation concluded about
// files (kinds/kept-checks.ts). Where Node has its own compile cache
// (module.enableCompileCache, Node 22.1 and later), the same folder keeps the
// compiled code of the bundles too; Node 20 compiles them on every run.
// CENTRE_CACHE=off turns both off, and CENTRE_CACHE=<folder> puts them in a
// folder `centre` made there.
//
// This file is built as CommonJS, like every bundle (scripts/build.mjs): a
// process that starts from CommonJS files only never sets up Node's ES module
// loader, a few milliseconds of every run.
import { mkdirSync } from 'node:fs';
import nodeModule from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { isPrivateFolder, makeMarkedFolder } from '../kinds/kept-checks.js';
import type { CliIo, KeptBetweenRuns } from './context.js';

/** Each bundle's name and a hash of its text, written in by scripts/build.mjs. */
declare const CENTRE_BUNDLES: Readonly<Record<string, string>>;

/**
 * Where the kept checks go: a folder `centre` the cache makes and marks as its
 * own (kinds/kept-checks.ts) in `CENTRE_CACHE`, else in node_modules/.cache (of
 * the project centre is installed in, or of its own folder), else in the
 * user's cache folder (`XDG_CACHE_HOME`, or ~/.cache). Never in a folder others
 * can write to, such as the system's temporary folder: another user could put
 * a link there in place of the cache and have this user's runs write into, or
 * read from, a folder of their choosing.
 */
function cacheFolder(): string | undefined {
  const setting = process.env.CENTRE_CACHE;
  if (setting === 'off') return undefined;
  const root = path.dirname(__dirname);
  const nodeModules = path.basename(path.dirname(root)) === 'node_modules' ? path.dirname(root) : path.join(root, 'node_modules');
  const xdg = process.env.XDG_CACHE_HOME;
  const userCache = xdg && path.isAbsolute(xdg) ? xdg : path.join(os.homedir(), '.cache');
  for (const parent of setting ? [path.resolve(setting)] : [path.join(nodeModules, '.cache'), userCache]) {
    try {
      mkdirSync(parent, { recursive: true, mode: 0o700 });
    } catch {
      continue; // not there and cannot be made: try the next
    }
    const folder = path.join(parent, 'centre');
    // an older centre's cache, made before its folders were marked, is taken over
    if (isPrivateFolder(parent, true) && makeMarkedFolder(folder, (entry) => ofAnEarlierCache.test(entry))) return folder;
  }
  return undefined;
}

/** What an older centre kept in its cache folder: the bundles' compiled code, and kept checks. */
const ofAnEarlierCache = /^(?:[\w-]+-[0-9a-f]+-v[\d.]+-\w+-[0-9a-f]+\.bin|checks-[0-9a-f]+)$/;

let folder: string | null | undefined;

const keep: KeptBetweenRuns = {
  folder: () => {
    if (folder === undefined) folder = cacheFolder() ?? null;
    return folder ?? undefined;
  },
  build: (bundle) => (Object.hasOwn(CENTRE_BUNDLES, bundle) ? CENTRE_BUNDLES[bundle] : undefined),
};

// Node 22.1 and later keep the compiled code of every module loaded after this
// (the CLI's bundle and its command's) in the cache folder; the cache is only
// a speed-up, and Node goes without it when it cannot be read or written.
const { enableCompileCache } = nodeModule as { enableCompileCache?: (directory: string) => unknown };
const codeFolder = enableCompileCache && keep.folder();
if (codeFolder) enableCompileCache(codeFolder);

let cli: typeof import('./main.js') | undefined;

export async function main(argv?: readonly string[], io?: CliIo): Promise<number> {
  cli = await import('./main.js');
  return cli.main(argv, io, keep);
}

/** Whether all output of the run has reached the operating system (see main.ts). */
export function outputWritten(): boolean {
  return cli === undefined || cli.outputWritten();
}
