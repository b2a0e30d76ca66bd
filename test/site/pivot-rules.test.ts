// The rules under the pivot and the fragments, over many inputs: which year the
// calendar shows and in what state, the Russian count of events, and links made
// absolute on the section's address.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { academicYearOf, addDays } from '../../src/calendar/days.js';
import type { PlanSource } from '../../src/calendar/agenda.js';
import type { PlanDocument } from '../../src/schema/plan.js';
import { shownYear } from '../../src/workspace/site-inputs.js';
import { absoluteLinks, fragmentOf } from '../../src/site/fragment.js';
import { relative } from '../../src/site/layout.js';
import { countEvents } from '../../src/site/page-calendar.js';
import { findBrokenLinks } from '../../src/site/links.js';
import { iso } from '../helpers/iso.js';

const day = fc.integer({ min: 0, max: 365 * 12 }).map((n) => addDays(iso('2018-01-01'), n));
const source = (first: number): PlanSource => ({
  plan: { kind: 'plan', title: 'План', academicYear: `${first}-${first + 1}`, sections: [] } as unknown as PlanDocument,
  file: 'plan.yaml',
});

describe('the year the calendar shows', () => {
  it('is today’s when a plan covers it, else the next planned, else the last planned (over); always a whole academic year', () => {
    fc.assert(
      fc.property(day, fc.uniqueArray(fc.integer({ min: 2018, max: 2029 }), { maxLength: 4 }), (today, firsts) => {
        const { window, state } = shownYear(today, firsts.map(source));
        const current = academicYearOf(today).first;
        const shown = academicYearOf(window.start).first;
        expect(window.start).toBe(`${shown}-09-01`);
        expect(window.end).toBe(`${shown + 1}-08-31`);
        const later = firsts.filter((first) => first > current);
        const expected =
          firsts.length === 0
            ? ['none', current]
            : firsts.includes(current)
              ? ['current', current]
              : later.length
                ? ['next', Math.min(...later)]
                : ['finished', Math.max(...firsts)];
        expect([state, shown]).toEqual(expected);
      }),
    );
  });
});

describe('the count of events', () => {
  it('takes the Russian plural form of every number', () => {
    const forms = { one: 'мероприятие', few: 'мероприятия', many: 'мероприятий' } as Record<string, string>;
    const rules = new Intl.PluralRules('ru');
    fc.assert(
      fc.property(fc.nat(100_000), (count) => {
        expect(countEvents(count)).toBe(`${count}\u00a0${forms[rules.select(count)]}`);
      }),
    );
  });
});

describe('fragment links', () => {
  const segment = fc.stringMatching(/^[a-z0-9-]{1,8}$/);
  const pagePath = fc.array(segment, { maxLength: 3 }).chain((folders) => segment.map((name) => [...folders, `${name}.html`].join('/')));

  it('point, from any page, at the same file of the section on its address', () => {
    fc.assert(
      fc.property(pagePath, pagePath, fc.option(segment, { nil: undefined }), (page, target, hash) => {
        const href = relative(page, hash ? `${target}#${hash}` : target);
        const body = `<p><a href="${href}">ссылка</a></p>`;
        expect(absoluteLinks(body, page, 'https://school.example/centre/')).toBe(
          `<p><a href="https://school.example/centre/${target}${hash ? `#${hash}` : ''}">ссылка</a></p>`,
        );
      }),
    );
  });

  it('leave web, mail, phone and calendar links as they are, and escape what they write', () => {
    const body =
      '<a href="https://example.ru/a?b=1&amp;c=2">x</a><a href="mailto:a@b.ru">m</a><a href="webcal://s.ru/c.ics">w</a><a href="files/a&amp;b.docx">f</a>';
    expect(absoluteLinks(body, 'plans/index.html', 'https://school.example/centre/')).toBe(
      '<a href="https://example.ru/a?b=1&amp;c=2">x</a><a href="mailto:a@b.ru">m</a><a href="webcal://s.ru/c.ics">w</a><a href="https://school.example/centre/plans/files/a&amp;b.docx">f</a>',
    );
  });

  it('drop the h1 and keep the rest, wrapped with their styles; relative without an address', () => {
    const fragment = fragmentOf('<h1>Заголовок<br>второй строкой</h1>\n<p><a href="../a.html">a</a></p>', 'plans/x.html');
    expect(fragment).toMatch(/^<div class="centre-fragment">\n<style>\.centre-fragment\{[^<]*<\/style>\n<p><a href="\.\.\/a\.html">a<\/a><\/p>\n<\/div>\n$/);
  });
});

describe('the link check, each link of a folder resolved once', () => {
  it('still names every page that has a broken link, and checks «#…» against each page itself', () => {
    const files = new Map<string, string>([
      ['a.html', '<a href="gone.html">x</a><a href="#here">h</a><p id="here"></p><a href="b.html">b</a>'],
      ['b.html', '<a href="gone.html">x</a><a href="#here">h</a><a href="b.html">b</a>'],
      ['plans/c.html', '<a href="gone.html">x</a><a href="../gone.html">y</a>'],
      ['plans/gone.html', ''],
    ]);
    expect(findBrokenLinks(files)).toEqual([
      { page: 'a.html', href: 'gone.html' },
      { page: 'b.html', href: 'gone.html' },
      { page: 'b.html', href: '#here' },
      { page: 'plans/c.html', href: '../gone.html' },
    ]);
  });
});
