// The entry of the built CLI (dist/centre.cjs), and all it does: load the
// CLI's bundles (dist/*.cjs, see scripts/build.mjs) with V8's code cache.
// Compiling the bundles is about a tenth of a short run; with the bytecode
// kept from an earlier run it is nearly free. Node 20 has no code cache for ES
// modules (module.enableCompileCache came in Node 22), so the bundles are
// CommonJS scripts compiled here with vm.Script. The cache is only a speed-up:
// when it cannot be read or written, or V8 refuses it, the bundles are
// compiled as usual. The same folder holds the kept checks: what validation
// concluded about files (kinds/kept-checks.ts). CENTRE_CACHE=off turns both
// off, and CENTRE_CACHE=<folder> puts them in a folder `centre` made there.
//
// This file is built as CommonJS too (so `require` and `__dirname` are
// CommonJS's): a process that starts from CommonJS files only never sets up
// Node's ES module loader, a few milliseconds of every run.
import type * as Fs from 'node:fs';
import type * as Module from 'node:module';
import type * as Os from 'node:os';
import type * as Path from 'node:path';
import type * as Url from 'node:url';
import type * as Vm from 'node:vm';
import { isPrivateFolder, makeMarkedFolder, readWithoutFollowing } from '../kinds/kept-checks.js';
import type { CliIo, KeptBetweenRuns } from './context.js';

const { chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs') as typeof Fs;
const { createRequire } = require('node:module') as typeof Module;
const os = require('node:os') as typeof Os;
const path = require('node:path') as typeof Path;
const { pathToFileURL } = require('node:url') as typeof Url;
const vm = require('node:vm') as typeof Vm;

// A process runs one command and ends: zod's compiled object parsers (made
// with new Function on first use) cost more to compile than they save here.
// Both ways give the same results.
const zodConfig = globalThis as { __zod_globalConfig?: Record<string, unknown> };
zodConfig.__zod_globalConfig = { ...zodConfig.__zod_globalConfig, jitless: true };

/** Each bundle's name and a hash of its text, written in by scripts/build.mjs. */
declare const CENTRE_BUNDLES: Readonly<Record<string, string>>;

const distDir = __dirname;
const packageRequire = createRequire(path.join(distDir, 'centre.cjs'));

/**
 * Where compiled bundles are kept: a folder `centre` the cache makes and marks as
 * its own (kinds/kept-checks.ts) in `CENTRE_CACHE`, else in node_modules/.cache (of the
 * project centre is installed in, or of its own folder), else in the user's cache
 * folder (`XDG_CACHE_HOME`, or ~/.cache). Never in a folder others can write to,
 * such as the system's temporary folder: another user could put a link there in
 * place of the cache and have this user's runs write into, or read code from,
 * a folder of their choosing.
 */
function cacheFolder(): string | undefined {
  const setting = process.env.CENTRE_CACHE;
  if (setting === 'off') return undefined;
  const root = path.dirname(distDir);
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

const ofAnEarlierCache = /^(?:[\w-]+-[0-9a-f]+-v[\d.]+-\w+-[0-9a-f]+\.bin|checks-[0-9a-f]+)$/;

let folder: string | null | undefined;

/** Node flags change the code V8 makes: runs with other flags keep theirs apart instead of overwriting each other's. */
function flagsKey(): string {
  let hash = 0x811c9dc5;
  for (const char of `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash.toString(16);
}

function cacheFileOf(name: string): string | undefined {
  const kept = keep.folder();
  return kept === undefined ? undefined : path.join(kept, `${name}-${CENTRE_BUNDLES[name]}-${process.version}-${process.arch}-${flagsKey()}.bin`);
}

const exportsOf = new Map<string, unknown>();
const unwritten: { file: string; name: string; script: Vm.Script }[] = [];

/** The bundle's exports, loading it on first use. */
function loadBundle(name: string): unknown {
  if (exportsOf.has(name)) return exportsOf.get(name);
  const file = path.join(distDir, `${name}.cjs`);
  const source = `(function (exports, require, module, __filename, __dirname, __centreImportMetaUrl) {${readFileSync(file, 'utf8')}\n})`;
  const cacheFile = cacheFileOf(name);
  let cachedData: Buffer | undefined;
  try {
    if (cacheFile) cachedData = readWithoutFollowing(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(source, { filename: file, cachedData });
  if (cacheFile && (cachedData === undefined || script.cachedDataRejected)) unwritten.push({ file: cacheFile, name, script });
  const module = { exports: {} as unknown };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run(module.exports, bundleRequire, module, file, distDir, pathToFileURL(file).href);
  exportsOf.set(name, module.exports);
  return module.exports;
}

/** require() inside a bundle: another bundle by its file name, anything else as Node would. */
function bundleRequire(specifier: string): unknown {
  const bundle = /^\.\/([\w-]+)\.cjs$/.exec(specifier)?.[1];
  return bundle !== undefined && Object.hasOwn(CENTRE_BUNDLES, bundle) ? loadBundle(bundle) : packageRequire(specifier);
}

/** Runs with this many sets of Node flags keep their code of a bundle side by side; beyond, the oldest goes. */
const KEPT_FLAG_SETS = 3;

/**
 * Keeps the code of each bundle that had none kept, as V8 compiled it during
 * this run (so with the functions the run used), when the process ends. The
 * code of the bundle's earlier builds goes, and so does all but the newest of
 * its code for other Node flags.
 */
function writeCodeCache(): void {
  for (const { file, name, script } of unwritten.splice(0)) {
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      removeStaleCode(path.dirname(file), name);
      writeFileSync(temporary, script.createCachedData(), { flag: 'wx', mode: 0o600 });
      chmodSync(temporary, 0o600);
      renameSync(temporary, file);
    } catch {
      // unwritable or full: the next run compiles again
      try {
        rmSync(temporary, { force: true });
      } catch {
        // nothing more to do
      }
    }
  }
}

function removeStaleCode(folder: string, name: string): void {
  const ofBundle = new RegExp(`^${name}-([0-9a-f]+)-v[\\d.]+-\\w+-[0-9a-f]+\\.bin$`);
  const current: { file: string; time: number }[] = [];
  for (const entry of readdirSync(folder)) {
    const hash = ofBundle.exec(entry)?.[1];
    if (hash === undefined) continue;
    const file = path.join(folder, entry);
    if (hash !== CENTRE_BUNDLES[name]) rmSync(file, { force: true });
    else current.push({ file, time: lstatSync(file).mtimeMs });
  }
  current.sort((a, b) => b.time - a.time);
  for (const { file } of current.slice(KEPT_FLAG_SETS - 1)) rmSync(file, { force: true });
}
process.once('exit', writeCodeCache);

const keep: KeptBetweenRuns = {
  folder: () => {
    if (folder === undefined) folder = cacheFolder() ?? null;
    return folder ?? undefined;
  },
  build: (bundle) => (Object.hasOwn(CENTRE_BUNDLES, bundle) ? CENTRE_BUNDLES[bundle] : undefined),
};

export async function main(argv?: readonly string[], io?: CliIo): Promise<number> {
  const cli = loadBundle('cli') as typeof import('./main.js');
  return cli.main(argv, io, keep);
}

/** Whether all output of the run has reached the operating system (see main.ts). */
export function outputWritten(): boolean {
  return (loadBundle('cli') as typeof import('./main.js')).outputWritten();
}
