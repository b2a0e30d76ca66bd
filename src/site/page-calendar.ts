// «Календарь»: now is the pivot. The page says which academic year it shows and
// whether it is over, lists what is coming in the next weeks, then the months of
// the year — those ahead first, those past after — each month a page of its own
// (a 300-item plan stays readable and every page small), and the long periods
// on a page grouped by their span. The rows are those of `centre calendar`
// (buildAgenda), so both say the same dates.
import type { AgendaRow } from '../calendar/agenda.js';
import { academicYearOf, dateParts, dayNumber, monthEnd } from '../calendar/days.js';
import type { IsoDate } from '../schema/iso-date.js';
import { formatDateLong, typeset } from '../text/typography.js';
import { monthsIn } from '../text/russian-words.js';
import { html, type Html } from './html.js';
import type { PageContext } from './layout.js';
import type { SiteInput } from './model.js';

/** Where a row's plan is: its page and a short name («План 2023–2024»), by the plan's title as the agenda gives it. */
type PlanLinks = ReadonlyMap<string, { readonly path: string; readonly label: string }>;

/** What the calendar pages are made of: the calendar of the input, the plans' pages, the plan after the shown year. */
export interface CalendarView {
  readonly calendar: SiteInput['calendar'];
  readonly plans: PlanLinks;
  /** The first plan after the shown year, for the «учебный год завершён» state. */
  readonly nextPlan?: { readonly path: string; readonly title: string };
}

export const calendarPath = 'calendar.html';
const longPeriodsPath = 'calendar/long.html';
export const monthPath = (key: string) => `calendar/${key}.html`;

/** «Январь»: a month heads its page with a capital letter. */
const months = monthsIn('nominative').map((name) => name[0]!.toUpperCase() + name.slice(1));

// «29 января»: the day and its month never part at a line break
const longDate = (date: IsoDate) => formatDateLong(dateParts(date)).replace(' ', '\u00a0');

/** «5 мероприятий», «1 мероприятие», «3 мероприятия». */
export function countEvents(count: number): string {
  const tens = count % 100;
  const units = count % 10;
  const word = tens >= 11 && tens <= 14 ? 'мероприятий' : units === 1 ? 'мероприятие' : units >= 2 && units <= 4 ? 'мероприятия' : 'мероприятий';
  return `${count}\u00a0${word}`;
}

/** «2023–2024» of the academic year a day belongs to. */
const academicYearLabel = (date: IsoDate) => `${academicYearOf(date).first}–${academicYearOf(date).first + 1}`;

function when(row: AgendaRow): Html {
  const start = html`<time datetime="${row.date}">${longDate(row.date)}</time>`;
  const span = row.end ? html`${start} – <time datetime="${row.end}">${longDate(row.end)}</time>` : start;
  const deadline = row.kind === 'deadline' ? html`до ${span}` : span;
  const notes = [
    row.shiftedFrom ? `перенесено с ${longDate(row.shiftedFrom)}: выходной день` : '',
    row.dayOff ? (/^выходной/i.test(row.dayOff) ? row.dayOff : `выходной: ${row.dayOff}`) : '',
  ].filter(Boolean);
  return html`${deadline}${notes.map((note) => html`<br><small>${note}</small>`)}`;
}

/** A span of more than a month («в течение всего периода», «октябрь – апрель») is listed apart from the dated events. */
/** A row of a long period: a span of more than a month. */
export type OngoingRow = AgendaRow & { readonly end: IsoDate };

const isOngoing = (row: AgendaRow): row is OngoingRow => row.end !== undefined && dayNumber(row.end) - dayNumber(row.date) > 31;

