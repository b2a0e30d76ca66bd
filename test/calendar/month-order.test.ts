// A range of two months without years whose first month comes after its last in the plan's own order
// of months (from the month the plan begins: September for an academic year) is read from the plan's
// own first month, so it runs past the plan's end (a Year of Ecology «май – октябрь» in a 2016–2017
// plan), and said, with the months swapped named; begun the month just before the plan, it is placed
// by its last month and the year of the first suggested.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Span } from '../../src/calendar/model.js';
import { readTiming } from '../../src/calendar/reader/reading.js';
import { validateText } from '../../src/kinds/validate.js';
import { iso } from '../helpers/iso.js';

const academic = (first: number): Span => ({ start: iso(`${first}-09-01`), end: iso(`${first + 1}-08-31`) });
const nominative = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
const genitive = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

/** The schedule's span and its month-order problem, if any. */
function readMonths(phrase: string, period: Span) {
  const reading = readTiming(phrase, { period });
  const schedule = reading.schedule as (Span & { kind: string }) | undefined;
  const problems = reading.problems.filter((problem) => problem.code === 'phrase-months-backwards' || problem.code === 'phrase-months-before-plan');
  return { span: schedule && { start: schedule.start, end: schedule.end }, problems, all: reading.problems };
}

describe("a month range read backwards in the plan's year", () => {
  const year2024 = academic(2024);
  const calendarYear: Span = { start: iso('2025-01-01'), end: iso('2025-12-31') };
  const springHalf: Span = { start: iso('2025-01-09'), end: iso('2025-05-31') };
  const march: Span = { start: iso('2024-03-01'), end: iso('2024-03-31') };

  it.each([
    // phrase, plan, read as, probably meant
    ['август – сентябрь', year2024, [iso('2024-08-01'), iso('2024-09-30')], 'август 2024 – сентябрь'],
    ['Август- сентябрь', year2024, ['2024-08-01', '2024-09-30'], 'август 2024 – сентябрь'],
    ['с августа по сентябрь', year2024, ['2024-08-01', '2024-09-30'], 'август 2024 – сентябрь'],
    ['август - май', year2024, ['2024-08-01', '2025-05-31'], 'август 2024 – май'],
    ['декабрь – март', calendarYear, ['2024-12-01', '2025-03-31'], 'декабрь 2024 – март'],
    ['декабрь-февраль', springHalf, ['2024-12-01', '2025-02-28'], 'декабрь 2024 – февраль'],
    ['февраль – март', march, ['2024-02-01', '2024-03-31'], 'февраль 2024 – март'],
  ] as const)('«%s» begins the month before the plan: read so, and the year of that month suggested', (phrase, period, [start, end], meant) => {
    const { span, problems, all } = readMonths(phrase, period);
    expect(span).toEqual({ start, end });
    expect(all).toEqual(problems);
    expect(problems).toEqual([
      {
        code: 'phrase-months-before-plan',
        severity: 'warning',
        params: { start, end, period: period.start, meant },
        start: phrase.startsWith('с ') ? 2 : 0,
        end: phrase.length,
      },
    ]);
  });

  it.each([
    ['май – сентябрь', year2024, ['2025-05-01', '2025-09-30'], ['сентябрь – май', '2024-09-01', '2025-05-31']],
    ['с мая по сентябрь', year2024, ['2025-05-01', '2025-09-30'], ['сентябрь – май', '2024-09-01', '2025-05-31']],
    ['май - октябрь', academic(2016), ['2017-05-01', '2017-10-31'], ['октябрь – май', '2016-10-01', '2017-05-31']],
    ['декабрь – октябрь', year2024, ['2024-12-01', '2025-10-31'], ['октябрь – декабрь', '2024-10-01', '2024-12-31']],
    ['май-январь', year2024, ['2025-05-01', '2026-01-31'], ['январь – май', '2025-01-01', '2025-05-31']],
    ['ноябрь – март', calendarYear, ['2025-11-01', '2026-03-31'], ['март – ноябрь', '2025-03-01', '2025-11-30']],
    ['апрель - февраль', springHalf, ['2025-04-01', '2026-02-28'], ['февраль – апрель', '2025-02-01', '2025-04-30']],
  ] as const)(
    "«%s» runs past the plan's end: read from the plan's month, the months swapped suggested",
    (phrase, period, [start, end], [meant, meantStart, meantEnd]) => {
      const { span, problems, all } = readMonths(phrase, period);
      expect(span).toEqual({ start, end });
      expect(all).toEqual(problems);
      expect(problems).toEqual([
        expect.objectContaining({
          code: 'phrase-months-backwards',
          severity: 'warning',
          params: { start, end, period: period.end, meant, meantStart, meantEnd },
        }),
      ]);
    },
  );

  it.each([
    ['сентябрь – май', year2024, ['2024-09-01', '2025-05-31']],
    ['сентябрь-август', year2024, ['2024-09-01', '2025-08-31']],
    ['с октября по декабрь', year2024, ['2024-10-01', '2024-12-31']],
    ['июнь – август', year2024, ['2025-06-01', '2025-08-31']],
    ['январь – январь', year2024, ['2025-01-01', '2025-01-31']],
    // a year written on either end says which August: nothing to guess
    ['август 2024 – сентябрь', year2024, ['2024-08-01', '2024-09-30']],
    ['май – сентябрь 2024', year2024, ['2024-05-01', '2024-09-30']],
    // a plan of its own period: its months, from the month it begins
    ['сентябрь – декабрь', calendarYear, ['2025-09-01', '2025-12-31']],
    ['май – сентябрь', calendarYear, ['2025-05-01', '2025-09-30']],
    ['январь – февраль', springHalf, ['2025-01-01', '2025-02-28']],
  ] as const)('«%s» runs forward (or says its year): no warning', (phrase, period, [start, end]) => {
    const { span, all } = readMonths(phrase, period);
    expect(span).toEqual({ start, end });
    expect(all).toEqual([]);
  });

  it('says it of months that bound a recurrence too', () => {
    const reading = readTiming('по пятницам (май - сентябрь)', { period: year2024 });
    expect(reading.schedule).toMatchObject({ kind: 'recurring', start: '2025-05-01', end: '2025-09-30' });
    expect(reading.problems).toEqual([
      expect.objectContaining({ code: 'phrase-months-backwards', start: 13, end: 27, params: expect.objectContaining({ meant: 'сентябрь – май' }) }),
    ]);
  });

  it('underlines the months and what joins them, not the words around them', () => {
    const phrase = 'Приём заявок с мая по сентябрь (онлайн)';
    const [problem] = readTiming(phrase, { period: year2024 }).problems;
    expect(phrase.slice(problem!.start, problem!.end)).toBe('мая по сентябрь');
  });
});

