// The timing reader, family by family. Every phrase here is our own wording of
// a family seen in real plans (never a corpus phrase copied), with the reading
// it must give.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Span } from '../../src/calendar/model.js';
import { recurrencePhrase } from '../../src/calendar/reader/describe.js';
import { readingData } from '../../src/calendar/reader/reading-json.js';
import { readTiming } from '../../src/calendar/reader/reading.js';
import { defaultSchoolYear } from '../../src/calendar/reader/school-year.js';
import { tokenize } from '../../src/calendar/reader/tokens.js';
import { russianCalendar } from '../../src/calendar/working-days.js';
import { iso } from '../helpers/iso.js';

const year = (first: number): Span => ({ start: iso(`${first}-09-01`), end: iso(`${first + 1}-08-31`) });
const read = (phrase: string, first = 2023) => readTiming(phrase, { period: year(first) });
const data = (phrase: string, first = 2023) => readingData(phrase, { period: year(first) }, russianCalendar()).data;

describe('the tokenizer', () => {
  it('keeps the place of every token in the phrase as written', () => {
    const phrase = 'С 3 Марта по12.04.2024 г.';
    for (const token of tokenize(phrase)) expect(phrase.slice(token.start, token.end)).toBe(token.text);
  });

  it('takes glued spellings apart and tells dates from times of day', () => {
    expect(tokenize('с 4июня').map((token) => token.type)).toEqual(['word', 'number', 'word']);
    expect(tokenize('по15.03.2025').map((token) => token.type)).toEqual(['word', 'date']);
    expect(tokenize('14.11 09.30 2021*').map((token) => token.type)).toEqual(['date', 'time', 'number']);
    expect(tokenize('3-ий 4-х')).toMatchObject([
      { value: 3, suffix: 'ий' },
      { value: 4, suffix: 'х' },
    ]);
  });

  it('never fails on arbitrary text, and its tokens stay inside it (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        for (const token of tokenize(text)) {
          expect(token.start).toBeGreaterThanOrEqual(0);
          expect(token.end).toBeLessThanOrEqual(text.length);
          expect(token.end).toBeGreaterThan(token.start);
        }
        read(text);
      }),
    );
  });
});

describe("any mix of the reader's own words (property)", () => {
  const vocabulary = [
    'с',
    'по',
    'до',
    'не позднее',
    'и',
    ',',
    '-',
    '(',
    ')',
    'каждый',
    'раз',
    'в',
    'кроме',
    'выходные дни',
    'течение',
    'года',
    'четверть',
    'II',
    'I',
    'понедельник',
    'средам',
    'пятницу',
    '3-й',
    'последний',
    'месяца',
    'неделю',
    'ежемесячно',
    'через день',
    'числа',
    'сентября',
    'май',
    'декабрь',
    'февраля',
    '1',
    '15',
    '29',
    '31',
    '2023',
    '2024',
    '12.10',
    '29.02',
    '31.04.2024',
    '10.00',
    '(пн)',
    'г.',
    'неделя',
    'декада',
    'квартал',
    'не реже',
    'каникулы',
    'осенних',
    'летние',
    'зимних',
    'школьных',
    'учебного',
  ];
  it('never throws, and every reading is a real schedule: ranges that start before they end, real days', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 8 }), fc.integer({ min: 2000, max: 2030 }), (words, first) => {
        const { schedule, ignored } = read(words.join(' '), first);
        for (const run of ignored) expect(run.end).toBeGreaterThan(run.start);
        if (!schedule) return;
        const spans =
          schedule.kind === 'dates'
            ? schedule.spans
            : schedule.kind === 'range' || schedule.kind === 'period' || schedule.kind === 'recurring'
              ? [schedule]
              : [];
        for (const span of spans) {
          expect(span.start <= span.end, JSON.stringify(schedule)).toBe(true);
          expect(new Date(`${span.start}T00:00:00Z`).toISOString().slice(0, 10)).toBe(span.start);
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) },
    );
  });
});

