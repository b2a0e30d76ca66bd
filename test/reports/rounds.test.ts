// Two rounds that counted different schools, through the installed command:
// compared like with like by default, a «Свод» corrected by hand read as the
// person sees it (by compare and by the site alike), a refused file not taken
// for one never sent, and both workbooks printable on A4 landscape.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, spawnCli, temporaryDir } from '../helpers/cli.js';
import { soffice } from '../helpers/libreoffice.js';
import { exampleSiteWorkspace, testToday } from '../site/helpers.js';
import { fillForm, type Values, roundValues } from './helpers.js';

const names: Record<string, string> = {};
const all = ['buz-cvr', 'buz-elshanka-1', 'gai-1', 'gai-6', 'pon-1'];
const interimSchools = ['buz-cvr', 'gai-6', 'pon-1'];

const valuesOf = (round: number, id: string): Values => roundValues(round, all.indexOf(id));

const teachers = (round: number, schools: readonly string[]) => schools.reduce((sum, id) => sum + Number(valuesOf(round, id).class_teachers), 0);

let workspace: string;
let interim: string;
let final: string;

async function round(period: string, round: number, schools: readonly string[], refused: readonly string[] = []): Promise<string> {
  const forms = path.join(workspace, `forms-${period}`);
  const made = spawnCli(['report', 'template', '--period', period, '--year', '2024-2025', '-o', forms], { cwd: workspace });
  expect(made.code, made.stderr).toBe(0);
  const filled = path.join(workspace, `filled-${period}`);
  mkdirSync(filled);
  for (const id of schools) await fillForm(path.join(forms, `${id}-${period}-2024-2025.xlsx`), valuesOf(round, id), path.join(filled, `${id}.xlsx`));
  // a file sent but refused: the number of class teachers left empty
  for (const id of refused)
    await fillForm(path.join(forms, `${id}-${period}-2024-2025.xlsx`), { ...valuesOf(round, id), class_teachers: null }, path.join(filled, `${id}.xlsx`));
  const summary = path.join(workspace, `summary-${period}.xlsx`);
  const merged = spawnCli(['report', 'merge', filled, '-o', summary], { cwd: workspace });
  expect(merged.code, merged.stderr).toBe(refused.length > 0 ? 1 : 0);
  return summary;
}

beforeAll(async () => {
  workspace = temporaryDir('centre-rounds-');
  for (const folder of ['plans', 'templates']) mkdirSync(path.join(workspace, folder));
  copyFileSync(path.join(repoRoot, 'plans', 'registry.yaml'), path.join(workspace, 'plans', 'registry.yaml'));
  copyFileSync(path.join(repoRoot, 'templates', 'monitoring-form.yaml'), path.join(workspace, 'templates', 'monitoring-form.yaml'));
  const registry = readFileSync(path.join(repoRoot, 'plans', 'registry.yaml'), 'utf8');
  for (const id of all) names[id] = new RegExp(`id: ${id}\\n[\\s\\S]*?shortName: (.+)`).exec(registry)![1]!.trim();
  interim = await round('interim', 0, interimSchools, ['gai-1']);
  final = await round('final', 1, all);
}, 180_000);