describe('month ranges in any plan (property)', () => {
  // A plan of twelve months from the first of any month (an academic year when it is September), and any two months.
  const plan = fc.record({ year: fc.integer({ min: 2000, max: 2040 }), month: fc.integer({ min: 1, max: 12 }) }).map(({ year, month }): Span => {
    const end = iso(new Date(Date.UTC(year + 1, month - 1, 0)).toISOString().slice(0, 10));
    return { start: iso(`${year}-${String(month).padStart(2, '0')}-01`), end };
  });
  const month = fc.integer({ min: 1, max: 12 });
  const shape = fc.constantFrom(
    (a: number, b: number) => `${nominative[a - 1]} – ${nominative[b - 1]}`,
    (a: number, b: number) => `${nominative[a - 1]}-${nominative[b - 1]}`,
    (a: number, b: number) => `с ${genitive[a - 1]} по ${nominative[b - 1]}`,
  );

  it("reads «A – B» from A to the end of B, one end inside the plan; warns exactly when A comes after B in the plan's months, and then it leaves the plan", () => {
    fc.assert(
      fc.property(plan, month, month, shape, (period, a, b, write) => {
        const phrase = write(a, b);
        const opening = Number(period.start.slice(5, 7));
        const position = (m: number) => (m - opening + 12) % 12;
        const { span, problems, all } = readMonths(phrase, period);
        expect(all, phrase).toEqual(problems);
        expect(Number(span!.start.slice(5, 7))).toBe(a);
        expect(Number(span!.end.slice(5, 7))).toBe(b);
        if (position(a) <= position(b)) {
          expect(problems, phrase).toEqual([]);
          expect(span!.start >= period.start && span!.end <= period.end, phrase).toBe(true);
          return;
        }
        // begun the month before the plan, it ends inside it; otherwise it begins inside and runs past the end
        if (position(a) === 11) expect(span!.start < period.start && span!.end >= period.start && span!.end <= period.end, phrase).toBe(true);
        else expect(span!.start >= period.start && span!.start <= period.end && span!.end > period.end, phrase).toBe(true);
        expect(problems).toHaveLength(1);
        const [problem] = problems;
        expect(phrase.slice(problem!.start, problem!.end)).toBe(phrase.replace(/^с /, ''));
        if (position(a) === 11) {
          // the month just before the plan: meant as read, with its year
          expect(problem!.code).toBe('phrase-months-before-plan');
          expect(readMonths(String(problem!.params!.meant), period)).toEqual({ span, problems: [], all: [] });
        } else {
          // the months swapped run forward, inside the plan
          expect(problem!.code).toBe('phrase-months-backwards');
          const meant = readMonths(String(problem!.params!.meant), period);
          expect(meant.problems).toEqual([]);
          expect(meant.span).toEqual({ start: problem!.params!.meantStart, end: problem!.params!.meantEnd });
          expect(meant.span!.start >= period.start && meant.span!.end <= period.end).toBe(true);
        }
      }),
    );
  });
});

