// The form in which a check is kept between runs (cached-check.ts), made by
// either path of validation from what it has just worked out.
import { isDeepStrictEqual } from 'node:util';
import { planEntries, planPeriod } from '../calendar/plan-entries.js';
import type { Diagnostic } from '../schema/diagnostic.js';
import { pathKey, type CachedCheck } from './cached-check.js';
import type { Validated } from './kinds.js';

/**
 * What to keep of a file with no errors: its value, its warnings, the line of
 * every block of its `data` (as the YAML parser gave it) when `lineOfBlock` is
 * given, and a plan's timings as its rules read them. Undefined when JSON
 * cannot hold it exactly (a negative zero), so that a kept check is always
 * what the check itself would say.
 */
export function keptCheck(
  validated: Validated,
  data: unknown,
  warnings: readonly Diagnostic[],
  lineOfBlock?: (block: object, path: (string | number)[]) => number | undefined,
): CachedCheck | undefined {
  const kept: CachedCheck = {
    kind: validated.kind,
    value: validated.value,
    ...(lineOfBlock ? { lines: blockLines(data, lineOfBlock) } : {}),
    ...readingsOf(validated),
    // a warning is kept without its file: it is named as the run that reads it names it
    ...(warnings.length > 0 ? { warnings: warnings.map(({ file: _file, ...warning }) => withoutUndefinedKeys(warning)) } : {}),
  };
  return isDeepStrictEqual(JSON.parse(JSON.stringify(kept)), kept) ? kept : undefined;
}

/** The timings of a plan with a period of its own, as its rules have just read them (planEntries keeps them). */
function readingsOf(validated: Validated): Pick<CachedCheck, 'readings'> {
  if (validated.kind !== 'plan' && validated.kind !== 'cyclogram') return {};
  const period = planPeriod(validated.value);
  // An entry whose timing cannot be read has `schedule: undefined`, which JSON leaves out: the same to whoever reads it.
  return period ? { readings: { period, entries: planEntries(validated.value, period).map(withoutUndefinedKeys) } } : {};
}

/** A copy without the keys of objects whose value is undefined, at any depth: as JSON keeps it. */
function withoutUndefinedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutUndefinedKeys) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .map(([key, item]) => [key, withoutUndefinedKeys(item)]),
  ) as T;
}

/** The line of every mapping and sequence of the data, by its path: what lineOf answers, as a table. */
function blockLines(data: unknown, lineOfBlock: (block: object, path: (string | number)[]) => number | undefined): Record<string, number> {
  const lines: Record<string, number> = {};
  const visit = (value: unknown, path: (string | number)[]) => {
    if (value === null || typeof value !== 'object') return;
    const line = lineOfBlock(value, path);
    if (line !== undefined) lines[pathKey(path)] = line;
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
    else for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
  };
  visit(data, []);
  return lines;
}
