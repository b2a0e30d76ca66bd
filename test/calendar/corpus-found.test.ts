// Real phrases found in more public plans (test/fixtures/corpus/phrases-found.jsonl: a kindergarten's
// events, two Belarusian school calendars, a school's calendar plan of upbringing, a library's plan;
// each line with its source address), judged as ../shared/tools/score-phrases judges the corpora.
// Two families they brought are rules of the grammar, with properties: weeks listed before one week
// word («3, 4 неделя октября») and a length said before its dates («9 дней (с … по … включительно)»).
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isoDate } from '../../src/calendar/days.js';
import { readingData } from '../../src/calendar/reader/reading-json.js';
import { russianCalendar } from '../../src/calendar/working-days.js';
import { repoRoot } from '../helpers/cli.js';
import { readCorpus, scoreCorpus } from '../helpers/phrase-corpus.js';
import { iso } from '../helpers/iso.js';

const file = path.join(repoRoot, 'test', 'fixtures', 'corpus', 'phrases-found.jsonl');
const calendar = russianCalendar();
const data = (phrase: string, first: number) =>
  readingData(phrase, { period: { start: iso(`${first}-09-01`), end: iso(`${first + 1}-08-31`) } }, calendar).data;
const genitive = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

describe('the phrases found in more public plans', () => {
  const cases = readCorpus(file);

  it('each names its document and the address it was read from', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    for (const one of cases) {
      expect(one.id).toMatch(/^F\d{2}-\d{2}$/);
      expect(one.source).toMatch(/^https?:\/\//);
      expect(one.year ?? one.assumed_year).toMatch(/^\d{4}-\d{4}$/);
    }
  });

  it('are read right, or refused — never a wrong date', () => {
    const score = scoreCorpus(cases, (phrase, year) => data(phrase, Number(year.slice(0, 4))));
    expect(score.wrong.map(({ phrase }) => phrase)).toEqual([]);
    expect(score.right / score.scored).toBeGreaterThanOrEqual(0.97);
  });
});

describe('weeks listed before one week word', () => {
  it('«3, 4 неделя октября» is both calendar weeks, and each is the week read alone (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2023, max: 2030 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom(', ', ',', ' и '),
        (first, month, nth, separator) => {
          const phrase = `${nth}${separator}${nth + 1} неделя ${genitive[month - 1]}`;
          const alone = [nth, nth + 1].flatMap((week) => data(`${week} неделя ${genitive[month - 1]}`, first)!.dates);
          const both = data(phrase, first)!;
          expect(both.dates).toEqual(alone);
          expect(both.ignored).toBeUndefined();
        },
      ),
    );
  });

  it('refuses a list of weeks with no month rather than read one of them', () => {
    expect(data('3, 4 неделя', 2024)).toBeUndefined();
  });
});

describe('a length said before its dates', () => {
  it('«N дней (с … по … включительно)» is the range in brackets, the length a remark (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 60 }), fc.boolean(), (offset, length, inclusive) => {
        const start = addDays(iso('2022-09-01'), offset);
        const end = addDays(start, length - 1);
        const written = (date: string) => `${Number(date.slice(8))} ${genitive[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)} г.`;
        const phrase = `${length} дней (с ${written(start)} по ${written(end)}${inclusive ? ' включительно' : ''})`;
        const reading = data(phrase, 2022)!;
        expect(reading).toMatchObject({ kind: 'range', start, end });
        expect(reading.dates).toEqual(daysBetween(start, end));
        expect(reading.ignored).toBeUndefined();
      }),
      { numRuns: 60 },
    );
  });

  it('leaves the school week of «5 дней (понедельник – пятница)» as it was', () => {
    expect(data('5 дней (понедельник – пятница)', 2024)).toMatchObject({ kind: 'recurring', rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20250831' });
    expect(isoDate(2024, 9, 2)).toBe(data('5 дней (понедельник – пятница)', 2024)!.dates[0]);
  });
});
