// The academic year and the period travel in every form and CSV; both report
// commands check --period and --year the same way; the due date is moved off a
// day off as `centre when` moves it.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readNamedCells } from '../../src/reports/xlsx-cells.js';
import { runCli, temporaryDir } from '../helpers/cli.js';
import { fillForm, reportOf, reportWorkspace, sheetsWithLibreOffice } from './helpers.js';

let workspace: string;
let formOf: (id: string) => string;

beforeAll(async () => {
  ({ workspace, formOf } = await reportWorkspace());
});

const csvHeader = 'school;class_teachers;trained;contest_participants;contest_winners;class_hours_visited;recommendations;roadmap_share;local_act';

describe('the academic year of a report', () => {
  it('is in the hidden form data, and a form of another year is rejected like one of another period', async () => {
    const dir = temporaryDir();
    const old = await runCli(
      ['report', 'template', '--registry', 'plans/registry.yaml', '--period', 'interim', '--year', '2023-2024', '-o', path.join(dir, 'old')],
      { cwd: workspace },
    );
    expect(old.code).toBe(0);
    expect(readNamedCells(readFileSync(path.join(dir, 'old', 'gai-6-interim-2023-2024.xlsx'))).cells.get('centre__year')!.value).toEqual({
      kind: 'text',
      value: '2023-2024',
    });
    mkdirSync(path.join(dir, 'in'));
    await fillForm(path.join(dir, 'old', 'gai-6-interim-2023-2024.xlsx'), reportOf(1), path.join(dir, 'in', 'gai-6.xlsx'));
    await fillForm(formOf('pon-1'), reportOf(2), path.join(dir, 'in', 'pon-1.xlsx'));
    await fillForm(formOf('gai-1'), reportOf(3), path.join(dir, 'in', 'gai-1.xlsx'));

    const mixed = await runCli(['report', 'merge', path.join(dir, 'in'), '-o', path.join(dir, 'summary.xlsx')], { cwd: workspace });
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toContain('error: The forms are of several academic years (2023-2024: 1, 2024-2025: 2); pass --year to choose one.');
    expect(mixed.stdout).toBe('');

    const chosen = await runCli(['report', 'merge', path.join(dir, 'in'), '--year', '2024-2025', '-o', path.join(dir, 'summary.xlsx')], { cwd: workspace });
    expect(chosen.code).toBe(1);
    expect(chosen.stderr).toBe(
      `${path.join(dir, 'in', 'gai-6.xlsx')}: This report is for the academic year 2023-2024, not 2024-2025; send the school the form of 2024-2025.\n`,
    );
    expect(chosen.stdout).toContain('3 file(s): 2 school(s) counted, 1 file(s) rejected');
    const sheets = sheetsWithLibreOffice(path.join(dir, 'summary.xlsx'));
    expect(sheets.get('Свод')![0]![0]).toContain('2024-2025 учебный год');
    expect(sheets.get('Ошибки')![1]![2]).toBe('Этот отчёт за 2023–2024 учебный год, а не за 2024–2025; отправьте школе форму 2024–2025 учебного года.');
  });

  it('is read from a CSV «year» column or from the file name, and a CSV without one needs --year', async () => {
    const dir = temporaryDir();
    writeFileSync(path.join(dir, 'column.csv'), `${csvHeader};year\npon-1;12;6;3;1;9;частично;25;нет;2023-2024\n`);
    writeFileSync(path.join(dir, 'gai-6-2024-2025.csv'), `${csvHeader}\ngai-6;12;6;3;1;9;частично;25;нет\n`);
    const result = await runCli(['report', 'merge', dir, '--year', '2024-2025', '-o', path.join(dir, 'summary.xlsx')], { cwd: workspace });
    expect(result.stderr).toBe(
      `${path.join(dir, 'column.csv')}:2: This report is for the academic year 2023-2024, not 2024-2025; send the school the form of 2024-2025.\n`,
    );
    expect(result.stdout).toContain('1 school(s) counted, 1 file(s) rejected');

    const bare = temporaryDir();
    writeFileSync(path.join(bare, 'report.csv'), `${csvHeader}\ngai-6;12;6;3;1;9;частично;25;нет\n`);
    const without = await runCli(['report', 'merge', bare, '-o', path.join(bare, 'summary.xlsx')], { cwd: workspace });
    expect(without.code).toBe(1);
    expect(without.stderr).toContain(
      'report.csv:2: The report does not say its academic year: add a «year» column (2024-2025), put the year in the file name (…-2024-2025.csv), or pass --year.',
    );
    const given = await runCli(['report', 'merge', bare, '--year', '2024-2025', '-o', path.join(bare, 'summary.xlsx')], { cwd: workspace });
    expect(given.code).toBe(0);
  });
});

describe('one set of option checks for template and merge', () => {
  it.each([
    [['--period', 'semester'], 'error: The form has no period «semester»; use «interim» or «final».'],
    [['--year', '2024'], 'error: «2024» is not an academic year; write it as 2023-2024.'],
    [['--year', '2024-2026'], 'error: «2024-2026» is not an academic year; write it as 2023-2024.'],
  ])('%s is a usage error (exit 2) for both, and nothing is written', async (option, message) => {
    const dir = temporaryDir();
    writeFileSync(path.join(dir, 'pon-1.csv'), `${csvHeader}\npon-1;12;6;3;1;9;частично;25;нет\n`);
    const merge = await runCli(['report', 'merge', dir, ...option, '-o', path.join(dir, 'summary.xlsx')], { cwd: workspace });
    const template = await runCli(['report', 'template', ...option, '-o', path.join(dir, 'forms')], { cwd: workspace });
    for (const result of [merge, template]) {
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(message);
      expect(result.stdout).toBe('');
    }
    expect(readdirSyncSafe(dir)).toEqual(['pon-1.csv']);
  });
});

function readdirSyncSafe(dir: string): string[] {
  return readdirSync(dir);
}

describe('the due date the form states', () => {
  async function dueLine(year: string, period: string): Promise<string> {
    const dir = temporaryDir();
    await runCli(['report', 'template', '--period', period, '--year', year, '-o', dir], { cwd: workspace });
    const workbook = new ExcelJS.Workbook();
    // the workspace has a registry: a form per school, each with the same due date
    const [form] = readdirSync(dir).filter((name) => name.endsWith(`-${period}-${year}.xlsx`));
    await workbook.xlsx.readFile(path.join(dir, form!));
    return String(workbook.getWorksheet('Форма')!.getCell('A2').value).replaceAll('\u00a0', ' ');
  }

  it("is moved off a day off to the next working day (art. 193), where a plan's deadline in `centre when` stays on the day written", async () => {
    // 15 December 2024 is a Sunday
    const when = await runCli(['when', 'до 15 декабря 2024', '--year', '2024-2025', '--format', 'json']);
    expect(JSON.parse(when.stdout)).toMatchObject({ dates: ['2024-12-15'], dayOff: 'weekend' });
    expect(await dueLine('2024-2025', 'interim')).toBe(
      'Промежуточный контроль, 2024-2025 учебный год. Срок сдачи — до 16 декабря 2024 г. (15 декабря 2024 г. — выходной день)',
    );
    // 15 December 2025 is a Monday; 15 May 2027 a Saturday
    expect(await dueLine('2025-2026', 'interim')).toBe('Промежуточный контроль, 2025-2026 учебный год. Срок сдачи — до 15 декабря 2025 г.');
    expect(await dueLine('2026-2027', 'final')).toContain('до 17 мая 2027 г. (15 мая 2027 г. — выходной день)');
  });
});