describe('every way of writing a day reads back to it (property)', () => {
  const genitive = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
  const day = fc.integer({ min: 0, max: 3650 }).map((n) => new Date(Date.UTC(2015, 8, 1) + n * 86_400_000).toISOString().slice(0, 10));
  const pad = (n: number) => String(n).padStart(2, '0');
  const writings = (date: string) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return [
      `${d} ${genitive[m - 1]} ${y} г.`,
      `${pad(d)}.${pad(m)}.${y}`,
      `${d}.${pad(m)}.${String(y).slice(2)}г.`,
      date,
      `${d}-го ${genitive[m - 1]} ${y} года`,
      `${pad(d)}/${pad(m)}/${y}`,
    ];
  };

  it('as a single day, in any academic year', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 2014, max: 2026 }), (date, first) => {
        for (const phrase of writings(date)) expect(read(phrase, first).schedule, phrase).toEqual({ kind: 'date', date });
      }),
    );
  });

  it('as a range of two days of its own academic year, with or without «с … по …»', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 200 }), (start, length) => {
        const end = new Date(Date.parse(`${start}T00:00:00Z`) + length * 86_400_000).toISOString().slice(0, 10);
        const first = Number(start.slice(0, 4)) - (Number(start.slice(5, 7)) >= 9 ? 0 : 1);
        if (end > `${first + 1}-08-31`) return;
        const [a, b] = [writings(start)[1]!, writings(end)[1]!];
        const [, sm, sd] = start.split('-').map(Number) as [number, number, number];
        const short = `${pad(sd)}.${pad(sm)}`;
        for (const phrase of [`${a} – ${b}`, `с ${a} по ${b}`, `${short} – ${b}`, `с ${short} по ${b}`]) {
          expect(read(phrase, first).schedule, phrase).toEqual(
            start === end && !phrase.includes('–') && !phrase.startsWith('с') ? { kind: 'date', date: start } : { kind: 'range', start, end },
          );
        }
      }),
    );
  });
});

