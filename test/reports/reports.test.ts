// Template → fill → merge → summary, end to end, with a real spreadsheet
// program (LibreOffice Calc) saving a form and reading the summary back.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { readNamedCells } from '../../src/reports/xlsx-cells.js';
import { repoRoot, runCli, spawnCli, temporaryDir } from '../helpers/cli.js';
import { fillForm, reportOf, resaveWithLibreOffice, sheetsWithLibreOffice, type Values } from './helpers.js';

const schools = ['buz-cvr', 'buz-elshanka-1', 'gai-1', 'gai-6', 'pon-1'];
const districtOf: Record<string, string> = {
  'buz-cvr': 'Бузулукский район',
  'buz-elshanka-1': 'Бузулукский район',
  'gai-1': 'Гайский городской округ',
  'gai-6': 'Гайский городской округ',
  'pon-1': 'Пономаревский район',
};

let workspace: string;
let forms: string;
/** The form template wrote for a school: named by the school, the period and the year. */
const formOf = (id: string) => path.join(forms, `${id}-interim-2024-2025.xlsx`);

beforeAll(async () => {
  workspace = temporaryDir('centre-reports-');
  mkdirSync(path.join(workspace, 'plans'));
  copyFileSync(path.join(repoRoot, 'plans', 'registry.yaml'), path.join(workspace, 'plans', 'registry.yaml'));
  mkdirSync(path.join(workspace, 'templates'));
  copyFileSync(path.join(repoRoot, 'templates', 'monitoring-form.yaml'), path.join(workspace, 'templates', 'monitoring-form.yaml'));
  const made = await runCli(['report', 'template', '--registry', 'plans/registry.yaml', '--period', 'interim', '--year', '2024-2025'], { cwd: workspace });
  expect(made.stdout).toBe('wrote 5 form(s) for interim 2024-2025 to out/forms\n');
  forms = path.join(workspace, 'out', 'forms');
});

describe('centre report template', () => {
  it('writes one pre-filled form per school of the registry, named by its id, the period and the year', () => {
    expect(readdirSync(forms).sort()).toEqual(schools.map((id) => `${id}-interim-2024-2025.xlsx`));
  });

  it('names every input cell and the hidden form data, and locks all but the inputs', () => {
    const bytes = readFileSync(formOf('gai-6'));
    const { cells } = readNamedCells(bytes);
    expect(cells.get('centre__form')!.value).toEqual({ kind: 'text', value: 'class-teacher-monitoring' });
    expect(cells.get('centre__version')!.value).toEqual({ kind: 'number', value: 1 });
    expect(cells.get('centre__period')!.value).toEqual({ kind: 'text', value: 'interim' });
    expect(cells.get('centre__school')!.value).toEqual({ kind: 'text', value: 'gai-6' });
    expect(cells.get('centre__year')!.value).toEqual({ kind: 'text', value: '2024-2025' });
    expect(cells.get('centre_trained')).toMatchObject({ sheet: 'Форма', value: { kind: 'empty' } });
    const files = unzipSync(bytes);
    const workbook = strFromU8(files['xl/workbook.xml']!);
    expect(workbook.indexOf('name="Форма"')).toBeLessThan(workbook.indexOf('name="_centre"')); // the hidden sheet last
    expect(workbook).toMatch(/name="_centre" state="veryHidden"/);
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheet).toMatch(/<sheetProtection [^>]*sheet="1"/);
    expect(sheet.match(/<dataValidation /g)).toHaveLength(11);
    expect(sheet).toContain('type="list"');
    expect(sheet).toContain('&quot;да,нет&quot;');
  });

  it('makes a blank form when no registry is given, where the school types its code', async () => {
    const dir = temporaryDir();
    // outside a workspace: no registry to take one form per school from
    const result = await runCli(
      ['report', 'template', '--form', path.join(repoRoot, 'templates', 'monitoring-form.yaml'), '--period', 'final', '--year', '2024-2025', '-o', dir],
      { cwd: dir },
    );
    expect(result.code).toBe(0);
    const { cells } = readNamedCells(readFileSync(path.join(dir, 'class-teacher-monitoring-final-2024-2025.xlsx')));
    expect(cells.get('centre__school_input')).toMatchObject({ sheet: 'Форма', address: 'C3' });
  });
});

