// Writes that never lose or mangle a file, through the built command: runs at
// the same moment keep each other's work, a link stays a link, a file's mode
// is kept, a read-only file is refused, an interrupted run leaves nothing behind.
import { chmodSync, copyFileSync, lstatSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot, spawnCli, spawnCliAsync, temporaryDir } from '../helpers/cli.js';

const itemCount = 20;
const plan = `kind: plan
title: План работы центра
academicYear: 2023-2024
sections:
  - title: Раздел
    items:
${Array.from({ length: itemCount }, (_, i) => `      - id: item${i + 1}\n        activity: Мероприятие ${i + 1}\n        timing: ноябрь 2023\n        responsible: [Центр]\n`).join('')}`;

function workspace(): string {
  const dir = temporaryDir();
  writeFileSync(path.join(dir, 'plan.yaml'), plan);
  return dir;
}

function entriesOf(file: string): string[] {
  return (parse(readFileSync(file, 'utf8')) as { entries: { item: string }[] }).entries.map((entry) => entry.item);
}

const leftovers = (dir: string) => readdirSync(dir).filter((name) => /\.(tmp|lock)$/.test(name));

beforeAll(() => {
  // the built command is what is tested: it must exist (npm run build)
  expect(statSync(path.join(repoRoot, 'dist')).isDirectory()).toBe(true);
});

describe('centre done, many runs at once', () => {
  it(`keeps all ${itemCount} entries of ${itemCount} runs at the same moment`, async () => {
    const dir = workspace();
    const runs = await Promise.all(
      Array.from({ length: itemCount }, (_, i) => spawnCliAsync(['done', 'plan.yaml', `item${i + 1}`, '--date', '2023-11-16'], { cwd: dir })),
    );
    for (const run of runs) expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(entriesOf(path.join(dir, 'plan.record.yaml')).sort()).toEqual(Array.from({ length: itemCount }, (_, i) => `item${i + 1}`).sort());
    expect(leftovers(dir)).toEqual([]);
  }, 120_000);

  it.each(['ru_RU.UTF-8', 'C'])(
    'an interrupted run leaves no temporary file and no lock, and the record whole (LANG=%s)',
    async (LANG) => {
      const dir = workspace();
      spawnCli(['done', 'plan.yaml', 'item1', '--date', '2023-11-16'], { cwd: dir, env: { LANG } });
      const record = path.join(dir, 'plan.record.yaml');
      const signals = ['SIGINT', 'SIGTERM'] as const;
      const runs = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          spawnCliAsync(['done', 'plan.yaml', `item${i + 2}`, '--date', '2023-11-17'], {
            cwd: dir,
            env: { LANG },
            started: (child) => setTimeout(() => child.kill(signals[i % 2]), 150 + 40 * i),
          }),
        ),
      );
      for (const run of runs) expect(run.stderr).not.toMatch(/\n\s+at |Unexpected|Непредвиденн/);
      // each run either finished or ended by its signal (the shell's 130 or 143), never another way
      for (const [i, run] of runs.entries()) expect(run.code === 0 || run.signal === signals[i % 2]).toBe(true);
      expect(runs.some((run) => run.signal !== null)).toBe(true);
      expect(leftovers(dir)).toEqual([]);
      // every run that finished has its entry; one stopped just after its rename may have it too
      const entries = entriesOf(record);
      expect(entries).toContain('item1');
      for (const [i, run] of runs.entries()) if (run.code === 0) expect(entries).toContain(`item${i + 2}`);
      expect(new Set(entries).size).toBe(entries.length);
    },
    120_000,
  );
});

