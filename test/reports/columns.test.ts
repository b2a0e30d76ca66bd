import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnLetter } from '../../src/reports/columns.js';
import { parseAcademicYear, parseDateText } from '../../src/schema/dates.js';

describe('shared small readers', () => {
  it('names spreadsheet columns as Excel does, and back', () => {
    expect([1, 26, 27, 52, 53, 702, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
    const number = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
    fc.assert(fc.property(fc.integer({ min: 1, max: 16384 }), (column) => number(columnLetter(column)) === column));
  });

  it('reads academic years and dates written the usual ways', () => {
    expect(['2023-2024', '2023–2024', ' 2023 — 2024 '].map(parseAcademicYear)).toEqual([{ first: 2023 }, { first: 2023 }, { first: 2023 }]);
    expect(['2023-2025', '2024-2023', '23-24'].map(parseAcademicYear)).toEqual([undefined, undefined, undefined]);
    expect(parseDateText('5.9.2023')).toEqual({ year: 2023, month: 9, day: 5 });
    expect(parseDateText('31.9.2023')).toBeUndefined();
  });
});
