// The summary workbook: «Свод» (schools by district, district subtotals and the
// region total — formulas with their values stored, for viewers that do not
// recalculate), «Не сдали» (who to chase, with contacts) and «Ошибки». Written
// row by row into the zip (xlsx-writer.ts), so that 40,000 schools take the
// memory of their values and no more. A hidden sheet marks the file as a
// summary of centre's, which a later merge may write over.
import type { MessageCode, MessageParams } from '../i18n/messages.js';
import type { Indicator, IndicatorTotal, MonitoringForm, Registry } from '../schema/reports.js';
import { columnLetter } from './columns.js';
import { compareText } from '../util/compare.js';
import type { CountedReport, MergeResult } from './merge.js';
import type { ReportValue } from './read-report.js';
import { META_NAMES, META_SHEET } from './form-names.js';
import { COLUMNS_SHEET, OVERALL_TOTAL_LABELS, registryLevel, SUMMARY_NAME, TOTALS_SHEET, type SummaryTotal } from './summary-data.js';
import { totalOf } from './totals.js';
import { XlsxWriter, type CellInput, type CellStyle, type StyledCell } from './xlsx-writer.js';

export interface SummaryRequest {
  readonly form: MonitoringForm;
  readonly registry?: Registry;
  readonly result: MergeResult;
  /** Renders a message in the summary's language. */
  readonly describe: (code: MessageCode, params?: MessageParams) => string;
}

const numberFormats: Partial<Record<Indicator['type'], string>> = { integer: '0', number: '0.00', percent: '0.0', date: 'dd.mm.yyyy' };

const FIRST_DATA_COLUMN = 4;
const FIRST_SCHOOL_ROW = 3;

/** Text that a spreadsheet would read as a formula is kept as text (no formula injection): strings are written as strings. */
function cellValue(indicator: Indicator, value: ReportValue | undefined): CellInput {
  if (value === undefined) return null;
  if (indicator.type === 'date' && typeof value === 'string') return new Date(`${value}T00:00:00Z`);
  return typeof value === 'boolean' ? (value ? 'да' : 'нет') : value;
}

interface Group {
  /** The district's id; empty for schools without one. */
  readonly id: string;
  readonly title: string;
  readonly rows: CountedReport[];
}

function groupByDistrict(counted: readonly CountedReport[], registry: Registry | undefined): Group[] {
  const districts = registry?.districts ?? [];
  const byDistrict = new Map<string | undefined, CountedReport[]>();
  for (const report of counted) {
    const key = districts.some((district) => district.id === report.districtId) ? report.districtId : undefined;
    if (!byDistrict.has(key)) byDistrict.set(key, []);
    byDistrict.get(key)!.push(report);
  }
  const sorted = (rows: CountedReport[] | undefined) => (rows ?? []).sort((a, b) => compareText(a.schoolId, b.schoolId));
  const groups: Group[] = districts.map((district) => ({ id: district.id, title: district.name, rows: sorted(byDistrict.get(district.id)) }));
  groups.push({ id: '', title: registry ? 'Без района' : 'Школы', rows: sorted(byDistrict.get(undefined)) });
  return groups.filter((group) => group.rows.length > 0);
}

/** The indicator's column and, for a weighted mean, the column of its weight. */
interface Column {
  readonly indicator: Indicator;
  readonly index: number;
  readonly letter: string;
  readonly total: IndicatorTotal;
  readonly weight?: { readonly index: number; readonly letter: string };
}

function columnsOf(form: MonitoringForm): Column[] {
  const position = new Map(form.indicators.map((indicator, index) => [indicator.id, index]));
  return form.indicators.map((indicator, index) => {
    const total = totalOf(indicator);
    const weightIndex = total === 'weighted mean' && indicator.by !== undefined ? position.get(indicator.by) : undefined;
    return {
      indicator,
      index,
      letter: columnLetter(FIRST_DATA_COLUMN + index),
      total: total === 'weighted mean' && weightIndex === undefined ? 'mean' : total,
      weight: weightIndex === undefined ? undefined : { index: weightIndex, letter: columnLetter(FIRST_DATA_COLUMN + weightIndex) },
    };
  });
}

