// Plans written without a table (headings over numbered paragraphs, a
// cyclogram's periodicities, months), and the text above a plan's body: stamps
// in cells and on both sides of tabs, the title as the last group of lines,
// the front matter, and the academic year wherever it is written.
import { describe, expect, it } from 'vitest';
import type { ImportedPlan } from '../../src/import/imported-plan.js';
import { mapPlan } from '../../src/import/map-plan.js';
import { gridFromSpans, paragraphOf, type Block } from '../../src/import/table-model.js';

const para = (text: string, style: { bold?: boolean; listItem?: boolean } = {}): Block => ({ kind: 'paragraph', paragraph: paragraphOf(text, style) });
const bold = (text: string) => para(text, { bold: true });
const table = (rows: string[][], bordered = false): Block => ({
  kind: 'table',
  table: {
    ...gridFromSpans(
      rows.map((cells) => ({
        header: false,
        cells: cells.map((text) => ({ paragraphs: text.split('\n\n').map((line) => paragraphOf(line)), colSpan: 1, rowSpan: 1 })),
      })),
    ),
    bordered,
  },
});
const PLAN_TABLE = table(
  [
    ['№', 'Мероприятие', 'Сроки', 'Ответственные'],
    ['1.', 'Семинар', 'май', 'Центр'],
  ],
  true,
);
const map = (...blocks: Block[]) => mapPlan({ blocks });
const outline = (plan: ImportedPlan) =>
  plan.sections.map((section) => [section.heading, ...section.items.map((item) => `${item.id}:${item.activity}${item.timing ? ` @${item.timing}` : ''}`)]);

