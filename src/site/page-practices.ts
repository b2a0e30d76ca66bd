// «Эффективные практики»: only published practices; a page for each, for each
// topic and for each school, so a reader filters by following a link (no script).
import { typeset } from '../text/typography.js';
import { html, paragraphs, type Html } from './html.js';
import type { PageContext } from './layout.js';
import { uniqueSlugs, type SitePractice } from './model.js';
import { formatSize } from './page-plan.js';

export const practicesPath = 'practices/index.html';
export const practicePath = (slug: string) => `practices/${slug}.html`;

export interface PracticeGroup {
  readonly name: string;
  readonly path: string;
  readonly practices: readonly SitePractice[];
}

/** Published practices grouped by topic and by school, each group with its page; names sorted the Russian way. */
export function groupPractices(practices: readonly SitePractice[]): { topics: PracticeGroup[]; schools: PracticeGroup[] } {
  const published = practices.filter(({ practice }) => practice.status === 'published');
  const group = (key: (p: SitePractice) => string, folder: string) => {
    const names = [...new Set(published.map(key))].sort((a, b) => a.localeCompare(b, 'ru'));
    const slugs = uniqueSlugs(names);
    return names.map((name, i) => ({ name, path: `practices/${folder}/${slugs[i]}.html`, practices: published.filter((p) => key(p) === name) }));
  };
  return { topics: group((p) => p.practice.topic.trim(), 'topic'), schools: group((p) => p.practice.school.trim(), 'school') };
}

function practiceList(ctx: PageContext, practices: readonly SitePractice[]): Html {
  return html`<ul>${practices.map(({ practice, slug }) => html`<li><a href="${ctx.page(practicePath(slug))}">${typeset(practice.title)}</a> — ${typeset(practice.school)}, ${practice.year}${practice.example ? ' (пример)' : ''}</li>`)}</ul>`;
}

/** Practices on one page of «Все практики»: 200 practices make four pages, none of them long. */
const practicesPerPage = 50;

/** «practices/index.html», then «practices/pages/2.html», … */
export const practicesPagePath = (page: number) => (page === 1 ? practicesPath : `practices/pages/${page}.html`);

/** Every published practice, by topic then title: the order of «Все практики». */
function practicesInOrder(groups: { topics: PracticeGroup[] }): SitePractice[] {
  return groups.topics.flatMap((group) => [...group.practices].sort((a, b) => a.practice.title.localeCompare(b.practice.title, 'ru')));
}

/** How many pages «Все практики» takes. */
export const practicesPageCount = (groups: { topics: PracticeGroup[] }) => Math.max(1, Math.ceil(practicesInOrder(groups).length / practicesPerPage));

function pageNav(ctx: PageContext, page: number, count: number): Html {
  if (count <= 1) return html``;
  return html`<nav class="pages" aria-label="Страницы списка практик"><ul>${Array.from({ length: count }, (_, i) => i + 1).map((n) =>
    n === page
      ? html`<li><a href="${ctx.page(practicesPagePath(n))}" aria-current="page">${n}</a></li>`
      : html`<li><a href="${ctx.page(practicesPagePath(n))}">${n}</a></li>`,
  )}</ul></nav>`;
}

/** A page of «Эффективные практики»: the first with the topics and schools, each with a slice of all practices under topic headings. */
export function practicesPage(ctx: PageContext, groups: { topics: PracticeGroup[]; schools: PracticeGroup[] }, page = 1): Html {
  const all = practicesInOrder(groups);
  const count = practicesPageCount(groups);
  const slice = all.slice((page - 1) * practicesPerPage, page * practicesPerPage);
  const topics = [...new Set(slice.map((entry) => entry.practice.topic.trim()))];
  const first = (page - 1) * practicesPerPage + 1;
  return html`<h1>Эффективные практики воспитания: опыт классных руководителей${page > 1 ? `, страница ${page}` : ''}</h1>
${
  all.length === 0
    ? html`<p>Опубликованных практик пока нет.</p>`
    : html`${
        page === 1
          ? html`<h2>По направлениям</h2>
<ul>${groups.topics.map((group) => html`<li><a href="${ctx.page(group.path)}">${typeset(group.name)}</a> (${group.practices.length})</li>`)}</ul>
<h2>По школам</h2>
<ul>${groups.schools.map((group) => html`<li><a href="${ctx.page(group.path)}">${typeset(group.name)}</a> (${group.practices.length})</li>`)}</ul>`
          : ''
      }
<h2>Все практики${count > 1 ? `: ${first}–${first + slice.length - 1} из ${all.length}` : ''}</h2>
${pageNav(ctx, page, count)}
${topics.map(
  (topic) => html`<h3>${typeset(topic)}</h3>
${practiceList(
  ctx,
  slice.filter((entry) => entry.practice.topic.trim() === topic),
)}`,
)}`
}`;
}

export function practiceGroupPage(ctx: PageContext, heading: string, group: PracticeGroup): Html {
  return html`<h1>${heading}: ${typeset(group.name)}</h1>
${practiceList(ctx, group.practices)}
<p><a href="${ctx.page(practicesPath)}">Все направления и школы</a></p>`;
}

export function practicePage(ctx: PageContext, entry: SitePractice, groups: { topics: PracticeGroup[]; schools: PracticeGroup[] }): Html {
  const { practice } = entry;
  const topic = groups.topics.find((group) => group.name === practice.topic.trim());
  const school = groups.schools.find((group) => group.name === practice.school.trim());
  return html`<h1>${typeset(practice.title)}</h1>
${practice.example ? html`<p class="example">Учебный пример: школа, автор и содержание вымышлены.</p>` : ''}
<dl class="facts">
<dt>Школа</dt><dd>${school ? html`<a href="${ctx.page(school.path)}">${typeset(practice.school)}</a>` : typeset(practice.school)}</dd>
<dt>Автор</dt><dd>${typeset(practice.author)}</dd>
<dt>Направление</dt><dd>${topic ? html`<a href="${ctx.page(topic.path)}">${typeset(practice.topic)}</a>` : typeset(practice.topic)}</dd>
<dt>Год</dt><dd>${practice.year}</dd>
</dl>
<h2>Описание</h2>
${paragraphs(practice.description, typeset)}
${
  entry.files.length || practice.links.length
    ? html`<h2>Материалы</h2>
<ul>${entry.files.map((file) => html`<li><a href="${ctx.asset(file.file)}" download>${typeset(file.title)}</a> (${formatSize(file.bytes)})</li>`)}${practice.links.map((link) => html`<li><a href="${link.url}" rel="noopener">${typeset(link.title)}</a></li>`)}</ul>`
    : ''
}`;
}
