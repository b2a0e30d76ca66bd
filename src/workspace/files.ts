// File-system side of centre: finding the workspace and its YAML files,
// reading inputs, and writing outputs atomically. The domain modules never
// touch the disk; the commands call these.
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileDiagnostic, type Diagnostic } from '../schema/diagnostic.js';

export const yamlExtensions = ['.yaml', '.yml'];
const skippedFolders = new Set(['node_modules', 'out', 'dist']);

/** The nearest folder, from `cwd` upwards, that holds a `plans/` folder; `cwd` itself when none does. */
export function findWorkspaceRoot(cwd: string): string {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (isDirectory(path.join(dir, 'plans'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(cwd);
  }
}

function isDirectory(candidate: string): boolean {
  try {
    return statSync(candidate).isDirectory();
  } catch {
    return false;
  }
}

export interface CollectedFiles {
  readonly files: string[];
  readonly problems: Diagnostic[];
}

/**
 * Expands the given paths into YAML files, in a stable order. A folder yields
 * its .yaml/.yml files recursively; a missing path or a non-YAML file named
 * explicitly is a problem.
 */
export async function collectYamlFiles(paths: readonly string[], cwd: string, display: (file: string) => string): Promise<CollectedFiles> {
  const files: string[] = [];
  const problems: Diagnostic[] = [];
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) problems.push(fileDiagnostic(display(absolute), 'file-not-found'));
    else if (info.isDirectory()) files.push(...(await listYamlFiles(absolute)));
    else if (yamlExtensions.includes(path.extname(absolute).toLowerCase())) files.push(absolute);
    else problems.push(fileDiagnostic(display(absolute), 'not-yaml'));
  }
  return { files: [...new Set(files)], problems };
}

async function listYamlFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const found: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || skippedFolders.has(entry.name)) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await listYamlFiles(full)));
    else if (yamlExtensions.includes(path.extname(entry.name).toLowerCase())) found.push(full);
  }
  return found;
}

export async function readTextFile(file: string): Promise<string> {
  const bytes = await readFile(file);
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** Writes through a temporary file in the same folder and renames it, so a reader never sees half a file. */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, data);
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/** The root of the installed package (where package.json and templates/ are), from any module in it. */
export function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}