/** A spreadsheet string literal: «"» doubled. */
const literal = (text: string) => `"${text.replaceAll('"', '""')}"`;
/** A COUNTIF criterion that matches the text exactly: no wildcards, no comparison. */
const criterion = (text: string) => literal(`${/^[=<>]/.test(text) ? '=' : ''}${text.replace(/[~*?]/g, '~$&')}`);

type TotalCell = { readonly formula: string; readonly result: string | number } | null;

/** The total's formula over the schools' row spans (first:last), with its value worked out from the same rows. */
function totalCell(column: Column, spans: readonly [number, number][], rows: readonly CountedReport[]): TotalCell {
  const range = ([first, last]: [number, number], letter = column.letter) => `${letter}${first}:${letter}${last}`;
  const values = rows.map((row) => row.report.values[column.index]);
  const numbers = values.filter((v): v is number => typeof v === 'number');
  const each = (part: (span: [number, number]) => string, separator: string) => spans.map(part).join(separator);
  switch (column.total) {
    case 'sum':
      return { formula: `SUM(${each((s) => range(s), ',')})`, result: numbers.reduce((sum, n) => sum + n, 0) };
    case 'mean':
      if (numbers.length === 0) return null;
      return { formula: `AVERAGE(${each((s) => range(s), ',')})`, result: numbers.reduce((sum, n) => sum + n, 0) / numbers.length };
    case 'weighted mean': {
      const weight = column.weight!;
      let weighted = 0;
      let weights = 0;
      for (const row of rows) {
        const value = row.report.values[column.index];
        const by = row.report.values[weight.index];
        if (typeof value === 'number' && typeof by === 'number') ((weighted += value * by), (weights += by));
      }
      // Schools that left the share empty weigh nothing: (value<>"") drops their weight.
      const numerator = each((s) => `SUMPRODUCT(${range(s)},${range(s, weight.letter)})`, '+');
      const denominator = each((s) => `SUMPRODUCT((${range(s)}<>"")*${range(s, weight.letter)})`, '+');
      return { formula: `IFERROR((${numerator})/(${denominator}),"")`, result: weights === 0 ? '' : weighted / weights };
    }
    case 'count of да':
      return { formula: each((s) => `COUNTIF(${range(s)},"да")`, '+'), result: values.filter((v) => v === true).length };
    case 'count per choice': {
      const choices = column.indicator.choices ?? [];
      const count = (choice: string) => values.filter((v) => v === choice).length;
      const formula = choices.map((choice) => `${literal(`${choice}: `)}&(${each((s) => `COUNTIF(${range(s)},${criterion(choice)})`, '+')})`).join('&"; "&');
      return { formula, result: choices.map((choice) => `${choice}: ${count(choice)}`).join('; ') };
    }
    case 'none':
      return null;
  }
}

const totalLabels: Record<IndicatorTotal, MessageCode> = {
  sum: 'summary-total-sum',
  mean: 'summary-total-mean',
  'weighted mean': 'summary-total-weighted',
  'count of да': 'summary-total-yes',
  'count per choice': 'summary-total-choices',
  none: 'summary-total-none',
};

const labelOf = (indicator: Indicator) => (indicator.unit ? `${indicator.label}, ${indicator.unit}` : indicator.label);

function headerOf(column: Column, columns: readonly Column[], describe: SummaryRequest['describe']): string {
  const label = labelOf(column.indicator);
  if (column.total === 'none') return label;
  // a person reads the weight's label, not its id
  const weight = column.weight ? columns[column.weight.index]!.indicator.label : undefined;
  const by = weight ? `${weight.charAt(0).toLowerCase()}${weight.slice(1)}` : undefined;
  const total = describe(totalLabels[column.total], { by });
  return `${label}\n(${describe('summary-total', { total })})`;
}

