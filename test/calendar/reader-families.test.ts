// Families of timing phrases met in the second round of real plans (issue 20), each read by a rule of
// the grammar. The phrases are our own wordings of each family, not corpus lines; properties check the
// rules over many inputs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, isoDate, weekdayOf } from '../../src/calendar/days.js';
import type { Schedule, Span } from '../../src/calendar/model.js';
import { readingData } from '../../src/calendar/reader/reading-json.js';
import { readTiming } from '../../src/calendar/reader/reading.js';
import { calendarWeekOfMonth } from '../../src/calendar/reader/spans.js';
import { russianCalendar } from '../../src/calendar/working-days.js';
import { validateText } from '../../src/kinds/validate.js';
import { iso } from '../helpers/iso.js';

const year = (first: number): Span => ({ start: iso(`${first}-09-01`), end: iso(`${first + 1}-08-31`) });
const read = (phrase: string, first = 2023) => readTiming(phrase, { period: year(first) });
const data = (phrase: string, first = 2023) => readingData(phrase, { period: year(first) }, russianCalendar()).data;
const genitive = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const ordinalsFeminine = ['первая', 'вторая', 'третья', 'четвертая'];

describe('misspellings and abbreviations of «в течение года»', () => {
  it.each(['В течении года', 'в теч-е года', 'в теч. года', 'В ТЕЧЕНИИ УЧЕБНОГО ГОДА', 'в течении всего года'])('«%s» is the whole year', (phrase) => {
    expect(data(phrase)).toMatchObject({ kind: 'period', start: '2023-09-01', end: '2024-08-31' });
    expect(data(phrase)!.ignored).toBeUndefined();
  });

  it('a hyphen joins only words the lexicon knows so: «май-июнь» stays two months', () => {
    expect(data('май-июнь')).toMatchObject({ start: '2024-05-01', end: '2024-06-30' });
  });
});

describe('counts per period without «раз»', () => {
  it.each([
    ['не менее двух в месяц', 2, 'month'],
    ['не реже 2-х в четверть', 2, 'quarter-term'],
    ['не менее трех в неделю', 3, 'week'],
    ['не менее 4 раз в неделю', 4, 'week'],
  ])('«%s»: at least %i per %s', (phrase, count, per) => {
    expect(data(phrase)).toMatchObject({ kind: 'quota', count, per, atLeast: true, dates: [] });
  });

  it('any «не менее N в месяц» is a quota of N a month (property)', () => {
    const words = ['одного', 'двух', 'трех', 'четырех', 'пяти', 'шести', 'семи', 'восьми', 'девяти', 'десяти'];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.boolean(), fc.constantFrom('месяц', 'неделю', 'квартал'), (count, inWords, unit) => {
        const reading = data(`не менее ${inWords ? words[count - 1] : count} в ${unit}`);
        expect(reading).toMatchObject({ kind: 'quota', count, atLeast: true });
      }),
    );
  });

  it('days counted as times: «N дней в <unit>» is read as «N раз в <unit>» (property)', () => {
    const days = { 1: 'день', 2: 'дня', 3: 'дня', 4: 'дня', 5: 'дней', 6: 'дней' } as Record<number, string>;
    const numerals = ['один', 'два', 'три', 'четыре', 'пять', 'шесть'];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.boolean(), fc.constantFrom('месяц', 'неделю', 'четверть', 'квартал'), (count, inWords, unit) => {
        const asDays = data(`${inWords ? numerals[count - 1] : count} ${days[count]} в ${unit}`);
        const asTimes = data(`${count} ${count % 10 >= 2 && count % 10 <= 4 ? 'раза' : 'раз'} в ${unit}`);
        expect(asDays).toEqual({ ...asTimes, phrase: asDays!.phrase });
      }),
    );
    expect(data('один день в месяц (в последнюю субботу месяца)')).toMatchObject({ kind: 'recurring', rrule: expect.stringContaining('BYDAY=-1SA') });
    expect(data('2 дня в неделю')).toMatchObject({ kind: 'quota', count: 2, per: 'week' });
  });

  it('refuses days counted per day', () => {
    expect(data('2 дня в день')).toBeUndefined();
  });

  it('a weekly quota counts per calendar week, Monday to Sunday, cut to the plan', () => {
    const reading = data('не менее четырёх раз в неделю')!;
    expect(reading.periods![0]).toEqual({ start: '2023-09-01', end: '2023-09-03' });
    expect(reading.periods![1]).toEqual({ start: '2023-09-04', end: '2023-09-10' });
    for (const span of reading.periods!.slice(1, -1)) {
      expect(weekdayOf(span.start)).toBe(1);
      expect(weekdayOf(span.end)).toBe(7);
    }
  });
});

