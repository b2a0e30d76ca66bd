// The form's cross-field checks («trained <= class_teachers»): how a rule is
// read, and that every operator holds exactly where it should, the boundary
// (equal values) included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holds, parseCheck, type Operator } from '../../src/reports/checks.js';
import { checkValues } from '../../src/reports/read-report.js';
import type { MonitoringForm } from '../../src/schema/reports.js';

const operators: readonly Operator[] = ['<=', '>=', '<', '>', '==', '!='];

/** What each operator means, written independently of `holds`. */
const meaning: Record<Operator, (a: number, b: number) => boolean> = {
  '<=': (a, b) => a < b || a === b,
  '>=': (a, b) => a > b || a === b,
  '<': (a, b) => b - a > 0,
  '>': (a, b) => a - b > 0,
  '==': (a, b) => !(a < b) && !(a > b),
  '!=': (a, b) => a < b || a > b,
};

describe('parseCheck', () => {
  it('reads every operator between two indicators, spaces or none', () => {
    for (const operator of operators) {
      expect(parseCheck(`trained ${operator} class_teachers`)).toEqual({ left: 'trained', operator, right: { indicator: 'class_teachers' } });
      expect(parseCheck(`  a.b-c${operator}d_1  `)).toEqual({ left: 'a.b-c', operator, right: { indicator: 'd_1' } });
    }
  });

  it('reads a number on the right: negative, with a decimal point or a decimal comma', () => {
    expect(parseCheck('hours >= 0')).toEqual({ left: 'hours', operator: '>=', right: { value: 0 } });
    expect(parseCheck('share <= 12.5')).toEqual({ left: 'share', operator: '<=', right: { value: 12.5 } });
    expect(parseCheck('share<12,5')).toEqual({ left: 'share', operator: '<', right: { value: 12.5 } });
    expect(parseCheck('balance > -3')).toEqual({ left: 'balance', operator: '>', right: { value: -3 } });
  });

  it('refuses what is not one comparison', () => {
    for (const rule of [
      '',
      'trained',
      'trained <= ',
      '<= trained',
      'trained => a',
      'trained =< a',
      'trained = a',
      'trained <> a',
      '1 < a',
      'a < b < c',
      'a < 1.',
      'a < .5',
      'a < 1,2,3',
      'a < b c',
      'x a < b',
    ]) {
      expect(parseCheck(rule), rule).toBeUndefined();
    }
  });
});

describe('holds', () => {
  it('gives each operator its meaning below, at and above the boundary', () => {
    for (const operator of operators) {
      for (const [left, right] of [
        [4, 5],
        [5, 5],
        [6, 5],
        [-1, 0],
        [0, 0],
        [0.5, 0.25],
      ] as const) {
        expect(holds(left, operator, right), `${left} ${operator} ${right}`).toBe(meaning[operator](left, right));
      }
    }
  });

  it('agrees with the meaning on any numbers (property)', () => {
    const number = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ noNaN: true, noDefaultInfinity: true }));
    fc.assert(
      fc.property(fc.constantFrom(...operators), number, number, (operator, left, right) => holds(left, operator, right) === meaning[operator](left, right)),
    );
  });
});

describe('a form check applied to a report', () => {
  const form = (rule: string): MonitoringForm => ({
    kind: 'form',
    id: 'f',
    version: 1,
    title: 'Форма',
    periods: [{ id: 'interim', title: 'Промежуточный', due: '12-15' }],
    indicators: [
      { id: 'class_teachers', label: 'Классных руководителей', type: 'integer', required: true },
      { id: 'trained', label: 'Прошли курсы', type: 'integer', required: false },
    ],
    checks: [{ rule, message: 'Прошедших курсы не больше, чем классных руководителей.' }],
  });
  const report = (rule: string, trained: number | undefined, classTeachers = 20) =>
    checkValues('school.csv', { formId: 'f', version: 1 }, form(rule), (indicator) => {
      const value = indicator.id === 'trained' ? trained : classTeachers;
      return { where: `Форма!D${indicator.id === 'trained' ? 8 : 7}`, value: value === undefined ? { kind: 'empty' } : { kind: 'number', value } };
    });

  it('accepts the equality that «trained <= class_teachers» allows, and rejects one more, at the left cell', () => {
    expect(report('trained <= class_teachers', 20).problems).toEqual([]);
    expect(report('trained <= class_teachers', 0).problems).toEqual([]);
    expect(report('trained <= class_teachers', 21).problems).toEqual([
      { where: 'Форма!D8', code: 'report-check', params: { message: 'Прошедших курсы не больше, чем классных руководителей.' } },
    ]);
  });

  it('compares with a number on the right', () => {
    expect(report('trained >= 3', 3).problems).toEqual([]);
    expect(report('trained >= 3', 2).problems.map((p) => p.code)).toEqual(['report-check']);
    expect(report('trained != 0', 0).problems.map((p) => p.code)).toEqual(['report-check']);
  });

  it('skips a check whose value is missing, or whose rule cannot be read', () => {
    expect(report('trained <= class_teachers', undefined).problems).toEqual([]);
    expect(report('trained <= nothing_such', 25).problems).toEqual([]);
    expect(report('trained is less than class_teachers', 25).problems).toEqual([]);
    expect(report('trained <= class_teachers', 25).values.get('trained')).toBe(25);
  });
});
