// What brackets and «кроме …» add to a reading (refiners.ts), read through the reader's entry: the
// weekdays a bracket lists, a weekday checked against its day (and the year where they agree), months
// and school terms that bound a recurrence, the part of every month a monthly rule falls in, and the
// weekdays, months and days taken out by «кроме …» and «выходные дни …».
import { describe, expect, it } from 'vitest';
import { readTiming } from '../../src/calendar/reader/reading.js';
import { iso } from '../helpers/iso.js';

const read = (phrase: string, start = '2024-09-01', end = '2025-08-31') => readTiming(phrase, { period: { start: iso(start), end: iso(end) } });
const weekly = (weekdays: number[], start = '2024-09-01', end = '2025-08-31', more = {}) => ({
  kind: 'recurring',
  rule: { frequency: 'weekly', weekdays, ...more },
  start,
  end,
});
const ignoredOf = (phrase: string) => read(phrase).ignored.map((words) => words.text);

describe('weekdays in brackets after a range', () => {
  it.each([
    ['с 1 по 12 апреля (понедельник – пятница)', [1, 2, 3, 4, 5]],
    ['с 1 по 12 апреля (вторник, четверг)', [2, 4]],
    ['с 1 по 12 апреля (понедельник и среда)', [1, 3]],
    ['с 1 по 12 апреля (вторник – четверг, суббота)', [2, 3, 4, 6]],
  ])('«%s» repeats on those days through the range', (phrase, weekdays) => {
    const reading = read(phrase);
    expect(reading.schedule).toEqual(weekly(weekdays, '2025-04-01', '2025-04-12'));
    expect(reading.ignored).toEqual([]);
  });

  it('leaves a bracket that says more than weekdays out, named', () => {
    const reading = read('с 1 по 12 апреля (понедельник, актовый зал)');
    expect(reading.schedule).toEqual({ kind: 'range', start: '2025-04-01', end: '2025-04-12' });
    expect(reading.ignored.map((words) => words.text)).toEqual(['понедельник', 'актовый зал']);
  });
});

describe('a weekday in brackets after a day', () => {
  it.each([
    ['26 мая (пн)', '2025-05-26'],
    ['26.05.2025 (пн)', '2025-05-26'],
    ['27 мая (вт)', '2025-05-27'],
  ])('agrees with «%s»: read as it is, said nothing', (phrase, date) => {
    const reading = read(phrase);
    expect(reading.schedule).toEqual({ kind: 'date', date });
    expect(reading.problems).toEqual([]);
    expect(reading.notes).toEqual([]);
    expect(reading.ignored).toEqual([]);
  });

  it.each([
    ['27 мая (пн)', '2024-05-27'],
    ['1 сентября (пн)', '2025-09-01'],
  ])('moves «%s», a day without a year, to the year before or after where the weekday is right, and says so', (phrase, date) => {
    const reading = read(phrase);
    expect(reading.schedule).toEqual({ kind: 'date', date });
    expect(reading.notes).toEqual([{ code: 'phrase-weekday-year', params: { date } }]);
    expect(reading.problems).toEqual([]);
  });

  it.each([
    ['26.05.2025 (вт)', '2025-05-26', 2, 0, 14],
    ['24 мая (пн)', '2025-05-24', 1, 0, 10],
    ['с 26 по 30 мая (пн)', '2025-05-30', 1, 8, 18],
  ])('warns at «%s» when no year of the day has that weekday, or the year is written', (phrase, date, weekday, start, end) => {
    const reading = read(phrase);
    expect(reading.problems).toEqual([{ code: 'phrase-weekday-mismatch', params: { date, weekday }, severity: 'warning', start, end }]);
  });

  it('checks the last day of a list', () => {
    const reading = read('26 и 27 мая (вт)');
    expect(reading.schedule).toEqual({
      kind: 'dates',
      spans: [
        { start: '2025-05-26', end: '2025-05-26' },
        { start: '2025-05-27', end: '2025-05-27' },
      ],
    });
    expect(reading.problems).toEqual([]);
  });
});

