// The summary workbook: «Свод» (schools by district, district subtotals, the
// region total — formulas with their values stored, for viewers that do not
// recalculate), «Не сдали» (who to chase, with contacts) and «Ошибки».
import ExcelJS from 'exceljs';
import type { Indicator, MonitoringForm, Registry } from '../schema/reports.js';
import { columnLetter } from './columns.js';
import { compareText } from '../util/compare.js';
import type { CountedReport, FileProblem, MergeResult } from './merge.js';
import type { ReportValue } from './read-report.js';
import { META_NAMES, META_SHEET } from './template.js';
import { SUMMARY_NAME, TOTALS_SHEET, type SummaryTotal } from './summary-data.js';

export interface SummaryRequest {
  readonly form: MonitoringForm;
  readonly registry?: Registry;
  readonly result: MergeResult;
  /** Renders a problem in the summary's language. */
  readonly describe: (problem: FileProblem) => string;
}

type Aggregate = 'SUM' | 'AVERAGE' | 'COUNT_YES' | undefined;

const aggregateOf = (indicator: Indicator): Aggregate =>
  indicator.type === 'integer' || indicator.type === 'number' ? 'SUM' : indicator.type === 'percent' ? 'AVERAGE' : indicator.type === 'boolean' ? 'COUNT_YES' : undefined;

const numberFormats: Partial<Record<Indicator['type'], string>> = { integer: '0', number: '0.00', percent: '0.0', date: 'dd.mm.yyyy' };

const FIRST_DATA_COLUMN = 4;

/** Text that a spreadsheet would read as a formula is kept as text (no formula injection). */
function cellValue(indicator: Indicator, value: ReportValue | undefined): ExcelJS.CellValue {
  if (value === undefined) return null;
  if (indicator.type === 'boolean') return value ? 'да' : 'нет';
  if (indicator.type === 'date' && typeof value === 'string') return new Date(`${value}T00:00:00Z`);
  return value;
}

interface Group {
  readonly title: string;
  readonly rows: CountedReport[];
}

function groupByDistrict(counted: readonly CountedReport[], registry: Registry | undefined): Group[] {
  const districts = registry?.districts ?? [];
  const groups: Group[] = districts.map((district) => ({
    title: district.name,
    rows: counted.filter((c) => c.districtId === district.id).sort((a, b) => compareText(a.schoolId, b.schoolId)),
  }));
  const without = counted.filter((c) => !districts.some((district) => district.id === c.districtId)).sort((a, b) => compareText(a.schoolId, b.schoolId));
  if (without.length > 0) groups.push({ title: registry ? 'Без района' : 'Школы', rows: without });
  return groups.filter((group) => group.rows.length > 0);
}

function aggregate(kind: Aggregate, values: readonly (number | boolean | string | undefined)[]): number | null {
  if (kind === 'COUNT_YES') return values.filter((v) => v === true || v === 'да').length;
  const numbers = values.filter((v): v is number => typeof v === 'number');
  if (kind === 'SUM') return numbers.reduce((sum, n) => sum + n, 0);
  if (kind === 'AVERAGE') return numbers.length === 0 ? null : Math.round((numbers.reduce((s, n) => s + n, 0) / numbers.length) * 1000) / 1000;
  return null;
}

function formulaFor(kind: Aggregate, ranges: readonly string[]): string | undefined {
  if (ranges.length === 0 || kind === undefined) return undefined;
  if (kind === 'COUNT_YES') return ranges.map((range) => `COUNTIF(${range},"да")`).join('+');
  return `${kind}(${ranges.join(',')})`;
}

function writeTotals(sheet: ExcelJS.Worksheet, rowNumber: number, label: string, form: MonitoringForm, ranges: (column: string) => string[], values: (id: string) => ReportValue[]) {
  const row = sheet.getRow(rowNumber);
  row.getCell(1).value = label;
  row.font = { bold: true };
  form.indicators.forEach((indicator, index) => {
    const column = columnLetter(FIRST_DATA_COLUMN + index);
    const kind = aggregateOf(indicator);
    const formula = formulaFor(kind, ranges(column));
    if (formula) row.getCell(FIRST_DATA_COLUMN + index).value = { formula, result: aggregate(kind, values(indicator.id)) ?? undefined } as ExcelJS.CellFormulaValue;
  });
}

