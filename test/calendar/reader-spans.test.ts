// The spans of single terms and of ranges (spans.ts): impossible dates named as written, the year of a
// month or day written without one (in an academic year, a calendar year, a half-year; the eve of the
// academic year in late August), decades, halves and quarters, ranges the wrong way round, and the
// evident year typos of a range or of a date outside the plan, each said where it stands.
import { describe, expect, it } from 'vitest';
import { readTiming } from '../../src/calendar/reader/reading.js';
import { iso } from '../helpers/iso.js';

const read = (phrase: string, start = '2024-09-01', end = '2025-08-31') => readTiming(phrase, { period: { start: iso(start), end: iso(end) } });
const range = (start: string, end: string) => ({ kind: 'range', start, end });

describe('impossible dates', () => {
  it.each([
    ['31.04.2025', '31.04.2025'],
    ['31.04', '31.04'],
    ['00.05.2025', '00.05.2025'],
    ['29.02', '29.02'],
    ['29.02.2025', '29.02.2025'],
  ])('«%s» is refused, named as written (%s)', (phrase, shown) => {
    const reading = read(phrase);
    expect(reading.schedule).toBeUndefined();
    expect(reading.problems).toEqual([{ code: 'phrase-impossible-date', params: { value: shown }, severity: 'error', start: 0, end: phrase.length }]);
  });

  it('takes 29 February of a leap year written or implied', () => {
    expect(read('29.02.2028', '2027-09-01', '2028-08-31').schedule).toEqual({ kind: 'date', date: '2028-02-29' });
    expect(read('29.02', '2027-09-01', '2028-08-31').schedule).toEqual({ kind: 'date', date: '2028-02-29' });
  });
});

describe('the year of a term written without one', () => {
  it('puts September–December in the first year and January–August in the second', () => {
    expect(read('сентябрь').schedule).toEqual(range('2024-09-01', '2024-09-30'));
    expect(read('август').schedule).toEqual(range('2025-08-01', '2025-08-31'));
  });

  it('puts a month of a calendar-year plan in that year', () => {
    expect(read('сентябрь', '2025-01-01', '2025-12-31').schedule).toEqual(range('2025-09-01', '2025-09-30'));
    expect(read('май', '2025-01-01', '2025-12-31').schedule).toEqual(range('2025-05-01', '2025-05-31'));
    expect(read('декабрь', '2024-01-01', '2024-12-31').schedule).toEqual(range('2024-12-01', '2024-12-31'));
  });

  it('keeps the academic year’s month when the plan’s half-year holds it in no year', () => {
    expect(read('декабрь', '2025-02-01', '2025-06-30').schedule).toEqual(range('2024-12-01', '2024-12-31'));
  });

  it('takes 25–31 August for the eve of the academic year, and says so; 24 August is the year’s end', () => {
    for (const [phrase, date] of [
      ['25 августа', '2024-08-25'],
      ['27 августа', '2024-08-27'],
    ]) {
      const reading = read(phrase!);
      expect(reading.schedule).toEqual({ kind: 'date', date });
      expect(reading.notes).toEqual([{ code: 'phrase-august-eve', params: { year: 2024 } }]);
    }
    expect(read('24 августа').schedule).toEqual({ kind: 'date', date: '2025-08-24' });
    expect(read('24 августа').notes).toEqual([]);
  });
});

describe('parts of a month and of a year', () => {
  it.each([
    ['первая декада мая', '2025-05-01', '2025-05-10'],
    ['вторая декада октября', '2024-10-11', '2024-10-20'],
    ['третья декада февраля', '2025-02-21', '2025-02-28'],
    ['последняя декада мая', '2025-05-22', '2025-05-31'],
    ['первая половина мая', '2025-05-01', '2025-05-15'],
    ['вторая половина февраля', '2025-02-16', '2025-02-28'],
    ['I квартал', '2025-01-01', '2025-03-31'],
    ['IV квартал', '2024-10-01', '2024-12-31'],
    ['2 квартал 2025 года', '2025-04-01', '2025-06-30'],
  ])('«%s»: %s – %s', (phrase, start, end) => {
    expect(read(phrase).schedule).toEqual(range(start, end));
  });

  it('reads a decade or a half past the month’s last as none', () => {
    expect(read('четвертая декада мая').schedule).toBeUndefined();
  });
});

