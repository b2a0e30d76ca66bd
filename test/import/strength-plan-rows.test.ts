// The rows of a plan table, read through the mapper on the table model: which
// rows are skipped, which are sections, and what an item's cells say (number,
// activity lines, sub-events, a note, timing, months marked, responsible,
// marks of what was done, extra columns, cells under no heading).
import { describe, expect, it } from 'vitest';
import type { ImportedItem, ImportedPlan } from '../../src/import/imported-plan.js';
import { mapPlan } from '../../src/import/map-plan.js';
import { readRow, rowTexts } from '../../src/import/plan-rows.js';
import { gridFromSpans, paragraphOf, type TableRow, type TextParagraph } from '../../src/import/table-model.js';

type Cell = string | TextParagraph[] | { paragraphs: TextParagraph[]; colSpan?: number; rowSpan?: number };
const HEADER = ['№', 'Мероприятие', 'Сроки', 'Ответственные'];

const toCell = (cell: Cell) => {
  if (typeof cell === 'string') return { paragraphs: cell.split('\n\n').map((text) => paragraphOf(text)), colSpan: 1, rowSpan: 1 };
  if (Array.isArray(cell)) return { paragraphs: cell, colSpan: 1, rowSpan: 1 };
  return { colSpan: 1, rowSpan: 1, ...cell };
};
const plan = (rows: readonly (readonly Cell[])[], header: readonly string[] = HEADER): ImportedPlan =>
  mapPlan({
    blocks: [{ kind: 'table', table: { ...gridFromSpans([header, ...rows].map((cells) => ({ header: false, cells: cells.map(toCell) }))), bordered: true } }],
  });
const items = (imported: ImportedPlan): ImportedItem[] => imported.sections.flatMap((section) => section.items);
const headings = (imported: ImportedPlan) => imported.sections.map((section) => section.heading);
const bold = (text: string) => [paragraphOf(text, { bold: true })];
const italic = (text: string) => paragraphOf(text, { italic: true });
const listed = (text: string) => paragraphOf(text, { listItem: true });

describe('rows skipped', () => {
  it('skips an empty row, the header typed again, and a row numbering the columns', () => {
    const read = plan([
      ['', '', '', ''],
      ['№ ', 'МЕРОПРИЯТИЕ', 'сроки:', 'Ответственные'],
      ['1', '2', '3', '4'],
      ['1.', 'Семинар', 'май', 'Центр'],
    ]);
    expect(items(read).map((item) => item.activity)).toEqual(['Семинар']);
    expect(read.notes.filter((note) => note.code === 'import-unplaced-cell')).toEqual([]);
  });

  it('does not skip a row numbered 1, 2 but not across the row, or only two columns', () => {
    expect(
      items(
        plan([
          ['1', '2', '3', ''],
          ['1.', 'Семинар', 'май', 'Центр'],
        ]),
      ).map((item) => item.activity),
    ).toEqual(['2', 'Семинар']);
    const two = mapPlan({
      blocks: [
        {
          kind: 'table',
          table: {
            ...gridFromSpans(
              [
                ['Мероприятие', 'Сроки'],
                ['1', '2'],
                ['Семинар', 'май'],
              ].map((cells) => ({ header: false, cells: cells.map(toCell) })),
            ),
            bordered: true,
          },
        },
      ],
    });
    expect(items(two).map((item) => item.activity)).toEqual(['1', 'Семинар']);
    expect(
      items(
        plan([
          ['1', '3', '2', '4'],
          ['1.', 'Семинар', 'май', 'Центр'],
        ]),
      ).map((item) => item.activity),
    ).toEqual(['3', 'Семинар']);
  });
});

