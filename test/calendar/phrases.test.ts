import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expand, toRRule } from '../../src/calendar/expand.js';
import type { Schedule, Span } from '../../src/calendar/model.js';
import { planEntries, planPeriod } from '../../src/calendar/plan-entries.js';
import { defaultSchoolYear } from '../../src/calendar/reader/school-year.js';
import { readPhrase } from '../../src/calendar/phrases.js';
import { russianCalendar } from '../../src/calendar/working-days.js';
import type { PlanDocument } from '../../src/schema/plan.js';
import { validateText } from '../../src/kinds/validate.js';
import { repoRoot } from '../helpers/cli.js';
import { iso } from '../helpers/iso.js';

const year = (first: number): Span => ({ start: iso(`${first}-09-01`), end: iso(`${first + 1}-08-31`) });
const read = (phrase: string, first = 2023) => readPhrase(phrase, { period: year(first) });
const days = (schedule: Schedule | undefined, window: Span) => expand(schedule!, window).map((o) => o.start);

describe('reading timing phrases', () => {
  it.each([
    // phrase, academic year, expected
    ['в течение всего периода', 2023, { kind: 'period', start: iso('2023-09-01'), end: iso('2024-08-31') }],
    ['В течение всего периода', 2020, { kind: 'period', start: iso('2020-09-01'), end: iso('2021-08-31') }],
    ['постоянно', 2023, { kind: 'period', start: '2023-09-01', end: '2024-08-31' }],
    ['В течение года', 2020, { kind: 'period', start: '2020-09-01', end: '2021-08-31' }],
    ['по необходимости', 2023, { kind: 'unscheduled' }],
    ['по согласованию', 2023, { kind: 'unscheduled' }],
    ['октябрь 2023', 2023, { kind: 'range', start: '2023-10-01', end: '2023-10-31' }],
    ['сентябрь 2020 г.', 2020, { kind: 'range', start: '2020-09-01', end: '2020-09-30' }],
    ['февраль 2021г.', 2020, { kind: 'range', start: '2021-02-01', end: '2021-02-28' }],
    ['январь', 2023, { kind: 'range', start: '2024-01-01', end: '2024-01-31' }],
    ['сентябрь', 2023, { kind: 'range', start: '2023-09-01', end: '2023-09-30' }],
    ['апрель - май 2024', 2023, { kind: 'range', start: '2024-04-01', end: '2024-05-31' }],
    ['март – апрель 2024', 2023, { kind: 'range', start: '2024-03-01', end: '2024-04-30' }],
    ['март — апрель 2024 г.', 2023, { kind: 'range', start: '2024-03-01', end: '2024-04-30' }],
    ['сентябрь-декабрь', 2023, { kind: 'range', start: '2023-09-01', end: '2023-12-31' }],
    ['с сентября по декабрь', 2023, { kind: 'range', start: '2023-09-01', end: '2023-12-31' }],
    ['август - сентябрь', 2020, { kind: 'range', start: '2020-08-01', end: '2020-09-30' }],
    ['октябрь - апрель 2021 г.', 2020, { kind: 'range', start: '2020-10-01', end: '2021-04-30' }],
    ['сентябрь - декабрь 2020 г.', 2020, { kind: 'range', start: '2020-09-01', end: '2020-12-31' }],
    ['сентябрь 2020 - февраль 2021', 2020, { kind: 'range', start: '2020-09-01', end: '2021-02-28' }],
    ['13.10 – 17.10.2014', 2014, { kind: 'range', start: '2014-10-13', end: '2014-10-17' }],
    ['с 1 сентября по 31 мая', 2023, { kind: 'range', start: '2023-09-01', end: '2024-05-31' }],
    ['27.09.2023', 2023, { kind: 'date', date: '2023-09-27' }],
    ['18 сентября 2023', 2023, { kind: 'date', date: '2023-09-18' }],
    ['18 сентября', 2023, { kind: 'date', date: '2023-09-18' }],
    ['15 мая', 2023, { kind: 'date', date: '2024-05-15' }],
    [
      'ноябрь 2020 г. апрель 2021 г.',
      2020,
      {
        kind: 'dates',
        spans: [
          { start: '2020-11-01', end: '2020-11-30' },
          { start: '2021-04-01', end: '2021-04-30' },
        ],
      },
    ],
    [
      '27.09.2023, 25.10.2023',
      2023,
      {
        kind: 'dates',
        spans: [
          { start: '2023-09-27', end: '2023-09-27' },
          { start: '2023-10-25', end: '2023-10-25' },
        ],
      },
    ],
    ['до 15 декабря', 2023, { kind: 'deadline', due: '2023-12-15' }],
    ['до 15 мая', 2023, { kind: 'deadline', due: '2024-05-15' }],
    ['не позднее 15.12.2024', 2024, { kind: 'deadline', due: '2024-12-15' }],
    ['не позднее 1 октября', 2023, { kind: 'deadline', due: '2023-10-01' }],
  ] as const)('%s (%i)', (phrase, first, expected) => {
    expect(read(phrase, first)).toEqual(expected);
  });

  const monthly = (weekday: number, nth: number) => ({ frequency: 'monthly', weekdays: [weekday], nth });
  it.each([
    ['каждый 3-й понедельник месяца', monthly(1, 3)],
    ['каждый 3-тий понедельник месяца', monthly(1, 3)],
    ['каждый третий понедельник месяца', monthly(1, 3)],
    ['в третий понедельник месяца', monthly(1, 3)],
    ['каждую третью среду месяца', monthly(3, 3)],
    ['в последнюю среду месяца', monthly(3, -1)],
    ['каждую последнюю среду месяца', monthly(3, -1)],
    ['1-й вторник месяца', monthly(2, 1)],
    ['вторую пятницу каждого месяца', monthly(5, 2)],
    ['по понедельникам', { frequency: 'weekly', weekdays: [1] }],
    ['каждый понедельник', { frequency: 'weekly', weekdays: [1] }],
    ['в среду', { frequency: 'weekly', weekdays: [3] }],
    ['по понедельникам и средам', { frequency: 'weekly', weekdays: [1, 3] }],
    ['еженедельно', { frequency: 'weekly' }],
    ['Еженедельно', { frequency: 'weekly' }],
    ['ежемесячно', { frequency: 'monthly' }],
    ['ежеквартально', { frequency: 'quarterly' }],
    ['1 издание в квартал', { frequency: 'quarterly' }],
    ['каждую третью среду месяца, кроме июня - августа', { ...monthly(3, 3), exceptMonths: [6, 7, 8] }],
    ['по понедельникам, кроме летних месяцев', { frequency: 'weekly', weekdays: [1], exceptMonths: [6, 7, 8] }],
  ])('%s is recurring', (phrase, rule) => {
    expect(read(phrase)).toEqual({ kind: 'recurring', rule, start: '2023-09-01', end: '2024-08-31' });
  });

  it('limits a recurrence to the months it names', () => {
    expect(read('каждый 3-й понедельник месяца с сентября по май')).toMatchObject({ kind: 'recurring', start: '2023-09-01', end: '2024-05-31' });
  });

  it.each(['когда-нибудь', '32 декабря', '31.02.2024', 'до завтра', '', 'каждый 7-й понедельник месяца'])('cannot read «%s»', (phrase) => {
    expect(read(phrase)).toBeUndefined();
  });

  it('reads every timing text of the shipped plans and cyclograms', () => {
    const files = readdirSync(path.join(repoRoot, 'plans')).filter((name) => name.endsWith('.yaml'));
    const unread: string[] = [];
    let count = 0;
    for (const file of files) {
      const validated = validateText(file, readFileSync(path.join(repoRoot, 'plans', file), 'utf8')).validated!;
      if (validated.kind !== 'plan' && validated.kind !== 'cyclogram') continue;
      const plan: PlanDocument = validated.value;
      for (const entry of planEntries(plan, year(2023))) {
        count++;
        if (!entry.schedule) unread.push(`${file}: ${entry.phrase}`);
      }
    }
    expect(count).toBeGreaterThan(40);
    expect(unread).toEqual([]);
  });
});

