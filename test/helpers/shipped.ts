// What validation says about the shipped example workspace (plans/, templates/): nothing but these
// warnings. Each is an ambiguity of the seed a plan was carried over from, kept as the school wrote it
// (the plans change nothing the seed does not support), so validation must keep saying it — and
// nothing else.
import type { MessageCode } from '../../src/i18n/messages.js';

export interface ShippedWarning {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly severity: 'warning';
  readonly code: MessageCode;
}

export const shippedWarnings: readonly ShippedWarning[] = [
  // The seed (shared/seeds/001_…) writes «август - сентябрь» with no year in its 2020–2021 plan: read as
  // August–September 2020, which begins the month before the plan; the seed gives no year to write.
  { file: 'plans/2020-2021-buzuluk-plan.yaml', line: 86, column: 17, severity: 'warning', code: 'phrase-months-before-plan' },
];

/** The heads of the diagnostics printed for a run (`file:line:col  severity:`), in order. */
export const diagnosticHeads = (output: string) => [...output.matchAll(/^(\S+:\d+:\d+) {2}(\w+):/gm)].map((match) => `${match[1]}  ${match[2]}:`);

export const shippedWarningHeads = (relativeTo = '') =>
  shippedWarnings.map((warning) => `${warning.file.startsWith(relativeTo) ? warning.file.slice(relativeTo.length) : warning.file}:${warning.line}:${warning.column}  ${warning.severity}:`);