describe('section rows', () => {
  it('reads a month alone on its row, in any column, without its colon', () => {
    expect(
      headings(
        plan([
          ['', '', 'ЯНВАРЬ:', ''],
          ['1.', 'Семинар', '7', 'Центр'],
        ]),
      ),
    ).toEqual(['ЯНВАРЬ']);
  });

  it('reads a cell across half the row or more, the only cell of a row, a bold title, or «Модуль …»', () => {
    expect(
      headings(
        plan([
          [{ paragraphs: [paragraphOf('Работа с родителями')], colSpan: 2 }, '', ''],
          ['1.', 'Семинар', 'май', 'Центр'],
        ]),
      ),
    ).toEqual(['Работа с родителями']);
    expect(
      headings(
        plan([
          ['', bold('Работа с педагогами'), '', ''],
          ['1.', 'Семинар', 'май', 'Центр'],
        ]),
      ),
    ).toEqual(['Работа с педагогами']);
    expect(
      headings(
        plan([
          ['', 'Модуль «Ключевые дела»', '', ''],
          ['1.', 'Семинар', 'май', 'Центр'],
        ]),
      ),
    ).toEqual(['Модуль «Ключевые дела»']);
    expect(
      headings(
        plan([
          ['', 'модульный урок', '', ''],
          ['1.', 'Семинар', 'май', 'Центр'],
        ]),
      ),
    ).toEqual(['Мероприятия']);
    expect(
      headings(
        plan([
          ['', '', 'Сентябрь – октябрь', ''],
          ['1.', 'Семинар', 'май', 'Центр'],
        ]),
      ),
    ).toEqual(['Мероприятия']);
  });

  it('reads a title typed into the number column, but not a number there', () => {
    expect(
      headings(
        plan([
          ['Организационная работа', '', '', ''],
          ['1.', 'Семинар', 'май', 'Центр'],
        ]),
      ),
    ).toEqual(['Организационная работа']);
    expect(
      items(
        plan([
          ['12.', '', '', ''],
          ['1.', 'Семинар', 'май', 'Центр'],
        ]),
      ).map((item) => item.activity),
    ).toEqual(['Семинар']);
  });

  it('reads a Roman numeral with a title, or a bold title, in the activity column; a plain title with an Arabic number is an item', () => {
    expect(
      headings(
        plan([
          ['II.', 'Работа с родителями', '', ''],
          ['1.', 'Семинар', 'май', 'Центр'],
        ]),
      ),
    ).toEqual(['Работа с родителями']);
    expect(
      headings(
        plan([
          ['2.', bold('Работа с родителями'), '', ''],
          ['1.', 'Семинар', 'май', 'Центр'],
        ]),
      ),
    ).toEqual(['Работа с родителями']);
    expect(
      headings(
        plan([
          ['', 'Модуль «Дела»', 'май', ''],
          ['1.', 'Семинар', 'май', 'Центр'],
        ]),
      ),
    ).toEqual(['Мероприятия']);
    expect(
      items(
        plan([
          ['2.', 'Работа с родителями', '', ''],
          ['3.', 'Семинар', 'май', 'Центр'],
        ]),
      ).map((item) => item.activity),
    ).toEqual(['Работа с родителями', 'Семинар']);
  });

  it('drops the numbering of a section and joins its lines', () => {
    expect(headings(plan([[{ paragraphs: [paragraphOf('Раздел 2. Работа\nс родителями')], colSpan: 4 }], ['1.', 'Семинар', 'май', 'Центр']]))).toEqual([
      'Работа с родителями',
    ]);
    expect(headings(plan([[{ paragraphs: [paragraphOf('3.1) Работа')], colSpan: 4 }], ['1.', 'Семинар', 'май', 'Центр']]))).toEqual(['Работа']);
  });

  it('is no section when a cell of the row is covered by a merge from above', () => {
    const read = plan([
      [{ paragraphs: [paragraphOf('1.')], rowSpan: 2 }, 'Семинар', 'май', 'Центр'],
      [{ paragraphs: bold('Практикум') }, '', ''],
    ]);
    expect(headings(read)).toEqual(['Мероприятия']);
  });
});

