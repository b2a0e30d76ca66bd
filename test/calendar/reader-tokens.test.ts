// The reader's first steps on their own: the tokens a phrase is cut into (dates, times of day,
// signs, words joined across a hyphen), why a phrase gives no dates, and the academic year a
// phrase writes itself (`centre when` uses it when no --year is given).
import { describe, expect, it } from 'vitest';
import { readTiming, refusalOf, writtenAcademicYear } from '../../src/calendar/reader/reading.js';
import { tokenize } from '../../src/calendar/reader/tokens.js';
import { iso } from '../helpers/iso.js';

const period = { start: iso('2025-09-01'), end: iso('2026-08-31') };
const kinds = (phrase: string) => tokenize(phrase).map((token) => token.type);
const only = (phrase: string) => {
  const tokens = tokenize(phrase);
  expect(tokens).toHaveLength(1);
  return tokens[0]!;
};

describe('tokens', () => {
  it('reads the dates YAML and foreign forms write, with the whole year', () => {
    expect(only('2023-09-12')).toMatchObject({ type: 'date', day: 12, month: 9, year: 2023, shortYear: false, start: 0, end: 10 });
    expect(only('12/09/2023')).toMatchObject({ type: 'date', day: 12, month: 9, year: 2023, shortYear: false });
    expect(only('27.09.23')).toMatchObject({ type: 'date', day: 27, month: 9, year: 2023, shortYear: true });
    expect(only('27.09.2023')).toMatchObject({ type: 'date', day: 27, month: 9, year: 2023, shortYear: false });
    expect(only('27.09')).toEqual(expect.not.objectContaining({ year: expect.anything() }));
  });

  it('tells a time of day from a date by the month it would need', () => {
    expect(only('16:30')).toMatchObject({ type: 'time', hour: 16, minute: 30 });
    expect(only('16.30')).toMatchObject({ type: 'time', hour: 16, minute: 30 });
    expect(only('10.00')).toMatchObject({ type: 'time', hour: 10, minute: 0 });
    expect(only('23.59')).toMatchObject({ type: 'time', hour: 23, minute: 59 });
    // no hour 24 and no minute 60: a date that names no month, for the reader to refuse
    expect(only('24.30')).toMatchObject({ type: 'date', day: 24, month: 30 });
    expect(only('23.60')).toMatchObject({ type: 'date', day: 23, month: 60 });
    expect(only('12.09')).toMatchObject({ type: 'date', day: 12, month: 9 });
    expect(only('12.09.2025')).toMatchObject({ type: 'date' });
  });

  it('keeps the signs the rules read, and drops spaces, stops and quotes', () => {
    expect(kinds('10:00 + 2 / 3: (а), б; «в» – г.')).toEqual([
      'time',
      'plus',
      'number',
      'slash',
      'number',
      'colon',
      'open',
      'word',
      'close',
      'comma',
      'word',
      'comma',
      'word',
      'dash',
      'word',
    ]);
    expect(tokenize('итоги: март')[1]).toMatchObject({ type: 'colon', text: ':' });
    expect(tokenize('1+1')[1]).toMatchObject({ type: 'plus', text: '+' });
  });

  it('joins a word abbreviated with a hyphen when the lexicon knows it so, and only when written together', () => {
    const joined = tokenize('В теч-е года');
    expect(joined.map((token) => token.text)).toEqual(['В', 'теч-е', 'года']);
    expect(joined[1]).toMatchObject({ type: 'word', start: 2, end: 7 });
    expect(tokenize('В теч - е года').map((token) => token.text)).toEqual(['В', 'теч', '-', 'е', 'года']);
    expect(tokenize('В теч -е года').map((token) => token.text)).toEqual(['В', 'теч', '-', 'е', 'года']);
    // a hyphenated pair the lexicon does not know stays three tokens
    expect(tokenize('научно-методический').map((token) => token.type)).toEqual(['word', 'dash', 'word']);
    // the first three tokens of a phrase are joined too
    expect(tokenize('теч-е года')[0]).toMatchObject({ text: 'теч-е', type: 'word' });
  });

  it('ends on the last character and on an empty phrase', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('май')).toHaveLength(1);
    expect(tokenize('май ')).toHaveLength(1);
    expect(tokenize('5')).toMatchObject([{ type: 'number', value: 5, digits: 1 }]);
  });
});

describe('the words a reading leaves unread', () => {
  it('reports them in runs that a comma or a bracket ends, with their places', () => {
    expect(readTiming('сентябрь ДК Строитель, школа 5 (зал)', { period }).ignored).toEqual([
      { start: 9, end: 21, text: 'ДК Строитель' },
      { start: 23, end: 30, text: 'школа 5' },
      { start: 32, end: 35, text: 'зал' },
    ]);
    expect(readTiming('в течение года: отчёт ОО [сайт] итоги', { period }).ignored.map((run) => run.text)).toEqual(['отчёт ОО', 'сайт', 'итоги']);
    expect(readTiming('сентябрь', { period }).ignored).toEqual([]);
  });
});

describe('why a phrase gives no dates', () => {
  it('names the refusal only when there is no schedule', () => {
    expect(refusalOf(readTiming('выходные дни', { period }))?.code).toBe('phrase-days-off');
    // «as needed» is a schedule of its own (unscheduled), not a refusal
    expect(refusalOf(readTiming('по мере необходимости', { period }))).toBeUndefined();
    expect(refusalOf(readTiming('сентябрь', { period }))).toBeUndefined();
    expect(refusalOf({ schedule: undefined, ignored: [], problems: [], notes: [{ code: 'phrase-vague', params: {} } as never] })?.code).toBe('phrase-vague');
    expect(refusalOf({ schedule: undefined, ignored: [], problems: [], notes: [] })).toBeUndefined();
  });
});

describe('the academic year a phrase writes', () => {
  it.each([
    ['до 30 мая 2026 г.', 2025],
    ['1 сентября 2026 г.', 2026],
    ['31 августа 2026 г.', 2025],
    ['сентябрь 2025 г.', 2025],
    ['январь 2026 г.', 2025],
    ['еженедельно, до 15 декабря 2025 г.', 2025],
    ['в течение 2025-2026 учебного года', 2025],
    ['конец сентября 2025 г.', 2025],
    ['первая половина октября 2025 г.', 2025],
    ['начало мая 2026 г.', 2025],
  ])('«%s» → %s', (phrase, year) => {
    expect(writtenAcademicYear(phrase)).toBe(year);
  });

  it('is none when no day or month carries its year', () => {
    expect(writtenAcademicYear('до 30 мая')).toBeUndefined();
    // a calendar year is not an academic one
    expect(writtenAcademicYear('2026 год')).toBeUndefined();
    expect(writtenAcademicYear('2026 г.')).toBeUndefined();
    expect(writtenAcademicYear('ежемесячно')).toBeUndefined();
    expect(writtenAcademicYear('')).toBeUndefined();
  });
});
