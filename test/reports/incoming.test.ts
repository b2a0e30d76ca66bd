// What lands in the incoming folder: every file is read or named, .ods and
// .xls are converted by LibreOffice, the newest of two reports of a school
// counts, and a percentage typed as «87,5%» is 87.5.
import { chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, spawnCli, temporaryDir } from '../helpers/cli.js';
import { soffice, standInSoffice } from '../helpers/libreoffice.js';
import { fillForm, reportOf, reportWorkspace, sheetsOfWorkbooksWithLibreOffice, sheetsWithLibreOffice } from './helpers.js';

let workspace: string;
let formOf: (id: string) => string;

beforeAll(async () => {
  ({ workspace, formOf } = await reportWorkspace());
});

const withLibreOffice = { PATH: process.env.PATH };
const withoutLibreOffice = { PATH: '/nonexistent' };

describe('files in the incoming folder that are not .xlsx or .csv', () => {
  let dir: string;
  beforeAll(async () => {
    dir = temporaryDir();
    const typed = path.join(dir, 'typed');
    mkdirSync(typed);
    await fillForm(formOf('gai-6'), reportOf(1), path.join(typed, 'gai-6.xlsx'));
    await fillForm(formOf('pon-1'), reportOf(2), path.join(typed, 'pon-1.xlsx'));
    mkdirSync(path.join(dir, 'in'));
    soffice(['--convert-to', 'ods', '--outdir', path.join(dir, 'in'), path.join(typed, 'gai-6.xlsx')]);
    soffice(['--convert-to', 'xls:MS Excel 97', '--outdir', path.join(dir, 'in'), path.join(typed, 'pon-1.xlsx')]);
    await fillForm(formOf('buz-cvr'), reportOf(3), path.join(dir, 'in', 'buz-cvr.xlsx'));
    writeFileSync(path.join(dir, 'in', 'letter.docx'), 'Отчёт во вложении');
    mkdirSync(path.join(dir, 'in', 'old'));
  });

  it('are converted by LibreOffice when it is installed, and counted', async () => {
    const out = temporaryDir();
    const result = await runCli(['report', 'merge', path.join(dir, 'in'), '-o', path.join(out, 'summary.xlsx')], { cwd: workspace, env: withLibreOffice });
    expect(result.stdout).toContain('5 file(s): 3 school(s) counted, 2 file(s) rejected');
    const rows = sheetsWithLibreOffice(path.join(out, 'summary.xlsx')).get('Свод')!;
    expect(rows.find((r) => r[1] === 'gai-6')![3]).toBe(String(reportOf(1).class_teachers));
    expect(rows.find((r) => r[1] === 'pon-1')![3]).toBe(String(reportOf(2).class_teachers));
    expect(result.stderr.trim().split('\n').sort()).toEqual([
      `${path.join(dir, 'in', 'letter.docx')}: Only .xlsx and .csv files (and .ods or .xls, with LibreOffice) are reports; this file was not read: save it as .xlsx.`,
      `${path.join(dir, 'in', 'old')}: This is a folder: its files were not read; pass it too if it holds reports.`,
    ]);
  });

  it('are converted through the installed command too, in Russian and in the C locale, the school’s files left as they were', () => {
    const before = ['gai-6.ods', 'pon-1.xls'].map((name) => readFileSync(path.join(dir, 'in', name)));
    for (const [LANG, counted] of [
      ['ru_RU.UTF-8', 'Файлов: 5; учтено школ: 3, отклонено файлов: 2'],
      ['C', '5 file(s): 3 school(s) counted, 2 file(s) rejected'],
    ] as const) {
      const summary = path.join(temporaryDir(), 'summary.xlsx');
      const result = spawnCli(['report', 'merge', path.join(dir, 'in'), '-o', summary], { cwd: workspace, env: { LANG } });
      expect(result.stdout, result.stderr).toContain(counted);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(summary)).toBe(true);
    }
    expect(['gai-6.ods', 'pon-1.xls'].map((name) => readFileSync(path.join(dir, 'in', name)))).toEqual(before);
  });

  it('are each named, in «Ошибки» and on the terminal, with the package to install, when LibreOffice is not', async () => {
    const out = temporaryDir();
    const result = await runCli(['report', 'merge', path.join(dir, 'in'), '-o', path.join(out, 'summary.xlsx')], { cwd: workspace, env: withoutLibreOffice });
    expect(result.code).toBe(1);
    // gai-6 and pon-1 sent files that could not be read: they are under «Ошибки», not among those who sent nothing
    expect(result.stdout).toContain('5 file(s): 1 school(s) counted, 4 file(s) rejected, 2 school(s) of the registry have not reported.');
    for (const name of ['gai-6.ods', 'pon-1.xls']) {
      expect(result.stderr).toContain(
        `${path.join(dir, 'in', name)}: This is an .ods or .xls file: save it as .xlsx, or install LibreOffice (apt-get install libreoffice-calc-nogui) so that centre converts it.`,
      );
    }
    const problems = sheetsWithLibreOffice(path.join(out, 'summary.xlsx')).get('Ошибки')!.slice(1);
    expect(problems.map((row) => path.basename(row[0]!)).sort()).toEqual(['gai-6.ods', 'letter.docx', 'old', 'pon-1.xls']);
    expect(problems.find((row) => row[0]!.endsWith('gai-6.ods'))![2]).toContain('сохраните его как .xlsx');
  });
});

