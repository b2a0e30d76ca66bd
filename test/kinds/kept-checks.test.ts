// Kept checks: what validation concluded about a file is kept between runs and used only
// while the file's text is the same: it must never change what a command says.
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { keptChecks, keptLineOf, type KeptCheck } from '../../src/kinds/kept-checks.js';
import type { KeptBetweenRuns } from '../../src/cli/context.js';
import { quickValidate } from '../../src/kinds/quick-check.js';
import { repoRoot, runCli, temporaryDir } from '../helpers/cli.js';
import { shippedWarnings, writtenAsSuggested } from '../helpers/shipped.js';
import { folderHash } from '../helpers/folder-hash.js';
import { iso } from '../helpers/iso.js';

const check: KeptCheck = { kind: 'centre', value: { kind: 'centre', name: 'Центр' } };
/** The entries of a folder of kept checks, without its marker. */
const keptEntries = (folder: string) => readdirSync(folder).filter((name) => name.endsWith('.json'));

describe('keptChecks', () => {
  it('gives back what was kept for the same file and text, and nothing for another text, file or mode', () => {
    const checks = keptChecks(temporaryDir(), 'build-1');
    expect(checks.read('/w/a.yaml', 'kind: centre', false)).toBeUndefined();
    checks.write('/w/a.yaml', 'kind: centre', false, check);
    expect(checks.read('/w/a.yaml', 'kind: centre', false)).toEqual(check);
    expect(checks.read('/w/a.yaml', 'kind: centrE', false)).toBeUndefined();
    expect(checks.read('/w/a.yaml', 'kind: centre ', false)).toBeUndefined();
    expect(checks.read('/w/b.yaml', 'kind: centre', false)).toBeUndefined();
    expect(checks.read('/w/a.yaml', 'kind: centre', true)).toBeUndefined();
    const full: KeptCheck = {
      ...check,
      lines: { '': 1, 'sections\u00000': 3 },
      entriesRead: { period: { start: iso('2023-09-01'), end: iso('2024-08-31') }, entries: [] },
      warnings: [{ line: 3, column: 5, severity: 'warning', code: 'timing-unreadable', params: { value: 'когда-нибудь' } }],
    };
    checks.write('/w/a.yaml', 'kind: centre', true, full);
    expect(checks.read('/w/a.yaml', 'kind: centre', true)).toStrictEqual(full);
    expect(checks.read('/w/a.yaml', 'kind: centre', false)).toEqual(check);
  });

  it('keeps no check of a very large file', () => {
    const checks = keptChecks(temporaryDir(), 'b', { maxText: 10 });
    expect(checks.accepts('0123456789')).toBe(true);
    expect(checks.accepts('0123456789a')).toBe(false);
    expect(keptChecks(temporaryDir(), 'b').accepts('x'.repeat(1_000_000))).toBe(true);
    expect(keptChecks(temporaryDir(), 'b').accepts('x'.repeat(1_000_001))).toBe(false);
  });

  it('ignores a damaged entry or one written for another file under the same name', () => {
    const folder = temporaryDir();
    const checks = keptChecks(folder, 'b');
    checks.write('/w/a.yaml', 'text', false, check);
    const [entry] = keptEntries(path.join(folder, 'checks-b'));
    const file = path.join(folder, 'checks-b', entry!);
    const kept = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    for (const damaged of [
      '',
      '{"file": "/w/a.yaml", ',
      'null',
      '[]',
      JSON.stringify({ ...kept, file: '/w/other.yaml' }),
      JSON.stringify({ ...kept, kind: 7 }),
      JSON.stringify({ ...kept, text: undefined }),
    ]) {
      writeFileSync(file, damaged);
      expect(checks.read('/w/a.yaml', 'text', false)).toBeUndefined();
    }
  });

  it('keeps the results of one build: a new build removes the others’ folders, and nothing else', () => {
    const folder = temporaryDir();
    keptChecks(folder, 'old').write('/w/a.yaml', 'text', false, check);
    writeFileSync(path.join(folder, 'cli-0123-v20-x64-1.bin'), 'compiled code');
    const next = keptChecks(folder, 'new');
    expect(next.read('/w/a.yaml', 'text', false)).toBeUndefined();
    next.write('/w/a.yaml', 'text', false, check);
    expect(readdirSync(folder).sort()).toEqual(['checks-new', 'cli-0123-v20-x64-1.bin']);
    expect(keptChecks(folder, 'old').read('/w/a.yaml', 'text', false)).toBeUndefined();
  });

  it('stays small: beyond its limit the older half of the entries goes', () => {
    const folder = temporaryDir();
    // each run tidies once, before its first entry
    for (let index = 0; index < 9; index++) keptChecks(folder, 'b', { maxEntries: 4 }).write(`/w/${index}.yaml`, 'text', false, check);
    const left = keptEntries(path.join(folder, 'checks-b'));
    expect(left.length).toBeLessThanOrEqual(4);
    expect(left.length).toBeGreaterThan(0);
    expect(keptChecks(folder, 'b').read('/w/8.yaml', 'text', false)).toEqual(check);
    const oneRun = keptChecks(folder, 'b', { maxEntries: 4 });
    for (let index = 10; index < 16; index++) oneRun.write(`/w/${index}.yaml`, 'text', false, check);
    expect(keptEntries(path.join(folder, 'checks-b')).length).toBeGreaterThanOrEqual(6);
  });

  it('removes no folder it did not make: a user’s own `checks-…` entries survive a new build', () => {
    const folder = temporaryDir();
    mkdirSync(path.join(folder, 'checks-foo'));
    writeFileSync(path.join(folder, 'checks-foo', 'notes.txt'), 'the school’s notes');
    writeFileSync(path.join(folder, 'checks-list.txt'), 'a user’s file');
    const victim = temporaryDir();
    writeFileSync(path.join(victim, 'keep.txt'), 'not the cache’s');
    symlinkSync(victim, path.join(folder, 'checks-link'));
    keptChecks(folder, 'old').write('/w/a.yaml', 'text', false, check);
    keptChecks(folder, 'new').write('/w/a.yaml', 'text', false, check);
    expect(readdirSync(folder).sort()).toEqual(['checks-foo', 'checks-link', 'checks-list.txt', 'checks-new']);
    expect(readFileSync(path.join(folder, 'checks-foo', 'notes.txt'), 'utf8')).toBe('the school’s notes');
    expect(readdirSync(victim)).toEqual(['keep.txt']);
  });

  it('neither reads nor writes through a link planted where its folder goes', () => {
    const folder = temporaryDir();
    const victim = temporaryDir();
    writeFileSync(path.join(victim, 'keep.txt'), 'not the cache’s');
    symlinkSync(victim, path.join(folder, 'checks-b'));
    const before = folderHash(victim);
    const checks = keptChecks(folder, 'b', { maxEntries: 1 });
    checks.write('/w/a.yaml', 'text', false, check);
    checks.write('/w/b.yaml', 'text', false, check);
    expect(checks.read('/w/a.yaml', 'text', false)).toBeUndefined();
    expect(folderHash(victim)).toBe(before);
    // nor does it use an unmarked folder of that name: it is someone else's
    const other = temporaryDir();
    mkdirSync(path.join(other, 'checks-b'));
    writeFileSync(path.join(other, 'checks-b', 'notes.txt'), 'a user’s file');
    keptChecks(other, 'b').write('/w/a.yaml', 'text', false, check);
    expect(readdirSync(path.join(other, 'checks-b'))).toEqual(['notes.txt']);
  });

  it('works without a folder it can write: nothing kept, nothing thrown', () => {
    const file = path.join(temporaryDir(), 'a-file');
    writeFileSync(file, '');
    const checks = keptChecks(path.join(file, 'checks'), 'b');
    expect(() => checks.write('/w/a.yaml', 'text', false, check)).not.toThrow();
    expect(checks.read('/w/a.yaml', 'text', false)).toBeUndefined();
  });
});

