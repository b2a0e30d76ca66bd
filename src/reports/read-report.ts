// One school's filled form, read and checked against the form definition.
// The input is the named cells of an XLSX file, or one row of a CSV file.
import type { MessageCode, MessageParams } from '../i18n/messages.js';
import { parseIsoDate } from '../schema/iso-date.js';
import type { Indicator, MonitoringForm } from '../schema/reports.js';
import { holds, parseCheck } from './checks.js';
import { META_NAMES, NAME_PREFIX } from './form-names.js';
import type { CellValue, WorkbookCells } from './xlsx-cells.js';

export type ReportValue = number | boolean | string;

export interface ReportProblem {
  /** Where: «Форма!D7» for a cell of a workbook, «row 3, trained» for CSV; absent for the file as a whole. */
  readonly where?: string;
  readonly code: MessageCode;
  readonly params?: MessageParams;
}

/** Which file a report is, and what its hidden form data says it is. */
export interface ReportIdentity {
  readonly source: string;
  readonly formId?: string;
  readonly version?: number;
  readonly period?: string;
  readonly year?: string;
  readonly schoolId?: string;
}

export interface ParsedReport extends ReportIdentity {
  readonly values: ReadonlyMap<string, ReportValue>;
  readonly problems: ReportProblem[];
  /** When the workbook says it was last saved (ISO timestamp). */
  readonly modified?: string;
}

/** A value as found in the file, with where it was. */
export interface FoundValue {
  readonly where: string;
  readonly value: CellValue;
  readonly formula?: boolean;
  /** Whether the cell is formatted as a percentage, so that its stored number is a fraction: 0.875 for «87,5%». */
  readonly percent?: () => boolean;
}

const text = (value: CellValue): string | undefined => (value.kind === 'text' ? value.value.trim() : value.kind === 'number' ? String(value.value) : undefined);

export function reportFromCells(
  source: string,
  workbook: Pick<WorkbookCells, 'cells' | 'date1904' | 'modified' | 'isPercentStyle'>,
  form: MonitoringForm,
): ParsedReport {
  const { cells, date1904, modified, isPercentStyle } = workbook;
  const found = (name: string): FoundValue | undefined => {
    const cell = cells.get(name);
    return cell && { where: `${cell.sheet}!${cell.address}`, value: cell.value, formula: cell.formula, percent: () => isPercentStyle(cell.style) };
  };
  const meta = (name: string) => {
    const cell = found(name);
    return cell ? text(cell.value) : undefined;
  };
  const schoolInput = meta(`${META_NAMES.school}_input`);
  const versionText = meta(META_NAMES.version);
  const header = {
    formId: meta(META_NAMES.form),
    version: versionText === undefined ? undefined : Number(versionText),
    period: meta(META_NAMES.period),
    year: meta(META_NAMES.year),
    schoolId: meta(META_NAMES.school) || schoolInput || undefined,
    modified,
  };
  if (!header.formId) return { source, ...header, values: new Map(), problems: [{ code: 'report-not-a-form' }] };
  return checkValues(source, header, form, (indicator) => found(`${NAME_PREFIX}${indicator.id}`), date1904);
}

export function checkValues(
  source: string,
  header: Omit<ParsedReport, 'source' | 'values' | 'problems'>,
  form: MonitoringForm,
  find: (indicator: Indicator) => FoundValue | undefined,
  date1904 = false,
): ParsedReport {
  const problems: ReportProblem[] = [];
  const values = new Map<string, ReportValue>();
  for (const indicator of form.indicators) {
    const cell = find(indicator);
    if (!cell) {
      problems.push({ code: 'report-missing-indicator', params: { indicator: indicator.label } });
      continue;
    }
    if (cell.formula) {
      // A formula's stored value was computed by whoever saved the file; it is not taken on trust.
      problems.push({ where: cell.where, code: 'report-formula', params: { indicator: indicator.label } });
      continue;
    }
    const read = readValue(indicator, asTyped(indicator, cell), date1904);
    if (read.problem) problems.push({ where: cell.where, code: read.problem, params: { indicator: indicator.label, ...read.params } });
    else if (read.value !== undefined) values.set(indicator.id, read.value);
    else if (indicator.required) problems.push({ where: cell.where, code: 'report-required', params: { indicator: indicator.label } });
  }
  for (const check of form.checks) {
    const parsed = parseCheck(check.rule);
    if (!parsed) continue;
    const left = values.get(parsed.left);
    const right = 'value' in parsed.right ? parsed.right.value : values.get(parsed.right.indicator);
    if (typeof left === 'number' && typeof right === 'number' && !holds(left, parsed.operator, right)) {
      problems.push({ where: find(form.indicators.find((i) => i.id === parsed.left)!)?.where, code: 'report-check', params: { message: check.message } });
    }
  }
  return { source, ...header, values, problems };
}

