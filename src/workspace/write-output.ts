import { realpathSync } from 'node:fs';
import path from 'node:path';
import { userError } from '../schema/diagnostic.js';
import { createFileExclusive } from './atomic-write.js';
import { FileLocked, lockFile } from './file-lock.js';
import { statOrUndefined, writeFileAtomic, writeFileAtomicSync } from './files.js';
import type { WorkspaceContext } from './context.js';

function cannotWrite(ctx: WorkspaceContext, target: string, error: NodeJS.ErrnoException): never {
  const shown = ctx.display(target);
  if (error.code === 'EREADONLY') throw userError(shown, 'output-read-only', { path: shown });
  throw userError(shown, 'output-failed', { path: shown, reason: error.code ?? error.message });
}

/**
 * writeOutput for many small files at once (the site), synchronously; `folders` remembers the folders already made,
 * `absent` says the caller has just seen that nothing is at `target`.
 */
export function writeOutputSync(ctx: WorkspaceContext, target: string, data: string | Uint8Array, folders?: Set<string>, absent = false): void {
  try {
    writeFileAtomicSync(target, data, folders, absent);
  } catch (error) {
    cannotWrite(ctx, target, error as NodeJS.ErrnoException);
  }
}

/**
 * Writes an output atomically; a file that cannot be written is the user's problem to fix, said in one line (exit 1).
 * The errno code travels as the reason and is put into words by the messages (the same table as for reading).
 */
export async function writeOutput(ctx: WorkspaceContext, target: string, data: string | Uint8Array): Promise<void> {
  await writeFileAtomic(target, data).catch((error: NodeJS.ErrnoException) => cannotWrite(ctx, target, error));
}

/** Writes a new file only if none is there, even when another run makes it at the same moment; false when one is. */
export function createOutput(ctx: WorkspaceContext, target: string, data: string | Uint8Array): boolean {
  try {
    createFileExclusive(target, data);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    cannotWrite(ctx, target, error as NodeJS.ErrnoException);
  }
}

/** Runs a read-change-write of `file` as the only run of centre doing so; one still busy after a while is named (exit 1). */
export async function changeAlone<T>(ctx: WorkspaceContext, file: string, change: () => Promise<T>): Promise<T> {
  let release: () => void;
  try {
    release = await lockFile(file);
  } catch (error) {
    if (!(error instanceof FileLocked)) cannotWrite(ctx, file, error as NodeJS.ErrnoException);
    const { lock, pid } = error;
    throw userError(ctx.display(file), 'file-locked', { path: ctx.display(file), lock: ctx.display(lock), pid });
  }
  try {
    return await change();
  } finally {
    release();
  }
}

/** The same file whatever the path that names it (symbolic links, «..»). */
export function samePath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

export interface OutputGuard {
  /** The command's inputs (any path naming them): never written over. */
  readonly inputs: Iterable<string>;
  /** An existing file may be replaced only when it is the command's own earlier output. */
  readonly isOwn?: (file: string) => boolean;
  /** What the command writes, for the message: «сводная книга», «summary workbook». */
  readonly what?: string;
}

/**
 * Nothing a user gave us is lost: throws (exit 1) when `target` is one of the
 * inputs, or an existing file that the command cannot recognise as its own.
 */
export function guardOutput(ctx: WorkspaceContext, target: string, guard: OutputGuard): void {
  const shown = ctx.display(target);
  const resolved = samePath(target);
  for (const input of guard.inputs) {
    if (samePath(input) === resolved) throw userError(shown, 'output-is-input', { path: shown });
  }
  if (guard.isOwn && statOrUndefined(target)?.isFile() && !guard.isOwn(target)) {
    throw userError(shown, 'output-not-own', { path: shown, what: guard.what ?? '' });
  }
}
