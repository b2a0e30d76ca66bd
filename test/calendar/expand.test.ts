// Schedule expansion against an oracle: for every rule, the occurrences are
// exactly the days (walked one by one) that the rule's words describe, so an
// expansion that returns too few — or nothing — fails as surely as a wrong one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, lastDayOfMonth, weekdayOf } from '../../src/calendar/days.js';
import { expand, nthWeekday, toRRule } from '../../src/calendar/expand.js';
import type { IsoDate, Recurrence, Schedule, Span, Weekday } from '../../src/calendar/model.js';
import { russianCalendar } from '../../src/calendar/working-days.js';
import { iso } from '../helpers/iso.js';

const isoDay = fc.integer({ min: 19_000, max: 21_000 }).map((n) => iso(new Date(n * 86_400_000).toISOString().slice(0, 10)));
const span = (length: number) => fc.tuple(isoDay, fc.integer({ min: 0, max: length })).map(([start, days]): Span => ({ start, end: addDays(start, days) }));
const weekday = fc.integer({ min: 1, max: 7 }) as fc.Arbitrary<Weekday>;
const exceptMonths = fc.option(fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 5 }), { nil: undefined });

const month = (date: string) => Number(date.slice(5, 7));
const day = (date: string) => Number(date.slice(8, 10));
const minDay = (a: IsoDate, b: IsoDate) => (a < b ? a : b);
const lastOf = (date: string, months: number) => {
  const m = month(date) + months - 1;
  const year = Number(date.slice(0, 4)) + Math.floor((m - 1) / 12);
  const inYear = ((m - 1) % 12) + 1;
  return iso(`${year}-${String(inYear).padStart(2, '0')}-${String(lastDayOfMonth(year, inYear)).padStart(2, '0')}`);
};

/** The occurrences the rule's words describe, found by walking every day of the bounds. */
function oracle(rule: Recurrence, schedule: Span, window: Span): Span[] {
  const start = schedule.start > window.start ? schedule.start : window.start;
  const end = schedule.end < window.end ? schedule.end : window.end;
  const allowed = (date: string) => !rule.exceptMonths?.includes(month(date));
  const days = daysBetween(start, end).filter(allowed);
  if (rule.frequency === 'weekly' && rule.weekdays?.length) {
    return days.filter((date) => rule.weekdays!.includes(weekdayOf(date))).map((date) => ({ start: date, end: date }));
  }
  if (rule.frequency === 'monthly' && rule.nth !== undefined && rule.weekdays?.length) {
    const inWeek = (date: IsoDate) => (rule.nth! < 0 ? month(addDays(date, 7)) !== month(date) : Math.ceil(day(date) / 7) === rule.nth);
    return days.filter((date) => rule.weekdays!.includes(weekdayOf(date)) && inWeek(date)).map((date) => ({ start: date, end: date }));
  }
  const months = rule.frequency === 'quarterly' ? 3 : 1;
  return days
    .filter((date) => day(date) === 1 && (month(date) - 1) % months === 0)
    .map((date) => ({ start: date, end: minDay(lastOf(date, months), schedule.end) }));
}

const rules: fc.Arbitrary<Recurrence> = fc.oneof(
  fc.record({ frequency: fc.constant('weekly' as const), weekdays: fc.uniqueArray(weekday, { minLength: 1, maxLength: 3 }), exceptMonths }),
  fc.record({
    frequency: fc.constant('monthly' as const),
    weekdays: fc.uniqueArray(weekday, { minLength: 1, maxLength: 2 }),
    nth: fc.constantFrom(1, 2, 3, 4, 5, -1),
    exceptMonths,
  }),
  fc.record({ frequency: fc.constantFrom('monthly' as const, 'quarterly' as const), exceptMonths }),
);