/** A number in a cell formatted as a percentage is what the school saw: 0.875 shown as «87,5%» is 87.5 %. */
function asTyped(indicator: Indicator, cell: FoundValue): CellValue {
  if (indicator.type !== 'percent' || cell.value.kind !== 'number' || !cell.percent?.()) return cell.value;
  return { kind: 'number', value: Number((cell.value.value * 100).toPrecision(12)) };
}

interface Read {
  readonly value?: ReportValue;
  readonly problem?: MessageCode;
  readonly params?: MessageParams;
}

function readValue(indicator: Indicator, cell: CellValue, date1904: boolean): Read {
  if (cell.kind === 'empty') return {};
  if (cell.kind === 'error') return { problem: 'report-cell-error', params: { value: cell.value } };
  if (cell.kind === 'damaged') return { problem: 'report-cell-damaged' };
  const shown = String(cell.value);
  switch (indicator.type) {
    case 'integer':
    case 'number':
    case 'percent': {
      const number = cell.kind === 'number' ? cell.value : cell.kind === 'text' ? numberFromText(cell.value) : undefined;
      if (number === undefined || !Number.isFinite(number)) return { problem: 'report-not-number', params: { value: shown } };
      if (indicator.type === 'integer' && !Number.isInteger(number)) return { problem: 'report-not-integer', params: { value: shown } };
      const min = indicator.min ?? (indicator.type === 'number' ? -Infinity : 0);
      const max = indicator.max ?? (indicator.type === 'percent' ? 100 : Infinity);
      if (number < min || number > max) return { problem: 'report-out-of-bounds', params: { value: shown, min, max } };
      return { value: number };
    }
    case 'boolean': {
      if (cell.kind === 'boolean') return { value: cell.value };
      const answer = cell.kind === 'text' ? cell.value.trim().toLowerCase() : '';
      if (['да', 'yes', 'true', '1'].includes(answer)) return { value: true };
      if (['нет', 'no', 'false', '0'].includes(answer)) return { value: false };
      return { problem: 'report-not-boolean', params: { value: shown } };
    }
    case 'choice': {
      const answer = cell.kind === 'text' ? cell.value.trim() : shown;
      const choice = indicator.choices?.find((c) => c.toLowerCase() === answer.toLowerCase().replaceAll('‚', ','));
      return choice ? { value: choice } : { problem: 'report-not-choice', params: { value: answer, choices: (indicator.choices ?? []).join('|') } };
    }
    case 'date': {
      const date = cell.kind === 'number' ? serialToIso(cell.value, date1904) : cell.kind === 'text' ? textToIso(cell.value) : undefined;
      return date ? { value: date } : { problem: 'report-not-date', params: { value: shown } };
    }
    case 'text':
      return { value: cell.kind === 'text' ? cell.value.trim() : shown };
  }
}

function numberFromText(text: string): number | undefined {
  const cleaned = text
    .trim()
    .replace(/\s|\u00A0/g, '')
    .replace(',', '.')
    .replace(/%$/, '');
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : undefined;
}

/** An Excel date serial as YYYY-MM-DD (1900 system, or 1904 when the workbook says so). */
function serialToIso(serial: number, date1904 = false): string | undefined {
  if (!Number.isFinite(serial) || serial < 1) return undefined;
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return new Date(epoch + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10);
}

function textToIso(text: string): string | undefined {
  return parseIsoDate(text);
}