describe('weeks of a month', () => {
  it.each([
    ['третья неделя ноября', '2023-11-13', '2023-11-19'],
    ['1-я неделя сентября', '2023-09-04', '2023-09-10'],
    ['вторая неделя октября', '2023-10-09', '2023-10-15'],
    ['последняя неделя декабря', '2023-12-25', '2023-12-31'],
    ['4 неделя января', '2024-01-22', '2024-01-28'],
  ])('«%s» is the calendar week %s – %s, and says how weeks are counted', (phrase, start, end) => {
    expect(data(phrase)).toMatchObject({ kind: 'range', start, end });
    expect(read(phrase).notes.map((note) => note.code)).toContain('phrase-calendar-week');
  });

  it('«пятая неделя сентября» in a month of four weeks is refused', () => {
    expect(read('пятая неделя сентября').schedule).toBeUndefined();
  });

  it("any n-th week of any month is Monday to Sunday, holds the month's n-th Thursday, and follows the one before (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2040 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 4 }), (y, month, nth) => {
        const week = calendarWeekOfMonth(y, month, nth)!;
        expect(weekdayOf(week.start)).toBe(1);
        expect(weekdayOf(week.end)).toBe(7);
        expect(dayNumber(week.end) - dayNumber(week.start)).toBe(6);
        const thursday = addDays(week.start, 3);
        expect(Number(thursday.slice(5, 7))).toBe(month);
        expect(Math.ceil(Number(thursday.slice(8, 10)) / 7)).toBe(nth);
        if (nth > 1) expect(dayNumber(week.start) - dayNumber(calendarWeekOfMonth(y, month, nth - 1)!.start)).toBe(7);
        const reading = data(`${ordinalsFeminine[nth - 1]} неделя ${genitive[month - 1]} ${y} года`, month >= 9 ? y : y - 1);
        expect(reading).toMatchObject({ kind: 'range', start: week.start, end: week.end });
      }),
    );
  });

  it('«1-я неделя месяца» is that week of every month of the plan', () => {
    const reading = readTiming('1-я неделя месяца', { period: year(2023) }).schedule as Schedule & { kind: 'dates' };
    expect(reading.kind).toBe('dates');
    expect(reading.spans).toHaveLength(12);
    expect(reading.spans[0]).toEqual({ start: '2023-09-04', end: '2023-09-10' });
    expect(reading.spans.every((span) => weekdayOf(span.start) === 1 && weekdayOf(span.end) === 7)).toBe(true);
    expect((readTiming('вторая декада месяца', { period: year(2023) }).schedule as Schedule & { kind: 'dates' }).spans[1]).toEqual({
      start: '2023-10-11',
      end: '2023-10-20',
    });
  });

  it.each(['вторая неделя каждого месяца', '1 раз в месяц (2-я неделя месяца)'])('«%s» is the second week of every month, not a rule of one day', (phrase) => {
    const reading = read(phrase);
    expect(reading.schedule).toMatchObject({ kind: 'dates' });
    expect((reading.schedule as Schedule & { kind: 'dates' }).spans.slice(0, 2)).toEqual([
      { start: '2023-09-11', end: '2023-09-17' },
      { start: '2023-10-09', end: '2023-10-15' },
    ]);
    expect(reading.ignored).toEqual([]);
  });
});

describe('months written without dashes, and past the plan', () => {
  it.each([
    ['Июнь август 2007 года', 2006, '2007-06-01', '2007-08-31'],
    ['октябрь ноябрь', 2023, '2023-10-01', '2023-11-30'],
    ['март апрель май', 2023, '2024-03-01', '2024-05-31'],
  ])('«%s» is one range', (phrase, first, start, end) => {
    expect(data(phrase, first)).toMatchObject({ kind: 'range', start, end });
  });

  it('«март, май» with a comma stays two months', () => {
    expect(data('март, май')).toMatchObject({ kind: 'dates' });
  });
});

