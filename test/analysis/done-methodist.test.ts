// `centre done` as a methodist uses it, through the built command: the item
// named by the number the plan's document prints (a Word plan has no ids),
// participants by category, statuses and periods in Russian.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findPlanItem, numberedItems } from '../../src/analysis/record-items.js';
import { yearFigures } from '../../src/analysis/figures.js';
import { participantCategoryOf, statusOf } from '../../src/schema/record-words.js';
import { validateText } from '../../src/kinds/validate.js';
import type { PlanDocument } from '../../src/schema/plan.js';
import type { YearRecord } from '../../src/schema/record.js';
import { repoRoot, spawnCli, temporaryDir } from '../helpers/cli.js';

// as `centre plan import` leaves a Word plan: no ids
const plan = `kind: plan
title: План работы районного центра
academicYear: 2026-2027
sections:
  - title: Методическая работа
    items:
      - activity: Заседание методического совета
        timing: ежемесячно
        responsible: [Центр]
      - activity: Курсы «Классный руководитель»
        timing: ноябрь 2026
        responsible: [Центр]
  - title: Работа с родителями
    items:
      - activity: Родительское собрание
        timing: 12.11.2026
        responsible: [Центр]
      - id: lecture
        activity: Родительский лекторий
        timing: март 2027
        responsible: [Центр]
`;

function workspace(): string {
  const dir = temporaryDir();
  writeFileSync(path.join(dir, 'plan.yaml'), plan);
  return dir;
}

const ru = { LANG: 'ru_RU.UTF-8' };
const recordOf = (dir: string) => parse(readFileSync(path.join(dir, 'plan.record.yaml'), 'utf8')) as { entries: Record<string, unknown>[] };

describe('centre done: the item by its number in the plan', () => {
  it.each([
    ['2', 2],
    ['2.', 2],
    ['№ 3', 3],
    ['2.1', 3],
    ['II.1', 3],
  ])('«%s» is item %i, recorded by its number', (given, number) => {
    const dir = workspace();
    const result = spawnCli(['done', 'plan.yaml', given, '--date', '2026-11-12'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(recordOf(dir).entries).toEqual([{ item: number, dates: ['2026-11-12'] }]);
    expect(readFileSync(path.join(dir, 'plan.yaml'), 'utf8')).toBe(plan);
    expect(validateText('plan.record.yaml', readFileSync(path.join(dir, 'plan.record.yaml'), 'utf8')).diagnostics).toEqual([]);
  });

  it('names an item with an id by its id, whichever way it was given', () => {
    const dir = workspace();
    spawnCli(['done', 'plan.yaml', '4', '--date', '2027-03-12'], { cwd: dir });
    spawnCli(['done', 'plan.yaml', 'lecture', '--link', 'https://example.ru/lecture'], { cwd: dir });
    expect(recordOf(dir).entries).toEqual([{ item: 'lecture', dates: ['2027-03-12'], evidence: ['https://example.ru/lecture'] }]);
  });

  it.each([
    [{}, 'plan.yaml  error: The plan has no item «9»; its items are numbered 1 to 4, as its document prints them.'],
    [ru, 'plan.yaml  ошибка: В плане нет мероприятия «9»; мероприятия в документе плана пронумерованы от 1 до 4.'],
  ])('refuses a number the plan does not have in one line, exit 1 (%j)', (env, line) => {
    const dir = workspace();
    const result = spawnCli(['done', 'plan.yaml', '9'], { cwd: dir, env });
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr.trim()).toBe(line);
  });
});

describe('centre validate: a record naming items by number', () => {
  it('accepts numbers, and refuses the same item named by its id and by its number', () => {
    const dir = workspace();
    writeFileSync(
      path.join(dir, 'plan.record.yaml'),
      'kind: record\nplan: plan.yaml\nentries:\n  - item: 2\n    dates: [2026-11-12]\n  - item: lecture\n    dates: [2027-03-12]\n',
    );
    expect(spawnCli(['validate', '--format', 'short', '.'], { cwd: dir, env: { CENTRE_TODAY: '2026-11-01' } })).toMatchObject({ code: 0 });
    writeFileSync(
      path.join(dir, 'plan.record.yaml'),
      'kind: record\nplan: plan.yaml\nentries:\n  - item: lecture\n    dates: [2027-03-12]\n  - item: 4\n    dates: [2027-03-13]\n  - item: 7\n    status: отменено\n    comment: нет\n',
    );
    const result = spawnCli(['validate', '--format', 'short', '.'], { cwd: dir, env: { CENTRE_TODAY: '2026-11-01' } });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      'plan.record.yaml:6:11: error: The item «4» already has entry 1 in this record; keep one entry per item.\n' +
        'plan.record.yaml:8:11: warning: No item of plan.yaml has the id or number «7»; correct it or give the item this id in the plan.\n',
    );
  });
});