/** Characters of bold 11-point text on a line of a column 18 wide, and the points a line takes. */
const HEADER_LINE_CHARS = 15;
const LINE_POINTS = 15;

/** A height for the header row that shows every wrapped header in full (LibreOffice keeps a row one line high otherwise). */
function headerHeight(headers: readonly string[]): number {
  const lines = headers.map((header) => header.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / HEADER_LINE_CHARS)), 0));
  return Math.max(1, ...lines) * LINE_POINTS + 4;
}

/** Writes «Свод»; returns its district and region totals that are numbers and its headers, for the hidden sheets. */
function writeSummarySheet(workbook: XlsxWriter, { form, registry, result, describe }: SummaryRequest): { totals: SummaryTotal[]; headers: string[] } {
  const columns = columnsOf(form);
  const groups = groupByDistrict(result.counted, registry);
  const lastColumn = columnLetter(FIRST_DATA_COLUMN + form.indicators.length - 1);
  const lastRow = FIRST_SCHOOL_ROW + groups.reduce((sum, group) => sum + group.rows.length + 1, 0);
  const sheet = workbook.addSheet({
    name: 'Свод',
    widths: [24, 16, 40, ...columns.map(() => 18)],
    frozen: { columns: 3, rows: 2 },
    autoFilter: `A2:${lastColumn}${Math.max(lastRow - 1, 2)}`,
    print: { titleRows: 2 },
  });
  const formats = columns.map((column) => numberFormats[column.indicator.type]);
  const period = form.periods.find((p) => p.id === result.period);
  sheet.addRow([`${form.title}${period ? `: ${period.title.toLowerCase()}` : ''}${result.year ? `, ${result.year} учебный год` : ''}`], {
    bold: true,
    size: 13,
  });
  const headers = columns.map((column) => headerOf(column, columns, describe));
  sheet.addRow(['Район', 'Код школы', 'Школа', ...headers], { bold: true, wrap: true }, headerHeight(headers));

  const spans: [number, number][] = [];
  const totals: SummaryTotal[] = [];
  const writeTotals = (district: string, name: string, label: string, rowSpans: [number, number][], rows: readonly CountedReport[]) => {
    const cells = columns.map((column, index): StyledCell => {
      const mean = column.total === 'mean' || column.total === 'weighted mean';
      const value = totalCell(column, rowSpans, rows);
      if (column.total !== 'none' && column.total !== 'count per choice') {
        totals.push({ district, name, indicator: column.indicator.id, value: typeof value?.result === 'number' ? value.result : null });
      }
      // With no school counted, a formula over no rows («SUM()», «()/()») is one no spreadsheet reads (Err:511): the value alone says the total.
      return { value: rowSpans.length > 0 ? value : (value?.result ?? null), style: { bold: true, numFmt: mean ? '0.0' : formats[index] } };
    });
    sheet.addRow([label, null, null, ...cells], { bold: true });
  };
  const styles: (CellStyle | undefined)[] = formats.map((numFmt) => (numFmt ? { numFmt } : undefined));
  for (const group of groups) {
    const first = sheet.nextRow;
    for (const counted of group.rows) {
      const name = counted.school?.shortName ?? counted.school?.name ?? counted.schoolId;
      sheet.addRow([
        group.title,
        counted.schoolId,
        name,
        ...columns.map((column, index) => ({ value: cellValue(column.indicator, counted.report.values[column.index]), style: styles[index] })),
      ]);
    }
    spans.push([first, sheet.nextRow - 1]);
    writeTotals(group.id, group.title, `Итого: ${group.title}`, [[first, sheet.nextRow - 1]], group.rows);
  }
  const overall = OVERALL_TOTAL_LABELS[registryLevel(registry)];
  writeTotals('*', overall, overall, spans, result.counted);
  return { totals, headers };
}

