// A reading as data (reading-json.ts, the shape of `centre when --format json`): each kind's fields,
// the dates it lists, and the parts present only when there is something to say.
import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../src/calendar/days.js';
import { readingData } from '../../src/calendar/reader/reading-json.js';
import { russianCalendar } from '../../src/calendar/working-days.js';
import { iso } from '../helpers/iso.js';

const data = (phrase: string) => readingData(phrase, { period: { start: iso('2024-09-01'), end: iso('2025-08-31') } }, russianCalendar()).data;

describe('a reading as data', () => {
  it('a range lists its days without the ones excepted, and names those', () => {
    expect(data('с 1 по 10 ноября, кроме 4 ноября')).toEqual({
      phrase: 'с 1 по 10 ноября, кроме 4 ноября',
      kind: 'range',
      start: '2024-11-01',
      end: '2024-11-10',
      except: ['2024-11-04'],
      dates: daysBetween(iso('2024-11-01'), iso('2024-11-10')).filter((day) => day !== '2024-11-04'),
    });
  });

  it('an open range has no end and lists its first day', () => {
    expect(data('С 14.03.2025')).toEqual({ phrase: 'С 14.03.2025', kind: 'range', start: '2025-03-14', end: null, dates: ['2025-03-14'] });
  });

  it('a month and the whole year list every day; days listed are each a date', () => {
    expect(data('октябрь')).toMatchObject({ kind: 'range', start: '2024-10-01', end: '2024-10-31', dates: daysBetween(iso('2024-10-01'), iso('2024-10-31')) });
    expect('except' in data('октябрь')!).toBe(false);
    expect(data('в течение года')).toEqual({
      phrase: 'в течение года',
      kind: 'period',
      start: '2024-09-01',
      end: '2025-08-31',
      dates: daysBetween(iso('2024-09-01'), iso('2025-08-31')),
    });
    expect(data('9, 10 ноября')).toEqual({ phrase: '9, 10 ноября', kind: 'dates', dates: ['2024-11-09', '2024-11-10'] });
    expect(data('15 сентября')).toEqual({ phrase: '15 сентября', kind: 'date', dates: ['2024-09-15'] });
  });

  it('a deadline is the day written, and says when that is a holiday or a weekend', () => {
    expect(data('до 4 ноября')).toEqual({
      phrase: 'до 4 ноября',
      kind: 'deadline',
      end: '2024-11-04',
      dates: ['2024-11-04'],
      dayOff: 'День народного единства',
    });
    expect(data('до 9 ноября 2024')).toMatchObject({ kind: 'deadline', end: '2024-11-09', dayOff: 'weekend' });
    expect(data('до 11 ноября')).toEqual({ phrase: 'до 11 ноября', kind: 'deadline', end: '2024-11-11', dates: ['2024-11-11'] });
  });

  it('a quota gives its count, unit and periods, and no dates; «не реже» says at least', () => {
    const months = data('не реже 2 раз в месяц')!;
    expect(months).toMatchObject({ kind: 'quota', count: 2, per: 'month', atLeast: true, dates: [] });
    expect(months.periods).toHaveLength(12);
    expect(months.periods![0]).toEqual({ start: '2024-09-01', end: '2024-09-30' });
    expect(data('2 раза в месяц')).not.toHaveProperty('atLeast');
  });

  it('a yearly rule bounded only by the year shows three years of it; one with its day shows that day', () => {
    expect(data('ежегодно')).toEqual({
      phrase: 'ежегодно',
      kind: 'recurring',
      rrule: 'FREQ=YEARLY;UNTIL=20250831',
      start: '2024-09-01',
      end: '2025-08-31',
      dates: ['2024-09-01', '2025-09-01', '2026-09-01'],
    });
    expect(data('ежегодно 1 сентября')).toMatchObject({ kind: 'recurring', start: '2024-09-01', end: '2024-09-01', dates: ['2024-09-01'] });
  });

  it('a weekly rule lists the first day of each occurrence within the year', () => {
    const fridays = data('по пятницам')!;
    expect(fridays).toMatchObject({ kind: 'recurring', rrule: 'FREQ=WEEKLY;BYDAY=FR;UNTIL=20250831', start: '2024-09-01', end: '2025-08-31' });
    expect(fridays.dates.slice(0, 3)).toEqual(['2024-09-06', '2024-09-13', '2024-09-20']);
    expect(fridays.dates.at(-1)).toBe('2025-08-29');
  });

  it('an unscheduled phrase has no dates; a refused one no data', () => {
    expect(data('по мере необходимости')).toEqual({ phrase: 'по мере необходимости', kind: 'unscheduled', dates: [] });
    expect(data('за день до начала каникул')).toBeUndefined();
    expect(
      readingData('31.04', { period: { start: iso('2024-09-01'), end: iso('2025-08-31') } }, russianCalendar()).reading.problems.map((problem) => problem.code),
    ).toEqual(['phrase-impossible-date']);
  });

  it('gives the ignored words, notes and problems only when there are some', () => {
    expect(data('в течение года актовый зал')!.ignored).toEqual([{ text: 'актовый зал', start: 15, end: 26 }]);
    expect(data('конец августа')!.notes).toEqual([{ code: 'phrase-month-part', params: { nth: 3 } }]);
    expect(data('5 сентября (понедельник)')!.problems).toEqual([
      { code: 'phrase-weekday-mismatch', params: { date: '2024-09-05', weekday: 1 }, severity: 'warning', start: 0, end: 23 },
    ]);
    const plain = data('15 сентября')!;
    expect(['ignored', 'notes', 'problems', 'rrule', 'except', 'dayOff', 'count'].filter((key) => key in plain)).toEqual([]);
  });
});
