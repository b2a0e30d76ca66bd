// The contest on the centre's section: «Конкурсы» and a page per contest with its
// regulation, stages and dates, criteria and jury; its results only when the
// contest makes them public and its jury's sheets merge without error, scores
// only when marked; the example contest only with --examples; a regulation that
// links out of the workspace refused at its line. In process, through the built
// command, and in Chromium (axe, no sideways scroll at 320 px).
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { axeViolations } from '../helpers/axe.js';
import { visitSameHeadPages } from '../helpers/same-head-pages.js';
import type { Browser } from 'puppeteer-core';
import { chromium } from '../helpers/chromium.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateText } from '../../src/kinds/validate.js';
import { contestSchema, type Contest } from '../../src/schema/contest.js';
import { contestResultsSection } from '../../src/site/contest-results.js';
import type { SiteContest, SiteContestResults } from '../../src/site/contest-view.js';
import { formatDateRange } from '../../src/site/date-range.js';
import { PageContext } from '../../src/site/layout.js';
import { contestPage, contestsPage } from '../../src/site/page-contests.js';
import { startPreview, type Preview } from '../../src/site/serve.js';
import { parse } from 'yaml';
import { copyOfExampleWorkspace, repoRoot, spawnCli, temporaryDir } from '../helpers/cli.js';
import { fillFinal } from '../contest/final-sheets.js';
import { listFiles, ownPractices } from './helpers.js';
import { iso } from '../helpers/iso.js';

const fixtures = path.join(repoRoot, 'test', 'fixtures', 'site-contests');
const exampleContest = 'plans/2024-2025-contest-example.yaml';
const examplePage = 'contests/samyj-klassnyj-2025.html';
/** Inside the example contest's year, after its results. */
const today = '2025-04-01';
// No-break spaces (typography) read as spaces.
const read = (out: string, name: string) => readFileSync(path.join(out, name), 'utf8').replace(/\u00a0/g, ' ');
const text = (page: string) => page.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

function buildSite(workspace: string, extra: string[] = []) {
  const out = path.join(temporaryDir('centre-contests-'), 'site');
  return { out, ...spawnCli(['site', 'build', '-o', out, ...extra], { cwd: workspace, env: { CENTRE_TODAY: today } }) };
}

/** The example workspace, its example contest made the centre's own with `public` as given, its final stage's sheets filled in. */
function ownContestWorkspace(publicParts: string | undefined, filled = true): string {
  const workspace = copyOfExampleWorkspace();
  ownPractices(workspace);
  const file = path.join(workspace, exampleContest);
  const own = readFileSync(file, 'utf8')
    .replace(/^example: true\n/m, '')
    .replace(/^public: .*\n/m, publicParts === undefined ? '' : `public: ${publicParts}\n`);
  writeFileSync(file, own);
  if (filled) fillFinal(workspace);
  return workspace;
}

const contestOf = (yamlText: string): Contest => contestSchema.parse(parse(yamlText));
const example = contestOf(readFileSync(path.join(repoRoot, exampleContest), 'utf8'));
const school = contestOf(readFileSync(path.join(fixtures, '2023-2024-school-contest.yaml'), 'utf8'));

