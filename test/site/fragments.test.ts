// Fragments that paste: built by the installed command with --url, each
// fragment holds only absolute links that reach the section, no h1, and its own
// styles; in Chromium, inside a foreign CMS page whose CSS says otherwise (no
// borders, decimal numbering of every list, bullets before every item), plan
// tables keep their borders and an order's clauses their own numbers, the same
// as the fragment alone — and the clauses are not numbered twice even when
// the CMS strips the fragment's <style>.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Browser, Page } from 'puppeteer-core';
import { chromium } from '../helpers/chromium.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type Preview } from '../../src/site/serve.js';
import { spawnCli, temporaryDir } from '../helpers/cli.js';
import { exampleSiteWorkspace, listFiles, testToday } from './helpers.js';

const base = 'https://school.example/centre/';

// A theme's typography, which a fragment takes on as pasted text should…
const themeCss = `
body{font-family:Georgia,serif;font-size:19px;color:#333}
h1,h2,h3{color:#900;text-transform:uppercase}
`;
// …and its rules that would undo what carries meaning: borders, numbering, bullets, spacing.
const foreignCss = `${themeCss}
table{border:0;border-collapse:separate;border-spacing:6px}
td,th{border:none;padding:0}
table td{border:0 none !important}
ol{list-style:decimal outside;padding-left:3em}
ol li{list-style-type:decimal}
li::before{content:"• "}
ul{padding-left:0}
`;

let browser: Browser;
let preview: Preview;
let out: string;
let fragments: string[];

beforeAll(async () => {
  out = path.join(temporaryDir('centre-fragments-'), 'site');
  const result = spawnCli(['site', 'build', '-o', out, '--url', base], { cwd: exampleSiteWorkspace(), env: { CENTRE_TODAY: testToday } });
  expect(result.code, result.stderr).toBe(0);
  const names = listFiles(out);
  fragments = names.filter((name) => name.endsWith('.fragment.html')).sort();
  const files = new Map(names.map((name) => [name, readFileSync(path.join(out, name))] as const));
  // each fragment as a CMS would hold it: in a page of its own design, and alone; and with its <style> stripped
  for (const name of fragments) {
    const fragment = readFileSync(path.join(out, name), 'utf8');
    const page = (css: string, body: string) =>
      Buffer.from(
        `<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>CMS</title><style>${css}</style></head><body><h1>Страница CMS</h1>${body}</body></html>`,
      );
    files.set(`cms/foreign/${name}`, page(foreignCss, fragment));
    files.set(`cms/alone/${name}`, page('', fragment));
    files.set(`cms/themed/${name}`, page(themeCss, fragment));
    files.set(`cms/stripped/${name}`, page(foreignCss, fragment.replace(/<style>[^<]*<\/style>/, '')));
  }
  preview = await startPreview(files, 0);
  browser = await chromium();
}, 120_000);

afterAll(async () => {
  await preview?.close();
});

/** What must look the same: every table cell's borders, every list item's numbering, each clause's text start. */
async function lookOf(page: Page) {
  return page.$eval('.centre-fragment', (root) => {
    const cells = [...root.querySelectorAll('td, th')].map((cell) => {
      const style = getComputedStyle(cell);
      return `${style.borderTopStyle} ${style.borderTopWidth} ${style.borderLeftStyle} ${style.borderLeftWidth} ${style.borderBottomStyle} ${style.borderRightStyle}`;
    });
    const collapse = [...root.querySelectorAll('table')].map((table) => getComputedStyle(table).borderCollapse);
    const clauses = [...root.querySelectorAll('ol.clauses > li')].map(
      (item) => `${getComputedStyle(item).listStyleType}|${getComputedStyle(item, '::before').content}`,
    );
    const numbers = [...root.querySelectorAll('ol.clauses > li > .clause-number, ol.clauses > li > h3 > .clause-number')].map((span) => span.textContent);
    return { cells, collapse, clauses, numbers };
  });
}

