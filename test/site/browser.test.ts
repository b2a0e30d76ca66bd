// Every page of the built section in a real browser (Chromium headless through
// puppeteer-core): it loads without console errors, axe-core finds no WCAG 2.1
// AA violation, the plan table has every item of the plan, the calendar lists
// the dates `centre calendar` lists, and a screenshot stays close to the
// accepted one (test/fixtures/site/*.png).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { axeViolations } from '../helpers/axe.js';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Browser } from 'puppeteer-core';
import { chromium } from '../helpers/chromium.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { startPreview, type Preview } from '../../src/site/serve.js';
import { repoRoot, runCli, temporaryDir } from '../helpers/cli.js';
import { fillForm } from '../reports/helpers.js';
import { buildSiteByCommand, exampleSiteWorkspace, listFiles, testToday } from './helpers.js';

const baselines = path.join(repoRoot, 'test', 'fixtures', 'site');

let browser: Browser;
let preview: Preview;
let out: string;
let workspace: string;
let pages: string[];

beforeAll(async () => {
  workspace = exampleSiteWorkspace();
  // by the installed command: what users publish is what is read here
  const built = buildSiteByCommand(workspace);
  expect(built.code, built.stderr).toBe(0);
  out = built.out;
  const files = new Map(listFiles(out).map((name) => [name, readFileSync(path.join(out, name))] as const));
  pages = [...files.keys()].filter((name) => name.endsWith('.html')).sort();
  preview = await startPreview(files, 0);
  browser = await chromium();
}, 120_000);

afterAll(async () => {
  await preview?.close();
});

/** A new page that notes every console error or warning, script error, failed request and dialog in `problems`. */
async function watchedPage(width = 1024, height = 768) {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${String(error)}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { page, problems };
}

async function open(pagePath: string, width = 1024, height = 768) {
  const { page, problems } = await watchedPage(width, height);
  const response = await page.goto(preview.url + pagePath, { waitUntil: 'load' });
  return { page, problems, status: response?.status() };
}

