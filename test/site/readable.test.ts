// Readable at any size, in Chromium: no page scrolls sideways at 320, 390 and
// 683 px (a phone, a large phone, 1366 px at 200 % zoom) in the usual version
// and in each font size of the version for the visually impaired; axe finds no
// WCAG 2.1 AA violation in any colour scheme; the font size and the colour
// scheme are chosen by links, without script, and kept from page to page; the
// skip link shows when focused; paper gets neither the header nor the menu.
// Fragments too, each inside a CMS page as a school site would hold it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { axeViolations } from '../helpers/axe.js';
import { visitSameHeadPages } from '../helpers/same-head-pages.js';
import { PNG } from 'pngjs';
import type { Browser, Page } from 'puppeteer-core';
import { chromium } from '../helpers/chromium.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type Preview } from '../../src/site/serve.js';
import { buildSiteByCommand, exampleSiteWorkspace, listFiles } from './helpers.js';

let browser: Browser;
let preview: Preview;
/** Every page of the usual version, by its path. */
let pages: string[];
/** Every fragment, by its path; each is also served inside a CMS page under «cms/». */
let fragments: string[];

beforeAll(async () => {
  // with news, so that «Новости» and its items are measured too; the record of the example plan makes «Итоги года»
  const workspace = exampleSiteWorkspace();
  mkdirSync(path.join(workspace, 'news'));
  writeFileSync(
    path.join(workspace, 'news', 'forum.md'),
    '---\ntitle: Итоги IV Форума классных руководителей «Воспитание — дело общее»\ndate: 2023-11-17\n---\n\nФорум прошёл 16 и 17 ноября, участников — 520. Резолюция: https://example.ru/rc/news/forum-iv-rezolyutsiya-foruma-klassnykh-rukovoditeley-2023\n',
  );
  // by the installed command: what users publish is what is read here
  const built = buildSiteByCommand(workspace);
  expect(built.code, built.stderr).toBe(0);
  const files = new Map(listFiles(built.out).map((name) => [name, readFileSync(path.join(built.out, name))] as const));
  pages = [...files.keys()].filter((name) => name.endsWith('.html') && !name.endsWith('.fragment.html') && !name.startsWith('contrast/')).sort();
  fragments = [...files.keys()].filter((name) => name.endsWith('.fragment.html')).sort();
  for (const name of fragments)
    files.set(
      `cms/${name}`,
      Buffer.from(
        `<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Страница школы</title></head><body><main><h1>Центр классных руководителей</h1>${files.get(name)!.toString('utf8')}</main></body></html>`,
      ),
    );
  preview = await startPreview(files, 0);
  browser = await chromium();
}, 120_000);

afterAll(async () => {
  await preview?.close();
});

async function newPage(width = 1024, height = 768, script = true): Promise<Page> {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(script);
  await page.setViewport({ width, height });
  return page;
}

describe('reflow (WCAG 1.4.10)', () => {
  it('no page scrolls sideways at 320, 390 or 683 px, in the usual version or any font size', async () => {
    const page = await newPage();
    const overflowing: string[] = [];
    let checked = 0;
    // each page loaded once, at the width the last one was left at, and laid out again at the two others,
    // as a phone turned or a window narrowed does (two changes of width a page: a change took some 26 ms of
    // Chromium's processor); the font sizes of the version for the visually impaired shown in place of each other
    let current = 1024;
    const atEachWidth = async (address: string) => {
      for (const width of current === 320 ? [320, 390, 683] : [683, 390, 320]) {
        if (width !== current) await page.setViewport({ width, height: 640 });
        current = width;
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
        expect(innerWidth).toBe(width);
        checked++;
        if (scrollWidth > innerWidth) overflowing.push(`${address.slice(preview.url.length)} at ${width}px: ${scrollWidth}px wide`);
      }
    };
    for (const name of pages) {
      for (const version of ['', 'contrast/']) await visitSameHeadPages(page, [preview.url + version + name], atEachWidth);
      await visitSameHeadPages(
        page,
        ['normal-bw', 'xlarge-bw'].map((variant) => `${preview.url}contrast/${variant}/${name}`),
        atEachWidth,
      );
    }
    await page.close();
    expect(overflowing).toEqual([]);
    expect(checked).toBe(pages.length * 12);
  }, 300_000);

  it('a plan table too wide for a phone scrolls inside its own box, the page does not', async () => {
    const page = await newPage(320, 640);
    await page.goto(`${preview.url}plans/2023-2024-regional-plan.html`, { waitUntil: 'load' });
    const table = await page.$eval('table', (node) => ({ right: node.getBoundingClientRect().right, overflow: getComputedStyle(node).overflowX }));
    expect(table.right).toBeLessThanOrEqual(320);
    expect(table.overflow).toBe('auto');
    await page.close();
  });
});

