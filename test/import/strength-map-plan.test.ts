// The mapper on documents built in the table model, one rule at a time: where
// it finds the plan table and its header (sub-headings under a spanning
// heading), which tables carry it on, rows joined or left out, month sections,
// ids, the kind of plan, extra columns and their widths, and the text around.
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../src/import/errors.js';
import type { ImportedPlan } from '../../src/import/imported-plan.js';
import { mapPlan, withItemIds } from '../../src/import/map-plan.js';
import { gridFromSpans, paragraphOf, type Block, type Table } from '../../src/import/table-model.js';

type Cell = string | { text: string; colSpan?: number; rowSpan?: number };
const HEADER = ['№', 'Мероприятие', 'Сроки', 'Ответственные'];

const grid = (rows: readonly (readonly Cell[])[], options: { header?: number; bordered?: boolean; columnWidths?: number[] } = {}): Table => ({
  ...gridFromSpans(
    rows.map((cells, index) => ({
      header: index < (options.header ?? 0),
      cells: cells.map((cell) => {
        const { text, colSpan = 1, rowSpan = 1 } = typeof cell === 'string' ? { text: cell } : cell;
        return { paragraphs: text.split('\n\n').map((line) => paragraphOf(line)), colSpan, rowSpan };
      }),
    })),
  ),
  bordered: options.bordered ?? true,
  ...(options.columnWidths ? { columnWidths: options.columnWidths } : {}),
});
const tableBlock = (rows: readonly (readonly Cell[])[], options?: Parameters<typeof grid>[1]): Block => ({ kind: 'table', table: grid(rows, options) });
const para = (text: string, style: { bold?: boolean; italic?: boolean } = {}): Block => ({ kind: 'paragraph', paragraph: paragraphOf(text, style) });
const map = (...blocks: Block[]) => mapPlan({ blocks });
const activities = (plan: ImportedPlan) => plan.sections.map((section) => [section.heading, ...section.items.map((item) => item.activity)]);
const codes = (plan: ImportedPlan) => plan.notes.map((note) => note.code);
const failure = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return { problem: (error as ImportError).problem, params: (error as ImportError).params };
  }
  throw new Error('no ImportError');
};

describe('finding the plan table', () => {
  it('takes a header in the first twelve rows of a table, and not one lower down', () => {
    const filler = (count: number) => Array.from({ length: count }, (_, i) => [`строка ${i + 1}`, '', '', '']);
    const found = map(tableBlock([...filler(11), HEADER, ['1.', 'Семинар', 'май', 'Центр']]));
    expect(activities(found)).toEqual([['Мероприятия', 'Семинар']]);
    expect(found.notes).toContainEqual({ code: 'import-default-section', place: { table: 1, row: 13 }, text: 'Мероприятия' });
    expect(failure(() => map(tableBlock([...filler(12), HEADER, ['1.', 'Семинар', 'май', 'Центр']]))).problem).toBe('no-plan-table');
  });

  it('takes the first table that is a plan, and numbers tables from 1 in the notes', () => {
    const plan = map(tableBlock([['УТВЕРЖДАЮ', 'Директор']], { bordered: false }), tableBlock([HEADER, ['I. Раздел'], ['1.', 'Семинар', 'май', '']]));
    expect(activities(plan)).toEqual([['Раздел', 'Семинар']]);
    expect(plan.notes).toContainEqual({ code: 'import-no-responsible', place: { table: 2, row: 3, column: 'Ответственные' } });
  });

  it('says there is no table, or which tables it found and their first headings', () => {
    expect(failure(() => map(para('Просто текст')))).toEqual({ problem: 'no-table', params: {} });
    const long = 'Очень длинный заголовок столбца, который продолжается далее';
    const refused = failure(() => map(tableBlock([['А', 'Б']]), tableBlock([['', long]]), tableBlock([[]]), tableBlock([['В']]), tableBlock([['Г']])));
    expect(refused).toEqual({ problem: 'no-plan-table', params: { tables: 5, headings: `«А», «Б»; «${long.slice(0, 40)}»; «В»` } });
  });

  it('folds the spaces of a long first heading before it is shortened', () => {
    const refused = failure(() => map(tableBlock([['Тема   занятия\n\nи   прочее']])));
    expect(refused.params.headings).toBe('«Тема занятия\nи прочее»'.replace('\n', ' '));
  });

  it('refuses a plan table with no item, naming it', () => {
    expect(failure(() => map(tableBlock([['x']]), tableBlock([HEADER, ['I. Раздел']])))).toEqual({ problem: 'empty-plan-table', params: { table: 2 } });
  });

  it('reads numbered paragraphs when no table is a plan', () => {
    const plan = map(para('I. Организационная работа', { bold: true }), para('1. Семинар – сентябрь'), para('2. Практикум – октябрь'));
    expect(plan.sections.flatMap((section) => section.items.map((item) => item.id))).toEqual(['1', '2']);
  });
});

