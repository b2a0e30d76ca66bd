// From zod issues to located diagnostics, through whole-file validation of
// small inline plans: one problem said once, at its place, with our codes.
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { validateText } from '../../src/kinds/validate.js';
import { allowedKeys, issuesToDiagnostics } from '../../src/schema/issues.js';
import { planSchema } from '../../src/schema/plan.js';
import { parseSource } from '../../src/schema/source.js';

const plan = (item: string, extra = '') => `kind: plan\ntitle: План\nacademicYear: 2023-2024\n${extra}sections:\n  - title: Раздел\n    items:\n${item}`;
const stamp = (lines: string[], extra = '') =>
  `kind: plan\ntitle: План\n${extra}approvals:\n${lines.map((line, i) => (i === 0 ? `  - ${line}` : `    ${line}`)).join('\n')}\nsections:\n  - title: Раздел\n    items:\n      - activity: Вебинар\n`;
const item = (lines: string[]) => lines.map((line, i) => (i === 0 ? `      - ${line}` : `        ${line}`)).join('\n') + '\n';
const problems = (text: string) =>
  validateText('p.yaml', text)
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => [d.line, d.column, d.code, d.params?.key ?? d.params?.value ?? d.params?.found ?? '', d.params?.suggestion ?? '']);

describe('issues to diagnostics', () => {
  it('says a misspelt required key once, as a misspelling', () => {
    expect(problems(plan(item(['activty: Вебинар', 'timing: ежемесячно', 'responsible: [Центр]'])))).toEqual([[7, 9, 'unknown-key', 'activty', 'activity']]);
  });

  it('with two unknown and two missing keys, drops each missing key an unknown one suggests', () => {
    expect(problems(plan(item(['activty: Вебинар', 'timng: ежемесячно', 'responsible: [Центр]'])))).toEqual([
      [7, 9, 'unknown-key', 'activty', 'activity'],
      [8, 9, 'unknown-key', 'timng', 'timing'],
    ]);
    // (a stamp needs both its position and its name)
    expect(problems(stamp(['stamp: СОГЛАСОВАНО', 'positon: Директор', 'colour: red']))).toEqual([
      [4, 5, 'missing-key', 'name', ''],
      [5, 5, 'unknown-key', 'positon', 'position'],
      [6, 5, 'unknown-key', 'colour', ''],
    ]);
  });

  it('pairs the one unknown key of a block with its one missing key, whatever the spelling, and blocks apart', () => {
    expect(problems(stamp(['stamp: СОГЛАСОВАНО', 'position: Директор', 'colour: red'], 'titel: x\n'))).toEqual([
      [3, 1, 'unknown-key', 'titel', 'title'],
      [7, 5, 'unknown-key', 'colour', 'name'],
    ]);
  });

  it('names what was found where a list, a text or an object was expected', () => {
    expect(problems(plan(item(['activity: 12', 'timing: ежемесячно', 'responsible: Центр'])))).toEqual([
      [7, 19, 'expected-text', 'number', ''],
      [9, 22, 'expected-list', 'text', ''],
    ]);
    expect(problems('kind: plan\ntitle: План\nacademicYear: 2023-2024\nsections: 5\n')).toEqual([[4, 11, 'expected-list', 'number', '']]);
    expect(
      problems(
        'kind: plan\ntitle: План\nacademicYear: 2023-2024\nperiod: 5\nsections:\n  - title: Р\n    items:\n' +
          item(['activity: А', 'timing: т', 'responsible: [Ц]']),
      )[0]!.slice(0, 3),
    ).toEqual([4, 9, 'expected-object']);
  });

  it('explains an impossible date by its month', () => {
    const text = plan(item(['activity: А', 'timing: т', 'responsible: [Ц]', 'events:', '  - {title: Собрание, date: 2023-02-30}']));
    const [diagnostic] = validateText('p.yaml', text).diagnostics.filter((d) => d.code === 'impossible-date');
    expect(diagnostic).toMatchObject({ line: 11, column: 37, params: { value: '2023-02-30', month: 2, year: 2023, days: 28 } });
  });

  it('suggests the stamp meant, and reports a missing stamp as a missing key', () => {
    const stamp = (line: string) =>
      problems(
        `kind: plan\ntitle: План\nacademicYear: 2023-2024\napprovals:\n  - ${line}\n    position: Директор\n    name: Н.К. Антюфеева\nsections:\n  - title: Р\n    items:\n` +
          item(['activity: А', 'timing: т', 'responsible: [Ц]']),
      );
    expect(stamp('stamp: Утверждаю')).toEqual([[5, 12, 'approval-stamp', 'Утверждаю', 'УТВЕРЖДАЮ']]);
    // not «Unknown stamp «undefined»»
    expect(stamp('stmp: УТВЕРЖДАЮ')).toEqual([[5, 5, 'missing-key', 'stamp', '']]);
  });

  it('reads a wrong enumerated value as one, with its options', () => {
    const [diagnostic] = validateText('p.yaml', plan(item(['activity: А', 'timing: т', 'responsible: [Ц]']), 'orientation: wide\n')).diagnostics;
    expect(diagnostic).toMatchObject({ line: 4, column: 14, code: 'orientation', params: { value: 'wide', options: 'portrait|landscape' } });
  });
});

