// The spans of single terms and of ranges (spans.ts): impossible dates named as written, the year of a
// month or day written without one (in an academic year, a calendar year, a half-year; the eve of the
// academic year in late August), decades, halves and quarters, ranges the wrong way round, and the
// evident year typos of a range or of a date outside the plan, each said where it stands.
import { describe, expect, it } from 'vitest';
import { readTiming } from '../../src/calendar/reader/reading.js';
import { defaultSchoolYear, type SchoolYear } from '../../src/calendar/reader/school-year.js';
import { iso } from '../helpers/iso.js';

const read = (phrase: string, start = '2024-09-01', end = '2025-08-31') => readTiming(phrase, { period: { start: iso(start), end: iso(end) } });
const range = (start: string, end: string) => ({ kind: 'range', start, end });

describe('impossible dates', () => {
  it.each([
    ['31.04.2025', '31.04.2025'],
    ['31.04', '31.04'],
    ['00.05.2025', '00.05.2025'],
    ['29.02', '29.02'],
    ['29.02.2025', '29.02.2025'],
  ])('«%s» is refused, named as written (%s)', (phrase, shown) => {
    const reading = read(phrase);
    expect(reading.schedule).toBeUndefined();
    expect(reading.problems).toEqual([{ code: 'phrase-impossible-date', params: { value: shown }, severity: 'error', start: 0, end: phrase.length }]);
  });

  it('takes 29 February of a leap year written or implied', () => {
    expect(read('29.02.2028', '2027-09-01', '2028-08-31').schedule).toEqual({ kind: 'date', date: '2028-02-29' });
    expect(read('29.02', '2027-09-01', '2028-08-31').schedule).toEqual({ kind: 'date', date: '2028-02-29' });
  });
});

describe('the year of a term written without one', () => {
  it('puts September–December in the first year and January–August in the second', () => {
    expect(read('сентябрь').schedule).toEqual(range('2024-09-01', '2024-09-30'));
    expect(read('август').schedule).toEqual(range('2025-08-01', '2025-08-31'));
  });

  it('puts a month of a calendar-year plan in that year', () => {
    expect(read('сентябрь', '2025-01-01', '2025-12-31').schedule).toEqual(range('2025-09-01', '2025-09-30'));
    expect(read('май', '2025-01-01', '2025-12-31').schedule).toEqual(range('2025-05-01', '2025-05-31'));
    expect(read('декабрь', '2024-01-01', '2024-12-31').schedule).toEqual(range('2024-12-01', '2024-12-31'));
  });

  it('keeps the academic year’s month when the plan’s half-year holds it in no year', () => {
    expect(read('декабрь', '2025-02-01', '2025-06-30').schedule).toEqual(range('2024-12-01', '2024-12-31'));
  });

  it('takes 25–31 August for the eve of the academic year, and says so; 24 August is the year’s end', () => {
    for (const [phrase, date] of [
      ['25 августа', '2024-08-25'],
      ['27 августа', '2024-08-27'],
    ]) {
      const reading = read(phrase!);
      expect(reading.schedule).toEqual({ kind: 'date', date });
      expect(reading.notes).toEqual([{ code: 'phrase-august-eve', params: { year: 2024 } }]);
    }
    expect(read('24 августа').schedule).toEqual({ kind: 'date', date: '2025-08-24' });
    expect(read('24 августа').notes).toEqual([]);
  });
});

describe('parts of a month and of a year', () => {
  it.each([
    ['первая декада мая', '2025-05-01', '2025-05-10'],
    ['вторая декада октября', '2024-10-11', '2024-10-20'],
    ['третья декада февраля', '2025-02-21', '2025-02-28'],
    ['последняя декада мая', '2025-05-22', '2025-05-31'],
    ['первая половина мая', '2025-05-01', '2025-05-15'],
    ['вторая половина февраля', '2025-02-16', '2025-02-28'],
    ['I квартал', '2025-01-01', '2025-03-31'],
    ['IV квартал', '2024-10-01', '2024-12-31'],
    ['2 квартал 2025 года', '2025-04-01', '2025-06-30'],
  ])('«%s»: %s – %s', (phrase, start, end) => {
    expect(read(phrase).schedule).toEqual(range(start, end));
  });

  it('reads a decade or a half past the month’s last as none', () => {
    expect(read('четвертая декада мая').schedule).toBeUndefined();
  });
});

