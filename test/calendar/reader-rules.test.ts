// The head rules (rules.ts), read through the reader's entry: a phrase all in brackets, a length with its
// dates in brackets, days off, vague parts of months, «кроме …» and «за исключением …», unscheduled work,
// the whole period, dates, lists, ranges, open ranges and deadlines, a school week's length with its days,
// brackets that say more than a vague head, and the relative words that make a phrase refused.
import { describe, expect, it } from 'vitest';
import { readTiming } from '../../src/calendar/reader/reading.js';
import { iso } from '../helpers/iso.js';

const read = (phrase: string, start = '2024-09-01', end = '2025-08-31') => readTiming(phrase, { period: { start: iso(start), end: iso(end) } });
const range = (start: string, end: string) => ({ kind: 'range', start, end });
const span = (start: string, end = start) => ({ start, end });
const year = { kind: 'period', start: '2024-09-01', end: '2025-08-31' };

/** The schedule of a phrase read with every word taken. */
const whole = (phrase: string, start?: string, end?: string) => {
  const reading = read(phrase, start, end);
  expect(reading.ignored, phrase).toEqual([]);
  return reading.schedule;
};
const codes = (phrase: string, start?: string, end?: string) => read(phrase, start, end).notes.map((note) => note.code);
const leftOut = (phrase: string) => read(phrase).ignored.map((words) => words.text);

describe('brackets around the head', () => {
  it('reads a phrase all in brackets as if they were not there', () => {
    expect(whole('(с 1 по 10 марта)')).toEqual(range('2025-03-01', '2025-03-10'));
    expect(whole('(в течение года)')).toEqual(year);
  });

  it('reads a length said first from its dates in brackets', () => {
    expect(whole('9 дней (с 30 октября 2024 г. по 7 ноября 2024 г. включительно)')).toEqual(range('2024-10-30', '2024-11-07'));
    expect(whole('5 дней (28.10.2024 – 01.11.2024)')).toEqual(range('2024-10-28', '2024-11-01'));
  });

  it('reads a length beside a bracket of weekdays as a school week, not as its dates', () => {
    expect(whole('5 дней (понедельник – пятница)')).toEqual({
      kind: 'recurring',
      rule: { frequency: 'weekly', weekdays: [1, 2, 3, 4, 5] },
      start: '2024-09-01',
      end: '2025-08-31',
    });
    expect(whole('6 дней (понедельник – суббота)')).toMatchObject({ rule: { frequency: 'weekly', weekdays: [1, 2, 3, 4, 5, 6] } });
  });

  it.each([
    '4 дня (понедельник – пятница)',
    '5 занятий (понедельник – пятница)',
    '5 недель (понедельник – пятница)',
    '5 дней (актовый зал)',
    'пять занятий дней (понедельник – пятница)',
  ])('refuses «%s»: the count and the days do not make a school week', (phrase) => {
    expect(read(phrase).schedule).toBeUndefined();
  });
});