describe('a plan without a table', () => {
  it('reads bold headings over numbered or bulleted paragraphs, with their numbers', () => {
    const plan = map(
      bold('I. Работа с педагогами'),
      para('1. Семинар'),
      para('2) Практикум'),
      bold('Работа с родителями:'),
      para('• Собрание'),
      para('Лекция', { listItem: true }),
    );
    expect(outline(plan)).toEqual([
      ['Работа с педагогами', '1:Семинар', '2:Практикум'],
      ['Работа с родителями', '3:Собрание', '4:Лекция'],
    ]);
    expect(plan.kind).toBe('plan');
  });

  it('reads lines typed as tab-aligned columns: what, when and who; of two columns, the second is when only if it reads as a timing', () => {
    const plan = map(
      bold('Организационная работа'),
      para('№\tМероприятие\tСроки\tОтветственные'),
      para('1.\tЗаседание МО\tсентябрь\tРуководитель МО, заместитель директора'),
      para('2.\tКонсультации\tпо запросу'),
      para('3.\tСеминар «Классный час»\tИванова Т.А.'),
      para('4.\tПрактикум\t\t15.10.2025\t\tЦентр; методист'),
    );
    expect(plan.sections[0]!.items.map(({ id, activity, timing, responsible }) => ({ id, activity, timing, responsible }))).toEqual([
      { id: '1', activity: 'Заседание МО', timing: 'сентябрь', responsible: ['Руководитель МО', 'заместитель директора'] },
      { id: '2', activity: 'Консультации', timing: 'по запросу', responsible: [] },
      { id: '3', activity: 'Семинар «Классный час»', timing: undefined, responsible: ['Иванова Т.А.'] },
      { id: '4', activity: 'Практикум', timing: '15.10.2025', responsible: ['Центр', 'методист'] },
    ]);
  });

  it('skips the line of column names without a note, takes a line with one column name among others as an item, and splits who at commas without spaces', () => {
    const plan = map(bold('Раздел'), para('Мероприятие\tСроки\tОтветственные'), para('1.\tДата\tоктябрь\tИванова,Петрова; Сидорова;'));
    expect(plan.sections[0]!.items.map(({ activity, timing, responsible }) => ({ activity, timing, responsible }))).toEqual([
      { activity: 'Дата', timing: 'октябрь', responsible: ['Иванова', 'Петрова', 'Сидорова'] },
    ]);
    expect(plan.notes.filter((note) => note.code === 'import-unplaced-text')).toEqual([]);
  });

  it('reads a heading ending in how often after up to four words of who does it, not more', () => {
    const plan = map(
      para('Ежедневно'),
      para('1. Планёрка'),
      para('Зам. директора по ВР ежемесячно:'),
      para('2. Совещание'),
      para('Заместитель директора по воспитательной работе ежемесячно'),
      para('3. Отчёт'),
    );
    expect(outline(plan)).toEqual([
      ['Ежедневно', '1:Планёрка'],
      ['Ежемесячно', '2:Совещание', '3:Заместитель директора по воспитательной работе ежемесячно', '4:Отчёт'],
    ]);
  });

  it('reads a dated item’s days with a dash spaced any way, a heading’s last stop only, and speakers named with no space after the comma', () => {
    const plan = map(
      bold('Работа с родит. комитетом:'),
      para('• 16 - 22 сентября – Неделя безопасности'),
      para('• 3-5 октября – Акция'),
      para('• 7 -9 ноября – Выставка'),
      para('• 1- 2 декабря – Ярмарка'),
      para('• Доклад (Корецкая Н.А.,Ярошук Л.В.)'),
    );
    expect(plan.sections.map((section) => section.heading)).toEqual(['Работа с родит. комитетом']);
    expect(plan.sections[0]!.items.map((item) => item.timing)).toEqual(['16–22 сентября', '3–5 октября', '7–9 ноября', '1–2 декабря', undefined]);
    expect(plan.sections[0]!.items[4]!.responsible).toEqual(['Корецкая Н.А.', 'Ярошук Л.В.']);
  });

  it('keeps a cyclogram’s dated item whole, and a month in brackets only at the end of a section’s name', () => {
    const cyclogram = map(para('Ежемесячно'), para('1. 1 сентября – линейка'));
    expect(outline(cyclogram)).toEqual([['Ежемесячно', '1:1 сентября – линейка']]);
    const plan = map(bold('Заседание № 1 (сентябрь)'), para('1. Доклад'), bold('Заседание № 2 (октябрь) итоги'), para('2. Анализ'));
    expect(outline(plan)).toEqual([
      ['Заседание № 1 (сентябрь)', '1:Доклад @сентябрь'],
      ['Заседание № 2 (октябрь) итоги', '2:Анализ'],
    ]);
  });

  it('reads a month after a Roman numeral of several letters, with or without a space, and starts no section at an empty bold line', () => {
    const plan = map(para('II. Октябрь'), para('1. Семинар'), bold(''), para('2. Практикум'), para('III.Ноябрь'), para('3. Отчёт'));
    expect(outline(plan)).toEqual([
      ['Октябрь', '1:Семинар @октябрь', '2:Практикум @октябрь'],
      ['Ноябрь', '3:Отчёт @ноябрь'],
    ]);
  });

  it('starts at the first heading with an item under it: a bold title over it heads nothing', () => {
    const plan = map(bold('План работы на 2023-2024 учебный год'), para(''), bold('Сентябрь'), para('– Семинар'), bold('Октябрь.'), para('– Практикум'));
    expect(outline(plan)).toEqual([
      ['Сентябрь', '1:Семинар @сентябрь'],
      ['Октябрь', '2:Практикум @октябрь'],
    ]);
    expect(plan.title).toBe('План работы');
    expect(plan.academicYear).toBe('2023-2024');
  });

  it('reads a cyclogram by its periodicities, other headings then being items', () => {
    const plan = map(
      para('Циклограмма'),
      para(''),
      para('Еженедельно:'),
      para('1. Планёрка'),
      bold('Важное'),
      para('2 раза в месяц'),
      para('– Совещание'),
      para('В конце учебного года'),
      para('– Отчёт'),
    );
    expect(plan.kind).toBe('cyclogram');
    expect(outline(plan)).toEqual([
      ['Еженедельно', '1:Планёрка', '2:Важное'],
      ['2 раза в месяц', '3:Совещание'],
      ['В конце учебного года', '4:Отчёт'],
    ]);
  });

  it('takes as headings neither long lines, nor lines of several lines, nor bold lines ending in a full stop, comma or semicolon', () => {
    const plan = map(bold('Раздел'), para('1. Семинар'), bold('Д'.repeat(81)), bold('первая\nвторая'), bold('Итоги.'), bold('Итоги;'), bold('Итоги,'));
    expect(outline(plan)).toEqual([['Раздел', '1:Семинар', `2:${'Д'.repeat(81)}`, '3:первая\nвторая', '4:Итоги.', '5:Итоги;', '6:Итоги,']]);
  });

  it('reads the signature under the last list, and keeps the unmarked lines before it', () => {
    const plan = map(bold('Раздел'), para('1. Семинар'), para('2. Практикум'), para('Заместитель директора'), para('О.П. Сидорова'));
    expect(plan.signature).toEqual({ position: 'Заместитель директора', name: 'О.П. Сидорова' });
    expect(outline(plan)).toEqual([['Раздел', '1:Семинар', '2:Практикум']]);
  });

  it('looks for the signature in the last four unmarked lines only', () => {
    const plan = map(bold('Раздел'), para('1. Семинар'), para('a'), para('b'), para('c'), para('d'), para('Директор ___ О.П. Сидорова'));
    // the position takes the lines above the name's line too, up to four in all
    expect(plan.signature).toEqual({ position: 'b\nc\nd\nДиректор', name: 'О.П. Сидорова' });
    expect(outline(plan)[0]).toEqual(['Раздел', '1:Семинар', '2:a']);
  });

  it('says there is no title, and takes the year from the text', () => {
    const plan = map(bold('Раздел'), para('1. Семинар на 2024-2025 учебный год'));
    expect(plan.notes).toEqual([
      { code: 'import-no-title', place: { paragraph: 1 } },
      { code: 'import-year-from-text', place: { paragraph: 2 }, text: '2024-2025' },
    ]);
    expect(plan.academicYear).toBe('2024-2025');
  });

  it('is a cyclogram when its title says so, and no plan without a heading over an item', () => {
    expect(map(para('Циклограмма работы'), para(''), bold('Раздел'), para('1. Семинар')).kind).toBe('cyclogram');
    expect(() => map(bold('Раздел'), bold('Другой'))).toThrow(expect.objectContaining({ problem: 'no-table' }));
    expect(() => map(para('1. Семинар'), para('2. Практикум'))).toThrow(expect.objectContaining({ problem: 'no-table' }));
    expect(() => map(bold('Раздел'), para(''), table([['x']]))).toThrow(expect.objectContaining({ problem: 'no-plan-table' }));
  });
});

