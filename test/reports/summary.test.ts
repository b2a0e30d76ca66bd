// The summary workbook as a user opens it, read back by an independent reader
// (exceljs): «Свод» with schools by district, each district's and the region's
// totals (formula and stored value), «Не сдали» with whom to call, «Ошибки», and
// the hidden form data a later merge and `report compare` read.
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/messages.js';
import { quickValidate } from '../../src/kinds/quick-check.js';
import { mergeReports, type ReportEntry } from '../../src/reports/merge.js';
import { buildSummary, isSummaryOutline, type SummaryRequest } from '../../src/reports/summary.js';
import type { MonitoringForm, Registry } from '../../src/schema/reports.js';

function validated<T>(lines: string[]): T {
  const read = quickValidate(lines.join('\n'));
  if (!read) throw new Error('invalid test input');
  return read.validated.value as T;
}

const form = validated<MonitoringForm>([
  'kind: form',
  'id: monitoring',
  'version: 2',
  'title: Мониторинг',
  'periods:',
  '  - {id: interim, title: Промежуточный контроль, due: 12-15}',
  'indicators:',
  '  - {id: teachers, label: Классных руководителей, type: integer, unit: чел.}',
  '  - {id: share, label: Доля с картой, type: percent, unit: "%", total: weighted mean, by: teachers}',
  '  - {id: score, label: Балл, type: number, total: mean}',
  '  - {id: act, label: Акт принят, type: boolean}',
  '  - {id: answer, label: Исполнение, type: choice, choices: [полностью, "=частично*", "по \\"плану\\""]}',
  '  - {id: approved, label: Дата акта, type: date, required: false}',
  '  - {id: notes, label: Заметки, type: text, required: false}',
  '  - {id: plain, label: Процент, type: percent}',
]);

const registry = validated<Registry>([
  'kind: registry',
  'districts:',
  '  - {id: north, name: Северный район}',
  '  - {id: south, name: Южный район, coordinator: {name: Р.Р. Южная, position: Специалист, phone: +7 (000) 00-00-01, email: south@example.ru}}',
  '  - {id: west, name: Западный район}',
  'schools:',
  '  - {id: s2, district: north, name: Школа номер два, shortName: Школа № 2}',
  '  - {id: s1, district: north, name: Школа номер один}',
  '  - {id: s3, district: south, name: Школа номер три}',
  '  - {id: s4, district: south, name: Школа номер четыре, shortName: Школа № 4}',
  '  - {id: s5, district: west, name: Школа номер пять, coordinator: {name: П.П. Пятая}}',
  '  - {id: s6, district: west, name: Школа номер шесть}',
]);

type Values = Partial<Record<'teachers' | 'share' | 'score' | 'act' | 'answer' | 'approved' | 'notes' | 'plain', number | string | boolean>>;
const report = (schoolId: string, values: Values): ReportEntry => ({
  source: `${schoolId}.xlsx`,
  formId: form.id,
  version: form.version,
  period: 'interim',
  year: '2024-2025',
  schoolId,
  values: form.indicators.map((indicator) => values[indicator.id as keyof Values]),
  problems: [],
});

const reports = [
  report('s2', { teachers: 30, share: 90, act: false, answer: '=частично*', plain: 40 }),
  report('s1', { teachers: 10, share: 50, score: 4, act: true, answer: 'полностью', approved: '2024-09-02', notes: '=SUM(A1)', plain: 20 }),
  report('s3', { teachers: 20, score: 3, act: true, answer: 'по "плану"', notes: 'в срок', plain: 60 }),
  { ...report('s9', { teachers: 1 }), source: 'lost.xlsx' },
  { ...report('s4', {}), values: [], problems: [{ code: 'report-required' as const, params: { indicator: 'teachers' }, where: 'Форма!C5' }] },
];

const russian = translator('ru');
const request = (registry?: Registry): SummaryRequest => ({ form, registry, result: mergeReports(reports, [], { form, registry }), describe: russian });

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