describe('a heading over several columns', () => {
  it('names its columns by the sub-headings under it, and reads items from below them', () => {
    const plan = map(
      tableBlock([
        ['№', { text: 'Дела, события, мероприятия', colSpan: 2 }, 'Сроки', 'Ответственные'],
        ['', 'Содержание', 'Классы', '', ''],
        ['1.', 'Семинар', '5-9', 'май', 'Центр'],
      ]),
    );
    expect(plan.sections[0]!.items).toEqual([
      expect.objectContaining({ activity: 'Семинар', timing: 'май', responsible: ['Центр'], extra: { Классы: '5-9' } }),
    ]);
    expect(plan.extraColumns).toEqual([{ title: 'Классы', after: 'activity' }]);
    expect(plan.notes).toContainEqual({ code: 'import-extra-column', place: { table: 1, row: 2, column: 'Классы' } });
  });

  it('keeps the heading’s role for its first column when the sub-heading there says nothing of a role', () => {
    const plan = map(
      tableBlock([
        ['№', { text: 'Мероприятие', colSpan: 2 }, 'Сроки', 'Ответственные'],
        ['', 'Название', 'Участники', '', ''],
        ['1.', 'Семинар', 'родители', 'май', 'Центр'],
      ]),
    );
    expect(plan.sections[0]!.items[0]).toMatchObject({ activity: 'Семинар', extra: { Участники: 'родители' } });
  });

  it('names the other columns after the heading and their place when there are no sub-headings, and keeps them only when filled', () => {
    const rows = (second: string) =>
      tableBlock([
        ['№', { text: 'Мероприятие', colSpan: 2 }, 'Сроки', 'Ответственные'],
        ['1.', 'Семинар', second, 'май', 'Центр'],
      ]);
    expect(map(rows('')).extraColumns).toEqual([]);
    const filled = map(rows('онлайн'));
    expect(filled.extraColumns).toEqual([{ title: 'Мероприятие (2)', after: 'activity' }]);
    expect(filled.sections[0]!.items[0]!.extra).toEqual({ 'Мероприятие (2)': 'онлайн' });
  });

  it('does not take a row of items, numbers or long text for sub-headings', () => {
    const header = ['№', { text: 'Мероприятие', colSpan: 2 }, 'Сроки', 'Ответственные'];
    const numbered = map(tableBlock([header, ['', '1 этап', '', '', ''], ['1.', 'Семинар', '', 'май', 'Центр']]));
    expect(numbered.sections[0]!.items.map((item) => item.activity)).toContain('Семинар');
    const long = 'С'.repeat(61);
    const plan = map(tableBlock([header, ['', long, '', '', ''], ['1.', 'Семинар', '', 'май', 'Центр']]));
    expect(plan.sections.flatMap((section) => section.items.map((item) => item.activity))).toEqual(['Семинар']);
    expect(plan.notes).toContainEqual({ code: 'import-unplaced-cell', place: { table: 1, row: 2 }, text: long });
    expect(numbered.notes).toContainEqual({ code: 'import-unplaced-cell', place: { table: 1, row: 2 }, text: '1 этап' });
    const sixty = 'С'.repeat(60);
    const short = map(tableBlock([header, ['', 'Содержание', sixty, '', ''], ['1.', 'Семинар', 'x', 'май', 'Центр']]));
    expect(short.extraColumns.map((column) => column.title)).toEqual([sixty]);
  });

  it('does not take text outside the spanning heading’s columns for a sub-heading', () => {
    const plan = map(
      tableBlock([
        ['№', { text: 'Мероприятие', colSpan: 2 }, 'Сроки', 'Ответственные'],
        ['', 'Содержание', 'Классы', 'май', ''],
        ['1.', 'Семинар', '5', 'июнь', 'Центр'],
      ]),
    );
    expect(plan.sections[0]!.items.map((item) => item.activity)).toEqual(['Содержание', 'Семинар']);
  });

  it('takes an empty row under the heading for no sub-headings', () => {
    const plan = map(
      tableBlock([
        ['№', { text: 'Мероприятие', colSpan: 2 }, 'Сроки', 'Ответственные'],
        ['', '', '', '', ''],
        ['1.', 'Семинар', '', 'май', 'Центр'],
      ]),
    );
    expect(plan.sections[0]!.items.map((item) => item.activity)).toEqual(['Семинар']);
    expect(plan.notes.filter((note) => note.code === 'import-extra-column')).toEqual([
      { code: 'import-extra-column', place: { table: 1, row: 1, column: 'Мероприятие (2)' } },
    ]);
  });

  it('reads a header of one row with merged cells carried down as sub-headings of the spanning heading only', () => {
    const plan = map(
      tableBlock([
        [
          { text: '№', rowSpan: 2 },
          { text: 'Мероприятие', colSpan: 2 },
          { text: 'Сроки', rowSpan: 2 },
          { text: 'Ответственные', rowSpan: 2 },
        ],
        ['Тема', 'Форма'],
        ['1.', 'Семинар', 'лекция', 'май', 'Центр'],
      ]),
    );
    expect(plan.sections[0]!.items[0]).toMatchObject({ activity: 'Семинар', timing: 'май', extra: { Форма: 'лекция' } });
  });

  it('is no header when the spanning text is the only text of its row', () => {
    const plan = map(tableBlock([[{ text: 'План работы на 2023-2024 учебный год', colSpan: 4 }], HEADER, ['1.', 'Семинар', 'май', 'Центр']]));
    expect(plan.title).toBe('План работы');
    expect(plan.academicYear).toBe('2023-2024');
  });

  it('is no plan when its columns name no plan', () => {
    const refused = failure(() =>
      map(
        tableBlock([
          ['Класс', { text: 'Оценки', colSpan: 2 }],
          ['', 'Четверть', 'Год'],
          ['5а', '4', '5'],
        ]),
      ),
    );
    expect(refused.problem).toBe('no-plan-table');
  });
});

