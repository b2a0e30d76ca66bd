// Two merged rounds made here (template → fill → merge), compared: every
// change computed independently from the values typed in; summaries of
// another form or year refused with one clear line.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { readSummary, SummaryReadError } from '../../src/reports/read-summary.js';
import { unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli, temporaryDir } from '../helpers/cli.js';
import { fillForm, roundValues, sheetsWithLibreOffice } from './helpers.js';

const districtOf: Record<string, string> = { 'buz-cvr': 'buzuluk', 'buz-elshanka-1': 'buzuluk', 'gai-1': 'gai', 'gai-6': 'gai', 'pon-1': 'ponomarevka' };
const districtNames: Record<string, string> = { buzuluk: 'Бузулукский район', gai: 'Гайский городской округ', ponomarevka: 'Пономаревский район' };
const reporting = ['buz-cvr', 'buz-elshanka-1', 'gai-6', 'pon-1'];

const valuesOf = roundValues;

let workspace: string;

async function round(period: string, year: string, round: number, form = 'templates/monitoring-form.yaml'): Promise<string> {
  const forms = path.join(workspace, 'out', `forms-${period}-${year}-${round}`);
  const made = await runCli(['report', 'template', '--form', form, '--registry', 'plans/registry.yaml', '--period', period, '--year', year, '-o', forms], {
    cwd: workspace,
  });
  expect(made.code).toBe(0);
  const filled = path.join(workspace, `filled-${period}-${year}-${round}`);
  mkdirSync(filled);
  for (const [index, id] of reporting.entries())
    await fillForm(path.join(forms, `${id}-${period}-${year}.xlsx`), valuesOf(round, index), path.join(filled, `${id}.xlsx`));
  const summary = path.join(workspace, `summary-${period}-${year}-${round}.xlsx`);
  const merged = await runCli(['report', 'merge', filled, '--form', form, '--registry', 'plans/registry.yaml', '-o', summary], { cwd: workspace });
  expect(merged.code).toBe(0);
  return summary;
}

let interim: string;
let final: string;

beforeAll(async () => {
  workspace = temporaryDir('centre-compare-');
  mkdirSync(path.join(workspace, 'plans'));
  copyFileSync(path.join(repoRoot, 'plans', 'registry.yaml'), path.join(workspace, 'plans', 'registry.yaml'));
  mkdirSync(path.join(workspace, 'templates'));
  copyFileSync(path.join(repoRoot, 'templates', 'monitoring-form.yaml'), path.join(workspace, 'templates', 'monitoring-form.yaml'));
  [interim, final] = [await round('interim', '2024-2025', 0), await round('final', '2024-2025', 1)];
}, 120_000);

/** The total of an indicator over some schools in a round, computed here. */
function total(indicator: string, round: number, schools: readonly string[]): number {
  const values = schools.map((id) => valuesOf(round, reporting.indexOf(id))[indicator]);
  if (indicator === 'local_act') return values.filter((value) => value === 'да').length;
  const numbers = values.map(Number);
  if (indicator === 'roadmap_share') {
    // the form totals the share weighted by class teachers (total: weighted mean, by: class_teachers)
    const teachers = schools.map((id) => Number(valuesOf(round, reporting.indexOf(id)).class_teachers));
    return numbers.reduce((sum, share, i) => sum + share * teachers[i]!, 0) / teachers.reduce((a, b) => a + b, 0);
  }
  return numbers.reduce((a, b) => a + b, 0);
}