describe('validate', () => {
  const file = (head: string[], timing: string) =>
    [
      ...head,
      'sections:',
      '  - ' + (head[0] === 'kind: cyclogram' ? 'periodicity: Ежемесячно' : 'title: Раздел'),
      '    items:',
      '      - activity: Сбор заявок',
      `        timing: ${timing}`,
      '        responsible: [Центр]',
      '',
    ].join('\n');
  const warnings = (text: string) =>
    validateText('p.yaml', text).diagnostics.map(({ line, column, endColumn, code, params }) => ({ line, column, endColumn, code, params }));

  it('warns at the months of a plan of an academic year, and of a plan of its own period', () => {
    expect(warnings(file(['kind: plan', 'title: План', 'academicYear: 2024-2025'], 'с мая по сентябрь'))).toEqual([
      {
        line: 8,
        column: 19,
        endColumn: 34,
        code: 'phrase-months-backwards',
        params: { start: '2025-05-01', end: '2025-09-30', period: '2025-08-31', meant: 'сентябрь – май', meantStart: '2024-09-01', meantEnd: '2025-05-31' },
      },
    ]);
    expect(warnings(file(['kind: plan', 'title: План', 'period: {from: 2025-01-01, to: 2025-12-31}'], 'декабрь – март'))).toEqual([
      {
        line: 8,
        column: 17,
        endColumn: 31,
        code: 'phrase-months-before-plan',
        params: { start: '2024-12-01', end: '2025-03-31', period: '2025-01-01', meant: 'декабрь 2024 – март' },
      },
    ]);
    expect(warnings(file(['kind: plan', 'title: План', 'period: {from: 2025-01-01, to: 2025-12-31}'], 'сентябрь – декабрь'))).toEqual([]);
  });

  it('says nothing of a cyclogram that names no year: its dates would be those of no year', () => {
    expect(warnings(file(['kind: cyclogram', 'title: Циклограмма'], 'по пятницам (май - сентябрь)'))).toEqual([]);
    expect(warnings(file(['kind: cyclogram', 'title: Циклограмма', 'academicYear: 2024-2025'], 'по пятницам (май - сентябрь)'))).toEqual([
      expect.objectContaining({ line: 8, column: 30, code: 'phrase-months-backwards' }),
    ]);
  });
});
