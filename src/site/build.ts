// The whole section, in memory: every page in the usual version, the version for
// the visually impaired (under contrast/, a copy for each font size and colour scheme) and as a fragment without the shell
// (page.fragment.html, next to the page, for pasting into a school's CMS), and the
// two style sheets. Pure: the command adds the downloads and writes the files.
import { dateParts } from '../schema/iso-date.js';
import { formatDateLong, typeset } from '../text/typography.js';
import { html, trustedHtml, type Html } from './html.js';
import { bodyForEveryVersion, PageContext, pageShell, versionPrefixes, type NavEntry } from './layout.js';
import type { SiteInput } from './model.js';
import { aboutPage, documentHeading, documentPage, documentPath } from './page-about.js';
import {
  calendarMonths,
  calendarPage,
  calendarPath,
  comingSoon,
  longPeriodPages,
  longPeriodsPage,
  longPeriodsPagePath,
  monthPage,
  monthPath,
  type CalendarView,
} from './page-calendar.js';
import { fragmentOf } from './fragment.js';
import { pageExtraCss } from './fragment-styles.js';
import { coordinatorsPage, coordinatorsPath } from './page-coordinators.js';
import { planPage, planPartCount, planPartPath, planPath, planShortName, plansNewestFirst, plansPage, plansPath, planTitle } from './page-plan.js';
import {
  groupPractices,
  practiceGroupPage,
  practicePage,
  practicePath,
  practicesPage,
  practicesPageCount,
  practicesPagePath,
  practicesPath,
} from './page-practices.js';
import { contrastCss, standardCss } from './styles.js';
import { monitoringPage, monitoringPath } from './monitoring.js';
import { atomFeed, latestNews, newsFeedPath, newsItemPage, newsItemPath, newsPage, newsPath, type SiteNews } from './page-news.js';
import { resultsPage, resultsPath, type SiteYearResults } from './page-results.js';
import { contestPage, contestPageTitle, contestsPage, contestsTitle } from './page-contests.js';
import { contestPath, contestsPath, type SiteContest } from './contest-view.js';

/** What the section shows besides the plans and practices: the news, the year's results, the section's address. */
export interface SiteExtras {
  /** Newest first. */
  readonly news?: readonly SiteNews[];
  /** Newest year first. */
  readonly results?: readonly SiteYearResults[];
  /** The section's address on the web (--url), for the feed's links. */
  readonly url?: string;
  readonly contests?: readonly SiteContest[];
}

interface PageSpec {
  readonly path: string;
  readonly title: string;
  readonly section: string;
  readonly body: (ctx: PageContext) => Html;
}

const fragmentPath = (pagePath: string) => pagePath.replace(/\.html$/, '.fragment.html');

function sitePages(input: SiteInput, extras: SiteExtras = {}): PageSpec[] {
  const news = extras.news ?? [];
  const groups = groupPractices(input.practices);
  const view = calendarView(input);
  const pages: PageSpec[] = [
    {
      path: 'index.html',
      title: 'О центре',
      section: 'index.html',
      body: (ctx) => html`${aboutPage(ctx, input.centre, input.documents, comingSoon(ctx, view))}${latestNews(ctx, news)}`,
    },
    ...(news.length ? [{ path: newsPath, title: 'Новости', section: newsPath, body: (ctx: PageContext) => newsPage(ctx, news) }] : []),
    ...news.map((item) => ({
      path: newsItemPath(item.slug),
      title: typeset(item.title),
      section: newsPath,
      body: (ctx: PageContext) => newsItemPage(ctx, item),
    })),
    ...input.documents.map(({ document, slug, docx }) => ({
      path: documentPath(slug),
      title: documentHeading(document),
      section: 'index.html',
      body: (ctx: PageContext) => documentPage(ctx, document, docx),
    })),
    { path: plansPath, title: 'План работы', section: plansPath, body: (ctx: PageContext) => plansPage(ctx, input.plans, markedPlans(input)) },
    ...input.plans.flatMap((entry) =>
      Array.from({ length: planPartCount(entry.plan) }, (_, i) => ({
        path: planPartPath(entry.slug, i + 1),
        title: i ? `${planTitle(entry.plan)}: часть ${i + 1}` : planTitle(entry.plan),
        section: plansPath,
        body: (ctx: PageContext) => planPage(ctx, entry, i + 1),
      })),
    ),
    ...calendarPages(view),
    { path: coordinatorsPath, title: 'Координаторы', section: coordinatorsPath, body: () => coordinatorsPage(input.registry) },
    ...Array.from({ length: practicesPageCount(groups) }, (_, i) => ({
      path: practicesPagePath(i + 1),
      title: i ? `Эффективные практики, страница ${i + 1}` : 'Эффективные практики',
      section: practicesPath,
      body: (ctx: PageContext) => practicesPage(ctx, groups, i + 1),
    })),
    ...groups.topics.map((group) => ({
      path: group.path,
      title: `Направление: ${typeset(group.name)}`,
      section: practicesPath,
      body: (ctx: PageContext) => practiceGroupPage(ctx, 'Направление', group),
    })),
    ...groups.schools.map((group) => ({
      path: group.path,
      title: typeset(group.name),
      section: practicesPath,
      body: (ctx: PageContext) => practiceGroupPage(ctx, 'Школа', group),
    })),
    ...groups.topics
      .flatMap((group) => group.practices)
      .map((entry) => ({
        path: practicePath(entry.slug),
        title: typeset(entry.practice.title),
        section: practicesPath,
        body: (ctx: PageContext) => practicePage(ctx, entry, groups),
      })),
    ...(extras.results?.length
      ? [{ path: resultsPath, title: 'Итоги года', section: resultsPath, body: (ctx: PageContext) => resultsPage(ctx, extras.results!) }]
      : []),
    ...contestPages(input, extras.contests ?? []),
    ...(input.monitoring ? [{ path: monitoringPath, title: 'Мониторинг', section: monitoringPath, body: () => monitoringPage(input.monitoring!) }] : []),
    ...input.pages.map((page) => ({
      path: `${page.slug}.html`,
      title: typeset(page.title),
      section: `${page.slug}.html`,
      body: () => html`${trustedHtml(page.body)}`,
    })),
  ];
  return pages;
}

