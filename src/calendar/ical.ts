// A small RFC 5545 writer: plans become all-day events that any calendar
// application can import. Pure: the caller supplies the UIDs and the clock.
import { addDays } from './days.js';
import type { IsoDate } from './model.js';

export interface IcsEvent {
  /** Stable across exports, so re-importing updates events instead of duplicating them. */
  readonly uid: string;
  readonly summary: string;
  readonly description?: string;
  readonly categories?: readonly string[];
  readonly start: IsoDate;
  /** Last day, inclusive. */
  readonly end: IsoDate;
  /** An RRULE value without the `RRULE:` prefix, written as is. */
  readonly rrule?: string;
  readonly exdates?: readonly IsoDate[];
}

export interface IcsOptions {
  /** X-WR-CALNAME. */
  readonly calendarName: string;
  /** DTSTAMP in UTC basic format, e.g. `20231123T093400Z`. */
  readonly stamp: string;
}

const PRODID = '-//centre//Class teacher support centre plans//RU';
const MAX_OCTETS = 75;
const CRLF = '\r\n';

export function writeIcs(events: readonly IcsEvent[], options: IcsOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.calendarName)}`,
    ...events.flatMap((event) => eventLines(event, options.stamp)),
    'END:VCALENDAR',
  ];
  return lines.map((line) => foldLine(line) + CRLF).join('');
}

function eventLines(event: IcsEvent, stamp: string): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${basicDate(event.start)}`,
    // DATE values end exclusively: the event covers days up to, not including, DTEND.
    `DTEND;VALUE=DATE:${basicDate(addDays(event.end, 1))}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.description !== undefined) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.categories?.length) lines.push(`CATEGORIES:${event.categories.map(escapeText).join(',')}`);
  if (event.rrule !== undefined) lines.push(`RRULE:${event.rrule}`);
  if (event.exdates?.length) lines.push(`EXDATE;VALUE=DATE:${event.exdates.map(basicDate).join(',')}`);
  lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  return lines;
}

/** RFC 5545 3.3.11 TEXT escaping. */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** RFC 5545 3.1: at most 75 octets a line, continuation lines start with one space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  // Iterating by code point keeps surrogate pairs, and so every UTF-8 sequence, whole.
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

function basicDate(date: IsoDate): string {
  return date.replaceAll('-', '');
}


