// The rules the public plans of test/fixtures/import/real/ asked for, each on
// its own and over many inputs: a module's row above the header, a row carried
// over to the next page, «<who> ежедневно:» headings, «1 сентября – …» lines
// under a month, meetings with their month in brackets and the speaker after
// each question, an appendix line that stops where the title begins, and the
// parts of a saved site page that are the site's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../src/import/html.js';
import { mapPlan } from '../../src/import/map-plan.js';

const page = (html: string) => mapPlan(readHtml(Buffer.from(`<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${html}</body></html>`)));
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const activities = (plan: ReturnType<typeof mapPlan>) => plan.sections.flatMap((section) => section.items.map((item) => item.activity));

const HEADER = '<tr><td>№</td><td>Мероприятие</td><td>Сроки</td><td>Ответственные</td></tr>';
const row = (cells: readonly string[]) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;

describe('a row above the table’s header', () => {
  it('heads the first section when it names a module, a section or a numbered part', () => {
    for (const heading of ['Модуль «Основные школьные дела»', 'Раздел 1. Работа с педагогами', 'I. Организационная работа']) {
      const plan = page(
        `<p>План на 2025-2026 учебный год</p><table border="1"><tr><td colspan="4">${heading}</td></tr>${HEADER}${row(['1', 'Семинар', 'май', 'Методист'])}</table>`,
      );
      expect(plan.sections.map((section) => section.heading)).toEqual([heading.replace(/^I\.\s*/, '')]);
      expect(plan.notes.filter((note) => note.code === 'import-unplaced-text')).toEqual([]);
    }
  });

  it('stays the text above the table when it is the title', () => {
    const plan = page(
      `<table border="1"><tr><td colspan="4">План работы ШМО на 2025-2026 учебный год</td></tr>${HEADER}${row(['1', 'Семинар', 'май', 'Методист'])}</table>`,
    );
    expect(plan.title).toBe('План работы ШМО');
    expect(plan.sections.map((section) => section.heading)).toEqual(['Мероприятия']);
  });
});

describe('a row carried over to the next page', () => {
  it('is joined to the numbered item above it, every cell going on (a word broken with a hyphen joined up)', () => {
    const plan = page(
      `<p>План на 2023-2024 учебный год</p><table border="1">${HEADER}` +
        row(['1.', 'Обновление базы данных о муниципальных', 'сентябрь', 'Региональный центр поддержки и научно-']) +
        row(['', 'координаторах центров', '2023', 'методического сопровождения<br>ОГПУ']) +
        row(['2.', 'Форум', 'ноябрь', 'Министерство']) +
        '</table>',
    );
    expect(plan.sections[0]!.items.map(({ activity, timing, responsible }) => ({ activity, timing, responsible }))).toEqual([
      {
        activity: 'Обновление базы данных о муниципальных координаторах центров',
        timing: 'сентябрь 2023',
        responsible: ['Региональный центр поддержки и научно-методического сопровождения', 'ОГПУ'],
      },
      { activity: 'Форум', timing: 'ноябрь', responsible: ['Министерство'] },
    ]);
    expect(plan.notes).toContainEqual({ code: 'import-joined-row', place: { table: 1, row: 2 }, text: 'координаторах центров' });
  });

  it('is an item of its own in a plan that numbers none, or when it starts a sentence', () => {
    const unnumbered = page(
      `<p>План на 2023-2024 учебный год</p><table border="1">${HEADER}${row(['', 'Семинар', 'май', 'Методист'])}${row(['', 'классный час', 'июнь', 'Классные руководители'])}</table>`,
    );
    expect(activities(unnumbered)).toEqual(['Семинар', 'классный час']);
    const capital = page(
      `<p>План на 2023-2024 учебный год</p><table border="1">${HEADER}${row(['1', 'Семинар', 'май', 'Методист'])}${row(['', 'Конкурс', 'июнь', 'Жюри'])}</table>`,
    );
    expect(activities(capital)).toEqual(['Семинар', 'Конкурс']);
  });
});

