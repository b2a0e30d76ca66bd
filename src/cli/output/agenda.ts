// The agenda for people (a table grouped by week or month) and for scripts (JSON).
import type { AgendaRow } from '../../calendar/agenda.js';
import { addDays, dateParts, dayNumber, maxDate, weekdayOf } from '../../calendar/days.js';
import type { Span } from '../../calendar/model.js';
import { calendarWords } from '../../i18n/calendar-words.js';
import type { CliContext } from '../context.js';
import { shortDate } from './dates.js';

export function renderAgendaJson(rows: readonly AgendaRow[]): string {
  const json = rows.map((row) => ({
    date: row.date,
    ...(row.end ? { end: row.end } : {}),
    kind: row.kind,
    title: row.title,
    plan: row.plan,
    section: row.section,
    responsible: row.responsible,
    source: row.source,
    ...(row.shiftedFrom ? { shiftedFrom: row.shiftedFrom } : {}),
    ...(row.dayOff ? { dayOff: row.dayOff } : {}),
    ...(row.movedFrom !== undefined ? { movedFrom: row.movedFrom } : {}),
  }));
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** Long section names and lists of parties are cut in the table; JSON has them whole. */
const clip = (text: string, length: number) => (text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`);

/** Weeks for a window of up to ten weeks, months beyond. */
export function renderAgendaTable(ctx: CliContext, rows: readonly AgendaRow[], window: Span): string {
  const { t, colours } = ctx;
  if (rows.length === 0) return `${t('calendar-empty', { from: shortDate(window.start), to: shortDate(window.end) })}\n`;
  const words = calendarWords(ctx.locale);
  const byWeek = dayNumber(window.end) - dayNumber(window.start) <= 70;
  const groupOf = (row: AgendaRow) => {
    const shown = maxDate(row.date, window.start);
    if (!byWeek) return `${words.month(dateParts(shown).month)} ${dateParts(shown).year}`;
    const monday = addDays(shown, 1 - weekdayOf(shown));
    return t('calendar-week', { start: shortDate(monday), end: shortDate(addDays(monday, 6)) });
  };
  const lines: string[] = [];
  let group = '';
  for (const row of rows) {
    if (groupOf(row) !== group) {
      group = groupOf(row);
      lines.push('', colours.strong(group));
    }
    const day = `${shortDate(row.date)} ${words.weekdayShort(weekdayOf(row.date))}`;
    const notes = [
      row.end ? t('calendar-until', { end: shortDate(row.end) }) : undefined,
      row.kind === 'deadline' ? colours.error(t('calendar-deadline')) : undefined,
      row.shiftedFrom ? t('calendar-shifted', { from: shortDate(row.shiftedFrom) }) : undefined,
      row.movedFrom !== undefined ? colours.warning(t('calendar-moved', { planned: row.movedFrom })) : undefined,
      row.dayOff ? colours.warning(t('calendar-day-off', { name: row.dayOff })) : undefined,
    ].filter(Boolean);
    lines.push(`  ${day}  ${row.title}${notes.length ? ` (${notes.join('; ')})` : ''}`);
    lines.push(`                 ${clip(row.section, 60)} · ${clip(row.responsible.join(', '), 60)} · ${row.source}`);
  }
  lines.push('', t('calendar-summary', { count: rows.length, from: shortDate(window.start), to: shortDate(window.end) }));
  return `${lines.join('\n').replace(/^\n/, '')}\n`;
}
