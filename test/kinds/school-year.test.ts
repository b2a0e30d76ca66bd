// kind: school-year — validated like every kind, with located errors, and turned into the school year the reader uses.
import { describe, expect, it } from 'vitest';
import { readTiming } from '../../src/calendar/reader/reading.js';
import { schoolYearOf } from '../../src/kinds/school-year.js';
import { validateText } from '../../src/kinds/validate.js';
import type { SchoolYearFile } from '../../src/schema/school-year.js';
import { iso } from '../helpers/iso.js';

const file = (lines: string[]) => lines.join('\n') + '\n';
const good = file([
  'kind: school-year',
  'academicYear: 2024-2025',
  'terms:',
  '  - {from: 2024-09-02, to: 2024-10-25}',
  '  - {from: 2024-11-05, to: 2024-12-27}',
  '  - {from: 2025-01-09, to: 2025-03-21}',
  '  - {from: 2025-03-31, to: 2025-05-23}',
  'holidays:',
  '  - {from: 2024-10-26, to: 2024-11-04, name: осенние}',
  'lastDayOfLessons: 2025-05-23',
]);

describe('kind: school-year', () => {
  it('accepts a school year of four terms and gives the reader its dates', () => {
    const result = validateText('year.yaml', good);
    expect(result.diagnostics).toEqual([]);
    const year = schoolYearOf(result.validated!.value as SchoolYearFile);
    const reading = readTiming('в течение III четверти', { period: { start: iso('2024-09-01'), end: iso('2025-08-31') }, schoolYear: () => year });
    expect(reading.schedule).toEqual({ kind: 'period', start: '2025-01-09', end: '2025-03-21' });
    expect(reading.notes).toEqual([]);
    // the summer holidays begin after the school's own last day of lessons
    expect(readTiming('с 25 мая', { period: { start: iso('2024-09-01'), end: iso('2025-08-31') }, schoolYear: () => year }).schedule).toEqual({
      kind: 'range',
      start: '2025-05-25',
      end: '2025-08-31',
    });
  });

  it.each([
    ['a term outside the year', good.replace('2024-09-02', '2023-09-02'), 4, 5, 'school-year-outside'],
    ['terms out of order', good.replace('{from: 2025-01-09', '{from: 2024-12-20'), 6, 12, 'school-year-term-order'],
    ['a term that ends before it starts', good.replace('to: 2025-05-23}', 'to: 2025-03-01}'), 7, 28, 'period-order'],
    [
      'two terms only',
      file(['kind: school-year', 'academicYear: 2024-2025', 'terms:', '  - {from: 2024-09-02, to: 2024-12-27}', '  - {from: 2025-01-09, to: 2025-05-23}']),
      4,
      3,
      'school-year-terms',
    ],
    ['an impossible date', good.replace('2025-05-23\n', '2025-02-30\n'), 10, 19, 'impossible-date'],
    ['a last day of lessons in another year', good.replace('lastDayOfLessons: 2025-05-23', 'lastDayOfLessons: 2024-05-23'), 10, 19, 'school-year-outside'],
  ])('points at %s', (_, text, line, column, code) => {
    const { diagnostics } = validateText('year.yaml', text);
    expect(diagnostics).toEqual([expect.objectContaining({ line, column, code, severity: 'error' })]);
  });
});