/** A table named by its caption, or by the heading just above it (`labelledBy`), so that a month is not read twice. */
function agendaTable(ctx: PageContext, plans: PlanLinks, caption: string | { labelledBy: string }, rows: readonly AgendaRow[]): Html {
  return html`${
    typeof caption === 'string'
      ? html`<table class="agenda">
<caption>${caption}</caption>`
      : html`<table class="agenda" aria-labelledby="${caption.labelledBy}">`
  }
<thead><tr><th scope="col">Когда</th><th scope="col">Что</th><th scope="col">План</th><th scope="col">Ответственные</th></tr></thead>
<tbody>${rows.map(
    (row) =>
      html`<tr data-date="${row.date}"${row.end ? html` data-end="${row.end}"` : ''}><td>${when(row)}</td><td>${typeset(row.title)}</td><td>${planCell(ctx, plans, row.plan)}</td><td>${row.responsible.map(typeset).join(', ')}</td></tr>`,
  )}</tbody>
</table>`;
}

function planCell(ctx: PageContext, plans: PlanLinks, title: string): Html {
  const link = plans.get(title);
  return link ? html`<a href="${ctx.page(link.path)}">${link.label}</a>` : html`${typeset(title)}`;
}

export interface CalendarMonth {
  /** «2023-11». */
  readonly key: string;
  /** «Ноябрь 2023 г.». */
  readonly name: string;
  readonly end: IsoDate;
  readonly rows: readonly AgendaRow[];
}

/** The dated rows of the shown year by month, in date order (a row begun before the year under its first month). */
export function calendarMonths(year: SiteInput['calendar']['year']): CalendarMonth[] {
  const byMonth = new Map<string, { year: number; month: number; rows: AgendaRow[] }>();
  for (const row of year.rows.filter((row) => !isOngoing(row))) {
    const shown = row.date < year.window.start ? year.window.start : row.date;
    const key = shown.slice(0, 7);
    const { year: y, month } = dateParts(shown);
    byMonth.set(key, { year: y, month, rows: [...(byMonth.get(key)?.rows ?? []), row] });
  }
  return [...byMonth].map(([key, { year: y, month, rows }]) => ({ key, name: `${months[month - 1]} ${y}\u00a0г.`, end: monthEnd(y, month), rows }));
}

/** What the shown year is and whether it is over: a sentence for the calendar and the home page. */
function yearStatus(ctx: PageContext, view: CalendarView): Html {
  const { year, today } = view.calendar;
  const label = academicYearLabel(year.window.start);
  // the year is over once its last dated event is past (a summer of «в течение года» holds nothing to come)
  const coming = year.rows.some((row) => !isOngoing(row) && (row.end ?? row.date) >= today);
  const next = view.nextPlan
    ? html`Следующий план: <a href="${ctx.page(view.nextPlan.path)}">${view.nextPlan.title}</a>.`
    : html`План на следующий учебный год пока не опубликован.`;
  if (year.state === 'none') return html`<p class="year-status">Планов с датами пока нет.</p>`;
  if (year.state === 'finished' || (year.state === 'current' && !coming)) {
    return html`<p class="year-status"><strong>${label} учебный год завершён.</strong> ${next}</p>`;
  }
  if (year.state === 'next') {
    return html`<p class="year-status">На ${academicYearLabel(today)} учебный год плана нет; календарь показывает следующий, ${label} учебный год: с ${longDate(year.window.start)} по ${longDate(year.window.end)}</p>`;
  }
  // a date ends with «г.»: no second full stop
  return html`<p class="year-status">${label} учебный год: с ${longDate(year.window.start)} по ${longDate(year.window.end)}</p>`;
}

function monthLinks(ctx: PageContext, list: readonly CalendarMonth[]): Html {
  return html`<ul>${list.map((month) => html`<li><a href="${ctx.page(monthPath(month.key))}">${month.name}</a>: ${countEvents(month.rows.length)}</li>`)}</ul>`;
}

/** Dated rows in the table of the coming weeks; a busy plan lists the rest on its months' pages. */
const upcomingShown = 40;