describe('the text above the plan', () => {
  it('reads stamps on both sides of tabbed lines and takes the title from the group above the table', () => {
    const plan = map(
      para('СОГЛАСОВАНО\t\tУТВЕРЖДАЮ'),
      para('Председатель\t\tДиректор'),
      para('О.П. Сидорова\t\tЕ.Н. Филатова'),
      para(''),
      para('Что-то ещё'),
      para(''),
      para('План работы'),
      para('на 2023-2024 учебный год'),
      PLAN_TABLE,
    );
    expect(plan.approvals.map((a) => a.stamp)).toEqual(['СОГЛАСОВАНО', 'УТВЕРЖДАЮ']);
    expect(plan.title).toBe('План работы');
    expect(plan.notes).toContainEqual({ code: 'import-unplaced-text', place: { paragraph: 5 }, text: 'Что-то ещё' });
  });

  it('reads a line starting with a tab as one line, not two sides', () => {
    const plan = map(para('\tПлан работы'), PLAN_TABLE);
    expect(plan.title).toBe('План работы');
  });

  it('reads stamps laid out in a borderless table above, each cell on its own', () => {
    const plan = map(
      table([
        ['СОГЛАСОВАНО\n\nПредседатель\n\nО.П. Сидорова', 'УТВЕРЖДАЮ\n\nДиректор\n\nЕ.Н. Филатова'],
        ['', 'Лишнее'],
      ]),
      para('План работы'),
      PLAN_TABLE,
    );
    expect(plan.approvals.map((a) => a.stamp)).toEqual(['СОГЛАСОВАНО', 'УТВЕРЖДАЮ']);
    expect(plan.title).toBe('План работы');
    expect(plan.notes).toContainEqual({ code: 'import-unplaced-text', place: { table: 1, row: 2 }, text: 'Лишнее' });
  });

  it('takes what is left above for the title when no empty line sets it apart, and ends a group at a stamp', () => {
    const plan = map(table([['План работы']]), PLAN_TABLE);
    expect(plan.title).toBe('План работы');
    const stamped = map(para('Отдел'), para('УТВЕРЖДАЮ'), para('Директор'), para('Е.Н. Филатова'), para('План'), PLAN_TABLE);
    expect(stamped.title).toBe('План');
    expect(stamped.notes).toContainEqual({ code: 'import-unplaced-text', place: { paragraph: 1 }, text: 'Отдел' });
  });

  it('keeps the front matter, the first of each kind found', () => {
    const plan = map(
      table([['Приложение 1\n\nк приказу № 5', 'Цель: первая']]),
      para('2025 год – Год защитника Отечества'),
      para('Цель: вторая'),
      para(''),
      para('Задачи:'),
      para('1. Первая.'),
      para(''),
      para('План работы'),
      PLAN_TABLE,
    );
    expect(plan).toMatchObject({
      appendixTo: 'Приложение 1\nк приказу № 5',
      epigraph: '2025 год – Год защитника Отечества',
      goal: 'первая',
      tasks: ['Первая.'],
      title: 'План работы',
    });
  });

  it('reads the academic year from a table’s cell, with the table’s number and row', () => {
    const plan = map(para('План'), PLAN_TABLE, table([['x'], ['на 2024/25 уч. год']]));
    expect(plan.notes).toContainEqual({ code: 'import-year-from-text', place: { table: 2, row: 2 }, text: '2024-2025' });
    expect(plan.academicYear).toBe('2024-2025');
  });

  it('takes the year of the title or its period over any written elsewhere', () => {
    const plan = map(para('План на период с 1 сентября 2023 по 31 мая 2024'), PLAN_TABLE, para('на 2030-2031 учебный год'));
    expect(plan.period).toEqual({ from: '2023-09-01', to: '2024-05-31' });
    expect(plan.academicYear).toBeUndefined();
  });
});