describe('the dates of the 2023-2024 regional plan, from the rules alone', () => {
  const window = { start: iso('2023-09-01'), end: iso('2024-05-31') };
  it('webinars and seminars fall on the third Mondays printed in the plan', () => {
    const rule = days(read('каждый 3-й понедельник месяца'), window);
    for (const date of [iso('2023-09-18'), iso('2023-10-16'), iso('2023-11-20'), iso('2024-02-19'), iso('2024-03-18'), iso('2024-04-15')])
      expect(rule).toContain(date);
  });

  it('parent meetings fall on the last Wednesdays, exactly as printed', () => {
    expect(days(read('в последнюю среду месяца'), window)).toEqual([
      iso('2023-09-27'),
      iso('2023-10-25'),
      '2023-11-29',
      '2023-12-27',
      '2024-01-31',
      '2024-02-28',
      '2024-03-27',
      '2024-04-24',
      '2024-05-29',
    ]);
  });

  it('every dated sub-event of the plan is one of those rules', () => {
    const plan = validateText('p', readFileSync(path.join(repoRoot, 'plans', '2023-2024-regional-plan.yaml'), 'utf8')).validated!.value as PlanDocument;
    const events = plan.sections
      .flatMap((s) => s.items)
      .flatMap((item) => item.events ?? [])
      .map((event) => event.date);
    const ruled = new Set([...days(read('каждый 3-й понедельник месяца'), window), ...days(read('в последнюю среду месяца'), window)]);
    expect(events).toHaveLength(15);
    for (const date of events) expect(ruled.has(date), date).toBe(true);
  });
});

