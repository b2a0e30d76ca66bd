// A DOCX of ours as PDF (a plan for the site, the diplomas and certificates), when LibreOffice is
// installed: converted headless in a temporary folder, removed on Ctrl+C too, within two minutes, after
// which LibreOffice's whole process group is ended. When it makes none, why not (util/offline-libreoffice.ts).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cleanUpOnInterrupt } from '../util/interrupt.js';
import { offlineProfile, runLibreOffice, type LibreOfficeFailure } from '../util/offline-libreoffice.js';

/**
 * `env` is the command's environment, whose PATH finds soffice (as plan import's does). A refusal of the
 * file system (the temporary folder's disk full) is thrown, as any other command's is.
 */
export async function pdfOfDocx(
  docx: Uint8Array,
  env: Readonly<Record<string, string | undefined>>,
  timeoutMs = 120_000,
): Promise<{ readonly pdf: Uint8Array } | { readonly notMade: LibreOfficeFailure }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'centre-pdf-'));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  const done = cleanUpOnInterrupt(removeDir);
  try {
    writeFileSync(path.join(dir, 'document.docx'), docx);
    const args = [
      `-env:UserInstallation=${offlineProfile(path.join(dir, 'profile'))}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      path.join(dir, 'document.docx'),
    ];
    const failure = await runLibreOffice(args, { timeoutMs, env });
    if (failure) return { notMade: failure };
    const pdf = path.join(dir, 'document.pdf');
    return existsSync(pdf) ? { pdf: readFileSync(pdf) } : { notMade: { why: 'libreoffice-no-output' } };
  } finally {
    done();
    removeDir();
  }
}
