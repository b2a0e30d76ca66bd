// Arithmetic on plain calendar dates (ISO strings). Day numbers count days
// since 1970-01-01 in UTC, so no time zone can shift a date by one.
import type { IsoDate, Weekday } from './model.js';

const DAY = 86_400_000;

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function dateParts(date: IsoDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

export function dayNumber(date: IsoDate): number {
  const { year, month, day } = dateParts(date);
  return Date.UTC(year, month - 1, day) / DAY;
}

export function fromDayNumber(days: number): IsoDate {
  return new Date(days * DAY).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: IsoDate): Weekday {
  return (((((dayNumber(date) + 3) % 7) + 7) % 7) + 1) as Weekday;
}

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function lastDayOfMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : monthLengths[month - 1]!;
}

export function monthStart(year: number, month: number): IsoDate {
  return isoDate(year, month, 1);
}

export function monthEnd(year: number, month: number): IsoDate {
  return isoDate(year, month, lastDayOfMonth(year, month));
}

/** The months from the month of `start` to the month of `end`, as [year, month] pairs. */
export function monthsBetween(start: IsoDate, end: IsoDate): [number, number][] {
  const months: [number, number][] = [];
  let { year, month } = dateParts(start);
  const last = dateParts(end);
  while (year < last.year || (year === last.year && month <= last.month)) {
    months.push([year, month]);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}

export const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);
export const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);

/** The academic year a date belongs to: 1 September to 31 August. */
export function academicYearOf(date: IsoDate): { first: number; start: IsoDate; end: IsoDate } {
  const { year, month } = dateParts(date);
  const first = month >= 9 ? year : year - 1;
  return { first, start: isoDate(first, 9, 1), end: isoDate(first + 1, 8, 31) };
}

/** Every day from `start` to `end`, both included. */
export function daysBetween(start: IsoDate, end: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let n = dayNumber(start), last = dayNumber(end); n <= last; n++) days.push(fromDayNumber(n));
  return days;
}