describe('centre done: participants by category', () => {
  it('stores the categories and makes their people the total, organisations apart', () => {
    const dir = workspace();
    const result = spawnCli(['done', 'plan.yaml', '2', '--date', '2026-11-10,2026-11-11', '--category', 'классные руководители=32, родители=8, ОО=12'], {
      cwd: dir,
      env: ru,
    });
    expect(result).toMatchObject({ code: 0, stdout: 'Отмечено в plan.record.yaml: 2. Курсы «Классный руководитель»\n' });
    expect(recordOf(dir).entries[0]).toMatchObject({ item: 2, participants: { total: 40, classTeachers: 32, parents: 8, schools: 12 } });
  });

  it('accepts a total that agrees with the categories, and refuses one that does not (exit 2)', () => {
    const dir = workspace();
    expect(spawnCli(['done', 'plan.yaml', '2', '--participants', '40', '--category', 'кл. рук.=32,родители=8'], { cwd: dir }).code).toBe(0);
    const wrong = spawnCli(['done', 'plan.yaml', '2', '--participants', '41', '--category', 'кл. рук.=32,родители=8'], { cwd: dir, env: ru });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr.trim()).toBe(
      'centre done  ошибка: По категориям набирается 40 чел., а в --participants указано 41; исправьте одно из двух или не указывайте --participants — итог сложится из категорий.',
    );
    expect(recordOf(dir).entries[0]).toMatchObject({ participants: { total: 40, classTeachers: 32, parents: 8 } });
  });

  it.each([
    ['учителя=3', 'centre done  error: «учителя» is not a category of participants;'],
    ['родители 8', 'centre done  error: «родители 8» is not a category with a count;'],
    ['родители=8,родители=9', 'centre done  error: The category «родители» is given twice;'],
  ])('refuses «%s» with exit 2, record untouched', (given, start) => {
    const dir = workspace();
    const result = spawnCli(['done', 'plan.yaml', '2', '--category', given], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(result.stderr).toContain(start);
  });

  it('knows each category by its Russian names, short forms and key', () => {
    expect(participantCategoryOf('Классные руководители')).toBe('classTeachers');
    expect(participantCategoryOf('кл. рук.')).toBe('classTeachers');
    expect(participantCategoryOf('classTeachers')).toBe('classTeachers');
    expect(participantCategoryOf('заместители директоров')).toBe('deputyDirectors');
    expect(participantCategoryOf('учащиеся')).toBe('pupils');
    expect(participantCategoryOf('школы')).toBe('schools');
    expect(participantCategoryOf('районы')).toBe('districts');
    expect(participantCategoryOf('учителя')).toBeUndefined();
  });
});

describe('statuses and periods in Russian', () => {
  it.each([
    ['перенесено', 'moved'],
    ['Не проведено', 'not-held'],
    ['отменено', 'cancelled'],
    ['проведено', 'held'],
    ['held', 'held'],
  ])('--status %s is stored as %s', (given, stored) => {
    const dir = workspace();
    const result = spawnCli(['done', 'plan.yaml', '3', '--status', given, '--date', '2026-11-26'], { cwd: dir, env: ru });
    expect(result.code).toBe(0);
    expect(recordOf(dir).entries[0]).toMatchObject({ status: stored });
  });

  it('reads a Russian status in the record as the English one, and refuses an unknown one with both', () => {
    const text = 'kind: record\nplan: plan.yaml\nentries:\n  - item: 3\n    status: перенесено\n    dates: [2026-11-26]\n';
    const result = validateText('plan.record.yaml', text);
    expect(result.diagnostics).toEqual([]);
    const record = result.validated!.value as YearRecord;
    expect(record.entries[0]).toMatchObject({ item: '3', status: 'moved' });
    const figures = yearFigures(parse(plan) as PlanDocument, record);
    expect(figures.sections[1]!.items[0]).toMatchObject({ number: 3, status: 'moved', dates: ['2026-11-26'] });
    const wrong = validateText('plan.record.yaml', text.replace('перенесено', 'сделано'));
    expect(wrong.diagnostics.map((d) => [d.code, d.line])).toEqual([['record-status', 5]]);
    expect(statusOf('НЕ  ПРОВЕДЕНО')).toBe('not-held');
  });

  it.each([
    ['промежуточный', 'interim'],
    ['Итоговый', 'final'],
    ['итоговый контроль', 'final'],
  ])('report template --period %s makes the %s forms', (given, id) => {
    const dir = temporaryDir();
    const form = path.join(dir, 'form.yaml');
    copyFileSync(path.join(repoRoot, 'templates', 'monitoring-form.yaml'), form);
    const result = spawnCli(['report', 'template', '--form', form, '--period', given, '--year', '2026-2027', '-o', dir], { cwd: dir, env: ru });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(existsSync(path.join(dir, `class-teacher-monitoring-${id}-2026-2027.xlsx`))).toBe(true);
  });
});

describe('findPlanItem', () => {
  const planOf = (sizes: readonly number[]): PlanDocument =>
    ({
      kind: 'plan',
      title: 'П',
      orientation: 'portrait',
      approvals: [],
      sections: sizes.map((size, section) => ({
        title: `Р${section}`,
        items: Array.from({ length: size }, (_, index) => ({ activity: `${section}-${index}`, responsible: ['Ц'] })),
      })),
    }) as unknown as PlanDocument;
  const roman = (n: number) => ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'][n - 1]!;

  it('finds every item by its printed number and by section and place, arabic or roman', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 15 }), { minLength: 1, maxLength: 12 }), (sizes) => {
        const shaped = planOf(sizes);
        for (const item of numberedItems(shaped)) {
          for (const name of [
            `${item.number}`,
            `${item.number}.`,
            `${item.sectionIndex + 1}.${item.inSection}`,
            `${roman(item.sectionIndex + 1)}.${item.inSection}`,
          ]) {
            expect(findPlanItem(shaped, name)?.item).toBe(item.item);
          }
        }
        const total = sizes.reduce((sum, size) => sum + size, 0);
        expect(findPlanItem(shaped, String(total + 1))).toBeUndefined();
        expect(findPlanItem(shaped, '0')).toBeUndefined();
      }),
    );
  });
});
