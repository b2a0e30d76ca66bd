// import(build(plan)) gives back the plan: for every shipped plan and
// cyclogram, and for generated ones. «The same» is what the rebuilt document
// can tell: texts as `plan build` typesets them, stamps in the order it lays
// them out, event titles without the quotes it adds.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arrangeApprovals } from '../../src/docs/approvals.js';
import { renderPlanDocx } from '../../src/docs/plan-docx.js';
import { EXTRA_COLUMN_SHARE } from '../../src/docs/plan-table.js';
import { hasResponsibleColumn, printedItemNumbers } from '../../src/docs/plan-shape.js';
import { typeset } from '../../src/text/typography.js';
import { readDocx } from '../../src/import/docx.js';
import { mapPlan } from '../../src/import/map-plan.js';
import { planObject } from '../../src/import/plan-yaml.js';
import { validateText } from '../../src/kinds/validate.js';
import { parseDateText, toIsoDate } from '../../src/schema/dates.js';
import type { PlanDocument } from '../../src/schema/plan.js';
import { repoRoot } from '../helpers/cli.js';

/** A text as the document shows it: typeset line by line, no-break spaces as spaces, list marks as «- ». */
const shown = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) =>
      typeset(line)
        .replace(/^[-–—•]\s+/, '- ')
        .replace(/[\u00a0\u202f]/g, ' '),
    )
    .join('\n');
const isoOf = (date: string | number | undefined) => (typeof date === 'string' ? toIsoDate(parseDateText(date)!) : date);
const quoted = (title: string) =>
  shown(title)
    .replace(/^«([^«»]*)»$/, '$1')
    .replace(/„/g, '«')
    .replace(/“/g, '»');

const PLACES = ['activity', 'timing', 'responsible'];

/** What a plan looks like in its document, whatever it was written as. */
export function projection(plan: Record<string, unknown>): unknown {
  const p = plan as unknown as PlanDocument;
  const approvals = arrangeApprovals(p.approvals ?? [])
    .flat()
    .filter((a) => a !== undefined);
  // an id read back is a number when it is a whole one (id: 14)
  const withTextIds = {
    ...p,
    sections: p.sections.map((section) => ({
      ...section,
      items: section.items.map((item) => (item.id === undefined ? item : { ...item, id: String(item.id) })),
    })),
  } as PlanDocument;
  return {
    kind: p.kind,
    appendixTo: p.appendixTo === undefined ? undefined : shown(p.appendixTo),
    title: shown(p.title),
    epigraph: p.epigraph === undefined ? undefined : shown(p.epigraph),
    goal: p.goal === undefined ? undefined : shown(p.goal),
    tasks: p.tasks?.map(shown),
    numbers: printedItemNumbers(withTextIds),
    academicYear: p.academicYear,
    period: p.period && { from: isoOf(p.period.from), to: isoOf(p.period.to) },
    approvals: approvals.map((a) =>
      'position' in a
        ? { stamp: a.stamp, position: shown(a.position), name: shown(a.name), date: isoOf(a.date), orderNumber: a.orderNumber, orderDate: isoOf(a.orderDate) }
        : 'meeting' in a && a.meeting !== undefined
          ? { stamp: a.stamp, meeting: shown(a.meeting), protocolNumber: String(a.protocolNumber), protocolDate: isoOf(a.protocolDate) }
          : { stamp: a.stamp, order: shown(a.order!), orderDate: isoOf(a.orderDate), orderNumber: a.orderNumber },
    ),
    // a column without a width is printed at the default share, and read back with it
    // in the order the document prints them: by the column they follow, then as declared
    columns: (p.columns ?? [])
      // after a responsible column the plan does not print is after the timing
      .map((column) => ({
        title: shown(column.title),
        width: column.width ?? EXTRA_COLUMN_SHARE,
        after: (column.after ?? 'responsible') === 'responsible' && !hasResponsibleColumn(p) ? 'timing' : (column.after ?? 'responsible'),
      }))
      .sort((a, b) => PLACES.indexOf(a.after) - PLACES.indexOf(b.after)),
    sections: p.sections.map((section) => ({
      heading: shown('title' in section ? section.title : section.periodicity),
      items: section.items.map((item) => ({
        activity: shown(item.activity),
        timing: item.timing === undefined ? undefined : shown(item.timing),
        responsible: item.responsible?.map(shown),
        events: (item.events ?? []).map((event) => ({ title: quoted(event.title), date: isoOf(event.date) })),
        note: item.note === undefined ? undefined : shown(item.note),
        extra: Object.fromEntries(Object.entries(item.extra ?? {}).map(([title, value]) => [shown(title), shown(value)])),
      })),
    })),
    signature: p.signature && { position: shown(p.signature.position), name: shown(p.signature.name) },
  };
}

