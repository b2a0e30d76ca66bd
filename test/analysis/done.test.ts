// `centre done`: the record gains or updates one entry; comments, key order and
// the plan itself are untouched; running it twice changes nothing more.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyDone, newRecordText } from '../../src/analysis/record-edit.js';
import { validateText } from '../../src/kinds/validate.js';
import { runCli, temporaryDir } from '../helpers/cli.js';

const plan = `kind: plan
title: План работы центра
academicYear: 2023-2024
sections:
  - title: Раздел
    items:
      - id: forum
        activity: Форум классных руководителей
        timing: ноябрь 2023
        responsible: [Центр]
      - id: webinars
        activity: Вебинары
        timing: каждый 3-й понедельник месяца
        responsible: [Центр]
`;

const commented = `# Отчёт центра — пишет методист
kind: record
plan: plan.yaml   # рядом с отчётом
entries:
  # форум прошёл в срок
  - comment: Очно
    item: forum
    dates: [2023-11-16]
analysis:
  - title: Выводы
    text: План выполнен.
`;

describe('applyDone', () => {
  it('adds an entry to a new record, which validates as a record', () => {
    const { text, added } = applyDone(newRecordText('plan.yaml'), {
      item: 'forum',
      dates: ['2023-11-16'],
      participants: 120,
      evidence: 'https://example.ru/1',
    });
    expect(added).toBe(true);
    const result = validateText('r.yaml', text);
    expect(result.diagnostics).toEqual([]);
    expect(result.validated?.kind).toBe('record');
    expect(parse(text).entries).toEqual([{ item: 'forum', dates: ['2023-11-16'], participants: { total: 120 }, evidence: ['https://example.ru/1'] }]);
  });

  it('keeps comments and key order, and updates in place', () => {
    const { text, added } = applyDone(commented, { item: 'forum', dates: ['2023-11-16', '2023-11-17'], comment: 'Очно и онлайн' });
    expect(added).toBe(false);
    for (const comment of ['# Отчёт центра — пишет методист', '# рядом с отчётом', '# форум прошёл в срок']) expect(text).toContain(comment);
    const entry = parse(text).entries[0];
    expect(Object.keys(entry)).toEqual(['comment', 'item', 'dates']);
    expect(entry).toEqual({ comment: 'Очно и онлайн', item: 'forum', dates: ['2023-11-16', '2023-11-17'] });
    expect(text.indexOf('kind:')).toBeLessThan(text.indexOf('analysis:'));
  });

  it('keeps Windows line endings', () => {
    const { text } = applyDone(commented.replace(/\n/g, '\r\n'), { item: 'webinars', dates: ['2023-10-16'] });
    expect(text.split('\r\n').length).toBe(text.split('\n').length);
    expect(parse(text).entries).toHaveLength(2);
  });

  it('is idempotent: the same change twice gives the same text', () => {
    const change = { item: 'webinars', status: 'held' as const, dates: ['2023-10-16'], evidence: 'protocol.pdf', participants: 40 };
    const once = applyDone(commented, change).text;
    expect(applyDone(once, change).text).toBe(once);
    expect(parse(once).entries).toHaveLength(2);
  });
});

