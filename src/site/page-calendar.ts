// «Календарь»: what is coming up in the next weeks and the whole academic year
// by month — the rows of `centre calendar` (buildAgenda), so both say the same
// dates — and the link to the iCalendar file.
import type { AgendaRow } from '../calendar/agenda.js';
import { dateParts, dayNumber } from '../calendar/days.js';
import type { Span } from '../calendar/model.js';
import { parseDateText } from '../schema/dates.js';
import { formatDateLong, typeset } from '../docs/typography.js';
import { html, type Html } from './html.js';
import type { PageContext } from './layout.js';

/** Where a row's plan is: its page and a short name («План 2023–2024»), by the plan's title as the agenda gives it. */
export type PlanLinks = ReadonlyMap<string, { readonly path: string; readonly label: string }>;

export const calendarPath = 'calendar.html';

const months = ['Январь', 'Февраль', 'Март', 'Апрель', 'Май', 'Июнь', 'Июль', 'Август', 'Сентябрь', 'Октябрь', 'Ноябрь', 'Декабрь'];

const longDate = (iso: string) => formatDateLong(parseDateText(iso)!);

function when(row: AgendaRow): Html {
  const start = html`<time datetime="${row.date}">${longDate(row.date)}</time>`;
  const span = row.end ? html`${start} – <time datetime="${row.end}">${longDate(row.end)}</time>` : start;
  const deadline = row.kind === 'deadline' ? html`до ${span}` : span;
  const notes = [row.shiftedFrom ? `перенесено с ${longDate(row.shiftedFrom)}: выходной день` : '', row.dayOff ? (/^выходной/i.test(row.dayOff) ? row.dayOff : `выходной: ${row.dayOff}`) : ''].filter(Boolean);
  return html`${deadline}${notes.map((note) => html`<br><small>${note}</small>`)}`;
}

/** A span of more than a month («в течение всего периода», «октябрь – апрель») is listed once, apart from the dated events. */
const isOngoing = (row: AgendaRow) => row.end !== undefined && dayNumber(row.end) - dayNumber(row.date) > 31;

/** A table named by its caption, or by the heading just above it (`labelledBy`), so that a month is not read twice. */
function agendaTable(ctx: PageContext, plans: PlanLinks, caption: string | { labelledBy: string }, rows: readonly AgendaRow[]): Html {
  return html`${typeof caption === 'string' ? html`<table>
<caption>${caption}</caption>` : html`<table aria-labelledby="${caption.labelledBy}">`}
<thead><tr><th scope="col">Когда</th><th scope="col">Что</th><th scope="col">План</th><th scope="col">Ответственные</th></tr></thead>
<tbody>${rows.map(
    (row) => html`<tr data-date="${row.date}"${row.end ? html` data-end="${row.end}"` : ''}><td>${when(row)}</td><td>${typeset(row.title)}</td><td>${planCell(ctx, plans, row.plan)}</td><td>${row.responsible.map(typeset).join(', ')}</td></tr>`,
  )}</tbody>
</table>`;
}

function planCell(ctx: PageContext, plans: PlanLinks, title: string): Html {
  const link = plans.get(title);
  return link ? html`<a href="${ctx.page(link.path)}" title="${typeset(title)}">${link.label}</a>` : html`${typeset(title)}`;
}

function ongoingList(heading: string, rows: readonly AgendaRow[]): Html {
  if (rows.length === 0) return html``;
  return html`<h3>${heading}</h3>
<ul>${rows.map((row) => html`<li data-date="${row.date}" data-end="${row.end!}">${typeset(row.title)} — ${when(row)}</li>`)}</ul>`;
}

export function calendarPage(ctx: PageContext, plans: PlanLinks, upcoming: { window: Span; rows: readonly AgendaRow[] }, year: { window: Span; rows: readonly AgendaRow[] }, ics: string, subscribe?: string): Html {
  const byMonth = new Map<string, AgendaRow[]>();
  for (const row of year.rows.filter((row) => !isOngoing(row))) {
    const shown = row.date < year.window.start ? year.window.start : row.date;
    const { year: y, month } = dateParts(shown);
    const key = `${months[month - 1]} ${y}`;
    byMonth.set(key, [...(byMonth.get(key) ?? []), row]);
  }
  const upcomingDated = upcoming.rows.filter((row) => !isOngoing(row));
  const span = `с ${longDate(upcoming.window.start)} по ${longDate(upcoming.window.end)}`;
  return html`<h1>Календарь</h1>
<p><a href="${ctx.asset(ics)}" type="text/calendar">Календарь мероприятий в формате iCalendar (.ics)</a> — его можно добавить в Яндекс Календарь, Google Календарь или Outlook (импорт или подписка по ссылке на этот файл).</p>
${subscribe ? html`<p><a href="${subscribe}">Подписаться на календарь</a> — календарь будет обновляться сам, когда центр изменит план.</p>` : ''}
<section aria-labelledby="upcoming">
<h2 id="upcoming">Ближайшие мероприятия: ${span}</h2>
${upcomingDated.length ? agendaTable(ctx, plans, `Мероприятия и сроки ${span}`, upcomingDated) : html`<p>Мероприятий с датами в эти недели нет.</p>`}
${ongoingList('Идёт в эти недели', upcoming.rows.filter(isOngoing))}
</section>
<section aria-labelledby="year">
<h2 id="year">Весь год по месяцам: с ${longDate(year.window.start)} по ${longDate(year.window.end)}</h2>
${ongoingList('В течение года и долгие периоды', year.rows.filter(isOngoing))}
${byMonth.size === 0 ? html`<p>Мероприятий с датами нет.</p>` : [...byMonth].map(([month, rows], index) => html`<h3 id="month-${index + 1}">${month}</h3>${agendaTable(ctx, plans, { labelledBy: `month-${index + 1}` }, rows)}`)}
</section>`;
}
