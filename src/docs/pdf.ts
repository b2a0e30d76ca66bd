// A DOCX of ours as PDF (a plan for the site, the diplomas and certificates), when LibreOffice is
// installed: converted headless in a temporary folder, removed on Ctrl+C too, within two minutes, after
// which LibreOffice's whole process group is ended. Undefined when LibreOffice is missing or fails.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cleanUpOnInterrupt } from '../util/interrupt.js';
import { offlineProfile, runLibreOffice } from '../util/offline-libreoffice.js';

/** `env` is the command's environment, whose PATH finds soffice (as plan import's does). */
export async function pdfOfDocx(docx: Uint8Array, env: Readonly<Record<string, string | undefined>>, timeoutMs = 120_000): Promise<Uint8Array | undefined> {
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
    const run = await runLibreOffice(args, { timeoutMs, env });
    if (run.outcome !== 'done') return undefined;
    return readFileSync(path.join(dir, 'document.pdf'));
  } catch {
    return undefined;
  } finally {
    done();
    removeDir();
  }
}
