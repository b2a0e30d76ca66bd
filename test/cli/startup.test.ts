// `centre --help` and `centre validate` must not load docx or exceljs: they
// are heavy, and only the commands that write those files need them. The
// built CLI keeps the kept checks in its cache folder between runs (and
// Node's compiled code, where Node has a compile cache); that must never
// change what a command does, nor touch anything but the folder it made.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import nodeModule from 'node:module';
import { binPath, repoRoot, spawnCli, temporaryDir } from '../helpers/cli.js';
import { folderHash } from '../helpers/folder-hash.js';
import { domains } from '../../src/i18n/messages.js';

const dist = path.join(repoRoot, 'dist');
const bundle = (name: string) => readFileSync(path.join(dist, `${name}.cjs`), 'utf8');

/** The message tables (dist/messages-<domain>-<language>.cjs) a run of the built bin loads. */
function messageTablesLoaded(args: string[], env: Record<string, string>): string[] {
  return filesLoaded(args, env).files.flatMap((file) => /\/dist\/(messages-[\w-]+)\.cjs$/.exec(file)?.[1] ?? []);
}

/** The files a run of the built bin loads, and Node's own modules it loaded after the preload. */
function filesLoaded(args: string[], env: Record<string, string> = {}): { code: number; files: string[]; builtins: string[] } {
  const dir = temporaryDir();
  const report = path.join(dir, 'loaded.json');
  const preload = path.join(dir, 'report-loaded.cjs');
  writeFileSync(
    preload,
    `const before = new Set(process.moduleLoadList);\n` +
      `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(report)}, JSON.stringify({ files: Object.keys(require.cache), builtins: process.moduleLoadList.filter((m) => !before.has(m)) })));\n`,
  );
  const result = spawnSync(process.execPath, ['--require', preload, binPath, ...args], {
    cwd: repoRoot,
    env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', CENTRE_CACHE: path.join(dir, 'cache'), ...env },
    encoding: 'utf8',
  });
  const loaded = JSON.parse(readFileSync(report, 'utf8')) as { files: string[]; builtins: string[] };
  return { code: result.status ?? -1, ...loaded };
}

/** The packages a run of the built bin loads, by the folder under node_modules each comes from; exceljs is bundled (dist/exceljs.cjs). */
function packagesLoaded(args: string[], env: Record<string, string> = {}): { code: number; packages: Set<string> } {
  const { code, files } = filesLoaded(args, env);
  return {
    code,
    packages: new Set(files.flatMap((file) => /node_modules\/((?:@[^/]+\/)?[^/]+)\/|\/dist\/(exceljs)\.cjs$/.exec(file)?.slice(1).find(Boolean) ?? [])),
  };
}