describe('the edges of a plan without a table', () => {
  it('takes a bold line of 80 characters for a heading, and strips a Roman numeral with or without a space', () => {
    const plan = map(bold('Д'.repeat(80)), para('1. Семинар'), bold('XII.Итоги'), para('2. Отчёт'), bold('Работа, учёба'), para('3. Урок'));
    expect(plan.sections.map((section) => section.heading)).toEqual(['Д'.repeat(80), 'Итоги', 'Работа, учёба']);
  });

  it('reads a cyclogram’s periodicity after a Roman numeral, and starts at its first periodicity', () => {
    const plan = map(bold('Важное'), para('1. Вступление'), para(''), para('I. Еженедельно'), para('1. Планёрка'));
    expect(outline(plan)).toEqual([['Еженедельно', '1:Планёрка']]);
  });

  it('reads items whole, skipping empty paragraphs and tables between them, and leaves empty sections out', () => {
    const plan = map(bold('Раздел'), para('1. Семинар'), para(''), table([['x']]), para('2. Практикум'), bold('Пустой'));
    expect(plan.sections).toEqual([
      {
        heading: 'Раздел',
        items: [
          { number: '1', id: '1', activity: 'Семинар', responsible: [], place: { paragraph: 2 } },
          { number: '2', id: '2', activity: 'Практикум', responsible: [], place: { paragraph: 4 } },
        ],
      },
    ]);
    expect(plan.extraColumns).toEqual([]);
  });

  it('keeps the lines after the list that are not part of the signature', () => {
    const kept = map(bold('Раздел'), para('1. Семинар'), para('Директор ___ О.П. Сидорова'), para('Примечание'));
    expect(kept.signature).toEqual({ position: 'Директор', name: 'О.П. Сидорова' });
    expect(outline(kept)).toEqual([['Раздел', '1:Семинар', '2:Примечание']]);
  });

  it('names text above the first heading by its table and row, and notes no title only when there is none', () => {
    const plan = map(table([['Лишнее']]), para('План работы на 2023-2024 учебный год'), para(''), bold('Раздел'), para('1. Семинар на 2030-2031 учебный год'));
    expect(plan.title).toBe('План работы');
    expect(plan.academicYear).toBe('2023-2024');
    expect(plan.notes).toEqual([{ code: 'import-unplaced-text', place: { table: 1, row: 1 }, text: 'Лишнее' }]);
    const period = map(para('План на период с 1 сентября 2023 по 31 мая 2024'), para(''), bold('Раздел'), para('1. Семинар на 2030-2031 учебный год'));
    expect(period.academicYear).toBeUndefined();
    expect(map(para('План и циклограмма'), para(''), bold('Раздел'), para('1. Семинар')).kind).toBe('plan');
  });
});