describe('the small defects', () => {
  it("names a month's table by its heading, read once, and never says «выходной: выходной день»", async () => {
    const page = await newPage();
    await page.goto(`${preview.url}calendar.html`, { waitUntil: 'load' });
    const monthPages = await page.$$eval('section[aria-labelledby="year"] a[href*="calendar/"]', (links) =>
      links.map((link) => (link as HTMLAnchorElement).href).filter((href) => /\d{4}-\d{2}\.html$/.test(href)),
    );
    expect(monthPages.length).toBeGreaterThan(3);
    expect(await page.$eval('main', (main) => main.textContent)).not.toMatch(/выходной: выходной/);
    for (const address of monthPages) {
      await page.goto(address, { waitUntil: 'load' });
      const tables = await page.$$eval('main table', (tables) =>
        tables.map((table) => ({
          caption: table.querySelector('caption') !== null,
          label: document.getElementById(table.getAttribute('aria-labelledby') ?? '')?.textContent,
        })),
      );
      expect(tables).toEqual([{ caption: false, label: expect.stringMatching(/^Календарь: [А-Я][а-я]+ \d{4}\u00a0г\.$/) }]);
      expect(await page.$eval('main', (main) => main.textContent)).not.toMatch(/выходной: выходной/);
    }
    await page.close();
  });

  it('has the news, «Итоги года» and their links in the menu', () => {
    expect(pages).toEqual(expect.arrayContaining(['news/index.html', 'news/forum.html', 'results.html']));
  });
});

describe('fragments inside a CMS page', () => {
  it('scroll no page sideways at 320 px and have no WCAG 2.1 AA violation (axe-core)', async () => {
    const page = await newPage(320, 640);
    const report: string[] = [];
    await visitSameHeadPages(
      page,
      fragments.map((name) => `${preview.url}cms/${name}`),
      async (address) => {
        const name = address.slice(`${preview.url}cms/`.length);
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
        if (scrollWidth > innerWidth) report.push(`${name} at 320px: ${scrollWidth}px wide`);
        for (const violation of await axeViolations(page)) report.push(`${name}: ${violation}`);
      },
    );
    await page.close();
    expect(fragments.length).toBeGreaterThanOrEqual(pages.length);
    expect(report).toEqual([]);
  }, 300_000);
});

