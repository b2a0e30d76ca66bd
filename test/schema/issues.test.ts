// From zod issues to located diagnostics, through whole-file validation of
// small inline plans: one problem said once, at its place, with our codes.
import { describe, expect, it } from 'vitest';
import { validateText } from '../../src/kinds/validate.js';
import { allowedKeys } from '../../src/schema/issues.js';
import { planSchema } from '../../src/schema/plan.js';

const plan = (item: string, extra = '') =>
  `kind: plan\ntitle: План\nacademicYear: 2023-2024\n${extra}sections:\n  - title: Раздел\n    items:\n${item}`;
const item = (lines: string[]) => lines.map((line, i) => (i === 0 ? `      - ${line}` : `        ${line}`)).join('\n') + '\n';
const problems = (text: string) =>
  validateText('p.yaml', text).diagnostics.filter((d) => d.severity === 'error').map((d) => [d.line, d.column, d.code, d.params?.key ?? d.params?.value ?? d.params?.found ?? '', d.params?.suggestion ?? '']);

describe('issues to diagnostics', () => {
  it('says a misspelt required key once, as a misspelling', () => {
    expect(problems(plan(item(['activty: Вебинар', 'timing: ежемесячно', 'responsible: [Центр]'])))).toEqual([[7, 9, 'unknown-key', 'activty', 'activity']]);
  });

  it('with two unknown and two missing keys, drops each missing key an unknown one suggests', () => {
    expect(problems(plan(item(['activty: Вебинар', 'timng: ежемесячно', 'responsible: [Центр]'])))).toEqual([
      [7, 9, 'unknown-key', 'activty', 'activity'],
      [8, 9, 'unknown-key', 'timng', 'timing'],
    ]);
    expect(problems(plan(item(['activty: Вебинар', 'colour: red', 'responsible: [Центр]'])))).toEqual([
      [7, 9, 'missing-key', 'timing', ''],
      [7, 9, 'unknown-key', 'activty', 'activity'],
      [8, 9, 'unknown-key', 'colour', ''],
    ]);
  });

  it('pairs the one unknown key of a block with its one missing key, whatever the spelling, and blocks apart', () => {
    expect(problems(plan(item(['activity: Вебинар', 'responsible: [Центр]', 'colour: red']), 'titel: x\n'))).toEqual([
      [4, 1, 'unknown-key', 'titel', 'title'],
      [10, 9, 'unknown-key', 'colour', 'timing'],
    ]);
  });

  it('names what was found where a list, a text or an object was expected', () => {
    expect(problems(plan(item(['activity: 12', 'timing: ежемесячно', 'responsible: Центр'])))).toEqual([
      [7, 19, 'expected-text', 'number', ''],
      [9, 22, 'expected-list', 'text', ''],
    ]);
    expect(problems('kind: plan\ntitle: План\nacademicYear: 2023-2024\nsections: 5\n')).toEqual([[4, 11, 'expected-list', 'number', '']]);
    expect(problems('kind: plan\ntitle: План\nacademicYear: 2023-2024\nperiod: 5\nsections:\n  - title: Р\n    items:\n' + item(['activity: А', 'timing: т', 'responsible: [Ц]']))[0]!.slice(0, 3)).toEqual([4, 9, 'expected-object']);
  });

  it('explains an impossible date by its month', () => {
    const text = plan(item(['activity: А', 'timing: т', 'responsible: [Ц]', 'events:', '  - {title: Собрание, date: 2023-02-30}']));
    const [diagnostic] = validateText('p.yaml', text).diagnostics.filter((d) => d.code === 'impossible-date');
    expect(diagnostic).toMatchObject({ line: 11, column: 37, params: { value: '2023-02-30', month: 2, year: 2023, days: 28 } });
  });

  it('suggests the stamp meant, and reports a missing stamp as a missing key', () => {
    const stamp = (line: string) => problems(`kind: plan\ntitle: План\nacademicYear: 2023-2024\napprovals:\n  - ${line}\n    position: Директор\n    name: Н.К. Антюфеева\nsections:\n  - title: Р\n    items:\n` + item(['activity: А', 'timing: т', 'responsible: [Ц]']));
    expect(stamp('stamp: Утверждаю')).toEqual([[5, 12, 'approval-stamp', 'Утверждаю', 'УТВЕРЖДАЮ']]);
    // not «Unknown stamp «undefined»»
    expect(stamp('stmp: УТВЕРЖДАЮ')).toEqual([[5, 5, 'missing-key', 'stamp', '']]);
  });

  it('reads a wrong enumerated value as one, with its options', () => {
    const [diagnostic] = validateText('p.yaml', plan(item(['activity: А', 'timing: т', 'responsible: [Ц]']), 'orientation: wide\n')).diagnostics;
    expect(diagnostic).toMatchObject({ line: 4, column: 14, code: 'orientation', params: { value: 'wide', options: 'portrait|landscape' } });
  });
});