describe('items', () => {
  it('keep their number, without the full stop, and drop it from the activity when it is typed there too', () => {
    const read = plan([
      ['1.', '1. Семинар', 'май', 'Центр'],
      ['2)', '2) Практикум', 'май', 'Центр'],
      ['3', '30 лет школе', 'май', 'Центр'],
      ['4.1', 'Лекция', 'май', 'Центр'],
    ]);
    expect(items(read).map((item) => [item.number, item.activity])).toEqual([
      ['1', 'Семинар'],
      ['2', 'Практикум'],
      ['3', '30 лет школе'],
      ['4.1', 'Лекция'],
    ]);
  });

  it('take the number typed before the activity when the number cell is empty', () => {
    const read = plan([
      ['', '5. Семинар', 'май', 'Центр'],
      ['', '6.2) Практикум', 'май', 'Центр'],
    ]);
    expect(items(read).map((item) => [item.number, item.activity])).toEqual([
      ['5', 'Семинар'],
      ['6.2', 'Практикум'],
    ]);
  });

  it('name a number cell that is no number, and read the item all the same', () => {
    const read = plan([['а)', 'Семинар', 'май', 'Центр']]);
    expect(items(read)[0]).toMatchObject({ activity: 'Семинар' });
    expect(items(read)[0]!.number).toBeUndefined();
    expect(read.notes).toContainEqual({ code: 'import-unplaced-cell', place: { table: 1, row: 2, column: '№' }, text: 'а)' });
  });

  it('read list lines, marks and automatic numbering in the activity', () => {
    const read = plan([['1.', [paragraphOf('Конкурс:'), paragraphOf('• первый этап'), listed('второй этап'), listed('– третий этап')], 'май', 'Центр']]);
    expect(items(read)[0]!.activity).toBe('Конкурс:\n- первый этап\n- второй этап\n- третий этап');
    const first = plan([['', [listed('Семинар'), paragraphOf('для всех')], 'май', 'Центр']]);
    expect(items(first)[0]!.activity).toBe('Семинар\nдля всех');
  });

  it('read dated lines at the end of the activity as sub-events, in order, and keep undated or impossible ones in the text', () => {
    const read = plan([
      ['1.', 'Собрания\n\n«Школа и семья» (12.10.2023)\n\n– «Итоги» (31 мая 2024 года);', 'в течение года', 'Центр'],
      ['2.', 'Лекция (31.02.2024)\n\nещё', 'май', 'Центр'],
      ['3.', 'Неделя (5 мая 2024 г.)', 'май', 'Центр'],
      ['4.', 'Урок\n\nОткрытый „Мир“ (1.09.2023)', 'май', 'Центр'],
      ['5.', 'Урок\n\n«Один» и «два» (1.09.2023)', 'май', 'Центр'],
      ['6.', 'Урок\n\nЗанятие (31.02.2024)', 'май', 'Центр'],
    ]);
    expect(items(read).map((item) => [item.activity, item.events])).toEqual([
      [
        'Собрания',
        [
          { title: 'Школа и семья', date: '2023-10-12' },
          { title: 'Итоги', date: '2024-05-31' },
        ],
      ],
      ['Лекция (31.02.2024)\nещё', undefined],
      ['Неделя (5 мая 2024 г.)', undefined],
      ['Урок', [{ title: 'Открытый «Мир»', date: '2023-09-01' }]],
      ['Урок', [{ title: '«Один» и «два»', date: '2023-09-01' }]],
      ['Урок\nЗанятие (31.02.2024)', undefined],
    ]);
  });

  it('take a closing note in italics, not a first line nor one upright', () => {
    const read = plan([
      ['1.', [paragraphOf('Семинар'), italic('Примечание: для родителей'), italic('и гостей')], 'май', 'Центр'],
      ['2.', [italic('Примечание: первая строка')], 'май', 'Центр'],
      ['3.', [paragraphOf('Лекция'), paragraphOf('Примечание: прямо')], 'май', 'Центр'],
      ['4.', [paragraphOf('Урок'), italic('Примечание:')], 'май', 'Центр'],
    ]);
    expect(items(read).map((item) => [item.activity, item.note])).toEqual([
      ['Семинар', 'для родителей\nи гостей'],
      ['Примечание: первая строка', undefined],
      ['Лекция\nПримечание: прямо', undefined],
      ['Урок', undefined],
    ]);
  });

  it('read tabs in a cell as spaces and split lines at breaks', () => {
    const read = plan([['1.', 'Семинар\t\tдля всех', 'сентябрь\n\nоктябрь', 'Центр;\n\n– Завуч,\n\n  ']]);
    expect(items(read)[0]).toMatchObject({ activity: 'Семинар для всех', timing: 'сентябрь\nоктябрь', responsible: ['Центр', 'Завуч'] });
  });

  it('take months marked in their columns as the timing when none is written', () => {
    const header = ['Мероприятие', 'Сроки', 'Сентябрь', 'Октябрь', 'Ноябрь'];
    const read = plan(
      [
        ['Семинар', '', '+', '', 'х'],
        ['Практикум', 'весь год', '+', '', ''],
        ['Лекция', '', '', '', ''],
      ],
      header,
    );
    expect(items(read).map((item) => item.timing)).toEqual(['сентябрь, ноябрь', 'весь год', undefined]);
    expect(read.notes.filter((note) => note.code === 'import-no-timing')).toEqual([{ code: 'import-no-timing', place: { table: 1, row: 4, column: 'Сроки' } }]);
    expect(items(read)[0]!.extra).toBeUndefined();
  });

  it('keep the mark of what was done, joined into one line, and out of the extra columns', () => {
    const read = plan(
      [
        ['1.', 'Семинар', 'май', 'Центр', 'проведено\n\n12.05.2024'],
        ['2.', 'Практикум', 'май', 'Центр', ''],
      ],
      [...HEADER, 'Отметка о выполнении'],
    );
    expect(items(read).map((item) => item.doneMark)).toEqual(['проведено 12.05.2024', undefined]);
    expect(items(read)[0]!.extra).toBeUndefined();
  });

  it('keep the values of extra columns by heading, and cells under no heading in one note for the row', () => {
    const read = plan([['1.', 'Семинар', 'май', 'Центр', '5-9\n\nкл.', 'x', 'y']], [...HEADER, 'Классы', '', '']);
    expect(items(read)[0]!.extra).toEqual({ Классы: '5-9\nкл.' });
    expect(read.notes).toContainEqual({ code: 'import-unplaced-cell', place: { table: 1, row: 2 }, text: 'x | y' });
  });

  it('name a row with no activity, and make no item of it', () => {
    const read = plan([
      ['1.', '', 'май', 'Центр'],
      ['2.', 'Семинар', 'май', 'Центр'],
    ]);
    expect(items(read).map((item) => item.activity)).toEqual(['Семинар']);
    expect(read.notes).toContainEqual({ code: 'import-unplaced-cell', place: { table: 1, row: 2 }, text: '1. | май | Центр' });
  });

  it('note a missing responsible only where there is a column for it, and a missing timing only where there is one', () => {
    const noColumns = plan([['Семинар', 'Центр']], ['Мероприятие', 'Ответственные']);
    expect(noColumns.notes.map((note) => note.code)).not.toContain('import-no-timing');
    const noResponsible = plan([['Семинар', 'май']], ['Мероприятие', 'Сроки']);
    expect(noResponsible.notes.map((note) => note.code)).not.toContain('import-no-responsible');
    expect(items(noResponsible)[0]).toEqual({ activity: 'Семинар', timing: 'май', responsible: [], place: { table: 1, row: 2 }, id: '1' });
  });
});

