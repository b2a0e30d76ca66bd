// Set up before every file of the unit project (vitest.config.ts): a unit test starts no
// LibreOffice, no pdftotext, no Chromium and no built centre. Starting one fails the test with a
// sentence saying where the file belongs, instead of a unit run that needs the office machine.
// Small helpers (mkfifo, a node -e script) stay allowed.
import childProcess from 'node:child_process';
import { syncBuiltinESMExports } from 'node:module';

const heavy = /(^|\/)(soffice|libreoffice|pdftotext|pdftoppm|chromium|chrome|google-chrome)(\.bin)?$/i;

function refuse(command: unknown, args: unknown): void {
  const file = String(command);
  const list = Array.isArray(args) ? args.map(String) : [];
  const builtCli = list.some((arg) => /bin\/centre\.js$|dist\/centre/.test(arg));
  if (heavy.test(file) || builtCli || (/^(sh|bash)$/.test(file) && list.some((arg) => /soffice|chromium|centre\.js/.test(arg)))) {
    throw new Error(`A unit test started «${[file, ...list].join(' ')}»: list this test file in officeTests (test/layers.ts), or test it in-process.`);
  }
}

// The unit project shares its modules between files (isolate: false) and runs this file before each
// of them: the functions are wrapped once per worker.
const guarded = Symbol.for('centre.unit-guard');
const guardedOnce = (childProcess as unknown as Record<symbol, boolean>)[guarded] === true;
(childProcess as unknown as Record<symbol, boolean>)[guarded] = true;

for (const name of guardedOnce ? [] : (['spawn', 'spawnSync', 'execFile', 'execFileSync', 'fork'] as const)) {
  const original = childProcess[name] as (...args: unknown[]) => unknown;
  (childProcess as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
    refuse(name === 'fork' ? process.execPath : args[0], name === 'fork' ? [args[0]] : args[1]);
    return original.apply(childProcess, args);
  };
}
for (const name of guardedOnce ? [] : (['exec', 'execSync'] as const)) {
  const original = childProcess[name] as (...args: unknown[]) => unknown;
  (childProcess as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
    refuse(String(args[0]).split(/\s+/)[0], String(args[0]).split(/\s+/).slice(1));
    return original.apply(childProcess, args);
  };
}
syncBuiltinESMExports();