describe('issues to diagnostics: which problems are paired and which are said once', () => {
  it('pairs a missing key only with an unknown key, not with another problem of the same file', () => {
    // `title` is missing at the top; the only other problem is a number where a text belongs
    const text = plan(item(['activity: 12', 'timing: т', 'responsible: [Ц]'])).replace('title: План\n', '');
    expect(problems(text)).toEqual([
      [1, 1, 'missing-key', 'title', ''],
      [6, 19, 'expected-text', 'number', ''],
    ]);
  });

  it('does not take a missing stamp for the misspelling of an unknown key at the top of the plan', () => {
    const text =
      `kind: plan\ntitle: План\nacademicYear: 2023-2024\ntitel: x\napprovals:\n  - position: Директор\nsections:\n  - title: Р\n    items:\n` +
      item(['activity: А', 'timing: т', 'responsible: [Ц]']);
    expect(problems(text)).toEqual([
      [4, 1, 'unknown-key', 'titel', 'title'],
      [6, 5, 'missing-key', 'stamp', ''],
    ]);
  });

  it('with one missing key and two unknown ones, suggests it only for the unknown key that resembles it', () => {
    expect(problems(plan(item(['timing: т', 'responsible: [Ц]', 'colour: red', 'activty: А'])))).toEqual([
      [9, 9, 'unknown-key', 'colour', ''],
      [10, 9, 'unknown-key', 'activty', 'activity'],
    ]);
  });

  it('says a problem once where two values behind one alias are wrong', () => {
    // both wrong values of the aliased list can only be shown at `*who`, the place the alias is written
    const text = plan(item(['activity: А', 'timing: т', 'responsible: [Ц]', 'note: &who [1, 2]']) + item(['activity: Б', 'timing: т', 'responsible: *who']));
    expect(problems(text)).toEqual([
      [10, 20, 'expected-text', 'list', ''],
      [13, 22, 'expected-text', 'number', ''],
    ]);
  });
});

describe('issues to diagnostics: what was found, and a union of two kinds of value', () => {
  it('says what was found where a block of keys was expected, free keys or fixed', () => {
    expect(problems(plan(item(['activity: А', 'timing: т', 'responsible: [Ц]', 'extra: 5'])))).toEqual([[10, 16, 'expected-object', 'number', '']]);
    expect(problems(plan(item(['activity: А', 'timing: т', 'responsible: [Ц]']), 'period: [2023]\n'))).toEqual([[4, 9, 'expected-object', 'list', '']]);
  });

  it('reports a value of neither kind by the kind that failed only on its content', () => {
    // nth is a number from 1 to 5 or the word «last»: a word that is not «last» is a wrong word
    const [diagnostic] = validateText('p.yaml', plan(item(['activity: А', 'timing: т', 'responsible: [Ц]', 'schedule: {nth: first}']))).diagnostics;
    expect(diagnostic).toMatchObject({ line: 10, column: 25, code: 'schedule-nth', params: { value: 'first', options: 'last' } });
  });

  it('reports the problem inside a block where a clause may be a text or a block', () => {
    const document = (clause: string) =>
      validateText('d.yaml', `kind: document\ntype: Приказ\ntitle: О центре\nclauses:\n  - ${clause}\n`).diagnostics.map((d) => [
        d.line,
        d.column,
        d.code,
        d.params?.key ?? d.params?.found ?? '',
        d.params?.suggestion ?? '',
      ]);
    expect(document('{title: Общие положения, clauses: 5}')).toEqual([[5, 39, 'expected-list', 'number', '']]);
    expect(document('{titel: Общие положения, text: Текст}')).toEqual([[5, 6, 'unknown-key', 'titel', 'title']]);
    expect(document('5')).toEqual([[5, 5, 'expected-text', 'number', '']]);
  });
});

