// Invariants of the schedule engine, over many generated rules and windows,
// and the working-day calendar against the official figures.
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, weekdayOf } from '../../src/calendar/days.js';
import { expand, nthWeekday, toRRule } from '../../src/calendar/expand.js';
import { russianHolidayYears } from '../../src/calendar/holidays-ru.js';
import { writeIcs } from '../../src/calendar/ical.js';
import type { Recurrence, Schedule, Span, Weekday } from '../../src/calendar/model.js';
import { russianCalendar } from '../../src/calendar/working-days.js';
import { iso } from '../helpers/iso.js';

const isoDay = fc.integer({ min: 18_000, max: 22_000 }).map((n) => iso(new Date(n * 86_400_000).toISOString().slice(0, 10)));
const weekday = fc.integer({ min: 1, max: 7 }) as fc.Arbitrary<Weekday>;
const window = fc.tuple(isoDay, fc.integer({ min: 0, max: 800 })).map(([start, length]) => ({ start, end: addDays(start, length) }));
const rule: fc.Arbitrary<Recurrence> = fc.oneof(
  fc.record({ frequency: fc.constant('monthly' as const), weekdays: fc.array(weekday, { minLength: 1, maxLength: 2 }), nth: fc.constantFrom(1, 2, 3, 4, -1) }),
  fc.record({ frequency: fc.constant('weekly' as const), weekdays: fc.uniqueArray(weekday, { minLength: 1, maxLength: 3 }) }),
  fc.record({ frequency: fc.constantFrom('weekly' as const, 'monthly' as const, 'quarterly' as const, 'yearly' as const) }),
  fc.record({ frequency: fc.constant('daily' as const), interval: fc.constantFrom(1, 2, 3) }),
  fc.record({ frequency: fc.constant('weekly' as const), interval: fc.constantFrom(2, 3), weekdays: fc.uniqueArray(weekday, { minLength: 0, maxLength: 3 }) }),
  fc.record({ frequency: fc.constant('monthly' as const), monthDay: fc.integer({ min: 1, max: 28 }) }),
  fc.record({
    frequency: fc.constant('monthly' as const),
    weekdays: fc.array(weekday, { minLength: 1, maxLength: 1 }),
    nth: fc.constant(1),
    nths: fc.constantFrom([1, 3], [2, 4], [1, -1]),
  }),
  fc.record({
    frequency: fc.constant('monthly' as const),
    weekdays: fc.array(weekday, { minLength: 1, maxLength: 1 }),
    nth: fc.constantFrom(1, 3, -1),
    exceptMonths: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 4 }),
  }),
);
const recurring = fc.tuple(rule, window).map(([r, w]): Schedule => ({ kind: 'recurring', rule: r, start: w.start, end: w.end }));

describe('engine invariants', () => {
  it('the nth weekday of a month is that weekday, in that week of the month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        weekday,
        fc.constantFrom(1, 2, 3, 4, 5, -1),
        (year, month, day, nth) => {
          const date = nthWeekday(year, month, day, nth);
          if (date === undefined) return nth === 5; // only a fifth one can be missing
          const dayOfMonth = Number(date.slice(8));
          const sameMonth = Number(date.slice(5, 7)) === month;
          const week = nth === -1 ? Number(addDays(date, 7).slice(5, 7)) !== month : Math.ceil(dayOfMonth / 7) === nth;
          return weekdayOf(date) === day && sameMonth && week;
        },
      ),
    );
  });

  it('every expanded occurrence starts inside the window and the schedule, in order, in no excluded month', () => {
    fc.assert(
      fc.property(recurring, window, (schedule, view) => {
        if (schedule.kind !== 'recurring') return true;
        const occurrences = expand(schedule, view);
        return occurrences.every((o, i) => {
          const inside = o.start >= view.start && o.start <= view.end && o.start >= schedule.start && o.start <= schedule.end && o.end >= o.start;
          const ordered = i === 0 || occurrences[i - 1]!.start < o.start;
          const allowed = !schedule.rule.exceptMonths?.includes(Number(o.start.slice(5, 7)));
          return inside && ordered && allowed;
        });
      }),
    );
  });

  it('the RRULE, expanded by ical.js from the first occurrence, gives exactly our dates', () => {
    fc.assert(
      fc.property(recurring, (schedule) => {
        const ours = expand(schedule, schedule as Span).map((o) => o.start);
        const rrule = toRRule(schedule);
        if (ours.length === 0 || rrule === undefined) return true;
        const ics = writeIcs([{ uid: 'x@centre', summary: 'x', start: ours[0]!, end: ours[0]!, rrule }], { calendarName: 't', stamp: '20260101T000000Z' });
        const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
        const theirs: string[] = [];
        const iterator = event.iterator();
        for (let next = iterator.next(); next && theirs.length <= ours.length; next = iterator.next()) theirs.push(next.toString());
        expect(theirs).toEqual(ours);
        return true;
      }),
      { numRuns: 300 },
    );
  });
});

describe('working days', () => {
  const calendar = russianCalendar();

  it.each(Object.entries(russianHolidayYears))('%s has the official number of working days', (year, data) => {
    expect(daysBetween(iso(`${year}-01-01`), iso(`${year}-12-31`)).filter((d) => calendar.isWorkingDay(d))).toHaveLength(data.workingDays);
  });

  it('knows the moved days of 2024, 2025 and 2026', () => {
    for (const saturday of [iso('2024-04-27'), iso('2024-11-02'), iso('2024-12-28'), iso('2025-11-01')])
      expect(calendar.isWorkingDay(saturday), saturday).toBe(true);
    for (const dayOff of [iso('2025-12-31'), iso('2026-01-09'), iso('2026-12-31'), iso('2026-03-09'), iso('2026-05-11'), iso('2024-04-29'), iso('2024-12-30')])
      expect(calendar.isWorkingDay(dayOff), dayOff).toBe(false);
    expect(calendar.isWorkingDay(iso('2025-02-24'))).toBe(true); // 23.02.2025 (Sunday) was moved to 08.05 by the decree
    expect(calendar.holidayName(iso('2024-02-23'))).toBe('День защитника Отечества');
  });

  it('moves a deadline to the next working day, and leaves a working day alone', () => {
    expect(calendar.nextWorkingDay(iso('2024-12-15'))).toBe('2024-12-16');
    expect(calendar.nextWorkingDay(iso('2024-12-28'))).toBe('2024-12-28'); // a working Saturday
    expect(calendar.nextWorkingDay(iso('2024-12-29'))).toBe('2025-01-09');
    fc.assert(
      fc.property(isoDay, (date) => {
        const next = calendar.nextWorkingDay(date);
        return (
          next >= date &&
          calendar.isWorkingDay(next) &&
          daysBetween(date, next)
            .slice(0, -1)
            .every((d) => !calendar.isWorkingDay(d))
        );
      }),
    );
  });

  it("applies the workspace's local days on top", () => {
    const local = russianCalendar([
      { date: iso('2024-05-13'), working: false, name: 'День города' },
      { date: iso('2024-05-11'), working: true },
    ]);
    expect(local.isWorkingDay(iso('2024-05-13'))).toBe(false);
    expect(local.holidayName(iso('2024-05-13'))).toBe('День города');
    expect(local.isWorkingDay(iso('2024-05-11'))).toBe(true);
    expect(local.nextWorkingDay(iso('2024-05-12'))).toBe('2024-05-14');
  });
});