describe('the edges of the text above the plan', () => {
  const unplaced = (plan: ImportedPlan) => plan.notes.filter((note) => note.code === 'import-unplaced-text').map((note) => note.text);

  it('reads a line without tabs once, and only the last side of a line with several', () => {
    expect(unplaced(map(para('План работы'), PLAN_TABLE))).toEqual([]);
    expect(unplaced(map(para('Слева\tсередина\tСправа'), para(''), para('План'), PLAN_TABLE))).toEqual(['Слева', 'Справа']);
  });

  it('takes the last group of lines for the title even when an empty line closes it', () => {
    const plan = map(para('Отдел'), para(''), para('План'), para(''), PLAN_TABLE);
    expect(plan.title).toBe('План');
    expect(unplaced(plan)).toEqual(['Отдел']);
  });

  it('reads a tab in a title taken from a cell as a space', () => {
    expect(map(table([['План\tработы']]), PLAN_TABLE).title).toBe('План работы');
  });

  it('reads a stamp over an empty paragraph', () => {
    expect(map(para('УТВЕРЖДАЮ'), para(''), para('Директор'), para('Е.Н. Филатова'), para(''), para('План'), PLAN_TABLE).approvals).toEqual([
      { stamp: 'УТВЕРЖДАЮ', position: 'Директор', name: 'Е.Н. Филатова' },
    ]);
  });
});

describe('the edges of a plan without a table', () => {
  it('drops a section’s Roman numeral, with «Раздел» before it, only at the heading’s start', () => {
    const plan = map(bold('Раздел IV. Работа с родителями'), para('1. Собрание'), bold('Этап II. Итоги'), para('2. Семинар'));
    expect(outline(plan)).toEqual([
      ['Работа с родителями', '1:Собрание'],
      ['Этап II. Итоги', '2:Семинар'],
    ]);
  });

  it('takes a bold line ending in a Roman numeral and its stop for an item, not a heading', () => {
    const plan = map(bold('Раздел'), para('1. Семинар'), bold('Итоги IV.'), para('2. Лекция'));
    expect(outline(plan)).toEqual([['Раздел', '1:Семинар', '2:Итоги IV.', '3:Лекция']]);
  });

  it('finds the signature under a list none of whose lines is numbered', () => {
    const plan = map(bold('Раздел'), para('Семинар для классных руководителей.'), para('Руководитель центра ___ Т.А. Иванова'));
    expect(plan.signature).toEqual({ position: 'Руководитель центра', name: 'Т.А. Иванова' });
    expect(outline(plan)).toEqual([['Раздел', '1:Семинар для классных руководителей.']]);
  });

  it('is no plan when the only line under its heading is the signature', () => {
    expect(() => map(bold('Раздел'), para('Руководитель центра ___ Т.А. Иванова'))).toThrow(expect.objectContaining({ problem: 'no-table' }));
  });

  it('numbers the tables above the first heading among tables only', () => {
    const plan = map(para('Школа № 1'), para(''), table([['Лишнее']]), para('План работы'), para(''), bold('Раздел'), para('1. Семинар'));
    expect(plan.notes).toContainEqual({ code: 'import-unplaced-text', place: { table: 1, row: 1 }, text: 'Лишнее' });
  });
});
