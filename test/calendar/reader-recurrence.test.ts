// Recurrences and quotas (recurrence.ts), read through the reader's entry: the weekdays and the weeks of
// the month a rule repeats on, every day, week, month, quarter or year, every so many weeks, a day of every
// month, a count per unit (a rule once per unit, a quota otherwise, in the periods it counts in), and the
// terms that bound a rule — each reading with every word taken, and the phrases refused.
import { describe, expect, it } from 'vitest';
import { readTiming } from '../../src/calendar/reader/reading.js';
import { defaultSchoolYear } from '../../src/calendar/reader/school-year.js';
import { iso } from '../helpers/iso.js';

const read = (phrase: string, start = '2024-09-01', end = '2025-08-31') => readTiming(phrase, { period: { start: iso(start), end: iso(end) } });
const span = (start: string, end: string) => ({ start, end });
const recurring = (rule: object, start = '2024-09-01', end = '2025-08-31') => ({ kind: 'recurring', rule, start, end });

/** The schedule of a phrase read with every word taken. */
const whole = (phrase: string, start?: string, end?: string) => {
  const reading = read(phrase, start, end);
  expect(reading.ignored, phrase).toEqual([]);
  return reading.schedule;
};

describe('weekdays', () => {
  it.each([
    ['понедельник', [1]],
    ['каждый вторник', [2]],
    ['по понедельникам и средам', [1, 3]],
    ['понедельник, среда, пятница', [1, 3, 5]],
    ['еженедельно по пятницам', [5]],
    ['понедельник - пятница', [1, 2, 3, 4, 5]],
    ['понедельник – среда, пятница', [1, 2, 3, 5]],
    ['с понедельника по пятницу', [1, 2, 3, 4, 5]],
    ['со вторника по четверг', [2, 3, 4]],
    ['со среды по понедельник', [3, 1]],
  ])('«%s» repeats weekly on %j', (phrase, weekdays) => {
    expect(whole(phrase)).toEqual(recurring({ frequency: 'weekly', weekdays }));
  });

  it('reads every day of the week as daily', () => {
    expect(whole('понедельник – воскресенье')).toEqual(recurring({ frequency: 'daily' }));
    expect(whole('с понедельника по воскресенье')).toEqual(recurring({ frequency: 'daily' }));
  });

  it('reads «по» between two weekdays as a range only after «с»', () => {
    expect(whole('понедельник, среда по пятницу')).toEqual(recurring({ frequency: 'weekly', weekdays: [1, 3, 5] }));
  });

  it('reads a day with its weekday as that date, not a rule', () => {
    expect(read('24 мая, пт').schedule).toEqual({ kind: 'date', date: '2025-05-24' });
    expect(read('пятница, 23 мая').schedule).toEqual({ kind: 'date', date: '2025-05-23' });
  });

  it('reads a weekday «каждые две недели» as every other week on it', () => {
    expect(whole('каждые две недели по вторникам')).toEqual(recurring({ frequency: 'weekly', weekdays: [2], interval: 2 }));
    expect(whole('1 раз в 2 недели (среда)')).toEqual(recurring({ frequency: 'weekly', weekdays: [3], interval: 2 }));
  });
});

describe('weeks of the month', () => {
  it.each([
    ['каждый третий понедельник месяца', [1], [3]],
    ['каждую вторую среду месяца', [3], [2]],
    ['3-й понедельник месяца', [1], [3]],
    ['пятый четверг месяца', [4], [5]],
    ['последний четверг месяца', [4], [-1]],
    ['первый и третий вторник месяца', [2], [1, 3]],
    ['1 и 3 среда месяца', [3], [1, 3]],
    ['1, 3 среда месяца', [3], [1, 3]],
    ['2-я и 4-я пятница месяца', [5], [2, 4]],
  ])('«%s»: weekdays %j, weeks %j', (phrase, weekdays, nths) => {
    const rule = nths.length === 1 ? { frequency: 'monthly', weekdays, nth: nths[0] } : { frequency: 'monthly', weekdays, nth: nths[0], nths };
    expect(whole(phrase)).toEqual(recurring(rule));
  });

  it.each(['6 понедельник месяца', '6-й понедельник месяца', '0 среда месяца'])('refuses «%s»: no month has that week', (phrase) => {
    expect(read(phrase).schedule).toBeUndefined();
  });

  it('refuses weeks of the month with no weekday', () => {
    expect(read('3-й и 4-й месяца').schedule).toBeUndefined();
  });
});

