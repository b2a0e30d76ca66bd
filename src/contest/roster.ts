// A list of people from a table a person typed: the applications to a contest
// or who attended a seminar. Any column order: columns are found by the words
// of their headers («ФИО», «Образовательная организация», «Категория» …) in
// the first rows; CSV through csv-parse («;» or «,», UTF-8 or Windows-1251),
// XLSX through the guarded cell reader, the first sheet. Pure: bytes in.
import { parse } from 'csv-parse/sync';
import { decodeText } from '../reports/csv.js';
import { columnLetter } from '../reports/columns.js';
import { readSheetCells, workbookOutline, type CellValue } from '../reports/xlsx-cells.js';
import type { MessageCode, MessageParams } from '../i18n/messages.js';

type RosterField = 'name' | 'school' | 'category' | 'position' | 'nomination';

/** Header words of each field, lower case, «ё» as «е»; the first field that matches a header takes the column. */
const HEADER_WORDS: readonly (readonly [RosterField, readonly string[]])[] = [
  ['nomination', ['номинац', 'nomination']],
  ['category', ['категори', 'category']],
  ['position', ['должност', 'position']],
  ['school', ['организац', 'школ', 'учрежден', 'место работы', 'оу', 'school', 'organisation', 'organization']],
  ['name', ['фио', 'ф и о', 'фамилия', 'name']],
];

export interface RosterRow {
  /** Where the row is: «B5» in a workbook, «5» (the line) in a CSV. */
  readonly place: string;
  readonly values: Partial<Record<RosterField, string>>;
}

export interface RosterProblem {
  readonly place: string;
  readonly severity: 'error' | 'warning';
  readonly code: MessageCode;
  readonly params?: MessageParams;
}

export interface Roster {
  readonly rows: readonly RosterRow[];
  readonly problems: readonly RosterProblem[];
  /** Whether places are cells (XLSX) or lines (CSV). */
  readonly cells: boolean;
}

interface Grid {
  /** Rows of cell texts with the row's number as a spreadsheet or editor shows it. */
  readonly rows: readonly { readonly number: number; readonly cells: readonly string[] }[];
  readonly cells: boolean;
}

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replace(/[^a-zа-я0-9]+/gu, ' ')
    .trim();

function fieldOf(header: string): RosterField | undefined {
  const words = normalise(header);
  if (words === '') return undefined;
  // «Участник» names a column only alone: a title above the table («Список участников семинара») names none
  if (/^(?:участник|участники|слушатель|слушатели)$/u.test(words)) return 'name';
  return HEADER_WORDS.find(([, known]) => known.some((word) => (word.length <= 3 ? words.split(' ').includes(word) : words.includes(word))))?.[0];
}

function csvGrid(bytes: Uint8Array): Grid {
  const text = decodeText(bytes);
  // Excel in a Russian locale separates by «;», and «,» is then part of a field («Фамилия, имя, отчество»)
  const delimiter = (text.split(/\r?\n/u, 1)[0] ?? '').includes(';') ? ';' : ',';
  const records = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, bom: true, skip_empty_lines: true, info: true }) as unknown as {
    record: string[];
    info: { lines: number };
  }[];
  return { cells: false, rows: records.map(({ record, info }) => ({ number: info.lines, cells: record })) };
}

const cellText = (value: CellValue) => (value.kind === 'text' ? value.value : value.kind === 'number' ? String(value.value) : '');

function xlsxGrid(bytes: Uint8Array): Grid {
  const sheet = workbookOutline(bytes).sheets[0];
  const cells = sheet === undefined ? undefined : readSheetCells(bytes, [sheet]).sheets.get(sheet);
  const byRow = new Map<number, string[]>();
  for (const [address, cell] of cells ?? []) {
    const match = /^([A-Z]+)(\d+)$/u.exec(address);
    if (!match) continue;
    const column = [...match[1]!].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
    const row = byRow.get(Number(match[2])) ?? [];
    row[column] = cellText(cell.value);
    byRow.set(Number(match[2]), row);
  }
  return {
    cells: true,
    rows: [...byRow.entries()].sort((a, b) => a[0] - b[0]).map(([number, row]) => ({ number, cells: Array.from(row, (text) => text ?? '') })),
  };
}

/** How many rows from the top a header is looked for in: titles above the table are common. */
const HEADER_SEARCH = 10;

/** The people of a CSV or XLSX table; `kind` by the file's extension. */
export function readRoster(bytes: Uint8Array, kind: 'csv' | 'xlsx'): Roster {
  const grid = kind === 'csv' ? csvGrid(bytes) : xlsxGrid(bytes);
  const place = (row: number, column: number) => (grid.cells ? `${columnLetter(column + 1)}${row}` : String(row));
  // a title above the table («Список участников семинара») may name a field too: the header is the row naming the most
  const fieldsIn = (cells: readonly string[]) => new Set(cells.map(fieldOf).filter((field) => field !== undefined));
  const candidates = grid.rows
    .slice(0, HEADER_SEARCH)
    .map((row, index) => ({ index, fields: fieldsIn(row.cells) }))
    .filter(({ fields }) => fields.has('name'));
  const headerAt =
    candidates.reduce(
      (best, candidate) => (best === undefined || candidate.fields.size > best.fields.size ? candidate : best),
      undefined as (typeof candidates)[number] | undefined,
    )?.index ?? -1;
  if (headerAt === -1)
    return { cells: grid.cells, rows: [], problems: [{ place: place(grid.rows[0]?.number ?? 1, 0), severity: 'error', code: 'roster-no-name-column' }] };
  const columns = new Map<RosterField, number>();
  grid.rows[headerAt]!.cells.forEach((cell, column) => {
    const field = fieldOf(cell);
    if (field && !columns.has(field)) columns.set(field, column);
  });
  const nameColumn = columns.get('name')!;
  const rows: RosterRow[] = [];
  for (const row of grid.rows.slice(headerAt + 1)) {
    const values: Partial<Record<RosterField, string>> = {};
    for (const [field, column] of columns) {
      const text = (row.cells[column] ?? '').replace(/\s+/gu, ' ').trim();
      if (text !== '') values[field] = text;
    }
    // a row with no name (a total, a note under the table) is nobody
    if (values.name === undefined) continue;
    rows.push({ place: place(row.number, nameColumn), values });
  }
  return { cells: grid.cells, rows, problems: [] };
}

/** Rows naming one person twice (the same name and organisation): the later ones, said. */
export function repeatedRows(rows: readonly RosterRow[]): { readonly kept: readonly RosterRow[]; readonly problems: readonly RosterProblem[] } {
  const seen = new Map<string, RosterRow>();
  const problems: RosterProblem[] = [];
  const kept = rows.filter((row) => {
    const key = `${normalise(row.values.name!)}|${normalise(row.values.school ?? '')}`;
    const first = seen.get(key);
    if (first) problems.push({ place: row.place, severity: 'warning', code: 'roster-repeated', params: { name: row.values.name, first: first.place } });
    else seen.set(key, row);
    return !first;
  });
  return { kept, problems };
}
