import { userError } from '../schema/diagnostic.js';
import { writeFileAtomic } from '../workspace/files.js';
import type { CliContext } from './context.js';
import type { MessageCode } from '../i18n/messages.js';

const reasons: Record<string, MessageCode> = {
  EACCES: 'io-no-permission',
  EPERM: 'io-no-permission',
  ENOTDIR: 'io-not-a-folder',
  EEXIST: 'io-not-a-folder',
  EISDIR: 'io-is-a-folder',
  ENOSPC: 'io-disk-full',
  EROFS: 'io-read-only',
};

/** Writes an output atomically; a file that cannot be written is the user's problem to fix, said in one line (exit 1). */
export async function writeOutput(ctx: CliContext, target: string, data: string | Uint8Array): Promise<void> {
  await writeFileAtomic(target, data).catch((error: NodeJS.ErrnoException) => {
    const shown = ctx.display(target);
    const known = reasons[error.code ?? ''];
    throw userError(shown, 'output-failed', { path: shown, reason: known ? ctx.t(known) : (error.code ?? error.message) });
  });
}
