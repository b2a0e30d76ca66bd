// The results on a contest's page: the ranking of each nomination with places,
// names and schools; the totals, each criterion's points and each juror's total
// only when the contest makes its scores public. Until the jury's sheets are
// merged without error, a line saying the results are yet to come. Pure.
import { typeset } from '../text/typography.js';
import { translator } from '../i18n/messages.js';
import type { Contest } from '../schema/contest.js';
import type { SiteContestResults, SiteContestRow } from './contest-view.js';
import { html, type Html } from './html.js';

const t = translator('ru');

/** 4.33 → «4,33»: the decimal comma, at most two decimals. */
export function formatPoints(value: number): string {
  return String(Math.round(value * 100) / 100).replace('.', ',');
}

const placeCell = (row: SiteContestRow) => (row.place === undefined ? '—' : typeof row.place === 'number' ? String(row.place) : typeset(row.place));

export function contestResultsSection(contest: Contest, results: SiteContestResults | 'pending', schoolName: (school: string) => string): Html {
  const heading = html`<h2 id="results">${t('site-contest-results')}</h2>`;
  if (results === 'pending') return html`<section aria-labelledby="results">${heading}<p>${t('site-contest-results-pending')}</p></section>`;
  const criteria = results.stage.tests.flatMap((test) => test.criteria.map((criterion) => ({ key: `${test.id}.${criterion.id}`, test, criterion })));
  const jury = results.stage.jury ? contest.jury.filter((juror) => results.stage.jury!.includes(juror.id)) : contest.jury;
  return html`<section aria-labelledby="results">
${heading}
${results.scores ? html`<p>${t('site-contest-results-of', { stage: typeset(results.stage.title), max: formatPoints(results.maximum) })}</p>` : ''}
${results.nominations.map((nomination) => {
  const title = typeset(nomination.title);
  return html`<h3>${title}</h3>
<table tabindex="0">
<caption>${t('site-contest-results')}: ${title}</caption>
<thead><tr><th scope="col">${t('site-contest-place')}</th><th scope="col">${t('site-contest-participant')}</th><th scope="col">${t('site-contest-school')}</th>${results.scores ? html`<th scope="col">${t('site-contest-total')}</th>` : ''}</tr></thead>
<tbody>${nomination.rows.map(
    (row) =>
      html`<tr><td class="num">${placeCell(row)}</td><th scope="row">${typeset(row.name)}</th><td>${typeset(schoolName(row.school))}</td>${results.scores ? html`<td class="num">${formatPoints(row.total!)}</td>` : ''}</tr>`,
  )}</tbody>
</table>
${results.scores ? scoreTables(title, nomination.rows, criteria, jury) : ''}`;
})}
${results.scores ? html`<p class="note">${t('site-contest-not-counted')}</p>` : ''}
</section>`;
}

type CriterionColumn = { key: string; test: { title: string }; criterion: { title: string; max: number } };

function scoreTables(title: string, rows: readonly SiteContestRow[], criteria: readonly CriterionColumn[], jury: Contest['jury']): Html {
  const points = (value: number | undefined) => html`<td class="num">${value === undefined ? '—' : formatPoints(value)}</td>`;
  return html`<table tabindex="0">
<caption>${t('site-contest-by-criterion-caption', { nomination: title })}</caption>
<thead><tr><th scope="col">${t('site-contest-participant')}</th>${criteria.map(
    ({ test, criterion }) => html`<th scope="col">${typeset(test.title)}: ${typeset(criterion.title)} (${formatPoints(criterion.max)})</th>`,
  )}</tr></thead>
<tbody>${rows.map((row) => html`<tr><th scope="row">${typeset(row.name)}</th>${criteria.map(({ key }) => points(row.byCriterion?.get(key)))}</tr>`)}</tbody>
</table>
<table tabindex="0">
<caption>${t('site-contest-by-juror-caption', { nomination: title })}</caption>
<thead><tr><th scope="col">${t('site-contest-participant')}</th>${jury.map((juror) => html`<th scope="col">${typeset(juror.name)}</th>`)}</tr></thead>
<tbody>${rows.map((row) => html`<tr><th scope="row">${typeset(row.name)}</th>${jury.map((juror) => points(row.byJuror?.get(juror.id)))}</tr>`)}</tbody>
</table>`;
}
