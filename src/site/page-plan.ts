// «План работы»: the list of plans and each plan as an accessible table — a
// caption, column headers with scope, a header row per section, the items
// numbered on across sections as in the DOCX, with «сроки», «ответственные»
// and dated events — with its downloads.
import { parseDateText } from '../schema/dates.js';
import type { CyclogramItem, PlanDocument, PlanItem } from '../schema/plan.js';
import { hasResponsibleColumn, printedItemNumbers } from '../docs/plan-shape.js';
import { formatAcademicYear, formatDateLong, romanNumeral, typeset, typesetLines } from '../docs/typography.js';
import { html, type Html } from './html.js';
import type { PageContext } from './layout.js';
import type { SitePlan } from './model.js';
import { approvalBlocks } from './approval-block.js';

export const plansPath = 'plans/index.html';
export const planPath = (slug: string) => `plans/${slug}.html`;

/** The title as the DOCX prints it, with « на 2023–2024 учебный год» or the period. */
export function planTitle(plan: PlanDocument): string {
  if (plan.academicYear !== undefined) return typeset(`${plan.title.trim()} на ${formatAcademicYear(plan.academicYear)} учебный год`);
  const from = plan.period && parseDateText(plan.period.from);
  const to = plan.period && parseDateText(plan.period.to);
  return typeset(from && to ? `${plan.title.trim()} на период с ${formatDateLong(from)} по ${formatDateLong(to)}` : plan.title.trim());
}

/** «План 2023–2024», «Циклограмма 2020–2021»: the kind and the year, or the title when there is no year. */
export function planShortName(plan: PlanDocument): string {
  const kind = plan.kind === 'plan' ? 'План' : 'Циклограмма';
  if (plan.academicYear !== undefined) return `${kind} ${formatAcademicYear(plan.academicYear)}`;
  const from = plan.period && parseDateText(plan.period.from);
  const to = plan.period && parseDateText(plan.period.to);
  return from && to ? `${kind} ${from.year === to.year ? from.year : `${from.year}–${to.year}`}` : typeset(plan.title.trim());
}

/** Newest first: by the first day each covers (a plan with no dates last), then by title. */
export function plansNewestFirst(plans: readonly SitePlan[]): SitePlan[] {
  return [...plans].sort((a, b) => (b.period?.start ?? '').localeCompare(a.period?.start ?? '') || a.plan.title.localeCompare(b.plan.title, 'ru'));
}

/** The plans, newest first, the one of the year the calendar shows marked, each with its downloads. */
export function plansPage(ctx: PageContext, plans: readonly SitePlan[], marked: { readonly slugs: ReadonlySet<string>; readonly label: string }): Html {
  return html`<h1>План работы</h1>
${plans.length === 0 ? html`<p>Планов пока нет.</p>` : html`<ul class="plans">${plansNewestFirst(plans).map(
    (entry) => html`<li${marked.slugs.has(entry.slug) ? html` class="current"` : ''}><a href="${ctx.page(planPath(entry.slug))}">${planTitle(entry.plan)}</a>${marked.slugs.has(entry.slug) ? html` <strong>(${marked.label})</strong>` : ''}${downloadLinks(ctx, entry, ' — ')}</li>`,
  )}</ul>`}`;
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
          const date = parseDateText(event.date);
          return html`<li>${typeset(event.title)} (<time datetime="${date ? `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}` : ''}">${date ? formatDateLong(date) : event.date}</time>)</li>`;
        })}</ul>`
      : ''
  }${item.note ? html`<p class="note">Примечание: ${typeset(item.note)}</p>` : ''}`;
}

export function planPage(ctx: PageContext, entry: SitePlan): Html {
  const { plan } = entry;
  const withTiming = plan.kind === 'plan' || plan.sections.some((section) => section.items.some((item) => item.timing !== undefined));
  const withResponsible = hasResponsibleColumn(plan);
  const columns = ['№', plan.kind === 'plan' ? 'Наименование мероприятия' : 'Мероприятие', ...(withTiming ? ['Сроки'] : []), ...(withResponsible ? ['Ответственные'] : [])];
  const numbers = printedItemNumbers(plan);
  let itemIndex = 0;
  const sections = plan.sections.map((section, index) => {
    const heading = 'title' in section ? `${romanNumeral(index + 1)}. ${typeset(section.title)}` : typeset(section.periodicity);
    const id = `section-${index + 1}`;
    return html`<tbody>
<tr><th scope="rowgroup" colspan="${columns.length}" id="${id}">${heading}</th></tr>
${(section.items as readonly (PlanItem | CyclogramItem)[]).map((item) => {
  const number = numbers[itemIndex++]!;
  const lines = (texts: readonly string[]) => html`<td>${texts.flatMap(typesetLines).map((line, i) => html`${i ? html`<br>` : ''}${line}`)}</td>`;
  return html`<tr id="item-${number}"><td class="num">${number}.</td><td>${activityCell(item)}</td>${withTiming ? lines([item.timing ?? '']) : ''}${withResponsible ? lines(item.responsible ?? []) : ''}</tr>`;
})}
</tbody>`;
  });
  const title = planTitle(plan);
  return html`${plan.approvals.length ? approvalBlocks(plan.approvals) : ''}
${plan.appendixTo ? html`<p class="appendix-to">${typeset(plan.appendixTo)}</p>` : ''}
${plan.epigraph ? html`<p class="epigraph">${typeset(plan.epigraph)}</p>` : ''}
<h1>${title}</h1>
${plan.organisation ? html`<p>${typeset(plan.organisation)}</p>` : ''}
${plan.goal ? html`<p><strong>Цель:</strong> ${typeset(plan.goal)}</p>` : ''}
${plan.tasks?.length ? html`<p><strong>Задачи:</strong></p><ol class="tasks">${plan.tasks.map((task) => html`<li>${typeset(task)}</li>`)}</ol>` : ''}
${entry.downloads.length ? html`<p>Скачать: ${entry.downloads.map((download, i) => html`${i ? ', ' : ''}<a href="${ctx.asset(`files/${download.file}`)}" download>${download.label} (${formatSize(download.bytes)})</a>`)}</p>` : ''}
<table>
<caption>Мероприятия по разделам (столбцы: ${columns.join(", ")})</caption>
<thead><tr>${columns.map((column) => html`<th scope="col">${column}</th>`)}</tr></thead>
${sections}
</table>
${plan.signature ? html`<p>${typeset(plan.signature.position)} — ${typeset(plan.signature.name)}</p>` : ''}`;
}

export function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} Б` : bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} КБ` : `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} МБ`;
}
