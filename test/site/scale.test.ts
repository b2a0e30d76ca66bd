// At scale: the shipped workspace with a 300-item plan and 200 practices, built
// by the installed command, gives no page over 100 KB — the plan's table in
// parts, the calendar by month, the long periods grouped and paged, the
// practices paged by topic — and every item and practice is still on a page,
// once. (The time, < 2 s, is measured by `npm run bench`, BENCH_ONLY=site.)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, spawnCli, temporaryDir } from '../helpers/cli.js';
import { exampleSiteWorkspace, listFiles, testToday } from './helpers.js';

const topics = [
  'Работа с родителями',
  'Профориентация',
  'Патриотическое воспитание',
  'Разговоры о важном',
  'Классный час',
  'Наставничество',
  'Здоровый образ жизни',
  'Медиабезопасность',
];

function largeWorkspace(): string {
  const workspace = exampleSiteWorkspace();
  execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'generate-plan.mjs'), path.join(workspace, 'plans', '2023-2024-big-plan.yaml'), '300']);
  const folder = path.join(workspace, 'plans', 'practices', 'many');
  mkdirSync(folder);
  for (let i = 1; i <= 200; i++) {
    writeFileSync(
      path.join(folder, `practice-${String(i).padStart(3, '0')}.yaml`),
      `kind: practice\ntitle: Практика № ${i} «Классный руководитель и семья»\nschool: МБОУ «СОШ № 6»\nauthor: И.И. Иванова\ntopic: ${topics[i % topics.length]}\nyear: 2023\ndescription: |\n  Описание практики № ${i}. ${'Текст описания. '.repeat(20)}\nlinks:\n  - {title: Материалы, url: https://example.ru/${i}}\nstatus: published\n`,
    );
  }
  return workspace;
}

describe('the section at scale', () => {
  it('keeps every page under 100 KB with a 300-item plan and 200 practices, and loses nothing', () => {
    const out = path.join(temporaryDir('centre-scale-'), 'site');
    const result = spawnCli(['site', 'build', '-o', out], { cwd: largeWorkspace(), env: { CENTRE_TODAY: testToday } });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toContain('more than 100 KB');
    const names = listFiles(out);
    const pages = names.filter((name) => name.endsWith('.html'));
    const over = pages.filter((name) => statSync(path.join(out, name)).size > 100 * 1024);
    expect(over).toEqual([]);
    const read = (name: string) => readFileSync(path.join(out, name), 'utf8');

    // the plan in three parts: items 1–300, each once, in order
    const parts = ['plans/2023-2024-big-plan.html', 'plans/2023-2024-big-plan/part-2.html', 'plans/2023-2024-big-plan/part-3.html'];
    expect(pages.filter((name) => name.startsWith('plans/2023-2024-big-plan') && !name.includes('fragment')).sort()).toEqual([...parts].sort());
    const numbers = parts.flatMap((name) => [...read(name).matchAll(/<tr id="item-(\d+)">/g)].map((match) => Number(match[1])));
    expect(numbers).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    expect(read(parts[0]!)).toContain('УТВЕРЖДАЮ');
    expect(read(parts[1]!)).toContain('(продолжение)');

    // the practices (200 and the workspace's 2): five pages of at most 50 under topic headings, each practice once
    const practicePages = ['practices/index.html', ...[2, 3, 4, 5].map((n) => `practices/pages/${n}.html`)];
    expect(pages.filter((name) => /^practices\/(index|pages\/\d+)\.html$/.test(name)).sort()).toEqual([...practicePages].sort());
    const listed = practicePages.flatMap((name) =>
      [...read(name).matchAll(/<li><a href="([^"]+)\.html">/g)]
        .map((match) => match[1]!)
        .map((href) => path.posix.basename(href))
        .filter((name) => /^(practice-\d{3}|example-[a-z-]+)$/.test(name)),
    );
    expect(listed.filter((name) => name!.startsWith('practice-'))).toHaveLength(200);
    expect(listed).toHaveLength(202);
    expect(new Set(listed).size).toBe(202);
    expect(read('practices/index.html').match(/<h3>/g)!.length).toBeGreaterThanOrEqual(2);

    // the calendar by month, the long periods under a heading per span, not a bullet each with its dates
    expect(pages).toEqual(expect.arrayContaining(['calendar/2023-11.html', 'calendar/long.html']));
    const long = pages.filter((name) => /^calendar\/long(-\d+)?\.html$/.test(name)).map(read);
    const items = long.reduce((sum, page) => sum + (page.match(/<li data-date/g) ?? []).length, 0);
    const spans = long.reduce((sum, page) => sum + (page.match(/<h3>/g) ?? []).length, 0);
    expect(items).toBeGreaterThan(150);
    expect(spans).toBeLessThan(items / 10);
    const calendar = read('calendar.html');
    expect(calendar.match(/<tr data-date/g)!.length).toBeLessThanOrEqual(40);
    expect(calendar).toMatch(/Показаны первые 40 из \d+/);
  }, 120_000);
});