describe('tables carrying the plan on', () => {
  const item = (n: string, activity: string) => [n, activity, 'май', 'Центр'];

  it('follows a bordered table of the same grid, one that repeats the header in its first three rows, or one whose first row is numbered', () => {
    const first = tableBlock([HEADER, item('1.', 'Семинар')]);
    expect(activities(map(first, tableBlock([item('2.', 'Практикум')], { bordered: true })))[0]).toEqual(['Мероприятия', 'Семинар', 'Практикум']);
    expect(activities(map(first, tableBlock([['', '', '', ''], ['', '', '', ''], HEADER, item('', 'Практикум')], { bordered: false })))[0]).toEqual([
      'Мероприятия',
      'Семинар',
      'Практикум',
    ]);
    for (const n of ['2', '2.', '2)', 'IV', 'IV.', '100']) {
      expect(activities(map(first, tableBlock([item(n, 'Практикум')], { bordered: false })))[0], n).toEqual(['Мероприятия', 'Семинар', 'Практикум']);
    }
  });

  it('stops at a borderless table without a header or a number, at a header below its third row, and at another grid', () => {
    const first = tableBlock([HEADER, item('1.', 'Семинар')]);
    for (const n of ['', 'a.', '1000', '2.1', 'IV..']) {
      const plan = map(first, tableBlock([item(n, 'Практикум')], { bordered: false }));
      expect(activities(plan), n).toEqual([['Мероприятия', 'Семинар']]);
    }
    expect(
      activities(map(first, tableBlock([['', '', '', ''], ['', '', '', ''], ['', '', '', ''], HEADER, item('', 'Практикум')], { bordered: false }))),
    ).toEqual([['Мероприятия', 'Семинар']]);
    expect(activities(map(first, tableBlock([['2.', 'Практикум', 'май']], { bordered: true })))).toEqual([['Мероприятия', 'Семинар']]);
    expect(activities(map(first, tableBlock([], { bordered: false })))).toEqual([['Мероприятия', 'Семинар']]);
  });

  it('stops at the first table that does not carry it on, even when a later one would', () => {
    const plan = map(tableBlock([HEADER, item('1.', 'Семинар')]), tableBlock([item('x', 'Форма')], { bordered: false }), tableBlock([item('3.', 'Практикум')]));
    expect(activities(plan)).toEqual([['Мероприятия', 'Семинар']]);
  });

  it('reads the rows of a carrying table from its first, and the text after the last one as what follows the plan', () => {
    const plan = map(tableBlock([HEADER, item('1.', 'Семинар')]), tableBlock([item('2.', 'Практикум')]), para('Директор ________ Е.Н. Филатова'));
    expect(plan.sections[0]!.items.map((i) => [i.id, i.place])).toEqual([
      ['1', { table: 1, row: 2 }],
      ['2', { table: 2, row: 1 }],
    ]);
    expect(plan.signature).toEqual({ position: 'Директор', name: 'Е.Н. Филатова' });
  });
});

