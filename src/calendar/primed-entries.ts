// The entries of a plan read in an earlier run (kept with its check, see
// workspace/check-cache.ts), given to planEntries before it reads the plan's
// timings again. A module of its own, without the timing reader, so that a
// command whose files are unchanged loads no more than this.
import type { CalendarEntry } from './plan-entries.js';
import type { Span } from './model.js';

/** A plan's entries read with the default school year over its own period: JSON, as kept. */
export interface PrimedEntries {
  readonly period: Span;
  readonly entries: readonly CalendarEntry[];
}

const primed = new WeakMap<object, PrimedEntries>();

/** The entries of `plan` (the very object later given to planEntries) over `period`, read with the default school year. */
export function primeEntries(plan: object, kept: PrimedEntries): void {
  primed.set(plan, kept);
}

export function primedEntries(plan: object, period: Span): readonly CalendarEntry[] | undefined {
  const kept = primed.get(plan);
  return kept && kept.period.start === period.start && kept.period.end === period.end ? kept.entries : undefined;
}
