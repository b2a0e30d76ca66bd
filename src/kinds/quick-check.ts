// The fast path of validation. Most files a user checks or builds are valid,
// and for them nobody needs line and column numbers: js-yaml parses about five
// times faster than yaml's position-keeping parser when the process is cold,
// which is what makes `centre validate` and `centre plan build` quick.
// Anything short of a clean pass returns undefined, and the caller runs the
// full, located validation (validate.ts) to say what is wrong and where.
import { CORE_SCHEMA, load } from 'js-yaml';
import { kinds, type Kind, type KindDefinition, type Validated } from './kinds.js';

export interface QuickResult {
  readonly validated: Validated;
  /** The line (1-based) where the value at `path` starts, e.g. an item of a plan. */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

/** `positions`: also remember where each block starts, for lineOf (the calendar needs it, validation does not). */
export function quickValidate(text: string, { positions = false } = {}): QuickResult | undefined {
  let data: unknown;
  const starts = new WeakMap<object, number>();
  const open: number[] = [];
  const listener = (event: string, state: { position: number; result: unknown }) => {
    if (event === 'open') open.push(state.position);
    else {
      const start = open.pop()!;
      if (state.result !== null && typeof state.result === 'object') starts.set(state.result, start);
    }
  };
  try {
    // CORE_SCHEMA reads scalars as YAML 1.2 does (no dates, no yes/no booleans), like yaml's default.
    data = load(text, positions ? { schema: CORE_SCHEMA, listener } : { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const kind = (data as { kind?: unknown }).kind;
  if (typeof kind !== 'string' || !Object.hasOwn(kinds, kind)) return undefined;
  const { schema, rules } = kinds[kind as Kind] as KindDefinition<unknown>;
  const parsed = schema.safeParse(data);
  if (!parsed.success || rules.some((rule) => rule(parsed.data).length > 0)) return undefined;
  return { validated: { kind, value: parsed.data } as Validated, lineOf: (path) => lineAt(text, starts.get(valueAt(data, path) as object)) };
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), data);
}

function lineAt(text: string, offset: number | undefined): number | undefined {
  if (offset === undefined) return undefined;
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) line++;
  return line;
}
