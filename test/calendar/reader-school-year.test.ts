// The default school year the reader places terms, trimesters and holidays in: lessons start on
// 1 September (Monday 2 September when the first is a Sunday), the autumn holidays end on the Sunday
// nearest 4 November, years before 2023 are made of months, trimesters are three months each.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, isoDate, weekdayOf } from '../../src/calendar/days.js';
import { defaultSchoolYear, summerHolidays } from '../../src/calendar/reader/school-year.js';
import { readTiming } from '../../src/calendar/reader/reading.js';
import { iso } from '../helpers/iso.js';

const yearOf = (first: number) => ({ period: { start: iso(`${first}-09-01`), end: iso(`${first + 1}-08-31`) } });
const read = (phrase: string, first: number) => readTiming(phrase, yearOf(first)).schedule;

describe('the default school year', () => {
  it('starts lessons on Monday 2 September when 1 September is a Sunday (2024, 2030)', () => {
    expect(defaultSchoolYear(2024).quarters[0]).toEqual({ start: '2024-09-02', end: '2024-10-25' });
    expect(read('I четверть', 2024)).toEqual({ kind: 'period', start: '2024-09-02', end: '2024-10-25' });
    expect(defaultSchoolYear(2030).quarters[0]!.start).toBe('2030-09-02');
    expect(defaultSchoolYear(2025).quarters[0]!.start).toBe('2025-09-01');
  });

  it('starts lessons on 1 September, or on the Monday after it when it is a Sunday (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2023, max: 2080 }), (first) => {
        const september = isoDate(first, 9, 1);
        expect(defaultSchoolYear(first).quarters[0]!.start).toBe(weekdayOf(september) === 7 ? addDays(september, 1) : september);
      }),
    );
  });

  it('ends the autumn holidays on the Sunday nearest 4 November: 1 November when the fourth is a Wednesday (2026)', () => {
    expect(defaultSchoolYear(2026).holidays[0]).toEqual({ start: '2026-10-24', end: '2026-11-01' });
    // 4 November itself when it is a Sunday (2029), not the Sunday a week later.
    expect(defaultSchoolYear(2029).holidays[0]!.start).toBe('2029-10-27');
  });

  it('ends the autumn holidays nine days after they start, on a Sunday at most three days from 4 November, or the days off after it (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2023, max: 2080 }), (first) => {
        const autumn = defaultSchoolYear(first).holidays[0]!;
        const sunday = addDays(autumn.start, 8);
        expect(weekdayOf(sunday)).toBe(7);
        expect(Math.abs(dayNumber(sunday) - dayNumber(isoDate(first, 11, 4)))).toBeLessThanOrEqual(3);
        expect(autumn.end >= sunday).toBe(true);
      }),
    );
  });

  it('before 2023 has only the summer holidays, after the last bell of 25 May', () => {
    const year = defaultSchoolYear(2020);
    expect(year.source).toBe('months');
    expect(year.holidays).toEqual([{ start: '2021-05-26', end: '2021-08-31' }]);
    expect(summerHolidays(year)).toEqual({ start: '2021-05-26', end: '2021-08-31' });
    expect(read('в каникулы', 2020)).toEqual({ kind: 'dates', spans: [{ start: '2021-05-26', end: '2021-08-31' }] });
  });

  it('has three trimesters of three months, the last to the last day of lessons', () => {
    const trimesters = [
      { start: '2025-09-01', end: '2025-11-30' },
      { start: '2025-12-01', end: '2026-02-28' },
      { start: '2026-03-01', end: '2026-05-26' },
    ];
    expect(defaultSchoolYear(2025).trimesters).toEqual(trimesters);
    expect(defaultSchoolYear(2020).trimesters).toEqual([
      { start: '2020-09-01', end: '2020-11-30' },
      { start: '2020-12-01', end: '2021-02-28' },
      { start: '2021-03-01', end: '2021-05-25' },
    ]);
    expect(['I триместр', 'II триместр', 'в течение III триместра'].map((phrase) => read(phrase, 2025))).toEqual(
      trimesters.map((span) => ({ kind: 'period', ...span })),
    );
    expect(read('2 раза в триместр', 2025)).toEqual({ kind: 'quota', count: 2, per: 'trimester', periods: trimesters });
    // A leap year's February ends on the 29th.
    expect(defaultSchoolYear(2027).trimesters[1]).toEqual({ start: '2027-12-01', end: '2028-02-29' });
  });

  it('reads «ежегодно» as a yearly rule over the plan’s year, and with a date as that day', () => {
    expect(read('ежегодно', 2024)).toEqual({ kind: 'recurring', rule: { frequency: 'yearly' }, start: '2024-09-01', end: '2025-08-31' });
    expect(read('ежегодно 1 сентября', 2024)).toEqual({ kind: 'recurring', rule: { frequency: 'yearly' }, start: '2024-09-01', end: '2024-09-01' });
  });
});
