// The small rules of the import, each on its own: column headings, month
// headings and days completed with their month, Russian dates, the marks of
// the column «Отметка о выполнении», text cleaning and grids laid out from spans.
import { describe, expect, it } from 'vitest';
import { headingRole, monthOfHeading, normaliseHeading, planColumnsOf } from '../../src/import/headings.js';
import type { ImportedItem, ImportedPlan } from '../../src/import/imported-plan.js';
import { completeDays, monthHeading } from '../../src/import/month-sections.js';
import { recordEntriesOf } from '../../src/import/record-marks.js';
import { readRussianDate } from '../../src/import/russian-dates.js';
import { cleanText, gridFromSpans, paragraphOf, textLength } from '../../src/import/table-model.js';
import { DocumentBudgetError, GridBudget } from '../../src/util/document-budget.js';

describe('column headings', () => {
  it('normalises case, ё, punctuation and spaces, keeping №', () => {
    expect(normaliseHeading('  Ответственный  (ЁЖ)-№ п/п ')).toBe('ответственный еж № п п');
  });

  it('reads number columns, and not words that merely start alike', () => {
    for (const heading of ['№', '№№', 'N', 'No', 'NN', 'номер', '№ п/п', 'N п.п.', 'п/п', 'пп']) expect(headingRole(heading), heading).toBe('number');
    for (const heading of ['Номера', 'n1', 'пп 2', 'a №']) expect(headingRole(heading), heading).not.toBe('number');
  });

  it('reads months, whole or cut short to three letters or more, but not «май» cut', () => {
    expect([monthOfHeading('Январь'), monthOfHeading('сент.'), monthOfHeading('Окт'), monthOfHeading('ДЕКАБРЬ'), monthOfHeading('май')]).toEqual([
      1, 9, 10, 12, 5,
    ]);
    for (const heading of ['ма', 'се', '', 'январский', 'Сентябрьы', 'мая']) expect(monthOfHeading(heading), heading).toBeUndefined();
    expect(monthOfHeading('июн')).toBe(6);
    expect(monthOfHeading('июл')).toBe(7);
    expect(monthOfHeading('ию')).toBeUndefined();
  });

  it('reads each role by a word starting the heading or standing alone in it', () => {
    const roles: Record<string, string[]> = {
      responsible: ['Ответственные', 'Исполнители', 'Отв.', 'отв за проведение', 'Кто проводит'],
      timing: ['Сроки', 'Дата', 'Даты', 'дату', 'Периодичность', 'Время', 'Когда', 'Месяц', 'Период', 'Число'],
      done: ['Отметка о выполнении', 'Отметки об исполнении', 'Отметка о проведении', 'Выполнено', 'Исполнено', 'Отметка', 'отметкаовыполнении'],
      activity: [
        'Мероприятие',
        'Содержание',
        'Дело',
        'Дела',
        'Тема',
        'Темы',
        'Наименование',
        'Название',
        'Виды деятельности',
        'Вид работы',
        'Работа',
        'События',
        'Деятельность',
      ],
      extra: ['Отметка о согласовании', 'Датчик', 'Периоды года', 'Делегация', 'Темп', 'Работник', 'Видео', 'Ответ', 'Участники'],
    };
    for (const [role, headings] of Object.entries(roles)) for (const heading of headings) expect(headingRole(heading), heading).toBe(role);
    expect(headingRole(' .,; ')).toBeUndefined();
    expect(headingRole('')).toBeUndefined();
  });

  it('takes a role once: a second column of the same role is extra', () => {
    expect(planColumnsOf(['Мероприятие', 'Сроки', 'Дата проведения', 'Ответственные'])?.roles).toEqual(['activity', 'timing', 'extra', 'responsible']);
  });

  it('heads a plan with an activity and a timing, a responsible, or two month columns; never without an activity', () => {
    expect(planColumnsOf(['Мероприятие', 'Сроки'])).toEqual({ roles: ['activity', 'timing'], headings: ['Мероприятие', 'Сроки'] });
    expect(planColumnsOf(['Мероприятие', 'Ответственные'])?.roles).toEqual(['activity', 'responsible']);
    expect(planColumnsOf(['Мероприятие', 'Сентябрь', 'Октябрь'])?.roles).toEqual(['activity', 'month', 'month']);
    expect(planColumnsOf(['Мероприятие', 'Сентябрь', 'Сентябрь'])?.roles).toEqual(['activity', 'month', 'month']);
    expect(planColumnsOf(['Мероприятие', 'Сентябрь'])).toBeUndefined();
    expect(planColumnsOf(['Мероприятие', 'Классы'])).toBeUndefined();
    expect(planColumnsOf(['Сроки', 'Ответственные', 'Сентябрь', 'Октябрь'])).toBeUndefined();
    expect(planColumnsOf(['', 'Мероприятие', 'Сроки'])?.roles).toEqual([undefined, 'activity', 'timing']);
  });

  it('gives the headings as one line', () => {
    expect(planColumnsOf(['Наименование\nмероприятия', ' Сроки  проведения '])?.headings).toEqual(['Наименование мероприятия', 'Сроки проведения']);
  });
});