/** «Конкурсы» and a page per contest, when the workspace has a contest to show. */
function contestPages(input: SiteInput, contests: readonly SiteContest[]): PageSpec[] {
  if (contests.length === 0) return [];
  const schools = new Map((input.registry?.schools ?? []).map((school) => [school.id, school.shortName ?? school.name]));
  const schoolName = (school: string) => schools.get(school.trim()) ?? school;
  return [
    { path: contestsPath, title: contestsTitle, section: contestsPath, body: (ctx) => contestsPage(ctx, contests, input.today) },
    ...contests.map((entry) => ({
      path: contestPath(entry.slug),
      title: contestPageTitle(entry.contest),
      section: contestsPath,
      body: (ctx: PageContext) => contestPage(ctx, entry, schoolName),
    })),
  ];
}

/** The calendar, its months and its long periods: each month a page (and a fragment) of its own. */
function calendarPages(view: CalendarView): PageSpec[] {
  return [
    { path: calendarPath, title: 'Календарь', section: calendarPath, body: (ctx) => calendarPage(ctx, view) },
    ...calendarMonths(view.calendar.year).map((month) => ({
      path: monthPath(month.key),
      title: `Календарь: ${month.name}`,
      section: calendarPath,
      body: (ctx: PageContext) => monthPage(ctx, view, month),
    })),
    ...longPeriodPages(view.calendar.year).map((_, i) => ({
      path: longPeriodsPagePath(i + 1),
      title: i ? `В течение года и долгие периоды, страница ${i + 1}` : 'В течение года и долгие периоды',
      section: calendarPath,
      body: (ctx: PageContext) => longPeriodsPage(ctx, view, i + 1),
    })),
  ];
}

function calendarView(input: SiteInput): CalendarView {
  const after = plansNewestFirst(input.plans)
    .filter((entry) => entry.period && entry.period.start > input.calendar.year.window.end)
    .at(-1);
  return { calendar: input.calendar, plans: planLinks(input), ...(after ? { nextPlan: { path: planPath(after.slug), title: planTitle(after.plan) } } : {}) };
}

/** The plans of the year the calendar shows, marked on the plans list: «текущий», or «следующий учебный год». */
function markedPlans(input: SiteInput): { slugs: Set<string>; label: string } {
  const { window, state } = input.calendar.year;
  const slugs =
    state === 'current' || state === 'next'
      ? input.plans.filter((entry) => entry.period && entry.period.start <= window.end && entry.period.end >= window.start).map((entry) => entry.slug)
      : [];
  return { slugs: new Set(slugs), label: state === 'next' ? 'следующий учебный год' : 'текущий' };
}

/** Each plan's page and short name, by its title (what agenda rows carry). */
function planLinks(input: SiteInput): Map<string, { path: string; label: string }> {
  return new Map(input.plans.map((entry) => [entry.plan.title.trim(), { path: planPath(entry.slug), label: planShortName(entry.plan) }]));
}

function siteNav(input: SiteInput, extras: SiteExtras = {}): NavEntry[] {
  return [
    { path: 'index.html', title: 'О центре' },
    ...(extras.news?.length ? [{ path: newsPath, title: 'Новости' }] : []),
    { path: plansPath, title: 'План работы' },
    { path: calendarPath, title: 'Календарь' },
    { path: coordinatorsPath, title: 'Координаторы' },
    { path: practicesPath, title: 'Эффективные практики' },
    ...(extras.results?.length ? [{ path: resultsPath, title: 'Итоги года' }] : []),
    ...(extras.contests?.length ? [{ path: contestsPath, title: contestsTitle }] : []),
    ...(input.monitoring ? [{ path: monitoringPath, title: 'Мониторинг' }] : []),
    ...input.pages.map((page) => ({ path: `${page.slug}.html`, title: typeset(page.title) })),
  ];
}

/** Every generated text file of the section, by its path inside the output folder. */
export function buildSite(input: SiteInput, extras: SiteExtras = {}): Map<string, string> {
  const files = new Map<string, string>([
    ['style.css', standardCss + pageExtraCss],
    ['contrast.css', contrastCss + pageExtraCss],
  ]);
  const nav = siteNav(input, extras);
  const siteTitle = input.centre ? typeset(input.centre.name) : 'Центр поддержки классных руководителей';
  if (extras.news?.length) files.set(newsFeedPath, atomFeed(extras.news, { siteTitle, ...(extras.url ? { url: extras.url } : {}) }));
  const built = formatDateLong(dateParts(input.today));
  for (const spec of sitePages(input, extras)) {
    const bodyFor = bodyForEveryVersion(spec.path, spec.body);
    for (const prefix of versionPrefixes) {
      const ctx = new PageContext(spec.path, prefix);
      const body = bodyFor(prefix);
      files.set(prefix + spec.path, pageShell({ ctx, title: spec.title, siteTitle, nav, section: spec.section, body, built }).value);
      if (prefix === '') files.set(fragmentPath(spec.path), fragmentOf(body.value, spec.path, input.url));
    }
  }
  return files;
}
