// Dates as users write them (the date module itself is iso-date.ts) and academic years.
import { dateParts, isoDate, parseIsoDate, type CalendarDate, type IsoDate } from './iso-date.js';

export { daysInMonth, describeImpossibleDate, isValidDate, type CalendarDate } from './iso-date.js';

/** The parts of a date written as 2023-09-27, 27.09.2023 or 5.9.2023; undefined for anything else or an impossible date. */
export function parseDateText(value: string): CalendarDate | undefined {
  const date = parseIsoDate(value);
  return date === undefined ? undefined : dateParts(date);
}

export function toIsoDate(date: CalendarDate): IsoDate {
  return isoDate(date.year, date.month, date.day);
}

/** «2023-2024» (or with an en or em dash) → its first year; undefined unless the two years follow each other. */
export function parseAcademicYear(text: string): { first: number } | undefined {
  const match = /^\s*(\d{4})\s*[-–—]\s*(\d{4})\s*$/.exec(text);
  if (!match || Number(match[2]) !== Number(match[1]) + 1) return undefined;
  return { first: Number(match[1]) };
}
