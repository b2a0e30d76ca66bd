// ODT, DOC and RTF are read by letting LibreOffice save them as DOCX, when it
// is installed: one reader (docx.ts) then serves all four.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

export class LibreOfficeError extends Error {
  constructor(
    readonly missing: boolean,
    detail: string,
  ) {
    super(detail);
    this.name = 'LibreOfficeError';
  }
}

/** The DOCX bytes LibreOffice makes of `file`; a profile of its own so that a running LibreOffice does not interfere. */
export async function convertToDocx(file: string, env: Readonly<Record<string, string | undefined>>): Promise<Uint8Array> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'centre-import-'));
  try {
    const profile = pathToFileURL(path.join(work, 'profile')).href;
    const outDir = path.join(work, 'out');
    try {
      await run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', outDir, file], {
        timeout: 120_000,
        env: env as NodeJS.ProcessEnv,
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new LibreOfficeError(code === 'ENOENT', code === 'ENOENT' ? 'not installed' : String((error as Error).message).split('\n')[0]!);
    }
    const converted = path.join(outDir, `${path.basename(file, path.extname(file))}.docx`);
    // soffice exits 0 even when it could not open the file: the missing output says so
    return await readFile(converted).catch(() => {
      throw new LibreOfficeError(false, 'no document was written');
    });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