const PERIODS = ['ежедневно', 'еженедельно', 'ежемесячно', 'ежеквартально', 'ежегодно', '1 раз в четверть', '2 раза в месяц', 'один раз в год'];
const WHO = ['Классный руководитель', 'Руководитель МО', 'Педагог-психолог', 'Советник директора по воспитанию'];

describe('a cyclogram’s heading that says who as well as how often', () => {
  it('gives the periodicity alone, capitalised, whoever it names and however it ends', () => {
    fc.assert(
      fc.property(fc.constantFrom(...WHO), fc.constantFrom(...PERIODS), fc.constantFrom('', ':', '.'), (who, period, end) => {
        const plan = page(
          `<p><b>Циклограмма</b></p><p><b>${who} ${period}${end}</b></p><p>- Проверка дневников</p><p><b>${period}</b></p><p>- Классный час</p>`,
        );
        const expected = period.charAt(0).toUpperCase() + period.slice(1);
        expect(plan.kind).toBe('cyclogram');
        expect(plan.sections.map((section) => section.heading)).toEqual([expected, period]);
      }),
      { numRuns: 100 },
    );
  });

  it('is a section of a plan when it ends in «в течение года»: the plan stays a plan of months', () => {
    const plan = page('<p><b>План работы</b></p><p><b>Сентябрь</b></p><p>- Семинар</p><p><b>Работа с родителями в течение года</b></p><p>- Собрания</p>');
    expect(plan.kind).toBe('plan');
    expect(plan.sections.map((section) => section.heading)).toEqual(['Сентябрь', 'Работа с родителями в течение года']);
  });
});

const MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