describe('a row read alone', () => {
  const row = (...texts: string[]): TableRow => ({
    header: false,
    cells: texts.map((text, column) => ({ column, span: 1, paragraphs: [paragraphOf(text)], merged: false })),
  });
  const context = () => ({ columns: { roles: ['number', 'activity', 'timing'] as const, headings: ['№', 'Мероприятие', 'Сроки'] }, table: 3, notes: [] });

  it('skips a leading header row whatever it says', () => {
    expect(readRow(row('1.', 'Семинар', 'май'), 2, context(), true)).toEqual({ kind: 'skip' });
    expect(readRow(row('1.', 'Семинар', 'май'), 2, context()).kind).toBe('item');
  });

  it('reads an activity with an empty number cell as the rest of the item above', () => {
    expect(readRow(row('', 'для всех', ''), 2, context())).toEqual({ kind: 'continuation', text: 'для всех' });
    const numbered: TableRow = {
      header: false,
      cells: [{ column: 0, span: 1, paragraphs: [paragraphOf('', { listItem: true })], merged: false }, ...row('', 'Семинар', '').cells.slice(1)],
    };
    expect(readRow(numbered, 2, context()).kind).toBe('item');
  });

  it('gives each grid column the text of the cell starting there, and none beyond the grid', () => {
    const wide: TableRow = {
      header: false,
      cells: [
        { column: 0, span: 2, paragraphs: [paragraphOf('A')], merged: false },
        { column: 2, span: 1, paragraphs: [paragraphOf('B')], merged: false },
        { column: 3, span: 1, paragraphs: [paragraphOf('C')], merged: false },
      ],
    };
    expect(rowTexts(wide, 3)).toEqual(['A', '', 'B']);
  });
});