describe('start-up path', () => {
  it('the bin file only points at the built entry, as CommonJS', () => {
    const bin = readFileSync(binPath, 'utf8');
    expect(bin.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(bin).toContain("require('../dist/centre.cjs')");
    expect(JSON.parse(readFileSync(path.join(repoRoot, 'bin', 'package.json'), 'utf8'))).toEqual({ type: 'commonjs' });
  });

  it('builds docx into no bundle and exceljs into its own, and requires docx only from the build command', () => {
    const requires = (name: string) => [...bundle(name).matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]!);
    for (const name of ['cli', 'command-validate', 'command-calendar', 'command-when', 'command-schema']) {
      expect(requires(name)).not.toContain('docx');
      expect(requires(name)).not.toContain('./exceljs.cjs');
      expect(bundle(name)).not.toMatch(/["'](docx|exceljs|\.\/exceljs\.cjs)["']/);
    }
    expect(requires('command-plan-build')).toContain('docx');
    expect(requires('cli')).toContain('./command-plan-build.cjs');
    // the entry only loads the CLI's bundle, with Node's own modules
    expect(
      [...readFileSync(path.join(dist, 'centre.cjs'), 'utf8').matchAll(/require\(["']([^"']+)["']\)/g)]
        .map((m) => m[1])
        .every((name) => name!.startsWith('node:') || name === './cli.cjs'),
    ).toBe(true);
  });

  it('bundles exceljs without its streaming and CSV parts, which say so if ever used, and the workbook still reads what it writes', async () => {
    const bundled = nodeModule.createRequire(path.join(dist, 'index.cjs'))('./exceljs.cjs') as typeof import('exceljs');
    expect(() => new bundled.stream.xlsx.WorkbookReader('x.xlsx', {})).toThrow(/stream\/xlsx\/workbook-reader is left out of centre's build/);
    expect(() => new bundled.stream.xlsx.WorkbookWriter({})).toThrow(/workbook-writer is left out/);
    const workbook = new bundled.Workbook();
    expect(() => workbook.csv).toThrow(/csv\/csv is left out/);
    workbook.addWorksheet('Свод').getCell('B2').value = 42;
    const again = new bundled.Workbook();
    await again.xlsx.load(await workbook.xlsx.writeBuffer());
    expect(again.getWorksheet('Свод')!.getCell('B2').value).toBe(42);
  });

  it('keeps the message tables out of the CLI’s bundle: --help loads only the table of the CLI, in the user’s language', () => {
    const cli = bundle('cli');
    const samples = Object.values(domains).flatMap((domain) =>
      Object.values(domain.en).filter((message): message is string => typeof message === 'string' && message.length > 40),
    );
    expect(samples.length).toBeGreaterThan(50);
    for (const message of samples) expect(cli).not.toContain(message);
    for (const [language, other] of [
      ['en_US.UTF-8', 'ru'],
      ['ru_RU.UTF-8', 'en'],
    ] as const) {
      const tables = messageTablesLoaded(['--help'], { LANG: language });
      expect(tables).toEqual([`messages-cli-${language.slice(0, 2)}`]);
      expect(messageTablesLoaded(['validate', 'plans/'], { LANG: language }).some((name) => name.endsWith(`-${other}`))).toBe(false);
    }
  });

  it('checks a record against its unchanged plan without loading the timing reader', () => {
    const cache = path.join(temporaryDir(), 'cache');
    const first = filesLoaded(['validate', 'plans/'], { CENTRE_CACHE: cache });
    expect(first.code).toBe(0);
    // the first run checks every file, reading the plans' timings once, in the checking bundle
    expect(first.files.some((file) => file.endsWith('/dist/quick-check.cjs'))).toBe(true);
    const again = filesLoaded(['validate', 'plans/'], { CENTRE_CACHE: cache });
    expect(again.code).toBe(0);
    expect(again.files.filter((file) => /\/dist\/(plan-entries|quick-check|located-validation)\.cjs$/.test(file))).toEqual([]);
    expect(bundle('command-validate')).not.toContain('перенесена');
  });

  it('says every message of the interface through the tables the built CLI loads, as the sources do', () => {
    // every code in the table the build made for its domain, in both languages
    for (const [name, domain] of Object.entries(domains)) {
      const file = name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
      for (const language of ['en', 'ru'] as const) {
        const built = (nodeModule.createRequire(path.join(dist, 'x.cjs'))(`./messages-${file}-${language}.cjs`) as { table: object }).table;
        expect(Object.keys(built).sort(), `${file} ${language}`).toEqual(Object.keys(domain[language]).sort());
      }
    }
  });

  it('keeps the chart libraries to the analysis, in a bundle of their own', () => {
    expect(bundle('command-validate')).not.toMatch(/vega|resvg/);
    expect(bundle('command-analysis-build')).toContain('./analysis-charts.cjs');
    expect(bundle('command-analysis-build')).not.toMatch(/resvg/);
    expect(bundle('analysis-charts')).toMatch(/(require|import)\(["']@resvg\/resvg-js["']\)/);
  });

  it('loads neither docx nor exceljs for --help and validate, and docx for plan build', () => {
    for (const args of [['--help'], ['validate', 'plans/'], ['calendar', 'plans/', '--from', '2023-09-01', '--weeks', '2']]) {
      const { code, packages } = packagesLoaded(args);
      expect(code).toBe(0);
      expect(packages.has('docx'), args.join(' ')).toBe(false);
      expect(packages.has('exceljs'), args.join(' ')).toBe(false);
    }
    const build = packagesLoaded(['plan', 'build', 'plans/2020-2021-buzuluk-plan.yaml', '-o', path.join(temporaryDir(), 'plan.docx')]);
    expect(build.code).toBe(0);
    expect(build.packages.has('docx')).toBe(true);
    expect(build.packages.has('exceljs')).toBe(false);
  });

  it('reads a phrase with the bundles of the CLI and of `when` and the message tables alone; a school-year file through a bundle of its own', () => {
    const bundlesOf = (files: readonly string[]) =>
      files.flatMap((file) => /\/dist\/([\w-]+)\.cjs$/.exec(file)?.[1] ?? []).filter((name) => !name.startsWith('messages-'));
    const phrase = filesLoaded(['when', 'III четверть', '--year', '2024-2025']);
    expect(phrase.code).toBe(0);
    expect(bundlesOf(phrase.files).sort()).toEqual(['centre', 'cli', 'command-when']);
    const file = path.join(temporaryDir(), 'year.yaml');
    const terms = ['2024-09-02, to: 2024-10-25', '2024-11-05, to: 2024-12-27', '2025-01-13, to: 2025-03-21', '2025-03-31, to: 2025-05-23'];
    writeFileSync(file, ['kind: school-year', 'academicYear: 2024-2025', 'terms:', ...terms.map((term) => `  - {from: ${term}}`), ''].join('\n'));
    const own = filesLoaded(['when', 'III четверть', '--year', '2024-2025', '--school-year', file, '-f', 'json']);
    expect(own.code).toBe(0);
    expect(bundlesOf(own.files)).toContain('school-year-file');
  });

  it('writes to a pipe without making Node’s stream for it, colours left to the terminal, code frames included', () => {
    // Node's stream for a pipe loads net and some twenty stream modules: a few milliseconds of every run.
    for (const args of [['when', 'каждый 3-й понедельник месяца', '--year', '2023-2024'], ['validate', 'plans/'], ['--help']]) {
      const { code, builtins } = filesLoaded(args, { NO_COLOR: '' });
      expect(code, args.join(' ')).toBe(0);
      expect(
        builtins.filter((module) => /^NativeModule (net|stream|tty|internal\/streams\/writable)$/.test(module)),
        args.join(' '),
      ).toEqual([]);
    }
  });

  it('validate’s fast path does not carry yaml, the slower located parser (its own bundle, loaded on a problem)', () => {
    const yamlMessage = 'Excessive alias count indicates a resource exhaustion attack';
    expect(bundle('command-validate')).not.toContain(yamlMessage);
    expect(bundle('located-validation')).toContain(yamlMessage);
  });

  it('gives ES modules the main of the built entry', async () => {
    const { main } = (await import(path.join(dist, 'centre.js'))) as typeof import('../../src/cli/main.js');
    let out = '';
    const code = await main(['--version'], {
      cwd: repoRoot,
      env: { NO_COLOR: '1' },
      stdout: { write: (text: string) => (out += text) },
      stderr: process.stderr,
    });
    expect(code).toBe(0);
    expect(out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('runs --help and --version from the built bin', () => {
    const help = spawnCli(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['init', 'validate', 'schema', 'plan', 'site']) expect(help.stdout).toContain(command);
    const version = spawnCli(['--version']);
    const packageJson = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(version.stdout.trim()).toBe(packageJson.version);
  });

  it('answers an unknown command with a usage error, exit 2, and no stack trace', () => {
    const result = spawnCli(['buidl']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown command 'buidl'");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('cache folder', () => {
  const args = ['calendar', 'plans/', '--from', '2023-09-01', '--to', '2024-06-30', '-f', 'json'];
  const uncached = spawnCli(args, { env: { CENTRE_CACHE: 'off' } });
  // CENTRE_CACHE=<dir> keeps the cache in a folder `centre` it makes there
  const keptFolders = (dir: string) => readdirSync(path.join(dir, 'centre')).filter((name) => name.startsWith('checks-'));

  it('keeps the checks of the files a command read, and gives the same output from them on the next run', () => {
    expect(uncached.code).toBe(0);
    const dir = path.join(temporaryDir(), 'cache');
    expect(spawnCli(args, { env: { CENTRE_CACHE: dir } })).toEqual(uncached);
    // the marker, the kept checks of this build and, where Node has a compile cache, Node's folder: nothing else
    const entries = readdirSync(path.join(dir, 'centre'));
    expect(entries).toContain('.centre-cache');
    expect(keptFolders(dir)).toHaveLength(1);
    expect(entries.filter((name) => name !== '.centre-cache' && !name.startsWith('checks-')).length).toBeLessThanOrEqual(
      typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache === 'function' ? 1 : 0,
    );
    expect(spawnCli(args, { env: { CENTRE_CACHE: dir } })).toEqual(uncached);
  });

  it('without CENTRE_CACHE, keeps them in node_modules/.cache of its own folder, else in the user’s cache folder', () => {
    // a copy of the installed command, so that the folders it finds are the test's
    const installed = path.join(temporaryDir(), 'centre');
    mkdirSync(path.join(installed, 'dist'), { recursive: true });
    cpSync(path.join(repoRoot, 'bin'), path.join(installed, 'bin'), { recursive: true });
    for (const name of readdirSync(dist).filter((file) => file.endsWith('.cjs'))) cpSync(path.join(dist, name), path.join(installed, 'dist', name));
    const xdg = path.join(temporaryDir(), 'xdg');
    const run = () =>
      spawnSync(process.execPath, [path.join(installed, 'bin', 'centre.js'), ...args], {
        cwd: repoRoot,
        env: { ...process.env, CENTRE_CACHE: undefined, XDG_CACHE_HOME: xdg, NO_COLOR: '1', LANG: 'en_US.UTF-8' },
        encoding: 'utf8',
      });
    const keptFiles = (cache: string) =>
      keptFolders(cache).flatMap((folder) =>
        readdirSync(path.join(cache, 'centre', folder))
          .filter((entry) => entry.endsWith('.json'))
          .map((entry) => JSON.parse(readFileSync(path.join(cache, 'centre', folder, entry), 'utf8')).file as string),
      );
    const plan = path.join(repoRoot, 'plans', '2023-2024-regional-plan.yaml');
    expect(run().stdout).toBe(uncached.stdout);
    expect(keptFiles(path.join(installed, 'node_modules', '.cache'))).toContain(plan);
    expect(existsSync(xdg)).toBe(false);
    // no node_modules folder can be made beside it: the user's cache folder
    rmSync(path.join(installed, 'node_modules'), { recursive: true });
    writeFileSync(path.join(installed, 'node_modules'), '');
    expect(run().stdout).toBe(uncached.stdout);
    expect(keptFiles(xdg)).toContain(plan);
  });

  it('ignores damaged kept checks, gives the same output and writes them anew', () => {
    const dir = path.join(temporaryDir(), 'cache');
    spawnCli(args, { env: { CENTRE_CACHE: dir } });
    const own = path.join(dir, 'centre', keptFolders(dir)[0]!);
    const entries = readdirSync(own).filter((name) => name.endsWith('.json'));
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) writeFileSync(path.join(own, entry), '{"damaged": ');
    expect(spawnCli(args, { env: { CENTRE_CACHE: dir } })).toEqual(uncached);
    for (const entry of entries) expect(readFileSync(path.join(own, entry), 'utf8')).not.toBe('{"damaged": ');
  });

  it('takes over the folder of an earlier centre, made before folders were marked', () => {
    const dir = path.join(temporaryDir(), 'cache');
    // with the compiled code of a bundle, which centre kept itself before it left that to Node
    mkdirSync(path.join(dir, 'centre'), { recursive: true });
    writeFileSync(path.join(dir, 'centre', 'cli-0123456789abcdef-v20.0.0-x64-1234abcd.bin'), 'from an earlier build');
    writeFileSync(path.join(dir, 'notes.txt'), 'not ours');
    expect(spawnCli(args, { env: { CENTRE_CACHE: dir } })).toEqual(uncached);
    expect(readdirSync(path.join(dir, 'centre'))).toContain('.centre-cache');
    expect(keptFolders(dir)).toHaveLength(1);
    expect(readdirSync(dir)).toContain('notes.txt');
  });

  it('runs without a cache where it cannot keep one, and never uses a folder others can write to', () => {
    const file = path.join(temporaryDir(), 'a-file');
    writeFileSync(file, '');
    expect(spawnCli(args, { env: { CENTRE_CACHE: path.join(file, 'cache') } })).toEqual(uncached);
    const shared = path.join(temporaryDir(), 'shared');
    mkdirSync(shared);
    chmodSync(shared, 0o777);
    expect(spawnCli(args, { env: { CENTRE_CACHE: shared } })).toEqual(uncached);
    expect(readdirSync(shared)).toEqual([]);
  });

  it('touches nothing of a folder it is pointed at but the folder it makes there', () => {
    const dir = temporaryDir();
    mkdirSync(path.join(dir, 'checks-foo'));
    writeFileSync(path.join(dir, 'checks-foo', 'plan.yaml'), 'a user’s plan');
    writeFileSync(path.join(dir, 'cli-0123456789abcdef-v20.0.0-x64-1234abcd.bin'), 'a user’s file named like cached code');
    const before = folderHash(dir);
    expect(spawnCli(args, { env: { CENTRE_CACHE: dir } })).toEqual(uncached);
    expect(spawnCli(args, { env: { CENTRE_CACHE: dir } })).toEqual(uncached);
    rmSync(path.join(dir, 'centre'), { recursive: true });
    expect(folderHash(dir)).toBe(before);
  });

  it('never follows a link planted where its folder goes, nor uses a folder it did not make', () => {
    const dir = temporaryDir();
    const victim = temporaryDir();
    mkdirSync(path.join(victim, 'checks-0123'));
    writeFileSync(path.join(victim, 'checks-0123', 'work.docx'), 'the victim’s work');
    writeFileSync(path.join(victim, 'cli-0123456789abcdef-v20.0.0-x64-1234abcd.bin'), 'the victim’s file');
    const before = folderHash(victim);
    symlinkSync(victim, path.join(dir, 'centre'));
    expect(spawnCli(args, { env: { CENTRE_CACHE: dir } })).toEqual(uncached);
    expect(folderHash(victim)).toBe(before);
    // a real folder of that name that holds something not the cache's is someone's own
    const other = temporaryDir();
    mkdirSync(path.join(other, 'centre'));
    writeFileSync(path.join(other, 'centre', 'notes.txt'), 'a user’s notes');
    expect(spawnCli(args, { env: { CENTRE_CACHE: other } })).toEqual(uncached);
    expect(readdirSync(path.join(other, 'centre'))).toEqual(['notes.txt']);
  });
});