/** The months of the shown year the rows fall in. */
function monthsOf(rows: readonly AgendaRow[], list: readonly CalendarMonth[]): CalendarMonth[] {
  const keys = new Set(rows.map((row) => row.date.slice(0, 7)));
  return list.filter((month) => keys.has(month.key));
}

export function calendarPage(ctx: PageContext, view: CalendarView): Html {
  const { calendar, plans } = view;
  const { upcoming, year, today } = calendar;
  const list = calendarMonths(year);
  const ahead = list.filter((month) => month.end >= today);
  const past = list.filter((month) => month.end < today).reverse();
  const long = year.rows.filter(isOngoing);
  const upcomingDated = upcoming.rows.filter((row) => !isOngoing(row));
  const upcomingLong = upcoming.rows.filter(isOngoing);
  const span = `с ${longDate(upcoming.window.start)} по ${longDate(upcoming.window.end)}`;
  return html`<h1>Календарь</h1>
${yearStatus(ctx, view)}
<p><a href="${ctx.asset(calendar.ics)}" type="text/calendar">Календарь мероприятий в формате iCalendar (.ics)</a> — все мероприятия и сроки всех планов, прошедшие и предстоящие; его можно добавить в Яндекс Календарь, Google Календарь или Outlook (импорт или подписка по ссылке на этот файл).</p>
${calendar.subscribe ? html`<p><a href="${calendar.subscribe}">Подписаться на календарь</a> — календарь будет обновляться сам, когда центр изменит план.</p>` : ''}
<section aria-labelledby="upcoming">
<h2 id="upcoming">Ближайшие мероприятия: ${span}</h2>
${upcomingDated.length ? agendaTable(ctx, plans, `Мероприятия и сроки ${span}`, upcomingDated.slice(0, upcomingShown)) : html`<p>Мероприятий с датами в эти недели нет.</p>`}
${upcomingDated.length > upcomingShown ? html`<p>Показаны первые ${upcomingShown} из ${countEvents(upcomingDated.length)} этих недель; остальные — на страницах месяцев: ${monthsOf(upcomingDated.slice(upcomingShown), list).map((month, i) => html`${i ? ', ' : ''}<a href="${ctx.page(monthPath(month.key))}">${month.name}</a>`)}.</p>` : ''}
${upcomingLong.length ? html`<p>Идёт в эти недели: ${upcomingLong.length <= 5 ? upcomingLong.map((row, i) => html`${i ? '; ' : ''}<span data-date="${row.date}" data-end="${row.end}">${typeset(row.title)}</span>`) : countEvents(upcomingLong.length)} (<a href="${ctx.page(longPeriodsPath)}">долгие периоды</a>).</p>` : ''}
</section>
<section aria-labelledby="year">
<h2 id="year">${academicYearLabel(year.window.start)} учебный год по месяцам</h2>
${list.length === 0 ? html`<p>Мероприятий с датами нет.</p>` : ''}
${ahead.length ? html`<h3>Впереди</h3>${monthLinks(ctx, ahead)}` : ''}
${past.length ? html`<h3>${ahead.length ? 'Прошло в этом учебном году' : 'Прошедшие месяцы'}</h3>${monthLinks(ctx, past)}` : ''}
${long.length ? html`<p><a href="${ctx.page(longPeriodsPath)}">В течение года и долгие периоды</a>: ${countEvents(long.length)}.</p>` : ''}
</section>`;
}

/** One month of the shown year: its table, and the months before and after it. */
export function monthPage(ctx: PageContext, view: CalendarView, month: CalendarMonth): Html {
  const list = calendarMonths(view.calendar.year);
  const at = list.findIndex((candidate) => candidate.key === month.key);
  const before = list[at - 1];
  const after = list[at + 1];
  return html`<h1 id="month">Календарь: ${month.name}</h1>
${agendaTable(ctx, view.plans, { labelledBy: 'month' }, month.rows)}
<p>${before ? html`<a href="${ctx.page(monthPath(before.key))}">← ${before.name}</a> · ` : ''}<a href="${ctx.page(calendarPath)}">Весь календарь</a>${after ? html` · <a href="${ctx.page(monthPath(after.key))}">${after.name} →</a>` : ''}</p>`;
}