describe('a kept check', () => {
  const plans = readdirSync(path.join(repoRoot, 'plans')).filter((name) => name.endsWith('.yaml'));

  it.each(plans)('of %s holds the same value and the line of every block', (name) => {
    // the fast path passes a shipped plan with a warning on to the located one: written as its warnings suggest, it keeps it
    const file = `plans/${name}`;
    const written = readFileSync(path.join(repoRoot, file), 'utf8');
    const text = shippedWarnings.some((warning) => warning.file === file) ? writtenAsSuggested(file, written) : written;
    const quick = quickValidate(text, { positions: true })!;
    const kept = quick.toKept()!;
    expect(JSON.parse(JSON.stringify(kept))).toEqual(kept);
    expect({ kind: kept.kind, value: kept.value }).toEqual(quick.validated);
    const lineOf = keptLineOf(kept.lines);
    const blocks = Object.keys(kept.lines!);
    expect(blocks.length).toBeGreaterThan(1);
    for (const block of blocks) {
      const segments = block === '' ? [] : block.split('\u0000').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
      expect(lineOf(segments)).toBe(quick.lineOf(segments));
      expect(lineOf(segments)).toBeGreaterThan(0);
    }
    // a value that is no block (a title) has no line in either
    expect(lineOf(['kind'])).toBe(quick.lineOf(['kind']));
    expect(lineOf(['no', 'such', 'path'])).toBeUndefined();
  });

  it('is not kept when JSON would change the value (a negative zero)', () => {
    const form = readFileSync(path.join(repoRoot, 'templates', 'monitoring-form.yaml'), 'utf8');
    expect(quickValidate(form)!.toKept()).toBeDefined();
    const withNegativeZero = quickValidate(form.replace(/min: 0$/m, 'min: -0.0'))!;
    expect(withNegativeZero.validated.kind).toBe('form');
    expect(withNegativeZero.toKept()).toBeUndefined();
  });
});