describe('phrases that say no dates', () => {
  it('says a list of days off is not a schedule', () => {
    const reading = read('Выходные дни: суббота, воскресенье');
    expect(reading.schedule).toBeUndefined();
    expect(reading.notes).toEqual([{ code: 'phrase-days-off' }]);
  });

  it('refuses some days of two months, naming the first', () => {
    const reading = read('конец мая – начало июня');
    expect(reading.schedule).toBeUndefined();
    expect(reading.notes).toEqual([{ code: 'phrase-vague', params: { value: 'конец мая' } }]);
    expect(read('начало мая – конец июня').notes).toEqual([{ code: 'phrase-vague', params: { value: 'начало мая' } }]);
    expect(read('середина октября – конец ноября').notes).toEqual([{ code: 'phrase-vague', params: { value: 'середина октября' } }]);
  });

  it('reads the end of one month as its last decade, said as no vague phrase', () => {
    expect(read('конец мая').schedule).toEqual(range('2025-05-21', '2025-05-31'));
    expect(codes('конец мая')).not.toContain('phrase-vague');
  });

  it.each([
    ['после 20 мая', 'после'],
    ['накануне 1 сентября', 'накануне'],
    ['через неделю, 1 сентября', 'через'],
    ['по окончании 1 сентября', 'окончании'],
    ['ежемесячно, после 20 числа', 'после'],
  ])('refuses «%s»: «%s» makes the date relative to something undated', (phrase, value) => {
    const reading = read(phrase);
    expect(reading.schedule).toBeUndefined();
    expect(reading.notes).toContainEqual({ code: 'phrase-relative', params: { value } });
  });

  it.each(['по плану ОО', 'по графику РЦ', 'по запросу школ', 'по мере необходимости', '(по графику)'])('«%s» is unscheduled, every word taken', (phrase) => {
    expect(whole(phrase)).toEqual({ kind: 'unscheduled' });
  });

  it('reads the dates beside «по графику»', () => {
    expect(read('по графику в октябре').schedule).toEqual(range('2024-10-01', '2024-10-31'));
  });
});

describe('the whole period', () => {
  it.each(['постоянно', 'в течение года', 'в течение учебного года', 'в течение всего учебного года', 'в течение всего периода', 'весь год'])(
    '«%s» is the plan’s period, every word taken',
    (phrase) => {
      expect(whole(phrase)).toEqual(year);
    },
  );

  it('reads «в течение месяца» as the plan’s month only in a plan of a month', () => {
    expect(whole('в течение месяца', '2024-10-01', '2024-10-31')).toEqual({ kind: 'period', start: '2024-10-01', end: '2024-10-31' });
    expect(read('в течение месяца').schedule).toBeUndefined();
    expect(read('в течение', '2024-10-01', '2024-10-31').schedule).toBeUndefined();
    expect(read('в течение месяца', '2024-10-01', '2024-11-01').schedule).toBeUndefined();
  });

  it('reads a start named beside the whole year as the year, and says so', () => {
    const reading = read('сентябрь, в течение года');
    expect(reading.schedule).toEqual(year);
    expect(reading.notes).toEqual([{ code: 'phrase-parts-in-year' }]);
    expect(reading.ignored).toEqual([]);
  });

  it('does not read a month before the plan, or a day, beside the whole year as its start', () => {
    expect(read('август 2024, в течение года').schedule).not.toEqual(year);
    expect(codes('1 сентября, в течение года')).not.toContain('phrase-parts-in-year');
    // without a comma the month is the time, «в течение года» only what it lasts in
    expect(read('сентябрь в течение года').schedule).toEqual(range('2024-09-01', '2024-09-30'));
    expect(codes('сентябрь в течение года')).not.toContain('phrase-parts-in-year');
  });

  it('takes a count in brackets after the whole year, or a recurrence', () => {
    expect(whole('в течение года (1 раз в четверть)')).toMatchObject({ kind: 'quota', count: 1, per: 'quarter-term' });
    expect(whole('в течение года (ежемесячно)')).toEqual({ kind: 'recurring', rule: { frequency: 'monthly' }, start: '2024-09-01', end: '2025-08-31' });
  });
});

