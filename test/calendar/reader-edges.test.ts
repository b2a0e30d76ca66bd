// A period named by its start or end (edges.ts): the day a term of the school year begins or ends on,
// a month's decades, a quota once in each unit — and refusals where no day is said.
import { describe, expect, it } from 'vitest';
import { readTiming } from '../../src/calendar/reader/reading.js';
import { iso } from '../helpers/iso.js';

const inYear = (phrase: string, start = '2024-09-01', end = '2025-08-31') => readTiming(phrase, { period: { start: iso(start), end: iso(end) } });

describe('what a reading of an edge says, and what it takes', () => {
  it.each([
    ['по окончании первого полугодия', { kind: 'date', date: '2024-12-29' }, 'phrase-unit-end'],
    ['в конце текущего учебного года', { kind: 'date', date: '2025-05-26' }, 'phrase-year-end'],
    ['в начале I полугодия', { kind: 'date', date: '2024-09-02' }, 'phrase-unit-start'],
    ['до конца I четверти', { kind: 'deadline', due: '2024-10-25' }, 'phrase-unit-end'],
  ])('«%s»: %j, saying %s, every word read', (phrase, schedule, note) => {
    const reading = inYear(phrase);
    expect(reading.schedule).toEqual(schedule);
    expect(reading.notes.map((one) => one.code)).toContain(note);
    expect(reading.ignored).toEqual([]);
  });

  it.each([
    ['в конце сентября отчёт', { kind: 'range', start: '2024-09-21', end: '2024-09-30' }, ['отчёт']],
    ['в конце I четверти, отчёт', { kind: 'date', date: '2024-10-25' }, ['отчёт']],
    ['Отчёт о работе: в конце I четверти', { kind: 'date', date: '2024-10-25' }, ['Отчёт о работе']],
    ['начало учебного года школы', { kind: 'date', date: '2024-09-02' }, ['школы']],
    ['семинар до конца сентября', { kind: 'deadline', due: '2024-09-30' }, ['семинар']],
    ['отчёт – в конце I четверти', { kind: 'date', date: '2024-10-25' }, ['отчёт']],
  ])('«%s»: %j; words the lexicon does not know, before or after the edge, are left out and named', (phrase, schedule, ignored) => {
    const reading = inYear(phrase);
    expect(reading.schedule).toEqual(schedule);
    expect(reading.ignored.map((run) => run.text)).toEqual(ignored);
  });

  it('«в начале учебного года, сентябрь»: the comma ends what «начале» began; September, not an open range from it', () => {
    expect(inYear('в начале учебного года, сентябрь').schedule).toEqual({ kind: 'range', start: '2024-09-01', end: '2024-09-30' });
  });

  it('«отчёт в конце 2024 года»: a word before the edge does not make it a day', () => {
    expect(inYear('отчёт в конце 2024 года').notes).toContainEqual({ code: 'phrase-vague-edge', params: { value: 'в конце 2024 года' } });
  });

  it('«до конца сентября» is the month’s last day, without the note of a decade', () => {
    const reading = inYear('до конца сентября');
    expect(reading.schedule).toEqual({ kind: 'deadline', due: '2024-09-30' });
    expect(reading.notes).toEqual([]);
    expect(reading.ignored).toEqual([]);
  });

  it.each([
    ['в начале учебного занятия', []],
    ['в конце V четверти', []],
  ])('«%s» is refused, saying %j', (phrase, notes) => {
    expect(inYear(phrase).schedule).toBeUndefined();
    expect(inYear(phrase).notes.map((note) => note.code)).toEqual(notes);
  });
});

