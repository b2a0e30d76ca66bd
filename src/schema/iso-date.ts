// The one date type: a plain calendar date as its normalised ISO string
// («2023-09-27»), branded so that only this module makes one: the readers
// (parseIsoDate, isoDateOf), the calendar's own days (isoDate, monthStart,
// academicYearSpan …) and the arithmetic return it, and a schema's date field
// outputs it through outputsIsoDate. Nowhere else is a string cast to it: a
// text that may be a date is parsed once where it comes in, and a problem is
// said there when it is not one. We never use local `Date` times for dates: day
// numbers count days since 1970-01-01 in UTC, so no time zone can shift a date.
//
// A branded string is still a string: it survives JSON (the kept checks) as
// is, compares in date order with `<`, and prints as it is.

import type { ZodMiniType } from 'zod/mini';

export type IsoDate = string & { readonly __brand: 'IsoDate' };

/** ISO weekday numbers: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** The parts of a date. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number; // 1–31
}

const DAY = 86_400_000;

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number of days of a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (monthLengths[month - 1] ?? Number.NaN);
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The date of a year, a month (1–12) and a day; undefined when there is no such day (31 April, month 0). */
export function isoDateOf(year: number, month: number, day: number): IsoDate | undefined {
  return isValidDate(year, month, day) ? isoDate(year, month, day) : undefined;
}

/**
 * The date of a year, a month and a day the caller knows to exist (the
 * calendar's own days: 1 September, the last day of a month): written as is,
 * unchecked, and arithmetic on an impossible one rolls it over as Date.UTC does.
 */
export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as IsoDate;
}

/** Reads 2023-09-27, 27.09.2023 or 5.9.2023 (spaces around allowed); undefined for anything else or an impossible date. */
export function parseIsoDate(text: string): IsoDate | undefined {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (iso) return isoDateOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const russian = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(trimmed);
  return russian ? isoDateOf(Number(russian[3]), Number(russian[2]), Number(russian[1])) : undefined;
}

/**
 * A schema's date field, typed as what it outputs: its checks refuse anything
 * but a date that exists, and its overwrite after them normalises the text
 * (see calendarDate in fields.ts), so what comes out is an IsoDate.
 */
export function outputsIsoDate(field: ZodMiniType<string, string>): ZodMiniType<IsoDate, string> {
  return field as ZodMiniType<IsoDate, string>;
}

/** The year, month and day of a date, read from its string (no parsing that can fail). */
export function dateParts(date: IsoDate): CalendarDate {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Explains why a date written in a valid format is impossible, e.g. 2023-02-30. */
export function describeImpossibleDate(value: string): { month?: number; year?: number; days?: number } {
  const trimmed = value.trim();
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed) ?? /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(trimmed);
  if (!parts) return {};
  const iso = trimmed.includes('-');
  const year = Number(iso ? parts[1] : parts[3]);
  const month = Number(parts[2]);
  if (month < 1 || month > 12) return {};
  return { month, year, days: daysInMonth(year, month) };
}

/** Days since 1970-01-01. */
export function dayNumber(date: IsoDate): number {
  const { year, month, day } = dateParts(date);
  return Date.UTC(year, month - 1, day) / DAY;
}

export function fromDayNumber(days: number): IsoDate {
  return new Date(days * DAY).toISOString().slice(0, 10) as IsoDate;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** The same month and day `years` later (earlier when negative); 29 February is written as is, like isoDate. */
export function addYears(date: IsoDate, years: number): IsoDate {
  const { year, month, day } = dateParts(date);
  return isoDate(year + years, month, day);
}

/** 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: IsoDate): Weekday {
  return (((((dayNumber(date) + 3) % 7) + 7) % 7) + 1) as Weekday;
}

/** The first day of a month (1–12). */
export function monthStart(year: number, month: number): IsoDate {
  return isoDate(year, month, 1);
}

/** The last day of a month (1–12). */
export function monthEnd(year: number, month: number): IsoDate {
  return isoDate(year, month, daysInMonth(year, month));
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

/** Before and after any date a file holds: the bounds of a window that has none. */
export const earliestDate = isoDate(0, 1, 1);
export const latestDate = isoDate(9999, 12, 31);

// Dates compare in date order as strings: `a < b`.
export const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);
export const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);

/** The academic year that begins in the year `first`: 1 September to 31 August. */
export function academicYearSpan(first: number): { start: IsoDate; end: IsoDate } {
  return { start: monthStart(first, 9), end: monthEnd(first + 1, 8) };
}

/** The academic year a date belongs to: 1 September to 31 August. */
export function academicYearOf(date: IsoDate): { first: number; start: IsoDate; end: IsoDate } {
  const { year, month } = dateParts(date);
  const first = month >= 9 ? year : year - 1;
  return { first, ...academicYearSpan(first) };
}

/** Every day from `start` to `end`, both included. */
export function daysBetween(start: IsoDate, end: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let n = dayNumber(start), last = dayNumber(end); n <= last; n++) days.push(fromDayNumber(n));
  return days;
}