describe('month rows', () => {
  it('read a month alone, with a year, a colon or a full stop, in any case, with ё', () => {
    expect(monthHeading('ЯНВАРЬ')).toEqual({ month: 1 });
    expect(monthHeading('  Февраль   2026 г. ')).toEqual({ month: 2, year: 2026 });
    expect(monthHeading('Март 2026 года:')).toEqual({ month: 3, year: 2026 });
    expect(monthHeading('Май 2026 год.')).toEqual({ month: 5, year: 2026 });
    expect(monthHeading('Декабрь 2025г')).toEqual({ month: 12, year: 2025 });
    for (const text of ['Январь и февраль', 'В январе', 'январь 26', 'Январский']) expect(monthHeading(text), text).toBeUndefined();
    expect(monthHeading('Февраль \n 2026  г.')).toEqual({ month: 2, year: 2026 });
  });

  it('complete days with their month, and take an empty timing for the month', () => {
    const january = { month: 1 };
    expect(completeDays('7', january)).toBe('7 января');
    expect(completeDays('16-22', january)).toBe('16–22 января');
    expect(completeDays('16 — 22.', january)).toBe('16–22 января');
    expect(completeDays('1, 15', january)).toBe('1, 15 января');
    expect(completeDays('3 и 17', january)).toBe('3 и 17 января');
    expect(completeDays('до 10', january)).toBe('до 10 января');
    expect(completeDays(' 7 ', { month: 3, year: 2026 })).toBe('7 марта 2026 г.');
    expect(completeDays(undefined, { month: 9 })).toBe('сентябрь');
    expect(completeDays('  ', { month: 9, year: 2025 })).toBe('сентябрь 2025 г.');
  });

  it('leave timing that says more than days, or days that are no days, as written', () => {
    for (const timing of ['в течение месяца', '0', '32', '7 марта', '1-40', '7, неделя']) expect(completeDays(timing, { month: 1 }), timing).toBeUndefined();
    expect(completeDays('31', { month: 1 })).toBe('31 января');
    expect(completeDays('1', { month: 1 })).toBe('1 января');
    // a full stop ends the days; one between figures makes them a date, not days
    expect(completeDays('1.5', { month: 1 })).toBeUndefined();
  });
});

describe('Russian dates', () => {
  it('reads a date in words or in figures, with or without «г.» or «года»', () => {
    expect(readRussianDate('27 сентября 2023')).toBe('2023-09-27');
    expect(readRussianDate(' 1 мая 2024 г. ')).toBe('2024-05-01');
    expect(readRussianDate('3 Марта 2024 года')).toBe('2024-03-03');
    expect(readRussianDate('31 декабря 2100 г')).toBe('2100-12-31');
    expect(readRussianDate('27.09.2023')).toBe('2023-09-27');
    expect(readRussianDate('1.1.1900')).toBe('1900-01-01');
    expect(readRussianDate('5 январь 2024')).toBe('2024-01-05');
    expect(readRussianDate('12 июня 2024')).toBe('2024-06-12');
    expect(readRussianDate('12 июля 2024')).toBe('2024-07-12');
    expect(readRussianDate('12 февраля 2024')).toBe('2024-02-12');
    expect(readRussianDate('12 апреля 2024')).toBe('2024-04-12');
    expect(readRussianDate('12 августа 2024')).toBe('2024-08-12');
    expect(readRussianDate('12 октября 2024')).toBe('2024-10-12');
    expect(readRussianDate('12 ноября 2024')).toBe('2024-11-12');
  });

  it('refuses a day that does not exist, a year out of range, and anything else', () => {
    for (const text of [
      '31.02.2024',
      '30 февраля 2024',
      '29.02.2023',
      '1.13.2024',
      '1.1.1899',
      '1.1.2101',
      '12 мартобря 2024',
      '27 сентября',
      'сентябрь 2023',
      '27-09-2023',
      'x 27.09.2023',
    ])
      expect(readRussianDate(text), text).toBeUndefined();
    expect(readRussianDate('29.02.2024')).toBe('2024-02-29');
    for (const text of ['27.09.20234', '27 сентября 20234', '0.09.2023', '00 сентября 2023', '32.01.2024', '99.01.2024'])
      expect(readRussianDate(text), text).toBeUndefined();
  });

  it('reads a date with «г.» written close and with runs of spaces between its words', () => {
    expect(readRussianDate('27.09.2023г.')).toBe('2023-09-27');
    expect(readRussianDate('27  сентября 2023')).toBe('2023-09-27');
    expect(readRussianDate('27 сентября \t2023 г.')).toBe('2023-09-27');
  });
});