describe('days and ranges of days', () => {
  it.each([
    // phrase, academic year, start, end
    ['12-16 октября', 2023, '2023-10-12', '2023-10-16'],
    ['8 – 11 апреля', 2023, '2024-04-08', '2024-04-11'],
    ['с 2 по 9 марта', 2023, '2024-03-02', '2024-03-09'],
    ['с 14 ноября по 2 декабря 2024 года', 2024, '2024-11-14', '2024-12-02'],
    ['с 20 декабря – по 12 января 2025 года', 2024, '2024-12-20', '2025-01-12'],
    ['27 декабря – 9 января', 2023, '2023-12-27', '2024-01-09'],
    ['с 3 ноября 2025 года (понедельник) по 9 ноября 2025 года (воскресенье)', 2025, '2025-11-03', '2025-11-09'],
    ['С 12.05. – 23.05.', 2023, '2024-05-12', '2024-05-23'],
    ['5-19.11.2023', 2023, '2023-11-05', '2023-11-19'],
    ['11.09.23 – 20.10.23', 2023, '2023-09-11', '2023-10-20'],
    ['с 10.02.2025 г. по21.02.2025 г.', 2024, '2025-02-10', '2025-02-21'],
    ['03.03 - 14.03.2025 (10 учебных дней)', 2024, '2025-03-03', '2025-03-14'],
    ['15.10.2024-19.10.2024 (запасные дни)', 2024, '2024-10-15', '2024-10-19'],
    ['Открытие лагеря: 3 июня 2024 года – закрытие лагеря 24 июня 2024 года', 2023, '2024-06-03', '2024-06-24'],
    ['стартует 10 января и завершается 20 февраля', 2023, '2024-01-10', '2024-02-20'],
    ['с 1 марта до 15 апреля', 2023, '2024-03-01', '2024-04-15'],
    ['с 20 июля до окончания набора, но не позднее 3 сентября', 2023, '2024-07-20', '2024-09-03'],
    ['вторая неделя октября', 2023, '2023-10-09', '2023-10-15'],
    ['с 4-го по 9-е октября', 2023, '2023-10-04', '2023-10-09'],
    ['3 декада ноября', 2023, '2023-11-21', '2023-11-30'],
    ['первая половина декабря', 2023, '2023-12-01', '2023-12-15'],
    ['вторая половина февраля 2024', 2023, '2024-02-16', '2024-02-29'],
    ['II декада января', 2023, '2024-01-11', '2024-01-20'],
    ['последняя неделя мая 2024 г.', 2023, '2024-05-27', '2024-06-02'],
  ])('%s (%i) is %s – %s', (phrase, first, start, end) => {
    expect(data(phrase, first)).toMatchObject({ start, end });
  });

  it.each([
    // an open start is open, unless it begins in the summer holidays, which end on 31 August
    ['С 2.02.2024', 2023, '2024-02-02', null],
    ['с 15 октября', 2023, '2023-10-15', null],
    ['с 30мая', 2023, '2024-05-30', '2024-08-31'],
    ['С 12.06.2024', 2023, '2024-06-12', '2024-08-31'],
  ])('«%s» (%i) runs from %s to %s', (phrase, first, start, end) => {
    expect(data(phrase, first)).toMatchObject({ kind: 'range', start, end });
  });

  it('reads a length said again beside a range as a remark', () => {
    const reading = read('14.10 – 18.10.2024 – 5 учебных дней', 2024);
    expect(reading.schedule).toEqual({ kind: 'range', start: '2024-10-14', end: '2024-10-18' });
    expect(reading.ignored).toEqual([]);
  });

  it("means the plan's own period by «в течение всего периода» when the plan covers less than a year", () => {
    const month = { period: { start: iso('2024-03-01'), end: iso('2024-03-31') } };
    expect(readTiming('в течение всего периода', month).schedule).toEqual({ kind: 'period', start: '2024-03-01', end: '2024-03-31' });
    // in a month-long plan «в течение месяца» is that month; in a year's plan, which month is not said
    expect(readTiming('в течение месяца', month).schedule).toEqual({ kind: 'period', start: '2024-03-01', end: '2024-03-31' });
    expect(read('в течение месяца').schedule).toBeUndefined();
  });

  it('takes out the days a range says it skips', () => {
    const reading = data('С 07.04.2025 по 13.04.2025 включительно, выходные дни 12, 13 апреля 2025 года', 2024)!;
    expect(reading).toMatchObject({ start: '2025-04-07', end: '2025-04-13', except: ['2025-04-12', '2025-04-13'] });
    expect(reading.dates).toHaveLength(5);
    expect(reading.ignored).toBeUndefined();
  });
});

