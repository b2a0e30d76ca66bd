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

  it('refuses a weekly rule beside three months, a day that does not exist, or a week of every month, which it cannot bound, naming them', () => {
    for (const [phrase, words] of [
      ['по пятницам (сентябрь, октябрь, ноябрь)', 'сентябрь, октябрь, ноябрь'],
      ['по пятницам (32 мая)', '32 мая'],
      ['раз в неделю (первая неделя месяца)', 'первая неделя месяца'],
    ] as const) {
      const reading = read(phrase);
      expect(reading.schedule, phrase).toBeUndefined();
      expect(reading.notes.find((note) => note.code === 'phrase-unplaced')?.params?.value, phrase).toBe(words);
    }
    expect(read('по понедельникам с первой недели месяца по май').schedule).toBeUndefined();
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

describe('brackets and «кроме …», what else they leave or refuse', () => {
  it('refuses a rule a first bracket leaves without days, whatever a second bracket says', () => {
    expect(read('по субботам (кроме субботы) (сентябрь – май)').schedule).toBeUndefined();
  });

  it('reads «кроме …» after a time in the same bracket', () => {
    const reading = read('по пятницам (9:00, кроме июля)');
    expect(reading.schedule).toEqual(weekly([5], '2024-09-01', '2025-08-31', { exceptMonths: [7] }));
    expect(reading.ignored).toEqual([]);
  });

  it('leaves weekdays beside one day out, named, and a weekday with other words beside a range', () => {
    expect(read('5 апреля (понедельник, вторник)').schedule).toEqual({ kind: 'date', date: '2025-04-05' });
    expect(ignoredOf('5 апреля (понедельник, вторник)')).toEqual(['понедельник', 'вторник']);
    expect(read('с 1 по 12 апреля (понедельник, в актовом зале)').schedule).toEqual({ kind: 'range', start: '2025-04-01', end: '2025-04-12' });
    expect(ignoredOf('с 1 по 12 апреля (понедельник, в актовом зале)')).toEqual(['понедельник', 'актовом зале']);
  });

  it('keeps the months left out when a bracket says which day of the month, and drops another frequency’s interval', () => {
    expect(read('ежемесячно, кроме июля (вторая среда месяца)').schedule).toEqual({
      kind: 'recurring',
      rule: { frequency: 'monthly', weekdays: [3], nth: 2, exceptMonths: [7] },
      start: '2024-09-01',
      end: '2025-08-31',
    });
    expect(read('раз в две недели (вторая среда месяца)').schedule).toEqual({
      kind: 'recurring',
      rule: { frequency: 'monthly', weekdays: [3], nth: 2 },
      start: '2024-09-01',
      end: '2025-08-31',
    });
    expect(read('раз в две недели (по средам)').schedule).toEqual(weekly([3], '2024-09-01', '2025-08-31', { interval: 2 }));
  });

  it('refuses a day of the month with weekdays in brackets', () => {
    expect(read('15 числа каждого месяца (по средам)').schedule).toBeUndefined();
  });

  it('takes the frequency said again in brackets as said, named as left out', () => {
    expect(read('по пятницам (еженедельно)').schedule).toEqual(weekly([5]));
    expect(ignoredOf('по пятницам (еженедельно)')).toEqual(['еженедельно']);
    expect(read('по пятницам (каждую неделю)').schedule).toEqual(weekly([5]));
    expect(ignoredOf('по пятницам (каждую неделю)')).toEqual(['каждую неделю']);
  });

  it('takes a length in months, or in school months, as said again; other words with a number are left out', () => {
    for (const phrase of ['с сентября по октябрь (2 месяца)', 'с сентября по октябрь (2 учебных месяца)', 'с сентября по октябрь (2 зала)']) {
      expect(read(phrase).schedule).toEqual({ kind: 'range', start: '2024-09-01', end: '2024-10-31' });
    }
    expect(ignoredOf('с сентября по октябрь (2 месяца)')).toEqual([]);
    expect(ignoredOf('с сентября по октябрь (2 учебных месяца)')).toEqual([]);
    expect(ignoredOf('с сентября по октябрь (2 зала)')).toEqual(['2 зала']);
    expect(ignoredOf('с сентября по октябрь (весь месяц)')).toEqual(['месяц']);
  });

  it('bounds a recurrence by months said with «в течение»', () => {
    expect(read('по пятницам (в течение сентября – мая)').schedule).toEqual(weekly([5], '2024-09-01', '2025-05-31'));
  });

  it('bounds a monthly rule by the week of one month, and keeps it when no month of the plan has the week', () => {
    expect(read('1 раз в месяц (первая неделя мая)').schedule).toEqual({
      kind: 'recurring',
      rule: { frequency: 'monthly' },
      start: '2025-04-28',
      end: '2025-05-04',
    });
    const none = read('1 раз в месяц (пятая неделя месяца)', '2025-02-01', '2025-02-28');
    expect(none.schedule).toEqual({ kind: 'recurring', rule: { frequency: 'monthly' }, start: '2025-02-01', end: '2025-02-28' });
    expect(none.ignored).toEqual([]);
  });
});

describe('a weekday checked against the day just before its bracket', () => {
  it.each(['26 мая (пн), 27 мая (вт)', 'с 26 апреля по 26 мая (пн)'])('finds «%s» right', (phrase) => {
    const reading = read(phrase);
    expect(reading.problems).toEqual([]);
    expect(reading.ignored).toEqual([]);
  });

  it('warns at a range or a list whose last day has another weekday, and keeps it as read', () => {
    const range = read('с 20 по 27 мая (пн)');
    expect(range.schedule).toEqual({ kind: 'range', start: '2025-05-20', end: '2025-05-27' });
    expect(range.notes).toEqual([]);
    expect(range.problems).toEqual([{ code: 'phrase-weekday-mismatch', params: { date: '2025-05-27', weekday: 1 }, severity: 'warning', start: 8, end: 18 }]);
    const list = read('26 и 27 мая (пн)');
    expect(list.schedule).toMatchObject({ kind: 'dates' });
    expect(list.problems).toEqual([{ code: 'phrase-weekday-mismatch', params: { date: '2025-05-27', weekday: 1 }, severity: 'warning', start: 5, end: 15 }]);
    expect(list.ignored).toEqual([]);
  });
});

describe('what «кроме …» takes out, and what it leaves', () => {
  it.each([
    ['ежемесячно, кроме праздников', 'no month is named'],
    ['по пятницам, кроме июня и 5 мая', 'a day among the months'],
    ['ежедневно, кроме понедельника, кроме среды', 'a second «кроме»'],
    ['раз в две недели по средам и пятницам, кроме пятницы', 'a rule of every other week keeps its weekdays together'],
    ['через день, кроме субботы', 'every other day falls on no fixed weekdays'],
  ])('refuses «%s»: %s', (phrase) => {
    expect(read(phrase).schedule).toBeUndefined();
  });

  it.each([
    ['ежедневно, кроме субботы, воскресенья', [1, 2, 3, 4, 5]],
    ['ежедневно, кроме понедельника и среды', [2, 4, 5, 6, 7]],
  ])('«%s» repeats on the days left', (phrase, weekdays) => {
    expect(read(phrase).schedule).toEqual(weekly(weekdays));
  });

  it('names the words after the months or days taken out', () => {
    expect(read('по пятницам, кроме июня, актовый зал').schedule).toEqual(weekly([5], '2024-09-01', '2025-08-31', { exceptMonths: [6] }));
    expect(ignoredOf('по пятницам, кроме июня, актовый зал')).toEqual(['актовый зал']);
    expect(read('с 1 по 10 апреля, кроме 5 апреля, актовый зал').schedule).toEqual({
      kind: 'range',
      start: '2025-04-01',
      end: '2025-04-10',
      except: ['2025-04-05'],
    });
    expect(ignoredOf('с 1 по 10 апреля, кроме 5 апреля, актовый зал')).toEqual(['актовый зал']);
  });

  it.each([
    ['с 1 по 10 апреля, кроме выходных дней 5 и 6 апреля', ['2025-04-05', '2025-04-06']],
    ['с 1 по 10 апреля, кроме 5 – 6 апреля включительно', ['2025-04-05', '2025-04-06']],
    ['с 1 по 10 апреля, кроме 1 апреля', ['2025-04-01']],
  ])('«%s» takes out %j, every word used', (phrase, except) => {
    const reading = read(phrase);
    expect(reading.schedule).toEqual({ kind: 'range', start: '2025-04-01', end: '2025-04-10', except });
    expect(reading.ignored).toEqual([]);
  });

  it('takes out no day before the range, or one that does not exist (which is said)', () => {
    expect(read('с 5 по 10 апреля, кроме 3 апреля').schedule).toEqual({ kind: 'range', start: '2025-04-05', end: '2025-04-10', except: [] });
    const impossible = read('с 1 по 10 апреля, кроме 31 апреля');
    expect(impossible.schedule).toEqual({ kind: 'range', start: '2025-04-01', end: '2025-04-10', except: [] });
    expect(impossible.problems).toEqual([{ code: 'phrase-impossible-date', params: { value: '31.04' }, severity: 'error', start: 24, end: 33 }]);
  });

  it('takes days out of a range only, and only when all that is taken out are days', () => {
    expect(read('в течение года, кроме 1 января').schedule).toEqual({ kind: 'period', start: '2024-09-01', end: '2025-08-31' });
    expect(ignoredOf('в течение года, кроме 1 января')).toEqual(['кроме 1 января']);
    expect(read('с 1 апреля по 30 июня, кроме 9 мая и июня').schedule).toEqual({ kind: 'range', start: '2025-04-01', end: '2025-06-30' });
  });
});

describe('a second bracket after «кроме …», and words beside a bound', () => {
  it('keeps the months a first bracket leaves out when a second says which day of the month', () => {
    expect(read('ежемесячно (кроме июля) (вторая среда месяца)').schedule).toEqual({
      kind: 'recurring',
      rule: { frequency: 'monthly', weekdays: [3], nth: 2, exceptMonths: [7] },
      start: '2024-09-01',
      end: '2025-08-31',
    });
  });

  it('names the words of a bracket that bounds nothing', () => {
    expect(read('по пятницам (актовый зал)').schedule).toEqual(weekly([5]));
    expect(ignoredOf('по пятницам (актовый зал)')).toEqual(['актовый зал']);
  });

  it('uses every word of «(в течение месяца)» in the plan of one month', () => {
    const reading = read('по пятницам (в течение месяца)', '2024-09-01', '2024-09-30');
    expect(reading.schedule).toEqual(weekly([5], '2024-09-01', '2024-09-30'));
    expect(reading.ignored).toEqual([]);
    const place = read('по пятницам (в течение месяца, актовый зал)', '2024-09-01', '2024-09-30');
    expect(place.schedule).toEqual(weekly([5], '2024-09-01', '2024-09-30'));
    expect(place.ignored.map((words) => words.text)).toEqual(['актовый зал']);
  });
});

describe('months taken out of a rule', () => {
  const exceptMonths = (phrase: string) => {
    const schedule = read(phrase).schedule;
    return schedule?.kind === 'recurring' ? schedule.rule.exceptMonths : undefined;
  };

  it.each([
    ['еженедельно, кроме июня – августа, декабря', [6, 7, 8, 12]],
    ['еженедельно, кроме декабря, июня – августа', [12, 6, 7, 8]],
    ['ежемесячно, кроме ноября – января', [11, 12, 1]],
    ['по средам, кроме января и мая', [1, 5]],
  ])('«%s»: a dash between two months takes out the months between too', (phrase, months) => {
    expect(exceptMonths(phrase)).toEqual(months);
  });

  it('«кроме летних месяцев и декабря» takes out the summer and December', () => {
    expect(exceptMonths('еженедельно, кроме летних месяцев и декабря')).toEqual([6, 7, 8, 12]);
    expect(exceptMonths('еженедельно, кроме летних месяцев')).toEqual([6, 7, 8]);
  });
});
