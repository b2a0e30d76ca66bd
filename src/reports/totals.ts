// How an indicator is totalled over the schools of a district and of the
// region. A share («доля», %) averaged school by school weighs a school of 5
// class teachers like one of 80; a form says `total: weighted mean, by:
// class_teachers` to get the true share.
import type { Indicator, IndicatorTotal } from '../schema/reports.js';

const totalsByType: Record<Indicator['type'], readonly IndicatorTotal[]> = {
  integer: ['sum', 'mean', 'weighted mean', 'none'],
  number: ['sum', 'mean', 'weighted mean', 'none'],
  percent: ['mean', 'weighted mean', 'none'],
  boolean: ['count of да', 'none'],
  choice: ['count per choice', 'none'],
  text: ['none'],
  date: ['none'],
};

/** The totals an indicator of this type can have; the first is its default. */
export function totalsFor(type: Indicator['type']): readonly IndicatorTotal[] {
  return totalsByType[type];
}

export function totalOf(indicator: Indicator): IndicatorTotal {
  return indicator.total ?? totalsByType[indicator.type][0]!;
}

export const numericTypes: readonly Indicator['type'][] = ['integer', 'number', 'percent'];