function writeMissingSheet(workbook: XlsxWriter, { registry, result }: SummaryRequest): void {
  const sheet = workbook.addSheet({ name: 'Не сдали', widths: [24, 16, 40, 24, 28, 18, 28], frozen: { rows: 1 }, print: { titleRows: 1 } });
  sheet.addRow(['Район', 'Код школы', 'Школа', 'Координатор', 'Должность', 'Телефон', 'E-mail'], { bold: true });
  const districts = new Map((registry?.districts ?? []).map((district) => [district.id, district]));
  for (const school of result.missing) {
    const district = districts.get(school.district);
    const contact = school.coordinator ?? district?.coordinator;
    sheet.addRow([
      district?.name ?? school.district,
      school.id,
      school.shortName ?? school.name,
      contact?.name ?? '',
      contact?.position ?? '',
      contact?.phone ?? '',
      contact?.email ?? '',
    ]);
  }
}

function writeProblemsSheet(workbook: XlsxWriter, { result, describe }: SummaryRequest): void {
  const sheet = workbook.addSheet({ name: 'Ошибки', widths: [36, 16, 90], frozen: { rows: 1 }, print: { titleRows: 1 } });
  sheet.addRow(['Файл', 'Ячейка', 'Что не так'], { bold: true });
  for (const problem of result.problems) sheet.addRow([problem.source, problem.where ?? '', describe(problem.code, problem.params)]);
}

/**
 * The summary's own form data, in very hidden sheets as the forms have it:
 * which form, version, period and year it sums (named cells; the summary name
 * is also the mark by which a later merge may write over it), and the totals
 * by district and region as plain values, for `centre report compare`.
 */
function writeFormData(workbook: XlsxWriter, { form, result }: SummaryRequest, totals: readonly SummaryTotal[], headers: readonly string[]): void {
  const meta = workbook.addSheet({ name: META_SHEET, state: 'veryHidden' });
  const metadata: [string, string, string | number][] = [
    ['form', META_NAMES.form, form.id],
    ['version', META_NAMES.version, form.version],
    ['period', META_NAMES.period, result.period ?? ''],
    ['year', META_NAMES.year, result.year ?? ''],
    ['summary', SUMMARY_NAME, form.id],
  ];
  metadata.forEach(([key, name, value], index) => {
    meta.addRow([key, value]);
    workbook.defineName(name, `'${META_SHEET}'!$B$${index + 1}`);
  });
  const sheet = workbook.addSheet({ name: TOTALS_SHEET, state: 'veryHidden' });
  sheet.addRow(['district', 'name', 'indicator', 'value']);
  for (const total of totals) sheet.addRow([total.district, total.name, total.indicator, total.value]);
  // which column of «Свод» (found by its header, wherever a person moves it) is which indicator, and how it is totalled
  const columnsSheet = workbook.addSheet({ name: COLUMNS_SHEET, state: 'veryHidden' });
  columnsSheet.addRow(['indicator', 'header', 'total', 'by']);
  columnsOf(form).forEach((column, index) =>
    columnsSheet.addRow([column.indicator.id, headers[index]!, column.total, column.weight ? form.indicators[column.weight.index]!.id : null]),
  );
}

/** The summary workbook's bytes. */
export function buildSummary(request: SummaryRequest): Uint8Array {
  const workbook = new XlsxWriter({ title: request.form.title, creator: 'centre' });
  const { totals, headers } = writeSummarySheet(workbook, request);
  writeMissingSheet(workbook, request);
  writeProblemsSheet(workbook, request);
  writeFormData(workbook, request, totals, headers);
  return workbook.finish();
}

/**
 * Whether a workbook is a summary of centre's: by its hidden mark, or, for a
 * summary written before the mark existed, by its maker and its three sheets.
 */
export function isSummaryOutline(outline: { readonly names: ReadonlySet<string>; readonly sheets: readonly string[]; readonly creator?: string }): boolean {
  if (outline.names.has(SUMMARY_NAME)) return true;
  return outline.creator === 'centre' && ['Свод', 'Не сдали', 'Ошибки'].every((sheet) => outline.sheets.includes(sheet));
}