describe('months and school terms in brackets bound a recurrence', () => {
  it.each([
    ['по пятницам (сентябрь – май)', '2024-09-01', '2025-05-31'],
    ['по пятницам (с сентября по май)', '2024-09-01', '2025-05-31'],
    ['по пятницам (I четверть)', '2024-09-02', '2024-10-25'],
  ])('«%s» runs %s – %s', (phrase, start, end) => {
    const reading = read(phrase);
    expect(reading.schedule).toEqual(weekly([5], start, end));
    expect(reading.ignored).toEqual([]);
  });

  it('takes «(в течение учебного года)» as the whole period, every word of it used', () => {
    const reading = read('по пятницам (в течение учебного года)');
    expect(reading.schedule).toEqual(weekly([5]));
    expect(reading.ignored).toEqual([]);
  });

  it('leaves three months, a day that does not exist, or a week of every month beside a weekly rule out of the bounds, named', () => {
    expect(read('по пятницам (сентябрь, октябрь, ноябрь)').schedule).toEqual(weekly([5]));
    expect(ignoredOf('по пятницам (сентябрь, октябрь, ноябрь)')).toEqual(['сентябрь', 'октябрь', 'ноябрь']);
    expect(read('по пятницам (32 мая)').schedule).toEqual(weekly([5]));
    expect(ignoredOf('по пятницам (32 мая)')).toEqual(['32 мая']);
    expect(read('раз в неделю (первая неделя месяца)').schedule).toEqual({
      kind: 'recurring',
      rule: { frequency: 'weekly' },
      start: '2024-09-01',
      end: '2025-08-31',
    });
    expect(ignoredOf('раз в неделю (первая неделя месяца)')).toEqual(['первая неделя месяца']);
  });

  it('reads a monthly rule with a week of every month as that week of each month', () => {
    const reading = read('1 раз в месяц (последняя неделя месяца)');
    expect(reading.schedule).toMatchObject({ kind: 'dates' });
    const spans = reading.schedule?.kind === 'dates' ? reading.schedule.spans : [];
    expect(spans).toHaveLength(12);
    expect(spans[0]).toEqual({ start: '2024-09-23', end: '2024-09-29' });
    expect(spans.at(-1)).toEqual({ start: '2025-08-25', end: '2025-08-31' });
    expect(reading.ignored).toEqual([]);
  });

  it.each([
    ['ежемесячно (вторая среда месяца)', 2],
    ['один раз в месяц (четвертая среда месяца)', 4],
  ])('«%s»: the bracket says which day of the month', (phrase, nth) => {
    expect(read(phrase).schedule).toEqual({ kind: 'recurring', rule: { frequency: 'monthly', weekdays: [3], nth }, start: '2024-09-01', end: '2025-08-31' });
  });

  it('refuses a second frequency that contradicts the first', () => {
    expect(read('по пятницам (1 раз в месяц)').schedule).toBeUndefined();
  });
});

describe('weekdays taken out of a rule', () => {
  it.each([
    ['ежедневно, кроме субботы и воскресенья', [1, 2, 3, 4, 5]],
    ['ежедневно, кроме выходных дней', [1, 2, 3, 4, 5]],
    ['ежедневно, кроме выходных и праздничных дней', [1, 2, 3, 4, 5]],
    ['ежедневно (кроме воскресенья)', [1, 2, 3, 4, 5, 6]],
    ['по понедельникам и средам, кроме среды', [1]],
  ])('«%s» repeats on the days left', (phrase, weekdays) => {
    const reading = read(phrase);
    expect(reading.schedule).toEqual(weekly(weekdays));
    expect(reading.ignored).toEqual([]);
  });

  it.each([
    ['по субботам, кроме субботы', 'no day is left'],
    ['каждые два дня, кроме субботы', 'a rule of every other day has no days of the week'],
    ['еженедельно, кроме пятницы', 'the rule names no weekdays'],
    ['ежедневно, кроме понедельника и праздников', 'holidays are not days of the week'],
    ['по средам, кроме каникул', 'holidays are not read as months'],
    ['по пятницам, кроме 5 мая', 'a day is not a month of a rule'],
  ])('refuses «%s»: %s', (phrase) => {
    expect(read(phrase).schedule).toBeUndefined();
  });
});

describe('months taken out of a rule', () => {
  it.each([
    ['по пятницам, кроме июня – августа', [6, 7, 8]],
    ['по пятницам, кроме летних месяцев', [6, 7, 8]],
    ['по пятницам (кроме летних месяцев)', [6, 7, 8]],
    ['по пятницам, кроме ноября – февраля', [11, 12, 1, 2]],
    ['каждую пятницу (кроме июня)', [6]],
  ])('«%s» leaves out %j', (phrase, exceptMonths) => {
    const reading = read(phrase);
    expect(reading.schedule).toEqual(weekly([5], '2024-09-01', '2025-08-31', { exceptMonths }));
    expect(reading.ignored).toEqual([]);
  });

  it('lists months apart from a monthly rule', () => {
    expect(read('ежемесячно, кроме января, июля').schedule).toEqual({
      kind: 'recurring',
      rule: { frequency: 'monthly', exceptMonths: [1, 7] },
      start: '2024-09-01',
      end: '2025-08-31',
    });
  });
});

describe('days taken out of a range', () => {
  it.each([
    ['с 1 по 10 апреля, кроме 5 апреля', ['2025-04-05']],
    ['с 1 по 10 апреля, выходные дни 5, 6 апреля', ['2025-04-05', '2025-04-06']],
    ['с 1 по 10 апреля, кроме 7 и 3 апреля', ['2025-04-03', '2025-04-07']],
    ['с 1 по 10 апреля (кроме 5, 12 и 5 апреля)', ['2025-04-05']],
  ])('«%s» leaves out %j, in order, once each, inside the range', (phrase, except) => {
    const reading = read(phrase);
    expect(reading.schedule).toEqual({ kind: 'range', start: '2025-04-01', end: '2025-04-10', except });
    expect(reading.ignored).toEqual([]);
  });

  it('leaves weekdays beside a range, or beside one day, out, named', () => {
    expect(read('с 1 по 10 апреля (кроме выходных)').schedule).toEqual({ kind: 'range', start: '2025-04-01', end: '2025-04-10' });
    expect(ignoredOf('с 1 по 10 апреля (кроме выходных)')).toEqual(['кроме выходных']);
    expect(read('5 апреля, кроме субботы').schedule).toEqual({ kind: 'date', date: '2025-04-05' });
    expect(ignoredOf('5 апреля, кроме субботы')).toEqual(['кроме субботы']);
  });

  it('takes a length in brackets as said again', () => {
    const reading = read('с 1 по 10 апреля (9 дней)');
    expect(reading.schedule).toEqual({ kind: 'range', start: '2025-04-01', end: '2025-04-10' });
    expect(reading.ignored).toEqual([]);
  });
});
