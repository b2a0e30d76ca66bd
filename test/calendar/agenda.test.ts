// From plans to dated entries, agenda rows and iCalendar events, on plans
// built in the test (no files): numbering, paths, periods, explicit schedules,
// ordering, days off, and one event per series or per occurrence.
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildAgenda, buildIcsEvents, calendarWindow, lastPlanDay, stableId, type AgendaRow, type PlanSource } from '../../src/calendar/agenda.js';
import type { IcsEvent } from '../../src/calendar/ical.js';
import { fromInput, planEntries, planPeriod } from '../../src/calendar/plan-entries.js';
import { russianCalendar } from '../../src/calendar/working-days.js';
import { quickValidate } from '../../src/kinds/quick-check.js';
import type { Cyclogram, Plan, PlanDocument } from '../../src/schema/plan.js';
import type { IsoDate } from '../../src/schema/iso-date.js';
import { iso } from '../helpers/iso.js';

const calendar = russianCalendar();
const year = { start: iso('2024-09-01'), end: iso('2025-08-31') };

function plan(overrides: Partial<Plan> = {}): Plan {
  return {
    kind: 'plan',
    title: '  План центра  ',
    academicYear: '2024-2025',
    orientation: 'portrait',
    approvals: [],
    sections: [
      {
        title: ' Раздел первый ',
        items: [
          {
            activity: 'Вебинары\n- для заместителей',
            timing: 'по графику',
            responsible: ['Центр'],
            schedule: { every: 'month', weekdays: ['пн'], nth: 3, except: [6, 7, 8] },
          },
          { activity: 'Отчёт', timing: 'до 15 декабря 2024 г.', responsible: ['Школы', 'Центр'], schedule: { deadline: iso('2024-12-15') } },
        ],
      },
      {
        title: 'Раздел второй',
        items: [
          {
            activity: 'Собрания',
            timing: 'в течение года',
            responsible: ['Центр'],
            schedule: { unscheduled: true },
            events: [
              { title: ' Первое собрание ', date: iso('2024-11-04') },
              { title: 'Второе собрание', date: iso('27.09.2024') },
            ],
          },
          { activity: 'Конкурс', timing: 'октябрь', responsible: ['Центр'], schedule: { from: iso('2024-10-01'), to: iso('2024-10-31') } },
        ],
      },
    ],
    ...overrides,
  } as Plan;
}

const source = (document: PlanDocument = plan(), file = 'plans/a.yaml'): PlanSource => ({
  plan: document,
  file,
  lineOf: (path) => 10 + Number(path[1]) * 100 + Number(path[3]) * 10,
});

describe('planPeriod', () => {
  it('is the period, else the academic year, else the fallback', () => {
    expect(planPeriod(plan())).toEqual(year);
    expect(planPeriod(plan({ period: { from: iso('01.10.2024'), to: iso('2025-05-31') } }))).toEqual({ start: '2024-10-01', end: '2025-05-31' });
    const fallback = { start: iso('2030-01-01'), end: iso('2030-12-31') };
    expect(planPeriod(plan({ academicYear: undefined }), fallback)).toBe(fallback);
    expect(planPeriod(plan({ academicYear: '2024-2026' }), fallback)).toBe(fallback);
    expect(planPeriod(plan({ academicYear: undefined }))).toBeUndefined();
  });
});