/** Long periods on one page: 300 of them make three pages. */
const longPeriodsPerPage = 100;

/** «calendar/long.html», then «calendar/long-2.html», … */
export const longPeriodsPagePath = (page: number) => (page === 1 ? longPeriodsPath : `calendar/long-${page}.html`);

/** The long periods of the shown year, by plan and then by span, in pages. */
export function longPeriodPages(year: SiteInput['calendar']['year']): OngoingRow[][] {
  const byPlan = new Map<string, Map<string, OngoingRow[]>>();
  for (const row of year.rows.filter(isOngoing)) {
    const spans = byPlan.get(row.plan) ?? new Map<string, OngoingRow[]>();
    const key = `${row.date}|${row.end}`;
    spans.set(key, [...(spans.get(key) ?? []), row]);
    byPlan.set(row.plan, spans);
  }
  const ordered = [...byPlan.values()].flatMap((spans) => [...spans.values()].flat());
  const pages: OngoingRow[][] = [];
  for (let at = 0; at < ordered.length; at += longPeriodsPerPage) pages.push(ordered.slice(at, at + longPeriodsPerPage));
  return pages.length ? pages : [[]];
}

/** A page of the long periods: under each plan, one heading per span («в течение года» written once, not with each item). */
export function longPeriodsPage(ctx: PageContext, view: CalendarView, page = 1): Html {
  const pages = longPeriodPages(view.calendar.year);
  const rows = pages[page - 1] ?? [];
  const groups: { plan: string; span: string; rows: OngoingRow[] }[] = [];
  for (const row of rows) {
    const span = `${row.date}|${row.end}`;
    const last = groups.at(-1);
    if (last && last.plan === row.plan && last.span === span) last.rows.push(row);
    else groups.push({ plan: row.plan, span, rows: [row] });
  }
  return html`<h1>В течение года и долгие периоды${page > 1 ? `, страница ${page}` : ''}</h1>
${pages.length > 1 ? html`<nav class="pages" aria-label="Страницы долгих периодов"><ul>${pages.map((_, i) => html`<li><a href="${ctx.page(longPeriodsPagePath(i + 1))}"${i + 1 === page ? html` aria-current="page"` : ''}>${i + 1}</a></li>`)}</ul></nav>` : ''}
${
  rows.length === 0
    ? html`<p>Долгих периодов в этом учебном году нет.</p>`
    : groups.map(
        (group, i) => html`${i === 0 || groups[i - 1]!.plan !== group.plan ? html`<h2>${planCell(ctx, view.plans, group.plan)}</h2>` : ''}
<h3>${when(group.rows[0]!)}</h3>
<ul>${group.rows.map((row) => html`<li data-date="${row.date}" data-end="${row.end}">${typeset(row.title)}</li>`)}</ul>`,
      )
}
<p><a href="${ctx.page(calendarPath)}">Весь календарь</a></p>`;
}

/** The home page's «Ближайшие мероприятия»: the first few dated rows from today, and the way to the calendar. */
export function comingSoon(ctx: PageContext, view: CalendarView, count = 5): Html {
  const rows = view.calendar.upcoming.rows.filter((row) => !isOngoing(row)).slice(0, count);
  return html`<h2>Ближайшие мероприятия</h2>
${yearStatus(ctx, view)}
${rows.length ? html`<ul class="coming">${rows.map((row) => html`<li data-date="${row.date}">${when(row)} — ${typeset(row.title)}</li>`)}</ul>` : html`<p>Мероприятий с датами в ближайшие недели нет.</p>`}
<p><a href="${ctx.page(calendarPath)}">Весь календарь</a></p>`;
}