/** A row's cells from A on, formulas as { formula, result }, dates as ISO days. */
function rowOf(sheet: ExcelJS.Worksheet, number: number, width = 11): unknown[] {
  return Array.from({ length: width }, (_, index) => {
    const value = sheet.getRow(number).getCell(index + 1).value;
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (value !== null && typeof value === 'object' && 'formula' in value) return { formula: value.formula, result: value.result };
    return value;
  });
}

describe('the summary workbook', () => {
  let workbook: ExcelJS.Workbook;
  let sheet: ExcelJS.Worksheet;
  // Built for each test, not once for the file, so that a mutant under test is active while it is built.
  beforeEach(async () => {
    workbook = await open(buildSummary(request(registry)));
    sheet = workbook.getWorksheet('Свод')!;
  });

  it('titles «Свод» with the form, the period and the year, and heads each indicator with its unit and how it is totalled', () => {
    expect(sheet.getCell('A1').value).toBe('Мониторинг: промежуточный контроль, 2024-2025 учебный год');
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true, size: 13 });
    expect(['A2', 'D2', 'K2'].map((cell) => [sheet.getCell(cell).font?.bold, sheet.getCell(cell).alignment?.wrapText])).toEqual([
      [true, true],
      [true, true],
      [true, true],
    ]);
    expect([workbook.title, workbook.creator]).toEqual(['Мониторинг', 'centre']);
    expect(rowOf(sheet, 2)).toEqual([
      'Район',
      'Код школы',
      'Школа',
      'Классных руководителей, чел.\n(итог: сумма)',
      'Доля с картой, %\n(итог: среднее, взвешенное по «классных руководителей»)',
      'Балл\n(итог: среднее по школам)',
      'Акт принят\n(итог: число ответов «да»)',
      'Исполнение\n(итог: число ответов каждого варианта)',
      'Дата акта',
      'Заметки',
      'Процент\n(итог: среднее по школам)',
    ]);
  });

  it('lists the schools by district in registry order, by code within one, each district followed by its total, then the region’s', () => {
    expect([3, 4, 5, 6, 7, 8].map((row) => rowOf(sheet, row, 3))).toEqual([
      ['Северный район', 's1', 'Школа номер один'],
      ['Северный район', 's2', 'Школа № 2'],
      ['Итого: Северный район', null, null],
      ['Южный район', 's3', 'Школа номер три'],
      ['Итого: Южный район', null, null],
      ['Итого по региону', null, null],
    ]);
    expect(sheet.rowCount).toBe(8);
    expect(sheet.getCell('A5').font?.bold).toBe(true);
    expect(sheet.getCell('D5').font?.bold).toBe(true);
    expect(sheet.getCell('D3').font?.bold).toBeFalsy();
  });

  it('writes each answer as the school gave it: «да»/«нет», a date as a date, text that looks like a formula as text', () => {
    expect(rowOf(sheet, 3).slice(3)).toEqual([10, 50, 4, 'да', 'полностью', '2024-09-02', '=SUM(A1)', 20]);
    expect(rowOf(sheet, 4).slice(3)).toEqual([30, 90, null, 'нет', '=частично*', null, null, 40]);
    expect(sheet.getCell('I3').value).toBeInstanceOf(Date);
    expect(['D3', 'E3', 'F3', 'I3', 'G3'].map((cell) => sheet.getCell(cell).numFmt)).toEqual(['0', '0.0', '0.00', 'dd.mm.yyyy', undefined]);
  });

  it('totals a district: sum, share weighted by class teachers, mean of the schools that answered, «да» and each choice counted', () => {
    expect(rowOf(sheet, 5).slice(3)).toEqual([
      { formula: 'SUM(D3:D4)', result: 40 },
      { formula: 'IFERROR((SUMPRODUCT(E3:E4,D3:D4))/(SUMPRODUCT((E3:E4<>"")*D3:D4)),"")', result: 80 },
      { formula: 'AVERAGE(F3:F4)', result: 4 },
      { formula: 'COUNTIF(G3:G4,"да")', result: 1 },
      {
        formula:
          '"полностью: "&(COUNTIF(H3:H4,"полностью"))&"; "&"=частично*: "&(COUNTIF(H3:H4,"==частично~*"))&"; "&"по ""плану"": "&(COUNTIF(H3:H4,"по ""плану"""))',
        result: 'полностью: 1; =частично*: 1; по "плану": 0',
      },
      null,
      null,
      { formula: 'AVERAGE(K3:K4)', result: 30 },
    ]);
    expect(['D5', 'E5', 'F5', 'G5', 'K5'].map((cell) => sheet.getCell(cell).numFmt)).toEqual(['0', '0.0', '0.0', undefined, '0.0']);
  });

  it('leaves a weighted share empty where no school gave one, and totals the region over every district’s rows', () => {
    // An empty text result reads back as no result.
    expect(rowOf(sheet, 7)[4]).toEqual({ formula: 'IFERROR((SUMPRODUCT(E6:E6,D6:D6))/(SUMPRODUCT((E6:E6<>"")*D6:D6)),"")', result: undefined });
    expect(rowOf(sheet, 8).slice(3)).toEqual([
      { formula: 'SUM(D3:D4,D6:D6)', result: 60 },
      { formula: 'IFERROR((SUMPRODUCT(E3:E4,D3:D4)+SUMPRODUCT(E6:E6,D6:D6))/(SUMPRODUCT((E3:E4<>"")*D3:D4)+SUMPRODUCT((E6:E6<>"")*D6:D6)),"")', result: 80 },
      { formula: 'AVERAGE(F3:F4,F6:F6)', result: 3.5 },
      { formula: 'COUNTIF(G3:G4,"да")+COUNTIF(G6:G6,"да")', result: 2 },
      {
        formula:
          '"полностью: "&(COUNTIF(H3:H4,"полностью")+COUNTIF(H6:H6,"полностью"))&"; "&"=частично*: "&(COUNTIF(H3:H4,"==частично~*")+COUNTIF(H6:H6,"==частично~*"))&"; "&"по ""плану"": "&(COUNTIF(H3:H4,"по ""плану""")+COUNTIF(H6:H6,"по ""плану"""))',
        result: 'полностью: 1; =частично*: 1; по "плану": 1',
      },
      null,
      null,
      { formula: 'AVERAGE(K3:K4,K6:K6)', result: 40 },
    ]);
  });

  it('keeps the headings and school names in view and filters the schools and district totals, not the region’s', () => {
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: 2 });
    expect(sheet.autoFilter).toBe('A2:K7');
    expect([1, 2, 3, 4, 11].map((column) => sheet.getColumn(column).width)).toEqual([24, 16, 40, 18, 18]);
  });

  it('lists in «Не сдали» each school that sent nothing, with its coordinator, else its district’s', () => {
    const missing = workbook.getWorksheet('Не сдали')!;
    // s4 sent a file that was refused: it is under «Ошибки», not among those who sent nothing
    expect([1, 2, 3].map((row) => rowOf(missing, row, 7))).toEqual([
      ['Район', 'Код школы', 'Школа', 'Координатор', 'Должность', 'Телефон', 'E-mail'],
      ['Западный район', 's5', 'Школа номер пять', 'П.П. Пятая', null, null, null],
      ['Западный район', 's6', 'Школа номер шесть', null, null, null, null],
    ]);
    expect(missing.rowCount).toBe(3);
    expect(missing.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect([1, 2, 3, 4, 5, 6, 7].map((column) => missing.getColumn(column).width)).toEqual([24, 16, 40, 24, 28, 18, 28]);
    expect(missing.getCell('A1').font?.bold).toBe(true);
  });

  it('lists in «Ошибки» each rejected file with the cell and what is wrong, in the summary’s language', () => {
    const problems = workbook.getWorksheet('Ошибки')!;
    expect([1, 2, 3].map((row) => rowOf(problems, row, 3))).toEqual([
      ['Файл', 'Ячейка', 'Что не так'],
      ['lost.xlsx', null, russian('report-unknown-school', { school: 's9', suggestion: 's2' })],
      ['s4.xlsx', 'Форма!C5', russian('report-required', { indicator: 'teachers' })],
    ]);
    expect(problems.rowCount).toBe(3);
    expect(problems.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect([1, 2, 3].map((column) => problems.getColumn(column).width)).toEqual([36, 16, 90]);
    expect(problems.getCell('C1').font?.bold).toBe(true);
  });

  it('marks itself in very hidden sheets with its form, version, period and year, and the totals that are numbers', () => {
    const meta = workbook.getWorksheet('_centre')!;
    expect(meta.state).toBe('veryHidden');
    expect([1, 2, 3, 4, 5].map((row) => rowOf(meta, row, 2))).toEqual([
      ['form', 'monitoring'],
      ['version', 2],
      ['period', 'interim'],
      ['year', '2024-2025'],
      ['summary', 'monitoring'],
    ]);
    expect(
      ['centre__form', 'centre__version', 'centre__period', 'centre__year', 'centre__summary'].map((name) => workbook.definedNames.getRanges(name).ranges),
    ).toEqual(['$B$1', '$B$2', '$B$3', '$B$4', '$B$5'].map((cell) => [`'_centre'!${cell}`]));
    const totals = workbook.getWorksheet('_centre_totals')!;
    expect(totals.state).toBe('veryHidden');
    const rows = Array.from({ length: totals.rowCount }, (_, index) => rowOf(totals, index + 1, 4));
    expect(rows).toEqual([
      ['district', 'name', 'indicator', 'value'],
      ['north', 'Северный район', 'teachers', 40],
      ['north', 'Северный район', 'share', 80],
      ['north', 'Северный район', 'score', 4],
      ['north', 'Северный район', 'act', 1],
      ['north', 'Северный район', 'plain', 30],
      ['south', 'Южный район', 'teachers', 20],
      ['south', 'Южный район', 'share', null],
      ['south', 'Южный район', 'score', 3],
      ['south', 'Южный район', 'act', 1],
      ['south', 'Южный район', 'plain', 60],
      ['*', 'Итого по региону', 'teachers', 60],
      ['*', 'Итого по региону', 'share', 80],
      ['*', 'Итого по региону', 'score', 3.5],
      ['*', 'Итого по региону', 'act', 2],
      ['*', 'Итого по региону', 'plain', 40],
    ]);
  });
});