describe('issues to diagnostics of a schema without our own messages', () => {
  const diagnostics = (schema: z.core.$ZodType, text: string) => {
    const { source } = parseSource('f.yaml', text);
    const data: unknown = source.document.toJS();
    const result = z.safeParse(schema, data);
    return issuesToDiagnostics(source, schema, data, result.success ? [] : result.error.issues);
  };
  const diagnose = (schema: z.core.$ZodType, text: string) => diagnostics(schema, text).map((d) => [d.line, d.column, d.code, d.params]);

  it('falls back to our generic codes, with the value and what was found', () => {
    const schema = z.strictObject({
      count: z.number(),
      mode: z.enum(['fast', 'slow']),
      word: z.string().check(z.refine((value) => value !== 'no')),
      code: z.string().check(z.minLength(3)),
      either: z.union([z.number(), z.boolean()]),
      tagged: z.discriminatedUnion('type', [z.strictObject({ type: z.literal('a') }), z.strictObject({ type: z.literal('b') })]),
    });
    expect(diagnose(schema, 'count: many\nmode: quick\nword: no\ncode: ab\neither: text\ntagged: {type: c}\n')).toEqual([
      [1, 8, 'invalid-value', { found: 'text' }],
      [2, 7, 'wrong-value', { value: 'quick', options: 'fast|slow' }],
      [3, 7, 'invalid-value', { value: 'no' }],
      [4, 7, 'invalid-value', { value: 'ab' }],
      [5, 9, 'invalid-value', { found: 'text', value: 'text' }],
      [6, 16, 'wrong-value', { value: 'c', options: 'a|b', suggestion: 'a' }],
    ]);
  });

  it('keeps a missing kind apart from an unknown key of the block around it', () => {
    const tagged = z.discriminatedUnion('type', [z.strictObject({ type: z.literal('a') }), z.strictObject({ type: z.literal('b') })]);
    const schema = z.strictObject({ outer: z.strictObject({ tagged, note: z.optional(z.string()) }) });
    expect(diagnostics(schema, 'outer:\n  tagged: {}\n  colour: red\n').map((d) => [d.line, d.column, d.code, d.params?.key, d.params?.suggestion])).toEqual([
      [2, 11, 'missing-key', 'type', undefined],
      [3, 3, 'unknown-key', 'colour', undefined],
    ]);
  });

  it('calls an empty document where a block is expected an expected block, not a missing key', () => {
    expect(diagnose(z.strictObject({ a: z.string() }), '')).toEqual([[1, 1, 'expected-object', { found: 'nothing' }]]);
  });
});

