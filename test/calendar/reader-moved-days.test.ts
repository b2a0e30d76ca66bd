// Moved days off (moved-days.ts): both days are read, the day moved from named in the note, a weekday
// written before a day picks its year or is checked against it; other shapes are not moved days.
import { describe, expect, it } from 'vitest';
import { readTiming } from '../../src/calendar/reader/reading.js';
import { iso } from '../helpers/iso.js';

const read = (phrase: string, first: number) => readTiming(phrase, { period: { start: iso(`${first}-09-01`), end: iso(`${first + 1}-08-31`) } });
const day = (date: string) => ({ start: date, end: date });

describe('moved days off', () => {
  it('«с субботы 28 декабря на понедельник 30 декабря»: the two days, every word used', () => {
    const reading = read('с субботы 28 декабря на понедельник 30 декабря', 2024);
    expect(reading.schedule).toEqual({ kind: 'dates', spans: [day('2024-12-28'), day('2024-12-30')] });
    expect(reading.notes).toEqual([{ code: 'phrase-moved-day', params: { from: '2024-12-28', to: '2024-12-30' } }]);
    expect(reading.problems).toEqual([]);
    expect(reading.ignored).toEqual([]);
  });

  it('«7 марта, перенос с 3 января»: the day after «с» is the one moved from, the dates in order', () => {
    const reading = read('7 марта, перенос с 3 января', 2021);
    expect(reading.schedule).toEqual({ kind: 'dates', spans: [day('2022-01-03'), day('2022-03-07')] });
    expect(reading.notes).toEqual([{ code: 'phrase-moved-day', params: { from: '2022-01-03', to: '2022-03-07' } }]);
    expect(reading.ignored).toEqual([]);
  });

  it('a weekday before a day picks the year beside the plan’s where it falls so, and says so', () => {
    const reading = read('с субботы 27 апреля на понедельник 29 апреля', 2022);
    expect(reading.schedule).toEqual({ kind: 'dates', spans: [day('2024-04-27'), day('2024-04-29')] });
    // a note is said once: the last day's
    expect(reading.notes).toEqual([
      { code: 'phrase-weekday-year', params: { date: '2024-04-29' } },
      { code: 'phrase-moved-day', params: { from: '2024-04-27', to: '2024-04-29' } },
    ]);
    expect(read('с субботы 27 апреля на понедельник 29 апреля', 2023).notes.map((note) => note.code)).toEqual(['phrase-moved-day']);
  });

  it('a weekday no year near gives is pointed at, the day kept in the plan’s year', () => {
    const reading = read('с субботы 29 декабря на понедельник 30 декабря', 2024);
    expect(reading.schedule).toEqual({ kind: 'dates', spans: [day('2024-12-29'), day('2024-12-30')] });
    expect(reading.problems).toEqual([{ code: 'phrase-weekday-mismatch', params: { date: '2024-12-29', weekday: 6 }, severity: 'warning', start: 2, end: 20 }]);
  });

  it.each([
    ['с 28 декабря по 30 декабря', { kind: 'range', start: '2024-12-28', end: '2024-12-30' }],
    ['28 декабря, 30 декабря', { kind: 'dates', spans: [day('2024-12-28'), day('2024-12-30')] }],
  ])('«%s» is not a moved day', (phrase, schedule) => {
    const reading = read(phrase, 2024);
    expect(reading.schedule).toEqual(schedule);
    expect(reading.notes.map((note) => note.code)).not.toContain('phrase-moved-day');
  });

  it('three days, or a month among them, are not a moved day', () => {
    expect(read('с 28 декабря на 30 декабря и 5 января', 2024).notes.map((note) => note.code)).not.toContain('phrase-moved-day');
    expect(read('с декабря на 30 декабря', 2024).notes.map((note) => note.code)).not.toContain('phrase-moved-day');
  });

  it('gives the two days in date order, whichever is moved from', () => {
    const reading = read('с 8 марта на 3 марта', 2024);
    expect(reading.schedule).toEqual({ kind: 'dates', spans: [day('2025-03-03'), day('2025-03-08')] });
    expect(reading.notes).toEqual([{ code: 'phrase-moved-day', params: { from: '2025-03-08', to: '2025-03-03' } }]);
  });

  it('keeps a year written with the days, and checks the weekday against it', () => {
    const reading = read('с субботы 27 апреля 2023 г. на понедельник 29 апреля 2023 г.', 2022);
    expect(reading.schedule).toEqual({ kind: 'dates', spans: [day('2023-04-27'), day('2023-04-29')] });
    expect(reading.problems.map((problem) => problem.params)).toEqual([
      { date: '2023-04-27', weekday: 6 },
      { date: '2023-04-29', weekday: 1 },
    ]);
  });

  it('names a word before the moved day as ignored', () => {
    expect(read('отдых 7 марта, перенос с 3 января', 2021).ignored).toEqual([{ text: 'отдых', start: 0, end: 5 }]);
  });
});
