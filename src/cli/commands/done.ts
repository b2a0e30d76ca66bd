// `centre done <plan> <item>`: marks an item of a plan in the plan's record,
// adding its entry or updating it. The record is the only file written, and
// atomically; the plan is read, never touched.
import path from 'node:path';
import { existsSync } from 'node:fs';
import { applyDone, newRecordText, recordPathOf, type DoneChange } from '../../analysis/record-edit.js';
import { parseDateText, toIsoDate } from '../../schema/dates.js';
import { CentreError, hasErrors, userError } from '../../schema/diagnostic.js';
import type { PlanDocument } from '../../schema/plan.js';
import type { ParticipantCategory } from '../../schema/record.js';
import { participantCategoryOf, peopleCategories, statusOf } from '../../schema/record-words.js';
import { suggest } from '../../schema/suggest.js';
import { entryKey, findPlanItem, isItemNumber, numberedItems } from '../../analysis/record-items.js';
import { readTextFile } from '../../workspace/files.js';
import type { CliContext } from '../context.js';
import { allDiagnostics, loadFiles } from '../load.js';
import { renderDiagnostics } from '../output/diagnostics.js';
import { changeAlone, samePath, writeOutput } from '../write-output.js';
import { recordPlanPath } from '../record-plans.js';
import { today } from './today.js';

export interface DoneOptions {
  readonly date?: string;
  readonly participants?: string;
  /** «классные руководители=32,родители=8». */
  readonly category?: string;
  readonly link?: string;
  readonly note?: string;
  readonly status?: string;
  readonly record?: string;
}

/** The record of plans/X.yaml is plans/X.record.yaml unless --record names another. */
export const defaultRecordPath = recordPathOf;

/** The record beside the plan that names it (whatever its file is called), else the default name. */
export async function findRecordOf(ctx: CliContext, planPath: string): Promise<string> {
  const loaded = await loadFiles(ctx, [path.dirname(planPath)], { kinds: ['record'] });
  const naming = loaded.files.filter((file) => file.validated?.kind === 'record' && recordPlanPath(file.path, file.validated.value) === planPath);
  // a link to the record beside the record itself is one record
  const records = naming.filter((file, index) => naming.findIndex((other) => samePath(other.path) === samePath(file.path)) === index);
  if (records.length > 1) throw userError(ctx.display(planPath), 'done-several-records', { files: records.map((file) => file.shown).join('|') }, 2);
  return records[0]?.path ?? defaultRecordPath(planPath);
}

export async function doneCommand(ctx: CliContext, planArg: string, itemArg: string, options: DoneOptions): Promise<number> {
  const planPath = path.resolve(ctx.cwd, planArg);
  const plan = await loadPlan(ctx, planArg);
  const found = findPlanItem(plan, itemArg);
  if (!found) throw unknownItem(ctx.display(planPath), plan, itemArg);
  const item = entryKey(found);
  const change = readChange(item, options);
  const recordPath = options.record === undefined ? await findRecordOf(ctx, planPath) : path.resolve(ctx.cwd, options.record);
  if (recordPath === planPath) throw userError(ctx.display(recordPath), 'output-is-input', { path: ctx.display(recordPath) }, 2);
  // read, changed and written by one run at a time: runs at once would each drop the others' entries
  const result = await changeAlone(ctx, recordPath, async () => {
    const exists = existsSync(recordPath);
    if (exists) await checkRecord(ctx, recordPath);
    const planRef = path.relative(path.dirname(recordPath), planPath).split(path.sep).join('/');
    const text = exists ? readTextFile(recordPath, true) : newRecordText(planRef);
    const changed = applyDone(text, exists || change.dates ? change : { ...change, dates: [today(ctx)] });
    await writeOutput(ctx, recordPath, changed.text);
    return changed;
  });
  const title = found.item.activity.split('\n')[0]!.trim();
  const shown = `${found.printed}. ${title.length > 60 ? `${title.slice(0, 59).trimEnd()}…` : title}`;
  ctx.stdout.write(`${ctx.t(result.added ? 'done-added' : 'done-updated', { item: shown, path: ctx.display(recordPath) })}\n`);
  return 0;
}