describe('recurrence rules', () => {
  it.each([
    ['каждый 3-й понедельник месяца', 'FREQ=MONTHLY;BYDAY=3MO;UNTIL=20240831'],
    ['в последнюю среду месяца', 'FREQ=MONTHLY;BYDAY=-1WE;UNTIL=20240831'],
    ['по понедельникам и средам', 'FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20240831'],
    ['каждую третью среду месяца, кроме июня - августа', 'FREQ=MONTHLY;BYDAY=3WE;BYMONTH=1,2,3,4,5,9,10,11,12;UNTIL=20240831'],
  ])('%s → %s', (phrase, rrule) => {
    expect(toRRule(read(phrase)!)).toBe(rrule);
  });

  it.each(['ежемесячно', 'ежеквартально'])('%s has no rule: its occurrences are whole months or quarters', (phrase) => {
    expect(toRRule(read(phrase)!)).toBeUndefined();
  });

  it('a deadline on a day off moves to the next working day (Civil Code art. 193)', () => {
    const schedule = readPhrase('до 15 декабря', { period: year(2024) })!;
    expect(expand(schedule, year(2024), russianCalendar())).toEqual([{ start: '2024-12-16', end: '2024-12-16', shiftedFrom: '2024-12-15' }]);
    expect(expand(readPhrase('до 15 мая', { period: year(2023) })!, year(2023), russianCalendar())).toEqual([{ start: '2024-05-15', end: '2024-05-15' }]);
  });
});