describe('the version for the visually impaired', () => {
  // each colour scheme in the normal font size too: there text is held to 4.5:1, not the 3:1 of large text;
  // «contrast/» itself, the large black on white, with the usual version: test/site/browser.test.ts
  const variants = ['normal-bw', 'normal-wb', 'normal-blue', 'large-wb', 'large-blue', 'xlarge-bw', 'xlarge-wb', 'xlarge-blue'];

  it(`has no WCAG 2.1 AA violation (axe-core) on any page in any font size and colour scheme: ${variants.join(', ')}`, async () => {
    const page = await newPage();
    const report: string[] = [];
    let checked = 0;
    for (const name of pages) {
      const addresses = variants.map((variant) => `${preview.url}contrast/${variant}/${name}`);
      await visitSameHeadPages(page, addresses, async (address) => {
        checked++;
        for (const violation of await axeViolations(page)) report.push(`${address.slice(preview.url.length)}: ${violation}`);
      });
    }
    await page.close();
    expect(report).toEqual([]);
    expect(checked).toBe(pages.length * variants.length);
  }, 300_000);

  it('checks a variant in place of another only when their heads are the same, and says so otherwise', async () => {
    const page = await newPage();
    const seen: string[] = [];
    const usual = `${preview.url}calendar.html`;
    const large = `${preview.url}contrast/large-wb/calendar.html`;
    // the usual version has another style sheet: putting its body in would check what no one is served
    await expect(visitSameHeadPages(page, [large, usual], async (address) => void seen.push(address))).rejects.toThrow(/calendar\.html: its <head> differs/);
    expect(seen).toEqual([large]);
    await visitSameHeadPages(page, [large, `${preview.url}contrast/xlarge-blue/calendar.html`], async () => {
      seen.push(await page.evaluate(() => `${location.pathname} ${document.documentElement.className}`));
    });
    expect(seen.slice(1)).toEqual(['/contrast/large-wb/calendar.html size-large scheme-wb', '/contrast/xlarge-blue/calendar.html size-xlarge scheme-blue']);
    await page.close();
  });

  it('chooses the font size and the colour scheme by links, without script, and keeps them on every page', async () => {
    const page = await newPage(1024, 768, false);
    await page.goto(`${preview.url}contrast/index.html`, { waitUntil: 'load' });
    const style = () =>
      page.$eval('body', (body) => ({
        size: parseFloat(getComputedStyle(body).fontSize),
        colour: getComputedStyle(body).color,
        background: getComputedStyle(body).backgroundColor,
      }));
    const large = await style();
    expect(large).toMatchObject({ size: 24, colour: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' });
    const follow = async (text: string, within = 'header.site') => {
      const links = await page.$$(`${within} a`);
      for (const link of links) {
        if ((await link.evaluate((node) => node.textContent)) === text) {
          await Promise.all([page.waitForNavigation(), link.click()]);
          return;
        }
      }
      throw new Error(`no link «${text}»`);
    };
    await follow('очень крупный');
    expect(page.url()).toBe(`${preview.url}contrast/xlarge-bw/index.html`);
    expect((await style()).size).toBe(32);
    await follow('белым по чёрному');
    expect(page.url()).toBe(`${preview.url}contrast/xlarge-wb/index.html`);
    expect(await style()).toMatchObject({ size: 32, colour: 'rgb(255, 255, 255)', background: 'rgb(0, 0, 0)' });
    await follow('Календарь', 'nav.site');
    expect(page.url()).toBe(`${preview.url}contrast/xlarge-wb/calendar.html`);
    expect(await style()).toMatchObject({ size: 32, colour: 'rgb(255, 255, 255)' });
    expect(await page.$eval('header.site a[aria-current]', (node) => node.textContent)).toBe('очень крупный');
    await follow('тёмно-синим по голубому');
    expect(page.url()).toBe(`${preview.url}contrast/xlarge-blue/calendar.html`);
    expect(await style()).toMatchObject({ colour: 'rgb(6, 52, 98)', background: 'rgb(157, 209, 255)' });
    await follow('обычный');
    expect(page.url()).toBe(`${preview.url}contrast/normal-blue/calendar.html`);
    expect((await style()).size).toBe(20);
    await follow('Обычная версия сайта');
    expect(page.url()).toBe(`${preview.url}calendar.html`);
    await page.close();
  });
});

describe('keyboard and paper', () => {
  it('the first Tab shows the skip link, Enter moves to the content, and the next link shows its focus', async () => {
    for (const start of ['plans/index.html', 'contrast/large-wb/plans/index.html']) {
      const page = await newPage(390, 640);
      await page.goto(preview.url + start, { waitUntil: 'load' });
      const before = PNG.sync.read(Buffer.from(await page.screenshot({ type: 'png', clip: { x: 0, y: 0, width: 390, height: 80 } })));
      await page.keyboard.press('Tab');
      const skip = await page.evaluate(() => {
        const node = document.activeElement as HTMLElement;
        const box = node.getBoundingClientRect();
        return {
          text: node.textContent,
          left: box.left,
          top: box.top,
          right: box.right,
          background: getComputedStyle(node).backgroundColor,
          colour: getComputedStyle(node).color,
        };
      });
      expect(skip).toMatchObject({ text: 'Перейти к содержанию', background: 'rgb(255, 212, 0)', colour: 'rgb(0, 0, 0)' });
      expect(skip.left).toBeGreaterThanOrEqual(0);
      expect(skip.right).toBeLessThanOrEqual(390);
      const after = PNG.sync.read(Buffer.from(await page.screenshot({ type: 'png', clip: { x: 0, y: 0, width: 390, height: 80 } })));
      let changed = 0;
      for (let i = 0; i < after.data.length; i += 4) if (after.data[i] !== before.data[i] || after.data[i + 2] !== before.data[i + 2]) changed++;
      // the yellow box of the focused skip link is on the screenshot
      expect(changed, start).toBeGreaterThan(1000);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const node = document.activeElement as HTMLElement;
        const style = getComputedStyle(node);
        return { inMain: node.closest('main') !== null, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      expect(focused.inMain, start).toBe(true);
      expect(focused.outline).not.toBe('none');
      expect(focused.width).toBeGreaterThanOrEqual(3);
      await page.close();
    }
  });

  it('prints without the header, the menu and the skip link, in either version', async () => {
    for (const name of ['index.html', 'plans/2023-2024-regional-plan.html', 'contrast/xlarge-wb/calendar.html']) {
      const page = await newPage();
      await page.goto(preview.url + name, { waitUntil: 'load' });
      await page.emulateMediaType('print');
      const shown = await page.evaluate(() =>
        ['header.site', 'nav.site', '.skip', 'main'].map((selector) => {
          const node = document.querySelector(selector);
          return node ? getComputedStyle(node).display !== 'none' : undefined;
        }),
      );
      expect(shown, name).toEqual([false, false, false, true]);
      expect(await page.$eval('body', (body) => [getComputedStyle(body).color, getComputedStyle(body).backgroundColor])).toEqual([
        'rgb(0, 0, 0)',
        'rgb(255, 255, 255)',
      ]);
      await page.close();
    }
  });
});