describe('brackets that say more than the head', () => {
  it('reads the months in brackets after «по графику» or a quota', () => {
    expect(whole('по графику (март – апрель)')).toEqual(range('2025-03-01', '2025-04-30'));
    expect(whole('2 раза в год (декабрь, май)')).toEqual({ kind: 'dates', spans: [span('2024-12-01', '2024-12-31'), span('2025-05-01', '2025-05-31')] });
  });

  it('keeps «по графику» unscheduled when the bracket is a deadline, the deadline named', () => {
    const reading = read('по графику (до 20 мая)');
    expect(reading.schedule).toEqual({ kind: 'unscheduled' });
    expect(reading.ignored.map((words) => words.text)).toEqual(['до 20 мая']);
  });

  it('reads no bracket after a part of the year as the head, nor a rule after «по графику» or a quota', () => {
    expect(read('I полугодие (ежемесячно)').schedule).toEqual({ kind: 'period', start: '2024-09-01', end: '2024-12-31' });
    expect(leftOut('I полугодие (ежемесячно)')).toEqual(['ежемесячно']);
    expect(leftOut('в течение года (март – апрель)')).toEqual(['март – апрель']);
    expect(read('по графику (ежемесячно)').schedule).toEqual({ kind: 'unscheduled' });
    expect(read('2 раза в год (ежемесячно)').schedule).toMatchObject({ kind: 'quota', count: 2, per: 'year' });
  });
});

describe('«кроме …» and «за исключением …»', () => {
  it.each(['ежедневно, за исключением субботы и воскресенья', 'ежедневно, кроме субботы и воскресенья'])('«%s»: the weekdays', (phrase) => {
    expect(whole(phrase)).toEqual({ kind: 'recurring', rule: { frequency: 'weekly', weekdays: [1, 2, 3, 4, 5] }, start: '2024-09-01', end: '2025-08-31' });
  });
});

describe('dates, lists and ranges', () => {
  it.each([
    ['1 сентября', { kind: 'date', date: '2024-09-01' }],
    ['до 20 мая текущего года', { kind: 'deadline', due: '2025-05-20' }],
    ['не позднее 20 мая', { kind: 'deadline', due: '2025-05-20' }],
    ['к 15 ноября', { kind: 'deadline', due: '2024-11-15' }],
    ['сентябрь', range('2024-09-01', '2024-09-30')],
    ['с 1 апреля до 30 июня', range('2025-04-01', '2025-06-30')],
    ['с 1 апреля по 30 июня', range('2025-04-01', '2025-06-30')],
    ['1 – 10 апреля', range('2025-04-01', '2025-04-10')],
    ['октябрь – декабрь', range('2024-10-01', '2024-12-31')],
    ['Июнь август 2025 года', range('2025-06-01', '2025-08-31')],
    ['сентябрь, октябрь, ноябрь', range('2024-09-01', '2024-11-30')],
    ['сентябрь – октябрь, ноябрь', range('2024-09-01', '2024-11-30')],
    ['сентябрь, ноябрь', { kind: 'dates', spans: [span('2024-09-01', '2024-09-30'), span('2024-11-01', '2024-11-30')] }],
    ['1 и 15 сентября', { kind: 'dates', spans: [span('2024-09-01'), span('2024-09-15')] }],
    ['до 20 декабря, до 20 мая', { kind: 'dates', spans: [span('2024-12-20'), span('2025-05-20')] }],
    ['сентябрь, 15 октября', { kind: 'dates', spans: [span('2024-09-01', '2024-09-30'), span('2024-10-15')] }],
    ['I четверть', { kind: 'period', start: '2024-09-02', end: '2024-10-25' }],
    ['II полугодие', { kind: 'period', start: '2025-01-01', end: '2025-05-26' }],
    ['I квартал', range('2025-01-01', '2025-03-31')],
    ['первая половина октября', range('2024-10-01', '2024-10-15')],
  ])('«%s»: %j', (phrase, schedule) => {
    expect(whole(phrase)).toEqual(schedule);
  });

  it('keeps a term of the school year, or a month and the day after it, a list', () => {
    expect(whole('I четверть, май')).toEqual({ kind: 'dates', spans: [span('2024-09-02', '2024-10-25'), span('2025-05-01', '2025-05-31')] });
    expect(whole('сентябрь, 1 октября')).toEqual({ kind: 'dates', spans: [span('2024-09-01', '2024-09-30'), span('2024-10-01')] });
  });

  it('refuses «кроме …» with nothing before it', () => {
    expect(read('кроме субботы').schedule).toBeUndefined();
    expect(read('за исключением субботы').schedule).toBeUndefined();
  });

  it('reads «с …, но не позднее …» as a range', () => {
    expect(read('с 6 июля, но не позднее 5 сентября').schedule).toEqual(range('2025-07-06', '2025-09-05'));
  });

  it('keeps a list a list after a comma, the dash naming a new range', () => {
    expect(read('октябрь, 2 этап – декабрь').schedule).toEqual({
      kind: 'dates',
      spans: [span('2024-10-01', '2024-10-31'), span('2024-12-01', '2024-12-31')],
    });
    expect(whole('октябрь, ноябрь – декабрь')).toEqual(range('2024-10-01', '2024-12-31'));
    expect(whole('с 1 октября, по 20 октября')).toEqual(range('2024-10-01', '2024-10-20'));
  });

  it('does not join a day and a month with nothing between them as a range', () => {
    expect(whole('1 мая июнь')).toEqual({ kind: 'dates', spans: [span('2025-05-01'), span('2025-06-01', '2025-06-30')] });
  });

  it('reads a range ending before it starts as refused', () => {
    expect(read('с 25.11.2024 по 10.11.2024').schedule).toBeUndefined();
  });

  it('refuses a list with a part that cannot be a span', () => {
    expect(read('1-я неделя месяца, 15 мая').schedule).toBeUndefined();
    expect(read('1 июня, 31 июня').schedule).toBeUndefined();
  });
});