describe('ranges', () => {
  it('runs a range over the New Year forward, and a months range over the year’s turn', () => {
    expect(read('с 25 декабря по 10 января').schedule).toEqual(range('2024-12-25', '2025-01-10'));
    expect(read('с октября по февраль').schedule).toEqual(range('2024-10-01', '2025-02-28'));
  });

  it.each(['с 20 по 10 мая', 'с 10 мая по 5 мая'])('refuses «%s», whose days run backwards', (phrase) => {
    const reading = read(phrase);
    expect(reading.schedule).toBeUndefined();
    expect(reading.problems).toEqual([{ code: 'phrase-range-reversed', severity: 'error', start: 2, end: phrase.length }]);
  });

  it('corrects the one year that makes a range run forward inside the plan, with a warning at that year', () => {
    const typo = read('с 01.01.2024 по 08.01.2023', '2023-09-01', '2024-08-31');
    expect(typo.schedule).toEqual(range('2024-01-01', '2024-01-08'));
    expect(typo.problems).toEqual([
      {
        code: 'phrase-range-year-typo',
        params: { value: '08.01.2023', likely: '08.01.2024', start: '2024-01-01', end: '2024-01-08' },
        severity: 'warning',
        start: 16,
        end: 26,
      },
    ]);
    const newYear = read('с 28.12.2023 по 08.01.2023', '2023-09-01', '2024-08-31');
    expect(newYear.schedule).toEqual(range('2023-12-28', '2024-01-08'));
    expect(newYear.problems[0]).toMatchObject({ params: { value: '08.01.2023', likely: '08.01.2024' }, severity: 'warning' });
  });

  it('corrects the first year when that is the one change that works', () => {
    const typo = read('с 20.12.2024 по 10.01.2024', '2023-09-01', '2024-08-31');
    expect(typo.schedule).toEqual(range('2023-12-20', '2024-01-10'));
    expect(typo.problems[0]).toMatchObject({ code: 'phrase-range-year-typo', params: { value: '20.12.2024', likely: '20.12.2023' }, start: 2, end: 12 });
  });

  it.each([
    ['с 15.05.2024 по 10.05.2024', 26],
    ['с 10.2023 по 06.2023', 20],
    ['с 05.2024 по 03.2024', 20],
  ])('refuses «%s»: no change of one year gives a season inside the plan', (phrase, end) => {
    const reading = read(phrase, '2023-09-01', '2024-08-31');
    expect(reading.schedule).toBeUndefined();
    expect(reading.problems).toEqual([{ code: 'phrase-range-reversed', severity: 'error', start: 2, end }]);
  });
});

describe('a date whose written year falls outside the plan', () => {
  it('reads it as written and suggests the plan’s year, written the same way', () => {
    const short = read('01.04.13', '2013-09-01', '2014-08-31');
    expect(short.schedule).toEqual({ kind: 'date', date: '2013-04-01' });
    expect(short.problems).toEqual([{ code: 'phrase-year-typo', params: { value: '01.04.13', likely: '01.04.14' }, severity: 'warning', start: 0, end: 8 }]);
    expect(read('01.04.2013', '2013-09-01', '2014-08-31').problems).toEqual([
      { code: 'phrase-year-typo', params: { value: '01.04.2013', likely: '01.04.2014' }, severity: 'warning', start: 0, end: 10 },
    ]);
  });

  it('suggests nothing for a year two off, or a date inside the plan', () => {
    expect(read('01.04.2012', '2013-09-01', '2014-08-31').problems).toEqual([]);
    expect(read('01.04.2014', '2013-09-01', '2014-08-31').problems).toEqual([]);
  });
});

