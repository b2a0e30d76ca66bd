// `centre done <plan> <item>`: marks an item of a plan in the plan's record,
// adding its entry or updating it. The record is the only file written, and
// atomically; the plan is read, never touched.
import path from 'node:path';
import { existsSync } from 'node:fs';
import { applyDone, newRecordText, type DoneChange } from '../../analysis/record-edit.js';
import { parseIsoDate, type IsoDate } from '../../schema/iso-date.js';
import { userError } from '../../schema/diagnostic.js';
import type { ParticipantCategory } from '../../schema/record.js';
import { participantCategoryOf, peopleCategories, statusOf } from '../../schema/record-words.js';
import { entryKey, findPlanItem } from '../../analysis/record-items.js';
import { readTextFile } from '../files.js';
import type { WorkspaceContext } from '../context.js';
import { changeAlone, writeOutput } from '../write-output.js';
import { checkRecord, findRecordOf, loadPlan, unknownItem } from '../plan-and-record.js';
import { today } from '../today.js';

/** What the command line says of the item, as written there. */
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

interface MarkedDone {
  /** Whether the item's entry is new (else it was updated). */
  readonly added: boolean;
  readonly recordPath: string;
  /** The item's number as its plan prints it. */
  readonly printed: string;
  /** The first line of the item's activity. */
  readonly title: string;
}

export async function markDone(ctx: WorkspaceContext, planArg: string, itemArg: string, options: DoneOptions): Promise<MarkedDone> {
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
  return { added: result.added, recordPath, printed: found.printed, title: found.item.activity.split('\n')[0]!.trim() };
}

function readChange(item: string, options: DoneOptions): DoneChange {
  const usage = (code: Parameters<typeof userError>[1], value: string) => userError('centre done', code, { value }, 2);
  let dates: IsoDate[] | undefined;
  if (options.date !== undefined) {
    dates = options.date.split(',').map((text) => {
      const date = parseIsoDate(text);
      if (!date) throw usage('bad-date-option', text);
      return date;
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