describe('planEntries', () => {
  it('gives one entry an item and one a sub-event, numbered across sections, with where their dates come from', () => {
    const entries = planEntries(plan(), year);
    expect(entries.map((e) => [e.kind, e.number, e.title, e.section, e.path.join('.')])).toEqual([
      ['item', 1, 'Вебинары', 'Раздел первый', 'sections.0.items.0.schedule'],
      ['item', 2, 'Отчёт', 'Раздел первый', 'sections.0.items.1.schedule'],
      ['item', 3, 'Собрания', 'Раздел второй', 'sections.1.items.0.schedule'],
      ['event', 3, 'Первое собрание', 'Раздел второй', 'sections.1.items.0.events.0.date'],
      ['event', 3, 'Второе собрание', 'Раздел второй', 'sections.1.items.0.events.1.date'],
      ['item', 4, 'Конкурс', 'Раздел второй', 'sections.1.items.1.schedule'],
    ]);
    expect(entries[3]!.schedule).toEqual({ kind: 'date', date: '2024-11-04' });
    expect(entries[4]!.schedule).toEqual({ kind: 'date', date: '2024-09-27' });
    expect(entries[1]!.responsible).toEqual(['Школы', 'Центр']);
  });

  it('reads the same plan once per period', () => {
    const document = plan();
    expect(planEntries(document, year)).toBe(planEntries(document, year));
    const other = plan({ academicYear: undefined });
    const first = planEntries(other, year);
    expect(planEntries(other, year)).toBe(first);
    expect(planEntries(other, { start: iso('2025-09-01'), end: iso('2026-08-31') })).not.toBe(first);
  });

  it('in a cyclogram, reads a rule in parentheses, else the group periodicity, else the timing', () => {
    const cyclogram: Cyclogram = {
      kind: 'cyclogram',
      title: 'Циклограмма',
      academicYear: '2024-2025',
      orientation: 'portrait',
      approvals: [],
      sections: [
        {
          periodicity: ' Ежемесячно ',
          items: [
            { activity: 'Совещание (каждый 3-й понедельник месяца)', responsible: ['Центр'] },
            { activity: 'Консультации (по запросу)', responsible: ['Центр'] },
            { activity: 'Отчёт', timing: 'до 15 декабря 2024', responsible: ['Центр'] },
          ],
        },
      ],
    };
    const [rule, periodicity, timing] = planEntries(cyclogram, year);
    expect(rule).toMatchObject({ section: 'Ежемесячно', phrase: 'каждый 3-й понедельник месяца', path: ['sections', 0, 'items', 0, 'activity'] });
    expect(rule!.schedule).toMatchObject({ kind: 'recurring', rule: { frequency: 'monthly', nth: 3, weekdays: [1] } });
    expect(periodicity).toMatchObject({ phrase: ' Ежемесячно ', path: ['sections', 0, 'periodicity'] });
    expect(periodicity!.schedule).toMatchObject({ kind: 'recurring', rule: { frequency: 'monthly' } });
    expect(timing).toMatchObject({
      phrase: 'до 15 декабря 2024',
      path: ['sections', 0, 'items', 2, 'timing'],
      schedule: { kind: 'deadline', due: iso('2024-12-15') },
    });
  });
});

describe('fromInput', () => {
  it('turns each explicit schedule into its schedule', () => {
    expect(fromInput({ unscheduled: true }, year)).toEqual({ kind: 'unscheduled' });
    expect(fromInput({ deadline: iso('15.12.2024') }, year)).toEqual({ kind: 'deadline', due: '2024-12-15' });
    expect(fromInput({ dates: [iso('2024-11-20')] }, year)).toEqual({ kind: 'date', date: '2024-11-20' });
    expect(fromInput({ dates: [iso('2024-11-20'), iso('18.09.2024')] }, year)).toEqual({
      kind: 'dates',
      spans: [
        { start: iso('2024-09-18'), end: iso('2024-09-18') },
        { start: '2024-11-20', end: '2024-11-20' },
      ],
    });
    expect(fromInput({ from: iso('2024-10-01'), to: iso('2025-04-30') }, year)).toEqual({ kind: 'range', start: '2024-10-01', end: '2025-04-30' });
    expect(fromInput({ from: iso('2024-10-01') }, year)).toBeUndefined();
    expect(fromInput({ to: iso('2024-10-01') }, year)).toBeUndefined();
  });

  it('makes a rule of every, weekdays, nth and except, over the plan period unless bounded', () => {
    expect(fromInput({ every: 'week', weekdays: ['вт', 'вс'] }, year)).toEqual({ kind: 'recurring', rule: { frequency: 'weekly', weekdays: [2, 7] }, ...year });
    expect(fromInput({ every: 'month', weekdays: ['пт'], nth: 'last', except: [7, 8] }, year)).toEqual({
      kind: 'recurring',
      rule: { frequency: 'monthly', weekdays: [5], nth: -1, exceptMonths: [7, 8] },
      ...year,
    });
    expect(fromInput({ every: 'quarter', from: iso('2024-10-01') }, year)).toEqual({
      kind: 'recurring',
      rule: { frequency: 'quarterly' },
      start: iso('2024-10-01'),
      end: year.end,
    });
    expect(fromInput({ every: 'month', nth: 2, to: iso('2025-05-31') }, year)).toEqual({
      kind: 'recurring',
      rule: { frequency: 'monthly', nth: 2 },
      start: year.start,
      end: iso('2025-05-31'),
    });
  });
});

