// How `centre calendar --status` says what the records say (workspace/use-cases/calendar.ts): the
// status in each past row's title (or a JSON row's `status`), then the overdue items with no entry.
import type { AgendaRow } from '../../calendar/agenda.js';
import type { IsoDate, Span } from '../../calendar/model.js';
import type { OccurrenceStatus } from '../../analysis/occurrence-status.js';
import type { MessageCode } from '../../i18n/messages.js';
import type { CliContext } from '../context.js';
import type { OverdueItem, StatusRow } from '../../workspace/calendar-status.js';
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

/** Items of plans with a record whose dates are all past and that have no entry, a line each. */
function overdueLines(ctx: CliContext, items: readonly OverdueItem[]): string[] {
  return items.map((item) => ctx.t('status-overdue-item', { number: item.number, title: item.title, date: shortDate(item.lastDay), source: item.source }));
}

/** The table's rows with the status in the title: «Вебинар (… ) — проведено». */
function labelRows(ctx: CliContext, rows: readonly StatusRow[]): AgendaRow[] {
  return rows.map((row) => (row.status ? { ...row, title: `${row.title} — ${statusText(ctx, row.status)}` } : row));
}

function statusText(ctx: CliContext, status: Exclude<OccurrenceStatus, 'upcoming'>): string {
  const text = ctx.t(labels[status]);
  return status === 'held' ? ctx.colours.strong(text) : ctx.colours.warning(text);
}

/** The agenda with what the records say (JSON rows gain `status`), then the overdue items. */
export function renderStatus(
  ctx: CliContext,
  format: 'table' | 'json',
  listing: { readonly rows: readonly StatusRow[]; readonly overdue: readonly OverdueItem[]; readonly window: Span; readonly today: IsoDate },
): string {
  const { rows, window, today } = listing;
  if (format === 'json') {
    const json = (JSON.parse(renderAgendaJson(rows)) as object[]).map((row, index) => ({
      ...row,
      ...(rows[index]!.status ? { status: rows[index]!.status } : {}),
    }));
    return `${JSON.stringify(json, null, 2)}\n`;
  }
  const overdue = overdueLines(ctx, listing.overdue);
  const list = overdue.length ? `\n${ctx.t('status-overdue', { count: overdue.length, today })}\n${overdue.map((line) => `  ${line}`).join('\n')}\n` : '';
  return renderAgendaTable(ctx, labelRows(ctx, rows), window) + list;
}
