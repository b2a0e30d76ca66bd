// Validation of one file's text: YAML syntax, then the file's kind, then its
// shape (zod), then the named rules. Pure: no file system, no printing.
import { compareDiagnostics, hasErrors, type Diagnostic } from '../schema/diagnostic.js';
import { issuesToDiagnostics } from '../schema/issues.js';
import { kindNames, kinds, type Kind, type KindDefinition, type Validated } from './kinds.js';
import { locate, parseSource, type SourceFile } from '../schema/source.js';
import { locatedProblems } from './locate-problems.js';
import { suggest } from '../schema/suggest.js';
import { toKeptCheck, type KeptCheck } from './kept-checks.js';

export interface ValidationResult {
  readonly diagnostics: Diagnostic[];
  /** Present when the file has no errors (warnings allowed). */
  readonly validated?: Validated;
  /** The line where the value at `path` is written. */
  readonly lineOf?: (path: readonly (string | number)[]) => number | undefined;
  /** When the file has no errors: the result as it is kept between runs (kept-checks.ts), with the line of every block when `positions`. */
  toKept?(positions: boolean): KeptCheck | undefined;
}

export function validateText(file: string, text: string): ValidationResult {
  const { source, diagnostics } = parseSource(file, text);
  if (hasErrors(diagnostics)) return { diagnostics };
  // parseSource has measured every alias against the limits of yaml-limits.ts (and found none unresolved or
  // circular), so yaml's own cruder limit (a hundred uses of one anchor) would only refuse valid files.
  const data: unknown = source.document.toJS({ maxAliasCount: -1 });
  const kind = detectKind(source, data, diagnostics);
  if (!kind) return { diagnostics: diagnostics.sort(compareDiagnostics) };

  const { schema, rules } = kinds[kind] as KindDefinition<unknown>;
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    diagnostics.push(...issuesToDiagnostics(source, schema, data, parsed.error.issues));
    return { diagnostics: diagnostics.sort(compareDiagnostics) };
  }
  diagnostics.push(
    ...locatedProblems(
      source,
      rules.flatMap((rule) => rule(parsed.data)),
    ),
  );
  diagnostics.sort(compareDiagnostics);
  if (hasErrors(diagnostics)) return { diagnostics };
  const validated = { kind, value: parsed.data } as Validated;
  const lineOf = (path: readonly (string | number)[]) => locate(source, path).line;
  return {
    diagnostics,
    validated,
    lineOf,
    toKept: (positions) => toKeptCheck(validated, data, diagnostics, positions ? (_block, path) => lineOf(path) : undefined),
  };
}

function detectKind(source: SourceFile, data: unknown, diagnostics: Diagnostic[]): Kind | undefined {
  const file = source.file;
  const kindList = kindNames.join('|');
  if (data === null || data === undefined) {
    diagnostics.push({ file, line: 1, column: 1, severity: 'error', code: 'empty-file' });
    return undefined;
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    diagnostics.push({ file, ...locate(source, []), severity: 'error', code: 'not-a-mapping' });
    return undefined;
  }
  const kind = (data as Record<string, unknown>).kind;
  if (kind === undefined) {
    diagnostics.push({ file, ...locate(source, []), severity: 'error', code: 'missing-kind', params: { kinds: kindList } });
    return undefined;
  }
  if (typeof kind === 'string' && Object.hasOwn(kinds, kind)) return kind as Kind;
  diagnostics.push({
    file,
    ...locate(source, ['kind']),
    severity: 'error',
    code: 'unknown-kind',
    params: { kind: String(kind), kinds: kindList, suggestion: suggest(String(kind), kindNames) },
  });
  return undefined;
}