describe('the edges of a row', () => {
  it('names only the cells under no heading that hold text', () => {
    const read = plan([['1.', 'Семинар', 'май', 'Центр', '', 'y']], [...HEADER, '', '']);
    expect(read.notes).toContainEqual({ code: 'import-unplaced-cell', place: { table: 1, row: 2 }, text: 'y' });
  });

  it('takes a number cell for a number only when it is one to three digits a part, with or without a stop', () => {
    const numbers = ['12', '123.', '1.123', '1234', 'x12.', '12.x', '1.x2', '4)'];
    const read = plan(numbers.map((n, i) => [n, `Дело ${i + 1}`, 'май', 'Центр']));
    expect(items(read).map((item) => item.number)).toEqual(['12', '123', '1.123', undefined, undefined, undefined, undefined, '4']);
    expect(read.notes.filter((note) => note.code === 'import-unplaced-cell').map((note) => note.text)).toEqual(['1234', 'x12.', '12.x', '1.x2']);
  });

  it('drops a number repeated in the activity when the number cell has no stop', () => {
    expect(items(plan([['12', '12. Семинар', 'май', 'Центр']]))[0]!.activity).toBe('Семинар');
    expect(items(plan([['12', '12 Семинар', 'май', 'Центр']]))[0]!.activity).toBe('12 Семинар');
  });

  it('takes a number alone in the number column for no section, and four digits there for a title', () => {
    expect(
      headings(
        plan([
          ['1.2.3', '', '', ''],
          ['1.', 'Семинар', 'май', 'Центр'],
        ]),
      ),
    ).toEqual(['Мероприятия']);
    expect(
      headings(
        plan([
          ['2024', '', '', ''],
          ['1.', 'Семинар', 'май', 'Центр'],
        ]),
      ),
    ).toEqual(['2024']);
  });

  it('reads a cell spanning half the row as a section, and a row of one cell too', () => {
    expect(
      headings(
        plan([
          ['', { paragraphs: [paragraphOf('Работа')], colSpan: 2 }, ''],
          ['1.', 'Семинар', 'май', 'Центр'],
        ]),
      ),
    ).toEqual(['Работа']);
    const three = plan([['Раздел'], ['Семинар', 'май', 'Центр']], ['Мероприятие', 'Сроки', 'Ответственные']);
    expect(three.sections.map((section) => section.heading)).toEqual(['Раздел']);
  });

  it('reads a month as an item’s activity when the row holds more', () => {
    expect(items(plan([['1.', 'Сентябрь', 'май', 'Центр']])).map((item) => item.activity)).toEqual(['Сентябрь']);
  });
});

