// Plain dates as users write them, academic years, and "did you mean" by edit
// distance, checked against independent definitions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth, describeImpossibleDate, isValidDate, parseAcademicYear, parseDateText, toIsoDate } from '../../src/schema/dates.js';
import { editDistance, suggest } from '../../src/schema/suggest.js';

describe('dates', () => {
  it('accepts exactly the days of the Gregorian calendar (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: -1, max: 14 }), fc.integer({ min: -1, max: 33 }), (year, month, day) => {
        const date = new Date(0);
        date.setUTCFullYear(year, month - 1, day);
        const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
        expect(isValidDate(year, month, day)).toBe(real);
      }),
    );
    expect(isValidDate(2023, 1.5, 1)).toBe(false);
    expect(isValidDate(2023, 1, 1.5)).toBe(false);
    expect(isValidDate(2023.5, 1, 1)).toBe(false);
    expect([daysInMonth(2024, 2), daysInMonth(2023, 2), daysInMonth(2023, 12), daysInMonth(2023, 4)]).toEqual([29, 28, 31, 30]);
  });

  it('reads ISO and Russian dates, trimmed, and nothing else', () => {
    expect(parseDateText(' 2023-09-27 ')).toEqual({ year: 2023, month: 9, day: 27 });
    expect(parseDateText('27.09.2023')).toEqual({ year: 2023, month: 9, day: 27 });
    expect(parseDateText('5.9.2023')).toEqual({ year: 2023, month: 9, day: 5 });
    for (const text of ['2023-9-27', '2023-09-27x', 'x2023-09-27', '27.09.23', '127.09.2023', '27.109.2023', '27/09/2023', '2023-02-30', '30.02.2023', '']) {
      expect(parseDateText(text), text).toBeUndefined();
    }
    fc.assert(
      fc.property(fc.date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        const parts = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
        expect(parseDateText(iso)).toEqual(parts);
        expect(parseDateText(`${parts.day}.${parts.month}.${parts.year}`)).toEqual(parts);
        expect(toIsoDate(parts)).toBe(iso);
      }),
    );
    expect(toIsoDate({ year: 987, month: 3, day: 5 })).toBe('0987-03-05');
  });

  it('explains an impossible date by its month length, and nothing for a date it cannot read', () => {
    expect(describeImpossibleDate('2023-02-30')).toEqual({ month: 2, year: 2023, days: 28 });
    expect(describeImpossibleDate(' 31.04.2024 ')).toEqual({ month: 4, year: 2024, days: 30 });
    expect(describeImpossibleDate('30.02.2024')).toEqual({ month: 2, year: 2024, days: 29 });
    expect(describeImpossibleDate('2023-13-01')).toEqual({});
    expect(describeImpossibleDate('2023-00-01')).toEqual({});
    expect(describeImpossibleDate('12.2023')).toEqual({});
    expect(describeImpossibleDate('x2023-02-30')).toEqual({});
    expect(describeImpossibleDate('2023-02-30x')).toEqual({});
  });

  it('reads an academic year whose years follow each other, with any dash and spaces', () => {
    expect(parseAcademicYear('2023-2024')).toEqual({ first: 2023 });
    expect(parseAcademicYear(' 2023 – 2024 ')).toEqual({ first: 2023 });
    expect(parseAcademicYear('2023—2024')).toEqual({ first: 2023 });
    for (const text of ['2023-2023', '2023-2025', '2024-2023', '2023/2024', 'x2023-2024', '2023-2024x', '2023', ''])
      expect(parseAcademicYear(text), text).toBeUndefined();
  });
});

describe('suggest', () => {
  it('measures the edit distance: insertions, deletions and substitutions cost one each', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('titel', 'title')).toBe(2);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('flaw', 'lawn')).toBe(2);
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b, c) => {
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, a)).toBe(0);
        expect(editDistance(a, c)).toBeLessThanOrEqual(editDistance(a, b) + editDistance(b, c));
        expect(editDistance(a, b)).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
        expect(editDistance(a, b)).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(editDistance(a + c, b + c)).toBe(editDistance(a, b));
      }),
    );
  });

  it('suggests the closest candidate, ignoring case, the first of equals, and none too far', () => {
    expect(suggest('titel', ['sections', 'title', 'kind'])).toBe('title');
    expect(suggest('TITLE', ['title'])).toBe('title');
    expect(suggest('Titl', ['Title'])).toBe('Title');
    expect(suggest('ab', ['ax', 'ay'])).toBe('ax');
    expect(suggest('gai-7', ['gai-1', 'gai-6'])).toBe('gai-1');
    expect(suggest('abc', [])).toBeUndefined();
    // tolerance: 2 edits for short words, a third of the length for long ones
    expect(suggest('ab', ['ab12'])).toBe('ab12');
    expect(suggest('ab', ['ab123'])).toBeUndefined();
    expect(suggest('responsibles', ['responsible'])).toBe('responsible');
    expect(suggest('abcdefghi', ['abcdef'])).toBe('abcdef');
    expect(suggest('abcdefghi', ['abcde'])).toBeUndefined();
    expect(suggest('abcdefghijkl', ['abcdefgh'])).toBe('abcdefgh');
    expect(suggest('abcdefghijkl', ['abcdefg'])).toBeUndefined();
  });
});