// Built in beforeEach, not when the file is collected, so that a mutant under test is active while it is built.
describe('buildAgenda', () => {
  let rows: AgendaRow[];
  beforeEach(() => {
    rows = buildAgenda([source()], { start: iso('2024-09-01'), end: iso('2024-12-31') }, calendar);
  });

  it('lists every occurrence in date order, with its plan, section, responsible and file:line', () => {
    expect(rows.map((row) => [row.date, row.end, row.kind, row.title, row.source])).toEqual([
      ['2024-09-16', undefined, 'recurring', 'Вебинары', 'plans/a.yaml:10'],
      ['2024-09-27', undefined, 'date', 'Второе собрание', 'plans/a.yaml:110'],
      ['2024-10-01', '2024-10-31', 'range', 'Конкурс', 'plans/a.yaml:120'],
      ['2024-10-21', undefined, 'recurring', 'Вебинары', 'plans/a.yaml:10'],
      ['2024-11-04', undefined, 'date', 'Первое собрание', 'plans/a.yaml:110'],
      ['2024-11-18', undefined, 'recurring', 'Вебинары', 'plans/a.yaml:10'],
      ['2024-12-15', undefined, 'deadline', 'Отчёт', 'plans/a.yaml:20'],
      ['2024-12-16', undefined, 'recurring', 'Вебинары', 'plans/a.yaml:10'],
    ]);
    expect(rows[0]).toEqual({
      date: '2024-09-16',
      kind: 'recurring',
      title: 'Вебинары',
      plan: 'План центра',
      section: 'Раздел первый',
      responsible: ['Центр'],
      source: 'plans/a.yaml:10',
    });
  });

  it("keeps a plan's deadline on the day written and flags it and an occurrence on a holiday as days off", () => {
    expect(rows.find((row) => row.kind === 'deadline')).toEqual(expect.objectContaining({ date: '2024-12-15', dayOff: 'выходной день' }));
    expect(rows.find((row) => row.date === '2024-11-04')).toMatchObject({ dayOff: 'День народного единства' });
    expect(rows.filter((row) => row.dayOff !== undefined)).toHaveLength(2);
    expect(rows.filter((row) => row.shiftedFrom !== undefined)).toHaveLength(0);
  });

  it("moves a monitoring form's deadline off a day off (Civil Code art. 193) and says from when", () => {
    const form = buildAgenda([{ ...source(), movesDeadlines: true }], { start: iso('2024-09-01'), end: iso('2024-12-31') }, calendar);
    expect(form.find((row) => row.kind === 'deadline')).toMatchObject({ date: '2024-12-16', shiftedFrom: '2024-12-15' });
  });

  it('calls a day off without a name a day off, and does not flag a span', () => {
    const weekend = plan({
      sections: [
        {
          title: 'Р',
          items: [
            { activity: 'Субботник', timing: 'т', responsible: ['Ц'], schedule: { dates: [iso('2024-09-21'), iso('2024-09-23')] } },
            { activity: 'Слёт', timing: 'т', responsible: ['Ц'], schedule: { from: iso('2024-09-21'), to: iso('2024-09-22') } },
          ],
        },
      ],
    });
    const listed = buildAgenda([source(weekend)], { start: iso('2024-09-01'), end: iso('2024-09-30') }, calendar);
    expect(listed.map((row) => [row.title, row.date, row.dayOff])).toEqual([
      ['Субботник', '2024-09-21', 'выходной день'],
      ['Слёт', '2024-09-21', undefined],
      ['Субботник', '2024-09-23', undefined],
    ]);
  });

  it('orders by the day shown (a span begun earlier at the window start), then date, then file and line number', () => {
    const window = { start: iso('2024-10-15'), end: iso('2024-10-31') };
    const a = source(plan(), 'plans/b.yaml');
    const b: PlanSource = { plan: plan(), file: 'plans/a.yaml' };
    const listed = buildAgenda([a, b], window, calendar);
    expect(listed.map((row) => `${row.date} ${row.source}`)).toEqual([
      '2024-10-01 plans/a.yaml',
      '2024-10-01 plans/b.yaml:120',
      '2024-10-21 plans/a.yaml',
      '2024-10-21 plans/b.yaml:10',
    ]);
    const lines: PlanSource = { plan: plan(), file: 'plans/c.yaml', lineOf: (path) => (Number(path[3]) === 0 ? 96 : 122) };
    const twice = plan({
      sections: [
        {
          title: 'Р',
          items: [
            { activity: 'А', timing: 'т', responsible: ['Ц'], schedule: { dates: [iso('2024-10-16')] } },
            { activity: 'Б', timing: 'т', responsible: ['Ц'], schedule: { dates: [iso('2024-10-16')] } },
          ],
        },
      ],
    });
    expect(buildAgenda([{ ...lines, plan: twice }], window, calendar).map((row) => row.source)).toEqual(['plans/c.yaml:96', 'plans/c.yaml:122']);
    const reversed: PlanSource = { ...lines, plan: twice, lineOf: (path) => (Number(path[3]) === 0 ? 122 : 96) };
    expect(buildAgenda([reversed], window, calendar).map((row) => row.title)).toEqual(['Б', 'А']);
    // Both shown at the window's start: the one begun earlier first, whatever its file.
    const begun = (from: IsoDate) =>
      plan({ sections: [{ title: 'Р', items: [{ activity: `С ${from}`, timing: 'т', responsible: ['Ц'], schedule: { from, to: iso('2024-10-20') } }] }] });
    const spans = buildAgenda(
      [
        { plan: begun(iso('2024-10-10')), file: 'plans/a.yaml' },
        { plan: begun(iso('2024-10-01')), file: 'plans/b.yaml' },
      ],
      window,
      calendar,
    );
    expect(spans.map((row) => `${row.date} ${row.source}`)).toEqual(['2024-10-01 plans/b.yaml', '2024-10-10 plans/a.yaml']);
  });
});

