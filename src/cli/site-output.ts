// Writing the section: only inside the output folder (links out of it are not
// followed), only over files the last build wrote (the manifest lists them);
// pages of the last build that are gone are removed, unchanged ones left alone.
import { existsSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import path from 'node:path';
import { userError } from '../schema/diagnostic.js';
import type { CliContext } from './context.js';
import { writeOutput, writeOutputSync } from './write-output.js';

export const manifestName = '.centre-site.json';

export interface SiteFiles {
  readonly files: ReadonlyMap<string, string | Uint8Array>;
  /** Inputs, so that the output folder is never one of them. */
  readonly inputs: readonly string[];
}

/**
 * Writes the section into `outDir`: never outside it, never over a file the
 * previous build did not write (the manifest says which it did), and removes
 * the pages of the previous build that are gone.
 */
export async function writeSite(ctx: CliContext, outDir: string, site: SiteFiles): Promise<{ written: number; unchanged: number }> {
  if (site.inputs.some((input) => isInside(outDir, input))) throw userError(ctx.display(outDir), 'site-output-holds-inputs', { path: ctx.display(outDir) });
  const manifestFile = path.join(outDir, manifestName);
  const previous = readManifest(manifestFile);
  const targets = [...site.files.keys()].map((name) => {
    const target = path.resolve(outDir, name);
    if (!isInside(outDir, target)) throw userError(ctx.display(outDir), 'site-outside-output', { path: name });
    return [name, target] as const;
  });
  const realOut = existingRealPath(outDir);
  const checkedFolders = new Set<string>();
  for (const [name, target] of targets) {
    if (existsSync(target) && !previous.has(name)) throw userError(ctx.display(target), 'site-not-ours', { path: ctx.display(target) });
    // a folder inside the output that is a link to somewhere else would carry the write out of it
    const folder = path.dirname(target);
    if (checkedFolders.has(folder)) continue;
    if (!isInside(realOut, path.join(existingRealPath(folder), 'x'))) throw userError(ctx.display(outDir), 'site-outside-output', { path: name });
    checkedFolders.add(folder);
  }
  const folders = new Set<string>();
  let unchanged = 0;
  for (const [name, target] of targets) {
    const data = site.files.get(name)!;
    // A page the last build wrote the same is left alone: quicker, and its date tells what to upload again.
    if (previous.has(name) && sameContent(target, data)) unchanged++;
    else writeOutputSync(ctx, target, data, folders);
  }
  for (const stale of previous) {
    const target = path.resolve(outDir, stale);
    if (!site.files.has(stale) && isInside(outDir, target)) rmSync(target, { force: true });
  }
  await writeOutput(ctx, manifestFile, `${JSON.stringify({ writtenBy: 'centre site build', files: [...site.files.keys()].sort() }, null, 1)}\n`);
  return { written: targets.length - unchanged, unchanged };
}

function sameContent(file: string, data: string | Uint8Array): boolean {
  try {
    const existing = readFileSync(file);
    return typeof data === 'string' ? existing.length === Buffer.byteLength(data) && existing.toString('utf8') === data : Buffer.compare(existing, data) === 0;
  } catch {
    return false;
  }
}

function readManifest(file: string): Set<string> {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { files?: unknown };
    return new Set(Array.isArray(parsed.files) ? parsed.files.filter((name): name is string => typeof name === 'string') : []);
  } catch {
    return new Set();
  }
}

/** The real path of the nearest existing folder of `folder` (itself or an ancestor), with the rest appended. */
function existingRealPath(folder: string): string {
  let existing = folder;
  while (!existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  return path.join(realpathSync(existing), path.relative(existing, folder));
}

function isInside(folder: string, target: string): boolean {
  const relative = path.relative(folder, target);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
