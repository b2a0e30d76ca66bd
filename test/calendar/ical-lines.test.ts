// The iCalendar writer line by line: which properties an event has (and which
// it must not have), and RFC 5545 folding measured in octets — 1 to 4 a character.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, writeIcs, type IcsEvent } from '../../src/calendar/ical.js';
import { iso } from '../helpers/iso.js';

const options = { calendarName: 'План; центр, 2024', stamp: '20240101T080000Z' };
const event: IcsEvent = { uid: 'a@centre', summary: 'Семинар', start: iso('2024-03-01'), end: iso('2024-03-01') };
const linesOf = (events: readonly IcsEvent[]) => writeIcs(events, options).replaceAll('\r\n ', '').split('\r\n');
const octets = (text: string) => Buffer.byteLength(text, 'utf8');

describe('writeIcs: properties', () => {
  it('writes a one-off event with exactly its properties, and no RRULE, DESCRIPTION, CATEGORIES or EXDATE', () => {
    expect(linesOf([event])).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//centre//Class teacher support centre plans//RU',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'NAME:План\\; центр\\, 2024',
      'X-WR-CALNAME:План\\; центр\\, 2024',
      'BEGIN:VEVENT',
      'UID:a@centre',
      'DTSTAMP:20240101T080000Z',
      'DTSTART;VALUE=DATE:20240301',
      'DTEND;VALUE=DATE:20240302',
      'SUMMARY:Семинар',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
    expect(linesOf([{ ...event, categories: [], exdates: [] }])).toEqual(linesOf([event]));
  });

  it('writes the optional properties when given, in order, each once', () => {
    const lines = linesOf([
      {
        ...event,
        description: 'Строка 1\nСтрока 2',
        categories: ['План', 'A,B'],
        rrule: 'FREQ=WEEKLY;BYDAY=MO',
        exdates: [iso('2024-03-04'), iso('2024-03-11')],
      },
    ]);
    expect(lines.slice(8, 17)).toEqual([
      'UID:a@centre',
      'DTSTAMP:20240101T080000Z',
      'DTSTART;VALUE=DATE:20240301',
      'DTEND;VALUE=DATE:20240302',
      'SUMMARY:Семинар',
      'DESCRIPTION:Строка 1\\nСтрока 2',
      'CATEGORIES:План,A\\,B',
      'RRULE:FREQ=WEEKLY;BYDAY=MO',
      'EXDATE;VALUE=DATE:20240304,20240311',
    ]);
  });

  it('never writes an RRULE for an event that has none', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.option(fc.string(), { nil: undefined }), (recurring, description) => {
        const ics = writeIcs([{ ...event, description, ...(recurring ? { rrule: 'FREQ=MONTHLY;BYMONTHDAY=1' } : {}) }], options);
        expect(ics.includes('RRULE:')).toBe(recurring);
        expect(ics).not.toContain('undefined');
      }),
    );
  });

  it('writes an empty calendar when there are no events', () => {
    expect(linesOf([]).filter((line) => line.includes('VEVENT'))).toEqual([]);
  });
});

describe('escapeText', () => {
  it('escapes each special character where it stands, and every kind of line break', () => {
    expect(escapeText('a;b;c')).toBe('a\\;b\\;c');
    expect(escapeText('\\,')).toBe('\\\\\\,');
    expect(escapeText('1\r2\n3\r\n4')).toBe('1\\n2\\n3\\n4');
    expect(escapeText('plain текст')).toBe('plain текст');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds the 76th onto a continuation line', () => {
    expect(foldLine('')).toBe('');
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    expect(foldLine('x'.repeat(150))).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(74)}\r\n x`);
  });

  it('counts 2-, 3- and 4-octet characters by their octets', () => {
    expect(foldLine('я'.repeat(40))).toBe(`${'я'.repeat(37)}\r\n ${'я'.repeat(3)}`); // 74 octets, then 1 + 6
    expect(foldLine('€'.repeat(30))).toBe(`${'€'.repeat(25)}\r\n ${'€'.repeat(5)}`); // 75 octets
    expect(foldLine('😀'.repeat(30))).toBe(`${'😀'.repeat(18)}\r\n ${'😀'.repeat(12)}`); // 72 octets: a 19th would make 76
    expect(foldLine(`${'x'.repeat(72)}😀`)).toBe(`${'x'.repeat(72)}\r\n 😀`);
    expect(foldLine(`${'x'.repeat(71)}😀`)).toBe(`${'x'.repeat(71)}😀`);
    expect(foldLine(`${'x'.repeat(127)}\u007F\u0080`)).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(52)}\u007F\u0080`);
    expect(foldLine(`${'x'.repeat(73)}\u07FF`)).toBe(`${'x'.repeat(73)}\u07FF`);
    expect(foldLine(`${'x'.repeat(73)}\u0800`)).toBe(`${'x'.repeat(73)}\r\n \u0800`);
    expect(foldLine(`${'x'.repeat(72)}\uFFFD`)).toBe(`${'x'.repeat(72)}\uFFFD`);
  });

  it('fills every physical line as far as 75 octets allow, keeping characters whole (property)', () => {
    const char = fc.constantFrom('a', 'я', '€', '😀', '\u007F', '\u0080', '\u07FF', '\u0800', '\uFFFF', '\u{10000}');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 120 }), (chars) => {
        const line = chars.join('');
        const physical = foldLine(line).split('\r\n');
        expect(physical.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
        physical.forEach((part, i) => {
          expect(octets(part)).toBeLessThanOrEqual(75);
          if (i > 0) expect(part.startsWith(' ')).toBe(true);
          const next = physical[i + 1];
          // folded only when the next character would not have fitted
          if (next !== undefined) expect(octets(part) + octets(String.fromCodePoint(next.codePointAt(1)!))).toBeGreaterThan(75);
        });
      }),
    );
  });
});