describe('applyDone, any sequence of changes', () => {
  const change = fc.record(
    {
      item: fc.constantFrom('forum', 'webinars', 'seminar'),
      status: fc.constantFrom('held', 'moved', 'cancelled', 'not-held'),
      dates: fc.array(fc.constantFrom('2023-09-18', '2023-10-16', '2023-11-20'), { maxLength: 3 }),
      participants: fc.nat(5000),
      evidence: fc.constantFrom('https://example.ru/1', 'протокол.pdf'),
      comment: fc.constantFrom('Очно', 'Перенесено: карантин'),
    },
    { requiredKeys: ['item'] },
  );

  it('keeps one entry per item, each date and link once, the comments, a valid record; the last change again changes nothing', () => {
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 12 }), (changes) => {
        const text = changes.reduce((current, next) => applyDone(current, next).text, commented);
        const { diagnostics, validated } = validateText('r.yaml', text);
        expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(validated?.kind).toBe('record');
        const record = parse(text) as { entries: { item: string; dates?: string[]; evidence?: string[] }[] };
        const items = record.entries.map((entry) => entry.item);
        expect(new Set(items).size).toBe(items.length);
        expect(new Set(items)).toEqual(new Set(['forum', ...changes.map((c) => c.item)]));
        for (const entry of record.entries) {
          expect(new Set(entry.dates ?? []).size).toBe((entry.dates ?? []).length);
          expect(new Set(entry.evidence ?? []).size).toBe((entry.evidence ?? []).length);
        }
        expect(text).toContain('# форум прошёл в срок');
        expect(applyDone(text, changes.at(-1)!).text).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});

describe('centre done', () => {
  function workspace() {
    const dir = temporaryDir();
    writeFileSync(path.join(dir, 'plan.yaml'), plan);
    return dir;
  }

  it('writes only the record beside the plan, and twice does not duplicate', async () => {
    const dir = workspace();
    const first = await runCli(['done', 'plan.yaml', 'forum', '--date', '2023-11-16', '--participants', '120', '--link', 'https://example.ru/forum'], {
      cwd: dir,
    });
    expect(first).toMatchObject({ code: 0, stdout: 'recorded item 1. Форум классных руководителей in plan.record.yaml\n' });
    const second = await runCli(['done', 'plan.yaml', 'forum', '--date', '2023-11-16', '--link', 'https://example.ru/forum'], { cwd: dir });
    expect(second).toMatchObject({ code: 0, stdout: 'updated the entry of item 1. Форум классных руководителей in plan.record.yaml\n' });
    expect(readFileSync(path.join(dir, 'plan.yaml'), 'utf8')).toBe(plan);
    const record = parse(readFileSync(path.join(dir, 'plan.record.yaml'), 'utf8'));
    expect(record).toMatchObject({ kind: 'record', plan: 'plan.yaml' });
    expect(record.entries).toEqual([{ item: 'forum', dates: ['2023-11-16'], participants: { total: 120 }, evidence: ['https://example.ru/forum'] }]);
  });

  it('finds the record that names the plan, whatever its name', async () => {
    const dir = workspace();
    writeFileSync(path.join(dir, 'итоги-2024.yaml'), '# наш отчёт\nkind: record\nplan: ./plan.yaml\n');
    const result = await runCli(['done', 'plan.yaml', 'forum', '--date', '2023-11-16'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stdout: 'recorded item 1. Форум классных руководителей in итоги-2024.yaml\n' });
    expect(readFileSync(path.join(dir, 'итоги-2024.yaml'), 'utf8')).toMatch(
      /^# наш отчёт\nkind: record\nplan: \.\/plan\.yaml\nentries:\n  - item: forum\n    dates: \[2023-11-16\]\n$/,
    );
    writeFileSync(path.join(dir, 'second.yaml'), 'kind: record\nplan: plan.yaml\n');
    const several = await runCli(['done', 'plan.yaml', 'forum'], { cwd: dir });
    expect(several.code).toBe(2);
    expect(several.stderr).toContain('Several records name this plan');
  });

  it('a new entry without --date is dated today', async () => {
    const dir = workspace();
    await runCli(['done', 'plan.yaml', 'webinars', '--status', 'held'], { cwd: dir, env: { CENTRE_TODAY: '2023-10-16' } });
    expect(parse(readFileSync(path.join(dir, 'plan.record.yaml'), 'utf8')).entries).toEqual([{ item: 'webinars', status: 'held', dates: ['2023-10-16'] }]);
  });

  it('refuses an unknown item (exit 1, with a suggestion), a bad option (exit 2) and an invalid record (exit 1, record unchanged)', async () => {
    const dir = workspace();
    const unknown = await runCli(['done', 'plan.yaml', 'froum'], { cwd: dir });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No item of this plan has the id «froum»; did you mean «forum»?');
    const bad = await runCli(['done', 'plan.yaml', 'forum', '--status', 'done'], { cwd: dir, env: { LANG: 'ru_RU.UTF-8' } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('«done» — не статус; напишите «проведено», «перенесено», «отменено» или «не проведено».');
    const broken = 'kind: record\nplan: plan.yaml\nentries:\n  - item: forum\n    status: finished\n';
    writeFileSync(path.join(dir, 'plan.record.yaml'), broken);
    const invalid = await runCli(['done', 'plan.yaml', 'forum'], { cwd: dir });
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('plan.record.yaml:5:13');
    expect(readFileSync(path.join(dir, 'plan.record.yaml'), 'utf8')).toBe(broken);
  });
});

describe('validate reads a record against its plan', () => {
  it('warns about an entry of no item and a past item with no entry, as of CENTRE_TODAY', async () => {
    const dir = temporaryDir();
    writeFileSync(path.join(dir, 'plan.yaml'), plan);
    writeFileSync(
      path.join(dir, 'plan.record.yaml'),
      'kind: record\nplan: plan.yaml\nentries:\n  - item: forum\n    dates: [2023-11-16]\n  - item: fourm\n    dates: [2023-11-16]\n',
    );
    const during = await runCli(['validate', '--format', 'short', '.'], { cwd: dir, env: { CENTRE_TODAY: '2023-12-01' } });
    expect(during.stdout).toBe(
      'plan.record.yaml:6:11: warning: No item of plan.yaml has the id or number «fourm»; correct it or give the item this id in the plan.\n',
    );
    expect(during.code).toBe(0);
    const after = await runCli(['validate', '--format', 'short', '.'], { cwd: dir, env: { CENTRE_TODAY: '2024-09-01' } });
    // the warning points at the item in the plan, not at the record
    expect(after.stdout).toContain(
      '\nplan.yaml:11:9: warning: Item 2 «webinars» was due by 20.05.2024 and has no entry in plan.record.yaml; record it with «centre done plan.yaml webinars».',
    );
    const gone = await runCli(['validate', '--format', 'short', 'plan.record.yaml'], { cwd: dir });
    expect(gone.code).toBe(0);
    writeFileSync(path.join(dir, 'plan.record.yaml'), 'kind: record\nplan: missing.yaml\n');
    const missing = await runCli(['validate', '--format', 'short', 'plan.record.yaml'], { cwd: dir });
    expect(missing).toMatchObject({
      code: 1,
      stdout:
        "plan.record.yaml:2:7: error: The record's plan «missing.yaml» cannot be read (no such file); correct «plan:» to name the plan file beside the record.\n",
    });
  });
});