describe('centre report merge', () => {
  it('sums filled forms into a summary that LibreOffice reads with the same figures', async () => {
    const filled = temporaryDir();
    const included = schools.filter((id) => id !== 'gai-1'); // gai-1 does not report
    for (const [index, id] of included.entries()) await fillForm(formOf(id), reportOf(index), path.join(filled, `${id}.xlsx`));
    const result = await runCli(['report', 'merge', filled, '-o', path.join(filled, 'summary.xlsx')], { cwd: workspace });
    expect(result.stdout).toContain('4 file(s): 4 school(s) counted, 0 file(s) rejected, 1 school(s) of the registry have not reported.');
    expect(result.code).toBe(0);

    const sheets = sheetsWithLibreOffice(path.join(filled, 'summary.xlsx'));
    const rows = sheets.get('Свод')!;
    const header = rows[1]!;
    const column = (label: string) => header.findIndex((h) => h.startsWith(label));
    const teachers = column('Количество педагогических работников');
    const share = column('Доля классных руководителей');
    const act = column('Локальный акт');
    for (const [index, id] of included.entries()) {
      const row = rows.find((r) => r[1] === id)!;
      expect(row[0]).toBe(districtOf[id]);
      expect(Number(row[teachers])).toBe(reportOf(index).class_teachers);
      expect(Number(row[share])).toBe(reportOf(index).roadmap_share);
    }
    const sum = (ids: string[], key: string) => ids.reduce((total, id) => total + Number(reportOf(included.indexOf(id))[key]), 0);
    const buzuluk = ['buz-cvr', 'buz-elshanka-1'];
    expect(Number(rows.find((r) => r[0] === 'Итого: Бузулукский район')![teachers])).toBe(sum(buzuluk, 'class_teachers'));
    const total = rows.find((r) => r[0] === 'Итого по региону')!;
    expect(Number(total[teachers])).toBe(sum(included, 'class_teachers'));
    expect(Number(total[column('Из них прошли курсы')])).toBe(sum(included, 'trained'));
    // the share of the region's class teachers, not the mean of the schools' shares
    const weighted = included.reduce(
      (total, id) => total + Number(reportOf(included.indexOf(id)).roadmap_share) * Number(reportOf(included.indexOf(id)).class_teachers),
      0,
    );
    expect(Number(total[share])).toBeCloseTo(weighted / sum(included, 'class_teachers'), 5);
    expect(header[share]).toContain('(итог: среднее, взвешенное по «количество педагогических работников, осуществляющих классное руководство»)');
    expect(header[teachers]).toContain('(итог: сумма)');
    expect(Number(total[act])).toBe(included.filter((id) => reportOf(included.indexOf(id)).local_act === 'да').length);
    expect(
      sheets
        .get('Не сдали')!
        .slice(1)
        .map((r) => r[1]),
    ).toEqual(['gai-1']);
    expect(sheets.get('Не сдали')![1]).toContain('oo@gai.example.ru');
    expect(sheets.get('Ошибки')!).toHaveLength(1);
  });

  it('reads a form that LibreOffice Calc has saved', async () => {
    const dir = temporaryDir();
    await fillForm(formOf('pon-1'), reportOf(5), path.join(dir, 'typed.xlsx'));
    const saved = resaveWithLibreOffice(path.join(dir, 'typed.xlsx'), path.join(dir, 'calc'));
    expect(readFileSync(saved).subarray(0, 2).toString()).toBe('PK');
    const result = await runCli(['report', 'merge', saved, '-o', path.join(dir, 'summary.xlsx')], { cwd: workspace });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('1 school(s) counted, 0 file(s) rejected');
    const rows = sheetsWithLibreOffice(path.join(dir, 'summary.xlsx')).get('Свод')!;
    const expected = reportOf(5);
    expect(
      rows
        .find((r) => r[1] === 'pon-1')!
        .slice(3, 9)
        .map(Number),
    ).toEqual(['class_teachers', 'trained', 'trained_online', 'contest_participants', 'contest_winners', 'class_hours_visited'].map((key) => expected[key]));
  });

  it('rejects each bad file with one clear line, counts the rest, and exits 1', async () => {
    const dir = temporaryDir();
    const good = async (id: string, index: number, name = `${id}.xlsx`, extra: Values = {}) =>
      fillForm(formOf(id), { ...reportOf(index), ...extra }, path.join(dir, name));
    await good('buz-cvr', 0);
    await good('gai-6', 1, 'gai-6-again.xlsx');
    await good('gai-6', 2, 'gai-6.xlsx');
    await good('pon-1', 3, 'pon-1-formula.xlsx', { trained: { formula: '5+5', result: 10 } });
    await good('buz-elshanka-1', 4, 'elshanka-check.xlsx', { trained: 999, class_teachers: 30 });
    await good('gai-1', 5, 'gai-1-injection.xlsx', { practices: '=HYPERLINK("http://example.ru","нажми")', recommendations: 'иногда' });
    writeFileSync(path.join(dir, 'not-a-workbook.xlsx'), 'Отчёт в письме, извините');
    writeFileSync(path.join(dir, 'encrypted.xlsx'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    writeFileSync(path.join(dir, 'bomb.xlsx'), zipSync({ 'xl/workbook.xml': [new Uint8Array(30 * 1024 * 1024), { level: 9 }] }));
    writeFileSync(path.join(dir, 'notes.txt'), 'not a report');

    const result = await runCli(['report', 'merge', dir, '-o', path.join(dir, 'out', 'summary.xlsx')], { cwd: workspace });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    const line = (file: string) => lines.filter((l) => l.includes(`${file}`));
    expect(line('bomb.xlsx')).toEqual([expect.stringContaining('unpacks to an implausible size')]);
    expect(line('encrypted.xlsx')).toEqual([expect.stringContaining('password-protected or an old .xls')]);
    expect(line('not-a-workbook.xlsx')).toEqual([expect.stringContaining('is not an Excel workbook')]);
    expect(line('pon-1-formula.xlsx')).toEqual([expect.stringMatching(/pon-1-formula\.xlsx Форма!D7: «.*прошли курсы.*»: the cell holds a formula/)]);
    expect(line('elshanka-check.xlsx')).toEqual([expect.stringContaining('Прошедших курсы не может быть больше, чем классных руководителей.')]);
    expect(line('gai-1-injection.xlsx')).toEqual([expect.stringContaining('«иногда» is not one of')]);
    expect(line('gai-6-again.xlsx')).toEqual([expect.stringContaining('A second report from the school «gai-6»')]);
    expect(line('notes.txt')).toEqual([expect.stringContaining('this file was not read: save it as .xlsx')]);
    expect(result.stdout).toContain('10 file(s): 2 school(s) counted, 8 file(s) rejected');

    const sheets = sheetsWithLibreOffice(path.join(dir, 'out', 'summary.xlsx'));
    expect(
      sheets
        .get('Свод')!
        .filter((r) => schools.includes(r[1]!))
        .map((r) => r[1]),
    ).toEqual(['buz-cvr', 'gai-6']);
    const problems = sheets.get('Ошибки')!.slice(1);
    expect(problems).toHaveLength(8);
    expect(problems.find((p) => p[0]!.endsWith('pon-1-formula.xlsx'))![1]).toBe('Форма!D7');
    expect(problems.find((p) => p[0]!.endsWith('bomb.xlsx'))![2]).toContain('zip-бомба');
  });

  it('writes text that looks like a formula as plain text', async () => {
    const dir = temporaryDir();
    await fillForm(formOf('gai-1'), { ...reportOf(2), practices: '=1+1' }, path.join(dir, 'gai-1.xlsx'));
    writeFileSync(
      path.join(dir, 'more.csv'),
      'school;class_teachers;trained;trained_online;contest_participants;contest_winners;class_hours_visited;recommendations;roadmap_share;local_act;practices\r\npon-1;10;5;1;2;1;3;частично;50;да;@SUM(A1)\r\n',
    );
    const result = await runCli(['report', 'merge', dir, '-o', path.join(dir, 'summary.xlsx')], { cwd: workspace });
    expect(result.code).toBe(0);
    const rows = sheetsWithLibreOffice(path.join(dir, 'summary.xlsx')).get('Свод')!;
    expect(rows.find((r) => r[1] === 'gai-1')!.at(-1)).toBe('=1+1');
    expect(rows.find((r) => r[1] === 'pon-1')!.at(-1)).toBe('@SUM(A1)');
  });

  it('reads CSV from a Russian Excel: «;»-separated, Windows-1251', async () => {
    const dir = temporaryDir();
    const text =
      'school;class_teachers;trained;contest_participants;contest_winners;class_hours_visited;recommendations;roadmap_share;local_act\r\npon-1;12;6;3;1;9;частично;25,5;нет\r\n';
    writeFileSync(path.join(dir, 'report.csv'), Buffer.from(new TextEncoderWin1251().encode(text)));
    const result = await runCli(['report', 'merge', dir, '--period', 'interim', '--year', '2024-2025', '-o', path.join(dir, 'summary.xlsx')], {
      cwd: workspace,
    });
    expect(result.stderr).toBe('');
    const rows = sheetsWithLibreOffice(path.join(dir, 'summary.xlsx')).get('Свод')!;
    const row = rows.find((r) => r[1] === 'pon-1')!;
    expect(row[3]).toBe('12');
    expect(row[9]).toBe('частично');
    expect(Number(row[10])).toBe(25.5);
  });

  it('with --strict writes no summary when a file is rejected', async () => {
    const dir = temporaryDir();
    writeFileSync(path.join(dir, 'broken.xlsx'), 'x');
    const result = await runCli(['report', 'merge', dir, '--strict', '-o', path.join(dir, 'summary.xlsx')], { cwd: workspace });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('No summary written (--strict)');
    expect(existsSync(path.join(dir, 'summary.xlsx'))).toBe(false);
  });
});

/** Windows-1251 for the Cyrillic letters and ASCII: enough to write a Russian CSV as Excel does. */
class TextEncoderWin1251 {
  encode(text: string): Uint8Array {
    return Uint8Array.from(
      [...text].map((char) => {
        const code = char.codePointAt(0)!;
        if (code < 0x80) return code;
        if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
        if (char === 'ё') return 0xb8;
        if (char === 'Ё') return 0xa8;
        throw new Error(`no Windows-1251 byte for ${char}`);
      }),
    );
  }
}

describe('a large merge', () => {
  it('shows a progress bar when standard error is a terminal, and none otherwise', async () => {
    const dir = temporaryDir();
    execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'generate-reports.mjs'), dir, '60'], { stdio: 'pipe' });
    const args = ['report', 'merge', path.join(dir, 'reports'), '--registry', path.join(dir, 'registry.yaml'), '-o', path.join(dir, 'summary.xlsx')];
    const terminal = await runCli(args, { cwd: workspace, stderrIsTTY: true });
    expect(terminal.code).toBe(0);
    expect(terminal.stdout).toContain('60 file(s): 60 school(s) counted, 0 file(s) rejected, 0 school(s) of the registry have not reported.');
    expect(terminal.stderr).toContain('\r[####################] 60/60\n');
    const piped = await runCli(args, { cwd: workspace });
    expect(piped.stderr).toBe('');
  });
});

