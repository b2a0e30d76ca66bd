// Real layouts: plans written the ways schools write them (stamps in a
// borderless table or in paragraphs, merged section rows, one timing merged
// down several rows, Word's automatic numbering, a plan split over two tables
// with its header repeated, a row numbering the columns, «Модуль «…»» rows).
// Each is read as a web page, and as the DOCX LibreOffice writes from it; both
// give exactly the expected plan.
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readDocx } from '../../src/import/docx.js';
import { readHtml } from '../../src/import/html.js';
import { mapPlan } from '../../src/import/map-plan.js';
import { planObject } from '../../src/import/plan-yaml.js';
import { validateText } from '../../src/kinds/validate.js';
import { repoRoot, temporaryDir } from '../helpers/cli.js';
import { soffice } from '../helpers/libreoffice.js';
import { stringify } from 'yaml';

const fixtures = path.join(repoRoot, 'test', 'fixtures', 'import');
const layouts = readdirSync(fixtures)
  .filter((name) => name.endsWith('.html'))
  .map((name) => path.basename(name, '.html'));
const converted = temporaryDir('centre-import-layouts-');

beforeAll(() => {
  for (const name of layouts) copyFileSync(path.join(fixtures, `${name}.html`), path.join(converted, `${name}.html`));
  soffice(['--convert-to', 'docx:MS Word 2007 XML', '--outdir', converted, ...layouts.map((name) => path.join(converted, `${name}.html`))]);
});

const expected = (name: string) => parse(readFileSync(path.join(fixtures, `${name}.expected.yaml`), 'utf8')) as unknown;

