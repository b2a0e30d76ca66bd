// What a reading says besides its dates: the words it left out, grouped into runs as written (a comma
// or a bracket ends a run), and its notes with their values — the day a term starts on, the year whose
// calendar was used — not only their codes.
import { describe, expect, it } from 'vitest';
import { readTiming } from '../../src/calendar/reader/reading.js';
import { iso } from '../helpers/iso.js';

const read = (phrase: string, first = 2024) => readTiming(phrase, { period: { start: iso(`${first}-09-01`), end: iso(`${first + 1}-08-31`) } });

describe('the words a reading leaves out', () => {
  it.each([
    [
      'в течение года актовый зал, школа № 3',
      [
        { text: 'актовый зал', start: 15, end: 26 },
        { text: 'школа № 3', start: 28, end: 37 },
      ],
    ],
    ['сентябрь (актовый зал) и октябрь', [{ text: 'актовый зал', start: 10, end: 21 }]],
    [
      'октябрь: линейка, концерт (школа)',
      [
        { text: 'линейка', start: 9, end: 16 },
        { text: 'концерт', start: 18, end: 25 },
        { text: 'школа', start: 27, end: 32 },
      ],
    ],
    [
      '15 сентября ДК "Строитель", кабинет 5',
      [
        { text: 'ДК "Строитель', start: 12, end: 25 },
        { text: 'кабинет 5', start: 28, end: 37 },
      ],
    ],
    ['в течение года', []],
  ])('«%s»: %j', (phrase, ignored) => {
    expect(read(phrase).ignored).toEqual(ignored);
  });

  it('names no words of a phrase it refuses', () => {
    expect(read('за день до начала каникул').schedule).toBeUndefined();
    expect(read('за день до начала каникул').ignored).toEqual([]);
  });
});

describe('the notes of a reading, with their values', () => {
  it.each([
    ['начало учебного года', 2024, [{ code: 'phrase-year-start', params: { date: '2024-09-02' } }]],
    ['конец учебного года', 2024, [{ code: 'phrase-year-end', params: { date: '2025-05-26' } }]],
    [
      'в начале II четверти',
      2024,
      [
        { code: 'phrase-federal-school-year', params: { year: '2024–2025' } },
        { code: 'phrase-unit-start', params: { date: '2024-11-05' } },
      ],
    ],
    [
      'по итогам I полугодия',
      2024,
      [
        { code: 'phrase-federal-school-year', params: { year: '2024–2025' } },
        { code: 'phrase-unit-end', params: { date: '2024-12-29' } },
      ],
    ],
    ['конец августа', 2024, [{ code: 'phrase-month-part', params: { nth: 3 } }]],
    ['по итогам четверти', 2024, [{ code: 'phrase-each-unit-end' }, { code: 'phrase-federal-school-year', params: { year: '2024–2025' } }]],
    ['в начале каждой четверти', 2024, [{ code: 'phrase-each-unit-start' }, { code: 'phrase-federal-school-year', params: { year: '2024–2025' } }]],
    ['7 марта (пн.), перенос с 3 января (вс)', 2024, [{ code: 'phrase-moved-day', params: { from: '2025-01-03', to: '2025-03-07' } }]],
    ['II четверть', 2020, [{ code: 'phrase-terms-by-months', params: { year: '2020–2021' } }]],
    ['Выходные дни: суббота, воскресенье', 2024, [{ code: 'phrase-days-off' }]],
    ['сентябрь, в течение года', 2024, [{ code: 'phrase-parts-in-year' }]],
    ['с 10.2023 по 06.11.2023 (9 дней)', 2023, [{ code: 'phrase-day-from-length', params: { date: '2023-10-29', days: 9 } }]],
    ['С 14.06.2025', 2024, [{ code: 'phrase-open-summer', params: { end: '2025-08-31' } }]],
    ['третья неделя ноября', 2024, [{ code: 'phrase-calendar-week' }]],
  ])('«%s» (%i): %j', (phrase, first, notes) => {
    expect(read(phrase, first).notes).toEqual(notes);
  });

  it('gives each note once, however many parts of the phrase raise it', () => {
    expect(read('в начале II четверти и в начале III четверти').notes.filter((note) => note.code === 'phrase-federal-school-year')).toHaveLength(1);
  });
});
