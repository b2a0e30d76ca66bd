// The conversion through LibreOffice, with a stand-in `soffice` on the PATH
// (a shell script), so each outcome is quick and certain: the arguments it is
// given, the DOCX it writes, a failure, a signal, nothing written, no soffice
// at all, and a timeout that ends the whole process group.
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertToDocx, LibreOfficeError } from '../../src/import/libreoffice.js';
import { stillRunning } from '../helpers/processes.js';

/** A folder holding a `soffice` that runs `body` (with $OUT the --outdir, $IN the file) and logs its arguments. */
function fakeSoffice(body: string): { env: Record<string, string>; log: string; input: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'centre-fake-soffice-'));
  const log = path.join(dir, 'args.log');
  const script = path.join(dir, 'soffice');
  writeFileSync(
    script,
    `#!/bin/sh\nfor a in "$@"; do printf '%s\\n' "$a" >> "${log}"; done\nOUT=""; prev=""\nfor a in "$@"; do [ "$prev" = "--outdir" ] && OUT="$a"; prev="$a"; IN="$a"; done\n${body}\n`,
  );
  chmodSync(script, 0o755);
  const input = path.join(dir, 'План работы.odt');
  writeFileSync(input, 'odt');
  return { env: { PATH: `${dir}:/usr/bin:/bin` }, log, input };
}

const failure = async (run: Promise<unknown>) => {
  try {
    await run;
  } catch (error) {
    expect(error).toBeInstanceOf(LibreOfficeError);
    return (error as LibreOfficeError).failure;
  }
  throw new Error('converted');
};

describe('converting with LibreOffice', () => {
  it('gives the DOCX it writes, named after the file, and removes its working folder', async () => {
    const soffice = fakeSoffice('mkdir -p "$OUT" && printf DOCX > "$OUT/План работы.docx"');
    const bytes = await convertToDocx(soffice.input, soffice.env, 10_000);
    expect(Buffer.from(bytes).toString()).toBe('DOCX');
    const args = readFileSync(soffice.log, 'utf8').trimEnd().split('\n');
    expect(args[0]).toMatch(/^-env:UserInstallation=file:\/\/.*centre-import-.*\/profile$/);
    expect(args.slice(1, 5)).toEqual(['--headless', '--norestore', '--convert-to', 'docx:MS Word 2007 XML']);
    expect(args[5]).toBe('--outdir');
    expect(args[6]).toMatch(/centre-import-[^/]+\/out$/);
    expect(args[7]).toBe(soffice.input);
    expect(existsSync(path.dirname(args[6]!))).toBe(false);
  });

  it('says nothing was written when soffice exits 0 without a document', async () => {
    const soffice = fakeSoffice('exit 0');
    expect(await failure(convertToDocx(soffice.input, soffice.env, 10_000))).toEqual({ why: 'libreoffice-no-output' });
  });

  it('names the exit status or the signal that stopped it', async () => {
    const failed = fakeSoffice('exit 3');
    expect(await failure(convertToDocx(failed.input, failed.env, 10_000))).toEqual({ why: 'libreoffice-exit', status: 3 });
    const killed = fakeSoffice('kill -TERM $$');
    expect(await failure(convertToDocx(killed.input, killed.env, 10_000))).toEqual({ why: 'libreoffice-signal', signal: 'SIGTERM' });
  });

  it('says LibreOffice is missing when there is no soffice', async () => {
    const soffice = fakeSoffice('exit 0');
    const empty = mkdtempSync(path.join(os.tmpdir(), 'centre-no-soffice-'));
    expect(await failure(convertToDocx(soffice.input, { PATH: empty }, 10_000))).toEqual({ why: 'libreoffice-missing' });
  });

  it('names the reason an soffice that cannot be run gives, as a failure, not a missing LibreOffice', async () => {
    const soffice = fakeSoffice('exit 0');
    chmodSync(path.join(path.dirname(soffice.log), 'soffice'), 0o644);
    const error = await convertToDocx(soffice.input, { PATH: path.dirname(soffice.log) }, 10_000).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LibreOfficeError);
    expect((error as LibreOfficeError).name).toBe('LibreOfficeError');
    expect((error as LibreOfficeError).failure).toEqual({
      why: 'libreoffice-not-started',
      path: path.join(path.dirname(soffice.log), 'soffice'),
      code: 'EACCES',
    });
  });

  it('never blocks on what soffice prints: its output goes nowhere', async () => {
    // more than a pipe holds (64 KB): were it piped and not read, soffice would wait for ever
    const soffice = fakeSoffice('head -c 300000 /dev/zero; head -c 300000 /dev/zero >&2; mkdir -p "$OUT" && printf X > "$OUT/План работы.docx"');
    expect(Buffer.from(await convertToDocx(soffice.input, soffice.env, 5000)).toString()).toBe('X');
  });

  it('ends the whole process group on a timeout, and says how many seconds it had', async () => {
    const soffice = fakeSoffice('sleep 30 & echo $! > "$(dirname "$0")/child.pid"; wait');
    const started = Date.now();
    expect(await failure(convertToDocx(soffice.input, soffice.env, 1400))).toEqual({ why: 'libreoffice-timeout', seconds: 1 });
    expect(Date.now() - started).toBeLessThan(10_000);
    const child = Number(readFileSync(path.join(path.dirname(soffice.log), 'child.pid'), 'utf8'));
    expect(await stillRunning([child])).toEqual([]);
  });

  it('kills an soffice that ignores the polite signal', async () => {
    // a signal ignored by the shell is ignored by what it starts: only SIGKILL ends them
    const soffice = fakeSoffice('trap "" TERM INT HUP; sleep 30 & wait');
    const started = Date.now();
    expect(await failure(convertToDocx(soffice.input, soffice.env, 1000))).toEqual({ why: 'libreoffice-timeout', seconds: 1 });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('gives a time limit of its own by the file’s size when none is given', async () => {
    const soffice = fakeSoffice('mkdir -p "$OUT" && printf X > "$OUT/План работы.docx"');
    expect(Buffer.from(await convertToDocx(soffice.input, soffice.env)).toString()).toBe('X');
  });
});