describe('rows', () => {
  it('joins a row with only an activity to the item above, and says so', () => {
    const plan = map(tableBlock([HEADER, ['1.', 'Семинар для', 'май', 'Центр'], ['', 'классных руководителей', '', '']]));
    expect(plan.sections[0]!.items[0]!.activity).toBe('Семинар для классных руководителей');
    expect(plan.notes).toContainEqual({ code: 'import-joined-row', place: { table: 1, row: 2 }, text: 'классных руководителей' });
  });

  it('leaves out a continuation with no item above, and says where', () => {
    const plan = map(tableBlock([HEADER, ['', 'продолжение', '', ''], ['I. Раздел'], ['', 'ещё', '', ''], ['1.', 'Семинар', 'май', 'Центр']]));
    expect(activities(plan)).toEqual([['Раздел', 'Семинар']]);
    expect(plan.notes.filter((note) => note.code === 'import-unplaced-cell')).toEqual([
      { code: 'import-unplaced-cell', place: { table: 1, row: 2 }, text: 'продолжение' },
      { code: 'import-unplaced-cell', place: { table: 1, row: 4 }, text: 'ещё' },
    ]);
  });

  it('names a section left empty in a note, and drops it from the plan', () => {
    const plan = map(tableBlock([HEADER, ['I. Пустой'], ['II. Раздел'], ['1.', 'Семинар', 'май', 'Центр']]));
    expect(activities(plan)).toEqual([['Раздел', 'Семинар']]);
    expect(plan.notes.at(-1)).toEqual({ code: 'import-unplaced-text', place: { table: 1 }, text: 'Пустой' });
  });

  it('does not give a default section to items after a section row', () => {
    const plan = map(tableBlock([HEADER, ['I. Раздел'], ['1.', 'Семинар', 'май', 'Центр']]));
    expect(codes(plan)).not.toContain('import-default-section');
  });

  it('gives items before any section the default section, or the one asked for', () => {
    const plan = mapPlan({ blocks: [tableBlock([HEADER, ['1.', 'Семинар', 'май', 'Центр']])] }, 'Общие дела');
    expect(activities(plan)).toEqual([['Общие дела', 'Семинар']]);
    expect(plan.notes).toContainEqual({ code: 'import-default-section', place: { table: 1, row: 2 }, text: 'Общие дела' });
  });

  it('skips the header rows marked to repeat at the top of each table, and reads marked rows that do not lead', () => {
    const plan = map(
      tableBlock([HEADER, ['1.', 'Семинар', 'май', 'Центр']], { header: 1 }),
      tableBlock([HEADER, ['2.', 'Практикум', 'май', 'Центр']], { header: 1 }),
    );
    expect(activities(plan)).toEqual([['Мероприятия', 'Семинар', 'Практикум']]);
    const all = map(tableBlock([HEADER, ['1.', 'Семинар', 'май', 'Центр']], { header: 2 }));
    expect(activities(all)).toEqual([['Мероприятия', 'Семинар']]);
  });
});

