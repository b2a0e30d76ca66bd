// Now is the pivot: the calendar and the home page, read in Chromium, and the
// .ics, read by ical.js, of the section built by the installed command at an
// injected today before, during and after the 2023–2024 academic year, and in
// the summer after it with the next year's plan published.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import type { Browser } from 'puppeteer-core';
import { axeViolations } from '../helpers/axe.js';
import { chromium } from '../helpers/chromium.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { startPreview } from '../../src/site/serve.js';
import { spawnCli, temporaryDir } from '../helpers/cli.js';
import { exampleSiteWorkspace, listFiles } from './helpers.js';

let browser: Browser;

beforeAll(async () => {
  browser = await chromium();
}, 60_000);

interface Seen {
  readonly status: string;
  /** The coming weeks' rows: date, what, plan. */
  readonly upcoming: string[][];
  /** The month headings of the year, in page order, with the months listed under each. */
  readonly months: { heading: string; months: string[] }[];
  /** «Ближайшие мероприятия» of the home page. */
  readonly home: { status: string; rows: string[] };
  readonly plans: string[];
  readonly violations: string[];
  readonly events: { start: string; summary: string; categories: string[] }[];
  readonly out: string;
}

/** Builds the section with the built command at `today` and reads it as a reader would. */
async function seeAt(workspace: string, today: string): Promise<Seen> {
  const out = path.join(temporaryDir('centre-pivot-'), 'site');
  const result = spawnCli(['site', 'build', '-o', out], { cwd: workspace, env: { CENTRE_TODAY: today } });
  expect(result.code, result.stderr).toBe(0);
  const files = new Map(listFiles(out).map((name) => [name, readFileSync(path.join(out, name))] as const));
  const preview = await startPreview(files, 0);
  const page = await browser.newPage();
  try {
    const violations: string[] = [];
    const axe = async (name: string) => {
      for (const violation of await axeViolations(page)) violations.push(`${name}: ${violation}`);
    };
    await page.goto(`${preview.url}calendar.html`, { waitUntil: 'load' });
    await axe('calendar.html');
    const status = await page.$eval('main .year-status', (node) => (node as HTMLElement).innerText);
    const upcoming = await page.$$eval('section[aria-labelledby="upcoming"] tbody tr', (rows) =>
      rows.map((row) => [row.getAttribute('data-date')!, (row.children[1] as HTMLElement).innerText, (row.children[2] as HTMLElement).innerText]),
    );
    const months = await page.$$eval('section[aria-labelledby="year"] h3', (headings) =>
      headings.map((heading) => ({
        heading: heading.textContent!,
        months: [...heading.nextElementSibling!.querySelectorAll('a')].map((a) => a.getAttribute('href')!.replace(/^calendar\/|\.html$/g, '')),
      })),
    );
    await page.goto(`${preview.url}index.html`, { waitUntil: 'load' });
    await axe('index.html');
    const home = {
      status: await page.$eval('main .year-status', (node) => (node as HTMLElement).innerText),
      rows: await page.$$eval('main ul.coming li', (items) => items.map((item) => item.getAttribute('data-date')!)),
    };
    await page.goto(`${preview.url}plans/index.html`, { waitUntil: 'load' });
    await axe('plans/index.html');
    const plans = await page.$$eval('main ul.plans > li', (items) => items.map((item) => (item as HTMLElement).innerText));
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(path.join(out, 'files', 'calendar.ics'), 'utf8')));
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      return {
        start: event.startDate.toString(),
        summary: event.summary,
        categories: vevent.getAllProperties('categories').flatMap((property) => property.getValues() as string[]),
      };
    });
    const plain = (text: string) => text.replace(/\u00a0/g, ' ').trim();
    return {
      status: plain(status),
      upcoming: upcoming.map((row) => row.map(plain)),
      months,
      home: { status: plain(home.status), rows: home.rows },
      plans: plans.map(plain),
      violations,
      events,
      out,
    };
  } finally {
    await page.close();
    await preview.close();
  }
}

const regional = 'План работы регионального центра поддержки и научно-методического сопровождения деятельности классного руководителя';
const interim = 'Промежуточный контроль: отчёты школ по форме «Мониторинг деятельности классных руководителей»';

