// The iCalendar writer, checked by reading its output back with a real
// RFC 5545 parser (ical.js) rather than by comparing strings.
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, writeIcs, type IcsEvent } from '../../src/calendar/ical.js';

const options = { calendarName: 'Центр поддержки классных руководителей', stamp: '20231123T093400Z' };

const event = (overrides: Partial<IcsEvent> = {}): IcsEvent => ({
  uid: 'plan-2023-1.1@centre',
  summary: 'Семинар',
  start: '2023-09-18',
  end: '2023-09-18',
  ...overrides,
});

function parse(events: readonly IcsEvent[]): { calendar: ICAL.Component; events: ICAL.Event[] } {
  const calendar = new ICAL.Component(ICAL.parse(writeIcs(events, options)));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)) };
}

function only(overrides: Partial<IcsEvent>): ICAL.Event {
  const [parsed] = parse([event(overrides)]).events;
  if (!parsed) throw new Error('no VEVENT in the output');
  return parsed;
}

/** Occurrences as DD.MM.YYYY, as the plans write them. */
function occurrences(parsed: ICAL.Event): string[] {
  const dates: string[] = [];
  const iterator = parsed.iterator();
  for (let next = iterator.next(); next && dates.length < 100; next = iterator.next()) {
    dates.push(`${pad(next.day)}.${pad(next.month)}.${next.year}`);
  }
  return dates;
}

const pad = (value: number): string => String(value).padStart(2, '0');
const unfold = (text: string): string => text.replaceAll('\r\n ', '');
const physicalLines = (text: string): string[] => text.split('\r\n');
const isValidUtf8 = (line: string): boolean =>
  new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(line, 'utf8')) === line;

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
});

describe('writeIcs: text', () => {
  // ical.js reads a bare ';' or ',' leniently, but a literal '\n' or '\;' shows a missing backslash escape.
  const tricky = 'Конкурс «Самый классный классный»; этап 1, «финал» в C:\\new\\;архив\nвторая строка\nтретья';

  it('round-trips summary and description exactly', () => {
    const parsed = only({ summary: tricky, description: `Ответственный: Иванова И. И.;\n${tricky}` });
    expect(parsed.summary).toBe(tricky);
    expect(parsed.description).toBe(`Ответственный: Иванова И. И.;\n${tricky}`);
  });

  it('writes categories comma-separated, each escaped', () => {
    const parsed = only({ categories: ['Мероприятия', 'Семинары, вебинары'] });
    expect(parsed.component.getFirstProperty('categories')?.getValues()).toEqual(['Мероприятия', 'Семинары, вебинары']);
  });

  it('keeps UIDs as given and stamps every event', () => {
    const uids = ['plan-2023-1.1@centre', 'cyclogram;week,3@centre'];
    const { events } = parse(uids.map((uid) => event({ uid })));
    expect(events.map((parsed) => parsed.uid)).toEqual(uids);
    for (const parsed of events) {
      expect(parsed.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2023-11-23T09:34:00Z');
    }
  });

  it('marks the calendar as iCalendar 2.0 from centre', () => {
    const { calendar } = parse([event()]);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//centre//Class teacher support centre plans//RU');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(options.calendarName);
  });
});

describe('writeIcs: dates', () => {
  it('writes all-day DATE values with an exclusive DTEND', () => {
    const parsed = only({ start: '2023-09-18', end: '2023-09-18' });
    expect(parsed.startDate.isDate).toBe(true);
    expect(parsed.endDate.isDate).toBe(true);
    expect(parsed.startDate.toString()).toBe('2023-09-18');
    expect(parsed.endDate.toString()).toBe('2023-09-19');
  });

  it('ends a multi-day span the day after its last day', () => {
    expect(only({ start: '2024-03-01', end: '2024-04-30' }).endDate.toString()).toBe('2024-05-01');
  });

  it('crosses month, year and leap-day boundaries', () => {
    expect(only({ end: '2023-12-31' }).endDate.toString()).toBe('2024-01-01');
    expect(only({ end: '2024-02-28' }).endDate.toString()).toBe('2024-02-29');
    expect(only({ end: '2024-02-29' }).endDate.toString()).toBe('2024-03-01');
  });
});

describe('writeIcs: recurrence', () => {
  it('expands the third Monday of each month', () => {
    const parsed = only({ start: '2023-09-18', end: '2023-09-18', rrule: 'FREQ=MONTHLY;BYDAY=3MO;UNTIL=20240531' });
    expect(occurrences(parsed)).toEqual([
      '18.09.2023', '16.10.2023', '20.11.2023', '18.12.2023', '15.01.2024',
      '19.02.2024', '18.03.2024', '15.04.2024', '20.05.2024',
    ]);
  });

  it('expands the last Wednesday of each month', () => {
    const parsed = only({ start: '2023-09-27', end: '2023-09-27', rrule: 'FREQ=MONTHLY;BYDAY=-1WE;UNTIL=20240531' });
    expect(occurrences(parsed)).toEqual([
      '27.09.2023', '25.10.2023', '29.11.2023', '27.12.2023', '31.01.2024',
      '28.02.2024', '27.03.2024', '24.04.2024', '29.05.2024',
    ]);
  });

  it('leaves EXDATE dates out of the expansion', () => {
    const parsed = only({
      rrule: 'FREQ=MONTHLY;BYDAY=3MO;UNTIL=20240531',
      exdates: ['2023-12-18', '2024-05-20'],
    });
    const dates = occurrences(parsed);
    expect(dates).toHaveLength(7);
    expect(dates).not.toContain('18.12.2023');
    expect(dates).not.toContain('20.05.2024');
    expect(parsed.component.getFirstProperty('exdate')?.getValues().every((date: ICAL.Time) => date.isDate)).toBe(true);
  });
});

describe('writeIcs: lines', () => {
  const longSummary = 'Методический семинар «Воспитательная работа классного руководителя, '.repeat(4);
  const text = writeIcs([event({ summary: longSummary, description: longSummary })], options);

  it('ends every line with CRLF and has no bare LF', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('keeps every physical line within 75 octets, splitting no character', () => {
    const lines = physicalLines(text);
    expect(lines.some((line) => Buffer.byteLength(line) > 70)).toBe(true);
    for (const line of lines) {
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
      expect(isValidUtf8(line)).toBe(true);
    }
    expect(only({ summary: longSummary }).summary).toBe(longSummary);
  });

  it('folds arbitrary unicode losslessly (property)', () => {
    const cyrillic = fc.string({ unit: fc.constantFrom(...'абвгдеёжзийклмнопрстуфхцчшщъыьэюя «»'), maxLength: 200 });
    const anyText = fc.string({ unit: 'binary', maxLength: 300 }).filter((value) => !value.includes('\r'));
    fc.assert(
      fc.property(fc.oneof(cyrillic, anyText), (line) => {
        const folded = foldLine(line);
        expect(unfold(folded)).toBe(line);
        for (const physical of physicalLines(folded)) {
          expect(Buffer.byteLength(physical)).toBeLessThanOrEqual(75);
          expect(isValidUtf8(physical)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
