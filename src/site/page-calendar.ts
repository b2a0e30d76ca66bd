// «Календарь»: what is coming up in the next weeks and the whole academic year
// by month — the rows of `centre calendar` (buildAgenda), so both say the same
// dates — and the link to the iCalendar file.
import type { AgendaRow } from '../calendar/agenda.js';
import { dateParts } from '../calendar/days.js';
import type { Span } from '../calendar/model.js';
import { parseDateText } from '../schema/dates.js';
import { formatDateLong, typeset } from '../docs/typography.js';
import { html, type Html } from './html.js';
import type { PageContext } from './layout.js';

export const calendarPath = 'calendar.html';

const months = ['Январь', 'Февраль', 'Март', 'Апрель', 'Май', 'Июнь', 'Июль', 'Август', 'Сентябрь', 'Октябрь', 'Ноябрь', 'Декабрь'];

const longDate = (iso: string) => formatDateLong(parseDateText(iso)!);

function when(row: AgendaRow): Html {
  const start = html`<time datetime="${row.date}">${longDate(row.date)}</time>`;
  const span = row.end ? html`${start} – <time datetime="${row.end}">${longDate(row.end)}</time>` : start;
  const deadline = row.kind === 'deadline' ? html`до ${span}` : span;
  const notes = [row.shiftedFrom ? `перенесено с ${longDate(row.shiftedFrom)}: выходной день` : '', row.dayOff ? `выходной: ${row.dayOff}` : ''].filter(Boolean);
  return html`${deadline}${notes.map((note) => html`<br><small>${note}</small>`)}`;
}

function agendaTable(caption: string, rows: readonly AgendaRow[]): Html {
  return html`<table>
<caption>${caption}</caption>
<thead><tr><th scope="col">Когда</th><th scope="col">Что</th><th scope="col">План и раздел</th><th scope="col">Ответственные</th></tr></thead>
<tbody>${rows.map(
    (row) => html`<tr data-date="${row.date}"${row.end ? html` data-end="${row.end}"` : ''}><td>${when(row)}</td><td>${typeset(row.title)}</td><td>${typeset(row.plan)}<br><small>${typeset(row.section)}</small></td><td>${row.responsible.map(typeset).join(', ')}</td></tr>`,
  )}</tbody>
</table>`;
}

export function calendarPage(ctx: PageContext, upcoming: { window: Span; rows: readonly AgendaRow[] }, year: { window: Span; rows: readonly AgendaRow[] }, ics: string, subscribe?: string): Html {
  const byMonth = new Map<string, AgendaRow[]>();
  for (const row of year.rows) {
    const shown = row.date < year.window.start ? year.window.start : row.date;
    const { year: y, month } = dateParts(shown);
    const key = `${months[month - 1]} ${y}`;
    byMonth.set(key, [...(byMonth.get(key) ?? []), row]);
  }
  return html`<h1>Календарь</h1>
<p><a href="${ctx.asset(ics)}" type="text/calendar">Календарь мероприятий в формате iCalendar (.ics)</a> — его можно добавить в Яндекс Календарь, Google Календарь или Outlook (импорт или подписка по ссылке на этот файл).</p>
${subscribe ? html`<p><a href="${subscribe}">Подписаться на календарь</a> — календарь будет обновляться сам, когда центр изменит план.</p>` : ''}
<section aria-labelledby="upcoming">
<h2 id="upcoming">Ближайшие мероприятия</h2>
${upcoming.rows.length
    ? agendaTable(`С ${longDate(upcoming.window.start)} по ${longDate(upcoming.window.end)}`, upcoming.rows)
    : html`<p>С ${longDate(upcoming.window.start)} по ${longDate(upcoming.window.end)} мероприятий по планам нет.</p>`}
</section>
<section aria-labelledby="year">
<h2 id="year">Весь год по месяцам: с ${longDate(year.window.start)} по ${longDate(year.window.end)}</h2>
${byMonth.size === 0 ? html`<p>Мероприятий нет.</p>` : [...byMonth].map(([month, rows]) => html`<h3>${month}</h3>${agendaTable(month, rows)}`)}
</section>`;
}
