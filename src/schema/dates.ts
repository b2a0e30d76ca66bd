// Plain calendar dates. We never use local `Date` times for them: a date is a
// (year, month, day) triple, and comparisons go through its ISO string.

export interface CalendarDate {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number; // 1–31
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Reads 2023-09-27, 27.09.2023 or 5.9.2023; returns undefined for anything else or an impossible date. */
export function parseDateText(value: string): CalendarDate | undefined {
  const trimmed = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const russian = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(trimmed);
  let year: number;
  let month: number;
  let day: number;
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (russian) [day, month, year] = [Number(russian[1]), Number(russian[2]), Number(russian[3])];
  else return undefined;
  return isValidDate(year, month, day) ? { year, month, day } : undefined;
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

export function toIsoDate(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** «2023-2024» (or with an en or em dash) → its first year; undefined unless the two years follow each other. */
export function parseAcademicYear(text: string): { first: number } | undefined {
  const match = /^\s*(\d{4})\s*[-–—]\s*(\d{4})\s*$/.exec(text);
  if (!match || Number(match[2]) !== Number(match[1]) + 1) return undefined;
  return { first: Number(match[1]) };
}
