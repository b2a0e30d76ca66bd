// A schedule said back as a Russian timing phrase (describe.ts): every form of rule, with the number
// forms of «раз» and ordinals agreeing with their weekday.
import { describe, expect, it } from 'vitest';
import type { Recurrence, Schedule } from '../../src/calendar/model.js';
import { recurrencePhrase } from '../../src/calendar/reader/describe.js';
import { iso } from '../helpers/iso.js';

const year = { start: iso('2024-09-01'), end: iso('2025-08-31') };
const rule = (recurrence: Recurrence): Schedule => ({ kind: 'recurring', rule: recurrence, ...year });
const quota = (count: number, per: string, atLeast?: true): Schedule => ({
  kind: 'quota',
  count,
  per: per as never,
  ...(atLeast ? { atLeast } : {}),
  periods: [],
});

describe('a rule said back in Russian', () => {
  it.each<[Recurrence, string]>([
    [{ frequency: 'daily' }, 'ежедневно'],
    [{ frequency: 'daily', interval: 2 }, 'через день'],
    [{ frequency: 'weekly', interval: 2, weekdays: [1, 3] }, 'каждые 2 недели, по понедельникам и средам'],
    [{ frequency: 'weekly', interval: 3 }, 'каждые 3 недели'],
    [{ frequency: 'weekly', interval: 1, weekdays: [5] }, 'по пятницам'],
    [{ frequency: 'weekly', weekdays: [6, 7] }, 'по субботам и воскресеньям'],
    [{ frequency: 'weekly' }, 'еженедельно'],
    [{ frequency: 'monthly', nth: 3, weekdays: [1] }, 'ежемесячно, 3-й понедельник месяца'],
    [{ frequency: 'monthly', nth: -1, weekdays: [7] }, 'ежемесячно, последнее воскресенье месяца'],
    [{ frequency: 'monthly', nth: -1, weekdays: [5] }, 'ежемесячно, последняя пятница месяца'],
    [{ frequency: 'monthly', nth: -1, weekdays: [2] }, 'ежемесячно, последний вторник месяца'],
    [{ frequency: 'monthly', nth: 1, nths: [1, 3], weekdays: [2] }, 'ежемесячно, 1-й и 3-й вторник месяца'],
    [{ frequency: 'monthly', nth: 2, weekdays: [1, 4] }, 'ежемесячно, 2-й понедельник и 2-й четверг месяца'],
    [{ frequency: 'monthly', nth: 1 }, 'ежемесячно'],
    [{ frequency: 'monthly', monthDay: 25 }, 'ежемесячно, 25 числа'],
    [{ frequency: 'yearly' }, 'ежегодно'],
    [{ frequency: 'monthly', timesPerPeriod: 2 }, '2 раза в месяц'],
    [{ frequency: 'weekly', timesPerPeriod: 5 }, '5 раз в неделю'],
    [{ frequency: 'quarterly', timesPerPeriod: 1 }, '1 раз в квартал'],
    [{ frequency: 'quarterly' }, 'ежеквартально'],
    [{ frequency: 'monthly', exceptMonths: [6, 7, 8] }, 'ежемесячно, кроме июня, июля, августа'],
    [{ frequency: 'weekly', weekdays: [3], exceptMonths: [1] }, 'по средам, кроме января'],
    // each form belongs to its frequency: the fields of another say nothing
    [{ frequency: 'monthly', interval: 2 }, 'ежемесячно'],
    [{ frequency: 'weekly', nth: 2, weekdays: [1] }, 'по понедельникам'],
    [{ frequency: 'yearly', nth: 1, weekdays: [1] }, 'ежегодно'],
    [{ frequency: 'monthly', weekdays: [1] }, 'ежемесячно'],
    [{ frequency: 'weekly', monthDay: 5 }, 'еженедельно'],
  ])('%j: «%s»', (recurrence, phrase) => {
    expect(recurrencePhrase(rule(recurrence))).toBe(phrase);
  });

  it.each<[Schedule, string]>([
    [quota(1, 'quarter-term'), '1 раз в четверть'],
    [quota(2, 'half-year'), '2 раза в полугодие'],
    [quota(3, 'trimester'), '3 раза в триместр'],
    [quota(5, 'year'), '5 раз в год'],
    [quota(21, 'month'), '21 раз в месяц'],
    [quota(4, 'week'), '4 раза в неделю'],
    [quota(1, 'quarter'), '1 раз в квартал'],
    [quota(1, 'month', true), 'не реже 1 раза в месяц'],
    [quota(4, 'year', true), 'не реже 4 раз в год'],
    [quota(2, 'week', true), 'не реже 2 раз в неделю'],
  ])('a quota: «%s»', (schedule, phrase) => {
    expect(recurrencePhrase(schedule)).toBe(phrase);
  });

  it('says nothing of dates, ranges and periods', () => {
    expect(recurrencePhrase({ kind: 'date', date: iso('2024-09-02') })).toBeUndefined();
    expect(recurrencePhrase({ kind: 'period', ...year })).toBeUndefined();
    expect(recurrencePhrase({ kind: 'unscheduled' })).toBeUndefined();
  });
});
