// Turns zod issues into located diagnostics with our own messages.
import type { z } from 'zod';
import type { Diagnostic } from './diagnostic.js';
import { describeImpossibleDate } from './dates.js';
import { describeFoundNode, locate, locateKey, type PathSegment, type SourceFile } from './source.js';
import { suggest } from './suggest.js';
import { isMessageCode, type MessageCode, type MessageParams } from '../i18n/messages.js';

type Issue = z.core.$ZodIssue;

export function issuesToDiagnostics(source: SourceFile, schema: z.core.$ZodType, data: unknown, issues: readonly Issue[]): Diagnostic[] {
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const issue of issues) {
    for (const diagnostic of describeIssue(source, schema, data, issue, [])) {
      const key = `${diagnostic.line}:${diagnostic.column}:${diagnostic.code}:${diagnostic.params?.key ?? ''}`;
      if (!seen.has(key)) {
        seen.add(key);
        diagnostics.push(diagnostic);
      }
    }
  }
  return mergeMisspelledKeys(diagnostics);
}

/**
 * A block with one unknown key and one missing required key almost always has
 * the missing key misspelled: say so once, instead of two unrelated problems.
 */
function mergeMisspelledKeys(diagnostics: Diagnostic[]): Diagnostic[] {
  const missingByBlock = new Map<string, Diagnostic[]>();
  const unknownByBlock = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const block = String(d.params?.block ?? '');
    const bucket = d.code === 'missing-key' ? missingByBlock : d.code === 'unknown-key' ? unknownByBlock : undefined;
    bucket?.set(block, [...(bucket.get(block) ?? []), d]);
  }
  const dropped = new Set<Diagnostic>();
  const replaced = new Map<Diagnostic, Diagnostic>();
  for (const [block, unknown] of unknownByBlock) {
    const missing = missingByBlock.get(block) ?? [];
    if (missing.length === 1 && unknown.length === 1) {
      const [lost, extra] = [missing[0]!, unknown[0]!];
      dropped.add(lost);
      replaced.set(extra, { ...extra, params: { ...extra.params, suggestion: String(lost.params?.key) } });
    } else {
      for (const extra of unknown) {
        for (const lost of missing) if (lost.params?.key === extra.params?.suggestion) dropped.add(lost);
      }
    }
  }
  return diagnostics.filter((d) => !dropped.has(d)).map((d) => replaced.get(d) ?? d);
}

function describeIssue(source: SourceFile, schema: z.core.$ZodType, data: unknown, issue: Issue, prefix: readonly PathSegment[]): Diagnostic[] {
  const path = [...prefix, ...(issue.path as PathSegment[])];
  const at = (code: MessageCode, params: MessageParams = {}, where = locate(source, path)): Diagnostic => ({
    file: source.file,
    ...where,
    severity: 'error',
    code,
    params,
  });
  const value = valueAt(data, path);
  const shown = value === undefined || typeof value === 'object' ? undefined : String(value);

  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeys(schema, data, path);
      return issue.keys.map((key) =>
        at('unknown-key', { key, suggestion: suggest(key, allowed), allowed: allowed.join('|'), block: path.join('.') }, locateKey(source, path, key)),
      );
    }
    case 'invalid_type':
      if (value === undefined && path.length > 0) return [at('missing-key', { key: String(path.at(-1)), block: path.slice(0, -1).join('.') })];
      // A record (`extra:`) is a block of «key: value» lines too, only with keys of the user's choosing.
      if (issue.expected === 'object' || issue.expected === 'record') return [at('expected-object', { found: describeFoundNode(source, path) })];
      return [at(ours(issue.message, 'invalid-value'), { found: describeFoundNode(source, path) })];
    case 'invalid_union':
      return describeUnion(source, schema, data, issue, path, at, shown);
    case 'invalid_value':
      return [at(ours(issue.message, 'wrong-value'), { value: shown, options: issue.values.map(String).join('|') })];
    case 'custom':
      if (issue.message === 'impossible-date') {
        const { month, year, days } = describeImpossibleDate(String(value));
        return [at('impossible-date', { value: shown, month, year, days })];
      }
      return [at(ours(issue.message, 'invalid-value'), { value: shown })];
    default:
      return [at(ours(issue.message, 'invalid-value'), { value: shown })];
  }
}

function describeUnion(
  source: SourceFile,
  schema: z.core.$ZodType,
  data: unknown,
  issue: z.core.$ZodIssueInvalidUnion,
  path: PathSegment[],
  at: (code: MessageCode, params?: MessageParams) => Diagnostic,
  shown: string | undefined,
): Diagnostic[] {
  if (issue.discriminator !== undefined && issue.errors.length === 0) {
    const options = 'options' in issue ? (issue.options?.map(String) ?? []) : [];
    // The block names it, so that an unknown key elsewhere is not taken for this one misspelt.
    if (shown === undefined) return [at('missing-key', { key: String(path.at(-1)), block: path.slice(0, -1).join('.') })];
    return [at(ours(issue.message, 'wrong-value'), { value: shown, options: options.join('|'), suggestion: suggest(shown, options) })];
  }
  // A branch that failed only on the type of the value itself is not what the user meant.
  const meant = issue.errors.filter((branch) => !(branch.length === 1 && branch[0]!.code === 'invalid_type' && branch[0]!.path.length === 0));
  if (meant.length === 1) return meant[0]!.flatMap((inner) => describeIssue(source, schema, data, inner, path));
  const first = issue.errors[0]?.[0];
  const code = first && isMessageCode(first.message) ? first.message : 'invalid-value';
  return [at(code, { found: describeFoundNode(source, path), value: shown })];
}

function ours(message: string, fallback: MessageCode): MessageCode {
  return isMessageCode(message) ? message : fallback;
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** The keys the schema allows in the block at `path` (for "did you mean"). */
export function allowedKeys(schema: z.core.$ZodType, data: unknown, path: readonly PathSegment[]): string[] {
  let current: z.core.$ZodType | undefined = schema;
  for (let i = 0; i < path.length && current; i++) {
    const def = unwrap(current, valueAt(data, path.slice(0, i)))._zod.def as {
      type: string;
      shape?: Record<string, z.core.$ZodType>;
      element?: z.core.$ZodType;
    };
    current = def.type === 'object' ? def.shape?.[String(path[i])] : def.type === 'array' ? def.element : undefined;
  }
  const def = current && (unwrap(current, valueAt(data, path))._zod.def as { type: string; shape?: object });
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function unwrap(schema: z.core.$ZodType, value: unknown): z.core.$ZodType {
  let current = schema;
  for (;;) {
    const def = current._zod.def as {
      type: string;
      innerType?: z.core.$ZodType;
      in?: z.core.$ZodType;
      options?: z.core.$ZodType[];
      discriminator?: string;
    };
    // optional, default, nullable, readonly, prefault, catch …: each wraps the schema of the same value.
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else if (def.type === 'union' && def.options) {
      const wanted = def.discriminator && value && typeof value === 'object' ? (value as Record<string, unknown>)[def.discriminator] : undefined;
      const match = def.options.find((option) => {
        const shape = (option._zod.def as { shape?: Record<string, z.core.$ZodType> }).shape;
        const literal = def.discriminator ? shape?.[def.discriminator] : undefined;
        const values = (literal?._zod as { values?: Set<unknown> } | undefined)?.values;
        return values?.has(wanted);
      });
      current = match ?? def.options.find((option) => option._zod.def.type === 'object') ?? def.options[0]!;
    } else return current;
  }
}