describe('the corpus of bad report files', () => {
  const folder = path.join(repoRoot, 'test', 'fixtures', 'reports');
  const expected = JSON.parse(readFileSync(path.join(folder, 'expected.json'), 'utf8')) as Record<string, string>;
  const expectedRu = JSON.parse(readFileSync(path.join(folder, 'expected.ru.json'), 'utf8')) as Record<string, string>;
  const fixtures = Object.entries(expected).map(([file, message]) => [file, message, expectedRu[file]!] as const);

  it('has an expected problem, in English and Russian, for every file, and every file is there', () => {
    const files = readdirSync(folder)
      .filter((name) => !name.startsWith('expected'))
      .sort();
    expect(files).toEqual(Object.keys(expected).sort());
    expect(files).toEqual(Object.keys(expectedRu).sort());
  });

  // Without LibreOffice on the PATH, so that .ods and .xls give their message on any machine.
  it.each(fixtures)('%s is rejected: %s', async (file, message, russian) => {
    for (const [lang, text] of [
      ['en_US.UTF-8', message],
      ['ru_RU.UTF-8', russian],
    ] as const) {
      const dir = temporaryDir();
      const result = await runCli(
        ['report', 'merge', path.join(folder, file), '--period', 'interim', '--year', '2024-2025', '-o', path.join(dir, 'summary.xlsx')],
        { cwd: workspace, env: { LANG: lang, PATH: '/nonexistent' } },
      );
      expect(result.code).toBe(1);
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(text);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('the README round trip, run as a user runs it', () => {
  it('template → fill → merge with the built bin on the shipped form and registry', async () => {
    const dir = temporaryDir();
    mkdirSync(path.join(dir, 'plans'));
    copyFileSync(path.join(repoRoot, 'plans', 'registry.yaml'), path.join(dir, 'plans', 'registry.yaml'));
    mkdirSync(path.join(dir, 'templates'));
    copyFileSync(path.join(repoRoot, 'templates', 'monitoring-form.yaml'), path.join(dir, 'templates', 'monitoring-form.yaml'));
    const template = spawnCli(['report', 'template', '--registry', 'plans/registry.yaml', '--period', 'final', '--year', '2024-2025'], { cwd: dir });
    expect(template.code).toBe(0);
    await fillForm(path.join(dir, 'out', 'forms', 'gai-6-final-2024-2025.xlsx'), reportOf(1));
    const merge = spawnCli(['report', 'merge', 'out/forms'], { cwd: dir });
    // the four forms nobody filled in are rejected, one line each, and the filled one is counted
    expect(merge.code).toBe(1);
    // the four sent a file, refused: they are under «Ошибки», not among those who sent nothing
    expect(merge.stdout).toContain('5 file(s): 1 school(s) counted, 4 file(s) rejected, 0 school(s) of the registry have not reported.');
    expect(merge.stdout).toContain('wrote out/summary-final-2024-2025.xlsx');
    expect(merge.stderr).not.toMatch(/\n\s+at /);
    const rows = sheetsWithLibreOffice(path.join(dir, 'out', 'summary-final-2024-2025.xlsx')).get('Свод')!;
    expect(rows.find((r) => r[0] === 'Итого по региону')![3]).toBe(String(reportOf(1).class_teachers));
  });

  it('says in one line when the summary cannot be written', async () => {
    const dir = temporaryDir();
    writeFileSync(path.join(dir, 'blocker'), 'a file where a folder should be');
    const result = spawnCli(
      [
        'report',
        'merge',
        path.join(repoRoot, 'test/fixtures/reports/not-a-number.csv'),
        '--form',
        path.join(repoRoot, 'templates/monitoring-form.yaml'),
        '-o',
        'blocker/summary.xlsx',
      ],
      { cwd: dir },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/blocker\/summary\.xlsx {2}error: Cannot write blocker\/summary\.xlsx: a file stands where a folder of the path should be\./);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('report options pointing at the wrong things', () => {
  it('says when --form or --registry names a file of another kind (exit 2), and when no report exists (exit 1)', async () => {
    const form = await runCli(['report', 'template', '--form', path.join(repoRoot, 'plans', '2023-2024-regional-plan.yaml')]);
    expect(form.code).toBe(2);
    expect(form.stderr).toContain('error: This is a «plan» file, not a form; pass the form file with --form.');
    const registry = await runCli([
      'report',
      'merge',
      path.join(repoRoot, 'test/fixtures/reports/not-a-number.csv'),
      '--registry',
      path.join(repoRoot, 'templates', 'monitoring-form.yaml'),
    ]);
    expect(registry.code).toBe(2);
    expect(registry.stderr).toContain('This is a «form» file, not a registry');
    const dir = temporaryDir();
    const missing = await runCli(['report', 'merge', 'nothing-here', '--form', path.join(repoRoot, 'templates', 'monitoring-form.yaml')], { cwd: dir });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nothing-here  error: No such file or folder; check the path.');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('the workspace around the report commands', () => {
  it('is not stopped by a broken plan, but is by a broken form, with its line and column', async () => {
    const dir = temporaryDir();
    mkdirSync(path.join(dir, 'plans'));
    mkdirSync(path.join(dir, 'templates'));
    copyFileSync(path.join(repoRoot, 'test/fixtures/invalid/section-without-items.yaml'), path.join(dir, 'plans', 'broken-plan.yaml'));
    copyFileSync(path.join(repoRoot, 'templates', 'monitoring-form.yaml'), path.join(dir, 'templates', 'form.yaml'));
    const fine = await runCli(['report', 'template', '--period', 'interim', '--year', '2024-2025'], { cwd: dir });
    expect(fine.stderr).toBe('');
    expect(fine.code).toBe(0);
    writeFileSync(
      path.join(dir, 'templates', 'form.yaml'),
      readFileSync(path.join(dir, 'templates', 'form.yaml'), 'utf8').replace('type: percent', 'type: procent'),
    );
    const broken = await runCli(['report', 'template', '--period', 'interim', '--year', '2024-2025'], { cwd: dir });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/templates\/form\.yaml:\d+:11 {2}error: Unknown type «procent»/);
    expect(broken.stderr).not.toContain('broken-plan.yaml');
  });
});