describe('every unit', () => {
  it.each([
    ['ежедневно', { frequency: 'daily' }],
    ['каждый день', { frequency: 'daily' }],
    ['через день', { frequency: 'daily', interval: 2 }],
    ['еженедельно', { frequency: 'weekly' }],
    ['каждую неделю', { frequency: 'weekly' }],
    ['раз в неделю', { frequency: 'weekly' }],
    ['каждые 3 недели', { frequency: 'weekly', interval: 3 }],
    ['каждые две недели', { frequency: 'weekly', interval: 2 }],
    ['раз в 3 недели', { frequency: 'weekly', interval: 3 }],
    ['1 раз в 2 недели', { frequency: 'weekly', interval: 2 }],
    ['ежемесячно', { frequency: 'monthly' }],
    ['каждый месяц', { frequency: 'monthly' }],
    ['раз в месяц', { frequency: 'monthly' }],
    ['один день в месяц', { frequency: 'monthly' }],
    ['ежеквартально', { frequency: 'quarterly' }],
    ['каждый квартал', { frequency: 'quarterly' }],
    ['1 раз в квартал', { frequency: 'quarterly' }],
    ['1 издание в квартал', { frequency: 'quarterly' }],
    ['ежегодно', { frequency: 'yearly' }],
    ['каждый год', { frequency: 'yearly' }],
    ['1 раз в год', { frequency: 'yearly' }],
    ['2 раза в день', { frequency: 'daily', timesPerPeriod: 2 }],
    ['трижды в день', { frequency: 'daily', timesPerPeriod: 3 }],
    ['ежемесячно до 5-го числа', { frequency: 'monthly', monthDay: 5 }],
    ['25-го числа каждого месяца', { frequency: 'monthly', monthDay: 25 }],
    ['25-е число каждого месяца', { frequency: 'monthly', monthDay: 25 }],
    ['ежемесячно, 25 числа', { frequency: 'monthly', monthDay: 25 }],
    ['до 31 числа каждого месяца', { frequency: 'monthly', monthDay: 31 }],
    ['не позднее 10 числа месяца, следующего за отчетным', { frequency: 'monthly', monthDay: 10 }],
    ['до 10 числа, следующего за отчетным', { frequency: 'monthly', monthDay: 10 }],
  ])('«%s» is %j', (phrase, rule) => {
    expect(whole(phrase)).toEqual(recurring(rule));
  });

  it.each(['до 32 числа каждого месяца', 'до 0 числа каждого месяца', 'еженедельно до 5 числа', 'ежегодно до 5 числа', 'с 1 по 10 число каждого месяца'])(
    'refuses «%s»: no one day of every month',
    (phrase) => {
      expect(read(phrase).schedule).toBeUndefined();
    },
  );
});

