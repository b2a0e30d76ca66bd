// What `centre calendar` adds from the other files of the workspace: the
// report deadlines of every monitoring form, and with --status, for each past
// occurrence what the plan's record says, and the overdue items with no entry
// (said by cli/output/status.ts).
import type { AgendaRow, PlanSource } from '../calendar/agenda.js';
import { formDeadlinePlans } from '../calendar/form-deadlines.js';
import type { IsoDate, Span } from '../calendar/model.js';
import { occurrenceStatus, type OccurrenceStatus } from '../analysis/occurrence-status.js';
import { itemRefs } from '../kinds/record-rules.js';
import { planEntries, planPeriod } from '../calendar/plan-entries.js';
import type { PlanDocument } from '../schema/plan.js';
import { entriesByNumber } from '../analysis/record-items.js';
import type { RecordEntry } from '../schema/record.js';
import { recordPlanPath, type FileOf } from './model.js';

/** The form's deadlines in the window, as plan-shaped sources citing the form's periods. */
export function formSources(file: FileOf<'form'>, window: Span): PlanSource[] {
  return formDeadlinePlans(file.validated.value, window).map((plan) => ({
    plan,
    file: file.shown,
    lineOf: (path: readonly (string | number)[]) => file.lineOf?.(['periods', path[3] as number]),
    movesDeadlines: true,
  }));
}

export interface StatusSource extends PlanSource {
  /** The plan's absolute path, to find its record. */
  readonly path: string;
}

interface PlanRecord {
  /** The entries by the number of their item. */
  readonly entries: Map<number, RecordEntry>;
  /** file:line of each item → its number. */
  readonly numberAt: Map<string, number>;
}

function recordsByPlan(sources: readonly StatusSource[], records: readonly FileOf<'record'>[]): Map<StatusSource, PlanRecord> {
  const result = new Map<StatusSource, PlanRecord>();
  for (const file of records) {
    const record = file.validated.value;
    const source = sources.find((candidate) => candidate.path === recordPlanPath(file.path, record));
    if (!source) continue;
    const numberAt = new Map<string, number>();
    for (const ref of planItemRefs(source.plan)) {
      const line = source.lineOf?.(ref.path);
      if (line !== undefined) numberAt.set(`${source.file}:${line}`, ref.number);
    }
    result.set(source, { entries: entriesByNumber(source.plan, record), numberAt });
  }
  return result;
}

export interface StatusRow extends AgendaRow {
  readonly status?: Exclude<OccurrenceStatus, 'upcoming'>;
}

/** Each row of a plan with a record, up to today, with what the record says of it. */
export function withStatus(rows: readonly AgendaRow[], sources: readonly StatusSource[], records: readonly FileOf<'record'>[], today: IsoDate): StatusRow[] {
  const byPlan = recordsByPlan(sources, records);
  const all = [...byPlan.values()];
  return rows.map((row) => {
    const planRecord = all.find((candidate) => candidate.numberAt.has(row.source));
    if (!planRecord) return row;
    const status = occurrenceStatus(planRecord.entries.get(planRecord.numberAt.get(row.source)!), row, today);
    return status === 'upcoming' ? row : { ...row, status };
  });
}

/** An item of a plan with a record whose dates are all past and that has no entry. */
export interface OverdueItem {
  readonly number: number;
  readonly title: string;
  /** Its last day, YYYY-MM-DD. */
  readonly lastDay: IsoDate;
  /** Where the plan writes it: file:line, or the file. */
  readonly source: string;
}

/** Items of plans with a record whose dates are all past and that have no entry. */
export function overdueItems(sources: readonly StatusSource[], records: readonly FileOf<'record'>[], today: IsoDate): OverdueItem[] {
  const byPlan = recordsByPlan(sources, records);
  const items: OverdueItem[] = [];
  for (const [source, planRecord] of byPlan) {
    for (const ref of planItemRefs(source.plan)) {
      if (ref.lastDay === undefined || ref.lastDay >= today || planRecord.entries.has(ref.number)) continue;
      const line = source.lineOf?.(ref.path);
      items.push({ number: ref.number, title: ref.title, lastDay: ref.lastDay, source: line === undefined ? source.file : `${source.file}:${line}` });
    }
  }
  return items;
}

/** The plan's items with the last day each is due, its timings read with the default school year. */
function planItemRefs(plan: PlanDocument) {
  const period = planPeriod(plan);
  return itemRefs(plan, period && planEntries(plan, period));
}
