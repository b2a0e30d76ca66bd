// How «Свод» totals each indicator: a share is weighted by the indicator the
// form names (`total: weighted mean, by: class_teachers`), answers are counted,
// and the header says which total it is.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli, temporaryDir } from '../helpers/cli.js';
import { fillForm, recalculatedSheetsWithLibreOffice, reportOf, reportWorkspace, sheetsWithLibreOffice } from './helpers.js';

let workspace: string;
let formOf: (id: string) => string;

beforeAll(async () => {
  ({ workspace, formOf } = await reportWorkspace());
});

// Shares whose plain mean is 73.25 while the share of all class teachers is 81.0.
const schools: [string, number, number][] = [
  ['buz-cvr', 10, 36],
  ['buz-elshanka-1', 20, 87],
  ['gai-6', 30, 80],
  ['pon-1', 40, 90],
];

async function filledFolder(): Promise<string> {
  const dir = temporaryDir();
  for (const [index, [id, teachers, share]] of schools.entries()) {
    await fillForm(formOf(id), { ...reportOf(index), class_teachers: teachers, roadmap_share: share }, path.join(dir, `${id}.xlsx`));
  }
  return dir;
}

function column(rows: string[][], label: string): number {
  return rows[1]!.findIndex((h) => h.startsWith(label));
}

describe('totals in «Свод»', () => {
  it('weighs a share by class teachers (81.0, not the mean 73.25), counts «да» and each choice, and labels each total', async () => {
    const dir = await filledFolder();
    const result = await runCli(['report', 'merge', dir, '-o', path.join(dir, 'summary.xlsx')], { cwd: workspace });
    expect(result.code).toBe(0);
    const rows = sheetsWithLibreOffice(path.join(dir, 'summary.xlsx')).get('Свод')!;
    const share = column(rows, 'Доля классных руководителей');
    const region = rows.find((r) => r[0] === 'Итого по региону')!;
    expect(Number(region[share])).toBeCloseTo(81.0, 10);
    expect(Number(rows.find((r) => r[0] === 'Итого: Бузулукский район')![share])).toBeCloseTo(70.0, 10);
    expect(region[column(rows, 'Исполнение методических рекомендаций')]).toBe('в полном объёме: 2; частично: 2; не исполняются: 0');
    expect(region[column(rows, 'Локальный акт')]).toBe('2');
    expect(rows[1]![share]).toBe(
      'Доля классных руководителей, ведущих дорожную карту классного руководителя, %\n(итог: среднее, взвешенное по «количество педагогических работников, осуществляющих классное руководство»)',
    );
    expect(rows[1]![column(rows, 'Локальный акт')]).toContain('(итог: число ответов «да»)');
    expect(rows[1]![column(rows, 'Исполнение методических рекомендаций')]).toContain('(итог: число ответов каждого варианта)');
    expect(rows[1]![column(rows, 'Эффективные практики')]).not.toContain('итог');

    // LibreOffice computing every formula itself finds the values stored beside them
    const recalculated = recalculatedSheetsWithLibreOffice(path.join(dir, 'summary.xlsx')).get('Свод')!;
    const totalRows = (sheet: string[][]) =>
      sheet.filter((r) => r[0]!.startsWith('Итого')).map((r) => r.slice(3).map((v) => (/^-?\d+(\.\d+)?$/.test(v) ? Number(Number(v).toFixed(9)) : v)));
    expect(totalRows(recalculated)).toEqual(totalRows(rows));
    expect(Number(recalculated.find((r) => r[0] === 'Итого по региону')![share])).toBeCloseTo(81.0, 10);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, 'summary.xlsx'));
    const sheet = workbook.getWorksheet('Свод')!;
    const regionRow = sheet.getRow(rows.indexOf(region) + 1);
    expect((regionRow.getCell(share + 1).value as ExcelJS.CellFormulaValue).formula).toMatch(
      /^IFERROR\(\(SUMPRODUCT\(K3:K4,D3:D4\)\+.*\)\/\(SUMPRODUCT\(\(K3:K4<>""\)\*D3:D4\)\+/,
    );
  });

  it('takes the plain mean, or no total, when the form says so', async () => {
    const form = readFileSync(path.join(repoRoot, 'templates', 'monitoring-form.yaml'), 'utf8')
      .replace('total: weighted mean', 'total: mean')
      .replace('    by: class_teachers\n', '')
      .replace('    type: boolean\n', '    type: boolean\n    total: none\n');
    const formFile = path.join(temporaryDir(), 'form.yaml');
    writeFileSync(formFile, form);
    const dir = await filledFolder();
    const result = await runCli(['report', 'merge', dir, '--form', formFile, '-o', path.join(dir, 'summary.xlsx')], { cwd: workspace });
    expect(result.code).toBe(0);
    const rows = sheetsWithLibreOffice(path.join(dir, 'summary.xlsx')).get('Свод')!;
    const region = rows.find((r) => r[0] === 'Итого по региону')!;
    expect(Number(region[column(rows, 'Доля классных руководителей')])).toBeCloseTo(73.25, 10);
    expect(rows[1]![column(rows, 'Доля классных руководителей')]).toContain('(итог: среднее по школам)');
    expect(region[column(rows, 'Локальный акт')]).toBe('');
  });
});

describe('the «total» key of a form', () => {
  const base = readFileSync(path.join(repoRoot, 'templates', 'monitoring-form.yaml'), 'utf8');
  it.each([
    [
      'total: weighted mean',
      'total: median',
      /:\d+:12 {2}error: Unknown total «median»; use sum, mean, weighted mean, count of да, count per choice or none\./,
    ],
    [
      'total: weighted mean',
      'total: count of да',
      /:\d+:12 {2}error: A «percent» indicator cannot be totalled as «count of да»; use «mean», «weighted mean» or «none»\./,
    ],
    ['    by: class_teachers\n', '', /:\d+:12 {2}error: A «weighted mean» total needs «by:», the numeric indicator to weigh by/],
    [
      'by: class_teachers',
      'by: class_teacher',
      /:\d+:9 {2}error: «by» names «class_teacher», which is not a numeric indicator of this form; did you mean «class_teachers»\?/,
    ],
    ['by: class_teachers', 'by: local_act', /:\d+:9 {2}error: «by» names «local_act», which is not a numeric indicator of this form/],
    ['total: weighted mean', 'total: mean', /:\d+:9 {2}error: «by:» only applies to «total: weighted mean»; delete it or change the total\./],
  ])('%s → %s is reported where it is written', async (from, to, message) => {
    const file = path.join(temporaryDir(), 'form.yaml');
    writeFileSync(file, base.replace(from, to));
    const result = await runCli(['validate', file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(message);
  });

  it('is in the form schema editors use', () => {
    const schema = JSON.parse(readFileSync(path.join(repoRoot, 'plans', 'schemas', 'form.schema.json'), 'utf8'));
    const indicator = JSON.stringify(schema);
    expect(indicator).toContain('"weighted mean"');
    expect(indicator).toContain('"count per choice"');
  });
});