describe('centre report compare', () => {
  it('writes each indicator by district and region, both rounds and the change, read back by LibreOffice', async () => {
    const output = path.join(workspace, 'compare.xlsx');
    const result = await runCli(['report', 'compare', interim, final, '-o', output], { cwd: workspace });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const rows = sheetsWithLibreOffice(output).get('Сравнение')!;
    expect(rows[1]![0]).toBe('Промежуточный контроль 2024-2025: учтено школ — 4; Итоговый контроль 2024-2025: учтено школ — 4.');
    expect(rows[2]).toEqual(['Район', 'Показатель', 'Промежуточный контроль 2024-2025', 'Итоговый контроль 2024-2025', 'Изменение']);
    const groups: [string, string[]][] = [
      ...['buzuluk', 'gai', 'ponomarevka'].map((district): [string, string[]] => [
        districtNames[district]!,
        reporting.filter((id) => districtOf[id] === district),
      ]),
      ['Итого по региону', reporting],
    ];
    const indicators: [string, string][] = [
      ['class_teachers', 'Количество педагогических работников'],
      ['trained', 'Из них прошли курсы'],
      ['class_hours_visited', 'Посещено классных часов'],
      ['roadmap_share', 'Доля классных руководителей'],
      ['local_act', 'Локальный акт'],
    ];
    let checked = 0;
    for (const [name, schools] of groups) {
      for (const [indicator, label] of indicators) {
        const row = rows.find((r) => r[0] === name && r[1]!.startsWith(label));
        expect(row, `${name} / ${label}`).toBeDefined();
        const [a, b] = [total(indicator, 0, schools), total(indicator, 1, schools)];
        // the workbook shows each value to the thousandth, as the terminal does
        expect(Number(row![2])).toBeCloseTo(a, 2);
        expect(Number(row![3])).toBeCloseTo(b, 2);
        expect(Number(row![4])).toBeCloseTo(Math.round((b - a) * 1000) / 1000, 6);
        checked++;
      }
    }
    expect(checked).toBe(20);
    // the terminal table has the same figures
    const region = result.stdout.split('\n').find((line) => line.startsWith('Итого по региону') && line.includes('Количество педагогических'))!;
    const [a, b] = [total('class_teachers', 0, reporting), total('class_teachers', 1, reporting)];
    expect(region.trim().split(/\s+/).slice(-3)).toEqual([String(a), String(b), `+${b - a}`]);
    expect(result.stdout).toContain(`wrote compare.xlsx (`);
  });

  it('refuses summaries of different years, and of different forms, with one clear line (exit 1)', async () => {
    const other = await round('final', '2025-2026', 2);
    const years = await runCli(['report', 'compare', interim, other], { cwd: workspace });
    expect(years.code).toBe(1);
    expect(years.stderr).toContain('The summaries are of different academic years («2024-2025» and «2025-2026»); compare two rounds of the same year.');
    expect(years.stderr).not.toMatch(/\n\s+at /);

    const form = path.join(workspace, 'templates', 'other-form.yaml');
    writeFileSync(
      form,
      readFileSync(path.join(repoRoot, 'templates', 'monitoring-form.yaml'), 'utf8').replace('id: class-teacher-monitoring', 'id: other-form'),
    );
    const otherForm = await round('final', '2024-2025', 3, 'templates/other-form.yaml');
    const forms = await runCli(['report', 'compare', interim, otherForm, '--form', 'templates/monitoring-form.yaml'], {
      cwd: workspace,
      env: { LANG: 'ru_RU.UTF-8' },
    });
    expect(forms.code).toBe(1);
    expect(forms.stderr).toContain('Сводки относятся к разным формам («class-teacher-monitoring» и «other-form»); сравнивайте два этапа одной формы.');
  }, 120_000);

  it('refuses a zip bomb without inflating it, and a damaged file, each in one line', async () => {
    const dir = temporaryDir();
    const bomb = path.join(dir, 'bomb.xlsx');
    writeFileSync(bomb, zipSync({ '[Content_Types].xml': new Uint8Array(10), 'xl/worksheets/sheet1.xml': new Uint8Array(20 * 1024 * 1024) }, { level: 9 }));
    const bombed = await runCli(['report', 'compare', interim, bomb], { cwd: workspace });
    expect(bombed.code).toBe(1);
    expect(bombed.stderr).toContain('bomb.xlsx');
    expect(bombed.stderr).toContain('The file is too large for a summary');
    const damaged = path.join(dir, 'damaged.xlsx');
    writeFileSync(damaged, readFileSync(interim).subarray(0, 2000));
    const broken = await runCli(['report', 'compare', damaged, interim], { cwd: workspace });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('The workbook cannot be read (damaged or not .xlsx)');
    expect(broken.stderr).not.toMatch(/\n\s+at /);
  });

  it('reads a damaged summary as damaged, never with a stray error (fuzz: bytes of a real summary flipped)', async () => {
    const bytes = new Uint8Array(readFileSync(interim));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), async (flips) => {
        const damaged = bytes.slice();
        for (const [at, value] of flips) damaged[at] = value;
        try {
          const data = await readSummary(damaged);
          expect(data.form).toBeDefined();
        } catch (error) {
          expect(error).toBeInstanceOf(SummaryReadError);
        }
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('refuses a workbook that is not a summary of centre', async () => {
    const dir = temporaryDir();
    const plain = path.join(dir, 'plain.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Свод').getCell('A1').value = 'Итого по региону';
    await workbook.xlsx.writeFile(plain);
    const result = await runCli(['report', 'compare', interim, plain], { cwd: workspace });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('plain.xlsx');
    expect(result.stderr).toContain('This is not a summary written by «centre report merge» (it has no hidden form data)');
  });
});

describe('the monitoring in the analysis', () => {
  it('centre analysis build --monitoring puts both rounds by district, the change and a chart into the document', async () => {
    for (const name of ['2023-2024-regional-plan.yaml', '2023-2024-regional-plan.record.yaml'])
      copyFileSync(path.join(repoRoot, 'plans', name), path.join(workspace, 'plans', name));
    const output = path.join(workspace, 'analysis.docx');
    const result = await runCli(['analysis', 'build', '-o', output, '--monitoring', interim, final], { cwd: workspace });
    // the example plan is of 2023-2024, the summaries made here of 2024-2025: said, not refused
    expect(result.stderr).toBe("warning: the summaries are of 2024-2025, the plan of 2023-2024; check that these are this year's summaries.\n");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('4 chart(s)');
    const files = unzipSync(readFileSync(output));
    expect(Object.keys(files).filter((name) => name.startsWith('word/media/'))).toHaveLength(4);
    const text = [...new TextDecoder().decode(files['word/document.xml']).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => m[1])
      .join('|')
      .replace(/\u00A0/g, ' ');
    expect(text).toContain('5. Мониторинг: Мониторинг деятельности классных руководителей');
    const [a, b] = [total('class_teachers', 0, reporting), total('class_teachers', 1, reporting)];
    expect(text).toContain(`Итого по региону|Количество педагогических работников, осуществляющих классное руководство, чел.|${a}|${b}|+${b - a}`);
    expect(text).toContain(
      'Рисунок 4 – Количество педагогических работников, осуществляющих классное руководство, чел.: Промежуточный контроль 2024-2025 и Итоговый контроль 2024-2025, по районам',
    );
    expect(text).toContain('6. Не проведённые мероприятия');
    const one = await runCli(['analysis', 'build', '--monitoring', interim], { cwd: workspace });
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('--monitoring takes two summaries (the interim and the final round), not 1.');
  }, 60_000);
});