describe('a value that may be of two kinds (an approval date: a date or a year)', () => {
  const approval = (date: string) =>
    validateText('p.yaml', `kind: plan\ntitle: План\nacademicYear: 2023-2024\napprovals:\n  - stamp: УТВЕРЖДАЮ\n    position: Директор\n    name: Н.К. Антюфеева\n    date: ${date}\nsections:\n  - title: Р\n    items:\n` + item(['activity: А', 'timing: т', 'responsible: [Ц]']))
      .diagnostics.filter((d) => d.severity === 'error')
      .map((d) => [d.line, d.column, d.code, d.params?.value ?? d.params?.found ?? '']);

  it('reports the problem of the kind that was meant, not that it is not the other kind', () => {
    expect(approval('2023-02-30')).toEqual([[8, 11, 'impossible-date', '2023-02-30']]);
    expect(approval('1800')).toEqual([[8, 11, 'year-range', '1800']]);
  });

  it('reports a value of neither kind with what was found', () => {
    expect(approval('true')).toEqual([[8, 11, 'expected-date', 'true']]);
    expect(approval('[2023]')).toEqual([[8, 11, 'expected-date', 'list']]);
  });
});

describe('allowedKeys', () => {
  it('takes the first kind of a block whose kind is not given, and knows no keys below a plain value', () => {
    expect(allowedKeys(planSchema, { approvals: [{}] }, ['approvals', 0])).toEqual(['stamp', 'position', 'name', 'date']);
    expect(allowedKeys(planSchema, { approvals: [{ stamp: 'ИНОЙ' }] }, ['approvals', 0])).toEqual(['stamp', 'position', 'name', 'date']);
    expect(allowedKeys(planSchema, { sections: 5 }, ['sections', 0])).toEqual(['title', 'items']);
    expect(allowedKeys(planSchema, { sections: [{ items: [{ schedule: {} }] }] }, ['sections', 0, 'items', 0, 'schedule'])).toContain('every');
  });

  it('knows the keys of each block of a plan, through lists and optional parts', () => {
    expect(allowedKeys(planSchema, {}, [])).toContain('sections');
    expect(allowedKeys(planSchema, { sections: [{ items: [{}] }] }, ['sections', 0])).toEqual(['title', 'items']);
    expect(allowedKeys(planSchema, { sections: [{ items: [{}] }] }, ['sections', 0, 'items', 0])).toEqual(expect.arrayContaining(['activity', 'responsible', 'events', 'note', 'schedule', 'timing']));
    expect(allowedKeys(planSchema, { period: {} }, ['period'])).toEqual(['from', 'to']);
    expect(allowedKeys(planSchema, { approvals: [{ stamp: 'УТВЕРЖДЁН' }] }, ['approvals', 0])).toEqual(['stamp', 'order', 'orderDate', 'orderNumber']);
    expect(allowedKeys(planSchema, { approvals: [{ stamp: 'УТВЕРЖДАЮ' }] }, ['approvals', 0])).toEqual(['stamp', 'position', 'name', 'date']);
    expect(allowedKeys(planSchema, {}, ['title'])).toEqual([]);
    expect(allowedKeys(planSchema, {}, ['nothing', 'here'])).toEqual([]);
  });
});
