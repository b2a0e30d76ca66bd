// `centre news from-record <plan> <item>`: a news draft (news/<date>-<title>.md)
// from an item of the plan's record marked held, with its days, participants and
// evidence. The file is created, never written over: a draft already there is
// the methodist's text.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { isHeld, yearFigures } from '../../analysis/figures.js';
import { findPlanItem } from '../../analysis/record-items.js';
import { userError } from '../../schema/diagnostic.js';
import { givenFileOf } from '../model.js';
import { newsDraft } from '../../site/news-draft.js';
import { findWorkspaceRoot } from '../files.js';
import type { WorkspaceContext } from '../context.js';
import { loadWorkspace } from '../load.js';
import { newsFolderName } from '../news-inputs.js';
import { createOutput } from '../write-output.js';
import { findRecordOf, loadPlan, stopOnErrors, unknownItem } from '../plan-and-record.js';

/** The draft written: where, and the item as it is shown («3.1. Семинар …»). */
interface NewsDraftWritten {
  readonly path: string;
  readonly item: string;
}

/** `output`: the draft's file, instead of news/<date>-<title>.md in the workspace. */
export async function draftNewsFromRecord(ctx: WorkspaceContext, planArg: string, itemArg: string, output: string | undefined): Promise<NewsDraftWritten> {
  const planPath = path.resolve(ctx.cwd, planArg);
  const plan = await loadPlan(ctx, planArg);
  const found = findPlanItem(plan, itemArg);
  if (!found) throw unknownItem(ctx.display(planPath), plan, itemArg);
  const recordPath = await findRecordOf(ctx, planPath);
  if (!existsSync(recordPath)) throw userError(ctx.display(planPath), 'news-no-record', { record: ctx.display(recordPath) });
  const loaded = await loadWorkspace(ctx, [recordPath]);
  await stopOnErrors(ctx, loaded);
  const record = givenFileOf(loaded, 'record', ctx.display(recordPath)).validated.value;
  const item = yearFigures(plan, record)
    .sections.flatMap((section) => section.items)
    .find((figures) => figures.number === found.number)!;
  const shownItem = `${found.printed}. ${item.activity.split('\n')[0]!.trim()}`;
  if (item.status === 'no-entry') throw userError(ctx.display(recordPath), 'news-item-not-recorded', { item: shownItem, plan: planArg, key: itemArg });
  if (!isHeld(item)) throw userError(ctx.display(recordPath), 'news-item-not-held', { item: shownItem, status: item.status });
  const draft = newsDraft(item);
  const target = output === undefined ? path.join(findWorkspaceRoot(ctx.cwd), newsFolderName, draft.fileName) : path.resolve(ctx.cwd, output);
  if (!createOutput(ctx, target, draft.text)) throw userError(ctx.display(target), 'news-draft-exists', { path: ctx.display(target) });
  return { path: target, item: shownItem };
}