describe('the section in Chromium', () => {
  it('builds every page in both versions and as a fragment', () => {
    const full = pages.filter((name) => !name.endsWith('.fragment.html') && !name.startsWith('contrast/'));
    expect(full).toEqual(
      expect.arrayContaining(['index.html', 'plans/index.html', 'calendar.html', 'coordinators.html', 'practices/index.html', 'semeynaya-stranichka.html']),
    );
    for (const name of full) {
      expect(pages).toContain(`contrast/${name}`);
      expect(pages).toContain(name.replace(/\.html$/, '.fragment.html'));
    }
  });

  it('loads every page with no console error and no WCAG 2.1 AA violation (axe-core)', async () => {
    const report: string[] = [];
    // the other font sizes and colour schemes of the version for the visually impaired: test/site/readable.test.ts
    // one page for all: a new page for each costs as much as loading it and running axe
    const { page, problems } = await watchedPage();
    for (const name of pages.filter((page) => !page.endsWith('.fragment.html') && !/^contrast\/[a-z]+-[a-z]+\//.test(page))) {
      problems.length = 0;
      const response = await page.goto(preview.url + name, { waitUntil: 'load' });
      expect(response?.status(), name).toBe(200);
      for (const violation of await axeViolations(page)) report.push(`${name}: ${violation}`);
      for (const problem of problems) report.push(`${name}: ${problem}`);
    }
    await page.close();
    expect(report).toEqual([]);
  }, 180_000);

  it('every page is under 100 KB and loads nothing from outside the section', () => {
    for (const name of pages) {
      const text = readFileSync(path.join(out, name), 'utf8');
      expect(Buffer.byteLength(text), name).toBeLessThan(100 * 1024);
      expect(text).not.toMatch(/<script|<link[^>]+https?:|@import|@font-face|<iframe/i);
    }
  });

  it('shows every item of each plan in its table, numbered as in the DOCX', async () => {
    for (const file of ['2023-2024-regional-plan', '2020-2021-buzuluk-plan', '2020-2021-ponomarevka-cyclogram']) {
      const plan = load(readFileSync(path.join(workspace, 'plans', `${file}.yaml`), 'utf8')) as { sections: { items: { activity: string }[] }[] };
      const activities = plan.sections.flatMap((section) => section.items.map((item) => item.activity));
      const { page } = await open(`plans/${file}.html`);
      const rows = await page.$$eval('table tbody tr[id^="item-"]', (trs) =>
        trs.map((tr) => [tr.querySelector('td.num')!.textContent, tr.children[1]!.textContent]),
      );
      expect(rows.map(([number]) => number)).toEqual(activities.map((_, i) => `${i + 1}.`));
      const squash = (text: string) => text.replace(/[\s\u00a0«»"„“–—-]+/g, '');
      rows.forEach(([, cell], i) => expect(squash(cell!)).toContain(squash(activities[i]!.split('\n')[0]!)));
      expect(await page.$$eval('thead th', (ths) => ths.map((th) => th.getAttribute('scope')))).toEqual(expect.arrayContaining(['col']));
      expect(await page.$$eval('tbody th[scope="rowgroup"]', (ths) => ths.length)).toBe(plan.sections.length);
      expect(await page.$eval('table caption', (caption) => caption.textContent)).toBeTruthy();
      await page.close();
    }
  });

  it('lists on the calendar pages the dates centre calendar lists for the same weeks and year', async () => {
    // the coming weeks' dated events on calendar.html; the year's dated events on its months' pages, its long spans on the long-periods pages
    const read = async (name: string, selector: string) => {
      const { page } = await open(name);
      const rows = await page.$$eval(`${selector} [data-date]`, (nodes) =>
        nodes.map(
          (node) =>
            `${node.getAttribute('data-date')}|${node.getAttribute('data-end') ?? ''}|${node.tagName === 'TR' ? node.children[1]!.textContent : node.textContent}`,
        ),
      );
      await page.close();
      return rows;
    };
    const upcoming = await read('calendar.html', 'section[aria-labelledby="upcoming"] table');
    const yearPages = pages.filter((name) => /^calendar\/(\d{4}-\d{2}|long(-\d+)?)\.html$/.test(name));
    const year = (await Promise.all(yearPages.map((name) => read(name, 'main')))).flat();
    const fromCli = async (args: string[]) => {
      const result = await runCli(['calendar', '--format', 'json', ...args], { cwd: workspace, env: { CENTRE_TODAY: testToday } });
      expect(result.code, result.stderr).toBe(0);
      return JSON.parse(result.stdout) as { date: string; end?: string; title: string }[];
    };
    const long = (row: { date: string; end?: string }) => row.end !== undefined && (Date.parse(row.end) - Date.parse(row.date)) / 86_400_000 > 31;
    const keys = (rows: { date: string; end?: string; title: string }[]) => rows.map((row) => `${row.date}|${row.end ?? ''}|${row.title}`);
    const squash = (rows: string[]) => rows.map((row) => row.replace(/[\s\u00a0«»"„“–—-]+/g, '')).sort();
    expect(squash(upcoming)).toEqual(squash(keys((await fromCli(['--weeks', '8'])).filter((row) => !long(row)))));
    expect(upcoming.length).toBeGreaterThan(0);
    expect(squash(year)).toEqual(squash(keys(await fromCli(['--from', '2023-09-01', '--to', '2024-08-31']))));
  });

  it('switches to the large-type high-contrast version by a link, without script', async () => {
    const { page } = await open('index.html');
    const normalSize = await page.$eval('body', (body) => parseFloat(getComputedStyle(body).fontSize));
    await Promise.all([page.waitForNavigation(), page.click('header.site p:nth-of-type(2) a')]);
    expect(page.url()).toBe(`${preview.url}contrast/index.html`);
    const style = await page.$eval('body', (body) => ({
      size: parseFloat(getComputedStyle(body).fontSize),
      colour: getComputedStyle(body).color,
      background: getComputedStyle(body).backgroundColor,
    }));
    expect(style.size).toBeGreaterThanOrEqual(normalSize * 1.4);
    expect(style).toMatchObject({ colour: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' });
    await Promise.all([page.waitForNavigation(), page.click('header.site p:nth-of-type(2) a')]);
    expect(page.url()).toBe(`${preview.url}index.html`);
    await page.close();
  });

  const shots = ['index.html', 'plans/2023-2024-regional-plan.html', 'calendar.html', 'coordinators.html', 'practices/index.html', 'contrast/index.html'];
  for (const name of shots) {
    it(`looks like the accepted screenshot: ${name}`, async () => {
      const { page } = await open(name, 640, 480);
      // Kept in grey: a quarter of the size in the repository, and colour slips still show as changes of grey.
      const shot = PNG.sync.read(PNG.sync.write(PNG.sync.read(Buffer.from(await page.screenshot({ type: 'png' }))), { colorType: 0, inputColorType: 6 }));
      await page.close();
      const baseline = path.join(baselines, `${name.replace(/\//g, '_').replace(/\.html$/, '')}.png`);
      if (!existsSync(baseline)) {
        if (process.env.CI) throw new Error(`no accepted screenshot ${baseline}; run the tests locally and commit it`);
        writeFileSync(baseline, PNG.sync.write(shot, { colorType: 0 }));
        console.warn(`wrote a new accepted screenshot ${path.relative(repoRoot, baseline)}; check it and commit it`);
        return;
      }
      const accepted = PNG.sync.read(readFileSync(baseline));
      expect([shot.width, shot.height]).toEqual([accepted.width, accepted.height]);
      const differing = pixelmatch(shot.data, accepted.data, undefined, shot.width, shot.height, { threshold: 0.2 });
      // Loose on purpose: font hinting differs between machines; a broken layout moves far more than 3% of the pixels.
      expect(differing / (shot.width * shot.height)).toBeLessThan(0.03);
    }, 60_000);
  }
});

describe('hostile text in Chromium', () => {
  it('runs no script and opens no dialog, whatever the workspace says', async () => {
    const hostile = exampleSiteWorkspace();
    writeFileSync(
      path.join(hostile, 'plans', 'practices', 'hostile.yaml'),
      'kind: practice\ntitle: "<script>window.pwned = 1</script><img src=x onerror=\\"window.pwned = 2\\">"\nschool: "\\"><svg onload=window.pwned=3>"\nauthor: А\ntopic: Т\nyear: 2024\ndescription: "</p><script>window.pwned = 4</script>"\nlinks: [{title: x, url: "https://example.ru/\\"onmouseover=\\"window.pwned=5"}]\nstatus: published\n',
    );
    writeFileSync(
      path.join(hostile, 'site', 'hostile.md'),
      '# Страница\n\n<script>window.pwned = 6</script>\n\n<img src=x onerror="window.pwned = 7">\n\n[ссылка](javascript:window.pwned=8)\n',
    );
    const built = buildSiteByCommand(hostile);
    expect(built.code, built.stderr).toBe(0);
    const files = new Map(listFiles(built.out).map((name) => [name, readFileSync(path.join(built.out, name))] as const));
    const server = await startPreview(files, 0);
    try {
      for (const name of ['practices/hostile.html', 'practices/index.html', 'hostile.html']) {
        const page = await browser.newPage();
        const dialogs: string[] = [];
        page.on('dialog', (dialog) => {
          dialogs.push(dialog.message());
          void dialog.dismiss();
        });
        await page.goto(server.url + name, { waitUntil: 'load' });
        for (const link of await page.$$('main a')) await link.hover();
        expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned), name).toBeUndefined();
        expect(await page.$$eval('script, img, svg, iframe', (nodes) => nodes.length)).toBe(0);
        expect(dialogs).toEqual([]);
        await page.close();
      }
    } finally {
      await server.close();
    }
  }, 60_000);
});

describe('the «Мониторинг» page in Chromium', () => {
  it('loads with no console error and no WCAG 2.1 AA violation, chart included', async () => {
    const workspace = exampleSiteWorkspace();
    expect(
      (await runCli(['report', 'template', '--registry', 'plans/registry.yaml', '--period', 'final', '--year', '2024-2025', '-o', 'forms'], { cwd: workspace }))
        .code,
    ).toBe(0);
    const filled = temporaryDir();
    await fillForm(
      path.join(workspace, 'forms', 'gai-6-final-2024-2025.xlsx'),
      {
        class_teachers: 21,
        trained: 10,
        trained_online: 1,
        contest_participants: 4,
        contest_winners: 1,
        class_hours_visited: 30,
        recommendations: 'частично',
        roadmap_share: 50,
        local_act: 'да',
      },
      path.join(filled, 'gai-6.xlsx'),
    );
    const summary = path.join(filled, 'summary.xlsx');
    expect((await runCli(['report', 'merge', filled, '-o', summary], { cwd: workspace })).code).toBe(0);
    const built = buildSiteByCommand(workspace, ['--monitoring', summary]);
    expect(built.code, built.stderr).toBe(0);
    const files = new Map(listFiles(built.out).map((name) => [name, readFileSync(path.join(built.out, name))] as const));
    const server = await startPreview(files, 0);
    try {
      for (const name of ['monitoring.html', 'contrast/monitoring.html']) {
        const page = await browser.newPage();
        const problems: string[] = [];
        page.on('console', (message) => problems.push(message.text()));
        page.on('requestfailed', (request) => problems.push(request.url()));
        await page.goto(server.url + name, { waitUntil: 'load' });
        expect(await axeViolations(page), name).toEqual([]);
        expect(problems).toEqual([]);
        expect(await page.$$eval('svg rect', (rects) => rects.length)).toBeGreaterThan(3);
        await page.close();
      }
    } finally {
      await server.close();
    }
  }, 120_000);
});