describe('month-precision dates in figures', () => {
  it.each([
    ['10.2023', '2023-10-01', '2023-10-31'],
    ['02.2024 г.', '2024-02-01', '2024-02-29'],
    ['09.2023 - 05.2024', '2023-09-01', '2024-05-31'],
    ['с 10.2023 по 06.11.2023 (9 дней)', '2023-10-29', '2023-11-06'],
    ['с 12.2023 г. по 08.01.2024 г. (11 календарных дней)', '2023-12-29', '2024-01-08'],
  ])('«%s» is %s – %s', (phrase, start, end) => {
    expect(data(phrase)).toMatchObject({ kind: 'range', start, end });
  });

  it("without a length that gives the day back, begins on the month's first and says the day is missing, at the month", () => {
    const phrase = 'с 10.2023 по 06.11.2023';
    const reading = read(phrase);
    expect(reading.schedule).toMatchObject({ start: '2023-10-01', end: '2023-11-06' });
    expect(reading.problems).toEqual([expect.objectContaining({ code: 'phrase-day-missing', severity: 'warning' })]);
    expect(phrase.slice(reading.problems[0]!.start, reading.problems[0]!.end)).toBe('10.2023');
  });

  it('a stated length that puts the start outside the month written gives nothing back (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 60 }), (day, length) => {
        const reading = read(`с 10.2023 по ${String(day).padStart(2, '0')}.11.2023 (${length} дней)`).schedule as Span;
        const start = dayNumber(iso('2023-11-01')) + day - 1 - (length - 1);
        const fits = start >= dayNumber(iso('2023-10-01')) && start <= dayNumber(iso('2023-10-31'));
        expect(reading.start).toBe(fits ? isoDate(2023, 10, start - dayNumber(iso('2023-10-01')) + 1) : '2023-10-01');
      }),
    );
  });

  it('times of day stay times: «16.30», «10.20» are no month', () => {
    expect(read('16.30').schedule).toBeUndefined();
    expect(read('10.20').schedule).toBeUndefined();
  });
});

describe('a moved day off', () => {
  it.each([
    ['с субботы 27 апреля на понедельник 29 апреля', 2023, ['2024-04-27', '2024-04-29']],
    // the weekdays fit the next year only: a production calendar decided in advance
    ['с субботы 28 декабря на понедельник 30 декабря', 2023, ['2024-12-28', '2024-12-30']],
    ['с субботы 5 марта на вторник 8 марта', 2021, ['2022-03-05', '2022-03-08']],
    ['перенос с 3 января на 10 мая', 2023, ['2024-01-03', '2024-05-10']],
    ['10 мая, перенос с 6 января', 2023, ['2024-01-06', '2024-05-10']],
  ])('«%s» is its two days, not the days between', (phrase, first, dates) => {
    const reading = readTiming(phrase, { period: year(first) });
    expect(reading.schedule).toEqual({ kind: 'dates', spans: dates.map((date) => ({ start: date, end: date })) });
    expect(reading.notes.map((note) => note.code)).toContain('phrase-moved-day');
    expect(reading.ignored).toEqual([]);
  });

  it('«с 1 по 5 мая» is still a range', () => {
    expect(data('с 1 по 5 мая')).toMatchObject({ kind: 'range', start: '2024-05-01', end: '2024-05-05' });
  });

  it('a weekday that fits no nearby year is warned at', () => {
    const reading = read('с понедельника 2 ноября на вторник 3 ноября');
    expect(reading.problems.length).toBeGreaterThan(0);
    expect(reading.problems.every((problem) => problem.code === 'phrase-weekday-mismatch')).toBe(true);
  });

  it('any two days «с <weekday> D M на <weekday> D M» whose weekdays are true read as those two days (property)', () => {
    const weekdayGen = ['понедельника', 'вторника', 'среды', 'четверга', 'пятницы', 'субботы', 'воскресенья'];
    const weekdayAcc = ['понедельник', 'вторник', 'среду', 'четверг', 'пятницу', 'субботу', 'воскресенье'];
    const day = fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) });
    fc.assert(
      fc.property(day, day, ({ month: m1, day: d1 }, { month: m2, day: d2 }) => {
        const y1 = m1 >= 9 ? 2023 : 2024;
        const y2 = m2 >= 9 ? 2023 : 2024;
        const [a, b] = [isoDate(y1, m1, d1), isoDate(y2, m2, d2)];
        fc.pre(a !== b);
        const phrase = `с ${weekdayGen[weekdayOf(a) - 1]} ${d1} ${genitive[m1 - 1]} на ${weekdayAcc[weekdayOf(b) - 1]} ${d2} ${genitive[m2 - 1]}`;
        const reading = read(phrase);
        expect(reading.problems, phrase).toEqual([]);
        expect((reading.schedule as Schedule & { kind: 'dates' }).spans.map((span) => span.start).sort(), phrase).toEqual([a, b].sort());
      }),
    );
  });
});