/** The UIDs of plan() in 2024-09..12, as written since UIDs stopped depending on the window: the series, then one a date as written. */
const GOLDEN = [
  '2161bbf518faf700-series@centre',
  '831db96a6cbb6e8e-20241215@centre',
  '2f97cb583861a854-20241104@centre',
  '7dbdd98aef0cc19b-20240927@centre',
  'ccb5397d9da81db8-20241001@centre',
];

describe('buildIcsEvents', () => {
  const window = { start: iso('2024-09-01'), end: iso('2024-12-31') };
  let events: IcsEvent[];
  beforeEach(() => {
    events = buildIcsEvents([source()], window, calendar);
  });

  it('writes one event with an RRULE for a series, from its first occurrence to the end of the window', () => {
    const series = events.filter((event) => event.rrule !== undefined);
    expect(series).toHaveLength(1);
    expect(series[0]).toMatchObject({
      summary: 'Вебинары',
      start: iso('2024-09-16'),
      end: '2024-09-16',
      rrule: 'FREQ=MONTHLY;BYDAY=3MO;BYMONTH=1,2,3,4,5,9,10,11,12;UNTIL=20241231',
      categories: ['План центра'],
    });
  });

  it('writes one event an occurrence otherwise, a deadline as «Срок:», nothing for an unscheduled item', () => {
    expect(events.map((event) => [event.summary, event.start, event.end])).toEqual([
      ['Вебинары', '2024-09-16', '2024-09-16'],
      ['Срок: Отчёт', '2024-12-15', '2024-12-15'],
      ['Первое собрание', '2024-11-04', '2024-11-04'],
      ['Второе собрание', '2024-09-27', '2024-09-27'],
      ['Конкурс', '2024-10-01', '2024-10-31'],
    ]);
    expect(events.filter((event) => event.rrule === undefined).every((event) => !('rrule' in event) || event.rrule === undefined)).toBe(true);
  });

  it('describes each event by plan, section, responsible and the timing it was read from, never by a file of the workspace', () => {
    expect(events[1]!.description).toBe('План центра\nРаздел первый\nОтветственные: Школы, Центр');
    const timed = plan({ sections: [{ title: 'Р', items: [{ activity: 'Отчёт', timing: 'до 15 декабря 2024 г.', responsible: ['Школы'] }] }] });
    const [event] = buildIcsEvents([{ plan: timed, file: 'p.yaml' }], window, calendar);
    expect(event!.description).toBe('План центра\nР\nОтветственные: Школы\nСроки: до 15 декабря 2024 г.');
  });

  it('gives every event its own UID, the same in every export', () => {
    const uids = events.map((event) => event.uid);
    expect(new Set(uids).size).toBe(uids.length);
    expect(buildIcsEvents([source()], window, calendar).map((event) => event.uid)).toEqual(uids);
    for (const uid of uids) expect(uid).toMatch(/@centre$/);
  });

  it('names an occurrence by its plan, item and own date as written, whatever the window or the other items', () => {
    const uidsOf = (document: PlanDocument, from = iso('2024-09-01')) =>
      buildIcsEvents([source(document)], { start: from, end: iso('2024-12-31') }, calendar).map((event) => [event.start, event.uid]);
    const dated = (activity = 'Семинары') =>
      plan({
        sections: [
          {
            title: 'Р',
            items: [
              { activity, timing: 'т', responsible: ['Ц'], schedule: { dates: [iso('2024-09-18'), iso('2024-11-20')] } },
              { activity: 'Отчёт', timing: 'т', responsible: ['Ц'], schedule: { deadline: iso('2024-12-15') } },
            ],
          },
        ],
      });
    const all = uidsOf(dated());
    expect(all.map(([start]) => start)).toEqual(['2024-09-18', '2024-11-20', '2024-12-15']);
    expect(uidsOf(dated(), iso('2024-11-01'))).toEqual(all.slice(1));
    expect(all[2]![1]).toMatch(/-20241215@centre$/);
    expect(uidsOf(dated('  Семинары \n'))).toEqual(all);
    const organised = (organisation: string) => buildIcsEvents([source(plan({ organisation }))], window, calendar).map((event) => event.uid);
    expect(organised('  Центр «Перспектива» ')).toEqual(organised('Центр «Перспектива»'));
    const renamed = uidsOf(dated('Вебинары'));
    expect(renamed[2]).toEqual(all[2]);
    expect(renamed[0]![1]).not.toBe(all[0]![1]);
  });

  it('never reuses a UID for the plan of another year or organisation, nor for two items that say the same', () => {
    const events = (document: PlanDocument) => buildIcsEvents([source(document)], { start: iso('2024-09-01'), end: iso('2026-08-31') }, calendar);
    const twice = (overrides: Partial<Plan>) =>
      plan({
        sections: [
          {
            title: 'Р',
            items: [1, 2].map(() => ({
              activity: 'Собрание',
              timing: 'т',
              responsible: ['Ц'],
              events: [
                { title: 'Встреча', date: iso('2024-10-16') },
                { title: 'Встреча', date: iso('2025-10-15') },
              ],
            })),
          },
        ],
        ...overrides,
      });
    const uids = [
      ...events(twice({})),
      ...events(twice({ organisation: 'Центр «Перспектива»' })),
      ...events(twice({ academicYear: '2025-2026' })),
      ...events(twice({ title: 'План центра на полугодие' })),
    ].map((event) => event.uid);
    expect(uids).toHaveLength(4 * 2 * 2);
    expect(new Set(uids).size).toBe(uids.length);
    const later = buildIcsEvents([source(twice({}))], { start: iso('2024-10-16'), end: iso('2024-12-31') }, calendar).map((event) => event.uid);
    expect(later).toEqual([uids[0], uids[2]]);
  });

  it('keeps the UIDs an earlier release gave this plan, so that importing an older export again updates its events', () => {
    expect(events.map((event) => event.uid)).toEqual(GOLDEN);
    // A plan without a year, and three items that say the same (told apart by their order).
    const yearless = buildIcsEvents([source(plan({ academicYear: undefined }))], window, calendar).map((event) => event.uid);
    const same = plan({
      sections: [
        { title: 'Р', items: [1, 2, 3].map(() => ({ activity: 'Собрание', timing: 'т', responsible: ['Ц'], schedule: { dates: [iso('2024-10-16')] } })) },
      ],
    });
    expect([yearless[0], ...buildIcsEvents([source(same)], window, calendar).map((event) => event.uid)]).toEqual([
      '8175dc27589100d5-series@centre',
      '17627e1a9cb97c0b-20241016@centre',
      '314f43e237b9434e-20241016@centre',
      '0e76d0a255ad45ca-20241016@centre',
    ]);
  });

  it('writes one event for a date listed twice in one item', () => {
    const twice = plan({
      sections: [
        {
          title: 'Р',
          items: [{ activity: 'Семинар', timing: 'т', responsible: ['Ц'], schedule: { dates: [iso('2024-10-16'), iso('16.10.2024'), iso('2024-11-20')] } }],
        },
      ],
    });
    const written = buildIcsEvents([source(twice)], window, calendar);
    expect(written.map((event) => event.start)).toEqual(['2024-10-16', '2024-11-20']);
    expect(written.every((event) => typeof event.uid === 'string')).toBe(true);
  });

  it('leaves out an item whose timing cannot be read, in the agenda and in the export', () => {
    const unreadable = plan({
      sections: [
        {
          title: 'Р',
          items: [
            { activity: 'Встречи', timing: 'по графику министерства', responsible: ['Ц'] },
            { activity: 'Прочее', timing: 'когда получится', responsible: ['Ц'] },
            { activity: 'Семинар', timing: 'т', responsible: ['Ц'], schedule: { dates: [iso('2024-10-16')] } },
          ],
        },
      ],
    });
    expect(buildAgenda([source(unreadable)], window, calendar).map((row) => row.title)).toEqual(['Семинар']);
    expect(buildIcsEvents([source(unreadable)], window, calendar).map((event) => event.summary)).toEqual(['Семинар']);
  });

  it('leaves out items with nothing in the window', () => {
    expect(buildIcsEvents([source()], { start: iso('2025-06-01'), end: iso('2025-08-31') }, calendar)).toEqual([]);
  });

  it('writes several events for several dates of one item', () => {
    const several = plan({
      sections: [
        { title: 'Р', items: [{ activity: 'Семинары', timing: 'т', responsible: ['Ц'], schedule: { dates: [iso('2024-10-16'), iso('2024-11-20')] } }] },
      ],
    });
    const written = buildIcsEvents([source(several)], window, calendar);
    expect(written.map((event) => event.start)).toEqual(['2024-10-16', '2024-11-20']);
    expect(new Set(written.map((event) => event.uid)).size).toBe(2);
  });
});

