// «Конкурсы»: the workspace's contests, today's academic year first, and a page
// per contest: level, organiser, who may take part, nominations, the stages with
// their dates, tests and criteria with their maximum points, the jury, the
// regulation to download, and the results as far as the contest makes them
// public (src/site/contest-results.ts). Pure.
import { formatAcademicYear, typeset } from '../text/typography.js';
import { translator, type MessageCode } from '../i18n/messages.js';
import type { Contest, ContestStage } from '../schema/contest.js';
import type { IsoDate } from '../schema/iso-date.js';
import { formatDateRange } from './date-range.js';
import { contestResultsSection, formatPoints } from './contest-results.js';
import { contestPath, contestsCurrentFirst, type SiteContest } from './contest-view.js';
import { html, type Html } from './html.js';
import type { PageContext } from './layout.js';
import { formatSize } from './page-plan.js';

// The site is published in Russian whatever language the terminal speaks.
const t = translator('ru');

const levelWords: Record<Contest['level'], MessageCode> = {
  school: 'site-contest-level-school',
  municipal: 'site-contest-level-municipal',
  regional: 'site-contest-level-regional',
  federal: 'site-contest-level-federal',
};

/** «О.П. Лебедева — методист»: the dash never starts a line. */
const NBSP_DASH = '\u00a0— ';

export const contestsTitle = t('site-contests-title');

export const contestPageTitle = (contest: Contest) => typeset(contest.title);

export function contestsPage(ctx: PageContext, contests: readonly SiteContest[], today: IsoDate): Html {
  const years: { year: string; contests: SiteContest[] }[] = [];
  for (const entry of contestsCurrentFirst(contests, today)) {
    const year = formatAcademicYear(entry.contest.academicYear);
    const group = years.find((candidate) => candidate.year === year);
    if (group) group.contests.push(entry);
    else years.push({ year, contests: [entry] });
  }
  return html`<h1>${contestsTitle}</h1>
<p>${t('site-contests-intro')}</p>
${years.map(
  (group, index) => html`<section aria-labelledby="year-${index + 1}">
<h2 id="year-${index + 1}">${t('site-contest-academic-year', { year: group.year })}</h2>
<ul class="plain">${group.contests.map(
    ({ contest, slug }) =>
      html`<li><a href="${ctx.page(contestPath(slug))}">${contestPageTitle(contest)}</a>${contest.example ? ` ${t('site-contests-example')}` : ''}. ${datesLine(contest)}</li>`,
  )}</ul>
</section>`,
)}`;
}

/** «13–31 января 2025 г. — приём заявок; …»: what a visitor plans by, in one line. */
function datesLine(contest: Contest): string {
  const parts = [
    ...(contest.applications ? [`${t('site-contest-applications')}: ${formatDateRange(contest.applications.from, contest.applications.to)}`] : []),
    ...contest.stages.map((stage) => `${typeset(stage.title)}: ${formatDateRange(stage.from, stage.to)}`),
  ];
  return parts.length ? `${parts.join('; ')}.` : '';
}

export function contestPage(ctx: PageContext, entry: SiteContest, schoolName: (school: string) => string): Html {
  const { contest } = entry;
  const fact = (label: string, value: string | undefined) => (value ? html`<dt>${label}</dt><dd>${value}</dd>` : '');
  return html`<h1>${contestPageTitle(contest)}</h1>
${contest.example ? html`<p class="example">${t('site-contest-example')}</p>` : ''}
<dl class="facts">
${fact(t('site-contest-level'), t(levelWords[contest.level]))}
${fact(t('site-contest-organiser'), typeset(contest.organiser))}
${fact(t('site-contest-eligibility'), contest.eligibility ? typeset(contest.eligibility) : undefined)}
${fact(t('site-contest-applications'), contest.applications ? formatDateRange(contest.applications.from, contest.applications.to) : undefined)}
${fact(t('site-contest-results-date'), contest.results ? formatDateRange(contest.results) : undefined)}
</dl>
${entry.regulation ? html`<p><a href="${ctx.asset(entry.regulation.file)}" download>${t('site-contest-regulation', { type: entry.regulation.type, size: formatSize(entry.regulation.bytes) })}</a></p>` : ''}
<h2>${t('site-contest-nominations')}</h2>
<ul class="plain">${contest.nominations.map((nomination) => html`<li>${typeset(nomination.title)}</li>`)}</ul>
<h2>${t('site-contest-stages')}</h2>
${contest.stages.map((stage, index) => stageSection(stage, index))}
<h2>${t('site-contest-jury')}</h2>
<ul class="plain">${contest.jury.map((juror) => {
    const where = juror.organisation ?? (juror.school ? schoolName(juror.school) : undefined);
    const details = [juror.position, where].filter((part): part is string => part !== undefined).map(typeset);
    return html`<li>${typeset(juror.name)}${NBSP_DASH}${details.join(', ')}${juror.chair ? ` (${t('site-contest-chair')})` : ''}</li>`;
  })}</ul>
${entry.results ? contestResultsSection(contest, entry.results, schoolName) : ''}`;
}

function stageSection(stage: ContestStage, index: number): Html {
  const id = `stage-${index + 1}`;
  const total = stage.tests.reduce((sum, test) => sum + test.criteria.reduce((part, criterion) => part + criterion.max, 0), 0);
  const advance = stage.advance;
  return html`<section aria-labelledby="${id}">
<h3 id="${id}">${typeset(stage.title)}: ${formatDateRange(stage.from, stage.to)}</h3>
<table tabindex="0">
<caption>${t('site-contest-tests-caption', { stage: typeset(stage.title) })}</caption>
<thead><tr><th scope="col">${t('site-contest-test')}</th><th scope="col">${t('site-contest-criterion')}</th><th scope="col">${t('site-contest-max')}</th></tr></thead>
${stage.tests.map(
  (test) =>
    html`<tbody>${test.criteria.map(
      (criterion, i) =>
        html`<tr>${i === 0 ? html`<th scope="rowgroup" rowspan="${test.criteria.length}">${typeset(test.title)}</th>` : ''}<td>${typeset(criterion.title)}</td><td class="num">${formatPoints(criterion.max)}</td></tr>`,
    )}</tbody>`,
)}
<tfoot><tr><th scope="row" colspan="2">${t('site-contest-stage-max')}</th><td class="num">${formatPoints(total)}</td></tr></tfoot>
</table>
${advance?.top !== undefined ? html`<p>${t('site-contest-advance-top', { top: advance.top })}</p>` : ''}
${advance?.from !== undefined ? html`<p>${t('site-contest-advance-from', { from: formatPoints(advance.from) })}</p>` : ''}
</section>`;
}
