import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analysisCharts, monthLabel } from '../../src/analysis/charts.js';
import { yearFigures } from '../../src/analysis/figures.js';
import { formatChange, formatNumber, formatPercent, percentOf } from '../../src/analysis/russian-numbers.js';
import { narrativeFromMarkdown } from '../../src/analysis/narrative.js';
import type { Plan } from '../../src/schema/plan.js';
import type { YearRecord } from '../../src/schema/record.js';
import { iso } from '../helpers/iso.js';

const plan: Plan = {
  kind: 'plan',
  title: 'План работы центра',
  academicYear: '2023-2024',
  orientation: 'portrait',
  approvals: [],
  sections: [
    {
      title: 'Первый',
      items: [
        { id: 'a', activity: 'Форум', timing: 'ноябрь 2023', responsible: ['Центр'] },
        { id: 'b', activity: 'Собрания', timing: 'ежемесячно', responsible: ['Центр'] },
        { activity: 'Без кода', timing: 'постоянно', responsible: ['Центр'] },
      ],
    },
    {
      title: 'Второй',
      items: [
        { id: 'c', activity: 'Конкурс', timing: 'март 2024', responsible: ['Центр'] },
        { id: 'd', activity: 'Перенесённый семинар', timing: 'апрель 2024', responsible: ['Центр'] },
        { id: 'e', activity: 'Перенесённый без даты', timing: 'май 2024', responsible: ['Центр'] },
      ],
    },
  ],
};

const record: YearRecord = {
  kind: 'record',
  plan: 'plan.yaml',
  approvals: [],
  entries: [
    { item: 'a', status: 'held', dates: [iso('16.11.2023'), iso('2023-11-17')], participants: { total: 101, classTeachers: 80, schools: 30 } },
    { item: 'b', status: 'held', dates: [iso('2023-09-27'), iso('2023-10-25'), iso('2023-10-26')], participants: { total: 10, parents: 10 } },
    { item: 'c', status: 'not-held', comment: 'Не объявлялся' },
    { item: 'd', status: 'moved', dates: [iso('2024-05-14')], participants: { total: 7, deputyDirectors: 7 } },
    { item: 'e', status: 'moved' },
  ],
};

describe('yearFigures', () => {
  const figures = yearFigures(plan, record);

  it('counts planned and held per section and overall; a moved item counts when it has a date', () => {
    expect(figures.sections.map((s) => [s.planned, s.held, s.participants])).toEqual([
      [3, 2, 111],
      [3, 1, 7],
    ]);
    expect([figures.planned, figures.held, figures.participants]).toEqual([6, 3, 118]);
    expect(figures.notHeld.map((item) => [item.number, item.status])).toEqual([
      [3, 'no-entry'],
      [4, 'not-held'],
      [6, 'moved'],
    ]);
  });

  it('sums participants by category and counts an item held on several days once, in the month of its first day', () => {
    expect(figures.byCategory).toEqual({ classTeachers: 80, deputyDirectors: 7, parents: 10, pupils: 0, schools: 30, districts: 0 });
    expect(figures.byMonth).toEqual([
      { month: '2023-09', events: 1, days: 1, participants: 10 },
      { month: '2023-10', events: 0, days: 2, participants: 0 },
      { month: '2023-11', events: 1, days: 2, participants: 101 },
      { month: '2024-05', events: 1, days: 1, participants: 7 },
    ]);
    expect(figures.byMonth.reduce((sum, m) => sum + m.participants, 0)).toBe(figures.participants);
  });

  it('gives every chart the numbers of its table', () => {
    const charts = analysisCharts(figures);
    const values = (spec: Record<string, unknown>) => (spec.data as { values: Record<string, unknown>[] }).values;
    expect(values(charts.plannedVsHeld.spec).map((v) => v.value)).toEqual([3, 2, 3, 1]);
    expect(values(charts.byMonth!.spec)).toEqual(
      figures.byMonth.map((m) => ({ month: monthLabel(m.month), value: m.participants, label: String(m.participants) })),
    );
    expect(values(charts.byCategory!.spec).map((v) => v.value)).toEqual([80, 7, 10, 30]);
  });
});

describe('helpers', () => {
  it('percentOf gives one decimal place, 0 of 0 is 0; formatPercent writes it the Russian way', () => {
    expect([percentOf(7, 9), percentOf(1, 8), percentOf(0, 0), percentOf(15, 17), percentOf(235, 292)]).toEqual([77.8, 12.5, 0, 88.2, 80.5]);
    expect([formatPercent(80.47945205479452), formatPercent(100), formatPercent(0)]).toEqual(['80,5\u00A0%', '100\u00A0%', '0\u00A0%']);
  });

  it('formatNumber never prints a long fraction or a decimal point', () => {
    expect([formatNumber(80.47945205479452), formatNumber(2.25), formatNumber(-3.04), formatNumber(12345.67)]).toEqual(['80,5', '2,3', '−3', '12\u00A0345,7']);
    expect([formatChange(3), formatChange(-3.5), formatChange(0.01)]).toEqual(['+3', '−3,5', '0']);
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (value) => {
        const text = formatNumber(value);
        expect(text).toMatch(/^−?\d{1,3}(?:(?:\u00A0\d{3})*|\d)(?:,\d)?$/);
        expect(text).not.toContain('.');
        const back = Number(text.replace('−', '-').replaceAll('\u00A0', '').replace(',', '.'));
        expect(Math.abs(back - value)).toBeLessThanOrEqual(0.05 + 1e-9 * Math.abs(value));
      }),
    );
  });

  it('formatNumber groups five digits and more with no-break spaces', () => {
    expect([formatNumber(4120), formatNumber(14200), formatNumber(1234567)]).toEqual(['4120', '14\u00A0200', '1\u00A0234\u00A0567']);
  });

  it('reads a Markdown narrative into parts by heading', () => {
    const markdown = 'Вступление.\n\n# Выводы\nПлан выполнен.\n\n## Задачи\n* первая;\n- вторая.\n';
    expect(narrativeFromMarkdown(markdown)).toEqual([
      { title: 'Выводы', text: 'Вступление.' },
      { title: 'Выводы', text: 'План выполнен.' },
      { title: 'Задачи', text: '- первая;\n- вторая.' },
    ]);
  });
});
