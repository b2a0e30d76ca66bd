// The fast path of validation. Most files a user checks or builds are valid,
// and for them nobody needs line and column numbers: js-yaml parses about five
// times faster than yaml's position-keeping parser when the process is cold,
// which is what makes `centre validate` and `centre plan build` quick.
// Anything short of a clean pass returns undefined, and the caller runs the
// full, located validation (validate.ts) to say what is wrong and where.
import { CORE_SCHEMA, load } from 'js-yaml';
import { kinds, type Kind, type KindDefinition, type Validated } from './kinds.js';

export function quickValidate(text: string): Validated | undefined {
  let data: unknown;
  try {
    // CORE_SCHEMA reads scalars as YAML 1.2 does (no dates, no yes/no booleans), like yaml's default.
    data = load(text, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const kind = (data as { kind?: unknown }).kind;
  if (typeof kind !== 'string' || !Object.hasOwn(kinds, kind)) return undefined;
  const { schema, rules } = kinds[kind as Kind] as KindDefinition<unknown>;
  const parsed = schema.safeParse(data);
  if (!parsed.success || rules.some((rule) => rule(parsed.data).length > 0)) return undefined;
  return { kind, value: parsed.data } as Validated;
}
