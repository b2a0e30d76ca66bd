// .ods and .xls reports, converted to .xlsx by LibreOffice (headless, in a
// temporary folder, with a time limit) so that they are read like any form.
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { batchConversionTimeoutMs, findLibreOffice, offlineProfile, runLibreOffice, type LibreOfficeFailure } from '../util/offline-libreoffice.js';

export const convertibleExtensions = ['.ods', '.xls', '.xlsm', '.xlsb', '.fods'];

export interface Conversion {
  /** The converted .xlsx of each file that LibreOffice could convert. */
  readonly converted: ReadonlyMap<string, string>;
  /** Each file that could not be read to be converted, with the file system's error code (a link to nowhere, no permission). */
  readonly unreadable: ReadonlyMap<string, string>;
  /** Why a file was not converted: LibreOffice timed out or failed as a whole, or wrote nothing for it. */
  readonly failure: LibreOfficeFailure;
  /** Removes the temporary folder. */
  readonly dispose: () => void;
}

/**
 * Converts the files in one LibreOffice run (in a process group a timeout ends whole). Each is copied first under a
 * name of its own (a.ods and a.xls would both become a.xlsx), with a fresh
 * profile that keeps LibreOffice off the network (and apart from one the user
 * has open), and a time limit in proportion to the files' sizes. `env` is the command's environment, whose
 * PATH finds LibreOffice; without it, no file is touched.
 */
export async function convertToXlsx(env: Readonly<Record<string, string | undefined>>, files: readonly string[], timeoutMs?: number): Promise<Conversion> {
  const unreadable = new Map<string, string>();
  if (findLibreOffice(env.PATH) === undefined) return { converted: new Map(), unreadable, failure: { why: 'libreoffice-missing' }, dispose: () => {} };
  const folder = mkdtempSync(path.join(os.tmpdir(), 'centre-convert-'));
  const dispose = () => rmSync(folder, { recursive: true, force: true });
  const copies = new Map<string, string>();
  files.forEach((file, index) => {
    const copy = path.join(folder, `${index}${path.extname(file).toLowerCase()}`);
    try {
      copyFileSync(file, copy);
      copies.set(file, copy);
    } catch (error) {
      unreadable.set(file, (error as NodeJS.ErrnoException).code ?? 'EIO');
    }
  });
  if (copies.size === 0) return { converted: new Map(), unreadable, failure: { why: 'libreoffice-no-output' }, dispose };
  const limit = timeoutMs ?? batchConversionTimeoutMs([...copies.values()].map((copy) => statSync(copy).size));
  const profile = offlineProfile(path.join(folder, 'profile'));
  const args = [
    `-env:UserInstallation=${profile}`,
    '--headless',
    '--norestore',
    '--convert-to',
    'xlsx:Calc MS Excel 2007 XML',
    '--outdir',
    path.join(folder, 'out'),
    ...copies.values(),
  ];
  // a run that ended well but wrote nothing for a file could not convert it
  const failure = (await runLibreOffice(args, { env, timeoutMs: limit })) ?? { why: 'libreoffice-no-output' };
  const converted = new Map<string, string>();
  for (const [file, copy] of copies) {
    const output = path.join(folder, 'out', `${path.basename(copy, path.extname(copy))}.xlsx`);
    if (existsSync(output)) converted.set(file, output);
  }
  return { converted, unreadable, failure, dispose };
}
