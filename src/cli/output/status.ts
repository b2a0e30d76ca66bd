// How `centre calendar --status` says what the records say: the status in each
// past row's title (or a JSON row's `status`), then the overdue items with no entry.
import { buildAgenda, type AgendaRow, type PlanSource } from '../../calendar/agenda.js';
import type { WorkingCalendar } from '../../calendar/working-days.js';
import type { IsoDate, Span } from '../../calendar/model.js';
import type { OccurrenceStatus } from '../../analysis/occurrence-status.js';
import type { MessageCode } from '../../i18n/messages.js';
import type { CliContext } from '../context.js';
import type { LoadedFile } from '../../workspace/load.js';
import { overdueItems as overdueOf, withStatus, type StatusRow, type StatusSource } from '../../workspace/calendar-status.js';
import { renderAgendaJson, renderAgendaTable } from './agenda.js';
import { shortDate } from './dates.js';

const labels: Record<Exclude<OccurrenceStatus, 'upcoming'>, MessageCode> = {
  held: 'status-held',
  moved: 'status-moved',
  cancelled: 'status-cancelled',
  'not-held': 'status-not-held',
  'no-entry': 'status-no-entry',
  'no-date': 'status-no-date',
};

/** Items of plans with a record whose dates are all past and that have no entry. */
export function overdueItems(ctx: CliContext, sources: readonly StatusSource[], records: readonly LoadedFile[], today: IsoDate): string[] {
  return overdueOf(sources, records, today).map((item) =>
    ctx.t('status-overdue-item', { number: item.number, title: item.title, date: shortDate(item.lastDay), source: item.source }),
  );
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
  today: IsoDate,
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
