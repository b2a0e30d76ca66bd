import { userError } from '../schema/diagnostic.js';
import { writeFileAtomic, writeFileAtomicSync } from '../workspace/files.js';
import type { CliContext } from './context.js';

function cannotWrite(ctx: CliContext, target: string, error: NodeJS.ErrnoException): never {
  const shown = ctx.display(target);
  throw userError(shown, 'output-failed', { path: shown, reason: error.code ?? error.message });
}

/** writeOutput for many small files at once (the site), synchronously; `folders` remembers the folders already made. */
export function writeOutputSync(ctx: CliContext, target: string, data: string | Uint8Array, folders?: Set<string>): void {
  try {
    writeFileAtomicSync(target, data, folders);
  } catch (error) {
    cannotWrite(ctx, target, error as NodeJS.ErrnoException);
  }
}

/**
 * Writes an output atomically; a file that cannot be written is the user's problem to fix, said in one line (exit 1).
 * The errno code travels as the reason and is put into words by the messages (the same table as for reading).
 */
export async function writeOutput(ctx: CliContext, target: string, data: string | Uint8Array): Promise<void> {
  await writeFileAtomic(target, data).catch((error: NodeJS.ErrnoException) => cannotWrite(ctx, target, error));
}
