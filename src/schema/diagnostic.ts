// The one problem type of centre: every user mistake becomes a Diagnostic that
// knows its file and position. Text is not built here: `code` and `params`
// are rendered in the user's language by src/i18n/messages.ts.
import type { MessageCode, MessageParams } from '../i18n/messages.js';
import { compareText } from '../util/compare.js';
import { oneClass } from '../util/one-class.js';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  readonly file: string;
  /** 1-based; 0 when the problem concerns the file as a whole (e.g. it is missing). */
  readonly line: number;
  readonly column: number;
  /** Last column (exclusive) of the offending text on `line`, for the caret. */
  readonly endColumn?: number;
  readonly severity: Severity;
  readonly code: MessageCode;
  readonly params?: MessageParams;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return compareText(a.file, b.file) || a.line - b.line || a.column - b.column;
}

/**
 * A user error raised below the CLI; the CLI turns it into output and an exit code. One class for
 * every bundle (util/one-class.ts): thrown by a command's bundle, it is recognised with
 * `instanceof` by the CLI's.
 */
export const CentreError = oneClass(
  'CentreError',
  class CentreError extends Error {
    constructor(
      readonly diagnostics: readonly Diagnostic[],
      readonly exitCode: 1 | 2 = 1,
    ) {
      super(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`).join('\n'));
      this.name = 'CentreError';
    }
  },
);
export type CentreError = InstanceType<typeof CentreError>;

/** A problem that concerns a file or an option as a whole, as an error to throw: 1 invalid input, 2 usage. */
export function userError(file: string, code: MessageCode, params?: MessageParams, exitCode: 1 | 2 = 1): CentreError {
  return new CentreError([fileDiagnostic(file, code, params)], exitCode);
}

export function fileDiagnostic(file: string, code: MessageCode, params?: MessageParams): Diagnostic {
  return { file, line: 0, column: 0, severity: 'error', code, params };
}