describe('marks of what was done', () => {
  const plan = (...marks: (string | undefined)[]): ImportedPlan => ({
    kind: 'plan',
    title: 'План',
    approvals: [],
    extraColumns: [],
    notes: [],
    sections: [
      {
        heading: 'Раздел',
        items: marks.map((doneMark, index): ImportedItem => ({
          id: String(index + 1),
          activity: 'x',
          responsible: [],
          place: { table: 1, row: index + 2 },
          ...(doneMark === undefined ? {} : { doneMark }),
        })),
      },
    ],
  });

  it('reads held, not held, moved and cancelled, keeping the mark as its comment unless it is a bare sign', () => {
    const { entries, notes } = recordEntriesOf(
      plan('+', '✓', 'Выполнено', 'да', 'V', '-', '—', 'не проведено', 'Нет', 'перенесено на май', 'Отменено', 'сделано'),
    );
    expect(entries).toEqual([
      { item: '1', status: 'held' },
      { item: '2', status: 'held' },
      { item: '3', status: 'held', comment: 'Выполнено' },
      { item: '4', status: 'held', comment: 'да' },
      { item: '5', status: 'held' },
      { item: '6', status: 'not-held' },
      { item: '7', status: 'not-held' },
      { item: '8', status: 'not-held', comment: 'не проведено' },
      { item: '9', status: 'not-held', comment: 'Нет' },
      { item: '10', status: 'moved', comment: 'перенесено на май' },
      { item: '11', status: 'cancelled', comment: 'Отменено' },
      { item: '12', status: 'held', comment: 'сделано' },
    ]);
    expect(notes).toEqual([]);
  });

  it('takes the dates of a held mark, and of no other', () => {
    const { entries } = recordEntriesOf(plan('проведено 12.10.2025 и 3 ноября 2025 г.', 'перенесено 12.10.2025', 'проведено 31.02.2025'));
    expect(entries).toEqual([
      { item: '1', status: 'held', dates: ['2025-10-12', '2025-11-03'], comment: 'проведено 12.10.2025 и 3 ноября 2025 г.' },
      { item: '2', status: 'moved', comment: 'перенесено 12.10.2025' },
      { item: '3', status: 'held', comment: 'проведено 31.02.2025' },
    ]);
  });

  it('names a mark it cannot read, and skips empty marks and items without an id', () => {
    const imported = plan('см. отчёт', '  ', undefined, 'нетто', '++');
    const withoutId = {
      ...imported,
      sections: [{ heading: 'Раздел', items: [{ activity: 'y', responsible: [], place: { table: 1, row: 9 }, doneMark: '+' }] }],
    };
    const { entries, notes } = recordEntriesOf(imported);
    expect(entries).toEqual([{ item: '5', status: 'held', comment: '++' }]);
    expect(notes).toEqual([
      { code: 'import-unread-mark', place: { table: 1, row: 2 }, text: 'см. отчёт' },
      { code: 'import-unread-mark', place: { table: 1, row: 5 }, text: 'нетто' },
    ]);
    expect(recordEntriesOf(withoutId)).toEqual({ entries: [], notes: [] });
  });
});

