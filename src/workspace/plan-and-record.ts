// A plan named on the command line and its year's record: the plan loaded and
// checked, its record found beside it, the record checked before it is changed
// (`done`, `certificates`, `news from-record`).
import path from 'node:path';
import { recordPathOf } from '../analysis/record-edit.js';
import { isItemNumber, numberedItems } from '../analysis/record-items.js';
import { CentreError, hasErrors, userError } from '../schema/diagnostic.js';
import type { PlanDocument } from '../schema/plan.js';
import { suggest } from '../schema/suggest.js';
import type { WorkspaceContext } from './context.js';
import { allDiagnostics, loadWorkspace } from './load.js';
import { givenFileOf, isOfKind, recordsOfPlan, type Workspace } from './model.js';
import { samePath } from './write-output.js';

/** The record beside the plan that names it (whatever its file is called), else the default name (plans/X.yaml → plans/X.record.yaml). */
export async function findRecordOf(ctx: WorkspaceContext, planPath: string): Promise<string> {
  const loaded = await loadWorkspace(ctx, [path.dirname(planPath)], { kinds: ['record'] });
  const naming = recordsOfPlan(loaded.records, planPath);
  // a link to the record beside the record itself is one record
  const records = naming.filter((file, index) => naming.findIndex((other) => samePath(other.path) === samePath(file.path)) === index);
  if (records.length > 1) throw userError(ctx.display(planPath), 'done-several-records', { files: records.map((file) => file.shown).join('|') }, 2);
  return records[0]?.path ?? recordPathOf(planPath);
}

/** No item has this id or number: say how many items the plan numbers, or the id meant. */
export function unknownItem(file: string, plan: PlanDocument, value: string) {
  const items = numberedItems(plan);
  const ids = items.flatMap((item) => (item.id === undefined ? [] : [item.id]));
  if (isItemNumber(value)) return userError(file, 'done-no-such-number', { value, count: items.length });
  return userError(file, ids.length === 0 ? 'done-plan-without-ids' : 'done-unknown-item', { value, suggestion: suggest(value, ids) });
}

export async function loadPlan(ctx: WorkspaceContext, planArg: string): Promise<PlanDocument> {
  const loaded = await loadWorkspace(ctx, [planArg]);
  await stopOnErrors(ctx, loaded);
  const file = loaded.files[0];
  if (!file?.validated) throw userError(planArg, 'no-files', {}, 1);
  if (!isOfKind(file, 'plan', 'cyclogram')) throw userError(file.shown, 'not-a-plan', { kind: file.validated.kind });
  return file.validated.value;
}

/** The record must be a valid record before it is changed: it is the user's file. */
export async function checkRecord(ctx: WorkspaceContext, recordPath: string): Promise<void> {
  const loaded = await loadWorkspace(ctx, [recordPath]);
  await stopOnErrors(ctx, loaded);
  givenFileOf(loaded, 'record', ctx.display(recordPath));
}

export async function stopOnErrors(ctx: WorkspaceContext, loaded: Workspace): Promise<void> {
  const diagnostics = allDiagnostics(loaded);
  if (!hasErrors(diagnostics)) return;
  await ctx.report(diagnostics, loaded.sources);
  throw new CentreError([], 1);
}
