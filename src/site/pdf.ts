// A plan's PDF, when LibreOffice is installed: the DOCX converted headless in a
// temporary folder, removed on Ctrl+C too. Undefined when LibreOffice is missing or fails.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cleanUpOnInterrupt } from '../util/interrupt.js';
import { offlineProfile } from '../util/offline-libreoffice.js';

export function convertWithLibreOffice(docx: Uint8Array): Uint8Array | undefined {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'centre-pdf-'));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  const done = cleanUpOnInterrupt(removeDir);
  try {
    writeFileSync(path.join(dir, 'plan.docx'), docx);
    const result = spawnSync('soffice', [`-env:UserInstallation=${offlineProfile(path.join(dir, 'profile'))}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, path.join(dir, 'plan.docx')], { timeout: 120_000 });
    if (result.status !== 0) return undefined;
    return readFileSync(path.join(dir, 'plan.pdf'));
  } catch {
    return undefined;
  } finally {
    done();
    removeDir();
  }
}