describe('fragments to paste into a school CMS', () => {
  it('have no h1, carry their own scoped styles, and hold only absolute links that reach the section', () => {
    expect(fragments).toEqual(
      expect.arrayContaining([
        'index.fragment.html',
        'calendar.fragment.html',
        'plans/2023-2024-regional-plan.fragment.html',
        'documents/2020-gai-order-383.fragment.html',
        'calendar/2023-11.fragment.html',
      ]),
    );
    const problems: string[] = [];
    for (const name of fragments) {
      const text = readFileSync(path.join(out, name), 'utf8');
      if (/<h1[\s>]/.test(text)) problems.push(`${name}: h1`);
      if (!text.startsWith('<div class="centre-fragment">\n<style>.centre-fragment')) problems.push(`${name}: no scoped style`);
      for (const [, href] of text.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        const link = href!.replace(/&amp;/g, '&');
        if (!/^(https?:|webcal:|mailto:|tel:)/.test(link)) problems.push(`${name}: relative ${link}`);
        if (!link.startsWith(base)) continue;
        const [file, hash] = decodeURIComponent(link.slice(base.length)).split('#');
        const target = path.join(out, file!);
        let content: string;
        try {
          content = readFileSync(target, 'utf8');
        } catch {
          problems.push(`${name}: ${link} reaches nothing`);
          continue;
        }
        if (hash && !content.includes(`id="${hash}"`)) problems.push(`${name}: ${link} has no such id`);
      }
    }
    expect(problems).toEqual([]);
    // the calendar's links, the subscription included, are on the section's address
    const calendar = readFileSync(path.join(out, 'calendar.fragment.html'), 'utf8');
    expect(calendar).toContain(`href="${base}files/calendar.ics"`);
    expect(calendar).toContain('href="webcal://school.example/centre/files/calendar.ics"');
    expect(calendar).toContain(`href="${base}calendar/2023-11.html"`);
  });

  it('look the same inside a foreign page with conflicting CSS: table borders and clause numbering kept', async () => {
    const page = await browser.newPage();
    const checked: string[] = [];
    for (const name of [
      'plans/2023-2024-regional-plan.fragment.html',
      'documents/2020-gai-order-383.fragment.html',
      'calendar/2023-11.fragment.html',
      'calendar.fragment.html',
    ]) {
      await page.goto(`${preview.url}cms/alone/${name}`, { waitUntil: 'load' });
      const alone = await lookOf(page);
      await page.goto(`${preview.url}cms/foreign/${name}`, { waitUntil: 'load' });
      const foreign = await lookOf(page);
      expect(foreign, name).toEqual(alone);
      expect(alone.cells.length + alone.clauses.length, name).toBeGreaterThan(0);
      expect(
        alone.cells.every((cell) => cell === 'solid 1px solid 1px solid solid'),
        name,
      ).toBe(true);
      expect(
        alone.collapse.every((value) => value === 'collapse'),
        name,
      ).toBe(true);
      expect(
        alone.clauses.every((clause) => clause === 'none|none'),
        name,
      ).toBe(true);
      checked.push(name);
    }
    // the order: its clauses numbered once, as written («1.», «2.»), never «1. 1.»
    await page.goto(`${preview.url}cms/foreign/documents/2020-gai-order-383.fragment.html`, { waitUntil: 'load' });
    const order = await lookOf(page);
    expect(order.numbers.slice(0, 3)).toEqual(['1.', '2.', '3.']);
    const firstClause = await page.$eval('.centre-fragment ol.clauses > li', (item) => (item as HTMLElement).innerText);
    expect(firstClause).toMatch(/^1\. \S/);
    expect(firstClause).not.toMatch(/^1\.\s*1\./);
    // a CMS that strips <style>: the clauses' own numbers are still the only ones
    await page.goto(`${preview.url}cms/stripped/documents/2020-gai-order-383.fragment.html`, { waitUntil: 'load' });
    const stripped = await page.$$eval('.centre-fragment ol.clauses > li', (items) => items.map((item) => getComputedStyle(item).listStyleType));
    expect(new Set(stripped)).toEqual(new Set(['none']));
    await page.close();
    expect(checked).toHaveLength(4);
  }, 60_000);

  it('look the same, pixel for pixel, in a theme that would undo their borders, numbering and bullets as in the theme alone', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 900, height: 700 });
    const shotOf = async (url: string) => {
      await page.goto(url, { waitUntil: 'load' });
      const fragment = (await page.$('.centre-fragment'))!;
      return PNG.sync.read(Buffer.from(await fragment.screenshot({ type: 'png' })));
    };
    const compared: string[] = [];
    for (const name of [
      'plans/2023-2024-regional-plan.fragment.html',
      'documents/2020-gai-order-383.fragment.html',
      'calendar/2023-11.fragment.html',
      'index.fragment.html',
    ]) {
      const themed = await shotOf(`${preview.url}cms/themed/${name}`);
      const foreign = await shotOf(`${preview.url}cms/foreign/${name}`);
      expect([foreign.width, foreign.height], name).toEqual([themed.width, themed.height]);
      const differing = pixelmatch(foreign.data, themed.data, undefined, themed.width, themed.height, { threshold: 0.1 });
      expect(differing, name).toBe(0);
      // and the check can fail: the same fragment with its <style> stripped does not look the same
      const stripped = await shotOf(`${preview.url}cms/stripped/${name}`);
      const changed =
        stripped.width !== themed.width ||
        stripped.height !== themed.height ||
        pixelmatch(stripped.data, themed.data, undefined, themed.width, themed.height, { threshold: 0.1 }) > 0;
      expect(changed, name).toBe(true);
      compared.push(name);
    }
    await page.close();
    expect(compared).toHaveLength(4);
  }, 120_000);
});