describe('a summary without a registry, or with nothing counted', () => {
  it('groups every school under «Школы» and has nobody to chase', async () => {
    const workbook = await open(buildSummary(request()));
    const sheet = workbook.getWorksheet('Свод')!;
    expect([3, 4, 5, 6, 7, 8].map((row) => rowOf(sheet, row, 3))).toEqual([
      ['Школы', 's1', 's1'],
      ['Школы', 's2', 's2'],
      ['Школы', 's3', 's3'],
      ['Школы', 's9', 's9'],
      ['Итого: Школы', null, null],
      ['Итого по региону', null, null],
    ]);
    expect(rowOf(sheet, 8)[3]).toEqual({ formula: 'SUM(D3:D6)', result: 61 });
    expect(workbook.getWorksheet('Не сдали')!.rowCount).toBe(1);
  });

  it('puts a school whose district is not in the registry under «Без района»', async () => {
    const result = mergeReports([report('s1', { teachers: 5 })], [], { form, registry });
    const moved = { ...result, counted: result.counted.map((counted) => ({ ...counted, districtId: 'elsewhere' })) };
    const workbook = await open(buildSummary({ form, registry, result: moved, describe: russian }));
    const sheet = workbook.getWorksheet('Свод')!;
    expect(rowOf(workbook.getWorksheet('_centre_totals')!, 2, 4)).toEqual([null, 'Без района', 'teachers', 5]);
    expect([3, 4, 5].map((row) => rowOf(sheet, row, 4))).toEqual([
      ['Без района', 's1', 'Школа номер один', 5],
      ['Итого: Без района', null, null, { formula: 'SUM(D3:D3)', result: 5 }],
      ['Итого по региону', null, null, { formula: 'SUM(D3:D3)', result: 5 }],
    ]);
    // Nobody answered the means: they are left empty, not 0 or an error.
    expect([rowOf(sheet, 4)[5], rowOf(sheet, 4)[10]]).toEqual([null, null]);
    expect(rowOf(sheet, 4)[4]).toEqual({ formula: 'IFERROR((SUMPRODUCT(E3:E3,D3:D3))/(SUMPRODUCT((E3:E3<>"")*D3:D3)),"")', result: undefined });
  });

  // Found by this test: the region's row held «SUM()» and «()/()», which LibreOffice shows as Err:511.
  it('with no report counted, has only the region’s total, as values (no formula over no rows), and says no period or year it does not know', async () => {
    const result = mergeReports([], [], { form, registry });
    const workbook = await open(buildSummary({ form, registry, result, describe: russian }));
    const sheet = workbook.getWorksheet('Свод')!;
    expect(sheet.getCell('A1').value).toBe('Мониторинг');
    expect(rowOf(sheet, 3)).toEqual(['Итого по региону', null, null, 0, null, null, 0, 'полностью: 0; =частично*: 0; по "плану": 0', null, null, null]);
    expect(rowOf(workbook.getWorksheet('_centre_totals')!, 2, 4)).toEqual(['*', 'Итого по региону', 'teachers', 0]);
    expect(sheet.autoFilter).toBe('A2:K2');
    expect(rowOf(workbook.getWorksheet('_centre')!, 3, 2)).toEqual(['period', null]);
    expect(workbook.getWorksheet('Не сдали')!.rowCount).toBe(7);
    expect(rowOf(workbook.getWorksheet('_centre')!, 4, 2)).toEqual(['year', null]);
  });
});