async function roundTrip(plan: PlanDocument): Promise<Record<string, unknown>> {
  const docx = await renderPlanDocx(plan);
  const imported = mapPlan(readDocx(docx));
  return planObject(imported);
}

const shipped = [
  ...readdirSync(path.join(repoRoot, 'plans'))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => path.join(repoRoot, 'plans', name)),
  path.join(repoRoot, 'templates', 'example-plan.yaml'),
  path.join(repoRoot, 'test', 'fixtures', 'plan-500.yaml'),
];

describe('import(build(plan)) gives back the plan', () => {
  for (const file of shipped) {
    const result = validateText(file, readFileSync(file, 'utf8'));
    const kind = result.validated?.kind;
    if (kind !== 'plan' && kind !== 'cyclogram') continue;
    it(path.basename(file), async () => {
      const plan = result.validated!.value as PlanDocument;
      const back = await roundTrip(plan);
      expect(projection(back)).toEqual(projection(plan as unknown as Record<string, unknown>));
      // and what was imported is a valid plan file
      const { stringify } = await import('yaml');
      expect(validateText('back.yaml', stringify(back)).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    });
  }

  it('for generated plans', async () => {
    const word = fc.stringMatching(/^[А-ЯЁ][а-яё]{2,10}$/);
    const text = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(' '));
    const lines = fc
      .array(text, { minLength: 1, maxLength: 3 })
      .map((list) => list.map((line, index) => (index > 0 && line.length % 2 ? `- ${line}` : line)).join('\n'));
    const day = fc.integer({ min: 1, max: 28 });
    const month = fc.integer({ min: 1, max: 12 });
    const date = fc.tuple(day, month).map(([d, m]) => `2024-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    const item = fc.record(
      {
        activity: lines.filter((value) => !/^\d/.test(value)),
        timing: fc.constantFrom('постоянно', 'до 15 декабря', 'каждый 3-й понедельник месяца', 'сентябрь – декабрь 2023 г.', 'по необходимости'),
        responsible: fc.array(text, { minLength: 1, maxLength: 3 }),
        events: fc.array(fc.record({ title: text, date }), { maxLength: 2 }),
        note: text,
      },
      { requiredKeys: ['activity', 'timing'] },
    );
    const signed = fc
      .record({
        stamp: fc.constantFrom('СОГЛАСОВАНО' as const, 'УТВЕРЖДАЮ' as const),
        position: lines.map((value) => value.replace(/^- /gm, '')),
        name: fc.tuple(fc.constantFrom('А', 'Н', 'Е'), fc.constantFrom('В', 'К'), word).map(([a, b, surname]) => `${a}.${b}. ${surname}`),
        date: fc.option(fc.oneof(fc.constant(2023), date), { nil: undefined }),
        orderNumber: fc.option(fc.stringMatching(/^\d{2,3}-од$/), { nil: undefined }),
        orderDate: fc.option(date, { nil: undefined }),
      })
      .map(({ orderNumber, orderDate, ...stamp }) =>
        orderNumber === undefined ? stamp : { ...stamp, orderNumber, ...(orderDate === undefined ? {} : { orderDate }) },
      );
    const order = fc.record({
      stamp: fc.constantFrom('УТВЕРЖДЁН' as const, 'УТВЕРЖДЕНА' as const, 'УТВЕРЖДЕНО' as const),
      order: text.map((value) => `приказом ${value.toLowerCase()}`),
      orderDate: date,
      orderNumber: fc.stringMatching(/^\d{2}-\d{2}\/\d{2,3}$/),
    });
    const protocol = fc.record(
      {
        stamp: fc.constantFrom('УТВЕРЖДЕНО' as const, 'РАССМОТРЕНО' as const, 'ПРИНЯТО' as const),
        meeting: fc.constantFrom('на заседании педагогического совета', 'на заседании МО классных руководителей'),
        protocolNumber: fc.stringMatching(/^[1-9]\d?$/),
        protocolDate: date,
      },
      { requiredKeys: ['stamp', 'meeting', 'protocolNumber'] },
    );
    const columnTitles = fc.subarray(['Классы', 'Форма проведения', 'Место проведения']);
    const plan = fc.record({
      kind: fc.constant('plan' as const),
      appendixTo: fc.option(fc.constantFrom('Приложение № 1 к приказу от 30.08.2023 № 45', 'Приложение 2'), { nil: undefined }),
      title: text,
      epigraph: fc.option(fc.constantFrom('2025 год – Год защитника Отечества', 'Год педагога и наставника'), { nil: undefined }),
      goal: fc.option(
        text.map((value) => `${value}.`),
        { nil: undefined },
      ),
      tasks: fc.option(
        fc.array(
          text.map((value) => `${value};`),
          { minLength: 1, maxLength: 3 },
        ),
        { nil: undefined },
      ),
      ownNumbers: fc.boolean(),
      academicYear: fc.constant('2023-2024'),
      orientation: fc.constantFrom('portrait' as const, 'landscape' as const),
      approvals: fc.array(fc.oneof(signed, order, protocol), { maxLength: 4 }),
      sections: fc.array(fc.record({ title: text, items: fc.array(item, { minLength: 1, maxLength: 4 }) }), { minLength: 1, maxLength: 3 }),
      signature: fc.option(fc.record({ position: text, name: fc.constant('Л.В. Краснова') }), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(
        plan,
        columnTitles,
        fc.array(fc.constantFrom('5-9', 'онлайн', 'выполнено', '1–4 классы')),
        fc.array(fc.constantFrom(undefined, 'activity' as const, 'timing' as const, 'responsible' as const), { minLength: 3, maxLength: 3 }),
        async (base, titles, values, places) => {
          // extra columns with a value in some items
          let n = 0;
          const { ownNumbers, ...fields } = base;
          const withoutUndefined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
          const generated = {
            ...withoutUndefined,
            ...(titles.length > 0
              ? {
                  columns: titles.map((title, index) => ({
                    title,
                    ...(index % 2 ? { width: 8 + index * 4 } : {}),
                    ...(places[index] ? { after: places[index] } : {}),
                  })),
                }
              : {}),
            sections: base.sections.map((section, sectionIndex) => ({
              ...section,
              items: section.items.map((item, itemIndex) => {
                const extra = Object.fromEntries(titles.map((title) => [title, values[n++ % Math.max(values.length, 1)]]).filter(([, value]) => value));
                // a plan numbered the way it was written («2.1»), or left to be numbered on
                const numbered = ownNumbers ? { id: `${sectionIndex + 1}.${itemIndex + 1}`, ...item } : item;
                return Object.keys(extra).length > 0 ? { ...numbered, extra } : numbered;
              }),
            })),
          };
          const back = await roundTrip(generated as unknown as PlanDocument);
          expect(projection(back)).toEqual(projection(generated as unknown as Record<string, unknown>));
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 60) },
    );
  });
});

describe('import --update of a plan over itself', () => {
  it('keeps every id and finds nothing added, changed or removed', async () => {
    const { updatePlan } = await import('../../src/import/update-plan.js');
    for (const file of shipped) {
      const result = validateText(file, readFileSync(file, 'utf8'));
      if (result.validated?.kind !== 'plan' && result.validated?.kind !== 'cyclogram') continue;
      const plan = result.validated.value as PlanDocument;
      const withIds = {
        ...plan,
        sections: plan.sections.map((section, s) => ({ ...section, items: section.items.map((item, i) => ({ ...item, id: `item-${s}-${i}` })) })),
      } as PlanDocument;
      const { plan: updated, changes } = updatePlan(withIds, mapPlan(readDocx(await renderPlanDocx(withIds))));
      expect(changes, path.basename(file)).toMatchObject({ added: [], changed: [], removed: [] });
      expect(updated.sections.flatMap((section) => section.items.map((item) => item.id))).toEqual(
        withIds.sections.flatMap((section) => section.items.map((item) => item.id)),
      );
    }
  });
});
