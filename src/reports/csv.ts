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

/** RFC 4180 fields: quotes around a field, doubled quotes inside it. */
export function parseCsv(text: string): string[][] {
  const delimiter = (text.split(/\r?\n/, 1)[0] ?? '').includes(';') ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === delimiter) row.push(field), (field = '');
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += char;
  }
  if (field !== '' || row.length > 0) row.push(field), rows.push(row);
  return rows.filter((r) => r.some((cell) => cell.trim() !== ''));
}

const schoolColumns = ['school', 'school_id', 'школа', 'код школы'];


export function reportsFromCsv(source: string, bytes: Uint8Array, form: MonitoringForm, period: string | undefined): ParsedReport[] {
  const [header, ...rows] = parseCsv(decodeText(bytes));
  const columns = (header ?? []).map((name) => name.trim().replace(/^\uFEFF/, ''));
  const schoolColumn = columns.findIndex((name) => schoolColumns.includes(name.toLowerCase()));
  if (!header || schoolColumn === -1) {
    return [{ source, values: new Map(), problems: [{ code: 'csv-no-school-column' }] }];
  }
  return rows.map((row, index) => {
    const line = index + 2;
    const schoolId = row[schoolColumn]?.trim() || undefined;
    // A column left out is an empty answer: a required one is then reported as not filled in.
    const find = (indicatorId: string) => {
      const column = columns.indexOf(indicatorId);
      const raw = column === -1 ? '' : (row[column] ?? '').trim();
      return { where: column === -1 ? `${columnLetter(schoolColumn + 1)}${line}` : `${columnLetter(column + 1)}${line}`, value: raw === '' ? ({ kind: 'empty' } as const) : ({ kind: 'text', value: raw } as const) };
    };
    return checkValues(`${source}:${line}`, { formId: form.id, version: form.version, period, schoolId }, form, (indicator) => find(indicator.id));
  });
}