describe('quotas', () => {
  const months = (from: string, to: string) => {
    const list: { start: string; end: string }[] = [];
    for (let day = new Date(`${from}T00:00:00Z`); day.toISOString().slice(0, 10) <= to; day.setUTCMonth(day.getUTCMonth() + 1)) {
      const start = day.toISOString().slice(0, 10);
      const last = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
      list.push({ start, end: last });
    }
    return list;
  };

  it.each([
    ['2 раза в месяц', 2],
    ['трижды в месяц', 3],
    ['не менее двух в месяц', 2],
  ])('«%s»: %i in each month of the plan', (phrase, count) => {
    const schedule = whole(phrase);
    expect(schedule).toMatchObject({ kind: 'quota', count, per: 'month', periods: months('2024-09-01', '2025-08-31') });
  });

  // the calendar months, quarters and weeks (Monday to Sunday) the plan touches, the first and last cut to the plan
  it.each([
    [
      '2 раза в месяц',
      '2024-10-01',
      '2024-11-20',
      'month',
      [
        ['2024-10-01', '2024-10-31'],
        ['2024-11-01', '2024-11-20'],
      ],
    ],
    [
      '2 раза в месяц',
      '2024-09-15',
      '2024-11-10',
      'month',
      [
        ['2024-09-15', '2024-09-30'],
        ['2024-10-01', '2024-10-31'],
        ['2024-11-01', '2024-11-10'],
      ],
    ],
    [
      '2 раза в квартал',
      '2024-09-01',
      '2025-08-31',
      'quarter',
      [
        ['2024-09-01', '2024-09-30'],
        ['2024-10-01', '2024-12-31'],
        ['2025-01-01', '2025-03-31'],
        ['2025-04-01', '2025-06-30'],
        ['2025-07-01', '2025-08-31'],
      ],
    ],
    [
      '2 раза в неделю',
      '2024-09-04',
      '2024-09-24',
      'week',
      [
        ['2024-09-04', '2024-09-08'],
        ['2024-09-09', '2024-09-15'],
        ['2024-09-16', '2024-09-22'],
        ['2024-09-23', '2024-09-24'],
      ],
    ],
    [
      '2 дня в неделю',
      '2024-09-02',
      '2024-09-15',
      'week',
      [
        ['2024-09-02', '2024-09-08'],
        ['2024-09-09', '2024-09-15'],
      ],
    ],
  ] as const)('«%s» from %s to %s: twice in each %s of the plan', (phrase, start, end, per, periods) => {
    expect(whole(phrase, start, end)).toEqual({ kind: 'quota', count: 2, per, periods: periods.map(([from, to]) => ({ start: from, end: to })) });
  });

  it('counts a quota per year in the whole plan, «не реже» kept', () => {
    expect(whole('3 раза в год')).toEqual({ kind: 'quota', count: 3, per: 'year', periods: [{ start: '2024-09-01', end: '2025-08-31' }] });
    expect(whole('дважды в год')).toEqual({ kind: 'quota', count: 2, per: 'year', periods: [{ start: '2024-09-01', end: '2025-08-31' }] });
    expect(whole('не реже 1 раза в год')).toEqual({
      kind: 'quota',
      count: 1,
      per: 'year',
      periods: [{ start: '2024-09-01', end: '2025-08-31' }],
      atLeast: true,
    });
    expect(whole('не реже 4-х раз в год')).toMatchObject({ kind: 'quota', count: 4, per: 'year', atLeast: true });
  });

  it('reads «не реже» once a month as a quota of at least one in each month', () => {
    expect(whole('не реже 1 раза в месяц', '2024-09-01', '2024-10-31')).toEqual({
      kind: 'quota',
      count: 1,
      per: 'month',
      periods: [
        { start: '2024-09-01', end: '2024-09-30' },
        { start: '2024-10-01', end: '2024-10-31' },
      ],
      atLeast: true,
    });
  });

  it('counts a quota per term, half-year or trimester in the school year, and says the year is the federal one', () => {
    const quarters = read('один раз в четверть');
    expect(quarters.schedule).toEqual({
      kind: 'quota',
      count: 1,
      per: 'quarter-term',
      periods: [
        { start: '2024-09-02', end: '2024-10-25' },
        { start: '2024-11-05', end: '2024-12-29' },
        { start: '2025-01-09', end: '2025-03-21' },
        { start: '2025-03-31', end: '2025-05-26' },
      ],
    });
    expect(quarters.notes).toEqual([{ code: 'phrase-federal-school-year', params: { year: '2024–2025' } }]);
    expect(quarters.ignored).toEqual([]);
    expect(whole('не реже 2-х в четверть')).toMatchObject({ kind: 'quota', count: 2, per: 'quarter-term', atLeast: true });
    expect(whole('2 раза в полугодие')).toMatchObject({ kind: 'quota', count: 2, per: 'half-year', periods: [{}, {}] });
    expect(whole('2 раза в триместр')).toMatchObject({
      kind: 'quota',
      count: 2,
      per: 'trimester',
      periods: [
        { start: '2024-09-01', end: '2024-11-30' },
        { start: '2024-12-01', end: '2025-02-28' },
        { start: '2025-03-01', end: '2025-05-26' },
      ],
    });
  });

  it('says nothing of the federal year when the school year is the workspace’s own', () => {
    const own = { ...defaultSchoolYear(2024), source: 'file' as const };
    const reading = readTiming('2 раза в четверть', { period: { start: iso('2024-09-01'), end: iso('2025-08-31') }, schoolYear: () => own });
    expect(reading.schedule).toEqual({ kind: 'quota', count: 2, per: 'quarter-term', periods: own.quarters });
    expect(reading.notes).toEqual([]);
  });

  it('takes the school year of a plan that starts in the spring from the autumn before', () => {
    expect(read('1 раз в четверть', '2025-01-01', '2025-05-31').notes).toEqual([{ code: 'phrase-federal-school-year', params: { year: '2024–2025' } }]);
    expect(read('1 раз в четверть', '2025-09-01', '2026-05-31').notes).toEqual([{ code: 'phrase-federal-school-year', params: { year: '2025–2026' } }]);
  });
});

