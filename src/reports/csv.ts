// Reports as CSV: a header of indicator ids (and «school»), one school a row.
// CSV saved by a Russian Excel is «;»-separated and in Windows-1251; UTF-8,
// with or without a byte-order mark, is read too.
import type { MonitoringForm } from '../schema/reports.js';
import { columnLetter } from './columns.js';
import { checkValues, type ParsedReport } from './read-report.js';

export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1251').decode(bytes);
  }
}

/** RFC 4180 fields: quotes around a field, doubled quotes inside it. Blank rows are dropped. */
export function parseCsv(text: string): string[][] {
  return csvRecords(text).filter((row) => !isBlank(row));
}

const isBlank = (row: readonly string[]) => row.every((cell) => cell.trim() === '');

/** Every record, blank ones included, so that a record's index is its row in a spreadsheet. */
function csvRecords(text: string): string[][] {
  const delimiter = (text.split(/\r?\n/, 1)[0] ?? '').includes(';') ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  // A last row without a final newline is a row all the same, even when its only field is «""».
  let started = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') ((quoted = true), (started = true));
    else if (char === delimiter) (row.push(field), (field = ''), (started = true));
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      (row.push(field), rows.push(row), (row = []), (field = ''), (started = false));
    } else ((field += char), (started = true));
  }
  if (started) (row.push(field), rows.push(row));
  return rows;
}

const schoolColumns = ['school', 'school_id', 'школа', 'код школы'];
const yearColumns = ['year', 'учебный год', 'год'];
const periodColumns = ['period', 'период'];

/** «…-2024-2025.csv» → 2024-2025: the year a CSV is of, when it has no «year» column. */
export function yearOfFileName(source: string): string | undefined {
  const match = /(?:^|[^\d])(\d{4})[-_–](\d{4})(?:[^\d]|$)/.exec(source.split(/[\\/]/).at(-1) ?? '');
  return match && Number(match[2]) === Number(match[1]) + 1 ? `${match[1]}-${match[2]}` : undefined;
}

export function reportsFromCsv(source: string, bytes: Uint8Array, form: MonitoringForm, period: string | undefined): ParsedReport[] {
  // Rows are numbered as a spreadsheet shows them: blank rows count, a line break inside quotes does not.
  const records = csvRecords(decodeText(bytes))
    .map((cells, index) => ({ cells, line: index + 1 }))
    .filter(({ cells }) => !isBlank(cells));
  const header = records[0]?.cells;
  const rows = records.slice(1);
  const columns = (header ?? []).map((name) => name.trim().replace(/^\uFEFF/, ''));
  const columnOf = (names: readonly string[]) => columns.findIndex((name) => names.includes(name.toLowerCase()));
  const schoolColumn = columnOf(schoolColumns);
  const yearColumn = columnOf(yearColumns);
  const periodColumn = columnOf(periodColumns);
  // each column by its name, looked up once per indicator and row (a header can be millions of columns wide)
  const columnByName = new Map<string, number>();
  columns.forEach((name, index) => {
    if (!columnByName.has(name)) columnByName.set(name, index);
  });
  const fileYear = yearOfFileName(source);
  if (!header || schoolColumn === -1) {
    return [{ source, values: new Map(), problems: [{ code: 'csv-no-school-column' }] }];
  }
  return rows.map(({ cells: row, line }) => {
    const schoolId = row[schoolColumn]?.trim() || undefined;
    const cell = (column: number) => (column === -1 ? undefined : row[column]?.trim() || undefined);
    // A column left out is an empty answer: a required one is then reported as not filled in.
    const find = (indicatorId: string) => {
      const column = columnByName.get(indicatorId) ?? -1;
      const raw = column === -1 ? '' : (row[column] ?? '').trim();
      return {
        where: column === -1 ? `${columnLetter(schoolColumn + 1)}${line}` : `${columnLetter(column + 1)}${line}`,
        value: raw === '' ? ({ kind: 'empty' } as const) : ({ kind: 'text', value: raw } as const),
      };
    };
    // «2024–2025» and «2024_2025» are written for 2024-2025 too.
    const header = {
      formId: form.id,
      version: form.version,
      period: cell(periodColumn) ?? period,
      year: cell(yearColumn)?.replace(/\s*[–—_]\s*/, '-') ?? fileYear,
      schoolId,
    };
    return checkValues(`${source}:${line}`, header, form, (indicator) => find(indicator.id));
  });
}