describe('stableId, calendarWindow, lastPlanDay', () => {
  it('hashes parts to the same id every time, and tells parts apart from their concatenation', () => {
    expect(stableId('a', 'b')).toBe(stableId('a', 'b'));
    expect(stableId('a', 'b')).not.toBe(stableId('ab'));
    expect(stableId('ab', 'c')).not.toBe(stableId('a', 'bc'));
    expect(stableId('План', 'Раздел')).toMatch(/^[0-9a-f]{16}$/);
    expect(stableId('')).toMatch(/^[0-9a-f]{16}$/);
  });

  it('keeps the ids earlier releases wrote, so that importing an older export again updates its events instead of doubling them', () => {
    expect([stableId(''), stableId('План', 'Раздел'), stableId('a'), stableId('Ёлка 🎄', 'x')]).toEqual([
      '488bdcb81aee8d83',
      '8181017ef6a8b6be',
      '501c2ba782c97901',
      '66d86fa6b657cc43',
    ]);
  });

  it('always gives sixteen hex digits, whatever the parts', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 4 }), (parts) => /^[0-9a-f]{16}$/.test(stableId(...parts))),
      { numRuns: 300 },
    );
  });

  it('covers eight weeks by default, the weeks asked for, or up to a day', () => {
    expect(calendarWindow(iso('2024-09-02'), {})).toEqual({ start: '2024-09-02', end: '2024-10-27' });
    expect(calendarWindow(iso('2024-09-02'), { weeks: 1 })).toEqual({ start: '2024-09-02', end: '2024-09-08' });
    expect(calendarWindow(iso('2024-09-02'), { to: iso('2024-09-03'), weeks: 5 })).toEqual({ start: '2024-09-02', end: '2024-09-03' });
  });

  it('finds the last day any plan covers, or the fallback', () => {
    const later = plan({ academicYear: undefined, period: { from: iso('2024-09-01'), to: iso('2026-05-31') } });
    expect(lastPlanDay([source(), source(later)], iso('2024-01-01'))).toBe('2026-05-31');
    expect(lastPlanDay([source(later), source()], iso('2024-01-01'))).toBe('2026-05-31');
    expect(lastPlanDay([source()], iso('2030-01-01'))).toBe('2030-01-01');
    expect(lastPlanDay([source(plan({ academicYear: undefined }))], iso('2024-01-01'))).toBe('2024-01-01');
    expect(lastPlanDay([], iso('2024-01-01'))).toBe('2024-01-01');
  });
});