describe('a rule bounded by terms', () => {
  it.each([
    ['по понедельникам в октябре', { frequency: 'weekly', weekdays: [1] }, '2024-10-01', '2024-10-31'],
    ['ежемесячно с сентября по май', { frequency: 'monthly' }, '2024-09-01', '2025-05-31'],
    ['еженедельно до 20 декабря', { frequency: 'weekly' }, '2024-09-01', '2024-12-20'],
    ['еженедельно по 20 декабря', { frequency: 'weekly' }, '2024-09-01', '2024-12-20'],
    ['еженедельно с 1 октября', { frequency: 'weekly' }, '2024-10-01', '2025-08-31'],
    ['еженедельно с октября по 20 мая', { frequency: 'weekly' }, '2024-10-01', '2025-05-20'],
    ['каждую среду с 2 октября по 18 декабря', { frequency: 'weekly', weekdays: [3] }, '2024-10-02', '2024-12-18'],
  ])('«%s»: %j from %s to %s', (phrase, rule, start, end) => {
    expect(whole(phrase)).toEqual(recurring(rule, start, end));
  });

  it('counts a quota in the whole plan even with an end said', () => {
    expect(read('2 раза в месяц до декабря').schedule).toMatchObject({ kind: 'quota', count: 2, per: 'month' });
  });

  it('refuses bounds that run backwards, or three terms', () => {
    expect(read('ежемесячно с 20 мая по 10 мая').schedule).toBeUndefined();
    // three months are a list of dates, the rule word left out and named
    const three = read('еженедельно в сентябре, октябре, ноябре');
    expect(three.schedule).toEqual({ kind: 'range', start: '2024-09-01', end: '2024-11-30' });
    expect(three.ignored.map((words) => words.text)).toEqual(['еженедельно']);
  });

  it('takes «в течение учебного года» beside a rule', () => {
    expect(whole('каждый понедельник в течение учебного года')).toEqual(recurring({ frequency: 'weekly', weekdays: [1] }));
    expect(whole('ежедневно в течение всего периода')).toEqual(recurring({ frequency: 'daily' }));
    expect(whole('ежемесячно в течение года')).toEqual(recurring({ frequency: 'monthly' }));
  });
});

describe('what a rule cannot say', () => {
  it.each(['каждые 2 месяца', '2 раза в 2 недели', '0-я среда месяца', 'не реже 2 раз в день', '1 раз в декаду', 'не реже 1 раза в декаду'])(
    'refuses «%s»',
    (phrase) => {
      expect(read(phrase).schedule).toBeUndefined();
    },
  );

  it('names the number of a week no month has as the words it could not place', () => {
    expect(read('6 понедельник месяца').notes).toEqual([{ code: 'phrase-unplaced', params: { value: '6' } }]);
  });
});

