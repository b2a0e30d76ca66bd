// validate warns where an item's listed dates (`events:`) contradict its own rule: seminars on third
// Tuesdays under «каждый второй вторник месяца». The date is pointed at; the rule's own days pass.
// The installed command saying it is events-off-rule-installed.test.ts (office layer).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expand } from '../../src/calendar/expand.js';
import { addDays } from '../../src/calendar/days.js';
import { readTiming } from '../../src/calendar/reader/reading.js';
import { validateText } from '../../src/kinds/validate.js';
import { plan } from './off-rule-plan.js';
import { iso } from '../helpers/iso.js';

const offRule = (text: string) =>
  validateText('p.yaml', text)
    .diagnostics.filter((d) => d.code === 'event-off-rule')
    .map(({ line, column, params }) => ({ line, column, date: params?.date }));

describe('dates an item lists against its own rule', () => {
  it('points at a seminar on a third Tuesday under «каждый второй вторник месяца», and passes the second Tuesdays', () => {
    expect(offRule(plan('каждый второй вторник месяца', ['10.09.2024', '15.10.2024', '12.11.2024']))).toEqual([{ line: 14, column: 19, date: '2024-10-15' }]);
  });

  it.each([
    ['по средам', ['2024-09-18', '2024-09-19'], ['2024-09-19']],
    ['последняя пятница месяца', ['2024-09-27', '2024-10-25', '2024-11-22'], ['2024-11-22']],
    ['в первый и третий понедельник месяца', ['2024-09-02', '2024-09-16', '2024-09-09'], ['2024-09-09']],
  ])('«%s» with %j: warns at %j', (timing, dates, off) => {
    expect(offRule(plan(timing, dates)).map((problem) => problem.date)).toEqual(off);
  });

  it('says nothing of an item whose timing is not a rule of weekdays', () => {
    expect(offRule(plan('в течение года', ['2024-10-15']))).toEqual([]);
    expect(offRule(plan('ежемесячно', ['2024-10-15']))).toEqual([]);
  });

  it('any occurrence of a monthly weekday rule passes and the same day a week later does not (property)', () => {
    const ordinals = ['первый', 'второй', 'третий'];
    const weekdays = ['понедельник', 'вторник', 'четверг'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 7 }), (nth, weekday, month) => {
        const timing = `каждый ${ordinals[nth]} ${weekdays[weekday]} месяца`;
        const rule = readTiming(timing, { period: { start: iso('2024-09-01'), end: iso('2025-08-31') } }).schedule!;
        const occurrence = expand(rule, { start: iso('2024-09-01'), end: iso('2025-05-31') })[month]!.start;
        const later = addDays(occurrence, 7);
        expect(offRule(plan(timing, [occurrence, later])).map((problem) => problem.date)).toEqual([later]);
      }),
      { numRuns: 40 },
    );
  });
});