describe('a range of school units sharing their noun', () => {
  it.each([
    ['с I по III четверть', '2024-09-02', '2025-03-21'],
    ['с 1 по 3 четверть', '2024-09-02', '2025-03-21'],
    ['I–III четверть', '2024-09-02', '2025-03-21'],
    ['с I по IV четверть', '2024-09-02', '2025-05-26'],
    ['с I по II полугодие', '2024-09-01', '2025-05-26'],
  ])('«%s» runs from the first unit’s start to the last’s end, no number left out', (phrase, start, end) => {
    const reading = read(phrase);
    expect(reading.schedule).toEqual(range(start, end));
    expect(reading.ignored).toEqual([]);
  });
});

describe('the year of a month in a plan that is not one academic year', () => {
  it('takes the first September of a plan that runs into the next one', () => {
    expect(read('сентябрь', '2024-09-01', '2025-09-30').schedule).toEqual(range('2024-09-01', '2024-09-30'));
  });

  it('counts a month held by the plan’s first or last day only as held', () => {
    expect(read('август', '2024-08-31', '2025-08-30').schedule).toEqual(range('2024-08-01', '2024-08-31'));
    expect(read('сентябрь', '2025-01-01', '2025-09-01').schedule).toEqual(range('2025-09-01', '2025-09-30'));
  });

  it('places a calendar quarter by the year written with it', () => {
    expect(read('IV квартал 2025 года').schedule).toEqual(range('2025-10-01', '2025-12-31'));
  });
});

describe('numbers that name nothing', () => {
  it.each([
    ['15.13.2025', '15.13.2025'],
    ['10.00.2025', '10.00.2025'],
  ])('«%s» has no such month: refused, named as written', (phrase, shown) => {
    const reading = read(phrase);
    expect(reading.schedule).toBeUndefined();
    expect(reading.problems).toEqual([{ code: 'phrase-impossible-date', params: { value: shown }, severity: 'error', start: 0, end: phrase.length }]);
  });

  it.each(['0 декада мая', '0-я неделя мая', '5 квартал', 'V квартал', 'с I по V четверть'])('reads «%s» as no dates', (phrase) => {
    expect(read(phrase).schedule).toBeUndefined();
  });
});

describe('a part of every month of the plan', () => {
  const months = (parts: string[], first: string, last: string) => parts.map((month) => ({ start: `${month}-${first}`, end: `${month}-${last}` }));

  it('leaves out the months that have no such part', () => {
    expect(read('пятая неделя месяца').schedule).toEqual({
      kind: 'dates',
      spans: [range('2024-10-28', '2024-11-03'), range('2025-01-27', '2025-02-02'), range('2025-05-26', '2025-06-01'), range('2025-07-28', '2025-08-03')].map(
        ({ start, end }) => ({ start, end }),
      ),
    });
  });

  it('keeps a part that touches the plan by one day, and leaves out one wholly before or after it', () => {
    const all = ['2024-09', '2024-10', '2024-11', '2024-12', '2025-01', '2025-02', '2025-03', '2025-04', '2025-05'];
    expect(read('первая декада месяца', '2024-09-10', '2025-05-01').schedule).toEqual({ kind: 'dates', spans: months(all, '01', '10') });
    expect(read('вторая декада месяца', '2024-09-21', '2025-05-05').schedule).toEqual({ kind: 'dates', spans: months(all.slice(1, -1), '11', '20') });
  });
});