describe('single dates, lists, remarks', () => {
  it.each([
    ['19 февраля', 2023, ['2024-02-19']],
    ['7.10.10г.', 2010, ['2010-10-07']],
    ['14.03.24.', 2023, ['2024-03-14']],
    ['3 декабря 2021* года', 2021, ['2021-12-03']],
    ['как правило, 20 апреля', 2023, ['2024-04-20']],
    ['4, 5 декабря', 2023, ['2023-12-04', '2023-12-05']],
    ['7/8 марта', 2023, ['2024-03-07', '2024-03-08']],
    ['18 января и 22 февраля', 2023, ['2024-01-18', '2024-02-22']],
    ['11.11 18.11', 2023, ['2023-11-11', '2023-11-18']],
    ['20.02 09.30 21.02 14.00', 2023, ['2024-02-20', '2024-02-21']],
    ['14 марта 11:30', 2023, ['2024-03-14']],
    ['12 октября 09:00 - 15:00', 2023, ['2023-10-12']],
    ['27 августа 9:00', 2023, ['2023-08-27']],
    ['10 апреля (среда)', 2023, ['2024-04-10']],
    ['20 мая (пн), 21 мая (вт)', 2023, ['2024-05-20', '2024-05-21']],
    ['до 10.11.2023, до 10.04.2024', 2023, ['2023-11-10', '2024-04-10']],
    [
      '2 раза в год (ноябрь, апрель)',
      2023,
      [
        ...Array.from({ length: 30 }, (_, i) => `2023-11-${String(i + 1).padStart(2, '0')}`),
        ...Array.from({ length: 30 }, (_, i) => `2024-04-${String(i + 1).padStart(2, '0')}`),
      ],
    ],
    ['2023-10-05', 2023, ['2023-10-05']],
    ['05/10/2023', 2023, ['2023-10-05']],
    ['3-го октября', 2023, ['2023-10-03']],
  ])('%s (%i) is %j', (phrase, first, dates) => {
    expect(data(phrase, first)!.dates).toEqual(dates);
  });

  it('keeps a list a list when a dash follows a comma', () => {
    expect(read('I тур – ноябрь, II тур – март').schedule).toEqual({
      kind: 'dates',
      spans: [
        { start: '2023-11-01', end: '2023-11-30' },
        { start: '2024-03-01', end: '2024-03-31' },
      ],
    });
  });

  it('reads the last week of August as the eve of the year, and says so', () => {
    const reading = read('28 августа', 2023);
    expect(reading.schedule).toEqual({ kind: 'date', date: '2023-08-28' });
    expect(reading.notes.map((note) => note.code)).toEqual(['phrase-august-eve']);
    expect(read('10 августа', 2023).schedule).toEqual({ kind: 'date', date: '2024-08-10' });
  });

  it('names the words it left out, with their place', () => {
    const reading = read('17 октября актовый зал школы № 3');
    expect(reading.schedule).toEqual({ kind: 'date', date: '2023-10-17' });
    expect(reading.ignored).toEqual([{ text: 'актовый зал школы № 3', start: 11, end: 32 }]);
  });

  it('takes the year a stated weekday agrees with, and says so', () => {
    // 6 September is a Friday in 2024, a Wednesday in 2023
    const reading = read('6 сентября (пятница)', 2023);
    expect(reading.schedule).toEqual({ kind: 'date', date: '2024-09-06' });
    expect(reading.notes.map((note) => note.code)).toContain('phrase-weekday-year');
  });

  it('warns when a stated weekday matches no nearby year', () => {
    const reading = read('14.11.2023 (среда)');
    expect(reading.schedule).toEqual({ kind: 'date', date: '2023-11-14' });
    expect(reading.problems).toEqual([expect.objectContaining({ code: 'phrase-weekday-mismatch', severity: 'warning', start: 0 })]);
  });
});

