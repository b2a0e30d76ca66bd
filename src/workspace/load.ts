// Reads and validates the files a command was given, into the workspace model (model.ts): the I/O
// half of validation, shared by the commands that read workspace files.
import path from 'node:path';
import type { Diagnostic } from '../schema/diagnostic.js';
import { fileDiagnostic } from '../schema/diagnostic.js';
import type { Validated } from '../kinds/kinds.js';
import { workspaceOf, type LoadedFile, type Workspace } from './model.js';
import { isKindName } from '../kinds/kind-names.js';
import { keptLineOf, type KeptCheck, type KeptChecks } from '../kinds/kept-checks.js';
import { collectYamlFiles, errnoOf, NotUtf8Error, readTextFile } from './files.js';
import type { WorkspaceContext } from './context.js';

/** A file marked `example: true`, as `centre init` writes its examples. */
export const isMarkedExample = (file: LoadedFile): boolean => (file.validated?.value as { example?: boolean } | undefined)?.example === true;

export interface LoadOptions {
  /** Keep the line of every value (for commands that cite item lines, like the calendar). */
  readonly positions?: boolean;
  /** Skip, unread and unchecked, the files of a folder that plainly say they are of another kind. */
  readonly kinds?: readonly string[];
}

export async function loadWorkspace(ctx: WorkspaceContext, paths: readonly string[], { positions = false, kinds }: LoadOptions = {}): Promise<Workspace> {
  const { files, problems } = collectYamlFiles(paths, ctx.cwd, ctx.display);
  const explicit = new Set(paths.map((given) => path.resolve(ctx.cwd, given)));
  const sources = new Map<string, string>();
  const loaded: LoadedFile[] = [];
  for (const file of files) {
    const result = await loadFile(ctx, file, sources, positions, kinds && !explicit.has(file) ? kinds : undefined);
    if (result) loaded.push(result);
  }
  return workspaceOf(loaded, problems, sources);
}

/** The kind a file declares on a line of its own («kind: registry»), if it does. */
export function declaredKind(text: string): string | undefined {
  return /^kind:[ \t]*([\w-]+)[ \t]*$/m.exec(text)?.[1];
}

async function loadFile(
  ctx: WorkspaceContext,
  file: string,
  sources: Map<string, string>,
  positions: boolean,
  kinds: readonly string[] | undefined,
): Promise<LoadedFile | undefined> {
  const shown = ctx.display(file);
  let text: string;
  try {
    text = readTextFile(file);
  } catch (error) {
    if (error instanceof NotUtf8Error) {
      return { path: file, shown, diagnostics: [{ file: shown, line: error.line, column: error.column, severity: 'error', code: 'not-utf8' }] };
    }
    return { path: file, shown, diagnostics: [fileDiagnostic(shown, 'file-unreadable', { reason: errnoOf(error) })] };
  }
  const declared = kinds ? declaredKind(text) : undefined;
  if (declared !== undefined && isKindName(declared) && !kinds!.includes(declared)) return undefined;
  sources.set(shown, text);
  const kept = ctx.keptChecks?.accepts(text) ? { checks: ctx.keptChecks, file } : undefined;
  return { path: file, shown, ...(await checkText(shown, text, positions, kept)) };
}

/**
 * The validation of one file's text that every command runs: the check kept from an earlier run of
 * this very text (kinds/kept-checks.ts), else the fast path, then, when anything is wrong, the
 * located one; a clean result of either is kept for the next run.
 */
export async function checkText(
  shown: string,
  text: string,
  positions = false,
  kept?: { checks: KeptChecks; file: string },
): Promise<Omit<LoadedFile, 'path' | 'shown'>> {
  const earlier = kept?.checks.read(kept.file, text, positions);
  if (earlier) return fromKept(shown, earlier);
  const { quickValidate } = await import('../kinds/quick-check.js');
  const quick = quickValidate(text, { positions });
  // Warnings only: placed by the position-keeping parser, without checking the file again.
  const warnings = quick && quick.warnings.length > 0 ? (await import('../kinds/locate-problems.js')).locateProblems(shown, text, quick.warnings) : [];
  if (quick && warnings)
    return keptIfClean(shown, text, positions, kept, { diagnostics: warnings, validated: quick.validated, lineOf: quick.lineOf }, () => quick.toKept(warnings));
  // An error (or what yaml alone refuses): load the position-keeping parser to say what and where.
  const { validateText } = await import('../kinds/validate.js');
  const located = validateText(shown, text);
  return keptIfClean(shown, text, positions, kept, located, () => located.toKept?.(positions));
}

/** A result with no errors is kept, and said as a kept check says it, so that this run and the next say the same. */
function keptIfClean(
  shown: string,
  text: string,
  positions: boolean,
  kept: { checks: KeptChecks; file: string } | undefined,
  fresh: Omit<LoadedFile, 'path' | 'shown'>,
  toKept: () => KeptCheck | undefined,
): Omit<LoadedFile, 'path' | 'shown'> {
  const result = kept && toKept();
  if (!result) return fresh;
  kept!.checks.write(kept!.file, text, positions, result);
  return fromKept(shown, result);
}

/** A kept check as the file's result, with the plan's kept calendar entries for the calendar to take. */
function fromKept(shown: string, kept: KeptCheck): Omit<LoadedFile, 'path' | 'shown'> {
  const diagnostics = (kept.warnings ?? []).map((warning): Diagnostic => ({ file: shown, ...warning }));
  const validated = { kind: kept.kind, value: kept.value } as Validated;
  return { diagnostics, validated, lineOf: keptLineOf(kept.lines), ...(kept.entriesRead ? { entriesRead: kept.entriesRead } : {}) };
}

export function allDiagnostics(loaded: Workspace): Diagnostic[] {
  return [...loaded.pathProblems, ...loaded.files.flatMap((file) => file.diagnostics)];
}