describe('holidays of a school’s own year', () => {
  const withHolidays = (...holidays: [string, string][]) => {
    const own: SchoolYear = { ...defaultSchoolYear(2024), source: 'file', holidays: holidays.map(([start, end]) => ({ start: iso(start), end: iso(end) })) };
    return (phrase: string) => readTiming(phrase, { period: { start: iso('2024-09-01'), end: iso('2025-08-31') }, schoolYear: () => own }).schedule;
  };

  it.each([
    ['осенние каникулы', '2024-09-30', '2024-10-06'],
    ['осенние каникулы', '2024-11-02', '2024-11-10'],
    ['зимние каникулы', '2024-12-02', '2024-12-08'],
    ['зимние каникулы', '2025-02-15', '2025-02-23'],
    ['весенние каникулы', '2025-04-01', '2025-04-09'],
    ['летние каникулы', '2025-05-27', '2025-08-31'],
  ])('«%s» are the holidays that begin in their season (%s – %s)', (phrase, start, end) => {
    expect(withHolidays([start, end])(phrase)).toEqual({ kind: 'period', start, end });
  });

  it('takes the longer of two holidays in one season, the first of two as long', () => {
    expect(withHolidays(['2024-12-30', '2025-01-05'], ['2025-02-15', '2025-02-23'])('зимние каникулы')).toEqual({
      kind: 'period',
      start: '2025-02-15',
      end: '2025-02-23',
    });
    expect(withHolidays(['2024-12-30', '2025-01-05'], ['2025-02-17', '2025-02-23'])('зимние каникулы')).toEqual({
      kind: 'period',
      start: '2024-12-30',
      end: '2025-01-05',
    });
  });

  it('says a half-year of the years before the federal calendar without the note on terms made of months', () => {
    const reading = read('I полугодие', '2020-09-01', '2021-08-31');
    expect(reading.schedule).toEqual({ kind: 'period', start: '2020-09-01', end: '2020-12-31' });
    expect(reading.notes).toEqual([]);
  });
});

describe('ranges of quarters, school terms and months mixed', () => {
  it.each([
    ['с ноября по I квартал', '2024-11-01', '2025-03-31'],
    ['IV квартал – I квартал', '2024-10-01', '2025-03-31'],
    ['со II четверти по 5 ноября', '2024-11-05', '2024-11-05'],
  ])('«%s»: %s – %s', (phrase, start, end) => {
    expect(read(phrase).schedule).toEqual(range(start, end));
  });

  it('refuses a range of school terms the wrong way round', () => {
    expect(read('с III по I четверть').schedule).toBeUndefined();
  });

  it.each(['с сентября по пятую неделю февраля', 'с пятой недели февраля по май'])('refuses «%s»: February 2025 has four calendar weeks', (phrase) => {
    expect(read(phrase).schedule).toBeUndefined();
  });

  it('bounds a recurrence by no week of every month', () => {
    expect(read('по понедельникам с первой недели месяца по май').schedule).toBeUndefined();
  });

  it('bounds a recurrence by no holidays when the season is not said: refused, the word named', () => {
    const reading = read('по средам (в каникулы)');
    expect(reading.schedule).toBeUndefined();
    expect(reading.notes).toContainEqual({ code: 'phrase-unplaced', params: { value: 'каникулы' } });
  });
});

