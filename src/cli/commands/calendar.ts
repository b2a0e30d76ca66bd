// `centre calendar`: the workspace's dated entries (workspace/use-cases/calendar.ts) as a table,
// JSON or an .ics file.
import { userError } from '../../schema/diagnostic.js';
import type { CliContext } from '../context.js';
import { renderAgendaJson, renderAgendaTable } from '../output/agenda.js';
import { shortDate } from '../output/dates.js';
import { renderStatus } from '../output/status.js';
import { listCalendar, type CalendarListing, type CalendarOptions } from '../../workspace/use-cases/calendar.js';

export async function calendarCommand(ctx: CliContext, paths: string[], options: Omit<CalendarOptions, 'render'>): Promise<number> {
  const listed = await listCalendar(ctx, paths, { ...options, render: (listing) => render(ctx, listing) });
  if ('plansEndBefore' in listed) {
    const { end, from } = listed.plansEndBefore;
    throw userError('centre calendar', 'plans-end-before', { end: shortDate(end), from: shortDate(from) }, 1);
  }
  if (listed.written) ctx.stdout.write(`${ctx.t('calendar-wrote', { path: ctx.display(listed.written.path), count: listed.written.count })}\n`);
  else if (listed.text !== undefined) ctx.stdout.write(listed.text);
  return listed.failed ? 1 : 0;
}

function render(ctx: CliContext, listing: CalendarListing): string {
  if (listing.status) return renderStatus(ctx, listing.format, listing);
  return listing.format === 'json' ? renderAgendaJson(listing.rows) : renderAgendaTable(ctx, listing.rows, listing.window);
}
