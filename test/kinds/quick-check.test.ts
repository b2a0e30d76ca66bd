// The fast path (js-yaml) and the located validation (yaml) must agree: on a
// clean file they give the same value; on a file with warnings only, the same
// warnings at the same places (the fast path's, placed by locate-problems.ts);
// and the fast path never passes a file that the located validation faults.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { quickValidate } from '../../src/kinds/quick-check.js';
import { validateText } from '../../src/kinds/validate.js';
import { locateProblems } from '../../src/kinds/locate-problems.js';
import { hasErrors } from '../../src/schema/diagnostic.js';
import { repoRoot } from '../helpers/cli.js';
import { shippedWarnings, writtenAsSuggested } from '../helpers/shipped.js';

const yamlIn = (folder: string) =>
  readdirSync(path.join(repoRoot, folder))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => path.join(folder, name));

/** What a command gets from the fast path: its value and its warnings, placed; undefined when it passes the file on. */
function fastPath(file: string, text: string) {
  const quick = quickValidate(text);
  if (!quick) return undefined;
  const diagnostics = quick.warnings.length > 0 ? locateProblems(file, text, quick.warnings) : [];
  return diagnostics && { diagnostics, validated: quick.validated };
}

describe('quickValidate', () => {
  const validFiles = [...yamlIn('plans'), ...yamlIn('templates'), 'test/fixtures/plan-500.yaml'];
  it.each(validFiles)('reads %s exactly as the located validation does', (file) => {
    let text = readFileSync(path.join(repoRoot, file), 'utf8');
    let located = validateText(file, text);
    const warned = shippedWarnings.filter((warning) => warning.file === file);
    expect(located.diagnostics.map(({ file, line, column, severity, code }) => ({ file, line, column, severity, code }))).toEqual(warned);
    if (warned.length > 0) {
      // the fast path finds the same warnings, placed alike
      expect(fastPath(file, text)).toEqual({ diagnostics: located.diagnostics, validated: located.validated });
      // written as each warning suggests, the file is clean, and both paths read it alike
      text = writtenAsSuggested(file, text);
      located = validateText(file, text);
      expect(located.diagnostics).toEqual([]);
    }
    expect(quickValidate(text)?.validated).toEqual(located.validated);
    const paths =
      located.validated!.kind === 'plan' || located.validated!.kind === 'cyclogram'
        ? [
            ['sections', 0, 'items', 0],
            ['sections', 1, 'items', 0],
            ['sections', 0],
          ]
        : [];
    for (const path of paths) expect(quickValidate(text, { positions: true })!.lineOf(path)).toBe(located.lineOf!(path));
  });

  it.each(yamlIn('test/fixtures/invalid'))('in %s, passes no error on, and finds every warning where the located validation does', (file) => {
    const text = readFileSync(path.join(repoRoot, file), 'utf8');
    const located = validateText(file, text);
    if (hasErrors(located.diagnostics)) expect(quickValidate(text)).toBeUndefined();
    else expect(fastPath(file, text)).toEqual({ diagnostics: located.diagnostics, validated: located.validated });
  });

  it('finds warnings in the bad-input corpus (so the agreement above means something)', () => {
    const warnedOnly = yamlIn('test/fixtures/invalid').filter((file) => {
      const { diagnostics } = validateText(file, readFileSync(path.join(repoRoot, file), 'utf8'));
      return diagnostics.length > 0 && !hasErrors(diagnostics);
    });
    expect(warnedOnly.length).toBeGreaterThan(4);
  });

  // Mostly well-formed plans, each part now and then replaced by something that is not.
  const sometimes = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) => fc.oneof({ arbitrary: good, weight: 30 }, { arbitrary: bad, weight: 1 });
  const words = fc.stringMatching(/^[А-Яа-яA-Za-z][А-Яа-яA-Za-z0-9 «»:,.#'"-]{0,30}$/);
  const odd = fc.constantFrom<unknown>('', '  ', 15, 0x1f, '2023-02-30', 'yes', null, '~', '1_000', '.5', [], {});
  const text = sometimes(words, odd);
  const date = sometimes(fc.constantFrom('2023-09-27', '27.09.2023', '2024-05-15'), odd);
  const timing = sometimes(fc.constantFrom('постоянно', 'каждый 3-й понедельник месяца', 'до 15 декабря', 'октябрь - апрель', 'ноябрь 2023'), text);
  const item = fc.record(
    {
      activity: text,
      timing,
      responsible: sometimes(fc.array(text, { minLength: 1, maxLength: 3 }), odd),
      events: fc.array(fc.record({ title: text, date }), { maxLength: 2 }),
    },
    { requiredKeys: ['activity', 'timing', 'responsible'] },
  );
  const plan = fc.record({
    kind: sometimes(fc.constant('plan'), fc.constantFrom('plam', 'cyclogram')),
    title: text,
    academicYear: sometimes(fc.constant('2023-2024'), fc.constantFrom('2023-2025', 2023)),
    sections: fc.array(fc.record({ title: text, items: fc.array(item, { minLength: 1, maxLength: 3 }) }), { minLength: 1, maxLength: 3 }),
  });

  it('generates both clean and faulty plans (so the agreement below means something)', () => {
    const verdicts = fc.sample(plan, { numRuns: 300, seed: 42 }).map((value) => validateText('g.yaml', stringify(value)).diagnostics.length === 0);
    expect(verdicts.filter(Boolean).length).toBeGreaterThan(15);
    expect(verdicts.filter((clean) => !clean).length).toBeGreaterThan(15);
  });

  it('agrees with the located validation on generated plans', () => {
    fc.assert(
      fc.property(plan, (value) => {
        const text = stringify(value);
        const located = validateText('generated.yaml', text);
        if (hasErrors(located.diagnostics)) return quickValidate(text) === undefined;
        return JSON.stringify(fastPath('generated.yaml', text)) === JSON.stringify({ diagnostics: located.diagnostics, validated: located.validated });
      }),
      { numRuns: 300 },
    );
  });
});