describe('timings of a plan follow the school year', () => {
  const plan = (timing: string): PlanDocument =>
    validateText(
      'p',
      [
        'kind: plan',
        'title: План',
        'academicYear: 2023-2024',
        'sections:',
        '  - title: Раздел',
        '    items:',
        '      - activity: Дежурство',
        `        timing: ${timing}`,
        '        responsible: [Центр]',
        '',
      ].join('\n'),
    ).validated!.value as PlanDocument;

  it('«ежедневно» in a plan is every working day, up to the last day of lessons', () => {
    const [entry] = planEntries(plan('ежедневно'), year(2023));
    const dates = expand(entry!.schedule!, year(2023), russianCalendar()).map((o) => o.start);
    expect(dates.slice(0, 3)).toEqual(['2023-09-01', '2023-09-04', '2023-09-05']);
    expect(dates).not.toContain('2023-11-06'); // the day off for National Unity Day
    expect(dates.at(-1)! <= '2024-05-26').toBe(true);
  });

  const scheduleOf = (timing: string) => planEntries(plan(timing), year(2023))[0]!.schedule!;
  const lastDayOfLessons = '2024-05-24';

  it('a count per month or week has no period in the summer holidays; one per term or year keeps all', () => {
    const monthly = scheduleOf('2 раза в месяц');
    expect(monthly).toMatchObject({ kind: 'quota', per: 'month' });
    const months = (monthly as Schedule & { kind: 'quota' }).periods;
    expect(months[0]!.start).toBe('2023-09-01');
    expect(months.at(-1)!.start <= lastDayOfLessons && months.at(-1)!.start >= '2024-05-01').toBe(true);
    const weekly = scheduleOf('не реже 1 раза в неделю') as Schedule & { kind: 'quota' };
    expect(weekly.per).toBe('week');
    expect(weekly.periods.every((span) => span.start <= lastDayOfLessons)).toBe(true);
    expect(weekly.periods.at(-1)!.start > '2024-05-13').toBe(true);
    const perTerm = scheduleOf('1 раз в четверть') as Schedule & { kind: 'quota' };
    expect(perTerm.per).toBe('quarter-term');
    expect(perTerm.periods).toHaveLength(4);
    const perYear = scheduleOf('не реже 4 раз в год') as Schedule & { kind: 'quota' };
    expect(perYear.periods).toEqual([year(2023)]);
  });

  it('every other day, once a quarter or once a year runs the whole period; so does a rule that skips months itself', () => {
    for (const timing of ['через день', 'ежеквартально', 'ежегодно', 'ежемесячно, кроме июля и августа']) {
      const schedule = scheduleOf(timing);
      expect(schedule.kind, timing).toBe('recurring');
      expect(schedule, timing).toMatchObject({ end: '2024-08-31' });
      expect((schedule as { rule: { workingDays?: boolean } }).rule.workingDays, timing).toBeUndefined();
    }
    expect(scheduleOf('ежемесячно')).toMatchObject({ end: lastDayOfLessons });
    expect(scheduleOf('ежедневно')).toMatchObject({ end: lastDayOfLessons, rule: { workingDays: true } });
  });

  it("a cyclogram item takes the rule in its brackets, else its group's periodicity; the entry is titled by its first line", () => {
    const cyclogram = validateText(
      'c',
      [
        'kind: cyclogram',
        'title: Циклограмма',
        'academicYear: 2023-2024',
        'sections:',
        '  - periodicity: Еженедельно',
        '    items:',
        '      - activity: "Вебинар (каждый 3-й понедельник месяца)\\nвторая строка"',
        '        responsible: [Центр]',
        '      - activity: Совещание (по согласованию)',
        '        responsible: [Центр]',
        '',
      ].join('\n'),
    ).validated!.value as PlanDocument;
    const [webinar, meeting] = planEntries(cyclogram, year(2023));
    expect(webinar).toMatchObject({
      title: 'Вебинар (каждый 3-й понедельник месяца)',
      phrase: 'каждый 3-й понедельник месяца',
      path: ['sections', 0, 'items', 0, 'activity'],
    });
    expect(webinar!.schedule).toMatchObject({ kind: 'recurring', end: lastDayOfLessons });
    expect(meeting).toMatchObject({ phrase: 'Еженедельно', path: ['sections', 0, 'periodicity'] });
    expect(meeting!.schedule).toMatchObject({ kind: 'recurring', end: lastDayOfLessons });
    // the same plan and period give the very same entries; another school year reads them again
    expect(planEntries(cyclogram, year(2023))).toBe(planEntries(cyclogram, year(2023)));
    const own = (first: number) => ({ ...defaultSchoolYear(first), lastDayOfLessons: iso('2024-05-17') });
    expect(planEntries(cyclogram, year(2023), own)[1]!.schedule).toMatchObject({ end: '2024-05-17' });
  });

  it('a plan with an academic year covers that year, whatever the fallback; a cyclogram with none takes the fallback', () => {
    expect(planPeriod(plan('ежедневно'), year(2030))).toEqual(year(2023));
    const yearless = { ...plan('ежедневно'), academicYear: undefined } as PlanDocument;
    expect(planPeriod(yearless, year(2030))).toEqual(year(2030));
    expect(planPeriod(yearless)).toBeUndefined();
  });

  it('a weekly item stops with the last day of lessons, but one that names its months keeps them', () => {
    const [weekly] = planEntries(plan('по средам'), year(2023));
    expect(weekly!.schedule).toMatchObject({ end: '2024-05-24' });
    const [bounded] = planEntries(plan('по средам с сентября по июнь'), year(2023));
    expect(bounded!.schedule).toMatchObject({ end: '2024-06-30' });
  });
});