describe('the years of a range with one year written, or none', () => {
  it('runs an end without a year on from the start’s written year, over the New Year', () => {
    expect(read('с 20 декабря 2025 по 10 января', '2025-01-01', '2025-12-31').schedule).toEqual(range('2025-12-20', '2026-01-10'));
    expect(read('с 20 декабря 2025 по 10 января', '2024-09-01', '2026-08-31').schedule).toEqual(range('2025-12-20', '2026-01-10'));
  });

  it.each(['с 10 мая по 10 мая', 'с 10 мая 2025 г. по 10 мая'])('reads «%s», a range of one day, as that day', (phrase) => {
    expect(read(phrase).schedule).toEqual(range('2025-05-10', '2025-05-10'));
  });

  it.each([
    ['с 20 мая по май', 15],
    ['с 20 мая по май 2025 года', 20],
  ])('refuses «%s»: the month as an end is its first day, before the start', (phrase, end) => {
    const reading = read(phrase);
    expect(reading.schedule).toBeUndefined();
    expect(reading.problems).toEqual([{ code: 'phrase-range-reversed', severity: 'error', start: 2, end }]);
  });

  it('places a range of days in the last week of August on the eve of the academic year, and says so', () => {
    for (const [phrase, end] of [
      ['с 26 по 30 августа', '2024-08-30'],
      ['с 25 августа по 5 сентября', '2024-09-05'],
    ] as const) {
      const reading = read(phrase);
      expect(reading.schedule).toEqual(range(phrase.includes('25') ? '2024-08-25' : '2024-08-26', end));
      expect(reading.notes).toEqual([{ code: 'phrase-august-eve', params: { year: 2024 } }]);
    }
  });

  it.each([
    ['с 6 июля по 5 сентября', '2025-07-06', '2025-09-05'],
    ['с 6 июля по сентябрь', '2025-07-06', '2025-09-30'],
    ['с июля по 5 сентября', '2025-07-01', '2025-09-05'],
    ['с мая по октябрь 2025 года', '2025-05-01', '2025-10-31'],
  ])('reads «%s» past the plan’s end without the warning on months the wrong way round (a day or a year is written)', (phrase, start, end) => {
    const reading = read(phrase);
    expect(reading.schedule).toEqual(range(start, end));
    expect(reading.problems).toEqual([]);
  });

  it.each([
    ['с апреля по июнь', '2024-09-01', '2025-05-31', '2025-04-01', '2025-06-30'],
    ['с июня по июнь', '2024-09-01', '2025-05-31', '2025-06-01', '2025-06-30'],
    ['с декабря по март', '2025-02-01', '2025-06-30', '2024-12-01', '2025-03-31'],
    ['с декабря по июнь', '2025-02-01', '2025-06-30', '2024-12-01', '2025-06-30'],
  ])('reads «%s» in a plan of %s – %s without a warning: the months run forward, or end inside the plan', (phrase, planStart, planEnd, start, end) => {
    const reading = read(phrase, planStart, planEnd);
    expect(reading.schedule).toEqual(range(start, end));
    expect(reading.problems).toEqual([]);
  });
});

describe('the year typos of a range with both years written', () => {
  const plan = ['2023-09-01', '2024-08-31'] as const;
  const typo = (value: string, likely: string, start: string, end: string, at: number) => ({
    code: 'phrase-range-year-typo',
    params: { value, likely, start, end },
    severity: 'warning',
    start: at,
    end: at + value.length,
  });

  it('names a month, not a day, when the months are written without days', () => {
    const reading = read('с 12.2024 по 01.2024', ...plan);
    expect(reading.schedule).toEqual(range('2023-12-01', '2024-01-31'));
    expect(reading.problems).toEqual([typo('12.2024', '12.2023', '2023-12-01', '2024-01-31', 2)]);
  });

  it('corrects the end when the start is 29 February, which the other year has not', () => {
    const reading = read('с 29.02.2024 по 01.03.2023', ...plan);
    expect(reading.schedule).toEqual(range('2024-02-29', '2024-03-01'));
    expect(reading.problems).toEqual([typo('01.03.2023', '01.03.2024', '2024-02-29', '2024-03-01', 16)]);
  });

  it('corrects a range of one day written with two years', () => {
    expect(read('с 10.05.2024 по 10.05.2023', ...plan).problems).toEqual([typo('10.05.2023', '10.05.2024', '2024-05-10', '2024-05-10', 16)]);
    expect(read('с 10.05.2025 по 10.05.2024', ...plan).problems).toEqual([typo('10.05.2025', '10.05.2024', '2024-05-10', '2024-05-10', 2)]);
  });

  it('corrects the end of a range begun on the eve of the next year, and suggests nothing more for that end', () => {
    const reading = read('с 31.08.2024 по 05.09.2023', ...plan);
    expect(reading.schedule).toEqual(range('2024-08-31', '2024-09-05'));
    expect(reading.problems).toEqual([typo('05.09.2023', '05.09.2024', '2024-08-31', '2024-09-05', 16)]);
  });

  it('corrects a start on the plan’s first day', () => {
    const reading = read('с 01.09.2023 по 10.09.2022', ...plan);
    expect(reading.schedule).toEqual(range('2023-09-01', '2023-09-10'));
    expect(reading.problems).toEqual([typo('10.09.2022', '10.09.2023', '2023-09-01', '2023-09-10', 16)]);
  });

  it('corrects a start on the plan’s last day', () => {
    const reading = read('с 30.06.2024 по 02.07.2023', '2023-09-01', '2024-06-30');
    expect(reading.schedule).toEqual(range('2024-06-30', '2024-07-02'));
    expect(reading.problems).toEqual([typo('02.07.2023', '02.07.2024', '2024-06-30', '2024-07-02', 16)]);
  });

  it('corrects one year written twice into a season of 92 days at most', () => {
    expect(read('с 01.10.2023 по 01.01.2023', ...plan).problems).toEqual([typo('01.01.2023', '01.01.2024', '2023-10-01', '2024-01-01', 16)]);
    expect(read('с 30.09.2023 по 01.01.2023', ...plan).problems).toEqual([{ code: 'phrase-range-reversed', severity: 'error', start: 2, end: 26 }]);
  });

  it('corrects two different years into a range longer than a season', () => {
    const reading = read('с 01.02.2024 по 31.07.2023', ...plan);
    expect(reading.schedule).toEqual(range('2024-02-01', '2024-07-31'));
    expect(reading.problems).toEqual([typo('31.07.2023', '31.07.2024', '2024-02-01', '2024-07-31', 16)]);
  });

  it('refuses a range whose year is two off', () => {
    const reading = read('с 10.01.2024 по 20.01.2022', ...plan);
    expect(reading.schedule).toBeUndefined();
    expect(reading.problems).toEqual([{ code: 'phrase-range-reversed', severity: 'error', start: 2, end: 26 }]);
  });
});

