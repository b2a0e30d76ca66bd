// The mapper on any document: it either finds a plan or says why not (an
// ImportError), and what it finds always writes out as YAML that reads back
// as the same plan.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mapPlan } from '../../src/import/map-plan.js';
import { planObject, planYaml } from '../../src/import/plan-yaml.js';
import { gridFromSpans, paragraphOf, type Block } from '../../src/import/table-model.js';

const words = fc.constantFrom(
  'Мероприятие',
  'Сроки',
  'Ответственные',
  '№',
  'Классы',
  'I.',
  '1.',
  'Модуль «Дела»',
  'СОГЛАСОВАНО',
  'УТВЕРЖДАЮ',
  'Директор',
  '________ Е.Н. Филатова',
  '« ___ » ________ 2023 г.',
  'на 2023-2024 учебный год',
  'до 15 мая',
  '5-9',
  '– «Собрание» (27 сентября 2023)',
  'Примечание: для родителей',
  'МБОУ «СОШ № 1», г. Бузулук',
  ': #',
  "'",
  '"',
  '- ',
  '|',
  '>',
  '',
  '\t',
  'приказом от 30.08.2023 № 5',
);
const text = fc.array(words, { maxLength: 4 }).map((parts) => parts.join(' '));
const paragraph = fc.record({ text, bold: fc.boolean(), italic: fc.boolean(), listItem: fc.boolean() }).map((p) => paragraphOf(p.text, p));
const cell = fc.record({ paragraphs: fc.array(paragraph, { maxLength: 3 }), colSpan: fc.integer({ min: 1, max: 4 }), rowSpan: fc.integer({ min: 1, max: 3 }) });
const table = fc
  .record({
    rows: fc.array(fc.record({ cells: fc.array(cell, { minLength: 1, maxLength: 5 }), header: fc.boolean() }), { minLength: 1, maxLength: 8 }),
    bordered: fc.boolean(),
  })
  .map(({ rows, bordered }): Block => ({ kind: 'table', table: { ...gridFromSpans(rows), bordered } }));
const block = fc.oneof(
  table,
  paragraph.map((p): Block => ({ kind: 'paragraph', paragraph: p })),
);
// a plan table somewhere among the blocks, often enough to reach the mapping
const planRows = (rows: readonly (readonly string[])[]) =>
  gridFromSpans(rows.map((texts) => ({ header: false, cells: texts.map((t) => ({ paragraphs: [paragraphOf(t)], colSpan: 1, rowSpan: 1 })) })));
const planTable: fc.Arbitrary<Block> = fc
  .array(fc.array(text, { minLength: 4, maxLength: 4 }), { maxLength: 6 })
  .map((rows) => ({ kind: 'table', table: { ...planRows([['№', 'Мероприятие', 'Сроки', 'Ответственные'], ...rows]), bordered: true } }));

describe('mapping any document', () => {
  it('finds a plan or says why not, and the plan survives YAML', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 5 }), fc.option(planTable, { nil: undefined }), fc.array(block, { maxLength: 3 }), (before, plan, after) => {
        const blocks = [...before, ...(plan ? [plan] : []), ...after];
        let imported;
        try {
          imported = mapPlan({ blocks });
        } catch (error) {
          expect((error as Error).name).toBe('ImportError');
          return;
        }
        const yaml = planYaml(imported, './schemas/plan.schema.json', { header: ['source'], items: new Map() });
        expect(parse(yaml)).toEqual(planObject(imported));
      }),
      { numRuns: 400 },
    );
  });
});
