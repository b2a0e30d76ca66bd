// Working days: the decree years (2020–2027) and, after them, the Labour Code
// alone (art. 112: the holidays, and a weekend holiday but January's moved to
// the next weekday). Local days of a workspace override both.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, weekdayOf } from '../../src/calendar/days.js';
import { russianHolidays, russianHolidayYears } from '../../src/calendar/holidays-ru.js';
import { russianCalendar } from '../../src/calendar/working-days.js';
import type { IsoDate } from '../../src/schema/iso-date.js';
import { iso } from '../helpers/iso.js';

const calendar = russianCalendar();
const MOVED = 'Перенесённый выходной день';

describe('a year with a decree', () => {
  it('names holidays and moved days off, and gives an ordinary weekend no name', () => {
    expect(calendar.holidayName(iso('2025-02-23'))).toBe('День защитника Отечества'); // a Sunday holiday
    expect(calendar.isWorkingDay(iso('2025-02-23'))).toBe(false);
    expect(calendar.holidayName(iso('2025-05-02'))).toBe(MOVED); // a Friday off by the decree
    expect(calendar.holidayName(iso('2025-11-03'))).toBe(MOVED);
    expect(calendar.holidayName(iso('2025-05-09'))).toBe('День Победы');
    expect(calendar.isWorkingDay(iso('2025-05-10'))).toBe(false); // an ordinary Saturday
    expect(calendar.holidayName(iso('2025-05-10'))).toBeUndefined();
    expect(calendar.holidayName(iso('2025-05-12'))).toBeUndefined(); // a working Monday
    expect(calendar.isWorkingDay(iso('2025-11-01'))).toBe(true); // a working Saturday
    expect(calendar.holidayName(iso('2025-11-01'))).toBeUndefined();
  });

  it('knows the years of the decrees and no others', () => {
    for (const year of Object.keys(russianHolidayYears).map(Number)) expect(calendar.knowsYear(year), String(year)).toBe(true);
    for (const year of [2019, 2028, 2040]) expect(calendar.knowsYear(year), String(year)).toBe(false);
  });
});

describe('a year after the decrees (Labour Code art. 112 alone)', () => {
  it('never works on a Saturday or a Sunday', () => {
    for (const day of ['2028-01-15', '2028-01-16', '2030-05-11', '2030-05-12', '2035-07-07', '2035-07-08'].map(iso)) {
      expect(weekdayOf(day), day).toBeGreaterThanOrEqual(6);
      expect(calendar.isWorkingDay(day), day).toBe(false);
      expect(calendar.holidayName(day), day).toBeUndefined();
    }
    expect(calendar.nextWorkingDay(iso('2030-05-11'))).toBe('2030-05-13');
  });

  it('rests on the holidays of art. 112, with their names', () => {
    expect(calendar.holidayName(iso('2028-02-23'))).toBe('День защитника Отечества'); // a Wednesday
    expect(calendar.holidayName(iso('2028-01-07'))).toBe('Рождество Христово');
    expect(calendar.holidayName(iso('2030-06-12'))).toBe('День России');
    expect(calendar.isWorkingDay(iso('2030-06-12'))).toBe(false);
    expect(calendar.isWorkingDay(iso('2030-06-11'))).toBe(true);
    expect(calendar.isWorkingDay(iso('2030-06-13'))).toBe(true);
  });

  it('moves a Saturday or Sunday holiday to the Monday after it, and only to that Monday', () => {
    // 04.11.2028 is a Saturday
    expect(calendar.holidayName(iso('2028-11-04'))).toBe('День народного единства');
    expect(calendar.holidayName(iso('2028-11-06'))).toBe(MOVED);
    expect(calendar.isWorkingDay(iso('2028-11-07'))).toBe(true);
    // 23.02.2031 and 09.05.2032 are Sundays
    expect(calendar.holidayName(iso('2031-02-24'))).toBe(MOVED);
    expect(calendar.isWorkingDay(iso('2031-02-25'))).toBe(true);
    expect(calendar.holidayName(iso('2032-05-10'))).toBe(MOVED);
    expect(calendar.isWorkingDay(iso('2032-05-11'))).toBe(true);
    expect(calendar.nextWorkingDay(iso('2032-05-08'))).toBe('2032-05-11');
  });

  it('does not move a January holiday that falls on a weekend', () => {
    // 08.01.2028 is a Saturday; the Monday after is a working day
    expect(calendar.isWorkingDay(iso('2028-01-08'))).toBe(false);
    expect(calendar.isWorkingDay(iso('2028-01-10'))).toBe(true);
    expect(calendar.holidayName(iso('2028-01-10'))).toBeUndefined();
  });

  it('is the weekends, the holidays and the Mondays after weekend holidays, every year (property)', () => {
    const isHoliday = (date: string) => date.slice(5) in russianHolidays;
    const expected = (date: IsoDate) => {
      if (weekdayOf(date) >= 6 || isHoliday(date)) return false;
      if (weekdayOf(date) !== 1) return true;
      const weekend = [addDays(date, -1), addDays(date, -2)];
      return !weekend.some((day) => isHoliday(day) && !day.startsWith('01-', 5));
    };
    fc.assert(
      fc.property(fc.integer({ min: 2028, max: 2100 }), (year) => {
        const days = daysBetween(iso(`${year}-01-01`), iso(`${year}-12-31`));
        expect(days.filter((day) => calendar.isWorkingDay(day) !== expected(day))).toEqual([]);
      }),
      { numRuns: 20 },
    );
  });
});

describe('local days and moving deadlines', () => {
  it('lets a local day override the official one, both ways, with its own name or none', () => {
    const local = russianCalendar([
      { date: iso('2028-11-06'), working: true },
      { date: iso('2028-11-08'), working: false },
      { date: iso('2028-11-09'), working: false, name: 'День города' },
    ]);
    expect(local.isWorkingDay(iso('2028-11-06'))).toBe(true);
    expect(local.holidayName(iso('2028-11-06'))).toBeUndefined();
    expect(local.isWorkingDay(iso('2028-11-08'))).toBe(false);
    expect(local.holidayName(iso('2028-11-08'))).toBeUndefined();
    expect(local.holidayName(iso('2028-11-09'))).toBe('День города');
    expect(local.nextWorkingDay(iso('2028-11-08'))).toBe('2028-11-10');
    expect(russianCalendar().isWorkingDay(iso('2028-11-08'))).toBe(true);
  });

  it('gives up after a year of days off, rather than looping', () => {
    const year = daysBetween(iso('2030-01-01'), iso('2031-12-31')).map((date) => ({ date, working: false }));
    const closed = russianCalendar(year);
    const next = closed.nextWorkingDay(iso('2030-01-01'));
    expect(next).toBe('2031-01-02');
  });
});