describe('the year typo of a date: where the plan begins and ends', () => {
  const typo = (value: string, likely: string) => [{ code: 'phrase-year-typo', params: { value, likely }, severity: 'warning', start: 0, end: value.length }];

  it.each([
    ['01.09.2024', '2024-09-01'],
    ['31.08.2025', '2025-08-31'],
  ])('says nothing of «%s», the plan’s first or last day', (phrase, date) => {
    const reading = read(phrase);
    expect(reading.schedule).toEqual({ kind: 'date', date });
    expect(reading.problems).toEqual([]);
  });

  it('says nothing of the last day of a plan of two academic years, whose month the first year also has', () => {
    expect(read('31.08.2026', '2024-09-01', '2026-08-31').problems).toEqual([]);
  });

  it('suggests the plan’s year for a date after the plan, or one that moved would be its first or last day', () => {
    expect(read('01.10.2014', '2013-09-01', '2014-08-31').problems).toEqual(typo('01.10.2014', '01.10.2013'));
    expect(read('01.09.2023').problems).toEqual(typo('01.09.2023', '01.09.2024'));
    expect(read('31.08.2024').problems).toEqual(typo('31.08.2024', '31.08.2025'));
  });

  it('suggests 29 February for a plan that ends on 28 February of a year without one', () => {
    expect(read('29.02.2024', '2024-09-01', '2025-02-28').problems).toEqual(typo('29.02.2024', '29.02.2025'));
  });

  it.each([
    ['10.12.2023', '2025-02-01', '2025-06-30'],
    ['10.03.2024', '2024-09-01', '2024-12-31'],
  ])('suggests nothing for «%s» in a plan of %s – %s, which holds that day in no year', (phrase, start, end) => {
    expect(read(phrase, start, end).problems).toEqual([]);
  });

  it('suggests nothing for a month written with a year, or for a day on the eve of the academic year', () => {
    const october = read('октябрь 2023 года');
    expect(october.schedule).toEqual(range('2023-10-01', '2023-10-31'));
    expect(october.problems).toEqual([]);
    expect(read('27 августа').problems).toEqual([]);
  });
});
