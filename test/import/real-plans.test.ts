// The measure of issue 18: public plans of schools and centres that nobody
// here wrote (test/fixtures/import/real/README.md cites each), rebuilt as the
// files schools keep — the web page, the DOCX LibreOffice writes from it, a
// workbook as Excel writes it — against hand-written lists of their items.
// At least 95 % of items must come across with activity, timing and
// responsible right; every plan validates; titles, years and stamps are right.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { readDocx } from '../../src/import/docx.js';
import { readHtml } from '../../src/import/html.js';
import type { ImportedDocument } from '../../src/import/table-model.js';
import { mapPlan } from '../../src/import/map-plan.js';
import { planObject } from '../../src/import/plan-yaml.js';
import { readXlsx } from '../../src/import/xlsx.js';
import { validateText } from '../../src/kinds/validate.js';
import { spawnCli, temporaryDir } from '../helpers/cli.js';
import { soffice } from '../helpers/libreoffice.js';
// @ts-expect-error: a plain script, without types
import { realPlans, scorePlan, scoreWithCli } from '../../scripts/import-score.mjs';

interface Expected {
  readonly title: string;
  readonly academicYear?: string;
  readonly yearGiven?: string;
  readonly items: readonly unknown[];
}
interface Score {
  readonly items: number;
  readonly right: number;
  readonly wrong: readonly unknown[];
  readonly checks: Record<string, boolean>;
}
const plans = (realPlans as () => { name: string; document: string; expected: Expected }[])();
const score = scorePlan as (expected: Expected, plan: Record<string, unknown>) => Score;
const converted = temporaryDir('centre-real-plans-');

beforeAll(async () => {
  for (const plan of plans) copyFileSync(plan.document, path.join(converted, `${plan.name}.html`));
  soffice(['--convert-to', 'docx:MS Word 2007 XML', '--outdir', converted, ...plans.map((plan) => path.join(converted, `${plan.name}.html`))]);
  writeFileSync(path.join(converted, 'podolsk-kpvr.xlsx'), await podolskWorkbook());
});

