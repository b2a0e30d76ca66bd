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
  /** NAME (RFC 7986) and X-WR-CALNAME, which most programs read: one line. */
  readonly calendarName: string;
  /** DTSTAMP in UTC basic format, e.g. `20231123T093400Z`. */
  readonly stamp: string;
}

const PRODID = '-//centre//Class teacher support centre plans//RU';
const MAX_OCTETS = 75;
const CRLF = '\r\n';

export function writeIcs(events: readonly IcsEvent[], options: IcsOptions): string {
  const head = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(oneLine(options.calendarName))}`,
    `X-WR-CALNAME:${escapeText(oneLine(options.calendarName))}`,
  ];
  // One string per event, not one array of every line of every event: an export can hold a hundred thousand.
  const parts = head.map(contentLine);
  for (const event of events) parts.push(eventLines(event, options.stamp).map(contentLine).join(''));
  parts.push(contentLine('END:VCALENDAR'));
  return parts.join('');
}

const contentLine = (line: string) => foldLine(line) + CRLF;

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
  if (event.categories?.length) lines.push(`CATEGORIES:${event.categories.map((category) => escapeText(oneLine(category))).join(',')}`);
  if (event.rrule !== undefined) lines.push(`RRULE:${event.rrule}`);
  if (event.exdates?.length) lines.push(`EXDATE;VALUE=DATE:${event.exdates.map(basicDate).join(',')}`);
  lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  return lines;
}

/** A name or a category is shown on one line: line breaks and runs of spaces become one space. */
const oneLine = (text: string) => text.trim().replace(/\s+/g, ' ');

/** RFC 5545 3.3.11 TEXT escaping. */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** RFC 5545 3.1: at most 75 octets a line, continuation lines start with one space. */
export function foldLine(line: string): string {
  // Most lines are short: a UTF-16 unit is at most 3 octets (a surrogate pair is 4 for two units).
  if (line.length * 3 <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  // Cut between code points, so that every UTF-8 sequence stays whole.
  for (let at = 0; at < line.length;) {
    const code = line.codePointAt(at)!;
    const units = code > 0xffff ? 2 : 1;
    const size = utf8Length(code);
    if (octets + size > MAX_OCTETS) {
      parts.push(line.slice(start, at));
      start = at;
      octets = 1; // the leading space of the continuation line
    }
    octets += size;
    at += units;
  }
  parts.push(line.slice(start));
  return parts.join(`${CRLF} `);
}

function utf8Length(code: number): number {
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

function basicDate(date: IsoDate): string {
  return date.replaceAll('-', '');
}
