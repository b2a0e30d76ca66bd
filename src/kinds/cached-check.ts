// A clean result of the fast path of validation as JSON can hold it, kept
// between runs (workspace/check-cache.ts), and what is needed to use it: small, so
// that a run whose files are all unchanged loads neither js-yaml nor zod.
import type { PrimedEntries } from '../calendar/primed-entries.js';
import type { Diagnostic } from '../schema/diagnostic.js';

/** A warning of a kept check, without its file: the file is named as the current run shows it. */
export type KeptWarning = Omit<Diagnostic, 'file'>;

/** A clean result as JSON can hold it, to be kept between runs (workspace/check-cache.ts). */
export interface CachedCheck {
  readonly kind: string;
  readonly value: unknown;
  /** The line where each block of the file starts, by its path (see `pathKey`); only for runs that cite lines. */
  readonly lines?: Readonly<Record<string, number>>;
  /** A plan's entries as its rules read them (the default school year, the plan's own period). */
  readonly readings?: PrimedEntries;
  /** The file's warnings (a kept file has no errors). */
  readonly warnings?: readonly KeptWarning[];
}

/** The key of a value's path in `lines`: the segments joined by a character no YAML key can hold. */
export function pathKey(path: readonly (string | number)[]): string {
  return path.join('\u0000');
}

/** The line where the value at `path` starts, from the table of a kept result. */
export function cachedLineOf(lines: Readonly<Record<string, number>> | undefined): (path: readonly (string | number)[]) => number | undefined {
  return (path) => (lines && Object.hasOwn(lines, pathKey(path)) ? lines[pathKey(path)] : undefined);
}
