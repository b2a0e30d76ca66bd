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