describe('in process', () => {
  it('centre init writes the shipped example contest, marked as made-up', () => {
    const template = readFileSync(path.join(repoRoot, 'templates', 'example-contest.yaml'), 'utf8');
    const shipped = readFileSync(path.join(repoRoot, exampleContest), 'utf8');
    expect(template.replace('$schema=../plans/schemas/', '$schema=./schemas/')).toBe(shipped);
    expect(example).toMatchObject({ example: true, public: ['results'], note: expect.stringContaining('вымышлены') });
  });

  it('writes dates and periods in the genitive with the house typography', () => {
    expect(formatDateRange('2025-02-03', '2025-02-14')).toBe('3–14\u00a0февраля 2025\u00a0г.');
    expect(formatDateRange('2025-01-27', '2025-02-14')).toBe('27\u00a0января – 14\u00a0февраля 2025\u00a0г.');
    expect(formatDateRange('2024-12-30', '2025-01-10')).toBe('30\u00a0декабря 2024\u00a0г. – 10\u00a0января 2025\u00a0г.');
    expect(formatDateRange('05.03.2025')).toBe('5\u00a0марта 2025\u00a0г.');
    expect(formatDateRange('2025-03-05', '2025-03-05')).toBe('5\u00a0марта 2025\u00a0г.');
  });

  it('refuses scores published without the results, and an unknown part, at their place in the file', () => {
    const base = readFileSync(path.join(fixtures, '2023-2024-school-contest.yaml'), 'utf8');
    const alone = validateText('contest.yaml', `${base}public: [scores]\n`).diagnostics;
    expect(alone).toEqual([expect.objectContaining({ code: 'contest-public-scores-alone', severity: 'error', line: base.split('\n').length, column: 10 })]);
    const unknown = validateText('contest.yaml', `${base}public: [prizes]\n`).diagnostics;
    expect(unknown).toEqual([expect.objectContaining({ code: 'wrong-value', line: base.split('\n').length })]);
    expect(validateText('contest.yaml', `${base}public: [results, scores]\n`).diagnostics).toEqual([]);
  });

  it("lists today's academic year first, then the others newest first, an example marked", () => {
    const contests: SiteContest[] = [
      { contest: { ...example, academicYear: '2022-2023' }, slug: 'old' },
      { contest: example, slug: 'example' },
      { contest: school, slug: 'school' },
    ];
    const page = text(contestsPage(new PageContext('contests.html', ''), contests, iso('2023-11-01')).value);
    expect(page.indexOf('2023–2024 учебный год')).toBeLessThan(page.indexOf('2024–2025 учебный год'));
    expect(page.indexOf('2024–2025 учебный год')).toBeLessThan(page.indexOf('2022–2023 учебный год'));
    expect(page).toContain('Школьный конкурс «Лучший классный час»');
    expect(page).toContain('«Самый классный классный» (пример)');
    expect(page).toContain('Приём заявок: 25 декабря 2023 г. – 12 января 2024 г.; Открытый классный час: 22–26 января 2024 г.');
  });

  it('shows level, organiser, who may take part, nominations, stages with dates, criteria with maxima, the jury and the regulation', () => {
    const entry: SiteContest = { contest: example, slug: 'example', regulation: { file: 'files/contests/example/regulation.pdf', type: 'PDF', bytes: 11743 } };
    const page = contestPage(new PageContext('contests/example.html', ''), entry, (id) => (id === 'gai-6' ? 'МБОУ «СОШ № 6»' : id)).value.replace(
      /\u00a0/g,
      ' ',
    );
    expect(page).toContain('<dt>Уровень</dt><dd>муниципальный</dd>');
    expect(page).toContain('<dt>Кто может участвовать</dt><dd>Классные руководители общеобразовательных организаций округа</dd>');
    expect(page).toContain('<dt>Приём заявок</dt><dd>13–31 января 2025 г.</dd>');
    expect(page).toContain('<h3 id="stage-1">Заочный тур: 3–14 февраля 2025 г.</h3>');
    expect(page).toContain('<h3 id="stage-2">Очный тур: 5 марта 2025 г.</h3>');
    expect(page).toContain(
      '<th scope="rowgroup" rowspan="2">Эссе «Я — классный руководитель»</th><td>Ясность педагогической позиции</td><td class="num">5</td>',
    );
    expect(page).toContain('<th scope="row" colspan="2">Всего за этап</th><td class="num">24</td>');
    expect(page).toContain('На следующий этап проходят 3 лучших в каждой номинации.');
    expect(page).toContain('В.С. Орлов — Заместитель директора по воспитательной работе, МБОУ «СОШ № 6»');
    expect(page).toContain('(председатель жюри)');
    expect(page).toContain('<a href="../files/contests/example/regulation.pdf" download>Положение о конкурсе (PDF, 11 КБ)</a>');
    expect(page).toContain('Учебный пример');
    // the results are not public: no section at all
    expect(page).not.toContain('Итоги');
  });

  it('prints places, names and schools, and the scores only when they are public', () => {
    const stage = example.stages.at(-1)!;
    const results = (scores: boolean): SiteContestResults => ({
      stage,
      maximum: 24,
      scores,
      nominations: [
        {
          title: '«Молодой классный руководитель»',
          rows: [
            {
              place: 1,
              name: 'Андреева Мария Сергеевна',
              school: 'gai-6',
              ...(scores ? { total: 23.5, byCriterion: new Map([['lesson.goal', 4]]), byJuror: new Map([['lebedeva', 23.5]]) } : {}),
            },
            { name: 'Борисов Илья Андреевич', school: 'gai-1', ...(scores ? { total: 12.33, byCriterion: new Map(), byJuror: new Map() } : {}) },
          ],
        },
      ],
    });
    const schoolName = (id: string) => (id === 'gai-6' ? 'МБОУ «СОШ № 6»' : id);
    const hidden = contestResultsSection(example, results(false), schoolName).value.replace(/\u00a0/g, ' ');
    expect(hidden).toContain('<td class="num">1</td><th scope="row">Андреева Мария Сергеевна</th><td>МБОУ «СОШ № 6»</td></tr>');
    expect(hidden).toContain('<td class="num">—</td><th scope="row">Борисов Илья Андреевич</th>');
    expect(hidden).not.toMatch(/Итоговый балл|баллы по критериям|баллы членов жюри|23,5/);
    const shown = contestResultsSection(example, results(true), schoolName).value.replace(/\u00a0/g, ' ');
    expect(shown).toContain('<th scope="col">Итоговый балл</th>');
    expect(shown).toContain('<td class="num">23,5</td>');
    expect(shown).toContain('<td class="num">12,33</td>');
    expect(shown).toContain('«Молодой классный руководитель»: баллы по критериям');
    expect(shown).toContain('<th scope="col">Классный час: Соответствие содержания цели (4)</th>');
    expect(shown).toContain('«Молодой классный руководитель»: баллы членов жюри');
    expect(shown).toContain('<th scope="col">О.П. Лебедева</th>');
    expect(contestResultsSection(example, 'pending', schoolName).value).toContain('<p>Итоги будут опубликованы после заседания жюри.</p>');
  });
});

