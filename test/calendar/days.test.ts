// Plain calendar dates: checked against JavaScript's own UTC calendar, which
// is an independent implementation of the same Gregorian rules.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  academicYearOf,
  addDays,
  dateParts,
  dayNumber,
  daysBetween,
  fromDayNumber,
  isoDate,
  lastDayOfMonth,
  maxDate,
  minDate,
  monthEnd,
  monthStart,
  monthsBetween,
  weekdayOf,
} from '../../src/calendar/days.js';
import { iso } from '../helpers/iso.js';

const utc = (date: string) => new Date(`${date}T00:00:00Z`);
const isoDay = fc.integer({ min: -200_000, max: 200_000 }).map((n) => iso(new Date(n * 86_400_000).toISOString().slice(0, 10)));

describe('days', () => {
  it('writes and reads dates with padded parts', () => {
    expect(isoDate(987, 3, 5)).toBe('0987-03-05');
    expect(isoDate(2024, 12, 31)).toBe('2024-12-31');
    expect(dateParts(iso('0987-03-05'))).toEqual({ year: 987, month: 3, day: 5 });
  });

  it('counts days from 1970-01-01 and back, and adds days across months and years', () => {
    expect(dayNumber(iso('1970-01-01'))).toBe(0);
    expect(dayNumber(iso('1970-01-02'))).toBe(1);
    expect(fromDayNumber(-1)).toBe('1969-12-31');
    expect(addDays(iso('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addDays(iso('2023-02-28'), 1)).toBe('2023-03-01');
    expect(addDays(iso('2024-01-01'), -1)).toBe('2023-12-31');
    fc.assert(
      fc.property(isoDay, fc.integer({ min: -1000, max: 1000 }), (date, n) => {
        expect(addDays(date, n)).toBe(new Date(utc(date).getTime() + n * 86_400_000).toISOString().slice(0, 10));
        expect(fromDayNumber(dayNumber(date))).toBe(date);
      }),
    );
  });

  it('numbers weekdays from Monday (1) to Sunday (7)', () => {
    expect([iso('2024-01-01'), iso('2024-01-06'), iso('2024-01-07'), iso('1969-12-28')].map(weekdayOf)).toEqual([1, 6, 7, 7]);
    fc.assert(fc.property(isoDay, (date) => weekdayOf(date) === (utc(date).getUTCDay() || 7)));
  });

  it('knows the length of every month, leap years by the Gregorian rule', () => {
    expect([2023, 2024, 1900, 2000, 2100].map((year) => lastDayOfMonth(year, 2))).toEqual([28, 29, 28, 29, 28]);
    fc.assert(
      fc.property(fc.integer({ min: 1600, max: 2400 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
        expect(lastDayOfMonth(year, month)).toBe(length);
        expect(monthStart(year, month)).toBe(isoDate(year, month, 1));
        expect(monthEnd(year, month)).toBe(isoDate(year, month, length));
      }),
    );
  });

  it('lists the months between two dates, both included, across years', () => {
    expect(monthsBetween(iso('2023-11-30'), iso('2024-02-01'))).toEqual([
      [2023, 11],
      [2023, 12],
      [2024, 1],
      [2024, 2],
    ]);
    expect(monthsBetween(iso('2024-03-31'), iso('2024-03-01'))).toEqual([[2024, 3]]);
    expect(monthsBetween(iso('2024-04-01'), iso('2024-03-31'))).toEqual([]);
    expect(monthsBetween(iso('2023-12-01'), iso('2025-01-01'))).toHaveLength(14);
  });

  it('lists every day between two dates, both included', () => {
    expect(daysBetween(iso('2024-02-27'), iso('2024-03-01'))).toEqual(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01']);
    expect(daysBetween(iso('2024-03-01'), iso('2024-03-01'))).toEqual(['2024-03-01']);
    expect(daysBetween(iso('2024-03-02'), iso('2024-03-01'))).toEqual([]);
  });

  it('takes the earlier and the later of two dates', () => {
    expect(minDate(iso('2024-01-02'), iso('2023-12-31'))).toBe('2023-12-31');
    expect(minDate(iso('2023-12-31'), iso('2024-01-02'))).toBe('2023-12-31');
    expect(maxDate(iso('2024-01-02'), iso('2023-12-31'))).toBe('2024-01-02');
    expect(maxDate(iso('2023-12-31'), iso('2024-01-02'))).toBe('2024-01-02');
  });

  it('puts September–December in the academic year that starts then, and January–August in the one before', () => {
    const year2023 = { first: 2023, start: '2023-09-01', end: '2024-08-31' };
    for (const date of ['2023-09-01', '2023-10-15', '2023-12-31', '2024-01-01', '2024-05-15', '2024-08-31'].map(iso))
      expect(academicYearOf(date), date).toEqual(year2023);
    expect(academicYearOf(iso('2023-08-31'))).toEqual({ first: 2022, start: '2022-09-01', end: '2023-08-31' });
    expect(academicYearOf(iso('2024-09-01')).first).toBe(2024);
  });
});