describe('a range whose written years make it end before it starts', () => {
  it.each([
    ['с 01.01.2024 по 08.01.2023', '2024-01-01', '2024-01-08', '08.01.2023'],
    ['с 28.12.2023 по 08.01.2023', '2023-12-28', '2024-01-08', '08.01.2023'],
    ['с 01.01.2025 по 08.01.2024', '2024-01-01', '2024-01-08', '01.01.2025'],
  ])('«%s» is read with the evident correction (%s – %s), warned at %s', (phrase, start, end, typo) => {
    const reading = read(phrase);
    expect(reading.schedule).toMatchObject({ kind: 'range', start, end });
    expect(reading.problems).toEqual([expect.objectContaining({ code: 'phrase-range-year-typo', severity: 'warning' })]);
    expect(phrase.slice(reading.problems[0]!.start, reading.problems[0]!.end)).toBe(typo);
  });

  it.each(['с 15.05.2024 по 10.05.2024', '01.03.2024 - 15.02.2024'])(
    '«%s», days in the wrong order within one year, is still refused: no year to correct',
    (phrase) => {
      const reading = read(phrase);
      expect(reading.schedule).toBeUndefined();
      expect(reading.problems.map((problem) => problem.code)).toEqual(['phrase-range-reversed']);
    },
  );

  it('any day range inside the plan with one year off by one reads as the range, corrected (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 40 }), fc.boolean(), (offset, length, startWrong) => {
        const start = '2023-09-01';
        const a = new Date(Date.UTC(2023, 8, 1 + offset)).toISOString().slice(0, 10);
        const b = new Date(Date.UTC(2023, 8, 1 + offset + length)).toISOString().slice(0, 10);
        // 29 February written in a year without one is no day at all: refused, not corrected
        fc.pre(start <= a && b <= '2024-08-31' && !a.endsWith('02-29') && !b.endsWith('02-29'));
        const written = (date: string, shift: number) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${Number(date.slice(0, 4)) + shift}`;
        const phrase = startWrong ? `с ${written(a, 1)} по ${written(b, 0)}` : `с ${written(a, 0)} по ${written(b, -1)}`;
        fc.pre(Number(written(a, startWrong ? 1 : 0).slice(6)) !== Number(written(b, startWrong ? 0 : -1).slice(6)));
        const reading = read(phrase);
        expect(reading.schedule, phrase).toMatchObject({ start: a, end: b });
        expect(
          reading.problems.map((problem) => problem.code),
          phrase,
        ).toContain('phrase-range-year-typo');
      }),
    );
  });
});

describe('periods named by their start or end', () => {
  it.each([
    ['по итогам I полугодия', ['2023-12-29'], 'phrase-unit-end'],
    ['по окончании первого полугодия', ['2023-12-29'], 'phrase-unit-end'],
    ['в конце I полугодия', ['2023-12-29'], 'phrase-unit-end'],
    ['по завершении II четверти', ['2023-12-29'], 'phrase-unit-end'],
    ['в начале II четверти', ['2023-11-07'], 'phrase-unit-start'],
    ['по итогам 3 четверти', ['2024-03-22'], 'phrase-unit-end'],
    ['начало учебного года', ['2023-09-01'], 'phrase-year-start'],
    ['в конце учебного года', ['2024-05-24'], 'phrase-year-end'],
  ])('«%s» is the day of lessons %s', (phrase, dates, note) => {
    expect(data(phrase)).toMatchObject({ kind: 'date', dates });
    expect(read(phrase).notes.map((n) => n.code)).toContain(note);
  });

  it.each([
    ['по итогам четверти', 'quarter-term', 4],
    ['по итогам каждой четверти', 'quarter-term', 4],
    ['в конце полугодия', 'half-year', 2],
  ])('«%s» is once in each %s, on a day not said', (phrase, per, periods) => {
    expect(data(phrase)).toMatchObject({ kind: 'quota', count: 1, per, dates: [] });
    expect(data(phrase)!.periods).toHaveLength(periods);
  });

  it('«в каникулярное время» is the holidays', () => {
    expect(data('в каникулярное время')).toMatchObject({ kind: 'dates' });
    expect(data('в каникулярное время')!.dates).toEqual(data('в каникулы')!.dates);
  });

  it.each(['летом', 'в летний период', 'летний период', 'в течение летнего периода', 'в период летних каникул'])(
    '«%s» is the summer holidays, not the whole year',
    (phrase) => {
      expect(data(phrase)).toMatchObject({ kind: 'period', start: data('в летние каникулы')!.start, end: '2024-08-31' });
      expect(data(phrase)!.start).not.toBe('2023-09-01');
      expect(data(phrase)!.ignored).toBeUndefined();
    },
  );

  it.each(['в осенний период', 'летний лагерь', 'в весенний период'])('«%s», a season or a summer thing that is not a period, is refused', (phrase) => {
    expect(read(phrase).schedule).toBeUndefined();
  });

  it.each(['по итогам конкурса', 'по окончании', 'после окончания четверти'])('«%s», the end of something undated, is refused', (phrase) => {
    expect(read(phrase).schedule).toBeUndefined();
  });

  it('the start, middle and end of any month are its three decades, which make the month (property)', () => {
    const edges = [
      ['начало', 'в начале'],
      ['середина', 'в середине'],
      ['конец', 'в конце'],
    ];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2000, max: 2040 }), fc.boolean(), (month, y, withIn) => {
        const spans = edges.map(
          ([plain, inForm]) =>
            data(`${withIn ? inForm : plain} ${genitive[month - 1]} ${y} года`, month >= 9 ? y : y - 1) as { kind: string; start: string; end: string },
        );
        expect(spans.every((span) => span.kind === 'range')).toBe(true);
        expect(spans[0]!.start).toBe(isoDate(y, month, 1));
        expect(spans[0]!.end).toBe(isoDate(y, month, 10));
        expect(spans[1]!.start).toBe(isoDate(y, month, 11));
        expect(spans[1]!.end).toBe(isoDate(y, month, 20));
        expect(spans[2]!.start).toBe(isoDate(y, month, 21));
        expect(spans[2]!.end).toBe(addDays(isoDate(month === 12 ? y + 1 : y, month === 12 ? 1 : month + 1, 1), -1));
      }),
    );
  });
});

describe('compound cells', () => {
  it.each(['сентябрь, в течение года', 'в течение учебного года, октябрь', 'сентябрь, октябрь, в течении года'])(
    '«%s», a start beside the whole year, is the whole year',
    (phrase) => {
      expect(data(phrase)).toMatchObject({ kind: 'period', start: '2023-09-01', end: '2024-08-31' });
      expect(data(phrase)!.ignored).toBeUndefined();
    },
  );

  it('«в течение года, до 15 мая» is still a deadline', () => {
    expect(data('в течение года, до 15 мая')).toMatchObject({ kind: 'deadline', dates: ['2024-05-15'] });
  });
});

describe('the length of a school week with its days', () => {
  it.each([
    ['5 дней (понедельник – пятница)', 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20240831'],
    ['6 дней (пн – сб)', 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA;UNTIL=20240831'],
  ])('«%s» is every week on those days', (phrase, rrule) => {
    expect(data(phrase)).toMatchObject({ kind: 'recurring', rrule });
  });

  it('a length that does not count the days named is refused', () => {
    expect(read('5 дней (понедельник – суббота)').schedule).toBeUndefined();
  });
});

describe('phrases with no dates', () => {
  const planWith = (timing: string) =>
    [
      'kind: plan',
      'title: План',
      'academicYear: 2024-2025',
      'sections:',
      '  - title: Раздел',
      '    items:',
      '      - activity: Семинар',
      `        timing: ${timing}`,
      '        responsible: [Центр]',
      '',
    ].join('\n');

  it.each(['по плану ОО', 'по графику РЦ', 'по запросу школ района'])('«%s» is a normal answer: unscheduled, and validate says nothing of it', (phrase) => {
    expect(data(phrase)).toMatchObject({ kind: 'unscheduled', dates: [] });
    expect(data(phrase)!.ignored).toBeUndefined();
    expect(validateText('p.yaml', planWith(phrase)).diagnostics).toEqual([]);
  });
});

describe('a start with a length', () => {
  it.each([
    ['с 1 сентября на 2 недели', '2023-09-01', '2023-09-14'],
    ['с 10.03.2024 (5 дней)', '2024-03-10', '2024-03-14'],
    ['с 27 мая на 10 календарных дней', '2024-05-27', '2024-06-05'],
  ])('«%s» is %s – %s', (phrase, start, end) => {
    expect(data(phrase)).toMatchObject({ kind: 'range', start, end });
  });

  it('«с 01.09 (42 учебных дня)» counts school days, which the reader does not: the start stays open', () => {
    expect(data('с 01.09.2023 (42 учебных дня)')).toMatchObject({ kind: 'range', start: '2023-09-01', end: null });
  });
});

describe('«до конца …»: a deadline on the last day of what ends', () => {
  it('the last day of any month named, in the academic year (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 2015, max: 2035 }), (index, first) => {
        const month = index + 1;
        const calendarYear = month >= 9 ? first : first + 1;
        const last = addDays(isoDate(month === 12 ? calendarYear + 1 : calendarYear, month === 12 ? 1 : month + 1, 1), -1);
        expect(data(`до конца ${genitive[index]}`, first)).toMatchObject({ kind: 'deadline', dates: [last] });
      }),
    );
  });

  it('a term named ends on its last day of lessons, the academic year on the last of the year', () => {
    expect(data('до конца I четверти')).toMatchObject({ kind: 'deadline', dates: [data('I четверть')!.end] });
    expect(data('до конца учебного года')).toMatchObject({ kind: 'deadline', dates: data('в конце учебного года')!.dates });
  });

  it.each(['до конца четверти', 'до конца года', 'до начала октября'])('«%s», with no one day, is refused', (phrase) => {
    expect(read(phrase).schedule).toBeUndefined();
  });
});

describe('«кроме каникул» after a period', () => {
  it.each(['в течение учебного года, кроме каникул', 'весь год, кроме каникул', 'сентябрь – май, кроме каникул'])(
    '«%s» is every day of lessons’ terms, the holidays left out',
    (phrase) => {
      const holidays = new Set(data('в каникулы')!.dates);
      const days = data(phrase)!.dates;
      expect(data(phrase)).toMatchObject({ kind: 'dates' });
      expect(data(phrase)!.ignored).toBeUndefined();
      expect(days[0]).toBe('2023-09-01');
      expect(days.some((day) => holidays.has(day))).toBe(false);
      // every day between the first and the last that is not a holiday
      const between = data('в течение учебного года')!.dates.filter((day) => day <= days.at(-1)! && !holidays.has(day));
      expect(days).toEqual(between);
    },
  );

  it('a range beginning or ending inside the holidays starts after them or ends before them', () => {
    const autumn = data('осенние каникулы')!;
    const after = addDays(autumn.end!, 1);
    const before = addDays(autumn.start!, -1);
    expect(data(`с ${Number(autumn.start!.slice(8))} октября по 30 ноября, кроме каникул`)!.dates[0]).toBe(after);
    expect(data('с 1 по 30 октября, кроме каникул')!.dates).toEqual(data('с 1 по 30 октября')!.dates.filter((day) => day <= before));
  });

  it('a range with an end on, or a day beside, the first or last day of the holidays keeps exactly its days outside them', () => {
    const autumn = data('осенние каникулы')!;
    const off = new Set(data('в каникулы')!.dates);
    const dotted = (day: string) => `${day.slice(8)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;
    const edges = [autumn.start!, autumn.end!].flatMap((day) => [addDays(day, -1), day, addDays(day, 1)]);
    for (const start of edges) {
      for (const end of [...edges, '2023-11-30']) {
        if (end < start) continue;
        const phrase = `с ${dotted(start)} по ${dotted(end)}, кроме каникул`;
        const all = data(`с ${dotted(start)} по ${dotted(end)}`)!.dates;
        const kept = all.filter((day) => !off.has(day));
        const reading = data(phrase);
        // a range wholly inside the holidays leaves nothing: refused rather than an empty list
        if (kept.length === 0) expect(reading, phrase).toBeUndefined();
        else expect(reading!.dates, phrase).toEqual(kept);
      }
    }
  });

  it.each(['в течение года, кроме зимних и осенних каникул', 'в течение года, кроме зимних каникул и осенних каникул'])(
    '«%s»: two seasons before «каникул» are the holidays of both',
    (phrase) => {
      const off = new Set([...data('зимние каникулы')!.dates, ...data('осенние каникулы')!.dates]);
      expect(data(phrase)!.dates).toEqual(data('в течение года')!.dates.filter((day) => !off.has(day)));
    },
  );

  it('«в зимние и весенние каникулы», «в зимние, весенние каникулы» are both holidays, after «кроме» too', () => {
    const both = [...data('зимние каникулы')!.dates, ...data('весенние каникулы')!.dates];
    expect(data('в зимние и весенние каникулы')!.dates).toEqual(both);
    expect(data('в зимние, весенние каникулы')!.dates).toEqual(both);
    const left = new Set([...data('зимние каникулы')!.dates, ...data('осенние каникулы')!.dates]);
    const year = data('в течение года')!.dates.filter((day) => !left.has(day));
    expect(data('в течение года, кроме зимних, осенних каникул')!.dates).toEqual(year);
  });

  it('only the holidays named are left out', () => {
    const autumn = new Set(data('осенние каникулы')!.dates);
    const days = data('октябрь – ноябрь, кроме осенних каникул')!.dates;
    expect(days.some((day) => autumn.has(day))).toBe(false);
    expect(days).toHaveLength(61 - autumn.size);
  });
});

