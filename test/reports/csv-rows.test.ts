// CSV reports: the RFC 4180 reader (quotes, doubled quotes, line ends, the
// last row with or without a final newline), the two encodings and the two
// separators a Russian Excel may use, and every row becoming one school's report.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, parseCsv, reportsFromCsv } from '../../src/reports/csv.js';
import type { MonitoringForm } from '../../src/schema/reports.js';

describe('parseCsv', () => {
  it('keeps the last row when the file has no final newline', () => {
    expect(parseCsv('school,trained\ngai-6,12')).toEqual([
      ['school', 'trained'],
      ['gai-6', '12'],
    ]);
    expect(parseCsv('school,trained\ngai-6,12\n')).toEqual([
      ['school', 'trained'],
      ['gai-6', '12'],
    ]);
    expect(parseCsv('school,trained\ngai-6,')).toEqual([
      ['school', 'trained'],
      ['gai-6', ''],
    ]);
    expect(parseCsv('school,trained\ngai-6,"12"')).toEqual([
      ['school', 'trained'],
      ['gai-6', '12'],
    ]);
  });

  it('ends rows at LF, CRLF or a lone CR', () => {
    expect(parseCsv('a,b\r\n1,2\r\n3,4\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parseCsv('a,b\r1,2\r3,4')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parseCsv('a,b\n1,2\r\n3,4')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('reads quoted fields: separators, line breaks and doubled quotes inside', () => {
    const text = 'school;practices\r\ngai-6;"Клуб ""Лидер""; встречи\r\nс родителями"\r\npon-1;""\r\n';
    expect(parseCsv(text)).toEqual([
      ['school', 'practices'],
      ['gai-6', 'Клуб "Лидер"; встречи\r\nс родителями'],
      ['pon-1', ''],
    ]);
    expect(parseCsv('a,"x,y",b')).toEqual([['a', 'x,y', 'b']]);
    // a quote inside an unquoted field is a character of it
    expect(parseCsv('a,5" экран,b')).toEqual([['a', '5" экран', 'b']]);
  });

  it('takes «;» as the separator when the header has one, else «,»', () => {
    expect(parseCsv('school;trained\ngai-6;1,5')).toEqual([
      ['school', 'trained'],
      ['gai-6', '1,5'],
    ]);
    expect(parseCsv('school,trained\ngai-6,1;5')).toEqual([
      ['school', 'trained'],
      ['gai-6', '1;5'],
    ]);
    // only the first line decides
    expect(parseCsv('school,trained\n"a;b",1')).toEqual([
      ['school', 'trained'],
      ['a;b', '1'],
    ]);
  });

  it('drops blank and whitespace-only rows, but keeps a row with one filled cell', () => {
    expect(parseCsv('\n\na,b\n\n , \n1,2\n\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsv(',,x')).toEqual([['', '', 'x']]);
    expect(parseCsv('')).toEqual([]);
  });

  it('reads back any table it is given as RFC 4180 text (property)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'я', ' ', ',', '"', '\n', '\r\n', '1'), maxLength: 6 });
    const table = fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }).map((rows) => {
      const width = rows[0]!.length;
      return rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
    });
    const header = fc.array(fc.stringMatching(/^[a-z]{1,5}$/), { minLength: 2, maxLength: 4 });
    fc.assert(
      fc.property(header, table, fc.boolean(), (names, body, finalNewline) => {
        const rows = body.map((row) => names.map((_, i) => row[i] ?? ''));
        const quote = (value: string) => `"${value.replaceAll('"', '""')}"`;
        const text = [names.join(','), ...rows.map((row) => row.map(quote).join(','))].join('\r\n') + (finalNewline ? '\r\n' : '');
        const expected = [names, ...rows.filter((row) => row.some((value) => value.trim() !== ''))];
        expect(parseCsv(text)).toEqual(expected);
      }),
    );
  });
});

describe('decodeText', () => {
  it('reads UTF-8, and Windows-1251 when the bytes are not UTF-8', () => {
    expect(decodeText(new TextEncoder().encode('школа;обучено'))).toBe('школа;обучено');
    // «школа» in Windows-1251
    expect(decodeText(new Uint8Array([0xf8, 0xea, 0xee, 0xeb, 0xe0]))).toBe('школа');
  });
});

const form: MonitoringForm = {
  kind: 'form',
  id: 'class-teacher-monitoring',
  version: 2,
  title: 'Мониторинг',
  periods: [{ id: 'interim', title: 'Промежуточный контроль', due: '12-15' }],
  indicators: [
    { id: 'class_teachers', label: 'Классных руководителей', type: 'integer', required: true },
    { id: 'trained', label: 'Прошли курсы', type: 'integer', required: true },
    { id: 'practices', label: 'Практики', type: 'text', required: false },
  ],
  checks: [],
};
const bytes = (text: string) => new TextEncoder().encode(text);

describe('reportsFromCsv', () => {
  it('makes one report a row, with the form, period and school, and values by column name', () => {
    const reports = reportsFromCsv('in.csv', bytes('trained;school;class_teachers\n12;gai-6;20\n 7 ; pon-1 ;9'), form, 'interim');
    expect(reports).toEqual([
      {
        source: 'in.csv:2',
        formId: 'class-teacher-monitoring',
        version: 2,
        period: 'interim',
        schoolId: 'gai-6',
        values: new Map([
          ['class_teachers', 20],
          ['trained', 12],
        ]),
        problems: [],
      },
      {
        source: 'in.csv:3',
        formId: 'class-teacher-monitoring',
        version: 2,
        period: 'interim',
        schoolId: 'pon-1',
        values: new Map([
          ['class_teachers', 9],
          ['trained', 7],
        ]),
        problems: [],
      },
    ]);
  });

  it('finds the school column by any of its names, in any case, after a byte-order mark', () => {
    for (const name of ['school', 'School_ID', 'Школа', 'КОД ШКОЛЫ', '\uFEFFschool', ' school ']) {
      const [report] = reportsFromCsv('in.csv', bytes(`${name},class_teachers,trained\ngai-6,20,12`), form, undefined);
      expect(report!.schoolId, name).toBe('gai-6');
      expect(report!.problems, name).toEqual([]);
    }
  });

  it('says so when there is no school column, or no header at all', () => {
    expect(reportsFromCsv('in.csv', bytes('id,class_teachers\ngai-6,20'), form, undefined)).toEqual([
      { source: 'in.csv', values: new Map(), problems: [{ code: 'csv-no-school-column' }] },
    ]);
    expect(reportsFromCsv('empty.csv', bytes(''), form, undefined)).toEqual([
      { source: 'empty.csv', values: new Map(), problems: [{ code: 'csv-no-school-column' }] },
    ]);
  });

  it('points at the cell of a bad value, and at the school cell for a column left out', () => {
    const [first, second] = reportsFromCsv('in.csv', bytes('school,class_teachers\ngai-6,много\n,5\n'), form, undefined);
    expect(first!.problems).toEqual([
      { where: 'B2', code: 'report-not-number', params: { indicator: 'Классных руководителей', value: 'много' } },
      { where: 'A2', code: 'report-required', params: { indicator: 'Прошли курсы' } },
    ]);
    expect(second!.schoolId).toBeUndefined();
    expect(second!.source).toBe('in.csv:3');
  });

  it('numbers rows as a spreadsheet shows them: blank rows count, a line break inside quotes does not', () => {
    const text = 'school;class_teachers;trained;practices\n\ngai-1;10;4;"Клуб\nвожатых"\ngai-6;20;много;\n;;\npon-1;x;1;';
    const reports = reportsFromCsv('in.csv', bytes(text), form, undefined);
    expect(reports.map((r) => r.source)).toEqual(['in.csv:3', 'in.csv:4', 'in.csv:6']);
    expect(reports.map((r) => r.problems.map((p) => p.where))).toEqual([[], ['C4'], ['B6']]);
    expect(reports[0]!.values.get('practices')).toBe('Клуб\nвожатых');
  });

  it('reads the last row of a file without a final newline like any other', () => {
    const text = 'school;class_teachers;trained\ngai-1;10;4\ngai-6;20;12';
    const reports = reportsFromCsv('in.csv', bytes(text), form, undefined);
    expect(reports.map((r) => [r.schoolId, r.values.get('trained')])).toEqual([
      ['gai-1', 4],
      ['gai-6', 12],
    ]);
    expect(reportsFromCsv('in.csv', bytes(`${text}\r\n`), form, undefined)).toEqual(reports);
  });
});
