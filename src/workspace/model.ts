// The workspace as the use cases see it: the files a command read (load.ts), each checked, sorted by
// kind into typed lists, with a record linked to its plan among them. A use case that keeps only some
// of the files (the site its published ones, the calendar a centre's own) sorts that part the same way.
import path from 'node:path';
import { userError, type Diagnostic } from '../schema/diagnostic.js';
import type { YearRecord } from '../schema/record.js';
import type { KindName } from '../kinds/kind-names.js';
import type { Validated, ValidatedValues } from '../kinds/kinds.js';
import type { EntriesRead } from '../calendar/plan-entries.js';

/** A file read and checked. */
export interface LoadedFile {
  /** Absolute path. */
  readonly path: string;
  /** As shown to the user. */
  readonly shown: string;
  readonly diagnostics: Diagnostic[];
  readonly validated?: Validated;
  /** The line where the value at a path of the file is written. */
  readonly lineOf?: (path: readonly (string | number)[]) => number | undefined;
  /** A plan's calendar entries kept with its check in an earlier run, for the calendar to take instead of reading its timings again. */
  readonly entriesRead?: EntriesRead;
}

/** A loaded file whose content has the schema of kind K (it may still carry warnings, or errors of the kind's rules). */
export type FileOf<K extends KindName> = K extends KindName
  ? Omit<LoadedFile, 'validated'> & { readonly validated: { kind: K; value: ValidatedValues[K] } }
  : never;

/** A plan or a cyclogram: what has items with timings. */
export type PlanFile = FileOf<'plan' | 'cyclogram'>;

export function isOfKind<K extends KindName>(file: LoadedFile, ...kinds: readonly K[]): file is FileOf<K> {
  return file.validated !== undefined && (kinds as readonly KindName[]).includes(file.validated.kind);
}

/** The files of each kind, in the order they were read. */
export interface FilesByKind {
  readonly plans: readonly PlanFile[];
  readonly records: readonly FileOf<'record'>[];
  readonly forms: readonly FileOf<'form'>[];
  readonly registries: readonly FileOf<'registry'>[];
  readonly centres: readonly FileOf<'centre'>[];
  readonly schoolYears: readonly FileOf<'school-year'>[];
  readonly holidays: readonly FileOf<'holidays'>[];
  readonly documents: readonly FileOf<'document'>[];
  readonly practices: readonly FileOf<'practice'>[];
  readonly contests: readonly FileOf<'contest'>[];
  readonly registers: readonly FileOf<'register'>[];
}

/** What a command read of the workspace: every file with its checks, the problems with the paths given, and each file's text. */
export interface Workspace extends FilesByKind {
  readonly files: readonly LoadedFile[];
  /** Problems with the paths themselves (missing, not YAML). */
  readonly pathProblems: Diagnostic[];
  /** Each file's text, by the path shown. */
  readonly sources: Map<string, string>;
}

export function filesByKind(files: readonly LoadedFile[]): FilesByKind {
  const of = <K extends KindName>(...kinds: K[]) => files.filter((file): file is FileOf<K> => isOfKind(file, ...kinds));
  return {
    plans: of('plan', 'cyclogram'),
    records: of('record'),
    forms: of('form'),
    registries: of('registry'),
    centres: of('centre'),
    schoolYears: of('school-year'),
    holidays: of('holidays'),
    documents: of('document'),
    practices: of('practice'),
    contests: of('contest'),
    registers: of('register'),
  };
}

export function workspaceOf(files: readonly LoadedFile[], pathProblems: Diagnostic[], sources: Map<string, string>): Workspace {
  return { files, pathProblems, sources, ...filesByKind(files) };
}

/** The plan a record names, by a path relative to the record. */
export function recordPlanPath(recordPath: string, record: YearRecord): string {
  return path.resolve(path.dirname(recordPath), record.plan.trim());
}

/** The records among `records` that name the plan at `planPath`. */
export function recordsOfPlan(records: readonly FileOf<'record'>[], planPath: string): FileOf<'record'>[] {
  return records.filter((file) => recordPlanPath(file.path, file.validated.value) === planPath);
}

/** The plan a record names, when it is among `plans`. */
export function planOfRecord(plans: readonly PlanFile[], record: FileOf<'record'>): PlanFile | undefined {
  const target = recordPlanPath(record.path, record.validated.value);
  return plans.find((file) => file.path === target);
}

/** The one file a command was given, which must be of `kind` (`shown` names it otherwise, saying what it is). */
export function givenFileOf<K extends KindName>(loaded: Workspace, kind: K, shown: string): FileOf<K> {
  const file = loaded.files[0];
  if (!file || !isOfKind(file, kind)) throw userError(shown, 'file-of-other-kind', { found: file?.validated?.kind ?? 'unknown', kind });
  return file;
}