describe('expand: recurring schedules', () => {
  it('gives exactly the days the rule describes, within the schedule and the window (property)', () => {
    fc.assert(
      fc.property(rules, span(500), span(500), (rule, schedule, window) => {
        const occurrences = expand({ kind: 'recurring', rule, ...schedule }, window);
        expect(occurrences).toEqual(oracle(rule, schedule, window));
      }),
      { numRuns: 400 },
    );
  });

  it('finds something for every kind of rule over a whole academic year', () => {
    const year = { start: iso('2023-09-01'), end: iso('2024-08-31') };
    const count = (rule: Recurrence) => expand({ kind: 'recurring', rule, ...year }, year).length;
    expect(count({ frequency: 'weekly', weekdays: [1] })).toBe(52);
    expect(count({ frequency: 'weekly', weekdays: [1, 3] })).toBe(104);
    expect(count({ frequency: 'weekly', weekdays: [1], exceptMonths: [6, 7, 8] })).toBe(39);
    expect(count({ frequency: 'monthly' })).toBe(12);
    expect(count({ frequency: 'monthly', exceptMonths: [6, 7, 8] })).toBe(9);
    expect(count({ frequency: 'monthly', weekdays: [1], nth: 3 })).toBe(12);
    expect(count({ frequency: 'monthly', weekdays: [5], nth: 5 })).toBe(5); // fifth Fridays: Sep 29, Dec 29, Mar 29, May 31, Aug 30
    expect(count({ frequency: 'quarterly' })).toBe(4);
    expect(count({ frequency: 'quarterly', exceptMonths: [7] })).toBe(3);
  });

  it('spans a month or a quarter from its first day, cut at the end of the schedule', () => {
    const schedule = (rule: Recurrence): Schedule => ({ kind: 'recurring', rule, start: iso('2023-09-01'), end: iso('2023-10-17') });
    const window = { start: iso('2023-10-01'), end: iso('2023-12-31') };
    expect(expand(schedule({ frequency: 'monthly' }), window)).toEqual([{ start: '2023-10-01', end: '2023-10-17' }]);
    expect(expand(schedule({ frequency: 'quarterly' }), window)).toEqual([{ start: '2023-10-01', end: '2023-10-17' }]);
    expect(expand({ kind: 'recurring', rule: { frequency: 'quarterly' }, start: iso('2023-09-01'), end: iso('2024-08-31') }, window)).toEqual([
      { start: iso('2023-10-01'), end: iso('2023-12-31') },
    ]);
    expect(
      expand(
        { kind: 'recurring', rule: { frequency: 'monthly' }, start: iso('2023-09-01'), end: iso('2024-08-31') },
        { start: iso('2024-02-10'), end: iso('2024-03-05') },
      ),
    ).toEqual([{ start: '2024-03-01', end: '2024-03-31' }]);
  });

  it('lists two weekdays of a month in date order, once each', () => {
    const schedule: Schedule = {
      kind: 'recurring',
      rule: { frequency: 'monthly', weekdays: [5, 1, 1], nth: 1 },
      start: iso('2024-03-01'),
      end: iso('2024-04-30'),
    };
    expect(expand(schedule, schedule).map((o) => o.start)).toEqual(['2024-03-01', '2024-03-04', '2024-04-01', '2024-04-05']);
  });

  it('gives nothing when the window and the schedule do not meet', () => {
    const schedule: Schedule = { kind: 'recurring', rule: { frequency: 'weekly', weekdays: [1] }, start: iso('2024-01-01'), end: iso('2024-01-31') };
    expect(expand(schedule, { start: iso('2024-02-01'), end: iso('2024-03-01') })).toEqual([]);
    expect(expand(schedule, { start: iso('2023-11-01'), end: iso('2023-12-31') })).toEqual([]);
    expect(expand(schedule, { start: iso('2024-01-01'), end: iso('2024-01-01') })).toEqual([{ start: '2024-01-01', end: '2024-01-01' }]);
  });
});

describe('expand: other schedules', () => {
  const window = { start: iso('2024-03-01'), end: iso('2024-03-31') };

  it('keeps a date, a range or a period that touches the window, edges included', () => {
    expect(expand({ kind: 'date', date: iso('2024-03-01') }, window)).toEqual([{ start: '2024-03-01', end: '2024-03-01' }]);
    expect(expand({ kind: 'date', date: iso('2024-03-31') }, window)).toEqual([{ start: '2024-03-31', end: '2024-03-31' }]);
    expect(expand({ kind: 'date', date: iso('2024-02-29') }, window)).toEqual([]);
    expect(expand({ kind: 'date', date: iso('2024-04-01') }, window)).toEqual([]);
    expect(expand({ kind: 'range', start: iso('2024-02-01'), end: iso('2024-03-01') }, window)).toEqual([{ start: '2024-02-01', end: '2024-03-01' }]);
    expect(expand({ kind: 'period', start: iso('2024-03-31'), end: iso('2024-05-31') }, window)).toEqual([{ start: '2024-03-31', end: '2024-05-31' }]);
    expect(expand({ kind: 'range', start: iso('2024-01-01'), end: iso('2024-02-29') }, window)).toEqual([]);
    expect(expand({ kind: 'period', start: iso('2024-04-01'), end: iso('2024-05-31') }, window)).toEqual([]);
    expect(expand({ kind: 'unscheduled' }, window)).toEqual([]);
  });

  it('keeps each of several dates that falls in the window, and only those', () => {
    const spans = [iso('2024-02-29'), iso('2024-03-01'), iso('2024-03-15'), iso('2024-03-31'), iso('2024-04-01')].map((date) => ({ start: date, end: date }));
    expect(expand({ kind: 'dates', spans }, window)).toEqual(spans.slice(1, 4));
    fc.assert(
      fc.property(fc.uniqueArray(isoDay, { minLength: 1, maxLength: 8 }), span(200), (dates, view) => {
        const all = dates.sort().map((date) => ({ start: date, end: date }));
        expect(expand({ kind: 'dates', spans: all }, view)).toEqual(all.filter((s) => s.start >= view.start && s.start <= view.end));
      }),
    );
  });

  it('moves a deadline on a day off to the next working day and says from where, only with a calendar', () => {
    const calendar = russianCalendar();
    expect(expand({ kind: 'deadline', due: iso('2024-12-15') }, { start: iso('2024-12-01'), end: iso('2024-12-31') }, calendar)).toEqual([
      { start: iso('2024-12-16'), end: iso('2024-12-16'), shiftedFrom: iso('2024-12-15') },
    ]);
    expect(expand({ kind: 'deadline', due: iso('2024-12-16') }, { start: iso('2024-12-01'), end: iso('2024-12-31') }, calendar)).toEqual([
      { start: iso('2024-12-16'), end: iso('2024-12-16') },
    ]);
    expect(expand({ kind: 'deadline', due: iso('2024-12-15') }, { start: iso('2024-12-01'), end: iso('2024-12-31') })).toEqual([
      { start: '2024-12-15', end: '2024-12-15' },
    ]);
    // moved out of the window: not in it
    expect(expand({ kind: 'deadline', due: iso('2024-12-15') }, { start: iso('2024-12-01'), end: iso('2024-12-15') }, calendar)).toEqual([]);
  });
});

