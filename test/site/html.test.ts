// The pieces every page is made with: the escaping template, slugs, relative links, the link check.
import fc from 'fast-check';
import path from 'node:path/posix';
import { describe, expect, it } from 'vitest';
import { escapeHtml, html } from '../../src/site/html.js';
import { relative } from '../../src/site/layout.js';
import { findBrokenLinks } from '../../src/site/links.js';
import { slugify, uniqueSlugs } from '../../src/site/model.js';

describe('html``', () => {
  it('escapes every interpolated text, whatever it holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const escaped = escapeHtml(text);
        expect(html`<p title="${text}">${text}</p>`.value).toBe(`<p title="${escaped}">${escaped}</p>`);
        expect(escaped).not.toMatch(/[<>"']/);
        const unescaped = escaped
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/&amp;/g, '&');
        expect(unescaped).toBe(text);
      }),
    );
  });

  it('keeps nested templates and lists as markup, drops empty values', () => {
    expect(html`<ul>${['a<', 'b'].map((x) => html`<li>${x}</li>`)}</ul>${undefined}${false}`.value).toBe('<ul><li>a&lt;</li><li>b</li></ul>');
  });
});

describe('slugs', () => {
  it('are Latin, digits and hyphens, never empty, and unique within a list', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 20 }), (names) => {
        const slugs = uniqueSlugs(names);
        for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*(-\d+)?$/);
        expect(new Set(slugs).size).toBe(slugs.length);
      }),
    );
    expect(slugify('МБОУ «СОШ № 6»')).toBe('mbou-sosh-6');
    expect(slugify('Работа с родителями')).toBe('rabota-s-roditelyami');
    expect(uniqueSlugs(['Тема', 'тема', 'ТЕМА'])).toEqual(['tema', 'tema-2', 'tema-3']);
  });
});

describe('relative links', () => {
  it('lead from any page to any other page of the section', () => {
    expect(relative('index.html', 'plans/a.html')).toBe('plans/a.html');
    expect(relative('plans/a.html', 'index.html')).toBe('../index.html');
    expect(relative('contrast/practices/topic/x.html', 'files/calendar.ics')).toBe('../../../files/calendar.ics');
    expect(relative('plans/a.html', 'plans/b.html#item-3')).toBe('b.html#item-3');
  });
});

describe('the link check', () => {
  const page = (body: string) => `<!DOCTYPE html><html><body>${body}</body></html>`;
  it('accepts links to files and ids of the section, and web links', () => {
    const files = new Map<string, string | Uint8Array>([
      [
        'index.html',
        page('<a href="plans/a.html#s-1">a</a><a href="https://example.ru/x">web</a><a href="mailto:a@b.ru">m</a><link rel="stylesheet" href="style.css">'),
      ],
      ['plans/a.html', page('<h2 id="s-1">x</h2><a href="../index.html">back</a><a href="#s-1">here</a>')],
      ['style.css', ''],
    ]);
    expect(findBrokenLinks(files)).toEqual([]);
  });

  it('names each page and link that leads nowhere, outside the section or to another scheme', () => {
    const files = new Map<string, string | Uint8Array>([
      [
        'index.html',
        page(
          '<a href="missing.html">1</a><a href="plans/a.html#nope">2</a><a href="../outside.html">3</a><a href="/abs.html">4</a><a href="javascript:alert(1)">5</a>',
        ),
      ],
      ['plans/a.html', page('<img src="pic.png">')],
    ]);
    expect(findBrokenLinks(files)).toEqual([
      { page: 'index.html', href: 'missing.html' },
      { page: 'index.html', href: 'plans/a.html#nope' },
      { page: 'index.html', href: '../outside.html' },
      { page: 'index.html', href: '/abs.html' },
      { page: 'index.html', href: 'javascript:alert(1)' },
      { page: 'plans/a.html', href: 'pic.png' },
    ]);
  });

  it('resolves a link as path.join would, whatever its «.», «..» and empty parts', () => {
    const part = fc.constantFrom('a', 'b', 'x.html', '.', '..', '', '.b', 'c.');
    const pathOf = (parts: string[]) => parts.join('/');
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', '.', '..'), { maxLength: 3 }),
        fc.array(part, { minLength: 1, maxLength: 5 }),
        fc.array(fc.array(part, { minLength: 1, maxLength: 4 }), { maxLength: 6 }),
        (folder, link, others) => {
          const pagePath = pathOf([...folder, 'p.html']);
          const href = pathOf(link);
          fc.pre(href !== '' && !href.startsWith('/'));
          const files = new Map<string, string | Uint8Array>([
            [pagePath, page(`<a href="${href}">x</a>`)],
            ...others.map((other) => [pathOf(other), ''] as [string, string]),
          ]);
          const resolved = path.join(path.dirname(pagePath), href);
          const reaches = !resolved.startsWith('../') && files.has(resolved);
          expect(findBrokenLinks(files)).toEqual(reaches ? [] : [{ page: pagePath, href }]);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
