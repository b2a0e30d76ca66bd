// LibreOffice converts documents that came from outside (a plan in .odt, a
// school's .ods) and makes PDFs of ours: it runs with a fresh profile of its
// own that keeps it off the network, with a time limit (in proportion to the
// file for what came from outside), in a process group that a timeout ends whole.
import { spawn } from 'node:child_process';
import { accessSync, constants, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cleanUpOnInterrupt } from './interrupt.js';

/**
 * The settings of the profile. A document's linked images and other links are
 * fetched only from trusted locations, and there are none: without this, an
 * .odt whose image points at a web address makes LibreOffice request it (and
 * wait for it) while converting. No update check, no usage report. And a last version newer than
 * any LibreOffice: on the first start after an upgrade, which a new profile's start is, LibreOffice
 * runs its graphics render tests, some 4 s of a conversion that otherwise takes 1.
 */
const REGISTRY = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="BlockUntrustedRefererLinks" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Jobs/Jobs/org.openoffice.Office.Jobs:Job['UpdateCheck']/Arguments"><prop oor:name="AutoCheckEnabled" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="CollectUsageInformation" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion" oor:op="fuse"><value>999.9</value></prop></item>
`;

/**
 * Writes the offline profile into `folder` (which should be new and empty), with any more settings
 * given (items of registrymodifications.xcu), and returns what `-env:UserInstallation=` takes.
 */
export function offlineProfile(folder: string, settings: readonly string[] = []): string {
  mkdirSync(path.join(folder, 'user'), { recursive: true });
  writeFileSync(path.join(folder, 'user', 'registrymodifications.xcu'), `${REGISTRY}${settings.map((item) => `${item}\n`).join('')}</oor:items>\n`);
  return pathToFileURL(folder).href;
}

/** How long converting a file of `bytes` may take: 20 s, and 10 s more per megabyte, two minutes at most. */
export function conversionTimeoutMs(bytes: number): number {
  return Math.min(120_000, Math.round(20_000 + (10_000 * bytes) / (1024 * 1024)));
}

/** The same for files converted in one run: 20 s to start, and each file's 10 s per megabyte plus 5 s. */
export function batchConversionTimeoutMs(sizes: readonly number[]): number {
  return Math.round(20_000 + sizes.reduce((sum, bytes) => sum + 5_000 + (10_000 * bytes) / (1024 * 1024), 0));
}

/**
 * Why a run of LibreOffice made nothing: a message code (`why`, of i18n/files.ts: a clause every caller's
 * message says in its own words: plan import, report merge, the PDFs) with its parameters. `libreoffice-no-output`
 * is the caller's to find: soffice ends well even when it could not convert a file.
 */
export type LibreOfficeFailure =
  | { readonly why: 'libreoffice-missing' }
  | { readonly why: 'libreoffice-timeout'; readonly seconds: number }
  | { readonly why: 'libreoffice-exit'; readonly status: number }
  | { readonly why: 'libreoffice-signal'; readonly signal: string }
  | { readonly why: 'libreoffice-not-started'; readonly path: string; readonly code: string }
  | { readonly why: 'libreoffice-no-output' };

/**
 * The LibreOffice program on `searchPath` (soffice, or libreoffice as some systems name it alone), if there
 * is one: the first file that may be run, as the shell finds it, else the first file there at all, which
 * then fails to start with its reason (not executable) instead of being taken for no LibreOffice.
 */
export function findLibreOffice(searchPath: string | undefined): string | undefined {
  let present: string | undefined;
  for (const folder of (searchPath ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of ['soffice', 'libreoffice']) {
      const candidate = path.join(folder, name);
      if (!isFile(candidate)) continue;
      if (isExecutable(candidate)) return candidate;
      present ??= candidate;
    }
  }
  return present;
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Whether `file` is a file: a PATH entry that is no folder, or one this account may not read, holds none (the shell passes over it). */
function isFile(file: string): boolean {
  try {
    return statSync(file, { throwIfNoEntry: false })?.isFile() === true;
  } catch {
    return false;
  }
}

/**
 * Runs LibreOffice (found on the PATH of `env`, the command's environment) in a process group of its own, so that
 * on a timeout the whole group goes: soffice is a launcher, the office itself its child, which would
 * otherwise go on running and holding the profile; so does Ctrl+C or SIGTERM of centre, which a group of
 * its own would not get from the terminal. Never rejects: it resolves to undefined when LibreOffice
 * ended well, else to why not.
 */
export function runLibreOffice(
  args: readonly string[],
  options: { readonly timeoutMs: number; readonly env: Readonly<Record<string, string | undefined>> },
): Promise<LibreOfficeFailure | undefined> {
  const program = findLibreOffice(options.env.PATH);
  if (program === undefined) return Promise.resolve({ why: 'libreoffice-missing' });
  const notStarted = (error: NodeJS.ErrnoException): LibreOfficeFailure =>
    error.code === 'ENOENT' ? { why: 'libreoffice-missing' } : { why: 'libreoffice-not-started', path: program, code: error.code ?? error.name };
  let child: ReturnType<typeof spawn>;
  try {
    child = spawn(program, args, { env: options.env as NodeJS.ProcessEnv, stdio: 'ignore', detached: true });
  } catch (error) {
    // some refusals are thrown at once rather than emitted (E2BIG: too many files on one command line)
    return Promise.resolve(notStarted(error as NodeJS.ErrnoException));
  }
  return new Promise((resolve) => {
    const endGroup = () => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    // a group of its own does not get the terminal's Ctrl+C: it is ended with centre
    const interrupted = cleanUpOnInterrupt(endGroup);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      endGroup();
    }, options.timeoutMs);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      interrupted();
      resolve(notStarted(error));
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      interrupted();
      if (timedOut) resolve({ why: 'libreoffice-timeout', seconds: Math.round(options.timeoutMs / 1000) });
      else if (code === 0) resolve(undefined);
      else if (code !== null) resolve({ why: 'libreoffice-exit', status: code });
      else resolve({ why: 'libreoffice-signal', signal: signal ?? 'unknown' });
    });
  });
}