describe('the agenda of a plan read from YAML', () => {
  // Line numbers:  1             2            3                        4           5                 6           7
  const text = [
    'kind: plan',
    'title: План',
    'academicYear: 2024-2025',
    'sections:',
    '  - title: Раздел',
    '    items:',
    '      - activity: Семинар',
    //  8                         9                              10                 11
    '        timing: 16 октября',
    '        responsible: [Центр]',
    '        schedule:',
    '          dates: [2024-10-16]',
    //  12                          13                                14                             15
    '      - activity: Собрания',
    '        timing: в течение года',
    '        responsible: [Центр]',
    '        events:',
    //  16                              17
    '          - title: Собрание',
    '            date: 2024-10-17',
  ].join('\n');

  it('points every row at the line of its item, not of its schedule or sub-event', () => {
    const read = quickValidate(text, { positions: true })!;
    const listed = buildAgenda(
      [{ plan: read.validated.value as PlanDocument, file: 'plans/p.yaml', lineOf: read.lineOf }],
      { start: iso('2024-10-01'), end: iso('2024-10-31') },
      calendar,
    );
    expect(listed.map((row) => [row.title, row.date, row.end, row.source])).toEqual([
      ['Собрания', '2024-09-01', '2025-08-31', 'plans/p.yaml:12'],
      ['Семинар', '2024-10-16', undefined, 'plans/p.yaml:7'],
      ['Собрание', '2024-10-17', undefined, 'plans/p.yaml:12'],
    ]);
    const events = buildIcsEvents(
      [{ plan: read.validated.value as PlanDocument, file: 'plans/p.yaml', lineOf: read.lineOf }],
      { start: iso('2024-10-01'), end: iso('2024-10-31') },
      calendar,
    );
    // a calendar program shows what a person reads, never where the YAML is
    for (const event of events) expect(event.description).not.toMatch(/plans\/|\.yaml/);
  });
});