/** No item has this id or number: say how many items the plan numbers, or the id meant. */
export function unknownItem(file: string, plan: PlanDocument, value: string) {
  const items = numberedItems(plan);
  const ids = items.flatMap((item) => (item.id === undefined ? [] : [item.id]));
  if (isItemNumber(value)) return userError(file, 'done-no-such-number', { value, count: items.length });
  return userError(file, ids.length === 0 ? 'done-plan-without-ids' : 'done-unknown-item', { value, suggestion: suggest(value, ids) });
}

export async function loadPlan(ctx: CliContext, planArg: string): Promise<PlanDocument> {
  const loaded = await loadFiles(ctx, [planArg]);
  await stopOnErrors(ctx, loaded);
  const file = loaded.files[0];
  const validated = file?.validated;
  if (!file || !validated) throw userError(planArg, 'no-files', {}, 1);
  if (validated.kind !== 'plan' && validated.kind !== 'cyclogram') throw userError(file.shown, 'not-a-plan', { kind: validated.kind });
  return validated.value;
}

/** The record must be a valid record before it is changed: it is the user's file. */
export async function checkRecord(ctx: CliContext, recordPath: string): Promise<void> {
  const loaded = await loadFiles(ctx, [recordPath]);
  await stopOnErrors(ctx, loaded);
  const validated = loaded.files[0]?.validated;
  if (validated && validated.kind !== 'record') throw userError(ctx.display(recordPath), 'file-of-other-kind', { found: validated.kind, kind: 'record' });
}

export async function stopOnErrors(ctx: CliContext, loaded: Awaited<ReturnType<typeof loadFiles>>): Promise<void> {
  const diagnostics = allDiagnostics(loaded);
  if (!hasErrors(diagnostics)) return;
  ctx.stderr.write(await renderDiagnostics(diagnostics, 'human', { t: ctx.t, colours: ctx.errorColours, sources: loaded.sources }));
  throw new CentreError([], 1);
}

function readChange(item: string, options: DoneOptions): DoneChange {
  const usage = (code: Parameters<typeof userError>[1], value: string) => userError('centre done', code, { value }, 2);
  let dates: string[] | undefined;
  if (options.date !== undefined) {
    dates = options.date.split(',').map((text) => {
      const parsed = parseDateText(text);
      if (!parsed) throw usage('bad-date-option', text);
      return toIsoDate(parsed);
    });
  }
  const categories = options.category === undefined ? undefined : readCategories(options.category);
  let participants: number | undefined;
  if (options.participants !== undefined) {
    participants = Number(options.participants);
    if (!/^\d+$/.test(options.participants.trim()) || !Number.isSafeInteger(participants)) throw usage('done-bad-participants', options.participants);
  }
  const people =
    categories && peopleCategories.some((category) => categories[category] !== undefined)
      ? peopleCategories.reduce((sum, category) => sum + (categories[category] ?? 0), 0)
      : undefined;
  // the people of the categories make the total: given both, they must agree; given the categories alone, they are the total
  if (participants !== undefined && people !== undefined && people !== participants) {
    throw userError('centre done', 'done-categories-sum', { total: participants, sum: people }, 2);
  }
  participants ??= people;
  const status = options.status === undefined ? undefined : statusOf(options.status);
  if (options.status !== undefined && status === undefined) throw usage('done-bad-status', options.status);
  const text = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : value.trim());
  return {
    item,
    ...(status !== undefined ? { status } : {}),
    ...(dates ? { dates } : {}),
    ...(participants !== undefined ? { participants } : {}),
    ...(categories ? { categories } : {}),
    ...(text(options.link) !== undefined ? { evidence: text(options.link) } : {}),
    ...(text(options.note) !== undefined ? { comment: text(options.note) } : {}),
  };
}

/** «классные руководители=32, родители=8» (or «:» for «=»): counts by category, each named once. */
function readCategories(text: string): Partial<Record<ParticipantCategory, number>> {
  const counts: Partial<Record<ParticipantCategory, number>> = {};
  for (const part of text.split(/[,;]/).filter((piece) => piece.trim() !== '')) {
    const pair = /^(.+?)\s*[=:]\s*(\d+)\s*$/.exec(part.trim());
    if (!pair) throw userError('centre done', 'done-bad-category', { value: part.trim() }, 2);
    const category = participantCategoryOf(pair[1]!);
    if (!category) throw userError('centre done', 'done-unknown-category', { value: pair[1]!.trim() }, 2);
    if (counts[category] !== undefined) throw userError('centre done', 'done-category-twice', { value: pair[1]!.trim() }, 2);
    counts[category] = Number(pair[2]);
  }
  return counts;
}