describe('weekdays with a count or a unit of their own', () => {
  it.each(['2 раза в месяц по средам', 'по субботам, 1 раз в месяц', 'ежемесячно, по пятницам', '1 раз в неделю по вторникам и четвергам'])(
    '«%s»: which of the weekdays is not said; refused, not read as every one of them',
    (phrase) => {
      expect(read(phrase).schedule).toBeUndefined();
    },
  );

  it.each([
    ['1 раз в неделю, по средам', [3]],
    ['2 раза в неделю: вторник, пятница', [2, 5]],
    ['еженедельно, по понедельникам', [1]],
    ['по будням', [1, 2, 3, 4, 5]],
    ['в будние дни', [1, 2, 3, 4, 5]],
    ['ежедневно по будням', [1, 2, 3, 4, 5]],
    ['по рабочим дням, кроме пятницы', [1, 2, 3, 4]],
  ])('«%s»: every week on %j', (phrase, weekdays) => {
    const reading = read(phrase);
    expect(reading.schedule).toMatchObject({ kind: 'recurring', rule: { frequency: 'weekly', weekdays } });
    expect(reading.ignored).toEqual([]);
  });

  it('«в течение 5 рабочих дней» is a length, not Monday to Friday', () => {
    expect(read('в течение 5 рабочих дней').schedule?.kind).not.toBe('recurring');
  });
});