describe('months, years and the school year', () => {
  it.each([
    ['(октябрь, ноябрь, декабрь)', 2023, '2023-10-01', '2023-12-31'],
    ['(февраль-апрель)', 2023, '2024-02-01', '2024-04-30'],
    ['Июль- август', 2023, '2024-07-01', '2024-08-31'],
    ['2021 год', 2021, '2021-01-01', '2021-12-31'],
    ['II полугодие 2024/2025 учебного года', 2023, '2025-01-01', '2025-05-26'],
    ['в течение всего учебного года', 2023, '2023-09-01', '2024-08-31'],
    ['в течение II полугодия 2023-2024 уч. года', 2022, '2024-01-01', '2024-05-24'],
    ['2024 – 2025 учебный год', 2023, '2024-09-01', '2025-08-31'],
    ['Ноябрь, 2023 г.', 2023, '2023-11-01', '2023-11-30'],
    ['октябрь 23 г.', 2023, '2023-10-01', '2023-10-31'],
    ['по графику управления (февраль – март)', 2023, '2024-02-01', '2024-03-31'],
    ['на 2024/25 уч. год', 2023, '2024-09-01', '2025-08-31'],
    ['I полугодие 2022-23 учебного года', 2023, '2022-09-01', '2022-12-31'],
    ['2 квартал 2024 г.', 2023, '2024-04-01', '2024-06-30'],
    ['IV квартал', 2023, '2023-10-01', '2023-12-31'],
    ['II-III четверть', 2015, '2015-11-01', '2016-03-31'],
  ])('%s (%i) is %s – %s', (phrase, first, start, end) => {
    expect(data(phrase, first)).toMatchObject({ start, end });
  });

  it('reads terms (четверти) of years before the federal calendar as their months, and says so', () => {
    const reading = read('IV четверть', 2015);
    expect(reading.schedule).toEqual({ kind: 'period', start: '2016-04-01', end: '2016-05-31' });
    expect(reading.notes.map((note) => note.code)).toEqual(['phrase-terms-by-months']);
  });

  it('reads terms of later years from the federal calendar, marked as the default', () => {
    const reading = read('в течение II четверти', 2024);
    expect(reading.schedule).toMatchObject({ kind: 'period', start: '2024-11-05', end: '2024-12-29' });
    expect(reading.notes.map((note) => note.code)).toEqual(['phrase-federal-school-year']);
  });

  it.each([
    ['в осенние каникулы', 2023, 0],
    ['в период зимних каникул', 2023, 1],
    ['весенние каникулы 2023/2024 учебного года', 2023, 2],
    ['В период летних школьных каникул', 2024, 3],
    ['летние каникулы 2024 года', 2023, 3],
    ['в осенние каникулы 2025 г.', 2023, 0, 2025],
  ])('reads «%s» (%i) as those holidays of the school year, marked as the default', (phrase, first, index, yearOfHolidays = first) => {
    const reading = read(phrase, first);
    expect(reading.schedule).toEqual({ kind: 'period', ...defaultSchoolYear(yearOfHolidays).holidays[index]! });
    expect(reading.ignored).toEqual([]);
    expect(reading.notes.map((note) => note.code)).toEqual(['phrase-federal-school-year']);
  });

  it("reads «в каникулы» as every holiday of the year, and a school's own holidays from its school year", () => {
    expect(read('в каникулы', 2024).schedule).toEqual({ kind: 'dates', spans: defaultSchoolYear(2024).holidays });
    const own = {
      ...defaultSchoolYear(2024),
      source: 'file' as const,
      holidays: [
        { start: iso('2024-10-26'), end: iso('2024-11-04') },
        { start: iso('2024-12-29'), end: iso('2025-01-08') },
        { start: iso('2025-02-17'), end: iso('2025-02-23') },
        { start: iso('2025-03-29'), end: iso('2025-04-06') },
        { start: iso('2025-05-27'), end: iso('2025-08-31') },
      ],
    };
    const withOwn = (phrase: string) => readTiming(phrase, { period: year(2024), schoolYear: () => own });
    // of two winter holidays (an extra week in February for the first form), the longer one
    expect(withOwn('зимние каникулы').schedule).toEqual({ kind: 'period', start: '2024-12-29', end: '2025-01-08' });
    expect(withOwn('весенние каникулы').schedule).toEqual({ kind: 'period', start: '2025-03-29', end: '2025-04-06' });
    expect(withOwn('в каникулы').schedule).toEqual({ kind: 'dates', spans: own.holidays });
    expect(withOwn('в каникулы').notes).toEqual([]);
  });

  it.each(['зимние каникулы 2024 г.', 'каникулы 2024 года'])('refuses «%s»: those holidays span two years, so the year does not say which', (phrase) => {
    expect(read(phrase).schedule).toBeUndefined();
  });

  it('reads the dates written beside named holidays, not the holidays', () => {
    expect(read('первый день каникул – с 22 марта – по 28 марта 2021 года', 2020).schedule).toEqual({ kind: 'range', start: '2021-03-22', end: '2021-03-28' });
    expect(read('осенние каникулы 28.10 – 05.11').schedule).toEqual({ kind: 'range', start: '2023-10-28', end: '2023-11-05' });
  });

  it.each([2023, 2024, 2025, 2026, 2030])('the federal default of %i–%i is a school year with nine-day holidays between four terms', (first) => {
    const school = defaultSchoolYear(first);
    expect(school.source).toBe('federal');
    expect(school.quarters).toHaveLength(4);
    for (const [index, quarter] of school.quarters.entries()) {
      expect(quarter.start <= quarter.end).toBe(true);
      const holiday = school.holidays[index]!;
      if (index < 3) expect(holiday.start > quarter.end && holiday.end < school.quarters[index + 1]!.start).toBe(true);
    }
    expect(school.quarters[0]!.start.slice(5)).toMatch(/^09-0[12]$/);
    expect(school.lastDayOfLessons.slice(5, 7)).toBe('05');
    expect(school.holidays.at(-1)!.end).toBe(`${first + 1}-08-31`);
  });
});