describe('a period by its start or end', () => {
  it.each([
    ['в начале II триместра', { kind: 'date', date: iso('2024-12-01') }],
    ['в конце II триместра', { kind: 'date', date: iso('2025-02-28') }],
    ['по итогам I полугодия', { kind: 'date', date: '2024-12-29' }],
    ['начало сентября 2025 г.', { kind: 'range', start: '2025-09-01', end: '2025-09-10' }],
    ['середина октября', { kind: 'range', start: '2024-10-11', end: '2024-10-20' }],
  ])('«%s»: %j', (phrase, schedule) => {
    expect(inYear(phrase).schedule).toEqual(schedule);
  });

  it('«в середине II четверти»: a term has no middle day; refused, the words named, rather than the whole term read', () => {
    const reading = inYear('в середине II четверти');
    expect(reading.schedule).toBeUndefined();
    expect(reading.notes).toContainEqual({ code: 'phrase-vague-edge', params: { value: 'в середине II четверти' } });
  });

  it.each([
    ['в конце осенних каникул', 'в конце осенних каникул'],
    ['в начале осенних каникул', 'в начале осенних каникул'],
    ['конец каникул', 'конец каникул'],
    ['в конце 2024 года', 'в конце 2024 года'],
    ['в конце первой недели сентября', 'в конце первой недели сентября'],
    ['в начале II квартала', 'в начале II квартала'],
    ['в конце I и II четвертей', 'в конце I и II четвертей'],
    ['в конце каждого месяца', 'в конце каждого месяца'],
    ['В конце  2024 года (отчёт)', 'В конце 2024 года'],
    ['по итогам осенних каникул', 'по итогам осенних каникул'],
    ['по итогам 2024 года', 'по итогам 2024 года'],
    ['в конце I, II четвертей', 'в конце I, II четвертей'],
    // words after the period do not make its edge a day: the period alone is quoted
    ['в конце осенних каникул, отчёт', 'в конце осенних каникул'],
    ['в конце 2024 года - отчёт', 'в конце 2024 года'],
    ['в конце каждого месяца, отчёт', 'в конце каждого месяца'],
    ['в конце месяца отчёт', 'в конце месяца'],
    ['отчёт – в конце 2024 года', 'в конце 2024 года'],
    ['в конце I четверти, неделя отчётов', 'в конце I четверти'],
    ['в конце I четверти 25 октября', 'в конце I четверти 25 октября'],
    // edges joined by «и» are looked at one by one
    ['в конце 2024 года и в начале 2025 года', 'в конце 2024 года'],
    ['в начале II четверти и в конце 2024 года', 'в конце 2024 года'],
    ['в начале и в конце года', 'в конце года'],
  ])('«%s»: the edge of a period with no day or decade of its own is refused, not read as the whole period', (phrase, value) => {
    const reading = inYear(phrase);
    expect(reading.schedule).toBeUndefined();
    expect(reading.notes).toContainEqual({ code: 'phrase-vague-edge', params: { value } });
  });

  it.each([
    ['начинается 1 сентября', { kind: 'range', start: '2024-09-01', end: '2025-08-31', open: true }],
    ['конец августа', { kind: 'range', start: '2025-08-21', end: '2025-08-31' }],
    ['в конце I четверти', { kind: 'date', date: '2024-10-25' }],
    ['в конце 2024-2025 учебного года', { kind: 'date', date: '2025-05-26' }],
    ['в начале 2024/2025 учебного года', { kind: 'date', date: '2024-09-02' }],
  ])('«%s» is still read: %j', (phrase, schedule) => {
    expect(inYear(phrase).schedule).toEqual(schedule);
    expect(inYear(phrase).notes.map((note) => note.code)).not.toContain('phrase-vague-edge');
  });

  it.each(['в конце дня', 'по итогам мониторинга', 'в начале 1 сентября'])('«%s» names no period: not refused as the edge of one', (phrase) => {
    expect(inYear(phrase).notes.map((note) => note.code)).not.toContain('phrase-vague-edge');
  });

  it('edges joined by «и» say what each part says, take every word, the «и» too, and raise no problem', () => {
    const reading = inYear('в начале II четверти и в начале III четверти');
    // one note of a code is kept, the last
    expect(reading.notes.filter((note) => note.code !== 'phrase-federal-school-year')).toEqual([{ code: 'phrase-unit-start', params: { date: '2025-01-09' } }]);
    expect(reading.problems).toEqual([]);
    expect(reading.ignored).toEqual([]);
  });

  it('edges joined by «и» are each read alone, each a day; one that is not a day refuses them all', () => {
    const day = (date: string) => ({ start: date, end: date });
    expect(inYear('в начале II четверти и в начале III четверти').schedule).toEqual({ kind: 'dates', spans: [day('2024-11-05'), day('2025-01-09')] });
    expect(inYear('начало учебного года и конец учебного года').schedule).toEqual({ kind: 'dates', spans: [day('2024-09-02'), day('2025-05-26')] });
    expect(inYear('в начале II четверти и в конце августа').schedule).toBeUndefined();
  });

  it.each(['середина учебного года', 'по итогам каникул', 'в середине четверти'])('«%s» names no day: refused', (phrase) => {
    expect(inYear(phrase).schedule).toBeUndefined();
  });

  it('«начало учебного года» in a plan of a calendar year is the school year the plan’s first day is in', () => {
    expect(inYear('начало учебного года', '2025-01-01', '2025-12-31').schedule).toEqual({ kind: 'date', date: '2024-09-02' });
    expect(inYear('конец учебного года', '2025-01-01', '2025-12-31').schedule).toEqual({ kind: 'date', date: '2025-05-26' });
  });
});
