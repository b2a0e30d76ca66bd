// The form data a summary workbook carries for programs, not people: the names
// and the hidden sheet `centre report compare` reads, so that it never depends
// on where «Свод» puts a row or a column.
export const TOTALS_SHEET = '_centre_totals';
/** The named cell that marks a workbook as a summary; its value is the form id. */
export const SUMMARY_NAME = 'centre__summary';

export interface SummaryTotal {
  /** The district id; «*» for the region, empty for schools without a district. */
  readonly district: string;
  readonly name: string;
  readonly indicator: string;
  /** Null when no school gave a value. */
  readonly value: number | null;
}

/** The hidden sheet that says which indicator each column of «Свод» is, by its header there, and how it is totalled. */
export const COLUMNS_SHEET = '_centre_columns';

export type RegistryLevel = 'region' | 'okrug' | 'district';

/** The label of the row that totals every school of the registry, by whose registry it is. */
export const OVERALL_TOTAL_LABELS: Readonly<Record<RegistryLevel, string>> = {
  region: 'Итого по региону',
  okrug: 'Итого по округу',
  district: 'Итого по району',
};

/** The registry's level as it says it, else as its `region` reads: «Гайский городской округ» is an okrug, «Оренбургская область» a region. */
export function registryLevel(registry: { readonly level?: RegistryLevel; readonly region?: string } | undefined): RegistryLevel {
  if (registry?.level) return registry.level;
  const name = (registry?.region ?? '').toLowerCase();
  if (/област|край|республик|автономн|федерального значения/.test(name)) return 'region';
  if (/район/.test(name)) return 'district';
  if (/округ/.test(name)) return 'okrug';
  return 'region';
}
