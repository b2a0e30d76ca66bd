// Writing the section: only inside the output folder (links out of it are not
// followed), only over files the last build wrote (the manifest lists them);
// pages of the last build that are gone are removed, unchanged ones left alone.
//
// The manifest is written before the pages, listing every file the build may
// leave (the last build's and this one's) as incomplete, and completed after
// them: a build cut short (the power, a full disk, kill -9) leaves only files
// that its manifest names, so the next build takes them as its own and goes on.
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { userError, type Diagnostic } from '../schema/diagnostic.js';
import { cleanUpOnInterrupt } from '../util/interrupt.js';
import { existingRealPath, isInside, readFileInside, realPathOf, removeFileInside } from './safe-paths.js';
import type { WorkspaceContext } from './context.js';
import { writeOutputSync } from './write-output.js';

const manifestName = '.centre-site.json';

export interface SiteFiles {
  readonly files: ReadonlyMap<string, string | Uint8Array>;
  /** Inputs, so that the output folder is never one of them. */
  readonly inputs: readonly string[];
}

interface Manifest {
  readonly files: ReadonlySet<string>;
  /** False while a build is writing: its files may be there or not. */
  readonly complete: boolean;
}

export interface SiteWriting {
  readonly written: number;
  readonly unchanged: number;
  /** Pages of the last build left in place (a folder, a link, outside the output now). */
  readonly warnings: Diagnostic[];
}

/**
 * Writes the section into `outDir`: never outside it, never over a file the
 * previous build did not write (the manifest says which it did), and removes
 * the pages of the previous build that are gone.
 */
export async function writeSite(ctx: WorkspaceContext, outDir: string, site: SiteFiles): Promise<SiteWriting> {
  if (site.inputs.some((input) => isInside(outDir, input))) throw userError(ctx.display(outDir), 'site-output-holds-inputs', { path: ctx.display(outDir) });
  const manifestFile = path.join(outDir, manifestName);
  const previous = readManifest(outDir);
  const targets = [...site.files.keys()].map((name) => {
    const target = path.resolve(outDir, name);
    if (!isInside(outDir, target)) throw userError(ctx.display(outDir), 'site-outside-output', { path: name });
    return [name, target] as const;
  });
  const realOut = existingRealPath(outDir);
  const checkedFolders = new Set<string>();
  // a page found missing here is written without looking again (no link to follow, no mode to keep): one look-up a file, not three
  const ours = new Set<string>();
  for (const [name, target] of targets) {
    // ours only if the manifest lists it and it is still a plain file: centre never writes a link or a folder
    const existing = lstatOrUndefined(target);
    if (existing && !(previous.files.has(name) && existing.isFile())) throw userError(ctx.display(target), 'site-not-ours', { path: ctx.display(target) });
    if (existing) ours.add(name);
    // a folder inside the output that is a link to somewhere else would carry the write out of it
    const folder = path.dirname(target);
    if (checkedFolders.has(folder)) continue;
    if (!isInside(realOut, path.join(existingRealPath(folder), 'x'))) throw userError(ctx.display(outDir), 'site-outside-output', { path: name });
    checkedFolders.add(folder);
  }
  // Ctrl+C waits for the writing below, one synchronous run, to end: the folder and its manifest always agree.
  const done = cleanUpOnInterrupt(() => undefined);
  try {
    removeLeftovers(outDir, new Set([manifestName, ...(previous.complete ? [] : previous.files)]));
    const folders = new Set<string>();
    writeManifest(ctx, manifestFile, new Set([...previous.files, ...site.files.keys()]), false, folders);
    let unchanged = 0;
    for (const [name, target] of targets) {
      const data = site.files.get(name)!;
      // A page the last build wrote the same is left alone: quicker, and its date tells what to upload again.
      if (ours.has(name) && sameContent(target, data)) unchanged++;
      else writeOutputSync(ctx, target, data, folders, !ours.has(name));
    }
    const { kept, warnings } = removeStale(
      ctx,
      outDir,
      [...previous.files].filter((name) => !site.files.has(name)),
    );
    writeManifest(ctx, manifestFile, new Set([...site.files.keys(), ...kept]), true, folders);
    // a Ctrl+C pressed while writing is taken now that the folder is whole
    await new Promise((resolve) => setImmediate(resolve));
    return { written: targets.length - unchanged, unchanged, warnings };
  } finally {
    done();
  }
}

