// A record names its plan by a path relative to itself: finding that plan
// among the files already loaded, or reading it, and checking the record
// against it (for validate).
import type { Diagnostic } from '../schema/diagnostic.js';
import type { PlanDocument } from '../schema/plan.js';
import type { YearRecord } from '../schema/record.js';
import type { RuleProblem } from '../kinds/rules.js';
import { keptEntries, planPeriod, type CalendarEntry, type EntriesRead } from '../calendar/plan-entries.js';
import type { WorkspaceContext } from './context.js';
import { loadWorkspace } from './load.js';
import { isOfKind, recordPlanPath, type LoadedFile, type Workspace } from './model.js';
import { readTextFile } from './files.js';

export interface RecordPlan {
  readonly plan?: PlanDocument;
  readonly planFile: string;
  /** Why the plan could not be had, when it could not. */
  readonly reason?: string;
  /** The plan's calendar entries as its kept check holds them (see LoadedFile.entriesRead). */
  readonly entriesRead?: EntriesRead;
}

export async function findRecordPlan(ctx: WorkspaceContext, recordPath: string, record: YearRecord, loaded: readonly LoadedFile[] = []): Promise<RecordPlan> {
  const target = recordPlanPath(recordPath, record);
  const planFile = ctx.display(target);
  let file = loaded.find((candidate) => candidate.path === target);
  if (!file) {
    const read = await loadWorkspace(ctx, [target]);
    if (read.pathProblems.length > 0 || read.files.length === 0) return { planFile, reason: ctx.t('record-plan-not-found') };
    file = read.files[0]!;
  }
  if (!file.validated) return { planFile, reason: ctx.t('record-plan-invalid') };
  if (!isOfKind(file, 'plan', 'cyclogram')) return { planFile, reason: ctx.t('record-plan-other-kind', { kind: file.validated.kind }) };
  return { plan: file.validated.value, planFile, ...(file.entriesRead ? { entriesRead: file.entriesRead } : {}) };
}

/** Diagnostics of every record among the loaded files, read against its plan on `today`. */
export async function checkRecords(ctx: WorkspaceContext, loaded: Workspace, today: string): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  for (const file of loaded.records) {
    const record = file.validated.value;
    const found = await findRecordPlan(ctx, file.path, record, loaded.files);
    const { recordAgainstPlan, itemsPastWithoutEntry } = await import('../kinds/record-rules.js');
    const problems: RuleProblem[] = found.plan
      ? recordAgainstPlan(record, found.plan, found.planFile)
      : [{ path: ['plan'], severity: 'error', code: 'record-plan-missing', params: { plan: record.plan, reason: found.reason } }];
    const past = found.plan
      ? itemsPastWithoutEntry(record, found.plan, { plan: found.planFile, record: file.shown }, today, await entriesOf(found.plan, found.entriesRead))
      : [];
    if (problems.length === 0 && past.length === 0) continue;
    const { locateRecordProblems } = await import('../kinds/record-check.js');
    diagnostics.push(...locateRecordProblems(file.shown, loaded.sources.get(file.shown) ?? '', problems));
    // an item with no entry is pointed at where the plan writes it
    if (past.length) diagnostics.push(...locateRecordProblems(found.planFile, planText(loaded, found.planFile, recordPlanPath(file.path, record)), past));
  }
  return diagnostics;
}

function planText(loaded: Workspace, shown: string, planPath: string): string {
  return loaded.sources.get(shown) ?? readTextFile(planPath);
}

/**
 * The plan's calendar entries over its period: those its kept check holds, else read now (the reader, a
 * bundle of its own in the built command, is loaded only then).
 */
async function entriesOf(plan: PlanDocument, read: EntriesRead | undefined): Promise<readonly CalendarEntry[] | undefined> {
  const period = planPeriod(plan);
  if (!period) return undefined;
  return keptEntries(period, read) ?? (await import('../calendar/plan-entries.js')).planEntries(plan, period);
}