describe('month sections', () => {
  it('complete the days of their items and give their month to items without timing, dropping the note that they had none', () => {
    const plan = map(
      tableBlock([HEADER, ['Сентябрь'], ['1.', 'Семинар', '7', 'Центр'], ['2.', 'Практикум', '', 'Центр'], ['3.', 'Лекция', 'в течение месяца', 'Центр']]),
    );
    expect(plan.sections[0]!.items.map((item) => item.timing)).toEqual(['7 сентября', 'сентябрь', 'в течение месяца']);
    expect(plan.notes.filter((note) => note.code.startsWith('import-timing') || note.code === 'import-no-timing')).toEqual([
      { code: 'import-timing-completed', place: { table: 1, row: 3 }, text: '«7» → «7 сентября»' },
      { code: 'import-timing-from-month', place: { table: 1, row: 4 }, text: 'сентябрь' },
    ]);
  });

  it('keep the note on an item without timing outside a month section', () => {
    const plan = map(tableBlock([HEADER, ['Сентябрь'], ['1.', 'Семинар', '', 'Центр'], ['II. Раздел'], ['2.', 'Практикум', '', 'Центр']]));
    expect(plan.notes.filter((note) => note.code === 'import-no-timing')).toEqual([{ code: 'import-no-timing', place: { table: 1, row: 5, column: 'Сроки' } }]);
  });
});

describe('ids', () => {
  const item = (number: string | undefined, activity: string) => ({ ...(number === undefined ? {} : { number }), activity, responsible: [], place: {} });

  it('are the document’s own numbers when every item has one and none repeats', () => {
    expect(
      withItemIds([
        { heading: 'A', items: [item('1', 'x'), item('2.1', 'y')] },
        { heading: 'B', items: [item('7', 'z')] },
      ]).flatMap((s) => s.items.map((i) => i.id)),
    ).toEqual(['1', '2.1', '7']);
  });

  it('are running numbers across the plan when one is missing or two are the same', () => {
    expect(
      withItemIds([
        { heading: 'A', items: [item('1', 'x'), item(undefined, 'y')] },
        { heading: 'B', items: [item('7', 'z')] },
      ]).flatMap((s) => s.items.map((i) => i.id)),
    ).toEqual(['1', '2', '3']);
    expect(withItemIds([{ heading: 'A', items: [item('5', 'x'), item('5', 'y')] }]).flatMap((s) => s.items.map((i) => i.id))).toEqual(['1', '2']);
    expect(withItemIds([{ heading: 'A', items: [item('4', 'x')] }]).map((s) => s.heading)).toEqual(['A']);
  });
});

