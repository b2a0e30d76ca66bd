// «Итоги года»: from each year's record and its plan, what was planned and held
// by section, what was not held and why, who took part, and the analysis DOCX
// (centre analysis build) to download when the workspace has it. Newest year
// first. Pure.
import { activityTitle } from '../calendar/activity-title.js';
import { formatAcademicYear, NBSP, typeset } from '../text/typography.js';
import type { ItemFigures, ItemStatus, YearFigures } from '../analysis/figures.js';
import type { ParticipantCategory } from '../schema/record.js';
import { participantCategories } from '../schema/record-words.js';
import { html, type Html } from './html.js';
import type { PageContext } from './layout.js';
import { formatSize } from './page-plan.js';

export const resultsPath = 'results.html';

export interface SiteYearResults {
  /** «2023-2024», when the plan says. */
  readonly academicYear?: string;
  readonly planTitle: string;
  /** The plan's page in the section, when it is published. */
  readonly planPage?: string;
  readonly figures: YearFigures;
  /** The analysis DOCX, by its path in the section. */
  readonly analysis?: { readonly file: string; readonly bytes: number };
}

const statusWords: Record<ItemStatus, string> = {
  held: 'проведено',
  moved: 'перенесено',
  cancelled: 'отменено',
  'not-held': 'не проведено',
  'no-entry': 'нет сведений о проведении',
};

const categoryWords: Record<ParticipantCategory, string> = {
  classTeachers: 'Классные руководители',
  deputyDirectors: 'Заместители директоров',
  parents: 'Родители',
  pupils: 'Обучающиеся',
  schools: 'Образовательные организации',
  districts: 'Муниципальные районы (округа)',
};

/** 14600 → «14 600» with a no-break space, as Russian prints numbers of five digits and more. */
const number = (value: number) => (String(value).length > 4 ? String(value).replace(/\B(?=(\d{3})+(?!\d))/g, NBSP) : String(value));
const firstLine = (text: string) => typeset(activityTitle(text));

function notHeldEntry(item: ItemFigures): Html {
  const why = item.comment ? html` Причина: ${typeset(item.comment.trim())}` : '';
  return html`<li>${item.number}.${NBSP}${firstLine(item.activity)}${NBSP}— ${statusWords[item.status]}.${why}</li>`;
}

function yearSection(ctx: PageContext, year: SiteYearResults, index: number): Html {
  const { figures } = year;
  const id = `year-${index + 1}`;
  const heading = year.academicYear ? `${formatAcademicYear(year.academicYear)} учебный год` : typeset(year.planTitle);
  const categories = participantCategories.filter((category) => figures.byCategory[category] > 0);
  return html`<section aria-labelledby="${id}">
<h2 id="${id}">${heading}</h2>
<p>План: ${year.planPage ? html`<a href="${ctx.page(year.planPage)}">${typeset(year.planTitle)}</a>` : typeset(year.planTitle)}.
Проведено ${figures.held} из ${figures.planned} запланированных мероприятий${figures.participants ? `, участников${NBSP}— ${number(figures.participants)}` : ''}.</p>
${year.analysis ? html`<p><a href="${ctx.asset(year.analysis.file)}" download>Анализ работы за год (DOCX, ${formatSize(year.analysis.bytes)})</a></p>` : ''}
<table tabindex="0">
<caption>Выполнение плана по разделам</caption>
<thead><tr><th scope="col">Раздел</th><th scope="col">Запланировано</th><th scope="col">Проведено</th><th scope="col">Участников</th></tr></thead>
<tbody>${figures.sections.map(
    (section) =>
      html`<tr><th scope="row">${typeset(section.title)}</th><td class="num">${section.planned}</td><td class="num">${section.held}</td><td class="num">${number(section.participants)}</td></tr>`,
  )}</tbody>
<tfoot><tr><th scope="row">Всего</th><td class="num">${figures.planned}</td><td class="num">${figures.held}</td><td class="num">${number(figures.participants)}</td></tr></tfoot>
</table>
<h3>Не проведено</h3>
${figures.notHeld.length ? html`<ul class="plain">${figures.notHeld.map(notHeldEntry)}</ul>` : html`<p>Все мероприятия плана проведены.</p>`}
${
  categories.length
    ? html`<h3>Участники по категориям</h3>
<dl class="facts">${categories.map((category) => html`<dt>${categoryWords[category]}</dt><dd>${number(figures.byCategory[category])}</dd>`)}</dl>`
    : ''
}
</section>`;
}

export function resultsPage(ctx: PageContext, years: readonly SiteYearResults[]): Html {
  return html`<h1>Итоги года</h1>
<p>Что из плана проведено, что нет и почему, кто участвовал — по отчёту о выполнении плана.</p>
${years.map((year, index) => yearSection(ctx, year, index))}`;
}
