// «План работы»: the list of plans and each plan as an accessible table — a
// caption, column headers with scope, a header row per section, the items
// numbered on across sections as in the DOCX, with «сроки», «ответственные»
// and dated events — with its downloads.
import { dateParts } from '../schema/iso-date.js';
import type { CyclogramItem, PlanDocument, PlanItem } from '../schema/plan.js';
import { hasResponsibleColumn, printedItemNumbers } from '../docs/plan-shape.js';
import { formatAcademicYear, formatDateLong, romanNumeral, typeset, typesetLines } from '../text/typography.js';
import { html, type Html } from './html.js';
import type { PageContext } from './layout.js';
import type { SitePlan } from './model.js';
import { approvalBlocks } from './approval-block.js';

export const plansPath = 'plans/index.html';
export const planPath = (slug: string) => `plans/${slug}.html`;

/** The title as the DOCX prints it, with « на 2023–2024 учебный год» or the period. */
export function planTitle(plan: PlanDocument): string {
  if (plan.academicYear !== undefined) return typeset(`${plan.title.trim()} на ${formatAcademicYear(plan.academicYear)} учебный год`);
  const from = plan.period && dateParts(plan.period.from);
  const to = plan.period && dateParts(plan.period.to);
  return typeset(from && to ? `${plan.title.trim()} на период с ${formatDateLong(from)} по ${formatDateLong(to)}` : plan.title.trim());
}

/** «План 2023–2024», «Циклограмма 2020–2021»: the kind and the year, or the title when there is no year. */
export function planShortName(plan: PlanDocument): string {
  const kind = plan.kind === 'plan' ? 'План' : 'Циклограмма';
  if (plan.academicYear !== undefined) return `${kind} ${formatAcademicYear(plan.academicYear)}`;
  const from = plan.period && dateParts(plan.period.from);
  const to = plan.period && dateParts(plan.period.to);
  return from && to ? `${kind} ${from.year === to.year ? from.year : `${from.year}–${to.year}`}` : typeset(plan.title.trim());
}

/** Newest first: by the first day each covers (a plan with no dates last), then by title. */
export function plansNewestFirst(plans: readonly SitePlan[]): SitePlan[] {
  return [...plans].sort((a, b) => (b.period?.start ?? '').localeCompare(a.period?.start ?? '') || a.plan.title.localeCompare(b.plan.title, 'ru'));
}

/** The plans, newest first, the one of the year the calendar shows marked, each with its downloads. */
export function plansPage(ctx: PageContext, plans: readonly SitePlan[], marked: { readonly slugs: ReadonlySet<string>; readonly label: string }): Html {
  return html`<h1>План работы</h1>
${
  plans.length === 0
    ? html`<p>Планов пока нет.</p>`
    : html`<ul class="plans">${plansNewestFirst(plans).map(
        (entry) =>
          html`<li${marked.slugs.has(entry.slug) ? html` class="current"` : ''}><a href="${ctx.page(planPath(entry.slug))}">${planTitle(entry.plan)}</a>${marked.slugs.has(entry.slug) ? html` <strong>(${marked.label})</strong>` : ''}${downloadLinks(ctx, entry, ' — ')}</li>`,
      )}</ul>`
}`;
}

function downloadLinks(ctx: PageContext, entry: SitePlan, lead: string): Html {
  if (entry.downloads.length === 0) return html``;
  return html`${lead}${entry.downloads.map((download, i) => html`${i ? ', ' : ''}<a href="${ctx.asset(`files/${download.file}`)}" download>${download.label}<span class="visually-hidden"> «${planShortName(entry.plan)}»</span> (${formatSize(download.bytes)})</a>`)}`;
}

const LIST_MARK = /^[-–—•]\s+/;

function activityCell(item: PlanItem | CyclogramItem): Html {
  const lines = typesetLines(item.activity);
  const [first, ...rest] = lines;
  const listed = rest.filter((line) => LIST_MARK.test(line));
  const plain = rest.filter((line) => !LIST_MARK.test(line));
  return html`${typeset(first ?? '')}${plain.map((line) => html`<br>${typeset(line)}`)}${
    listed.length ? html`<ul class="plain">${listed.map((line) => html`<li>${typeset(line.replace(LIST_MARK, ''))}</li>`)}</ul>` : ''
  }${
    item.events?.length
      ? html`<ul class="plain events">${item.events.map((event) => {
          return html`<li>${typeset(event.title)} (<time datetime="${event.date}">${formatDateLong(dateParts(event.date))}</time>)</li>`;
        })}</ul>`
      : ''
  }${item.note ? html`<p class="note">Примечание: ${typeset(item.note)}</p>` : ''}`;
}

/** Items on one page of a plan: a 300-item plan makes three pages, each well under 100 KB. */
const planItemsPerPage = 100;

const itemCount = (plan: PlanDocument) => plan.sections.reduce((sum, section) => sum + section.items.length, 0);