describe('bold rows', () => {
  it('need every paragraph with text bold to head a section, empty ones aside', () => {
    const mixed = plan([
      ['1.', 'Семинар', 'май', 'Центр'],
      ['', [paragraphOf('Раздел', { bold: true }), paragraphOf('текст')], '', ''],
    ]);
    expect(headings(mixed)).toEqual(['Мероприятия']);
    const spaced = plan([
      ['', [paragraphOf(''), paragraphOf('Раздел', { bold: true })], '', ''],
      ['1.', 'Семинар', 'май', 'Центр'],
    ]);
    expect(headings(spaced)).toEqual(['Раздел']);
  });

  it('do not head a section with a cell merged from the row above', () => {
    const read = plan([
      ['1.', { paragraphs: [paragraphOf('Семинар', { bold: true })], rowSpan: 2 }, 'май', 'Центр'],
      ['', '', ''],
    ]);
    expect(headings(read)).toEqual(['Мероприятия']);
  });
});

describe('what a row is, told apart', () => {
  const after = (...rows: Cell[][]) => plan([...rows, ['9.', 'Итоги', 'май', 'Центр']]);
  const strictItems = (imported: ImportedPlan) => items(imported).map(({ place: _place, id: _id, ...item }) => item);

  it('heads a section only with a bold title whose every paragraph is bold, even with items below it', () => {
    expect(headings(after(['', [paragraphOf('Раздел', { bold: true }), paragraphOf('текст', { bold: true })], '', '']))).toEqual(['Раздел текст']);
    expect(headings(after(['1.', 'Семинар', 'май', 'Центр'], ['', [paragraphOf('Раздел', { bold: true }), paragraphOf('текст')], '', '']))).toEqual([
      'Мероприятия',
    ]);
  });

  it('reads a row merged from above as an item, not a section, when its title is bold', () => {
    const read = plan([
      [{ paragraphs: [paragraphOf('1.')], rowSpan: 2 }, 'Семинар', 'май', 'Центр'],
      [bold('Вторая встреча'), '', ''],
      ['2.', 'Лекция', 'май', 'Центр'],
    ]);
    expect(headings(read)).toEqual(['Мероприятия']);
    expect(items(read).map((item) => item.activity)).toEqual(['Семинар', 'Вторая встреча', 'Лекция']);
  });

  it('reads a month heading with its year and «г.» whole, dropping only a closing colon or stop', () => {
    expect(headings(after(['', 'Январь 2026 г.', '', '']))).toEqual(['Январь 2026 г.']);
    expect(headings(after(['', 'ЯНВАРЬ 2026 г.:', '', '']))).toEqual(['ЯНВАРЬ 2026 г.']);
    expect(headings(after(['', 'Февраль.', '', '']))).toEqual(['Февраль']);
  });

  it('reads a month standing first in a row with more as the timing of an item', () => {
    const read = plan([['Сентябрь', 'Семинар', 'Центр']], ['Сроки', 'Мероприятие', 'Ответственные']);
    expect(headings(read)).toEqual(['Мероприятия']);
    expect(strictItems(read)).toStrictEqual([{ activity: 'Семинар', timing: 'Сентябрь', responsible: ['Центр'] }]);
  });

  it('notes an empty timing or responsible cell in the first column', () => {
    const timingFirst = plan([['', 'Семинар', 'Центр']], ['Сроки', 'Мероприятие', 'Ответственные']);
    expect(timingFirst.notes).toContainEqual({ code: 'import-no-timing', place: { table: 1, row: 2, column: 'Сроки' } });
    const responsibleFirst = plan([['', 'Семинар', 'май']], ['Ответственные', 'Мероприятие', 'Сроки']);
    expect(responsibleFirst.notes).toContainEqual({ code: 'import-no-responsible', place: { table: 1, row: 2, column: 'Ответственные' } });
  });

  it('reads an unnumbered row with more than its activity as an item of its own, and a lower-case one numbered as an item too', () => {
    const read = plan([
      ['1.', 'Семинар', 'май', 'Центр'],
      ['2.', 'встреча с родителями', 'июль', 'Центр'],
      ['', 'Практикум', 'июнь', 'Центр'],
    ]);
    expect(items(read).map((item) => item.activity)).toEqual(['Семинар', 'встреча с родителями', 'Практикум']);
    expect(read.notes.map((note) => note.code)).not.toContain('import-joined-row');
    expect(read.notes.map((note) => note.code)).not.toContain('import-unplaced-cell');
  });

  it('joins the lines of a row carried over with spaces', () => {
    const read = plan([
      ['1.', 'Семинар', 'май', 'Центр'],
      ['', 'для классных\n\nруководителей', '', ''],
    ]);
    expect(items(read).map((item) => item.activity)).toEqual(['Семинар для классных руководителей']);
  });

  it('reads an empty number cell covered by a wider cell beside it as empty, so the activity alone carries on the item above', () => {
    const header = ['Направление', '№', 'Мероприятие', 'Сроки', 'Ответственные'];
    const read = plan(
      [
        ['Работа', '1.', 'Семинар', 'май', 'Центр'],
        [{ paragraphs: [paragraphOf('')], colSpan: 2 }, 'для родителей', '', ''],
      ],
      header,
    );
    expect(items(read).map((item) => item.activity)).toEqual(['Семинар для родителей']);
  });

  it('reads a Roman numeral alone in the activity column as the rest of the item above, not a section', () => {
    const read = plan([
      ['1.', 'Семинар', 'май', 'Центр'],
      ['', 'V', '', ''],
      ['2.', 'Лекция', 'май', 'Центр'],
    ]);
    expect(headings(read)).toEqual(['Мероприятия']);
    expect(items(read).map((item) => item.activity)).toEqual(['Семинар V', 'Лекция']);
  });

  it('takes a number alone in the number column for no title, whatever its digits', () => {
    for (const number of ['12', '1.12', '123.45']) {
      const read = after([number, '', '', '']);
      expect(headings(read)).toEqual(['Мероприятия']);
    }
  });

  it('skips a row with no text in the activity column, even when a number cell spans over it', () => {
    const header = ['№', 'Мероприятие', 'Сроки', 'Ответственные', 'Место', 'Примечание'];
    const read = plan(
      [
        [{ paragraphs: [paragraphOf('5')], colSpan: 2 }, '', '', '', ''],
        ['6.', 'Семинар', 'май', 'Центр', 'школа', ''],
      ],
      header,
    );
    expect(items(read).map((item) => item.activity)).toEqual(['Семинар']);
    expect(read.notes).toContainEqual({ code: 'import-unplaced-cell', place: { table: 1, row: 2 }, text: '5' });
  });

  it('drops a sub-number typed again before the activity, and keeps a different number there', () => {
    const read = plan([
      ['1.2', '1.2. Семинар', 'май', 'Центр'],
      ['2.', '1. Итоги:\n\n1. первый\n\n2. второй', 'май', 'Центр'],
      ['3', '3) Лекция', 'май', 'Центр'],
    ]);
    expect(items(read).map((item) => [item.number, item.activity])).toEqual([
      ['1.2', 'Семинар'],
      ['2', '1. Итоги:\n1. первый\n2. второй'],
      ['3', 'Лекция'],
    ]);
  });

  it('drops only the first line’s number of an unnumbered row, and reads no number from the activity beside a number cell that is no number', () => {
    const read = plan([
      ['', '5. Итоги:\n\n1. первый\n\n2. второй', 'май', 'Центр'],
      ['а', '1. Семинар', 'май', 'Центр'],
    ]);
    expect(items(read).map((item) => [item.number, item.activity])).toEqual([
      ['5', 'Итоги:\n1. первый\n2. второй'],
      [undefined, '1. Семинар'],
    ]);
  });

  it('reads the number typed before the activity where the plan has no number column', () => {
    const read = plan([['1. Семинар', 'май', 'Центр']], ['Мероприятие', 'Сроки', 'Ответственные']);
    expect(strictItems(read)).toStrictEqual([{ number: '1', activity: 'Семинар', timing: 'май', responsible: ['Центр'] }]);
  });

  it('writes no number, timing, events, note, extra or mark that the row does not have', () => {
    const read = plan([['', 'Семинар', '', 'Центр']]);
    expect(strictItems(read)).toStrictEqual([{ activity: 'Семинар', responsible: ['Центр'] }]);
    expect(read.notes.filter((note) => note.code === 'import-unplaced-cell')).toEqual([]);
  });

  it('reads a title in an event’s ёлочки only when they enclose the whole title', () => {
    const read = plan([['1.', 'Конкурсы\n\nКонкурс «Лидер» (15.10.2025)\n\n«Лидер» для 5-х классов (16.10.2025)', 'октябрь', 'Центр']]);
    expect(items(read)[0]!.events).toEqual([
      { title: 'Конкурс «Лидер»', date: '2025-10-15' },
      { title: '«Лидер» для 5-х классов', date: '2025-10-16' },
    ]);
  });

  it('reads a note whose label has a space before the colon, and keeps «примечание» inside a line as text', () => {
    const read = plan([
      ['1.', [paragraphOf('Семинар'), italic('Примечание : для родителей')], 'май', 'Центр'],
      ['2.', [paragraphOf('Лекция'), italic('См. примечание: ниже')], 'май', 'Центр'],
      ['3.', [paragraphOf('Урок'), italic('Примечание: первое'), italic('Примечание: второе')], 'май', 'Центр'],
    ]);
    expect(items(read).map((item) => [item.activity, item.note])).toEqual([
      ['Семинар', 'для родителей'],
      ['Лекция\nСм. примечание: ниже', undefined],
      ['Урок', 'первое\nПримечание: второе'],
    ]);
  });

  it('ends a line at a tab before a break, and keeps a responsible line whole with its commas inside', () => {
    const read = plan([['1.', 'Семинар\t\nдля всех', 'май', 'Иванова И.И., Петрова П.П.\n\n-\n\nЗавуч ,']]);
    expect(items(read)[0]).toMatchObject({ activity: 'Семинар\nдля всех', responsible: ['Иванова И.И., Петрова П.П.', 'Завуч'] });
  });
});

