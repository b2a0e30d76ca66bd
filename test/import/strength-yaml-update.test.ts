// The YAML an import writes (keys in order, ids bare or quoted, block scalars,
// comments above items) and `plan import --update` over a kept plan (items
// matched by wording, then by likeness; ids kept or numbered after the item
// before; hand-written keys kept; what changed reported).
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import type { ImportedItem, ImportedPlan } from '../../src/import/imported-plan.js';
import { planObject, planYaml, rowKey } from '../../src/import/plan-yaml.js';
import { updatePlan } from '../../src/import/update-plan.js';
import type { PlanDocument } from '../../src/schema/plan.js';
import { iso } from '../helpers/iso.js';

const item = (activity: string, extra: Partial<ImportedItem> = {}, row = 2): ImportedItem => ({
  activity,
  responsible: [],
  place: { table: 1, row },
  ...extra,
});
const imported = (items: ImportedItem[], extra: Partial<ImportedPlan> = {}): ImportedPlan => ({
  kind: 'plan',
  title: 'План работы',
  approvals: [],
  extraColumns: [],
  sections: [{ heading: 'Раздел', items }],
  notes: [],
  ...extra,
});
const previous = (items: Record<string, unknown>[], extra: Record<string, unknown> = {}) =>
  ({ kind: 'plan', title: 'План работы', sections: [{ title: 'Раздел', items }], ...extra }) as unknown as PlanDocument;

describe('the plan object', () => {
  it('writes only the keys that have a value, in the README’s order', () => {
    const full = planObject(
      imported(
        [
          item('Семинар', {
            id: '2.1',
            timing: 'май',
            responsible: ['Центр'],
            events: [{ title: 'Итоги', date: '2024-05-31' }],
            note: 'для всех',
            extra: { Классы: '5' },
            kept: { schedule: { on: '2024-05-01' } },
          }),
        ],
        {
          appendixTo: 'Приложение 1',
          epigraph: 'Год семьи',
          academicYear: '2023-2024',
          period: { from: iso('2023-09-01'), to: iso('2024-05-31') },
          goal: 'Цель',
          tasks: ['Задача'],
          approvals: [{ stamp: 'УТВЕРЖДАЮ', position: 'Директор', name: 'Е.Н. Филатова' }],
          extraColumns: [{ title: 'Классы' }],
          signature: { position: 'Директор', name: 'Е.Н. Филатова' },
          kept: { organisation: 'МБОУ' },
        },
      ),
    );
    expect(Object.keys(full)).toEqual([
      'kind',
      'appendixTo',
      'title',
      'epigraph',
      'academicYear',
      'period',
      'goal',
      'tasks',
      'approvals',
      'columns',
      'sections',
      'signature',
      'organisation',
    ]);
    expect((full.sections as { items: Record<string, unknown>[] }[])[0]!.items[0]).toEqual({
      id: '2.1',
      activity: 'Семинар',
      timing: 'май',
      responsible: ['Центр'],
      events: [{ title: 'Итоги', date: '2024-05-31' }],
      note: 'для всех',
      extra: { Классы: '5' },
      schedule: { on: '2024-05-01' },
    });
    // strict: a key written with no value (id: undefined) would be a key too many
    expect(planObject(imported([item('Семинар')], { tasks: [] }))).toStrictEqual({
      kind: 'plan',
      title: 'План работы',
      sections: [{ title: 'Раздел', items: [{ activity: 'Семинар' }] }],
    });
  });

  it('heads a cyclogram’s sections by periodicity', () => {
    expect(planObject(imported([item('x')], { kind: 'cyclogram' })).sections).toEqual([{ periodicity: 'Раздел', items: [{ activity: 'x' }] }]);
  });

  it('writes a whole id of up to nine digits as a number, and any other as text', () => {
    const ids = ['0', '14', '123456789', '1234567890', '01', '2.1', '1a'].map(
      (id) => (planObject(imported([item('x', { id })])).sections as { items: { id: unknown }[] }[])[0]!.items[0]!.id,
    );
    expect(ids).toEqual([0, 14, 123456789, '1234567890', '01', '2.1', '1a']);
  });
});