describe('the calendar pivots on today', () => {
  const workspace = exampleSiteWorkspace();

  it('before the year: shows the coming 2023–2024 year, every month ahead, nothing past', async () => {
    const seen = await seeAt(workspace, '2023-08-15');
    expect(seen.violations).toEqual([]);
    expect(seen.status).toContain('На 2022–2023 учебный год плана нет; календарь показывает следующий, 2023–2024 учебный год');
    expect(seen.months.map((group) => group.heading)).toEqual(['Впереди']);
    expect(seen.months[0]!.months[0]).toBe('2023-09');
    expect(seen.upcoming.every(([date]) => date! >= '2023-08-15' && date! <= '2023-10-09')).toBe(true);
    expect(seen.upcoming.length).toBeGreaterThan(0);
    expect(seen.home.rows).toEqual(seen.upcoming.slice(0, 5).map(([date]) => date));
    expect(seen.plans[0]).toMatch(/^План работы регионального центра.* на 2023–2024 учебный год \(следующий учебный год\) — DOCX/);
  }, 60_000);

  it('during the year: what is coming from today first, the months past after them, the current plan marked and first', async () => {
    const seen = await seeAt(workspace, '2023-11-01');
    expect(seen.violations).toEqual([]);
    expect(seen.status).toBe('2023–2024 учебный год: с 1 сентября 2023 г. по 31 августа 2024 г.');
    expect(seen.months.map((group) => group.heading)).toEqual(['Впереди', 'Прошло в этом учебном году']);
    expect(seen.months[0]!.months).toEqual(['2023-11', '2023-12', '2024-01', '2024-02', '2024-03', '2024-04', '2024-05']);
    expect(seen.months[1]!.months).toEqual(['2023-10', '2023-09']);
    expect(seen.upcoming.map(([date]) => date)).toEqual([...seen.upcoming.map(([date]) => date)].sort());
    expect(seen.upcoming.every(([date]) => date! >= '2023-11-01')).toBe(true);
    // plans newest first, the current one marked, each with its download
    expect(seen.plans).toHaveLength(3);
    expect(seen.plans[0]).toMatch(/на 2023–2024 учебный год \(текущий\) — DOCX[\s\S]*\(\d+ КБ\)/);
    expect(seen.plans.slice(1).every((plan) => plan.includes('2020–2021') && !plan.includes('текущий') && /DOCX/.test(plan))).toBe(true);
    expect(seen.home.status).toBe(seen.status);
  }, 60_000);

  it('after the year: «учебный год завершён», no plan published yet, and the form deadline of 15 December coming, named by the form', async () => {
    const seen = await seeAt(workspace, '2026-12-05');
    expect(seen.violations).toEqual([]);
    expect(seen.status).toBe('2023–2024 учебный год завершён. План на следующий учебный год пока не опубликован.');
    expect(seen.home.status).toBe(seen.status);
    expect(seen.upcoming).toEqual([['2026-12-15', interim, 'Мониторинг деятельности классных руководителей']]);
    expect(seen.upcoming.flat().join(' ')).not.toContain('class-teacher-monitoring');
    expect(seen.months.map((group) => group.heading)).toEqual(['Прошедшие месяцы']);
    expect(seen.plans.some((plan) => plan.includes('текущий'))).toBe(false);
    // the .ics: every dated item of every published plan and form, past and coming
    const summaries = seen.events.map((event) => `${event.start}|${event.summary}`);
    expect(summaries).toContain(`2026-12-15|Срок: ${interim}`);
    expect(summaries).toContain(`2023-12-15|Срок: ${interim}`);
    const categories = new Set(seen.events.flatMap((event) => event.categories));
    expect([...categories].filter((category) => category.startsWith('План работы') || category.startsWith('Циклограмма'))).toHaveLength(3);
    expect(categories).toContain(regional);
    expect(seen.events.filter((event) => event.start.startsWith('2020-')).length).toBeGreaterThan(0);
    expect(seen.events.filter((event) => event.start.startsWith('2023-') || event.start.startsWith('2024-')).length).toBeGreaterThan(10);
    // the example plan of templates/ is never published, in pages or in the .ics
    const example = readFileSync(path.join(workspace, 'templates', 'example-plan.yaml'), 'utf8');
    const exampleTitle = /^title: (.*)$/m.exec(example)![1]!;
    expect(categories).not.toContain(exampleTitle);
    expect(listFiles(seen.out).some((name) => name.includes('example-plan'))).toBe(false);
  }, 60_000);

  it('in the summer after the year, with the next plan published: «учебный год завершён» links to it', async () => {
    const summer = exampleSiteWorkspace();
    const plan = readFileSync(path.join(summer, 'plans', '2023-2024-regional-plan.yaml'), 'utf8');
    writeFileSync(
      path.join(summer, 'plans', '2024-2025-regional-plan.yaml'),
      plan
        .replace(/^academicYear: .*$/m, 'academicYear: 2024-2025\ngoal: Поддержать классных руководителей.\ntasks: [Провести семинары, Обобщить опыт]')
        .replace(/2023/g, '2024'),
    );
    const seen = await seeAt(summer, '2024-06-20');
    expect(seen.violations).toEqual([]);
    expect(seen.status).toBe(`2023–2024 учебный год завершён. Следующий план: ${regional} на 2024–2025 учебный год.`);
    const calendar = readFileSync(path.join(seen.out, 'calendar.html'), 'utf8');
    expect(calendar).toContain('<a href="plans/2024-2025-regional-plan.html">');
    expect(seen.plans[0]).toContain('2024–2025');
    // the plan's page: its approval stamps as the DOCX has them, its goal and tasks
    const page = readFileSync(path.join(seen.out, 'plans', '2024-2025-regional-plan.html'), 'utf8').replace(/\u00a0/g, ' ');
    expect(page).toMatch(/<div class="approvals"><div class="approvals-left"><p class="approval">СОГЛАСОВАНО<br>Первый заместитель министра образования/);
    expect(page).toMatch(/<div class="approvals-right"><p class="approval">УТВЕРЖДАЮ<br>/);
    expect(page).toContain('<p><strong>Цель:</strong> Поддержать классных руководителей.</p>');
    expect(page).toContain('<ol class="tasks"><li>Провести семинары</li><li>Обобщить опыт</li></ol>');
  }, 60_000);
});