describe('text and grids', () => {
  it('cleans text: control characters, runs of spaces of every width, soft hyphens, spaces round breaks and tabs', () => {
    expect(cleanText(' a\u0007b\u000bc\u000c\u001fd\u007fe ')).toBe('a b c  d e'.replace('  ', ' '));
    expect(cleanText('a \u00a0\u202f\u2007 b')).toBe('a b');
    expect(cleanText('пере\u00adнос')).toBe('перенос');
    expect(cleanText('a  \n  b \t c')).toBe('a\nb\tc');
    expect(cleanText('a\u0000b\u0008c\u000ed')).toBe('a b c d');
    expect(cleanText('a\rb')).toBe('a\rb');
    // a space on one side only, before or after
    expect([cleanText('a\n b'), cleanText('a \nb'), cleanText('a\t b'), cleanText('a \tb')]).toEqual(['a\nb', 'a\nb', 'a\tb', 'a\tb']);
  });

  it('makes a paragraph plain unless told otherwise', () => {
    expect(paragraphOf('  текст ')).toEqual({ text: 'текст', bold: false, italic: false, listItem: false });
    expect(paragraphOf('x', { bold: true, italic: true, listItem: true })).toEqual({ text: 'x', bold: true, italic: true, listItem: true });
  });

  it('counts a cell’s text with a break between paragraphs', () => {
    expect(textLength([paragraphOf('abc'), paragraphOf('de')])).toBe(7);
    expect(textLength([])).toBe(0);
  });

  it('lays out spans, repeating a cell spanning rows in each row it covers, and counts every place of the grid', () => {
    const p = (text: string) => [paragraphOf(text)];
    const rows = [
      {
        header: true,
        cells: [
          { paragraphs: p('A'), colSpan: 2, rowSpan: 3 },
          { paragraphs: p('B'), colSpan: 1, rowSpan: 1 },
        ],
      },
      { header: false, cells: [{ paragraphs: p('C'), colSpan: 0, rowSpan: 1 }] },
      { header: false, cells: [] },
      { header: false, cells: [{ paragraphs: p('D'), colSpan: 1, rowSpan: 1 }] },
    ];
    const { rows: grid, columns } = gridFromSpans(rows);
    expect(columns).toBe(3);
    expect(
      grid.map((row) => [row.header, row.cells.map((cell) => `${cell.paragraphs[0]!.text}@${cell.column}/${cell.span}${cell.merged ? 'm' : ''}`)]),
    ).toEqual([
      [true, ['A@0/2', 'B@2/1']],
      [false, ['A@0/2m', 'C@2/1']],
      [false, ['A@0/2m']],
      [false, ['D@0/1']],
    ]);
  });

  it('checks spans, cells and repeated text against the budget, with the table named', () => {
    const p = [paragraphOf('12345')];
    const limits = { spanColumns: 3, spanRows: 3, mergedCells: 10, gridCells: 6, repeatedText: 12 };
    expect(() => gridFromSpans([{ header: false, cells: [{ paragraphs: p, colSpan: 4, rowSpan: 1 }] }], new GridBudget(limits), { table: 2 })).toThrow(
      expect.objectContaining({ excess: 'span-columns', place: { table: 2 } }),
    );
    const tall = (rowSpan: number, rows: number) => [
      { header: false, cells: [{ paragraphs: p, colSpan: 1, rowSpan }] },
      ...Array.from({ length: rows - 1 }, () => ({ header: false, cells: [] })),
    ];
    // «12345» and a break is 6 characters a covered cell: two fit, a third does not
    expect(() => gridFromSpans(tall(3, 3), new GridBudget(limits))).not.toThrow();
    // a table given no number is the first
    expect(() => gridFromSpans(tall(4, 4), new GridBudget(limits))).toThrow(expect.objectContaining({ excess: 'span-rows', place: { table: 1 } }));
    expect(() => gridFromSpans(tall(3, 3), new GridBudget({ ...limits, repeatedText: 11 }))).toThrow(expect.objectContaining({ excess: 'repeated-text' }));
    // 2 rows × 4 columns is 8 places, though only 5 cells are written
    const wide = [
      {
        header: false,
        cells: [
          { paragraphs: p, colSpan: 1, rowSpan: 1 },
          { paragraphs: p, colSpan: 3, rowSpan: 1 },
        ],
      },
      { header: false, cells: [1, 2, 3].map(() => ({ paragraphs: p, colSpan: 1, rowSpan: 1 })) },
    ];
    expect(() => gridFromSpans(wide, new GridBudget({ ...limits, gridCells: 8 }))).not.toThrow();
    try {
      gridFromSpans(wide, new GridBudget({ ...limits, gridCells: 7 }));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DocumentBudgetError);
      expect((error as DocumentBudgetError).found).toBe(8);
    }
  });
});