describe('ranges', () => {
  it('runs a range over the New Year forward, and a months range over the year’s turn', () => {
    expect(read('с 25 декабря по 10 января').schedule).toEqual(range('2024-12-25', '2025-01-10'));
    expect(read('с октября по февраль').schedule).toEqual(range('2024-10-01', '2025-02-28'));
  });

  it.each(['с 20 по 10 мая', 'с 10 мая по 5 мая'])('refuses «%s», whose days run backwards', (phrase) => {
    const reading = read(phrase);
    expect(reading.schedule).toBeUndefined();
    expect(reading.problems).toEqual([{ code: 'phrase-range-reversed', severity: 'error', start: 2, end: phrase.length }]);
  });

  it('corrects the one year that makes a range run forward inside the plan, with a warning at that year', () => {
    const typo = read('с 01.01.2024 по 08.01.2023', '2023-09-01', '2024-08-31');
    expect(typo.schedule).toEqual(range('2024-01-01', '2024-01-08'));
    expect(typo.problems).toEqual([
      {
        code: 'phrase-range-year-typo',
        params: { value: '08.01.2023', likely: '08.01.2024', start: '2024-01-01', end: '2024-01-08' },
        severity: 'warning',
        start: 16,
        end: 26,
      },
    ]);
    const newYear = read('с 28.12.2023 по 08.01.2023', '2023-09-01', '2024-08-31');
    expect(newYear.schedule).toEqual(range('2023-12-28', '2024-01-08'));
    expect(newYear.problems[0]).toMatchObject({ params: { value: '08.01.2023', likely: '08.01.2024' }, severity: 'warning' });
  });

  it('corrects the first year when that is the one change that works', () => {
    const typo = read('с 20.12.2024 по 10.01.2024', '2023-09-01', '2024-08-31');
    expect(typo.schedule).toEqual(range('2023-12-20', '2024-01-10'));
    expect(typo.problems[0]).toMatchObject({ code: 'phrase-range-year-typo', params: { value: '20.12.2024', likely: '20.12.2023' }, start: 2, end: 12 });
  });

  it.each([
    ['с 15.05.2024 по 10.05.2024', 26],
    ['с 10.2023 по 06.2023', 20],
    ['с 05.2024 по 03.2024', 20],
  ])('refuses «%s»: no change of one year gives a season inside the plan', (phrase, end) => {
    const reading = read(phrase, '2023-09-01', '2024-08-31');
    expect(reading.schedule).toBeUndefined();
    expect(reading.problems).toEqual([{ code: 'phrase-range-reversed', severity: 'error', start: 2, end }]);
  });
});

describe('a date whose written year falls outside the plan', () => {
  it('reads it as written and suggests the plan’s year, written the same way', () => {
    const short = read('01.04.13', '2013-09-01', '2014-08-31');
    expect(short.schedule).toEqual({ kind: 'date', date: '2013-04-01' });
    expect(short.problems).toEqual([{ code: 'phrase-year-typo', params: { value: '01.04.13', likely: '01.04.14' }, severity: 'warning', start: 0, end: 8 }]);
    expect(read('01.04.2013', '2013-09-01', '2014-08-31').problems).toEqual([
      { code: 'phrase-year-typo', params: { value: '01.04.2013', likely: '01.04.2014' }, severity: 'warning', start: 0, end: 10 },
    ]);
  });

  it('suggests nothing for a year two off, or a date inside the plan', () => {
    expect(read('01.04.2012', '2013-09-01', '2014-08-31').problems).toEqual([]);
    expect(read('01.04.2014', '2013-09-01', '2014-08-31').problems).toEqual([]);
  });
});

describe('a range of school units sharing their noun', () => {
  it.each([
    ['с I по III четверть', '2024-09-02', '2025-03-21'],
    ['с 1 по 3 четверть', '2024-09-02', '2025-03-21'],
    ['I–III четверть', '2024-09-02', '2025-03-21'],
    ['с I по IV четверть', '2024-09-02', '2025-05-26'],
    ['с I по II полугодие', '2024-09-01', '2025-05-26'],
  ])('«%s» runs from the first unit’s start to the last’s end, no number left out', (phrase, start, end) => {
    const reading = read(phrase);
    expect(reading.schedule).toEqual(range(start, end));
    expect(reading.ignored).toEqual([]);
  });
});
