// Two summaries of one form and one year side by side (the interim and the
// final round, most often): each indicator by district and for the region,
// both values and the change, and each school's own. Rounds that counted
// different schools are compared like with like: by default the totals are
// worked out again over the schools present in both, from the figures «Свод»
// shows. Pure: the summaries come in already read.
import type { MonitoringForm } from '../schema/reports.js';
import { compareText } from '../util/compare.js';
import type { Figure, SummaryColumn, SummaryData, SummarySchool } from './read-summary.js';
import type { SummaryTotal } from './summary-data.js';

export type { SummaryData } from './read-summary.js';

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

export interface SchoolComparisonRow {
  readonly districtName: string;
  readonly school: string;
  readonly name: string;
  readonly label: string;
  readonly a: Figure;
  readonly b: Figure;
  readonly change: number | null;
}

/** Which schools each round counted, when both summaries list them. */
export interface RoundSchools {
  readonly a: number;
  readonly b: number;
  readonly common: number;
  /** Names of the schools only one round counted. */
  readonly onlyA: readonly string[];
  readonly onlyB: readonly string[];
}

export interface CompareOptions {
  /** Every school each round counted, not only those in both. */
  readonly all?: boolean;
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

/** The schools of each round; undefined when a summary does not list them (written by an older centre). */
export function roundSchools(a: SummaryData, b: SummaryData): RoundSchools | undefined {
  if (!a.schools || !b.schools) return undefined;
  const idsA = new Set(a.schools.map((school) => school.id));
  const idsB = new Set(b.schools.map((school) => school.id));
  const named = (schools: readonly SummarySchool[], other: ReadonlySet<string>) =>
    schools.filter((school) => !other.has(school.id)).map((school) => school.name);
  return { a: idsA.size, b: idsB.size, common: [...idsA].filter((id) => idsB.has(id)).length, onlyA: named(a.schools, idsB), onlyB: named(b.schools, idsA) };
}

/** The totals of an indicator over some schools, by its rule; undefined for a rule that gives no number. */
function totalOver(column: SummaryColumn, schools: readonly SummarySchool[]): number | null | undefined {
  const numbers = (indicator: string) => schools.map((school) => school.values.get(indicator) ?? null);
  const values = numbers(column.indicator);
  const given = values.filter((value): value is number => typeof value === 'number');
  switch (column.total) {
    case 'sum':
      return given.reduce((sum, value) => sum + value, 0);
    case 'mean':
      return given.length === 0 ? null : given.reduce((sum, value) => sum + value, 0) / given.length;
    case 'weighted mean': {
      const weights = numbers(column.by ?? '');
      let weighted = 0;
      let total = 0;
      values.forEach((value, index) => {
        const weight = weights[index];
        if (typeof value === 'number' && typeof weight === 'number') ((weighted += value * weight), (total += weight));
      });
      return total === 0 ? null : weighted / total;
    }
    case 'count of да':
      return values.filter((value) => value === 'да').length;
    default:
      return undefined;
  }
}

/** A summary's totals worked out again over only the schools named. */
function totalsOver(data: SummaryData, columns: readonly SummaryColumn[], keep: ReadonlySet<string>): SummaryTotal[] {
  const schools = (data.schools ?? []).filter((school) => keep.has(school.id));
  const districts = new Map<string, { name: string; schools: SummarySchool[] }>();
  for (const school of schools) {
    if (!districts.has(school.district)) districts.set(school.district, { name: school.districtName, schools: [] });
    districts.get(school.district)!.schools.push(school);
  }
  const overall = data.totals.find((total) => total.district === '*')?.name ?? 'Итого по региону';
  const totals: SummaryTotal[] = [];
  for (const [district, { name, schools: own }] of [...districts, ['*', { name: overall, schools }] as const]) {
    for (const column of columns) {
      const value = totalOver(column, own);
      if (value !== undefined) totals.push({ district, name, indicator: column.indicator, value });
    }
  }
  return totals;
}

/** The totals each round's comparison uses: over the schools in both, unless every school is asked for or the rounds counted the same. */
function comparedTotals(a: SummaryData, b: SummaryData, options: CompareOptions): [readonly SummaryTotal[], readonly SummaryTotal[]] {
  const schools = roundSchools(a, b);
  const columns = a.columns ?? b.columns;
  if (options.all || !schools || !columns || (schools.onlyA.length === 0 && schools.onlyB.length === 0)) return [a.totals, b.totals];
  const idsB = new Set(b.schools!.map((school) => school.id));
  const common = new Set(a.schools!.map((school) => school.id).filter((id) => idsB.has(id)));
  return [totalsOver(a, columns, common), totalsOver(b, columns, common)];
}

const labelsOf = (form: MonitoringForm | undefined) =>
  new Map(form?.indicators.map((indicator) => [indicator.id, indicator.unit ? `${indicator.label}, ${indicator.unit}` : indicator.label]) ?? []);

/** A person reads the indicator's label: the form's, else the header «Свод» gives it (without its «(итог: …)» line). */
function labelOf(indicator: string, labels: ReadonlyMap<string, string>, a: SummaryData, b: SummaryData): string {
  const header = (a.columns ?? b.columns)?.find((column) => column.indicator === indicator)?.header;
  return labels.get(indicator) ?? header?.split('\n')[0]?.trim() ?? indicator;
}

/** Every district (in the first summary's order, then those only in the second), the region last; indicators in the form's order. */
export function compareSummaries(a: SummaryData, b: SummaryData, form?: MonitoringForm, options: CompareOptions = {}): ComparisonRow[] {
  const [totalsA, totalsB] = comparedTotals(a, b, options);
  const key = (total: SummaryTotal) => `${total.district}\u0000${total.indicator}`;
  const valuesB = new Map(totalsB.map((total) => [key(total), total.value]));
  const valuesA = new Map(totalsA.map((total) => [key(total), total.value]));
  const districts = new Map<string, string>();
  for (const total of [...totalsA, ...totalsB]) if (total.district !== '*' && !districts.has(total.district)) districts.set(total.district, total.name);
  districts.set('*', [...totalsA, ...totalsB].find((total) => total.district === '*')?.name ?? 'Итого по региону');
  const known = new Set([...totalsA, ...totalsB].map((total) => total.indicator));
  const order = form
    ? [
        ...form.indicators.map((indicator) => indicator.id).filter((id) => known.has(id)),
        ...[...known].filter((id) => !form.indicators.some((i) => i.id === id)),
      ]
    : [...known];
  const labels = labelsOf(form);
  const rows: ComparisonRow[] = [];
  for (const [district, name] of districts) {
    for (const indicator of order) {
      const id = `${district}\u0000${indicator}`;
      if (!valuesA.has(id) && !valuesB.has(id)) continue;
      const valueA = valuesA.get(id) ?? null;
      const valueB = valuesB.get(id) ?? null;
      rows.push({
        district,
        name,
        indicator,
        label: labelOf(indicator, labels, a, b),
        a: valueA,
        b: valueB,
        change: valueA === null || valueB === null ? null : round(valueB - valueA),
      });
    }
  }
  return rows;
}

/** Each school of either round (by district, then code), each indicator: both values and the change. */
export function compareSchools(a: SummaryData, b: SummaryData, form?: MonitoringForm): SchoolComparisonRow[] {
  const columns = a.columns ?? b.columns ?? [];
  const labels = labelsOf(form);
  const byId = new Map<string, { a?: SummarySchool; b?: SummarySchool }>();
  for (const school of a.schools ?? []) byId.set(school.id, { a: school });
  for (const school of b.schools ?? []) byId.set(school.id, { ...byId.get(school.id), b: school });
  const schools = [...byId.entries()].sort(
    ([idA, one], [idB, other]) => compareText((one.a ?? one.b)!.districtName, (other.a ?? other.b)!.districtName) || compareText(idA, idB),
  );
  const ordered = form
    ? [...columns].sort((x, y) => form.indicators.findIndex((i) => i.id === x.indicator) - form.indicators.findIndex((i) => i.id === y.indicator))
    : columns;
  return schools.flatMap(([id, pair]) => {
    const school = (pair.a ?? pair.b)!;
    return ordered.map((column) => {
      const valueA = pair.a?.values.get(column.indicator) ?? null;
      const valueB = pair.b?.values.get(column.indicator) ?? null;
      const change = typeof valueA === 'number' && typeof valueB === 'number' ? round(valueB - valueA) : null;
      return { districtName: school.districtName, school: id, name: school.name, label: labelOf(column.indicator, labels, a, b), a: valueA, b: valueB, change };
    });
  });
}
