// CSV as schools send it: the last row without a final newline is a row.
// The merge of such a file, read back by LibreOffice, is in csv-merge.test.ts (office layer).
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { quickValidate } from '../../src/kinds/quick-check.js';
import { parseCsv, reportsFromCsv, yearOfFileName } from '../../src/reports/csv.js';
import type { MonitoringForm } from '../../src/schema/reports.js';
import { repoRoot } from '../helpers/cli.js';

describe('parseCsv', () => {
  it('keeps the last row when the file does not end with a newline', () => {
    expect(parseCsv('school;trained\r\npon-1;6')).toEqual([
      ['school', 'trained'],
      ['pon-1', '6'],
    ]);
    expect(parseCsv('school;trained\npon-1;')).toEqual([
      ['school', 'trained'],
      ['pon-1', ''],
    ]);
    expect(parseCsv('school;note\npon-1;"в ""кавычках""; и с ;"')).toEqual([
      ['school', 'note'],
      ['pon-1', 'в "кавычках"; и с ;'],
    ]);
  });

  it('reads back any table written with quotes, whatever the newline and whether the file ends with one', () => {
    const cell = fc.string({ unit: 'grapheme', maxLength: 8 });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        (rows, newline, final) => {
          const kept = rows.filter((row) => row.some((value) => value.trim() !== ''));
          const text = rows.map((row) => row.map((value) => `"${value.replaceAll('"', '""')}"`).join(';')).join(newline) + (final ? newline : '');
          expect(parseCsv(text)).toEqual(kept);
        },
      ),
    );
  });

  it('finds the academic year in a file name', () => {
    expect(yearOfFileName('incoming/gai-6-interim-2024-2025.csv')).toBe('2024-2025');
    expect(yearOfFileName('gai-6_2024_2025.csv')).toBe('2024-2025');
    expect(yearOfFileName('2024-2026.csv')).toBeUndefined();
    expect(yearOfFileName('school-20242-2025.csv')).toBeUndefined();
  });
});

describe('the period and year columns of a CSV', () => {
  it('are taken as written, a year with a dash or an underscore too, and win over the file name', () => {
    const form = quickValidate(readFileSync(path.join(repoRoot, 'templates', 'monitoring-form.yaml'), 'utf8'))!.validated.value as MonitoringForm;
    const text = 'school;period;year\npon-1;half_1;2024–2025\ngai-6;final;2024_2025\nbuz-cvr;;\n';
    const reports = reportsFromCsv('reports-2023-2024.csv', new TextEncoder().encode(text), form, 'interim');
    expect(reports.map((r) => [r.schoolId, r.period, r.year])).toEqual([
      ['pon-1', 'half_1', '2024-2025'],
      ['gai-6', 'final', '2024-2025'],
      ['buz-cvr', 'interim', '2023-2024'],
    ]);
  });
});
