// ODT, DOC and RTF are read by letting LibreOffice save them as DOCX, when it
// is installed: one reader (docx.ts) then serves all four.
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { conversionTimeoutMs, offlineProfile, runLibreOffice, type LibreOfficeFailure } from '../util/offline-libreoffice.js';
import { oneClass } from '../util/one-class.js';

export type LibreOfficeProblem = 'missing' | 'failed' | 'timeout';

/** One class for every bundle (util/one-class.ts): thrown in a reader's bundle, recognised by plan import with instanceof. */
export const LibreOfficeError = oneClass(
  'LibreOfficeError',
  class LibreOfficeError extends Error {
    constructor(
      readonly problem: LibreOfficeProblem,
      detail: string,
      /** For a timeout, the seconds it was given. */
      readonly seconds?: number,
      /** For a failure, why: what plan import says. */
      readonly failure?: LibreOfficeFailure,
    ) {
      super(detail);
      this.name = 'LibreOfficeError';
    }
  },
);
export type LibreOfficeError = InstanceType<typeof LibreOfficeError>;

/** Runs soffice (util/offline-libreoffice.ts: in a process group a timeout ends whole); a failure is a LibreOfficeError. */
async function runSoffice(args: readonly string[], env: Readonly<Record<string, string | undefined>>, timeoutMs: number): Promise<void> {
  const failure = await runLibreOffice(args, { env, timeoutMs });
  if (failure?.reason === 'libreoffice-missing') throw new LibreOfficeError('missing', 'not installed');
  if (failure?.reason === 'libreoffice-timeout') throw new LibreOfficeError('timeout', 'timed out', failure.seconds);
  if (failure) throw new LibreOfficeError('failed', failedDetail(failure), undefined, failure);
}

/** The failure in a line for the error's own message (the user reads it through the messages). */
function failedDetail(failure: LibreOfficeFailure): string {
  if (failure.reason === 'libreoffice-exit') return `exit status ${failure.status}`;
  if (failure.reason === 'libreoffice-signal') return `stopped by ${failure.signal}`;
  if (failure.reason === 'libreoffice-not-started') return failure.code;
  return failure.reason;
}

/**
 * The DOCX bytes LibreOffice makes of `file`: with a fresh profile that keeps
 * it off the network (and apart from a LibreOffice the user has open), and a
 * time limit in proportion to the file's size unless `timeoutMs` says otherwise.
 */
export async function convertToDocx(file: string, env: Readonly<Record<string, string | undefined>>, timeoutMs?: number): Promise<Uint8Array> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'centre-import-'));
  try {
    const profile = offlineProfile(path.join(work, 'profile'));
    const outDir = path.join(work, 'out');
    const limit = timeoutMs ?? conversionTimeoutMs((await stat(file)).size);
    await runSoffice(
      [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', outDir, file],
      env,
      limit,
    );
    const converted = path.join(outDir, `${path.basename(file, path.extname(file))}.docx`);
    // soffice exits 0 even when it could not open the file: the missing output says so
    return await readFile(converted).catch(() => {
      throw new LibreOfficeError('failed', 'no document was written', undefined, { reason: 'libreoffice-no-output' });
    });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