describe('nthWeekday', () => {
  it('has no fifth weekday in a month without one, and never a day past the month', () => {
    expect(nthWeekday(2024, 2, 4, 5)).toBe('2024-02-29'); // 2024 is a leap year: five Thursdays
    expect(nthWeekday(2024, 2, 5, 5)).toBeUndefined();
    expect(nthWeekday(2023, 2, 3, 5)).toBeUndefined();
    expect(nthWeekday(2024, 3, 7, 5)).toBe('2024-03-31');
    expect(nthWeekday(2024, 3, 1, 5)).toBeUndefined();
    expect(nthWeekday(2024, 3, 1, -1)).toBe('2024-03-25');
    expect(nthWeekday(2024, 3, 7, -1)).toBe('2024-03-31');
    expect(nthWeekday(2024, 3, 5, 1)).toBe('2024-03-01');
  });
});

describe('toRRule', () => {
  const recurring = (rule: Recurrence): Schedule => ({ kind: 'recurring', rule, start: iso('2023-09-01'), end: iso('2024-05-31') });

  it('writes each kind of rule, until the schedule ends or the day given', () => {
    expect(toRRule(recurring({ frequency: 'weekly', weekdays: [1, 3] }))).toBe('FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20240531');
    expect(toRRule(recurring({ frequency: 'monthly', weekdays: [7], nth: -1 }))).toBe('FREQ=MONTHLY;BYDAY=-1SU;UNTIL=20240531');
    expect(toRRule(recurring({ frequency: 'monthly', weekdays: [1, 2], nth: 3 }), iso('2023-12-31'))).toBe('FREQ=MONTHLY;BYDAY=3MO,3TU;UNTIL=20231231');
    expect(toRRule(recurring({ frequency: 'monthly', monthDay: 25 }))).toBe('FREQ=MONTHLY;BYMONTHDAY=25;UNTIL=20240531');
  });

  it('gives no rule for a month or quarter with no day: each is the whole period, never the 1st', () => {
    expect(toRRule(recurring({ frequency: 'monthly' }))).toBeUndefined();
    expect(toRRule(recurring({ frequency: 'quarterly' }))).toBeUndefined();
    expect(toRRule(recurring({ frequency: 'monthly', weekdays: [1] }))).toBeUndefined();
    expect(expand(recurring({ frequency: 'monthly' }), { start: iso('2023-12-15'), end: iso('2024-02-10') })).toEqual([
      { start: iso('2024-01-01'), end: iso('2024-01-31') },
      { start: '2024-02-01', end: '2024-02-29' },
    ]);
  });

  it('leaves out the excluded months, or gives no rule where none can say it', () => {
    expect(toRRule(recurring({ frequency: 'monthly', weekdays: [1], nth: 3, exceptMonths: [6, 7, 8] }))).toBe(
      'FREQ=MONTHLY;BYDAY=3MO;BYMONTH=1,2,3,4,5,9,10,11,12;UNTIL=20240531',
    );
    expect(toRRule(recurring({ frequency: 'weekly', weekdays: [5], exceptMonths: [1] }))).toBe(
      'FREQ=WEEKLY;BYDAY=FR;BYMONTH=2,3,4,5,6,7,8,9,10,11,12;UNTIL=20240531',
    );
    expect(toRRule(recurring({ frequency: 'quarterly', exceptMonths: [7] }))).toBeUndefined();
  });

  it('gives no rule for a schedule that does not repeat', () => {
    for (const schedule of [{ kind: 'date', date: '2024-01-01' }, { kind: 'deadline', due: '2024-01-01' }, { kind: 'unscheduled' }] as Schedule[]) {
      expect(toRRule(schedule)).toBeUndefined();
    }
  });
});