describe('a line «1 сентября – День знаний» under a month', () => {
  it('gives the date as the timing and the rest as the activity, whatever the dash and the day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 11 }),
        fc.constantFrom('–', '—', '-'),
        fc.constantFrom('День знаний.', 'Всемирный день мира; День музыки.'),
        (day, month, dash, what) => {
          const plan = page(`<p><b>Значимые даты</b></p><p><b>Сентябрь</b></p><p>${day} ${MONTHS[month]} ${dash} ${escape(what)}</p>`);
          expect(plan.sections[0]!.items.map(({ activity, timing }) => ({ activity, timing }))).toEqual([
            { activity: what, timing: `${day} ${MONTHS[month]}` },
          ]);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('keeps a line that does not start with a date as it is, timed by its month', () => {
    const plan = page('<p><b>Значимые даты</b></p><p><b>Октябрь</b></p><p>Неделя безопасности – всем классам</p>');
    expect(plan.sections[0]!.items.map(({ activity, timing }) => ({ activity, timing }))).toEqual([
      { activity: 'Неделя безопасности – всем классам', timing: 'октябрь' },
    ]);
  });
});

describe('a meeting with its month in brackets, its questions numbered', () => {
  it('times the questions by the month, takes the speakers in brackets as responsible, and leaves what the meeting is as notes', () => {
    const plan = page(
      '<p><b>ПЛАН РАБОТЫ ШМО</b></p><p><b>Заседание № 3 (январь)</b></p><p>Тема: Семья и школа</p><p>Вопросы для обсуждения:</p>' +
        '<p>1. Роль семьи в воспитании. (Иванова А.А., Петров Б.Б.)</p><p>2. Родительские собрания (С.С. Сидорова)</p><p>3. Разное</p>',
    );
    expect(plan.sections[0]!.items.map(({ activity, timing, responsible }) => ({ activity, timing, responsible }))).toEqual([
      { activity: 'Роль семьи в воспитании.', timing: 'январь', responsible: ['Иванова А.А.', 'Петров Б.Б.'] },
      { activity: 'Родительские собрания', timing: 'январь', responsible: ['С.С. Сидорова'] },
      { activity: 'Разное', timing: 'январь', responsible: [] },
    ]);
    expect(plan.notes.filter((note) => note.code === 'import-unplaced-text').map((note) => note.text)).toEqual([
      'Тема: Семья и школа',
      'Вопросы для обсуждения:',
    ]);
  });

  it('keeps brackets that hold no name in the activity', () => {
    const plan = page('<p><b>План</b></p><p><b>Сентябрь</b></p><p>1. Классный час (по плану)</p>');
    expect(plan.sections[0]!.items[0]!.activity).toBe('Классный час (по плану)');
  });
});

describe('an appendix line over several lines', () => {
  it('goes on over lines in lower case and an organisation’s name, and stops where the title begins', () => {
    const plan = page(
      '<p align="right">Приложение 1<br>к приказу<br>МБОУ «СОШ № 3»<br>от 01.09.2025 № 50</p>' +
        `<p align="center">КАЛЕНДАРНЫЙ ПЛАН РАБОТЫ НА 2025-2026 УЧЕБНЫЙ ГОД</p><table border="1">${HEADER}${row(['1', 'Семинар', 'май', 'Методист'])}</table>`,
    );
    expect(plan.appendixTo).toBe('Приложение 1\nк приказу\nМБОУ «СОШ № 3»\nот 01.09.2025 № 50');
    expect(plan.title).toBe('КАЛЕНДАРНЫЙ ПЛАН РАБОТЫ');
  });
});

describe('the site’s own parts of a saved page', () => {
  const TABLE = `<table border="1">${HEADER}${row(['1', 'Семинар', 'май', 'Методист'])}</table>`;

  it('are left out by landmark, role, class name or as a list of links only', () => {
    const chrome = [
      '<nav><p>Главная</p></nav>',
      '<aside><p>Свежие записи</p></aside>',
      '<div role="navigation"><p>Главная</p></div>',
      '<div class="breadcrumbs"><span>Главная</span> &gt; <span>Документы</span></div>',
      '<div id="sidebar"><p>Статистика</p></div>',
      '<div class="top-menu"><p>О школе</p></div>',
      '<span class="screen-reader-text">Найти:</span>',
      '<div class="bvi-panel">Версия для слабовидящих</div>',
      '<div class="site-header"><a href="/">Школа № 1</a></div>',
      '<footer><p>© 2025 Школа</p></footer>',
      '<div class="cookie-notice">Сайт использует cookies</div>',
      '<div id="SCROLL_TO_TOP"><span>top of page</span></div>',
      '<ul><li><a href="/">Главная</a></li><li><a href="/d">Документы</a></li></ul>',
    ];
    fc.assert(
      fc.property(fc.subarray(chrome, { minLength: 1 }), (parts) => {
        const plan = page(`${parts.join('')}<p>План работы ШМО на 2025-2026 учебный год</p>${TABLE}`);
        expect(plan.title).toBe('План работы ШМО');
        expect(plan.notes.filter((note) => note.code === 'import-unplaced-text')).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('are only the site’s: a page’s own header or footer without links, a card’s header, a list with text stay', () => {
    expect(page(`<header><h1>План работы ШМО на 2025-2026 учебный год</h1></header>${TABLE}`).title).toBe('План работы ШМО');
    expect(page(`<div class="card-header">План работы ШМО на 2025-2026 учебный год</div>${TABLE}`).title).toBe('План работы ШМО');
    expect(page(`<div class="page-header"><h1>План работы ШМО на 2025-2026 учебный год</h1></div>${TABLE}`).title).toBe('План работы ШМО');
    const signed = page(`<p>План работы ШМО на 2025-2026 учебный год</p>${TABLE}<footer><p>Руководитель ШМО ________ А.А. Иванова</p></footer>`);
    expect(signed.signature).toEqual({ position: 'Руководитель ШМО', name: 'А.А. Иванова' });
  });
});
