// What `centre calendar` adds from the other files of the workspace: the
// report deadlines of every monitoring form, and with --status, for each past
// occurrence what the plan's record says, and the overdue items with no entry.
import { buildAgenda, type AgendaRow, type PlanSource } from '../calendar/agenda.js';
import type { WorkingCalendar } from '../calendar/working-days.js';
import { renderAgendaJson, renderAgendaTable } from './output/agenda.js';
import { formDeadlinePlans } from '../calendar/form-deadlines.js';
import type { Span } from '../calendar/model.js';
import { occurrenceStatus, type OccurrenceStatus } from '../analysis/occurrence-status.js';
import { planItemRefs } from '../kinds/record-rules.js';
import { entriesByNumber } from '../analysis/record-items.js';
import type { MessageCode } from '../i18n/messages.js';
import type { MonitoringForm } from '../schema/reports.js';
import type { RecordEntry, YearRecord } from '../schema/record.js';
import type { CliContext } from './context.js';
import type { LoadedFile } from './load.js';
import { recordPlanPath } from './record-plans.js';
import { shortDate } from './output/dates.js';

/** The form's deadlines in the window, as plan-shaped sources citing the form's periods. */
export function formSources(file: LoadedFile, form: MonitoringForm, window: Span): PlanSource[] {
  return formDeadlinePlans(form, window).map((plan) => ({
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

const labels: Record<Exclude<OccurrenceStatus, 'upcoming'>, MessageCode> = {
  held: 'status-held',
  moved: 'status-moved',
  cancelled: 'status-cancelled',
  'not-held': 'status-not-held',
  'no-entry': 'status-no-entry',
  'no-date': 'status-no-date',
};

function recordsByPlan(sources: readonly StatusSource[], records: readonly LoadedFile[]): Map<StatusSource, PlanRecord> {
  const result = new Map<StatusSource, PlanRecord>();
  for (const file of records) {
    const record = file.validated!.value as YearRecord;
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
export function withStatus(rows: readonly AgendaRow[], sources: readonly StatusSource[], records: readonly LoadedFile[], today: string): StatusRow[] {
  const byPlan = recordsByPlan(sources, records);
  const all = [...byPlan.values()];
  return rows.map((row) => {
    const planRecord = all.find((candidate) => candidate.numberAt.has(row.source));
    if (!planRecord) return row;
    const status = occurrenceStatus(planRecord.entries.get(planRecord.numberAt.get(row.source)!), row, today);
    return status === 'upcoming' ? row : { ...row, status };
  });
}

/** Items of plans with a record whose dates are all past and that have no entry. */
export function overdueItems(ctx: CliContext, sources: readonly StatusSource[], records: readonly LoadedFile[], today: string): string[] {
  const byPlan = recordsByPlan(sources, records);
  const lines: string[] = [];
  for (const [source, planRecord] of byPlan) {
    for (const ref of planItemRefs(source.plan)) {
      if (ref.lastDay === undefined || ref.lastDay >= today || planRecord.entries.has(ref.number)) continue;
      const line = source.lineOf?.(ref.path);
      lines.push(
        ctx.t('status-overdue-item', {
          number: ref.number,
          title: ref.title,
          date: shortDate(ref.lastDay),
          source: line === undefined ? source.file : `${source.file}:${line}`,
        }),
      );
    }
  }
  return lines;
}

/** The table's rows with the status in the title: «Вебинар (… ) — проведено». */
export function labelRows(ctx: CliContext, rows: readonly StatusRow[]): AgendaRow[] {
  return rows.map((row) => (row.status ? { ...row, title: `${row.title} — ${statusText(ctx, row.status)}` } : row));
}

export function statusText(ctx: CliContext, status: Exclude<OccurrenceStatus, 'upcoming'>): string {
  const text = ctx.t(labels[status]);
  return status === 'held' ? ctx.colours.strong(text) : ctx.colours.warning(text);
}

/** The agenda with what the records say (JSON rows gain `status`), then the overdue items. */
export function renderStatus(
  ctx: CliContext,
  format: 'table' | 'json',
  sources: { all: readonly PlanSource[]; plans: readonly StatusSource[]; records: readonly LoadedFile[] },
  window: Span,
  calendar: WorkingCalendar,
  today: string,
): { text: string; count: number } {
  const rows = withStatus(buildAgenda(sources.all, window, calendar), sources.plans, sources.records, today);
  if (format === 'json') {
    const json = (JSON.parse(renderAgendaJson(rows)) as object[]).map((row, index) => ({
      ...row,
      ...(rows[index]!.status ? { status: rows[index]!.status } : {}),
    }));
    return { text: `${JSON.stringify(json, null, 2)}\n`, count: rows.length };
  }
  const overdue = overdueItems(ctx, sources.plans, sources.records, today);
  const list = overdue.length ? `\n${ctx.t('status-overdue', { count: overdue.length, today })}\n${overdue.map((line) => `  ${line}`).join('\n')}\n` : '';
  return { text: renderAgendaTable(ctx, labelRows(ctx, rows), window) + list, count: rows.length };
}