/**
 * Removes the files of the last build that this one does not write: only a
 * plain file inside the real output folder. Anything else the manifest names (a
 * folder, a link, a path through a link out of the folder) is left alone with a
 * warning and dropped from the manifest; a file that cannot be removed stays listed.
 */
function removeStale(ctx: WorkspaceContext, outDir: string, stale: readonly string[]): { kept: string[]; warnings: Diagnostic[] } {
  const kept: string[] = [];
  const warnings: Diagnostic[] = [];
  for (const name of stale) {
    const target = path.resolve(outDir, name);
    const removal = isInside(outDir, target) ? removeFileInside(outDir, target) : 'outside';
    if (removal === 'removed' || removal === 'missing') continue;
    if (removal === 'failed') kept.push(name);
    const what = ctx.t(removal === 'not-a-file' ? 'site-stale-folder' : removal === 'outside' ? 'site-stale-outside' : 'site-stale-failed');
    warnings.push({
      file: ctx.display(path.join(outDir, manifestName)),
      line: 0,
      column: 0,
      severity: 'warning',
      code: 'site-stale-not-removed',
      params: { path: name, what },
    });
  }
  return { kept, warnings };
}

/** Temporary files of a build that was cut short: «page.html.<pid>.<n>.tmp» next to a file its manifest names, or next to the manifest. */
function removeLeftovers(outDir: string, listed: ReadonlySet<string>): void {
  const namesByFolder = new Map<string, Set<string>>();
  for (const name of listed) {
    const target = path.resolve(outDir, name);
    if (!isInside(outDir, target)) continue;
    const folder = path.dirname(target);
    if (!namesByFolder.has(folder)) namesByFolder.set(folder, new Set());
    namesByFolder.get(folder)!.add(path.basename(target));
  }
  for (const [folder, names] of namesByFolder) {
    let entries: string[];
    try {
      entries = readdirSync(folder);
    } catch {
      continue;
    }
    for (const entry of entries) {
      const leftover = /^(.+)\.\d+\.[0-9a-z]+\.tmp$/.exec(entry);
      if (leftover && names.has(leftover[1]!)) removeFileInside(outDir, path.join(folder, entry));
    }
  }
}

function writeManifest(ctx: WorkspaceContext, file: string, files: ReadonlySet<string>, complete: boolean, folders: Set<string>): void {
  const manifest = { writtenBy: 'centre site build', complete, files: [...files].sort() };
  writeOutputSync(ctx, file, `${JSON.stringify(manifest, null, 1)}\n`, folders);
}

/** Whether the plain file `file` (as writeSite has just seen it) holds `data`. */
function sameContent(file: string, data: string | Uint8Array): boolean {
  try {
    const existing = readFileSync(file);
    return typeof data === 'string' ? existing.length === Buffer.byteLength(data) && existing.toString('utf8') === data : Buffer.compare(existing, data) === 0;
  } catch {
    return false;
  }
}

/** The last build's manifest; none (a first build) when it is missing, unreadable, or not a plain file of the folder. */
function readManifest(outDir: string): Manifest {
  const none: Manifest = { files: new Set(), complete: true };
  if (realPathOf(outDir) === undefined || lstatOrUndefined(path.join(outDir, manifestName))?.isFile() !== true) return none;
  const read = readFileInside(outDir, path.join(outDir, manifestName));
  if ('problem' in read) return none;
  try {
    const parsed = JSON.parse(read.bytes.toString('utf8')) as { files?: unknown; complete?: unknown };
    const files = Array.isArray(parsed.files)
      ? parsed.files.filter((name): name is string => typeof name === 'string' && isInside(outDir, path.resolve(outDir, name)))
      : [];
    // a manifest of an earlier centre has no «complete»: it was written after its pages
    return { files: new Set(files), complete: parsed.complete !== false };
  } catch {
    return none;
  }
}

function lstatOrUndefined(file: string): ReturnType<typeof lstatSync> | undefined {
  try {
    // nothing there is the usual answer (a new page): said without making and throwing an error
    return lstatSync(file, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}