function writeSummarySheet(workbook: ExcelJS.Workbook, { form, registry, result }: SummaryRequest): void {
  const sheet = workbook.addWorksheet('Свод', { views: [{ state: 'frozen', xSplit: 3, ySplit: 2 }] });
  const period = form.periods.find((p) => p.id === result.period);
  sheet.getCell('A1').value = `${form.title}${period ? `: ${period.title.toLowerCase()}` : ''}${result.year ? `, ${result.year} учебный год` : ''}`;
  sheet.getCell('A1').font = { bold: true, size: 13 };
  const header = sheet.getRow(2);
  header.values = ['Район', 'Код школы', 'Школа', ...form.indicators.map((i) => (i.unit ? `${i.label}, ${i.unit}` : i.label))];
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  sheet.columns = [{ width: 24 }, { width: 16 }, { width: 40 }, ...form.indicators.map(() => ({ width: 16 }))];
  form.indicators.forEach((indicator, index) => {
    const format = numberFormats[indicator.type];
    if (format) sheet.getColumn(FIRST_DATA_COLUMN + index).numFmt = format;
  });

  let rowNumber = 3;
  const schoolRanges: string[] = [];
  const subtotalRows: number[] = [];
  const all = result.counted;
  for (const group of groupByDistrict(all, registry)) {
    const first = rowNumber;
    for (const counted of group.rows) {
      const row = sheet.getRow(rowNumber++);
      row.getCell(1).value = group.title;
      row.getCell(2).value = counted.schoolId;
      row.getCell(3).value = counted.school?.shortName ?? counted.school?.name ?? counted.schoolId;
      form.indicators.forEach((indicator, index) => (row.getCell(FIRST_DATA_COLUMN + index).value = cellValue(indicator, counted.report.values.get(indicator.id))));
    }
    const last = rowNumber - 1;
    schoolRanges.push(`${first}:${last}`);
    subtotalRows.push(rowNumber);
    const values = (id: string) => group.rows.map((c) => c.report.values.get(id)).filter((v): v is ReportValue => v !== undefined);
    writeTotals(sheet, rowNumber++, `Итого: ${group.title}`, form, (column) => [`${column}${first}:${column}${last}`], values);
  }
  const allValues = (id: string) => all.map((c) => c.report.values.get(id)).filter((v): v is ReportValue => v !== undefined);
  writeTotals(sheet, rowNumber, 'Итого по региону', form, (column) => schoolRanges.map((range) => range.replace(/(\d+):(\d+)/, `${column}$1:${column}$2`)), allValues);
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: Math.max(rowNumber - 1, 2), column: FIRST_DATA_COLUMN + form.indicators.length - 1 } };
}

function writeMissingSheet(workbook: ExcelJS.Workbook, { registry, result }: SummaryRequest): void {
  const sheet = workbook.addWorksheet('Не сдали', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'Район', width: 24 }, { header: 'Код школы', width: 16 }, { header: 'Школа', width: 40 },
    { header: 'Координатор', width: 24 }, { header: 'Должность', width: 28 }, { header: 'Телефон', width: 18 }, { header: 'E-mail', width: 28 },
  ];
  sheet.getRow(1).font = { bold: true };
  const districts = new Map((registry?.districts ?? []).map((district) => [district.id, district]));
  for (const school of result.missing) {
    const district = districts.get(school.district);
    const contact = school.coordinator ?? district?.coordinator;
    sheet.addRow([district?.name ?? school.district, school.id, school.shortName ?? school.name, contact?.name ?? '', contact?.position ?? '', contact?.phone ?? '', contact?.email ?? '']);
  }
}

function writeProblemsSheet(workbook: ExcelJS.Workbook, { result, describe }: SummaryRequest): void {
  const sheet = workbook.addWorksheet('Ошибки', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [{ header: 'Файл', width: 36 }, { header: 'Ячейка', width: 16 }, { header: 'Что не так', width: 90 }];
  sheet.getRow(1).font = { bold: true };
  for (const problem of result.problems) sheet.addRow([problem.source, problem.where ?? '', describe(problem)]);
}

/** The district and region totals of every numeric or yes/no indicator, as the «Свод» computes them. */
function summaryTotals({ form, registry, result }: SummaryRequest): SummaryTotal[] {
  const totals: SummaryTotal[] = [];
  const add = (district: string, name: string, rows: readonly CountedReport[]) => {
    for (const indicator of form.indicators) {
      const kind = aggregateOf(indicator);
      if (!kind) continue;
      const value = aggregate(kind, rows.map((c) => c.report.values.get(indicator.id)).filter((v): v is ReportValue => v !== undefined));
      totals.push({ district, name, indicator: indicator.id, value });
    }
  };
  const districts = registry?.districts ?? [];
  for (const district of districts) {
    const rows = result.counted.filter((c) => c.districtId === district.id);
    if (rows.length > 0) add(district.id, district.name, rows);
  }
  const without = result.counted.filter((c) => !districts.some((district) => district.id === c.districtId));
  if (without.length > 0) add('', registry ? 'Без района' : 'Школы', without);
  add('*', 'Итого по региону', result.counted);
  return totals;
}

/**
 * The summary's own form data, in very hidden sheets as the forms have it:
 * which form, version, period and year it sums (named cells), and the totals
 * by district and region as plain values, for `centre report compare`.
 */
function writeFormData(workbook: ExcelJS.Workbook, request: SummaryRequest): void {
  const { form, result } = request;
  const meta = workbook.addWorksheet(META_SHEET, { state: 'veryHidden' });
  const metadata: [string, string, string | number][] = [
    ['form', META_NAMES.form, form.id],
    ['version', META_NAMES.version, form.version],
    ['period', META_NAMES.period, result.period ?? ''],
    ['year', META_NAMES.year, result.year ?? ''],
    ['summary', SUMMARY_NAME, form.id],
  ];
  metadata.forEach(([key, name, value], index) => {
    meta.getCell(`A${index + 1}`).value = key;
    meta.getCell(`B${index + 1}`).value = value;
    workbook.definedNames.add(`'${META_SHEET}'!$B$${index + 1}`, name);
  });
  const totals = workbook.addWorksheet(TOTALS_SHEET, { state: 'veryHidden' });
  totals.addRow(['district', 'name', 'indicator', 'value']);
  for (const total of summaryTotals(request)) totals.addRow([total.district, total.name, total.indicator, total.value]);
}

export function buildSummary(request: SummaryRequest): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'centre';
  workbook.title = request.form.title;
  writeSummarySheet(workbook, request);
  writeMissingSheet(workbook, request);
  writeProblemsSheet(workbook, request);
  writeFormData(workbook, request);
  return workbook;
}