describe('the kind of plan and its headings', () => {
  it('is a plan with a timing column, named as written, or a column of months', () => {
    const plan = map(
      tableBlock([
        ['№', 'Мероприятие', 'Срок исполнения', 'Ответственные', 'Отметка о выполнении'],
        ['1.', 'Семинар', 'май', 'Центр', 'выполнено'],
      ]),
    );
    expect(plan.kind).toBe('plan');
    expect(plan.timingHeading).toBe('Срок исполнения');
    expect(plan.doneHeading).toBe('Отметка о выполнении');
    expect(plan.extraColumns).toEqual([{ title: 'Отметка о выполнении' }]);
    const months = map(
      tableBlock([
        ['Мероприятие', 'Сентябрь', 'Октябрь'],
        ['Семинар', '+', ''],
      ]),
    );
    expect(months.kind).toBe('plan');
    expect(months.timingHeading).toBeUndefined();
    expect(months.doneHeading).toBeUndefined();
  });

  it('is a cyclogram without timing or months, or when its title says so', () => {
    expect(
      map(
        tableBlock([
          ['Мероприятие', 'Ответственные'],
          ['Семинар', 'Центр'],
        ]),
      ).kind,
    ).toBe('cyclogram');
    const titled = map(para('Циклограмма работы на 2023-2024 учебный год'), tableBlock([HEADER, ['1.', 'Семинар', 'еженедельно', 'Центр']]));
    expect(titled.kind).toBe('cyclogram');
    expect(titled.title).toBe('Циклограмма работы');
    expect(map(para('План и циклограмма'), tableBlock([HEADER, ['1.', 'Семинар', 'май', 'Центр']])).kind).toBe('plan');
  });
});

describe('extra columns', () => {
  const header = ['№', 'Мероприятие', 'Классы', 'Сроки', 'Место', 'Ответственные', 'Примечание'];
  const row = ['1.', 'Семинар', '5-9', 'май', 'актовый зал', 'Центр', 'x'];

  it('are placed after the standard column on their left, the last ones after the responsible (no mark)', () => {
    const plan = map(tableBlock([header, row]));
    expect(plan.extraColumns).toEqual([{ title: 'Классы', after: 'activity' }, { title: 'Место', after: 'timing' }, { title: 'Примечание' }]);
  });

  it('take their share of the width less the number column, between 3 and 60 percent', () => {
    const plan = map(tableBlock([header, row], { columnWidths: [1000, 3000, 1000, 1000, 20, 2000, 9000] }));
    // shared: 16 020; 1000 → 6 %, 20 → 0.1 % (3 at least), 9000 → 56 %
    expect(plan.extraColumns.map((column) => column.width)).toEqual([6, 3, 56]);
    const wide = map(tableBlock([header, row], { columnWidths: [1000, 1000, 1000, 1000, 1000, 1000, 20000] }));
    expect(wide.extraColumns.map((column) => column.width)).toEqual([4, 4, 60]);
  });

  it('take their share of the whole width when there is no number column', () => {
    const plan = map(
      tableBlock(
        [
          ['Мероприятие', 'Сроки', 'Ответственные', 'Место'],
          ['Семинар', 'май', 'Центр', 'зал'],
        ],
        { columnWidths: [500, 200, 200, 100] },
      ),
    );
    expect(plan.extraColumns).toEqual([{ title: 'Место', width: 10 }]);
  });

  it('have no width when the table gives none, or only the number column has one', () => {
    expect(map(tableBlock([header, row])).extraColumns.every((column) => column.width === undefined)).toBe(true);
    const numberOnly = map(
      tableBlock(
        [
          ['№', 'Мероприятие', 'Сроки', 'Место'],
          ['1.', 'Семинар', 'май', 'зал'],
        ],
        { columnWidths: [100, 0, 0, 0] },
      ),
    );
    expect(numberOnly.extraColumns).toEqual([{ title: 'Место', after: 'timing' }]);
  });
});