describe('a LibreOffice that fails', () => {
  // through the installed command, as a methodist runs it
  it.each([
    [
      'exit 3',
      'C',
      'The file could not be converted: LibreOffice stopped with exit code 3; save it as .xlsx.',
      '2 file(s): 1 school(s) counted, 1 file(s) rejected',
    ],
    [
      'exit 0',
      'ru_RU.UTF-8',
      'Файл не удалось преобразовать: LibreOffice ничего не записал; сохраните его как .xlsx.',
      'Файлов: 2; учтено школ: 1, отклонено файлов: 1',
    ],
    [
      'kill -SEGV $$',
      'ru_RU.UTF-8',
      'Файл не удалось преобразовать: LibreOffice остановлен сигналом SIGSEGV; сохраните его как .xlsx.',
      'Файлов: 2; учтено школ: 1, отклонено файлов: 1',
    ],
  ])('(%s, LANG=%s) is named with the reason, and the other files are still read', async (script, LANG, message, counts) => {
    const dir = temporaryDir();
    writeFileSync(path.join(dir, 'gai-6.ods'), 'not really a spreadsheet');
    await fillForm(formOf('pon-1'), reportOf(2), path.join(dir, 'pon-1.xlsx'));
    const result = spawnCli(['report', 'merge', dir, '-o', path.join(dir, 'summary.xlsx')], {
      cwd: workspace,
      env: { LANG, PATH: `${standInSoffice(script)}:/usr/bin:/bin` },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`${path.join(dir, 'gai-6.ods')}: ${message}\n`);
    expect(result.stdout).toContain(counts);
  });
});

describe('an .ods that cannot be read, or a LibreOffice that cannot be run', () => {
  it.each([
    [
      'C',
      'no LibreOffice',
      undefined,
      (ods: string) =>
        `${ods}: This is an .ods or .xls file: save it as .xlsx, or install LibreOffice (apt-get install libreoffice-calc-nogui) so that centre converts it.`,
    ],
    ['ru_RU.UTF-8', 'LibreOffice', 'exit 0', (ods: string) => `${ods}: Файл не читается: его нет (перемещён, удалён или это ссылка в никуда); проверьте путь.`],
  ])('a link to nowhere, with %s and %s: named, and the other schools still counted', async (LANG, _what, script, said) => {
    const dir = temporaryDir();
    symlinkSync(path.join(dir, 'gone.ods'), path.join(dir, 'gai-6.ods'));
    await fillForm(formOf('pon-1'), reportOf(2), path.join(dir, 'pon-1.xlsx'));
    const result = spawnCli(['report', 'merge', dir, '-o', path.join(dir, 'summary.xlsx')], {
      cwd: workspace,
      env: { LANG, PATH: script === undefined ? '/nonexistent' : standInSoffice(script) },
    });
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toBe(`${said(path.join(dir, 'gai-6.ods'))}\n`);
    expect(existsSync(path.join(dir, 'summary.xlsx'))).toBe(true);
  });

  it('names a LibreOffice that may not be run, in Russian', async () => {
    const dir = temporaryDir();
    writeFileSync(path.join(dir, 'gai-6.ods'), 'not really a spreadsheet');
    const folder = standInSoffice('exit 0');
    chmodSync(path.join(folder, 'soffice'), 0o644);
    const result = spawnCli(['report', 'merge', dir, '-o', path.join(dir, 'summary.xlsx')], { cwd: workspace, env: { LANG: 'ru_RU.UTF-8', PATH: folder } });
    expect(result.stderr).toBe(
      `${path.join(dir, 'gai-6.ods')}: Файл не удалось преобразовать: LibreOffice не запускается (у ${folder}/soffice нет права на выполнение); сохраните его как .xlsx.\n`,
    );
    expect(readFileSync(path.join(dir, 'gai-6.ods'), 'utf8')).toBe('not really a spreadsheet');
  });
});

describe('two reports of one school', () => {
  it('keeps the newest by the workbook’s own save time, whatever the file names and file times, and says which', async () => {
    const dir = temporaryDir();
    // a.xlsx sorts first and its file is newer, but the workbook in b.xlsx was saved later
    await fillForm(formOf('gai-6'), reportOf(1), path.join(dir, 'b.xlsx'), { modified: new Date('2024-12-14T10:05:00Z') });
    await fillForm(formOf('gai-6'), reportOf(2), path.join(dir, 'a.xlsx'), { modified: new Date('2024-12-01T08:00:00Z') });
    utimesSync(path.join(dir, 'b.xlsx'), new Date('2024-12-01'), new Date('2024-12-01'));
    const result = await runCli(['report', 'merge', dir, '-o', path.join(dir, 'summary.xlsx')], { cwd: workspace });
    expect(result.stderr).toBe(
      `${path.join(dir, 'a.xlsx')}: A second report from the school «gai-6»: the newer one, ${path.join(dir, 'b.xlsx')} (saved 2024-12-14 10:05 UTC), is counted; this one (saved 2024-12-01 08:00 UTC) is not.\n`,
    );
    const rows = sheetsWithLibreOffice(path.join(dir, 'summary.xlsx')).get('Свод')!;
    expect(rows.find((r) => r[1] === 'gai-6')![3]).toBe(String(reportOf(1).class_teachers));
  });

  it('keeps the newest by file time when the files do not say when they were saved (CSV)', async () => {
    const dir = temporaryDir();
    const header = 'school;year;class_teachers;trained;contest_participants;contest_winners;class_hours_visited;recommendations;roadmap_share;local_act';
    writeFileSync(path.join(dir, 'a.csv'), `${header}\npon-1;2024-2025;30;6;3;1;9;частично;25;нет\n`);
    writeFileSync(path.join(dir, 'b.csv'), `${header}\npon-1;2024-2025;12;6;3;1;9;частично;25;нет\n`);
    utimesSync(path.join(dir, 'a.csv'), new Date('2024-12-10T12:00:00Z'), new Date('2024-12-10T12:00:00Z'));
    utimesSync(path.join(dir, 'b.csv'), new Date('2024-12-02T12:00:00Z'), new Date('2024-12-02T12:00:00Z'));
    const result = await runCli(['report', 'merge', dir, '-o', path.join(dir, 'summary.xlsx')], { cwd: workspace });
    expect(result.stderr).toBe(
      `${path.join(dir, 'b.csv')}:2: A second report from the school «pon-1»: the newer one, ${path.join(dir, 'a.csv')}:2 (saved 2024-12-10 12:00 UTC), is counted; this one (saved 2024-12-02 12:00 UTC) is not.\n`,
    );
    const rows = sheetsWithLibreOffice(path.join(dir, 'summary.xlsx')).get('Свод')!;
    expect(rows.find((r) => r[1] === 'pon-1')![3]).toBe('30');
  });
});

describe('a percentage typed with «%»', () => {
  const formats = ['0.0%', '0%', '0.00" %"%'];
  /** The summary of each format, and last the one of a quoted «%» and a cell that is no percentage, with what merge said. */
  let merged: { readonly stderr: string; readonly rows: string[][] }[];
  beforeAll(async () => {
    const summaries: { file: string; stderr: string }[] = [];
    const merge = async (dir: string) => {
      const file = path.join(dir, 'summary.xlsx');
      summaries.push({ file, stderr: (await runCli(['report', 'merge', dir, '-o', file], { cwd: workspace })).stderr });
    };
    for (const format of formats) {
      const dir = temporaryDir();
      await fillForm(formOf('gai-6'), { ...reportOf(1), roadmap_share: 0.875 }, path.join(dir, 'gai-6.xlsx'), { numFmt: { roadmap_share: format } });
      await merge(dir);
    }
    const dir = temporaryDir();
    await fillForm(formOf('gai-6'), { ...reportOf(1), roadmap_share: 35 }, path.join(dir, 'gai-6.xlsx'), { numFmt: { roadmap_share: '0.0" %"' } });
    await fillForm(formOf('pon-1'), { ...reportOf(2), roadmap_share: 0.5 }, path.join(dir, 'pon-1.xlsx'));
    await merge(dir);
    const sheets = sheetsOfWorkbooksWithLibreOffice(summaries.map((summary) => summary.file));
    merged = summaries.map((summary, index) => ({ stderr: summary.stderr, rows: sheets[index]!.get('Свод')! }));
  });
  const shareOf = (rows: string[][], school: string) => {
    const share = rows[1]!.findIndex((h) => h.startsWith('Доля классных руководителей'));
    return Number(rows.find((r) => r[1] === school)![share]);
  };

  it.each(formats.map((format, index) => [format, index] as const))('is read from a cell formatted %s as the percentage shown', (_format, index) => {
    expect(merged[index]!.stderr).toBe('');
    expect(shareOf(merged[index]!.rows, 'gai-6')).toBe(87.5);
  });

  it('is not scaled when the «%» is only quoted text of the format, or the cell is not a percentage', () => {
    const { stderr, rows } = merged.at(-1)!;
    expect(stderr).toBe('');
    expect(shareOf(rows, 'gai-6')).toBe(35);
    expect(shareOf(rows, 'pon-1')).toBe(0.5);
  });
});