describe('a value that may be of two kinds (an approval date: a date or a year)', () => {
  const approval = (date: string) =>
    validateText(
      'p.yaml',
      `kind: plan\ntitle: План\nacademicYear: 2023-2024\napprovals:\n  - stamp: УТВЕРЖДАЮ\n    position: Директор\n    name: Н.К. Антюфеева\n    date: ${date}\nsections:\n  - title: Р\n    items:\n` +
        item(['activity: А', 'timing: т', 'responsible: [Ц]']),
    )
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
    expect(allowedKeys(planSchema, { approvals: [{}] }, ['approvals', 0])).toEqual(['stamp', 'position', 'name', 'date', 'orderNumber', 'orderDate']);
    expect(allowedKeys(planSchema, { approvals: [{ stamp: 'ИНОЙ' }] }, ['approvals', 0])).toEqual([
      'stamp',
      'position',
      'name',
      'date',
      'orderNumber',
      'orderDate',
    ]);
    expect(allowedKeys(planSchema, { sections: 5 }, ['sections', 0])).toEqual(['title', 'items']);
    expect(allowedKeys(planSchema, { sections: [{ items: [{ schedule: {} }] }] }, ['sections', 0, 'items', 0, 'schedule'])).toContain('every');
  });

  it('knows the keys of each block of a plan, through lists and optional parts', () => {
    expect(allowedKeys(planSchema, {}, [])).toContain('sections');
    expect(allowedKeys(planSchema, { sections: [{ items: [{}] }] }, ['sections', 0])).toEqual(['title', 'items']);
    expect(allowedKeys(planSchema, { sections: [{ items: [{}] }] }, ['sections', 0, 'items', 0])).toEqual(
      expect.arrayContaining(['activity', 'responsible', 'events', 'note', 'schedule', 'timing']),
    );
    expect(allowedKeys(planSchema, { period: {} }, ['period'])).toEqual(['from', 'to']);
    expect(allowedKeys(planSchema, { approvals: [{ stamp: 'УТВЕРЖДЁН' }] }, ['approvals', 0])).toEqual(['stamp', 'order', 'orderDate', 'orderNumber']);
    expect(allowedKeys(planSchema, { approvals: [{ stamp: 'УТВЕРЖДАЮ' }] }, ['approvals', 0])).toEqual([
      'stamp',
      'position',
      'name',
      'date',
      'orderNumber',
      'orderDate',
    ]);
    expect(allowedKeys(planSchema, {}, ['title'])).toEqual([]);
    expect(allowedKeys(planSchema, {}, ['nothing', 'here'])).toEqual([]);
  });
});

describe('allowedKeys of any schema', () => {
  const block = (keys: string[]) => z.strictObject(Object.fromEntries(keys.map((key) => [key, z.optional(z.string())])));

  it('knows the keys of the first kind of a stamp that is not written at all', () => {
    expect(allowedKeys(planSchema, {}, ['approvals', 0])).toEqual(['stamp', 'position', 'name', 'date', 'orderNumber', 'orderDate']);
    expect(allowedKeys(planSchema, { approvals: [null] }, ['approvals', 0])).toEqual(['stamp', 'position', 'name', 'date', 'orderNumber', 'orderDate']);
    expect(allowedKeys(planSchema, { sections: null }, ['sections', 0])).toEqual(['title', 'items']);
  });

  it('sees through wrappers of a block: nullable, read-only, piped', () => {
    expect(allowedKeys(z.strictObject({ a: z.nullable(block(['x', 'y'])) }), { a: {} }, ['a'])).toEqual(['x', 'y']);
    expect(allowedKeys(z.strictObject({ a: z.readonly(block(['x'])) }), { a: {} }, ['a'])).toEqual(['x']);
    expect(
      allowedKeys(
        z.pipe(
          block(['x']),
          z.transform((value) => value),
        ),
        {},
        [],
      ),
    ).toEqual(['x']);
  });

  it('takes the kind of block a discriminator names, at any depth below it', () => {
    const schema = z.discriminatedUnion('type', [
      z.strictObject({ type: z.literal('a'), inner: block(['x']) }),
      z.strictObject({ type: z.literal('b'), inner: block(['y']) }),
    ]);
    expect(allowedKeys(schema, { type: 'b', inner: {} }, ['inner'])).toEqual(['y']);
    expect(allowedKeys(schema, { type: 'a', inner: {} }, ['inner'])).toEqual(['x']);
    // a kind that is itself a union of kinds is passed over, not a failure
    const nested = z.discriminatedUnion('type', [
      z.discriminatedUnion('type', [z.strictObject({ type: z.literal('a'), x: z.string() })]),
      z.strictObject({ type: z.literal('b'), y: z.string() }),
    ]);
    expect(allowedKeys(nested, { type: 'b' }, [])).toEqual(['type', 'y']);
  });

  it('takes the block among the kinds of a value that may also be a text', () => {
    expect(allowedKeys(z.union([z.string(), block(['x'])]), {}, [])).toEqual(['x']);
  });
});