describe('deadlines', () => {
  it.each([
    ['в срок до 12 июня 2024 года', 2023, '2024-06-12'],
    ['не позднее 20 октября', 2023, '2023-10-20'],
    ['до 9 марта', 2023, '2024-03-09'],
    ['к 15 ноября', 2023, '2023-11-15'],
  ])('%s (%i) is due %s as written', (phrase, first, end) => {
    expect(data(phrase, first)).toMatchObject({ kind: 'deadline', end });
  });

  it('takes no date of a document for a deadline', () => {
    expect(read('согласно приложению 2 к приказу № 57 от 14.09.2023').schedule).toBeUndefined();
  });

  it('refuses a deadline counted from an undated event rather than inventing one', () => {
    expect(read('не позднее 3 рабочих дней после проведения олимпиады').schedule).toBeUndefined();
    expect(read('за два дня до начала конкурса').schedule).toBeUndefined();
  });
});

describe('recurrences and quotas', () => {
  const first3 = (phrase: string, first = 2023) => data(phrase, first)!.dates.slice(0, 3);
  it.each([
    ['ЕЖЕДНЕВНО', ['2023-09-01', '2023-09-02', '2023-09-03'], 'FREQ=DAILY'],
    ['через день', ['2023-09-01', '2023-09-03', '2023-09-05'], 'FREQ=DAILY;INTERVAL=2'],
    ['еженедельно', ['2023-09-01', '2023-09-08', '2023-09-15'], 'FREQ=WEEKLY'],
    ['четверг', ['2023-09-07', '2023-09-14', '2023-09-21'], 'FREQ=WEEKLY;BYDAY=TH'],
    ['Вторник - 14.00 – 16.30', ['2023-09-05', '2023-09-12', '2023-09-19'], 'FREQ=WEEKLY;BYDAY=TU'],
    ['по вторникам (октябрь - март)', ['2023-10-03', '2023-10-10', '2023-10-17'], 'FREQ=WEEKLY;BYDAY=TU'],
    ['каждую среду с 4 октября по 20 декабря', ['2023-10-04', '2023-10-11', '2023-10-18'], 'FREQ=WEEKLY;BYDAY=WE'],
    ['во второй и четвертый четверг месяца', ['2023-09-14', '2023-09-28', '2023-10-12'], 'FREQ=MONTHLY;BYDAY=2TH,4TH'],
    ['раз в месяц (первая пятница месяца)', ['2023-09-01', '2023-10-06', '2023-11-03'], 'FREQ=MONTHLY;BYDAY=1FR'],
    ['до 10 числа каждого месяца', ['2023-09-10', '2023-10-10', '2023-11-10'], 'FREQ=MONTHLY;BYMONTHDAY=10'],
    ['не позднее 20-го числа каждого месяца', ['2023-09-20', '2023-10-20', '2023-11-20'], 'FREQ=MONTHLY;BYMONTHDAY=20'],
    ['ежемесячно до 5 числа месяца, следующего за отчетным', ['2023-09-05', '2023-10-05', '2023-11-05'], 'FREQ=MONTHLY;BYMONTHDAY=5'],
    ['Понедельник – суббота', ['2023-09-01', '2023-09-02', '2023-09-04'], 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA'],
    ['Понедельник – воскресенье', ['2023-09-01', '2023-09-02', '2023-09-03'], 'FREQ=DAILY'],
    ['со вторника по четверг', ['2023-09-05', '2023-09-06', '2023-09-07'], 'FREQ=WEEKLY;BYDAY=TU,WE,TH'],
    ['раз в год', ['2023-09-01', '2024-09-01', '2025-09-01'], 'FREQ=YEARLY'],
    ['каждые две недели', ['2023-09-01', '2023-09-15', '2023-09-29'], 'FREQ=WEEKLY;INTERVAL=2'],
    ['2 и 4 вторник месяца', ['2023-09-12', '2023-09-26', '2023-10-10'], 'FREQ=MONTHLY;BYDAY=2TU,4TU'],
    ['ежедневно, кроме выходных', ['2023-09-01', '2023-09-04', '2023-09-05'], 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR'],
    ['ежедневно (кроме воскресенья)', ['2023-09-01', '2023-09-02', '2023-09-04'], 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA'],
    ['ежедневно, за исключением субботы и воскресенья', ['2023-09-01', '2023-09-04', '2023-09-05'], 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR'],
    ['ежедневно в течение всего учебного года', ['2023-09-01', '2023-09-02', '2023-09-03'], 'FREQ=DAILY'],
    ['1 раз в 2 недели (вторник)', ['2023-09-12', '2023-09-26', '2023-10-10'], 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU'],
  ])('%s: first %j', (phrase, dates, rrule) => {
    expect(first3(phrase)).toEqual(dates);
    expect(data(phrase)!.rrule?.replace(/;UNTIL=\d+/, '')).toBe(rrule);
  });

  it('narrows a range to the weekdays in brackets', () => {
    expect(data('с 02.06.2025 по 27.06.2025 (понедельник - пятница)', 2024)).toMatchObject({
      kind: 'recurring',
      rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20250627',
    });
  });

  it.each([
    ['ОДИН РАЗ В ПОЛУГОДИЕ', 1, 'half-year', 2],
    ['2 раза в четверть', 2, 'quarter-term', 4],
    ['не реже трех раз в год', 3, 'year', 1],
    ['3 раза в месяц', 3, 'month', 12],
    ['дважды в неделю', 2, 'week', 53],
  ])('«%s» is a quota: %i per %s, in %i period(s), with no invented days', (phrase, count, per, periods) => {
    const reading = data(phrase)!;
    expect(reading).toMatchObject({ kind: 'quota', count, per, dates: [] });
    expect(reading.periods).toHaveLength(periods);
  });

  it('refuses days of every month («с 1 по 5 число каждого месяца»): no single day repeats', () => {
    expect(read('с 1 по 5 число каждого месяца').schedule).toBeUndefined();
  });

  it('refuses a day of the month in a quarter: which month is not said', () => {
    expect(read('ежеквартально до 15 числа').schedule).toBeUndefined();
  });

  it('takes the count in brackets after «в течение года»', () => {
    expect(data('в течение всего года (2 раза в полугодие)')).toMatchObject({ kind: 'quota', count: 2, per: 'half-year' });
  });

  it('refuses two frequencies that contradict each other', () => {
    expect(read('по пятницам (2 раза в месяц)').schedule).toBeUndefined();
  });

  it('says a list of days off is not a schedule', () => {
    const reading = read('Выходные: суббота и воскресенье');
    expect(reading.schedule).toBeUndefined();
    expect(reading.notes.map((note) => note.code)).toEqual(['phrase-days-off']);
  });
});

describe('what is not a date', () => {
  it.each(['конец мая – начало июня', 'с середины октября'])('«%s» is refused: which days of the months is not said', (phrase) => {
    const reading = read(phrase);
    expect(reading.schedule).toBeUndefined();
    expect(reading.notes.map((note) => note.code)).toEqual(['phrase-vague']);
  });

  it.each(['с 9.00 до 17.00', '9-15', 'в 11.00 по московскому времени', 'в ходе недели психологии', 'после окончания четверти'])(
    '«%s» gives no dates',
    (phrase) => {
      expect(read(phrase).schedule).toBeUndefined();
    },
  );

  it.each(['(по графику)', 'по ситуации', 'по приказу управления образования', 'согласно графику РЦ', 'в соответствии с графиком'])(
    '«%s» is unscheduled',
    (phrase) => {
      expect(read(phrase).schedule).toEqual({ kind: 'unscheduled' });
    },
  );
});

describe('problems found in a phrase', () => {
  it.each([
    ['30.02.2024', 'phrase-impossible-date'],
    ['31.06', 'phrase-impossible-date'],
    ['20.03 – 12.03.2024', 'phrase-range-reversed'],
    ['с 25.11.2023 по 10.11.2023', 'phrase-range-reversed'],
  ])('«%s» is refused with %s, at its place', (phrase, code) => {
    const reading = read(phrase);
    expect(reading.schedule).toBeUndefined();
    expect(reading.problems).toEqual([expect.objectContaining({ code, severity: 'error', start: expect.any(Number), end: expect.any(Number) })]);
  });

  it('reads a year typo as written and names the likely year', () => {
    const reading = read('02.10.22 – 30.10.23', 2023);
    expect(reading.schedule).toEqual({ kind: 'range', start: '2022-10-02', end: '2023-10-30' });
    expect(reading.problems).toEqual([
      expect.objectContaining({ code: 'phrase-year-typo', params: { value: '02.10.22', likely: '02.10.23' }, start: 0, end: 8 }),
    ]);
  });
});

describe('describing a schedule', () => {
  const weekday = fc.integer({ min: 1, max: 7 });
  const months = fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { maxLength: 3 }).map((list) => list.sort((a, b) => a - b));
  const rule = fc.oneof(
    fc.record({ frequency: fc.constant('weekly' as const), weekdays: fc.uniqueArray(weekday, { minLength: 1, maxLength: 3 }).map((days) => days.sort()) }),
    fc.record({ frequency: fc.constant('weekly' as const), interval: fc.integer({ min: 2, max: 4 }) }),
    fc.record({ frequency: fc.constant('monthly' as const), weekdays: weekday.map((day) => [day]), nth: fc.constantFrom(1, 2, 3, 4, -1) }),
    fc.record({ frequency: fc.constant('monthly' as const), monthDay: fc.integer({ min: 1, max: 28 }) }),
    fc.constantFrom(
      { frequency: 'weekly' as const },
      { frequency: 'monthly' as const },
      { frequency: 'quarterly' as const },
      { frequency: 'daily' as const },
      { frequency: 'daily' as const, interval: 2 },
    ),
  );

  it('prints a recurrence as a phrase that reads back to the same rule (property)', () => {
    fc.assert(
      fc.property(rule, months, (recurrence, except) => {
        const withExcept = except.length && recurrence.frequency !== 'daily' ? { ...recurrence, exceptMonths: except } : recurrence;
        const schedule = { kind: 'recurring' as const, rule: withExcept as never, start: iso('2023-09-01'), end: iso('2024-08-31') };
        const phrase = recurrencePhrase(schedule)!;
        expect(read(phrase).schedule, phrase).toEqual(schedule);
      }),
    );
  });

  it.each(['1 раз в четверть', 'не реже 4 раз в год', '3 раза в месяц', '2 раза в полугодие', 'не реже 1 раза в неделю'])(
    'prints the quota «%s» as a phrase that reads back to it',
    (phrase) => {
      const schedule = read(phrase).schedule!;
      expect(schedule.kind).toBe('quota');
      expect(read(recurrencePhrase(schedule)!).schedule).toEqual(schedule);
    },
  );

  it('agrees the ordinal with the weekday', () => {
    const rule = { frequency: 'monthly' as const, weekdays: [3 as const], nth: -1 };
    expect(recurrencePhrase({ kind: 'recurring', rule, start: iso('2023-09-01'), end: iso('2024-08-31') })).toBe('ежемесячно, последняя среда месяца');
  });
});