describe('the YAML', () => {
  const yaml = (plan: ImportedPlan, items = new Map<string, string[]>(), header: string[] = []) =>
    planYaml(plan, './schemas/plan.schema.json', { header, items });

  it('starts with the schema line and the header comments, and puts comments above the items they are about', () => {
    const text = yaml(
      imported([item('Семинар', { id: '1' }, 2), item('Практикум', { id: '2' }, 3)]),
      new Map([[rowKey({ table: 1, row: 3 }), ['проверьте сроки', 'и ответственных']]]),
      ['источник: план.docx'],
    );
    expect(text.split('\n').slice(0, 4)).toEqual(['# yaml-language-server: $schema=./schemas/plan.schema.json', '# источник: план.docx', '', 'kind: plan']);
    expect(text).toContain('      # проверьте сроки\n      # и ответственных\n      - id: 2');
    expect(text).not.toMatch(/#[^\n]*\n\s*- id: 1/);
  });

  it('writes multi-line texts as literal blocks, long ones as folded blocks, and short or oddly spaced ones on their line', () => {
    const long = 'Семинар для классных руководителей о работе с родителями обучающихся школы';
    expect(long.length).toBeGreaterThan(72);
    const text = yaml(imported([item('Конкурс:\n- первый этап'), item(long), item(`${long}  двойной`), item('x'.repeat(72))]));
    const document = parseDocument(text);
    const items = (document.toJS() as { sections: { items: { activity: string }[] }[] }).sections[0]!.items;
    expect(items.map((i) => i.activity)).toEqual(['Конкурс:\n- первый этап', long, `${long}  двойной`, 'x'.repeat(72)]);
    expect(text).toContain('activity: |-\n');
    expect(text).toContain('activity: >-\n');
    expect(text).toContain(`activity: ${'x'.repeat(72)}\n`);
    expect(text).toContain(`activity: ${long}  двойной\n`);
    expect(text).toMatch(new RegExp(`activity: ${long} \\n|activity: ${long}  `));
  });

  it('folds long texts inside lists and objects too, and leaves numbers as they are', () => {
    const long = 'Ответственный за проведение мероприятий заместитель директора по воспитательной работе';
    const text = yaml(
      imported([item('x', { responsible: [long], id: '3' })], { approvals: [{ stamp: 'УТВЕРЖДАЮ', position: `${long}\nшколы`, name: 'Е.Н. Филатова' }] }),
    );
    expect(text).toContain('- >-\n');
    expect(text).toContain('position: |-\n');
    expect(text).toContain('- id: 3\n');
  });

  it('keeps a multi-line text’s lines as written, however long, and writes a kept empty value', () => {
    const line = 'слово '.repeat(30).trim();
    const text = yaml(imported([item(`${line}\nвторая строка`)], { kept: { comment: null } }));
    expect(text).toContain(`activity: |-\n          ${line}\n          вторая строка\n`);
    expect(parseDocument(text).toJS()).toMatchObject({ comment: null });
  });

  it('puts a comment above the item of its own table and paragraph only', () => {
    expect(
      new Set([rowKey({ table: 1, row: 2 }), rowKey({ table: 2, row: 2 }), rowKey({ paragraph: 2 }), rowKey({ paragraph: 3 }), rowKey({ row: 2 })]).size,
    ).toBe(5);
    const text = yaml(
      imported([item('Семинар', { id: '1' }, 2), item('Практикум', { id: '2', place: { table: 2, row: 2 } })]),
      new Map([[rowKey({ table: 2, row: 2 }), ['со второй таблицы']]]),
    );
    expect(text).toContain('# со второй таблицы\n      - id: 2');
    expect(text.match(/со второй таблицы/g)).toHaveLength(1);
  });

  it('writes sections whose items are not a list as they are', () => {
    const text = yaml(imported([]));
    expect(parseDocument(text).toJS()).toEqual({ kind: 'plan', title: 'План работы', sections: [{ title: 'Раздел', items: [] }] });
  });
});

describe('an update over a kept plan', () => {
  it('keeps the id of an item with the same wording, whatever its case, spaces, ё and typography', () => {
    const { plan, changes } = updatePlan(previous([{ id: 7, activity: 'Семинар «Ёлка» 2021г.' }]), imported([item('семинар "елка"  2021 г.', { id: '1' })]));
    expect(plan.sections[0]!.items[0]!.id).toBe('7');
    expect(changes).toEqual({ kept: 1, added: [], changed: [], removed: [] });
  });

  it('matches a reworded item by its words of four letters or more, from 60 % alike, and reports it changed', () => {
    const { plan, changes } = updatePlan(
      previous([
        { id: 3, activity: 'Семинар классных руководителей школы района' },
        { id: 4, activity: 'Совещание при директоре' },
      ]),
      imported([item('Семинар классных руководителей школы города', { id: '1' }), item('Совещание', { id: '2' })]),
    );
    // 4 of 5 words in common: 80 %; «Совещание» alone: 1 of 3 words
    expect(plan.sections[0]!.items.map((i) => i.id)).toEqual(['3', '3.1']);
    expect(changes).toEqual({ kept: 0, added: ['Совещание'], changed: ['Семинар классных руководителей школы города'], removed: ['Совещание при директоре'] });
  });

  it('matches at 60 % exactly, and reads ё as е and any case alike when it compares words', () => {
    const { plan } = updatePlan(
      previous([
        { id: 3, activity: 'Семинар классных руководителей школы района' },
        { id: 4, activity: 'Ёлочный фестиваль рисунков учащихся' },
      ]),
      imported([item('Семинар классных руководителей города области'), item('ЕЛОЧНЫЙ фестиваль рисунков школьников')]),
    );
    // 3 of 5 words in common; 3 of 4 once «Ёлочный» is «елочный»
    expect(plan.sections[0]!.items.map((i) => i.id)).toEqual(['3', '4']);
  });

  it('leaves words of three letters out of the likeness', () => {
    const { plan, changes } = updatePlan(previous([{ id: 5, activity: 'Конкурс чтецов «Наш дом»' }]), imported([item('Конкурс чтецов «Мой сад»')]));
    expect(plan.sections[0]!.items[0]!.id).toBe('5');
    expect(changes.changed).toEqual(['Конкурс чтецов «Мой сад»']);
  });

  it('matches an item of the same wording once, and gives the most alike of the rest to no other', () => {
    const { plan, changes } = updatePlan(
      previous([
        { id: 1, activity: 'Классный час здоровье семья спорт' },
        { id: 2, activity: 'Классный час здоровье семья спорт дети' },
      ]),
      imported([item('Классный час здоровье семья спорт')]),
    );
    expect(plan.sections[0]!.items[0]!.id).toBe('1');
    expect(changes.removed).toEqual(['Классный час здоровье семья спорт дети']);
  });

  it('reports a kept item changed when a word of its responsible is split or two are joined', () => {
    const changedBy = (before: string[], after: string[]) =>
      updatePlan(previous([{ id: 1, activity: 'Семинар', responsible: before }]), imported([item('Семинар', { responsible: after })])).changes.changed;
    expect(changedBy(['Анна', 'Мария'], ['АннаМария'])).toEqual(['Семинар']);
    expect(changedBy(['АннаМария'], ['Анна', 'Мария'])).toEqual(['Семинар']);
    expect(changedBy(['Иванова И.И.'], ['Ивано ва И.И.'])).toEqual(['Семинар']);
    expect(changedBy(['Иванова И.И.', 'Петров П.П.'], ['Иванова И.И. Петров П.П.'])).toEqual([]);
  });

  it('numbers a new item past the kept items’ document numbers only where the kept plan had no id', () => {
    // «Новое» after 1: «1.1», though the kept «Практикум» (id 3) stands at the document's «1.1»
    const { plan } = updatePlan(
      previous([
        { id: 1, activity: 'Семинар' },
        { id: 3, activity: 'Практикум' },
      ]),
      imported([item('Семинар', { id: '1' }), item('Новое', { id: '2' }), item('Практикум', { id: '1.1' })]),
    );
    expect(plan.sections[0]!.items.map((i) => i.id)).toEqual(['1', '1.1', '3']);
  });

  it('numbers a new item at the top after the greatest number of two figures or more', () => {
    const { plan } = updatePlan(
      previous([
        { id: 9, activity: 'Семинар' },
        { id: 12, activity: 'Практикум' },
      ]),
      imported([item('Новое'), item('Семинар'), item('Практикум')]),
    );
    expect(plan.sections[0]!.items.map((i) => i.id)).toEqual(['13', '9', '12']);
  });

  it('keeps the kept plan’s events only for an item the document gives none', () => {
    const events = [{ title: 'Итоги', date: '2024-05-31' }];
    const { plan } = updatePlan(
      previous([{ id: 1, activity: 'Семинар', events }]),
      imported([item('Семинар', { events: [{ title: 'Новые итоги', date: '2024-05-30' }] })]),
    );
    expect(plan.sections[0]!.items[0]!.kept).toBeUndefined();
  });

  it('keeps nothing written by hand for an item that has none', () => {
    const { plan } = updatePlan(previous([{ id: 1, activity: 'Семинар' }]), imported([item('Семинар')]));
    expect(plan.sections[0]!.items[0]).toStrictEqual({ activity: 'Семинар', responsible: [], place: { table: 1, row: 2 }, id: '1' });
  });

  it('takes the most alike of the kept items, and each once', () => {
    const { plan } = updatePlan(
      previous([
        { id: 1, activity: 'Классный час здоровье семья' },
        { id: 2, activity: 'Классный час здоровье семья спорт' },
      ]),
      imported([item('Классный час здоровье семья спорт дети'), item('Классный час здоровье семья школа')]),
    );
    expect(plan.sections[0]!.items.map((i) => i.id)).toEqual(['2', '1']);
  });

  it('matches nothing on short words alone, nor on an empty activity', () => {
    const { changes } = updatePlan(previous([{ id: 1, activity: 'и в на для' }]), imported([item('и в на для'.toUpperCase() + '!')]));
    expect(changes.kept).toBe(1);
    const none = updatePlan(previous([{ id: 1, activity: 'и в' }]), imported([item('и на')]));
    expect(none.changes).toEqual({ kept: 0, added: ['и на'], changed: [], removed: ['и в'] });
  });

  it('reports a change of timing or responsible, and keeps what was written by hand unless the document now has it', () => {
    const { plan, changes } = updatePlan(
      previous([
        {
          id: 1,
          activity: 'Семинар',
          timing: 'май',
          responsible: ['Центр'],
          schedule: { on: '2024-05-15' },
          note: 'своя',
          events: [{ title: 'a', date: '2024-05-15' }],
        },
        { id: 2, activity: 'Практикум', timing: 'май' },
        { id: 3, activity: 'Лекция', responsible: ['Центр'], note: 'старая' },
      ]),
      imported([
        item('Семинар', { timing: 'май', responsible: ['Центр'] }),
        item('Практикум', { timing: 'июнь' }),
        item('Лекция', { responsible: ['Завуч'], note: 'новая' }),
      ]),
    );
    expect(changes).toEqual({ kept: 1, added: [], changed: ['Практикум', 'Лекция'], removed: [] });
    expect(plan.sections[0]!.items.map((i) => i.kept)).toEqual([
      { schedule: { on: '2024-05-15' }, note: 'своя', events: [{ title: 'a', date: '2024-05-15' }] },
      undefined,
      undefined,
    ]);
    expect(plan.sections[0]!.items[2]!.note).toBe('новая');
  });

  it('numbers a new item after the one before it, and one at the top after the last number kept', () => {
    const { plan, changes } = updatePlan(
      previous([
        { id: 1, activity: 'Семинар' },
        { id: 2, activity: 'Практикум' },
        { id: '2.1', activity: 'Лекция' },
        { id: 'a', activity: 'Урок' },
      ]),
      imported([
        item('Новое в начале'),
        item('Семинар'),
        item('Новое после первого'),
        item('Ещё новое'),
        item('Лекция'),
        item('Практикум'),
        item('Новое после второго'),
        item('Урок'),
        item('Последнее'),
      ]),
    );
    expect(plan.sections[0]!.items.map((i) => i.id)).toEqual(['3', '1', '1.1', '1.1.1', '2.1', '2', '2.2', 'a', 'a.1']);
    expect(changes.added).toEqual(['Новое в начале', 'Новое после первого', 'Ещё новое', 'Новое после второго', 'Последнее']);
    expect(changes.removed).toEqual([]);
  });

  it('keeps the document’s own numbers when nothing is kept, unless a removed item had one; new items are numbered after every old id', () => {
    expect(updatePlan(previous([{ id: 1, activity: 'Старое' }]), imported([item('Новое', { id: '5' })])).plan.sections[0]!.items[0]!.id).toBe('5');
    expect(updatePlan(previous([{ id: 5, activity: 'Старое' }]), imported([item('Новое', { id: '5' })])).plan.sections[0]!.items[0]!.id).toBe('6');
    expect(updatePlan(previous([{ id: 1, activity: 'Старое' }]), imported([item('Новое'), item('Другое')])).plan.sections[0]!.items.map((i) => i.id)).toEqual([
      '2',
      '2.1',
    ]);
  });

  it('never gives a removed item’s id to a new one, so the record’s entries for it name no item rather than another activity', () => {
    // 1 is kept; 2.1 and 9 are removed; the new item after 1 and the new item at the top must take neither
    const { plan, changes } = updatePlan(
      previous([
        { id: 9, activity: 'Удалённое в начале' },
        { id: 1, activity: 'Заседание методического объединения' },
        { id: '1.1', activity: 'Удалённое после первого' },
      ]),
      imported([item('Новое в начале'), item('Заседание методического объединения'), item('Конкурс чтецов')]),
    );
    expect(plan.sections[0]!.items.map((i) => i.id)).toEqual(['10', '1', '1.2']);
    expect(changes.removed).toEqual(['Удалённое в начале', 'Удалённое после первого']);
  });

  it('numbers a new item past a number the document itself gave a kept item whose old version had no id', () => {
    const { plan } = updatePlan(previous([{ activity: 'Семинар' }]), imported([item('Новое'), item('Семинар', { id: '1' })]));
    expect(plan.sections[0]!.items.map((i) => i.id)).toEqual(['2', '1']);
  });

  it('takes the first line of an activity to report it', () => {
    const { changes } = updatePlan(previous([{ id: 1, activity: ' Старое \nвторая' }]), imported([item(' Новое \nстрока')]));
    expect(changes).toEqual({ kept: 0, added: ['Новое'], changed: [], removed: ['Старое'] });
  });

  it('keeps an item without an id in the kept plan as it is imported', () => {
    const { plan } = updatePlan(previous([{ activity: 'Семинар' }]), imported([item('Семинар', { id: '4' }), item('Новое')]));
    expect(plan.sections[0]!.items.map((i) => i.id)).toEqual(['4', '1']);
  });

  it('keeps the plan’s hand-written keys the document does not have, and a landscape orientation only', () => {
    const kept = {
      organisation: 'МБОУ «СОШ № 1»',
      period: { from: '2023-09-01', to: '2024-05-31' },
      orientation: 'landscape',
      goal: 'Цель',
      tasks: ['Задача'],
      epigraph: 'Девиз',
      appendixTo: 'Приложение',
      signature: { position: 'Директор', name: 'Е.Н. Филатова' },
    };
    expect(updatePlan(previous([], kept), imported([])).plan.kept).toEqual(kept);
    expect(updatePlan(previous([], { orientation: 'portrait' }), imported([])).plan.kept).toBeUndefined();
    expect(updatePlan(previous([], { orientation: 'portrait', goal: 'Цель' }), imported([])).plan.kept).toEqual({ goal: 'Цель' });
    expect(updatePlan(previous([], { goal: 'Старая' }), imported([], { goal: 'Новая' })).plan.kept).toBeUndefined();
  });
});
