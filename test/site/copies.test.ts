// The copies for the visually impaired are made from one rendering of each page
// body (site/layout.ts, bodyForEveryVersion): every copy of every page must be
// what rendering it directly for its font size and colour scheme gives, byte
// for byte. Checked on the whole section of the shipped workspace, built
// in-process, at a day before, during and after its plan's year.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { html } from '../../src/site/html.js';
import { bodyForEveryVersion, PageContext, versionPrefixes } from '../../src/site/layout.js';
import { runCli, temporaryDir } from '../helpers/cli.js';
import { exampleSiteWorkspace } from './helpers.js';

const seen = vi.hoisted(() => ({ compared: 0, pages: new Set<string>(), differing: [] as string[] }));

vi.mock('../../src/site/layout.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/site/layout.js')>();
  return {
    ...actual,
    bodyForEveryVersion: (...[pagePath, render]: Parameters<typeof actual.bodyForEveryVersion>) => {
      const made = actual.bodyForEveryVersion(pagePath, render);
      return (prefix: string) => {
        const body = made(prefix);
        const direct = render(new actual.PageContext(pagePath, prefix));
        seen.compared++;
        seen.pages.add(pagePath);
        if (body.value !== direct.value) seen.differing.push(`${prefix}${pagePath}`);
        return body;
      };
    },
  };
});

/** The shipped workspace with its examples, news (one with an Atom feed link) and the Markdown page. */
function workspace(): string {
  const dir = exampleSiteWorkspace({ examples: true });
  mkdirSync(path.join(dir, 'news'));
  writeFileSync(
    path.join(dir, 'news', 'konkurs.md'),
    '---\ntitle: Итоги конкурса "Классный руководитель года"\ndate: 2023-10-20\n---\n\nПодведены итоги конкурса, победителей — 12 & призёров — 20.\n',
  );
  writeFileSync(
    path.join(dir, 'news', 'seminar.md'),
    '---\ntitle: Семинар для методистов\ndate: 12.11.2023\nsummary: Семинар прошёл онлайн.\n---\n\nТекст новости.\n',
  );
  return dir;
}

describe('the copies for the visually impaired', () => {
  for (const today of ['2023-08-15', '2023-11-01', '2024-07-15']) {
    it(`are each the page rendered directly for its copy (today ${today})`, async () => {
      seen.compared = 0;
      seen.pages.clear();
      seen.differing.length = 0;
      const out = path.join(temporaryDir('centre-copies-'), 'site');
      const result = await runCli(['site', 'build', '--examples', '--url', 'https://school.example.ru/centre/', '-o', out], {
        cwd: workspace(),
        env: { CENTRE_TODAY: today },
      });
      expect(result.code, result.stderr).toBe(0);
      expect(seen.differing).toEqual([]);
      expect(seen.pages.size).toBeGreaterThan(20);
      expect(seen.compared).toBe(seen.pages.size * versionPrefixes.length);
    });
  }
});

describe('bodyForEveryVersion', () => {
  const target = 'files/a & b.docx';
  const direct = (render: (ctx: PageContext) => ReturnType<typeof html>) =>
    versionPrefixes.map((prefix) => render(new PageContext('plans/x.html', prefix)).value);
  const made = (render: (ctx: PageContext) => ReturnType<typeof html>) =>
    versionPrefixes.map((prefix) => bodyForEveryVersion('plans/x.html', render)(prefix).value);

  it('puts the link to a shared file in for each copy, escaped as the page would write it', () => {
    const render = (ctx: PageContext) =>
      html`<a href="${ctx.asset(target)}">DOCX</a> <a href="${ctx.page('index.html')}">О центре</a> ${ctx.asset('files/calendar.ics')}`;
    expect(made(render)).toEqual(direct(render));
    expect(made(render)[0]).toBe('<a href="../files/a &amp; b.docx">DOCX</a> <a href="../index.html">О центре</a> ../files/calendar.ics');
  });

  it('renders each copy on its own when the text holds what looks like a marker, or a marker is changed on its way', () => {
    const withZero = (ctx: PageContext) => html`<p>\u00000\u0000 ${'\u0000'}</p><a href="${ctx.asset(target)}">DOCX</a>`;
    expect(made(withZero)).toEqual(direct(withZero));
    const upper = (ctx: PageContext) => html`<a href="${ctx.asset(target).toUpperCase()}">DOCX</a>`;
    expect(made(upper)).toEqual(direct(upper));
    const cut = (ctx: PageContext) => html`<a href="${ctx.asset(target).slice(1)}">DOCX</a>`;
    expect(made(cut)).toEqual(direct(cut));
  });
});