describe('a row read alone, as the mapper sees it', () => {
  const cellsOf = (...texts: string[]): TableRow => ({
    header: false,
    cells: texts.map((text, column) => ({ column, span: 1, paragraphs: [paragraphOf(text)], merged: false })),
  });
  const context = () => ({ columns: { roles: ['number', 'activity', 'timing'] as const, headings: ['№', 'Мероприятие', 'Сроки'] }, table: 1, notes: [] });

  it('is a skip, and only a skip, when it is empty, the header again, the columns numbered, or has no activity', () => {
    for (const row of [cellsOf('', '', ''), cellsOf('№', 'Мероприятие', 'Сроки'), cellsOf('1', '2', '3'), cellsOf('1.', '', 'май')]) {
      expect(readRow(row, 2, context())).toStrictEqual({ kind: 'skip' });
    }
  });
});

describe('a row with one cell filled outside the activity', () => {
  it('is no part of the item above: its text is named', () => {
    const read = plan([
      ['1.', 'Семинар', 'май', 'Центр'],
      ['', '', '', 'Центр'],
    ]);
    expect(items(read).map((item) => item.activity)).toEqual(['Семинар']);
    expect(read.notes).toContainEqual({ code: 'import-unplaced-cell', place: { table: 1, row: 3 }, text: 'Центр' });
    expect(read.notes.map((note) => note.code)).not.toContain('import-joined-row');
  });
});