describe('a month without its day', () => {
  it('takes the missing day of the start from the length written, when it falls in that month', () => {
    const reading = read('с 10.2024 по 06.11.2024 (9 дней)');
    expect(reading.schedule).toEqual(range('2024-10-29', '2024-11-06'));
    expect(reading.notes).toEqual([{ code: 'phrase-day-from-length', params: { date: '2024-10-29', days: 9 } }]);
    expect(reading.problems).toEqual([]);
  });

  it('reads from the month’s first day, and says so, without a length or with one that runs before the month', () => {
    const reading = read('с 10.2024 по 06.11.2024');
    expect(reading.schedule).toEqual(range('2024-10-01', '2024-11-06'));
    expect(reading.problems).toEqual([{ code: 'phrase-day-missing', params: { value: '10.2024', date: '2024-10-01' }, severity: 'warning', start: 2, end: 9 }]);
    const long = read('с 10.2024 по 06.11.2024 (40 дней)');
    expect(long.schedule).toEqual(range('2024-10-01', '2024-11-06'));
    expect(long.problems.map((problem) => problem.code)).toEqual(['phrase-day-missing']);
  });

  it('takes no day from a length when the month is written in words, and says nothing', () => {
    const reading = read('с октября по 6 ноября (9 дней)');
    expect(reading.schedule).toEqual(range('2024-10-01', '2024-11-06'));
    expect(reading.problems).toEqual([]);
    expect(reading.notes).toEqual([]);
  });

  it('names a month of one figure as written', () => {
    expect(read('с 09.2024 по 06.10.2024').problems).toEqual([
      { code: 'phrase-day-missing', params: { value: '09.2024', date: '2024-09-01' }, severity: 'warning', start: 2, end: 9 },
    ]);
  });

  it('says nothing of a range of months written in figures', () => {
    const reading = read('с 10.2024 по 11.2024');
    expect(reading.schedule).toEqual(range('2024-10-01', '2024-11-30'));
    expect(reading.problems).toEqual([]);
    expect(reading.notes).toEqual([]);
  });
});

