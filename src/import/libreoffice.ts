// ODT, DOC and RTF are read by letting LibreOffice save them as DOCX, when it
// is installed: one reader (docx.ts) then serves all four.
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { conversionTimeoutMs, offlineProfile, runLibreOffice } from '../util/offline-libreoffice.js';
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
    ) {
      super(detail);
      this.name = 'LibreOfficeError';
    }
  },
);
export type LibreOfficeError = InstanceType<typeof LibreOfficeError>;

/** Runs soffice (util/offline-libreoffice.ts: in a process group a timeout ends whole); a failure is a LibreOfficeError. */
async function runSoffice(args: readonly string[], env: Readonly<Record<string, string | undefined>>, timeoutMs: number): Promise<void> {
  const run = await runLibreOffice(args, { env, timeoutMs });
  if (run.outcome === 'missing') throw new LibreOfficeError('missing', 'not installed');
  if (run.outcome === 'timeout') throw new LibreOfficeError('timeout', 'timed out', Math.round(timeoutMs / 1000));
  if (run.outcome === 'failed') throw new LibreOfficeError('failed', run.detail);
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
      throw new LibreOfficeError('failed', 'no document was written');
    });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