describe('real layouts', () => {
  for (const name of layouts) {
    it(`${name}: the web page`, () => {
      const plan = planObject(mapPlan(readHtml(readFileSync(path.join(fixtures, `${name}.html`)))));
      expect(plan).toEqual(expected(name));
      expect(validateText(`${name}.yaml`, stringify(plan)).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    });
    it(`${name}: the DOCX LibreOffice writes`, () => {
      const plan = planObject(mapPlan(readDocx(readFileSync(path.join(converted, `${name}.docx`)))));
      // a DOCX gives its columns' widths, which the page did not: each extra column has its share
      const columns = (plan.columns ?? []) as { title: string; width?: number }[];
      for (const column of columns) expect(column.width).toBeGreaterThanOrEqual(3);
      const withoutWidths = columns.length > 0 ? { ...plan, columns: columns.map(({ width: _, ...column }) => column) } : plan;
      expect(withoutWidths).toEqual(expected(name));
    });
  }
});

describe('what the seeds had around their tables', () => {
  it('names the text it left out, and the row it joined, with their places', () => {
    const imported = mapPlan(readHtml(readFileSync(path.join(fixtures, 'seed-000-ponomarevka.html'))));
    expect(imported.notes).toEqual([
      { code: 'import-joined-row', place: { table: 1, row: 4 }, text: 'квалификации классных руководителей' },
      {
        code: 'import-unplaced-text',
        place: { paragraph: 1 },
        text: 'Анализ работы Центра поддержки и научно-методического сопровождения деятельности классного руководителя.',
      },
      { code: 'import-unplaced-text', place: { paragraph: 2 }, text: 'Разработано положение о центре, план работы на 2020-2021 учебный год.' },
      { code: 'import-year-from-text', place: { paragraph: 2 }, text: '2020-2021' },
    ]);
  });
});

describe('a column beyond the standard four', () => {
  it('is kept, and said so with its place', () => {
    const imported = mapPlan(readHtml(readFileSync(path.join(fixtures, 'module-plan.html'))));
    expect(imported.notes).toEqual([{ code: 'import-extra-column', place: { table: 1, row: 1, column: 'Классы' } }]);
  });
});

describe('a page saved from a hosted school site', () => {
  it('finds the plan table inside the site’s layout tables, and leaves the menu and footer as notes, never the title', () => {
    const page = path.join(fixtures, 'pages', 'school-site.html');
    const imported = mapPlan(readHtml(readFileSync(page)));
    expect(planObject(imported)).toEqual(parse(readFileSync(path.join(fixtures, 'pages', 'school-site.expected.yaml'), 'utf8')));
    expect(imported.title).toBe('План работы ШМО классных руководителей');
    const unplaced = imported.notes.filter((note) => note.code === 'import-unplaced-text').map((note) => note.text);
    expect(unplaced).toEqual(expect.arrayContaining(['Главная', 'Документы', '© 2025 МБОУ «СОШ № 7». Все права защищены.']));
  });

  // Pages saved from the constructors school sites are made with, which lay out with <div>s: Госweb (a
  // Word-pasted plan table), uCoz (a cyclogram pasted as paragraphs), Wix (month headings over bulleted
  // lists), Tilda (a table in an HTML block under a title block), WordPress (a module table in the entry).
  const hosted: Record<string, string[]> = {
    gosweb: ['Версия для слабовидящих', 'Госуслуги', 'Сведения об образовательной организации', 'Главная', 'Сайт создан на платформе «Госвеб»', 'д.Сетка'],
    ucoz: ['Регистрация', 'Меню сайта', 'Статистика', 'Онлайн всего', 'Конструктор сайтов - uCoz', 'Классным руководителям', '19.05.2024'],
    wix: ['top of page', 'Главная', 'Сайт создан на Wix.com', 'МБОУ «Средняя школа № 5»'],
    tilda: ['ЦЕНТР «ВЕКТОР»', 'Главная', 'Контакты', '© 2024 Центр «Вектор»'],
    wordpress: [
      'Перейти к содержимому',
      'Версия для слабовидящих',
      'Официальный сайт',
      'Меню',
      'Свежие записи',
      'Найти:',
      'Редактировать',
      'Сайт работает на WordPress',
    ],
  };
  for (const [name, chrome] of Object.entries(hosted)) {
    it(`${name}: finds the plan in the page and leaves the site’s header, menus, breadcrumbs and footer out of the title and the items`, () => {
      const imported = mapPlan(readHtml(readFileSync(path.join(fixtures, 'pages', `${name}.html`))));
      const plan = planObject(imported);
      expect(plan).toEqual(parse(readFileSync(path.join(fixtures, 'pages', `${name}.expected.yaml`), 'utf8')));
      expect(validateText(`${name}.yaml`, stringify(plan)).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const texts = [
        imported.title,
        ...imported.sections.flatMap((section) => [
          section.heading,
          ...section.items.flatMap((item) => [item.activity, item.timing ?? '', ...item.responsible]),
        ]),
      ];
      for (const text of chrome)
        expect(
          texts.filter((written) => written.includes(text)),
          text,
        ).toEqual([]);
    });
  }

  it('reads a list of links only as a menu, and a list with text as the plan’s own', () => {
    const menu = '<ul><li><a href="/">Главная</a></li><li><a href="/a">Документы</a></li></ul>';
    const plan = '<p><b>Сентябрь</b></p><ul><li>Заседание ШМО</li><li><a href="/k">Конкурс</a> чтецов</li></ul>';
    const imported = mapPlan(readHtml(Buffer.from(`<p>План работы на 2025-2026 учебный год</p>${menu}${plan}`)));
    expect(imported.sections.map((section) => section.items.map((item) => item.activity))).toEqual([['Заседание ШМО', 'Конкурс чтецов']]);
  });

  it('keeps a header inside the page’s article as the content’s own, and drops the site’s', () => {
    const page =
      '<header class="site-header"><p>Школа № 1</p></header><main><article><header class="entry-header"><h1>План работы ШМО на 2025-2026 учебный год</h1></header>' +
      '<table border="1"><tr><th>Мероприятие</th><th>Сроки</th></tr><tr><td>Семинар</td><td>май</td></tr></table></article></main>';
    expect(mapPlan(readHtml(Buffer.from(page))).title).toBe('План работы ШМО');
  });

  it('keeps a bordered table with a table in a cell as the plan it is', () => {
    const html =
      '<table border="1"><tr><th>Мероприятие</th><th>Сроки</th></tr><tr><td>Семинар<table><tr><td>для 5–9 классов</td></tr></table></td><td>май</td></tr></table>';
    const imported = mapPlan(readHtml(Buffer.from(`<p>План работы</p>${html}`)));
    expect(imported.sections[0]!.items[0]!.activity).toBe('Семинар\nдля 5–9 классов');
  });
});
