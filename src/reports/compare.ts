// Two summaries of one form and one year side by side (the interim and the
// final round, most often): each indicator by district and for the region,
// both values and the change. Pure: the summaries come in already read.
import type { MonitoringForm } from '../schema/reports.js';
import type { SummaryTotal } from './summary-data.js';

export interface SummaryData {
  readonly form?: string;
  readonly version?: number;
  readonly period?: string;
  readonly year?: string;
  readonly totals: readonly SummaryTotal[];
}

export interface ComparisonRow {
  /** District id, «*» for the region. */
  readonly district: string;
  readonly name: string;
  readonly indicator: string;
  readonly label: string;
  readonly a: number | null;
  readonly b: number | null;
  /** b − a; null when either is missing. */
  readonly change: number | null;
}

export type CompareRefusal =
  | { readonly code: 'compare-different-forms'; readonly params: { a: string; b: string } }
  | { readonly code: 'compare-different-years'; readonly params: { a: string; b: string } };

/** Why two summaries cannot be compared, if they cannot: another form, or another year. */
export function refusal(a: SummaryData, b: SummaryData): CompareRefusal | undefined {
  if (a.form !== b.form) return { code: 'compare-different-forms', params: { a: a.form ?? '', b: b.form ?? '' } };
  if ((a.year ?? '') !== (b.year ?? '')) return { code: 'compare-different-years', params: { a: a.year ?? '', b: b.year ?? '' } };
  return undefined;
}

/** Rounded to the thousandth, as the summary rounds a mean: 0.1 + 0.2 is 0.3. */
const round = (value: number) => Math.round(value * 1000) / 1000;

/** Every district (in the first summary's order, then those only in the second), the region last; indicators in the form's order. */
export function compareSummaries(a: SummaryData, b: SummaryData, form?: MonitoringForm): ComparisonRow[] {
  const key = (total: SummaryTotal) => `${total.district}\u0000${total.indicator}`;
  const valuesB = new Map(b.totals.map((total) => [key(total), total.value]));
  const valuesA = new Map(a.totals.map((total) => [key(total), total.value]));
  const districts = new Map<string, string>();
  for (const total of [...a.totals, ...b.totals]) if (total.district !== '*' && !districts.has(total.district)) districts.set(total.district, total.name);
  districts.set('*', [...a.totals, ...b.totals].find((total) => total.district === '*')?.name ?? 'Итого по региону');
  const known = new Set([...a.totals, ...b.totals].map((total) => total.indicator));
  const order = form ? [...form.indicators.map((indicator) => indicator.id).filter((id) => known.has(id)), ...[...known].filter((id) => !form.indicators.some((i) => i.id === id))] : [...known];
  const labels = new Map(form?.indicators.map((indicator) => [indicator.id, indicator.unit ? `${indicator.label}, ${indicator.unit}` : indicator.label]) ?? []);
  const rows: ComparisonRow[] = [];
  for (const [district, name] of districts) {
    for (const indicator of order) {
      const id = `${district}\u0000${indicator}`;
      if (!valuesA.has(id) && !valuesB.has(id)) continue;
      const valueA = valuesA.get(id) ?? null;
      const valueB = valuesB.get(id) ?? null;
      rows.push({ district, name, indicator, label: labels.get(indicator) ?? indicator, a: valueA, b: valueB, change: valueA === null || valueB === null ? null : round(valueB - valueA) });
    }
  }
  return rows;
}
