// The fast path of validation. Most files a user checks or builds are valid,
// and for them nobody needs line and column numbers: js-yaml parses about five
// times faster than yaml's position-keeping parser when the process is cold,
// which is what makes `centre validate` and `centre plan build` quick.
// A file with an error returns undefined, and the caller runs the full,
// located validation (validate.ts) to say what is wrong and where; warnings
// come back as the rules found them, for locate-problems.ts to place (parsing
// the file again with yaml, without checking it again). A clean result of
// either path is kept between runs (kept-checks.ts), and a file whose text has
// not changed since is taken from there without running this at all.
// (workspace/load.ts runs the three in that order.)
import { CORE_SCHEMA, load } from 'js-yaml';
import { kinds, type Kind, type KindDefinition, type Validated } from './kinds.js';
import { hasControlCharacter } from '../schema/control-characters.js';
import { maxAliases, maxDepth, measureData } from '../schema/yaml-limits.js';
import { toKeptCheck, type KeptCheck } from './kept-checks.js';
import type { RuleProblem } from './rules.js';
import type { Diagnostic } from '../schema/diagnostic.js';

export interface QuickResult {
  readonly validated: Validated;
  /** The line (1-based) where the value at `path` starts, e.g. an item of a plan. */
  lineOf(path: readonly (string | number)[]): number | undefined;
  /** What the rules found: warnings only (a file with an error is left to the located validation); each to be located (locate-problems.ts). */
  readonly warnings: readonly RuleProblem[];
  /**
   * The result as JSON can keep it, with the file's `warnings` as located, and the line of every
   * block when `positions`: to be used instead of checking the same text again; undefined when JSON
   * cannot hold it exactly.
   */
  toKept(warnings?: readonly Diagnostic[]): KeptCheck | undefined;
}

/** `positions`: also remember where each block starts, for lineOf (the calendar needs it, validation does not). */
export function quickValidate(text: string, { positions = false } = {}): QuickResult | undefined {
  let data: unknown;
  const starts = new WeakMap<object, number>();
  const open: number[] = [];
  let underIndented = false;
  const checkQuotes = mayHaveMultiLineQuote(text);
  const listener = (event: string, state: { position: number; result: unknown; kind: string | null }) => {
    if (event === 'open') open.push(state.position);
    else {
      const start = open.pop()!;
      if (state.result !== null && typeof state.result === 'object') starts.set(state.result, start);
      else if (checkQuotes && state.kind === 'scalar' && isUnderIndentedQuote(text, start, state.position)) underIndented = true;
    }
  };
  // Control characters, and more aliases than allowed («*» is at least every alias), are for the located path to point at.
  if (hasControlCharacter(text) || countOf(text, '*') > maxAliases) return undefined;
  try {
    // CORE_SCHEMA reads scalars as YAML 1.2 does (no dates, no yes/no booleans), like yaml's default.
    const options = { schema: CORE_SCHEMA, maxDepth };
    data = load(text, positions || checkQuotes ? { ...options, listener } : options);
  } catch {
    return undefined;
  }
  if (underIndented) return undefined;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  if (!withinLimits(text, data)) return undefined;
  const kind = (data as { kind?: unknown }).kind;
  if (typeof kind !== 'string' || !Object.hasOwn(kinds, kind)) return undefined;
  const { schema, rules } = kinds[kind as Kind] as KindDefinition<unknown>;
  const parsed = schema.safeParse(data);
  if (!parsed.success) return undefined;
  const problems = rules.flatMap((rule) => rule(parsed.data));
  if (problems.some((problem) => problem.severity === 'error')) return undefined;
  let lineStarts: number[] | undefined;
  const lineOfBlock = (block: object) => lineAt((lineStarts ??= lineStartsOf(text)), starts.get(block));
  const lineOf = (path: readonly (string | number)[]) => lineOfBlock(valueAt(data, path) as object);
  const validated = { kind, value: parsed.data } as Validated;
  const toKept = (warnings: readonly Diagnostic[] = []) => toKeptCheck(validated, data, warnings, positions ? lineOfBlock : undefined);
  return { validated, lineOf, toKept, warnings: problems };
}

/** A quote opened after a key, a dash or a bracket and not closed on its line: a quoted value that may go on to the next. */
function mayHaveMultiLineQuote(text: string): boolean {
  return /(?:^|[:\-[{,])[ \t]*(?:"[^"\n]*|'[^'\n]*)$/m.test(text);
}

/**
 * js-yaml reads a quoted value whose next lines are not indented past its key
 * («title: "…\n…"» with the rest at the key's column); yaml, like the YAML
 * 1.2 spec, refuses it. Such a file goes to the located path, which says where.
 */
function isUnderIndentedQuote(text: string, start: number, end: number): boolean {
  let first = start;
  while (text[first] === ' ' || text[first] === '\t' || text[first] === '\n' || text[first] === '\r') first++;
  if ((text[first] !== '"' && text[first] !== "'") || !text.slice(first, end).includes('\n')) return false;
  const lineStart = text.lastIndexOf('\n', first - 1) + 1;
  const keyColumn = /^[ ]*(?:-[ ]+)*/.exec(text.slice(lineStart, first))![0].length;
  return text
    .slice(first, end)
    .split('\n')
    .slice(1)
    .some((line) => line.trim() !== '' && /^[ ]*/.exec(line)![0].length <= keyColumn);
}

/**
 * js-yaml builds an alias as the very object of its anchor, so a few lines can
 * stand for billions of values that zod would copy one by one: the data is
 * measured as the located path measures the document (yaml-limits.ts). Only
 * aliases («*») make data bigger or deeper than its text, and only escapes
 * («\\e») put control characters into values.
 */
function withinLimits(text: string, data: unknown): boolean {
  if (text.includes('\\') && valuesHaveControlCharacter(data)) return false;
  return !text.includes('*') || measureData(data, text.length) !== undefined;
}

function valuesHaveControlCharacter(data: unknown): boolean {
  const pending: unknown[] = [data];
  const seen = new Set<object>();
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value === 'string') {
      if (hasControlCharacter(value)) return true;
    } else if (value !== null && typeof value === 'object' && !seen.has(value)) {
      seen.add(value);
      for (const [key, item] of Object.entries(value)) pending.push(key, item);
    }
  }
  return false;
}

function countOf(text: string, char: string): number {
  let count = 0;
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) count++;
  return count;
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), data);
}

/** The offset where each line starts, found once per file: a lookup is then a binary search, not a rescan. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/** The line (1-based) holding `offset`: the number of line starts at or before it. */
export function lineAt(lineStarts: readonly number[], offset: number | undefined): number | undefined {
  if (offset === undefined) return undefined;
  let low = 0;
  let high = lineStarts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (lineStarts[middle]! <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