describe('the holidays, a week of every month', () => {
  it('reads «в каникулы» as each of the year’s holidays', () => {
    const schedule = whole('в каникулы');
    expect(schedule?.kind === 'dates' && schedule.spans[0]).toEqual(span('2024-10-26', '2024-11-04'));
  });

  it('reads «1-я неделя месяца» as that week of every month, and refuses it as a deadline or a start', () => {
    const schedule = whole('1-я неделя месяца', '2024-09-01', '2024-10-31');
    expect(schedule).toEqual({ kind: 'dates', spans: [span('2024-09-02', '2024-09-08'), span('2024-09-30', '2024-10-06')] });
    expect(read('до 1-й недели месяца').schedule).toBeUndefined();
    expect(read('с 1-й недели месяца').schedule).toBeUndefined();
  });

  it('reads the holidays of one season as one period, and refuses a start from the holidays', () => {
    expect(whole('в осенние каникулы')).toEqual({ kind: 'period', start: '2024-10-26', end: '2024-11-04' });
    expect(read('с каникул').schedule).toBeUndefined();
  });
});

describe('a start with a length, an open start', () => {
  it.each([
    ['с 1 сентября на 2 недели', range('2024-09-01', '2024-09-14')],
    ['с 10.03.2025 (5 дней)', range('2025-03-10', '2025-03-14')],
    ['с 10.03.2025 (5 календарных дней)', range('2025-03-10', '2025-03-14')],
    ['с 10.03.2025 на 1 день', range('2025-03-10', '2025-03-10')],
  ])('«%s»: %j', (phrase, schedule) => {
    expect(read(phrase).schedule).toEqual(schedule);
  });

  it('reads a month with a length as a start, open to the plan’s end', () => {
    expect(read('с марта на 2 недели').schedule).toEqual({ kind: 'range', start: '2025-03-01', end: '2025-08-31', open: true });
  });

  it('reads a start as open to the plan’s end', () => {
    expect(whole('с 14.03.2025')).toEqual({ kind: 'range', start: '2025-03-14', end: '2025-08-31', open: true });
    expect(whole('с 1 октября')).toEqual({ kind: 'range', start: '2024-10-01', end: '2025-08-31', open: true });
  });

  it('ends a start in the summer holidays with them, and says so', () => {
    const reading = read('с 14.07.2025');
    expect(reading.schedule).toEqual(range('2025-07-14', '2025-08-31'));
    expect(reading.notes).toEqual([{ code: 'phrase-open-summer', params: { end: '2025-08-31' } }]);
    expect(read('с 1 июня', '2025-01-01', '2025-12-31').schedule).toEqual(range('2025-06-01', '2025-08-31'));
  });

  it('ends a start on the summer holidays’ first or last day with them', () => {
    expect(read('с 27.05.2025').schedule).toEqual(range('2025-05-27', '2025-08-31'));
    const last = read('с 31.08.2025');
    expect(last.schedule).toEqual(range('2025-08-31', '2025-08-31'));
    expect(last.notes).toEqual([{ code: 'phrase-open-summer', params: { end: '2025-08-31' } }]);
  });

  it('does not end a start in the first or last days of the school year with the summer', () => {
    expect(read('с 26.05.2025').schedule).toEqual({ kind: 'range', start: '2025-05-26', end: '2025-08-31', open: true });
    expect(read('с 01.09.2025', '2025-01-01', '2025-12-31').schedule).toEqual({ kind: 'range', start: '2025-09-01', end: '2025-12-31', open: true });
  });

  it('reads a start after the plan as its day alone, still open', () => {
    expect(read('с 14.09.2025').schedule).toEqual({ kind: 'range', start: '2025-09-14', end: '2025-09-14', open: true });
  });
});

describe('lengths said beside the dates', () => {
  it.each(['10.03.2025 – 9 дней', '10.03.2025 (5 рабочих дней)', '10.03.2025 (9 дней)', '10.03.2025 (42 учебных дня)', '10.03.2025, 2 недели'])(
    '«%s»: the length is a remark, every word taken',
    (phrase) => {
      expect(whole(phrase)).toEqual({ kind: 'date', date: '2025-03-10' });
    },
  );

  it('leaves out a number that is no length', () => {
    expect(leftOut('10.03.2025, 9 человек')).toEqual(['9 человек']);
  });
});