describe('the text around the plan table', () => {
  it('reads rows above the header in the table as text above it, leaving merged cells out', () => {
    const plan = map(
      tableBlock([
        [
          { text: 'УТВЕРЖДАЮ\n\nДиректор школы\n\n________ Е.Н. Филатова', colSpan: 2, rowSpan: 2 },
          { text: 'План работы на 2023-2024 учебный год', colSpan: 2 },
        ],
        ['', ''],
        HEADER,
        ['1.', 'Семинар', 'май', 'Центр'],
      ]),
    );
    expect(plan.approvals).toEqual([{ stamp: 'УТВЕРЖДАЮ', position: 'Директор школы', name: 'Е.Н. Филатова' }]);
    expect(plan.title).toBe('План работы');
    expect(plan.notes.filter((note) => note.code === 'import-unplaced-text')).toEqual([]);
  });

  it('names text after the table it cannot place, by its paragraph or its table row, and reads a signature', () => {
    const plan = map(
      para('План работы на 2023-2024 учебный год'),
      tableBlock([HEADER, ['1.', 'Семинар', 'май', 'Центр']]),
      para('Примерный текст после'),
      para(''),
      tableBlock([['Директор', '________ Е.Н. Филатова']], { bordered: false }),
      para('Ещё строка'),
    );
    expect(plan.signature).toEqual({ position: 'Директор', name: 'Е.Н. Филатова' });
    expect(plan.notes.filter((note) => note.code === 'import-unplaced-text')).toEqual([
      { code: 'import-unplaced-text', place: { paragraph: 2 }, text: 'Примерный текст после' },
      { code: 'import-unplaced-text', place: { paragraph: 4 }, text: 'Ещё строка' },
    ]);
  });

  it('says there is no title when nothing above the table is one, and takes the year from a cell', () => {
    const plan = map(tableBlock([HEADER, ['1.', 'Семинар на 2024-2025 учебный год', 'май', 'Центр']]));
    expect(plan.title).toBe('');
    expect(plan.notes).toContainEqual({ code: 'import-no-title', place: { table: 1 } });
    expect(plan.academicYear).toBe('2024-2025');
    expect(plan.notes).toContainEqual(expect.objectContaining({ code: 'import-year-from-text', text: '2024-2025' }));
  });

  it('does not look for a year in the cells when the title gives one', () => {
    const plan = map(para('План работы на 2023-2024 учебный год'), tableBlock([HEADER, ['1.', 'Семинар на 2024-2025 учебный год', 'май', 'Центр']]));
    expect(plan.academicYear).toBe('2023-2024');
    expect(codes(plan)).not.toContain('import-year-from-text');
    expect(codes(plan)).not.toContain('import-no-title');
  });
});

describe('the edges of the mapper', () => {
  it('takes the sub-heading of a spanning heading’s first column when it names a role of its own', () => {
    const plan = map(
      tableBlock([
        ['№', { text: 'Мероприятие', colSpan: 2 }, 'Ответственные'],
        ['', 'Дата', 'Название', ''],
        ['1.', 'май', 'Семинар', 'Центр'],
      ]),
    );
    expect(plan.sections[0]!.items[0]).toMatchObject({ activity: 'Семинар', timing: 'май' });
    expect(plan.timingHeading).toBe('Дата');
  });

  it('names the first column under a spanning heading by the heading itself', () => {
    const plan = map(
      tableBlock([
        ['№', 'Мероприятие', { text: 'Сроки', colSpan: 2 }, 'Ответственные'],
        ['1.', 'Семинар', 'май', '', 'Центр'],
      ]),
    );
    expect(plan.timingHeading).toBe('Сроки');
  });

  it('drops unnamed columns no item fills, and keeps named extra columns however empty', () => {
    const plan = map(
      tableBlock([
        ['№', { text: 'Мероприятие', colSpan: 3 }, 'Сроки', 'Классы'],
        ['1.', 'Семинар', '', '', 'май', ''],
      ]),
    );
    expect(plan.extraColumns.map((column) => column.title)).toEqual(['Классы']);
  });

  it('names text it cannot place above the header in the plan table, and in a table after it, by table and row', () => {
    const plan = map(
      para('План работы'),
      tableBlock([['', 'Лишний текст', '', ''], HEADER, ['1.', 'Семинар', 'май', 'Центр']]),
      tableBlock([['Примечание к плану', '']], { bordered: false }),
    );
    expect(plan.notes.filter((note) => note.code === 'import-unplaced-text')).toEqual([
      { code: 'import-unplaced-text', place: { table: 1, row: 1 }, text: 'Лишний текст' },
      { code: 'import-unplaced-text', place: { table: 2, row: 1 }, text: 'Примечание к плану' },
    ]);
  });
});