it('«до 5 числа месяца, следующего за отчётным периодом»: every word read, «периодом» too', () => {
  const reading = read('ежемесячно, до 5 числа месяца, следующего за отчётным периодом');
  expect(reading.schedule).toMatchObject({ kind: 'recurring', rule: { frequency: 'monthly', monthDay: 5 } });
  expect(reading.ignored).toEqual([]);
});

it('«в течение 2 недель сентября» counts two weeks, in September; «2 неделя сентября» is the second', () => {
  expect(read('в течение 2 недель сентября').schedule).toEqual({ kind: 'range', start: '2023-09-01', end: '2023-09-30' });
  expect(read('2 неделя сентября').schedule).toEqual(read('вторая неделя сентября').schedule);
  expect(read('2 неделя сентября').schedule).not.toEqual(read('сентябрь').schedule);
});

describe('one of two', () => {
  it.each([
    ['15 или 16 мая', '15 или 16'],
    ['в октябре или ноябре', 'октябре или ноябре'],
    ['по вторникам или четвергам', 'вторникам или четвергам'],
    ['I или II четверть', 'I или II'],
  ])('«%s» does not say which: refused, the two named', (phrase, value) => {
    const reading = read(phrase);
    expect(reading.schedule).toBeUndefined();
    expect(reading.notes).toEqual([{ code: 'phrase-either', params: { value } }]);
  });

  it('«1 раз в неделю (вторник или четверг)» is refused, not read as both days', () => {
    expect(read('1 раз в неделю (вторник или четверг)').schedule).toBeUndefined();
  });

  it('«или» between words that date nothing changes nothing: «ориентировочно или по графику» has no dates, as «по графику»', () => {
    expect(read('ориентировочно или по графику').schedule).toEqual(read('по графику').schedule);
  });
});