describe('centre done respects the record file', () => {
  it('a symbolic link stays a link, and its target gets the entry', () => {
    const dir = workspace();
    writeFileSync(path.join(dir, 'real-record.yaml'), 'kind: record\nplan: plan.yaml\nentries: []\n');
    symlinkSync('real-record.yaml', path.join(dir, 'plan.record.yaml'));
    const result = spawnCli(['done', 'plan.yaml', 'item1', '--date', '2023-11-16', '--record', 'plan.record.yaml'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(lstatSync(path.join(dir, 'plan.record.yaml')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(dir, 'plan.record.yaml'))).toBe('real-record.yaml');
    expect(entriesOf(path.join(dir, 'real-record.yaml'))).toEqual(['item1']);
    // found beside the plan without --record: the link and its target are one record
    expect(spawnCli(['done', 'plan.yaml', 'item2', '--date', '2023-11-17'], { cwd: dir })).toMatchObject({ code: 0, stderr: '' });
    expect(lstatSync(path.join(dir, 'plan.record.yaml')).isSymbolicLink()).toBe(true);
    expect(entriesOf(path.join(dir, 'real-record.yaml'))).toEqual(['item1', 'item2']);
    expect(leftovers(dir)).toEqual([]);
  });

  it('keeps the mode of a private record (0600)', () => {
    const dir = workspace();
    const record = path.join(dir, 'plan.record.yaml');
    writeFileSync(record, 'kind: record\nplan: plan.yaml\nentries: []\n');
    chmodSync(record, 0o600);
    expect(spawnCli(['done', 'plan.yaml', 'item1', '--date', '2023-11-16'], { cwd: dir }).code).toBe(0);
    expect(statSync(record).mode & 0o777).toBe(0o600);
    expect(entriesOf(record)).toEqual(['item1']);
  });

  it('refuses a read-only record in one line, in both languages, and leaves it as it was', () => {
    const dir = workspace();
    const record = path.join(dir, 'plan.record.yaml');
    const text = 'kind: record\nplan: plan.yaml\nentries: []\n';
    writeFileSync(record, text);
    chmodSync(record, 0o444);
    const english = spawnCli(['done', 'plan.yaml', 'item1', '--date', '2023-11-16'], { cwd: dir });
    expect(english.code).toBe(1);
    expect(english.stdout).toBe('');
    expect(english.stderr).toContain('plan.record.yaml is read-only, so centre leaves it as it is; make it writable (chmod u+w plan.record.yaml');
    expect(english.stderr).not.toMatch(/\n\s+at /);
    const russian = spawnCli(['done', 'plan.yaml', 'item1'], { cwd: dir, env: { LANG: 'ru_RU.UTF-8' } });
    expect(russian.code).toBe(1);
    expect(russian.stderr).toContain('plan.record.yaml только для чтения, и centre его не меняет');
    expect(readFileSync(record, 'utf8')).toBe(text);
    expect(statSync(record).mode & 0o777).toBe(0o444);
    expect(leftovers(dir)).toEqual([]);
  });
});

describe('centre plan import, many runs to one name', () => {
  it('exactly one of 10 runs writes the file; the others say it exists; nothing partial', async () => {
    const dir = temporaryDir();
    copyFileSync(path.join(repoRoot, 'test', 'fixtures', 'import', 'school-plan.html'), path.join(dir, 'plan.html'));
    const runs = await Promise.all(Array.from({ length: 10 }, () => spawnCliAsync(['plan', 'import', 'plan.html', '-o', 'same.yaml'], { cwd: dir })));
    const succeeded = runs.filter((run) => run.code === 0);
    expect(succeeded).toHaveLength(1);
    for (const run of runs.filter((r) => r.code !== 0)) {
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('same.yaml already exists; import never overwrites a file');
    }
    expect(readdirSync(dir).sort()).toEqual(['plan.html', 'same.yaml']);
    const alone = spawnCli(['plan', 'import', 'plan.html', '-o', '-'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'same.yaml'), 'utf8')).toBe(alone.stdout);
  }, 120_000);

  it('runs at once into a folder each get a name of their own', async () => {
    const dir = temporaryDir();
    copyFileSync(path.join(repoRoot, 'test', 'fixtures', 'import', 'school-plan.html'), path.join(dir, 'plan.html'));
    const runs = await Promise.all(Array.from({ length: 6 }, () => spawnCliAsync(['plan', 'import', 'plan.html', '-o', 'out/'], { cwd: dir })));
    for (const run of runs) expect(run.code).toBe(0);
    expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(['plan-2.yaml', 'plan-3.yaml', 'plan-4.yaml', 'plan-5.yaml', 'plan-6.yaml', 'plan.yaml']);
  }, 120_000);
});

describe('centre done keeps the record as it was written', () => {
  it('through the built command: a record with a byte-order mark, CRLF, comments, `>-` text and a level list gains only its new lines', () => {
    const dir = workspace();
    const record = path.join(dir, 'plan.record.yaml');
    const before = [
      '\ufeff# Отчёт центра — пишет методист',
      'kind: record',
      'plan: plan.yaml   # рядом',
      'entries:',
      '# проведено',
      '- item: item1   # форум',
      '  comment: >-',
      '    Очно и',
      '    онлайн',
      '  dates: [ 2023-11-16 ]',
      'analysis:',
      '  - title: Выводы',
      '    text: |',
      '      План выполнен.',
      '',
    ].join('\r\n');
    writeFileSync(record, before);
    expect(spawnCli(['done', 'plan.yaml', 'item1', '--date', '2023-11-17'], { cwd: dir }).code).toBe(0);
    expect(spawnCli(['done', 'plan.yaml', 'item2', '--date', '2023-11-18', '--participants', '40'], { cwd: dir }).code).toBe(0);
    const after = readFileSync(record, 'utf8');
    expect(after).toBe(
      before
        .replace('[ 2023-11-16 ]', '[ 2023-11-16, 2023-11-17 ]')
        .replace('analysis:', ['- item: item2', '  dates: [2023-11-18]', '  participants:', '    total: 40', 'analysis:'].join('\r\n')),
    );
  });
});