describe('through the built command', () => {
  it('leaves the example contest out without --examples, saying so, and publishes it marked with --examples', () => {
    const workspace = copyOfExampleWorkspace();
    ownPractices(workspace);
    const without = buildSite(workspace);
    expect(without.code, without.stderr).toBe(0);
    expect(without.stderr).toMatch(/^plans\/2024-2025-contest-example\.yaml +warning: This is an example/m);
    expect(listFiles(without.out).filter((name) => name.includes('contests'))).toEqual([]);
    expect(read(without.out, 'index.html')).not.toContain('Конкурсы');

    const withExamples = buildSite(workspace, ['--examples']);
    expect(withExamples.code, withExamples.stderr).toBe(0);
    const files = listFiles(withExamples.out);
    expect(files).toEqual(
      expect.arrayContaining([
        'contests.html',
        examplePage,
        'contests/samyj-klassnyj-2025.fragment.html',
        `contrast/xlarge-wb/${examplePage}`,
        'contrast/contests.html',
      ]),
    );
    expect(read(withExamples.out, 'index.html')).toContain('<li><a href="contests.html">Конкурсы</a></li>');
    expect(read(withExamples.out, 'contests.html')).toContain('«Самый классный классный»</a> (пример)');
    const page = read(withExamples.out, examplePage);
    expect(page).toContain('Учебный пример: конкурс, его участники и жюри вымышлены.');
    expect(page).toContain('<a href="../contests.html" aria-current="page">Конкурсы</a>');
    // public results, no sheets merged yet
    expect(page).toContain('Итоги будут опубликованы после заседания жюри.');
    const fragment = read(withExamples.out, 'contests/samyj-klassnyj-2025.fragment.html');
    expect(fragment).toMatch(/^<div class="centre-fragment">/);
    expect(fragment).not.toMatch(/<h1|<nav|<html/);
    expect(fragment).toContain('Очный тур: 5 марта 2025 г.');
    // the contest's dates are on the calendar and in the .ics
    expect(read(withExamples.out, 'files/calendar.ics')).toContain('SUMMARY:Муниципальный конкурс');
  }, 120_000);

  it('publishes places, names and schools of the merged sheets, no score unless `scores`; nothing of the results unless public', () => {
    const results = buildSite(ownContestWorkspace('[results]'));
    expect(results.code, results.stderr).toBe(0);
    const page = read(results.out, examplePage);
    expect(page).not.toContain('Итоги будут опубликованы');
    expect(page).toMatch(/<td class="num">1<\/td><th scope="row">Андреева Мария Сергеевна<\/th><td>МБОУ «СОШ № 6»<\/td><\/tr>/);
    expect(page).toContain('<caption>Итоги: «Классный руководитель-мастер»</caption>');
    expect(page).not.toMatch(/Итоговый балл|баллы по критериям|баллы членов жюри/);

    const scores = buildSite(ownContestWorkspace('[results, scores]'));
    expect(scores.code, scores.stderr).toBe(0);
    const scored = read(scores.out, examplePage);
    expect(scored).toContain('<th scope="col">Итоговый балл</th>');
    expect(scored).toContain('«Молодой классный руководитель»: баллы по критериям');
    expect(scored).toContain('«Молодой классный руководитель»: баллы членов жюри');

    const hidden = buildSite(ownContestWorkspace(undefined));
    expect(hidden.code, hidden.stderr).toBe(0);
    const closed = read(hidden.out, examplePage);
    expect(closed).not.toMatch(/id="results"|Итоги будут|Андреева/);
    expect(closed).toContain('Очный тур');
  }, 240_000);

  it('says results are yet to come while the sheets give provisional results', () => {
    const workspace = ownContestWorkspace('[results]');
    // one juror's sheet missing: the ranking is provisional
    const folder = path.join(workspace, 'out/contest/samyj-klassnyj-2025-final');
    writeFileSync(path.join(folder, 'samyj-klassnyj-2025-final-orlov.xlsx'), 'not a workbook');
    const built = buildSite(workspace);
    expect(built.code, built.stderr).toBe(0);
    expect(built.stderr).toMatch(/^plans\/2024-2025-contest-example\.yaml:\d+:9 +warning: The sheets in .* give provisional results/m);
    expect(read(built.out, examplePage)).toContain('Итоги будут опубликованы после заседания жюри.');
  }, 120_000);

  it("publishes a regulation inside the workspace, lists today's contests first, and refuses one that links out of it at its line", () => {
    const workspace = ownContestWorkspace('[results]', false);
    copyFileSync(path.join(fixtures, '2023-2024-school-contest.yaml'), path.join(workspace, 'plans/2023-2024-school-contest.yaml'));
    copyFileSync(path.join(fixtures, 'regulation.pdf'), path.join(workspace, 'plans/regulation.pdf'));
    const built = spawnCli(['site', 'build', '-o', 'out/site'], { cwd: workspace, env: { CENTRE_TODAY: '2023-11-01' } });
    expect(built.code, built.stderr).toBe(0);
    const out = path.join(workspace, 'out/site');
    expect(readFileSync(path.join(out, 'files/contests/luchshij-klassnyj-chas-2024/regulation.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(read(out, 'contests/luchshij-klassnyj-chas-2024.html')).toMatch(
      /<a href="\.\.\/files\/contests\/luchshij-klassnyj-chas-2024\/regulation\.pdf" download>Положение о конкурсе \(PDF, 11 КБ\)<\/a>/,
    );
    const list = read(out, 'contests.html');
    expect(list.indexOf('Лучший классный час')).toBeLessThan(list.indexOf('Самый классный классный'));

    const outside = path.join(temporaryDir('centre-outside-'), 'regulation.pdf');
    copyFileSync(path.join(fixtures, 'regulation.pdf'), outside);
    mkdirSync(path.join(workspace, 'plans/files'));
    symlinkSync(outside, path.join(workspace, 'plans/files/regulation.pdf'));
    const contestFile = path.join(workspace, 'plans/2023-2024-school-contest.yaml');
    writeFileSync(contestFile, readFileSync(contestFile, 'utf8').replace('regulation: regulation.pdf', 'regulation: files/regulation.pdf'));
    const refused = spawnCli(['site', 'build', '-o', 'out/site2'], { cwd: workspace, env: { CENTRE_TODAY: '2023-11-01' } });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /^plans\/2023-2024-school-contest\.yaml:10:13 +error: The attached file «files\/regulation\.pdf» is a link to .*regulation\.pdf, outside the workspace/m,
    );
  }, 120_000);
});

describe('in Chromium', () => {
  let browser: Browser;
  let preview: Preview;

  beforeAll(async () => {
    const workspace = ownContestWorkspace('[results, scores]');
    copyFileSync(path.join(fixtures, '2023-2024-school-contest.yaml'), path.join(workspace, 'plans/2023-2024-school-contest.yaml'));
    copyFileSync(path.join(fixtures, 'regulation.pdf'), path.join(workspace, 'plans/regulation.pdf'));
    const built = buildSite(workspace);
    expect(built.code, built.stderr).toBe(0);
    preview = await startPreview(new Map(listFiles(built.out).map((name) => [name, readFileSync(path.join(built.out, name))] as const)), 0);
    browser = await chromium();
  }, 180_000);

  afterAll(async () => {
    await preview?.close();
  });

  const pages = ['contests.html', examplePage, 'contests/luchshij-klassnyj-chas-2024.html'];

  it('no contest page scrolls sideways at 320 px, in the usual version or any font size', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 320, height: 640 });
    const overflowing: string[] = [];
    for (const prefix of ['', 'contrast/normal-bw/', 'contrast/', 'contrast/xlarge-wb/']) {
      for (const name of pages) {
        await page.goto(preview.url + prefix + name, { waitUntil: 'load' });
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
        if (scrollWidth > innerWidth) overflowing.push(`${prefix}${name}: ${scrollWidth}px wide`);
      }
    }
    await page.close();
    expect(overflowing).toEqual([]);
  }, 120_000);

  it('has no WCAG 2.1 AA violation (axe-core) on the contest pages in any colour scheme', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1024, height: 768 });
    const report: string[] = [];
    for (const name of pages) {
      await page.goto(preview.url + name, { waitUntil: 'load' });
      for (const violation of await axeViolations(page)) report.push(`${name}: ${violation}`);
      const variants = ['large-wb', 'large-blue', 'xlarge-bw'].map((variant) => `${preview.url}contrast/${variant}/${name}`);
      await visitSameHeadPages(page, variants, async (address) => {
        for (const violation of await axeViolations(page)) report.push(`${address.slice(preview.url.length)}: ${violation}`);
      });
    }
    await page.close();
    expect(report).toEqual([]);
  }, 120_000);
});