describe('a share weighted by a later column', () => {
  it('weighs by that column, leaves out schools that gave no weight, and shows a weighted mean with one decimal', async () => {
    const weighted = validated<MonitoringForm>([
      'kind: form',
      'id: weighted',
      'version: 1',
      'title: Веса',
      'periods: [{id: interim, title: Промежуточный контроль, due: 12-15}]',
      'indicators:',
      '  - {id: hours, label: Часов на ученика, type: number, total: weighted mean, by: pupils}',
      '  - {id: pupils, label: Учеников, type: integer, required: false}',
    ]);
    const row = (schoolId: string, hours: number, pupils?: number): ReportEntry => ({
      source: `${schoolId}.csv:2`,
      formId: 'weighted',
      version: 1,
      period: 'interim',
      year: '2024-2025',
      schoolId,
      values: [hours, pupils],
      problems: [],
    });
    const result = mergeReports([row('a', 2, 100), row('b', 5, 300), row('c', 40)], [], { form: weighted });
    const sheet = (await open(buildSummary({ form: weighted, result, describe: russian }))).getWorksheet('Свод')!;
    expect(rowOf(sheet, 6, 5).slice(3)).toEqual([
      { formula: 'IFERROR((SUMPRODUCT(D3:D5,E3:E5))/(SUMPRODUCT((D3:D5<>"")*E3:E5)),"")', result: 4.25 },
      { formula: 'SUM(E3:E5)', result: 400 },
    ]);
    expect([sheet.getCell('D3').numFmt, sheet.getCell('D6').numFmt, sheet.getCell('E6').numFmt]).toEqual(['0.00', '0.0', '0']);
  });
});

describe('isSummaryOutline', () => {
  it('knows a summary by its hidden mark, or an older one by its maker and its three sheets', () => {
    const sheets = ['Свод', 'Не сдали', 'Ошибки'];
    expect(isSummaryOutline({ names: new Set(['centre__summary']), sheets: [] })).toBe(true);
    expect(isSummaryOutline({ names: new Set(), sheets, creator: 'centre' })).toBe(true);
    expect(isSummaryOutline({ names: new Set(), sheets, creator: 'Microsoft Excel' })).toBe(false);
    expect(isSummaryOutline({ names: new Set(), sheets: ['Свод', 'Ошибки'], creator: 'centre' })).toBe(false);
    expect(isSummaryOutline({ names: new Set(['centre__form']), sheets: ['Форма'], creator: 'centre' })).toBe(false);
  });
});