/** How many pages the plan's table takes. */
export const planPartCount = (plan: PlanDocument) => Math.max(1, Math.ceil(itemCount(plan) / planItemsPerPage));

/** The plan's page, then «plans/<slug>/part-2.html», … for the rest of a long table. */
export const planPartPath = (slug: string, part: number) => (part === 1 ? planPath(slug) : `plans/${slug}/part-${part}.html`);

function partNav(ctx: PageContext, entry: SitePlan, part: number, count: number): Html {
  if (count <= 1) return html``;
  return html`<nav class="pages" aria-label="Части плана"><ul>${Array.from({ length: count }, (_, i) => i + 1).map(
    (n) => html`<li><a href="${ctx.page(planPartPath(entry.slug, n))}"${n === part ? html` aria-current="page"` : ''}>Часть ${n}</a></li>`,
  )}</ul></nav>`;
}

/** The plan's page (part 1: stamps, title, goal, tasks, downloads and the first items) or a further part of its table. */
export function planPage(ctx: PageContext, entry: SitePlan, part = 1): Html {
  const { plan } = entry;
  const withTiming = plan.kind === 'plan' || plan.sections.some((section) => section.items.some((item) => item.timing !== undefined));
  const withResponsible = hasResponsibleColumn(plan);
  const columns = [
    '№',
    plan.kind === 'plan' ? 'Наименование мероприятия' : 'Мероприятие',
    ...(withTiming ? ['Сроки'] : []),
    ...(withResponsible ? ['Ответственные'] : []),
  ];
  const numbers = printedItemNumbers(plan);
  const count = planPartCount(plan);
  const first = (part - 1) * planItemsPerPage;
  const last = part * planItemsPerPage;
  const inPart = (index: number) => (index >= first && index < last) || (part === count && index >= last);
  let itemIndex = 0;
  const sections = plan.sections.flatMap((section, index) => {
    const startsAt = itemIndex;
    const items = section.items as readonly (PlanItem | CyclogramItem)[];
    itemIndex += items.length;
    const shown = items.map((item, i) => ({ item, index: startsAt + i })).filter(({ index: at }) => inPart(at));
    if (shown.length === 0 && !(items.length === 0 && inPart(startsAt))) return [];
    const heading = 'title' in section ? `${romanNumeral(index + 1)}. ${typeset(section.title)}` : typeset(section.periodicity);
    const continued = startsAt < first ? ' (продолжение)' : '';
    return [
      html`<tbody>
<tr><th scope="rowgroup" colspan="${columns.length}" id="section-${index + 1}">${heading}${continued}</th></tr>
${shown.map(({ item, index: at }) => {
  const number = numbers[at]!;
  const lines = (texts: readonly string[]) => html`<td>${texts.flatMap(typesetLines).map((line, i) => html`${i ? html`<br>` : ''}${line}`)}</td>`;
  return html`<tr id="item-${number}"><td class="num">${number}.</td><td>${activityCell(item)}</td>${withTiming ? lines([item.timing ?? '']) : ''}${withResponsible ? lines(item.responsible ?? []) : ''}</tr>`;
})}
</tbody>`,
    ];
  });
  const title = planTitle(plan);
  const table = html`${partNav(ctx, entry, part, count)}
<table tabindex="0">
<caption>Мероприятия по разделам${count > 1 ? `, часть ${part} из ${count}` : ''} (столбцы: ${columns.join(', ')})</caption>
<thead><tr>${columns.map((column) => html`<th scope="col">${column}</th>`)}</tr></thead>
${sections}
</table>`;
  if (part > 1)
    return html`<h1>${title}: часть ${part}</h1>
${table}
${part === count && plan.signature ? html`<p>${typeset(plan.signature.position)} — ${typeset(plan.signature.name)}</p>` : ''}`;
  return html`${plan.approvals.length ? approvalBlocks(plan.approvals) : ''}
${plan.appendixTo ? html`<p class="appendix-to">${typeset(plan.appendixTo)}</p>` : ''}
${plan.epigraph ? html`<p class="epigraph">${typeset(plan.epigraph)}</p>` : ''}
<h1>${title}</h1>
${plan.organisation ? html`<p>${typeset(plan.organisation)}</p>` : ''}
${plan.goal ? html`<p><strong>Цель:</strong> ${typeset(plan.goal)}</p>` : ''}
${plan.tasks?.length ? html`<p><strong>Задачи:</strong></p><ol class="tasks">${plan.tasks.map((task) => html`<li>${typeset(task)}</li>`)}</ol>` : ''}
${entry.downloads.length ? html`<p>Скачать: ${entry.downloads.map((download, i) => html`${i ? ', ' : ''}<a href="${ctx.asset(`files/${download.file}`)}" download>${download.label} (${formatSize(download.bytes)})</a>`)}</p>` : ''}
${table}
${count === 1 && plan.signature ? html`<p>${typeset(plan.signature.position)} — ${typeset(plan.signature.name)}</p>` : ''}`;
}

export function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} Б` : bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} КБ` : `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} МБ`;
}