describe('weekdays beside a day', () => {
  it('reads «по вторникам» from a day as a rule from then on; a weekday in the singular beside a day is no rule', () => {
    expect(whole('по вторникам с 1 октября')).toEqual(recurring({ frequency: 'weekly', weekdays: [2] }, '2024-10-01'));
    expect(read('вторник с 1 октября').schedule).not.toMatchObject({ kind: 'recurring' });
  });

  it('keeps a rule bounded to one day', () => {
    expect(whole('ежедневно до 1 сентября')).toEqual(recurring({ frequency: 'daily' }, '2024-09-01', '2024-09-01'));
  });
});

describe('the calendar weeks of a quota', () => {
  it('counts the last week of a plan that ends on a Monday as that Monday', () => {
    expect(whole('2 раза в неделю', '2024-09-09', '2024-09-23')).toEqual({
      kind: 'quota',
      count: 2,
      per: 'week',
      periods: [span('2024-09-09', '2024-09-15'), span('2024-09-16', '2024-09-22'), span('2024-09-23', '2024-09-23')],
    });
  });
});

describe('more of what a rule reads', () => {
  it('reads each range of weekdays «с … по …»', () => {
    expect(whole('с понедельника по вторник и с четверга по субботу')).toEqual(recurring({ frequency: 'weekly', weekdays: [1, 2, 4, 5, 6] }));
  });

  it('reads a fifth week of the month written as a figure', () => {
    expect(whole('1 и 5 среда месяца')).toEqual(recurring({ frequency: 'monthly', weekdays: [3], nth: 1, nths: [1, 5] }));
  });

  it('reads a rule with a month after a comma as that month', () => {
    expect(whole('по вторникам, октябрь')).toEqual(recurring({ frequency: 'weekly', weekdays: [2] }, '2024-10-01', '2024-10-31'));
  });

  it('reads the first day of every month, and «однажды», and a count of two figures', () => {
    expect(whole('до 1 числа каждого месяца')).toEqual(recurring({ frequency: 'monthly', monthDay: 1 }));
    expect(whole('однажды в месяц')).toEqual(recurring({ frequency: 'monthly' }));
    expect(whole('12 раз в год')).toEqual({ kind: 'quota', count: 12, per: 'year', periods: [span('2024-09-01', '2025-08-31')] });
  });

  it('takes «месяца» and «следующего за отчетным» after a monthly rule', () => {
    expect(whole('ежемесячно, в течение месяца')).toEqual(recurring({ frequency: 'monthly' }));
    expect(whole('не позднее 10 числа месяца следующего за отчетным')).toEqual(recurring({ frequency: 'monthly', monthDay: 10 }));
  });

  it('leaves out a word before «раз в месяц» that is no count', () => {
    const reading = read('встреча раз в месяц');
    expect(reading.schedule).toEqual(recurring({ frequency: 'monthly' }));
    expect(reading.ignored.map((words) => words.text)).toEqual(['встреча']);
  });

  it('reads «не позднее» beside a quota as its deadline, not as «не реже»', () => {
    expect(read('2 раза в год, не позднее 20 мая').schedule).toStrictEqual({
      kind: 'quota',
      count: 2,
      per: 'year',
      periods: [span('2024-09-01', '2025-08-31')],
    });
  });

  it('gives a rule no interval it was not told', () => {
    expect(read('еженедельно').schedule).toStrictEqual(recurring({ frequency: 'weekly' }));
    expect(read('по понедельникам').schedule).toStrictEqual(recurring({ frequency: 'weekly', weekdays: [1] }));
  });

  it.each(['1 раз в 2 месяца', 'раз в два месяца', '2 раза в'])('refuses «%s»', (phrase) => {
    expect(read(phrase).schedule).toBeUndefined();
  });

  it('refuses a rule whose start comes after the plan', () => {
    expect(read('еженедельно с 1 октября', '2024-09-01', '2024-09-30').schedule).not.toMatchObject({ kind: 'recurring' });
  });

  it('reads a week of every month as those days, not as a monthly rule', () => {
    expect(whole('вторая неделя каждого месяца', '2024-09-01', '2024-10-31')).toEqual({
      kind: 'dates',
      spans: [span('2024-09-09', '2024-09-15'), span('2024-10-07', '2024-10-13')],
    });
  });
});
