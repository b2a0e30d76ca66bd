// What validation says about the shipped example workspace (plans/, templates/): nothing but these
// warnings. Each is an ambiguity of the seed a plan was carried over from, kept as the school wrote it
// (the plans change nothing the seed does not support), so validation must keep saying it — and
// nothing else.
import type { MessageCode } from '../../src/i18n/messages.js';
import { validateText } from '../../src/kinds/validate.js';

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

/** The made-up contest shipped in plans/: an example, so the calendar of the shipped plans leaves it out, and says so. */
export const shippedExampleContest = 'plans/2024-2025-contest-example.yaml';

/** A diagnostic's first line, human (`file:line:col  warning: …`) or short (`file:line:col: warning: …`), as `file:line:col warning`. */
const headOf = (line: string) => {
  const match = /^(\S+?:\d+:\d+)(?::? +)(\w+):/.exec(line);
  return match ? `${match[1]} ${match[2]}` : undefined;
};

/** The heads of the diagnostics printed for a run, in order. */
export const diagnosticHeads = (output: string) => output.split('\n').flatMap((line) => headOf(line) ?? []);

export const shippedWarningHeads = (relativeTo = '') =>
  shippedWarnings.map(
    (warning) =>
      `${warning.file.startsWith(relativeTo) ? warning.file.slice(relativeTo.length) : warning.file}:${warning.line}:${warning.column} ${warning.severity}`,
  );

/**
 * What a command run on the shipped workspace printed besides the shipped warnings (each a head line,
 * its source frame and the blank line after it): '' when it said nothing else.
 */
export function besidesShippedWarnings(output: string, relativeTo = ''): string {
  const heads = new Set(shippedWarningHeads(relativeTo));
  const kept: string[] = [];
  const lines = output.split('\n');
  for (let i = 0; i < lines.length; i++) {
    // the shipped example contest (example: true) beside plans of the workspace's own: the calendar says it left it out
    if (lines[i]!.startsWith(`${shippedExampleContest.slice(relativeTo.length)}: an example (example: true), left out of the calendar`)) continue;
    const head = headOf(lines[i]!);
    if (head === undefined || !heads.has(head)) {
      kept.push(lines[i]!);
      continue;
    }
    while (i + 1 < lines.length && /^ *>? *\d* \|/.test(lines[i + 1]!)) i++;
    if (lines[i + 1] === '') i++;
  }
  return kept.join('\n');
}

/** A file's text written as each of its warnings suggests (the words under the caret replaced by `meant`). */
export function writtenAsSuggested(file: string, text: string): string {
  const lines = text.split('\n');
  for (const { line, column, endColumn, params } of validateText(file, text).diagnostics) {
    if (params?.meant === undefined || endColumn === undefined) throw new Error(`${file}:${line}:${column} suggests nothing to write`);
    lines[line - 1] = lines[line - 1]!.slice(0, column - 1) + String(params.meant) + lines[line - 1]!.slice(endColumn - 1);
  }
  return lines.join('\n');
}