async function workbookOf(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

const regionLine = (stdout: string) => stdout.split('\n').find((line) => /^Итого по региону\s+Количество педагогических/.test(line))!;

describe('report compare of rounds that counted different schools', () => {
  it('says how many schools each round counted and compares those in both, naming the others', async () => {
    const output = path.join(workspace, 'compare.xlsx');
    const result = spawnCli(['report', 'compare', interim, final, '-o', output], { cwd: workspace });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Промежуточный контроль 2024-2025: 3 school(s) counted; Итоговый контроль 2024-2025: 5 school(s).');
    expect(result.stdout).toContain('Compared over the 3 school(s) present in both; pass --all to count every school.');
    expect(result.stdout).toContain(`Only in «Итоговый контроль 2024-2025»: ${names['buz-elshanka-1']}, ${names['gai-1']}.`);
    const [a, b] = [teachers(0, interimSchools), teachers(1, interimSchools)];
    expect(regionLine(result.stdout).trim().split(/\s+/).slice(-3)).toEqual([String(a), String(b), `+${b - a}`]);

    const workbook = await workbookOf(output);
    const comparison = workbook.getWorksheet('Сравнение')!;
    expect(String(comparison.getCell('A2').value)).toContain('Сравниваются только школы, которые есть в обеих сводках (3)');
    const region = comparison
      .getRows(4, comparison.rowCount)!
      .find((row) => row.getCell(1).value === 'Итого по региону' && String(row.getCell(2).value).startsWith('Количество педагогических'))!;
    expect([region.getCell(3).value, region.getCell(4).value]).toEqual([a, b]);
    // each school's own figures, with a school the first round did not count shown as such
    const bySchool = workbook.getWorksheet('По школам')!;
    expect(bySchool.getRow(3).values).toEqual([
      undefined,
      'Район',
      'Школа',
      'Показатель',
      'Промежуточный контроль 2024-2025',
      'Итоговый контроль 2024-2025',
      'Изменение',
    ]);
    const rowOf = (id: string) =>
      bySchool
        .getRows(4, bySchool.rowCount)!
        .find((row) => row.getCell(2).value === names[id] && String(row.getCell(3).value).startsWith('Количество педагогических'))!;
    expect([rowOf('gai-6').getCell(4).value, rowOf('gai-6').getCell(5).value, rowOf('gai-6').getCell(6).value]).toEqual([
      valuesOf(0, 'gai-6').class_teachers,
      valuesOf(1, 'gai-6').class_teachers,
      1,
    ]);
    expect([rowOf('gai-1').getCell(4).value, rowOf('gai-1').getCell(5).value]).toEqual(['—', valuesOf(1, 'gai-1').class_teachers]);
    // no internal id where a person reads
    for (const sheet of [comparison, bySchool]) {
      sheet.eachRow((row) => row.eachCell((cell) => expect(String(cell.value)).not.toMatch(/\b[a-z]+_[a-z_]+\b/)));
    }
  });

  it('counts every school with --all, and says so, in Russian too', () => {
    const result = spawnCli(['report', 'compare', interim, final, '--all', '-o', path.join(workspace, 'compare-all.xlsx')], {
      cwd: workspace,
      env: { LANG: 'ru_RU.UTF-8' },
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Промежуточный контроль 2024-2025: учтено школ — 3; Итоговый контроль 2024-2025: учтено школ — 5.');
    expect(result.stdout).toContain('Учтены все школы (--all)');
    const [a, b] = [teachers(0, interimSchools), teachers(1, all)];
    expect(regionLine(result.stdout).trim().split(/\s+/).slice(-3)).toEqual([String(a), String(b), `+${b - a}`]);
  });
});

describe('a summary whose «Свод» a person corrected', () => {
  /** The final summary with pon-1's class teachers raised by 10 in «Свод», and its totals with it, as a spreadsheet program saves it. */
  async function corrected(): Promise<{ file: string; cells: string[]; total: number }> {
    const workbook = await workbookOf(final);
    const sheet = workbook.getWorksheet('Свод')!;
    const rowWhere = (test: (row: ExcelJS.Row) => boolean) => sheet.getRows(3, sheet.rowCount)!.find(test)!.number;
    const rows = [
      rowWhere((row) => row.getCell(2).value === 'pon-1'),
      rowWhere((row) => row.getCell(1).value === 'Итого: Пономаревский район'),
      rowWhere((row) => row.getCell(1).value === 'Итого по региону'),
    ];
    const parts = unzipSync(readFileSync(final));
    const sheetXml = 'xl/worksheets/sheet1.xml';
    let xml = strFromU8(parts[sheetXml]!);
    for (const row of rows) {
      xml = xml.replace(
        new RegExp(`(<c r="D${row}"[^>]*>(?:<f>[^<]*</f>)?<v>)(\\d+)(</v>)`),
        (_, start: string, value: string, end: string) => `${start}${Number(value) + 10}${end}`,
      );
    }
    const file = path.join(temporaryDir(), 'summary-final-corrected.xlsx');
    writeFileSync(file, zipSync({ ...parts, [sheetXml]: strToU8(xml) }));
    return { file, cells: rows.slice(1).map((row) => `Свод!D${row}`), total: teachers(1, all) + 10 };
  }

  it('is compared from the figures «Свод» shows, each differing cell named in one line (English and Russian)', async () => {
    const { file, cells, total } = await corrected();
    const result = spawnCli(['report', 'compare', interim, file, '--all', '-o', path.join(workspace, 'compare-corrected.xlsx')], { cwd: workspace });
    expect(result.code, result.stderr).toBe(0);
    const warnings = result.stderr.trim().split('\n');
    expect(warnings).toHaveLength(2);
    for (const [index, cell] of cells.entries())
      expect(warnings[index]).toMatch(new RegExp(`summary-final-corrected\\.xlsx!${cell}: warning: «Свод» shows \\d+ in the row «Итого`));
    expect(warnings[1]).toContain(`«Свод» shows ${total} in the row «Итого по региону», column «Количество педагогических`);
    expect(warnings[1]).toContain(`where the totals written by report merge say ${total - 10}; the figure «Свод» shows is used`);
    expect(regionLine(result.stdout).trim().split(/\s+/).slice(-2)[0]).toBe(String(total));
    const russian = spawnCli(['report', 'compare', interim, file, '--all', '-o', path.join(workspace, 'compare-corrected.xlsx')], {
      cwd: workspace,
      env: { LANG: 'ru_RU.UTF-8' },
    });
    expect(russian.stderr).toContain(`!${cells[1]}: предупреждение: На «Своде» в строке «Итого по региону», столбце «Количество педагогических`);
    expect(russian.stderr).toContain(`стоит ${total}, а в итогах, записанных report merge, — ${total - 10}; используется число со «Свода»`);
  });

  it('shows the same corrected figure and the same warning on the site’s «Мониторинг» page', async () => {
    const { file, cells, total } = await corrected();
    const site = exampleSiteWorkspace();
    const out = path.join(temporaryDir(), 'site');
    const built = spawnCli(['site', 'build', '--monitoring', file, '-o', out], { cwd: site, env: { CENTRE_TODAY: testToday } });
    expect(built.code, built.stderr).toBe(0);
    expect(built.stderr).toContain(`summary-final-corrected.xlsx!${cells[1]}`);
    expect(built.stderr).toContain(`«Свод» shows ${total} in the row «Итого по региону»`);
    const page = readFileSync(path.join(out, 'monitoring.html'), 'utf8');
    expect(page).toMatch(new RegExp(`Количество педагогических работников[^<]*</th><td class="num">${total}</td>`));
  });
});

describe('who reported', () => {
  it('lists under «Не сдали» only schools that sent nothing; a school whose file was refused is under «Ошибки»', async () => {
    const workbook = await workbookOf(interim);
    const codes = (sheet: string, column: number) => workbook.getWorksheet(sheet)!.getColumn(column).values.slice(2).map(String);
    expect(codes('Не сдали', 2)).toEqual(['buz-elshanka-1']);
    expect(codes('Ошибки', 1)).toEqual(['filled-interim/gai-1.xlsx']);
  });
});

describe('printing', () => {
  function pdfOf(file: string): { pages: number; size: string; text: string } {
    const outDir = temporaryDir();
    soffice(['--convert-to', 'pdf', '--outdir', outDir, file]);
    const pdf = path.join(outDir, `${path.basename(file, '.xlsx')}.pdf`);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    return {
      pages: Number(/^Pages:\s+(\d+)/m.exec(info)![1]),
      size: /^Page size:\s+(.+)$/m.exec(info)![1]!,
      text: execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '),
    };
  }

  it('prints the summary on A4 landscape, every header in full, in a few pages', () => {
    const { pages, size, text } = pdfOf(final);
    expect(size).toMatch(/^841\.\d+ x 595\.\d+ pts \(A4\)/);
    // «Свод», «Не сдали», «Ошибки»: a page each (it was 13 portrait pages of one or two columns)
    expect(pages).toBeLessThanOrEqual(3);
    for (const words of [
      'Количество педагогических работников, осуществляющих классное руководство',
      'Доля классных руководителей, ведущих дорожную карту классного руководителя',
    ]) {
      for (const word of words.split(' ')) expect(text).toContain(word.replace(/,$/, ''));
    }
    expect(text).toContain('(итог: сумма)');
  }, 120_000);

  it('prints the comparison on A4 landscape, one page wide', () => {
    const output = path.join(workspace, 'compare-print.xlsx');
    expect(spawnCli(['report', 'compare', interim, final, '-o', output], { cwd: workspace }).code).toBe(0);
    const { pages, size, text } = pdfOf(output);
    expect(size).toMatch(/^841\.\d+ x 595\.\d+ pts \(A4\)/);
    expect(pages).toBeLessThanOrEqual(12);
    expect(text).toContain('Промежуточный контроль 2024-2025');
    expect(text).toContain('Изменение');
  }, 120_000);
});
