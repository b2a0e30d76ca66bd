// ODT, DOC and RTF are read by letting LibreOffice save them as DOCX, when it
// is installed: one reader (docx.ts) then serves all four.
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { conversionTimeoutMs, offlineProfile, runLibreOffice, type LibreOfficeFailure } from '../util/offline-libreoffice.js';
import { oneClass } from '../util/one-class.js';

/** One class for every bundle (util/one-class.ts): thrown in a reader's bundle, recognised by plan import with instanceof. */
export const LibreOfficeError = oneClass(
  'LibreOfficeError',
  class LibreOfficeError extends Error {
    constructor(readonly failure: LibreOfficeFailure) {
      super(failure.why);
      this.name = 'LibreOfficeError';
    }
  },
);
export type LibreOfficeError = InstanceType<typeof LibreOfficeError>;

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
    const failure = await runLibreOffice(
      [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', outDir, file],
      { env, timeoutMs: limit },
    );
    if (failure) throw new LibreOfficeError(failure);
    const converted = path.join(outDir, `${path.basename(file, path.extname(file))}.docx`);
    // soffice exits 0 even when it could not open the file: the missing output says so
    return await readFile(converted).catch(() => {
      throw new LibreOfficeError({ why: 'libreoffice-no-output' });
    });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