describe('a deadline before the holidays', () => {
  it('«до осенних каникул» is the last day before them; «до каникул» does not say which, and is refused', () => {
    const autumn = read('осенние каникулы').schedule as { start: string };
    expect(read('до осенних каникул').schedule).toEqual({ kind: 'deadline', due: addDays(iso(autumn.start), -1) });
    expect(read('до каникул').schedule).toBeUndefined();
  });
});

describe('terms of the school year listed before their noun', () => {
  const days = (phrase: string) => data(phrase)?.dates ?? [];
  it.each([
    ['II, IV четверть', ['II четверть', 'IV четверть']],
    ['I и III четверти', ['I четверть', 'III четверть']],
    ['в I, III четвертях', ['I четверть', 'III четверть']],
    ['I, II полугодие', ['I полугодие', 'II полугодие']],
    ['1, 2 и 4 четверть', ['1 четверть', '2 четверть', '4 четверть']],
  ])('«%s» is each of them, not the last alone', (phrase, each) => {
    expect(days(phrase)).toEqual(each.flatMap(days));
    expect(read(phrase).ignored).toEqual([]);
  });

  it('a list that does not end in a term is no list of terms: «I, II» alone is refused', () => {
    expect(read('I, II').schedule).toBeUndefined();
  });
});

describe('a rule whose days are said in words it does not read', () => {
  it.each(['по вторникам (1 и 3 неделя месяца)', 'два раза в месяц (2-я и 4-я среда)'])('«%s» is refused, not read as every week', (phrase) => {
    const reading = read(phrase);
    expect(reading.schedule).toBeUndefined();
    expect(reading.notes.map((note) => note.code)).toContain('phrase-unplaced');
  });

  it.each([
    ['в последнюю неделю I четверти', 'последнюю неделю'],
    ['первый день осенних каникул', 'первый день'],
    ['II четверть (последняя неделя)', 'последняя неделя'],
    ['первые две недели сентября', 'первые две недели'],
    // «3 неделя» is the third week: a count of three weeks would say «3 недели»
    ['апрель, 3 неделя', '3 неделя'],
    ['ноябрь, 1-2 неделя', '1-2 неделя'],
    // how long, from the month it names, is not read: September alone would be too few days
    ['сентябрь (в течение 3 месяцев)', '3 месяцев'],
  ])('«%s»: a term or a month less an ordinal or a count left out is not its days; refused, the words named', (phrase, words) => {
    const reading = read(phrase);
    expect(reading.schedule).toBeUndefined();
    expect(reading.notes).toContainEqual({ code: 'phrase-unplaced', params: { value: words } });
  });

  it.each([
    ['с 1 по 21 сентября (21 день)', 21],
    ['с 1 по 14 сентября (2 недели)', 14],
  ])('«%s»: a count that agrees with its unit is a length, said again beside the dates', (phrase, days) => {
    const reading = read(phrase);
    expect(reading.schedule).toMatchObject({ kind: 'range', start: '2023-09-01' });
    expect(reading.ignored).toEqual([]);
    const { end } = reading.schedule as { end: string };
    expect(dayNumber(iso(end)) - dayNumber(iso('2023-09-01')) + 1).toBe(days);
  });

  it('beside a day written, an ordinal left out counts it and the dates stand', () => {
    expect(read('первый день каникул – с 22 марта по 28 марта 2024 года').schedule).toEqual({ kind: 'range', start: '2024-03-22', end: '2024-03-28' });
  });

  it.each([
    ['ноябрь (по отдельному графику)', 'range'],
    ['25.10.2025 - 02.11.2025 (9 календарных дней)', 'range'],
    ['по средам (актовый зал)', 'recurring'],
  ])('«%s»: words that do not say which days are left out and named', (phrase, kind) => {
    expect(read(phrase, 2025).schedule?.kind).toBe(kind);
  });
});