describe('commands with kept checks', () => {
  function workspace(): { dir: string; keep: KeptBetweenRuns; cache: string } {
    const dir = temporaryDir('centre-kept-');
    cpSync(path.join(repoRoot, 'plans'), path.join(dir, 'plans'), { recursive: true });
    const cache = path.join(dir, '.cache');
    mkdirSync(cache);
    return { dir, cache, keep: { folder: () => cache, build: (bundle) => `${bundle.slice(0, 4)}bld-` } };
  }
  const entries = (cache: string) => keptEntries(path.join(cache, 'checks-quicbld-locabld-locabld-'));

  it('say the same with and without them, on the first run and the next', async () => {
    const { dir, keep } = workspace();
    for (const args of [
      ['validate', 'plans'],
      ['calendar', 'plans', '--from', '2023-09-01', '--to', '2024-06-30', '-f', 'json'],
      ['calendar', 'plans', '--from', '2020-09-01', '--weeks', '6'],
    ]) {
      const plain = await runCli(args, { cwd: dir });
      expect(await runCli(args, { cwd: dir, keep })).toEqual(plain);
      expect(await runCli(args, { cwd: dir, keep })).toEqual(plain);
    }
  });

  it('are tied to the code that makes and places them: a new build of any of it starts afresh', async () => {
    const { dir, cache } = workspace();
    const builds = { 'quick-check': 'aaaaaaaa', 'locate-problems': 'bbbbbbbb', 'located-validation': 'cccccccc' } as Record<string, string>;
    const keep = { folder: () => cache, build: (bundle: string) => builds[bundle] };
    await runCli(['validate', 'plans'], { cwd: dir, keep });
    expect(readdirSync(cache)).toEqual(['checks-aaaaaaaabbbbbbbbcccccccc']);
    builds['locate-problems'] = 'dddddddd';
    await runCli(['validate', 'plans'], { cwd: dir, keep });
    expect(readdirSync(cache)).toEqual(['checks-aaaaaaaaddddddddcccccccc']);
    delete builds['located-validation'];
    const without = temporaryDir();
    await runCli(['validate', 'plans'], { cwd: dir, keep: { folder: () => without, build: (bundle: string) => builds[bundle] } });
    expect(readdirSync(without)).toEqual([]);
  });

  it('read the timings again when a school-year file, not the default, says when terms end', async () => {
    const { dir, keep } = workspace();
    const args = ['calendar', 'plans', '--from', '2021-05-01', '--to', '2021-06-30', '-f', 'json'];
    const withDefault = await runCli(args, { cwd: dir, keep });
    expect(withDefault.code).toBe(0);
    writeFileSync(
      path.join(dir, 'plans', 'school-year.yaml'),
      [
        'kind: school-year',
        'academicYear: 2020-2021',
        'terms:',
        '  - {from: 2020-09-01, to: 2020-10-30}',
        '  - {from: 2020-11-09, to: 2020-12-29}',
        '  - {from: 2021-01-11, to: 2021-03-19}',
        '  - {from: 2021-03-29, to: 2021-05-14}',
        '',
      ].join('\n'),
    );
    const withFile = await runCli(args, { cwd: dir });
    expect(withFile.stdout).not.toEqual(withDefault.stdout);
    expect(await runCli(args, { cwd: dir, keep })).toEqual(withFile);
  });

  it('use a kept check only while the file is the same, character for character', async () => {
    const { dir, keep, cache } = workspace();
    const args = ['calendar', 'plans/2023-2024-regional-plan.yaml', '--from', '2023-09-01', '--to', '2024-06-30', '-f', 'json'];
    const first = await runCli(args, { cwd: dir, keep });
    expect(first.code).toBe(0);
    const [entry] = entries(cache);
    const file = path.join(cache, 'checks-quicbld-locabld-locabld-', entry!);
    const kept = JSON.parse(readFileSync(file, 'utf8')) as {
      value: { sections: { items: { id?: string; activity: string }[] }[] };
      entriesRead: { entries: { title: string }[] };
    };
    const item = kept.value.sections.flatMap((section) => section.items).find((one) => one.id === 'mentor-conference')!;
    const title = item.activity;
    expect(first.stdout).toContain(JSON.stringify(title).slice(1, -1));
    // the kept value and timings are what the next run uses: a title changed in them shows
    item.activity = 'Заголовок из кэша';
    for (const entry of kept.entriesRead.entries) if (entry.title === title) entry.title = 'Заголовок из кэша';
    writeFileSync(file, JSON.stringify(kept));
    expect((await runCli(args, { cwd: dir, keep })).stdout).toContain('Заголовок из кэша');
    // the plan changed (by as many characters as before): it is read again
    const planFile = path.join(dir, 'plans', '2023-2024-regional-plan.yaml');
    const text = readFileSync(planFile, 'utf8');
    const changedTitle = title.replace(/^./, (first) => (first === 'А' ? 'Б' : 'А'));
    writeFileSync(planFile, text.replace(title, changedTitle));
    const after = await runCli(args, { cwd: dir, keep });
    expect(after.stdout).not.toContain('Заголовок из кэша');
    expect(after.stdout).toContain(JSON.stringify(changedTitle).slice(1, -1));
    expect(after).toEqual(await runCli(args, { cwd: dir }));
  });

  it('never keep a file with an error: its messages are those of the current run', async () => {
    const { dir, keep, cache } = workspace();
    const file = path.join(dir, 'plans', 'centre.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}colour: blue\n`);
    const first = await runCli(['validate', 'plans/centre.yaml'], { cwd: dir, keep });
    expect(first.code).toBe(1);
    expect(first.stdout).toContain('plans/centre.yaml:');
    expect(readdirSync(cache)).toEqual([]);
    expect(await runCli(['validate', 'plans/centre.yaml'], { cwd: dir, keep })).toEqual(first);
    // a check kept for the file before it went wrong is not used for its new text
    const clean = path.join(dir, 'plans', 'registry.yaml');
    expect((await runCli(['validate', 'plans/registry.yaml'], { cwd: dir, keep })).code).toBe(0);
    expect(entries(cache)).toHaveLength(1);
    writeFileSync(clean, readFileSync(clean, 'utf8').replace(/^kind: registry$/m, 'kind: registri'));
    const broken = await runCli(['validate', 'plans/registry.yaml'], { cwd: dir, keep });
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('registri');
  });

  it('keep a file with warnings, and say them again, with the file as this run names it', async () => {
    const { dir, keep, cache } = workspace();
    const file = path.join(dir, 'plans', '2023-2024-regional-plan.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('timing: октябрь 2023', 'timing: когда-нибудь осенью, «как получится»'));
    for (const [cwd, shown] of [
      [dir, 'plans/2023-2024-regional-plan.yaml'],
      [path.join(dir, 'plans'), '2023-2024-regional-plan.yaml'],
    ] as const) {
      for (const args of [
        ['validate', file],
        ['validate', '--format', 'json', file],
        ['calendar', file, '--from', '2023-09-01', '--to', '2024-06-30', '-f', 'json'],
      ]) {
        const plain = await runCli(args, { cwd });
        expect(plain.stdout + plain.stderr).toContain(shown);
        expect(plain.stdout + plain.stderr).toContain('когда-нибудь');
        expect(await runCli(args, { cwd, keep })).toEqual(plain);
        expect(await runCli(args, { cwd, keep })).toEqual(plain);
      }
    }
    expect(entries(cache).length).toBeGreaterThan(0);
  });
});