/** The Podolsk plan as a school keeps it in Excel: the title merged across, the module's row merged, borders on the table. */
async function podolskWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Лист1');
  sheet.mergeCells('A1:D1');
  sheet.getCell('A1').value = 'КАЛЕНДАРНЫЙ ПЛАН ВОСПИТАТЕЛЬНОЙ\nРАБОТЫ НА 2023-2024 УЧЕБНЫЙ ГОД';
  sheet.getCell('A1').font = { bold: true };
  sheet.mergeCells('A2:D2');
  sheet.getCell('A2').value = 'Основная школа (5-9 классы)';
  sheet.mergeCells('A3:D3');
  sheet.getCell('A3').value = 'Модуль «Основные школьные дела»';
  sheet.getCell('A3').font = { bold: true };
  sheet.getRow(4).values = ['Дела', 'Классы', 'Дата', 'Ответственные'];
  const rows = [
    ['Общешкольная линейка, посвященная «Первому звонку – 2023 года»', '5-9', '1 сентября', 'Замдиректора по ВР'],
    ['Классный час «Россия, устремленная в будущее»', '5-9', '1 сентября', 'Классные руководители'],
    ['Подъем Флага РФ и исполнение Гимна РФ', '5-9', 'Каждый понедельник', 'Замдиректора по ВР\nПедагог организатор'],
    ['Акция, посвященная окончанию 2 мировой войны «Голубь мира»', '5-8', '3 сентября', 'Учителя истории'],
    ['Школьный этап сдачи норм ГТО', '5-9', 'Сентябрь-декабрь', 'Учителя физкультуры'],
    ['Школьные соревнования по футболу', '5-9', '2-4 октября', 'Учителя физкультуры'],
  ];
  rows.forEach((values, index) => (sheet.getRow(5 + index).values = values));
  for (let row = 3; row <= 4 + rows.length; row++) {
    for (const column of ['A', 'B', 'C', 'D'])
      sheet.getCell(`${column}${row}`).border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The plan as `centre plan import` writes it: with `--year` for the documents that do not say their year. */
function imported(document: ImportedDocument, expected: Expected): Record<string, unknown> {
  const plan = mapPlan(document);
  if (expected.yearGiven !== undefined) expect(plan.academicYear).toBeUndefined();
  const object = planObject(expected.yearGiven === undefined ? plan : { ...plan, academicYear: expected.yearGiven });
  const name = `${String(object.kind)}.yaml`;
  expect(
    validateText(name, stringify(object)).diagnostics.filter((d) => d.severity === 'error'),
    `${name} validates`,
  ).toEqual([]);
  return object;
}

function total(scores: readonly Score[]): number {
  const items = scores.reduce((sum, each) => sum + each.items, 0);
  return scores.reduce((sum, each) => sum + each.right, 0) / items;
}

describe('plans nobody here wrote', () => {
  it('are at least ten, from several regions and kinds of plan', () => {
    expect(plans.length).toBeGreaterThanOrEqual(10);
    expect(plans.reduce((sum, plan) => sum + plan.expected.items.length, 0)).toBeGreaterThanOrEqual(60);
  });

  for (const [format, read] of [
    ['the web page', (name: string) => readHtml(readFileSync(path.join(converted, `${name}.html`)))],
    ['the DOCX LibreOffice writes', (name: string) => readDocx(readFileSync(path.join(converted, `${name}.docx`)))],
  ] as const) {
    it(`${format}: at least 95 % of items right, and titles, years and stamps right`, () => {
      const scores = plans.map((plan) => {
        const result = score(plan.expected, imported(read(plan.name), plan.expected));
        expect(result.checks, plan.name).toEqual({ title: true, academicYear: true, approvals: true, periodicity: true });
        return result;
      });
      expect(total(scores)).toBeGreaterThanOrEqual(0.95);
    });
  }

  it('the workbook: the Podolsk plan kept in Excel comes across whole', async () => {
    const podolsk = plans.find((plan) => plan.name === 'podolsk-kpvr')!;
    const result = score(podolsk.expected, imported(await readXlsx(readFileSync(path.join(converted, 'podolsk-kpvr.xlsx'))), podolsk.expected));
    expect(result.wrong).toEqual([]);
    expect(result.checks).toEqual({ title: true, academicYear: true, approvals: true, periodicity: true });
  });

  it('the ODT a school keeps: the Feodosia plan through the installed command (LibreOffice converts it) comes across whole', () => {
    const feodosia = plans.find((plan) => plan.name === 'feodosia-kpvr')!;
    const dir = temporaryDir('centre-real-odt-');
    copyFileSync(feodosia.document, path.join(dir, 'plan.html'));
    soffice(['--convert-to', 'odt', '--outdir', dir, path.join(dir, 'plan.html')]);
    const result = spawnCli(['plan', 'import', 'plan.odt', '-o', 'plan.yaml'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const scored = score(feodosia.expected, parse(readFileSync(path.join(dir, 'plan.yaml'), 'utf8')) as Record<string, unknown>);
    expect(scored.wrong).toEqual([]);
    expect(scored.checks).toEqual({ title: true, academicYear: true, approvals: true, periodicity: true });
    expect(spawnCli(['validate', 'plan.yaml'], { cwd: dir }).code).toBe(0);
  });

  it('through the installed command (scripts/import-score.mjs): every file validates and at least 95 % of items are right', () => {
    const results = (scoreWithCli as () => (Score & { name: string; valid?: boolean; error?: string })[])();
    for (const result of results) {
      expect(result.error, result.name).toBeUndefined();
      expect(result.valid, result.name).toBe(true);
      expect(Object.values(result.checks).every(Boolean), result.name).toBe(true);
    }
    expect(total(results)).toBeGreaterThanOrEqual(0.95);
  });
});
