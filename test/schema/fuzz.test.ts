// Fuzzing the validation every command runs on a file's text (the fast path,
// then the located one: workspace/load.ts checkText) with hostile YAML: random
// bytes, deep nesting, alias chains, control characters, huge scalars, every
// Unicode plane and lone surrogates, and random damage to a valid plan.
// Whatever comes in: no exception escapes, every problem has a place in the
// file, the fast path never passes what the located path refuses, and memory
// stays bounded.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allDiagnostics, checkText, loadWorkspace } from '../../src/workspace/load.js';
import { createContext } from '../../src/cli/context.js';
import { quickValidate } from '../../src/kinds/quick-check.js';
import { validateText } from '../../src/kinds/validate.js';
import { repoRoot, temporaryDir } from '../helpers/cli.js';

const validPlan = readFileSync(path.join(repoRoot, 'templates', 'example-plan.yaml'), 'utf8');
const heapCap = 400 * 1024 * 1024;
const sameInBothPaths = new Set(['alias-unknown', 'alias-cycle', 'alias-expansion', 'too-many-aliases', 'too-deep', 'control-character']);
// Memory that stays bounded is memory still held after a collection: garbage not yet collected
// (a huge scalar parsed a moment ago) would make the figure depend on when V8 last ran.
// A full collection costs tens of milliseconds, so it runs once per property, after all its cases
// (what a case leaves behind adds up over the property, so a leak still shows), never per case:
// per case it took this file from 7.6 s to 46 s.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const retainedHeap = () => {
  collectGarbage();
  return process.memoryUsage().heapUsed;
};
const baseline = retainedHeap();

async function expectHandled(text: string): Promise<void> {
  const result = await checkText('fuzz.yaml', text, true);
  for (const d of result.diagnostics) {
    expect(d.file).toBe('fuzz.yaml');
    expect(d.line, d.code).toBeGreaterThanOrEqual(1);
    expect(d.column, d.code).toBeGreaterThanOrEqual(1);
    expect(d.code).toMatch(/^[a-z-]+$/);
  }
  if (quickValidate(text)) {
    // The limits and the control characters are the same in both paths.
    const refused = validateText('fuzz.yaml', text).diagnostics.filter((d) => d.severity === 'error' && sameInBothPaths.has(d.code));
    expect(refused, 'the fast path passed what the located path refuses').toEqual([]);
  }
}

/** After all the cases of a property: what they left held stays under the cap. */
const expectBoundedMemory = () => expect(retainedHeap() - baseline).toBeLessThan(heapCap);

/** FUZZ_RUNS, when set, is the number of runs of every property (`npm run test:fuzz` scales it). */
const runs = (numRuns: number) => Number(process.env.FUZZ_RUNS ?? numRuns);

const property = async (arbitrary: fc.Arbitrary<string>, numRuns: number) => {
  await fc.assert(fc.asyncProperty(arbitrary, expectHandled), { numRuns: runs(numRuns) });
  expectBoundedMemory();
};

const controlCharacter = fc.oneof(fc.integer({ min: 0, max: 0x1f }), fc.integer({ min: 0x7f, max: 0x9f })).map((code) => String.fromCharCode(code));
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)); // lone surrogates included
const yamlPunctuation = fc.constantFrom(
  '- ',
  ': ',
  '[',
  ']',
  '{',
  '}',
  ',',
  '&a ',
  '*a',
  '&b ',
  '*b',
  '!!str ',
  '? ',
  '|\n',
  '>-\n',
  '"',
  "'",
  '#',
  '\n',
  '\n  ',
  '\t',
  '%YAML 1.2\n',
  '---\n',
  '...\n',
  '\\e',
  '\\x07',
  '\\ud800',
);

/** A valid plan damaged at random places: insertions of hostile pieces, deletions. */
const damagedPlan = fc
  .array(
    fc.tuple(
      fc.nat({ max: validPlan.length }),
      fc.nat({ max: 20 }),
      fc.oneof(controlCharacter, anyCodeUnit, yamlPunctuation, fc.string({ unit: 'binary', maxLength: 8 })),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((edits) => edits.reduce((text, [at, cut, piece]) => text.slice(0, at) + piece + text.slice(Math.min(text.length, at + cut)), validPlan));

/** Blocks inside blocks, from a few levels to thousands, balanced or not. */
const deepNesting = fc.tuple(fc.integer({ min: 1, max: 6000 }), fc.constantFrom('[', '{a: ', '- ', 'block'), fc.boolean()).map(([depth, open, balanced]) => {
  if (open === 'block') return `kind: plan\n${Array.from({ length: Math.min(depth, 3000) }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} x\n`;
  if (open === '- ') return `kind: plan\nx:\n${'- '.repeat(depth)}1\n`;
  const close = open === '[' ? ']' : '}';
  return `kind: plan\nx: ${open.repeat(depth)}1${balanced ? close.repeat(depth) : ''}\n`;
});

/** Chains of anchors and aliases: each level refers to earlier ones (or to itself, or to none). */
const aliasChains = fc
  .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 40 }), fc.constantFrom('previous', 'self', 'unknown', 'later'), fc.boolean())
  .map(([levels, width, reference, asPlan]) => {
    const lines = ['kind: plan', 'l0: &l0 ["lol", "lol"]'];
    for (let level = 1; level <= levels; level++) {
      const target =
        reference === 'self' && level === levels
          ? `l${level}`
          : reference === 'unknown' && level === levels
            ? 'nowhere'
            : reference === 'later' && level === 1
              ? `l${levels}`
              : `l${level - 1}`;
      lines.push(`l${level}: &l${level} [${Array(width).fill(`*${target}`).join(', ')}]`);
    }
    if (asPlan)
      lines.push('title: План', 'academicYear: 2023-2024', `sections: [{title: Р, items: [{activity: Д, timing: сентябрь 2023, responsible: *l${levels}}]}]`);
    return `${lines.join('\n')}\n`;
  });

/** A plan with one enormous value, of any plane of Unicode. */
const hugeScalar = fc
  .tuple(fc.integer({ min: 100_000, max: 2_000_000 }), fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }), fc.constantFrom('plain', 'quoted', 'block'))
  .map(([length, piece, style]) => {
    const value = piece.repeat(Math.ceil(length / piece.length)).replace(/[\r\n"\\]/g, 'x');
    const written = style === 'quoted' ? `"${value}"` : style === 'block' ? `|\n  ${value}` : value;
    return validPlan.replace(/^title: .*$/m, `title: ${written}`);
  });

describe('fuzzing the validation of hostile YAML', () => {
  it('random bytes in a file, read as every command reads its files', async () => {
    const dir = temporaryDir();
    const ctx = await createContext({ cwd: dir, env: { LANG: 'en_US.UTF-8' }, stdout: { write: () => true }, stderr: { write: () => true } });
    const file = path.join(dir, 'fuzz.yaml');
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 400 }),
          fc.string({ unit: 'binary', maxLength: 200 }).map((text) => new TextEncoder().encode(`kind: plan\n${text}`)),
        ),
        async (bytes) => {
          writeFileSync(file, bytes);
          const loaded = await loadWorkspace(ctx, [file], { positions: true });
          for (const d of allDiagnostics(loaded)) {
            expect(d.file).toBe('fuzz.yaml');
            expect(d.line, d.code).toBeGreaterThanOrEqual(1);
          }
          if (loaded.sources.has('fuzz.yaml')) await expectHandled(loaded.sources.get('fuzz.yaml')!);
        },
      ),
      { numRuns: runs(150) },
    );
    expectBoundedMemory();
  });

  it('random text from every plane of Unicode, lone surrogates and control characters included', async () => {
    await property(
      fc
        .string({ unit: fc.oneof(anyCodeUnit, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), controlCharacter, yamlPunctuation), maxLength: 200 })
        .map((text) => `kind: plan\n${text}`),
      150,
    );
  });

  it('a valid plan damaged at random places', async () => {
    await property(damagedPlan, 150);
  });

  it('deep nesting', async () => {
    await property(deepNesting, 25);
  });

  it('alias chains, to earlier levels, to themselves and to nothing', async () => {
    await property(aliasChains, 60);
  });

  it('a control character anywhere in a value is refused at its line and column, by both paths', async () => {
    const lines = validPlan.split('\n');
    const titleLine = lines.findIndex((line) => line.startsWith('title: '));
    const forbidden = controlCharacter.filter((char) => !['\t', '\n', '\r'].includes(char));
    await fc.assert(
      fc.asyncProperty(forbidden, fc.nat({ max: lines[titleLine]!.length - 'title: '.length }), async (char, at) => {
        const column = 'title: '.length + at + 1;
        const line = lines[titleLine]!;
        const text = [...lines.slice(0, titleLine), line.slice(0, column - 1) + char + line.slice(column - 1), ...lines.slice(titleLine + 1)].join('\n');
        expect(quickValidate(text)).toBeUndefined();
        const { diagnostics } = await checkText('fuzz.yaml', text);
        expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'control-character', line: titleLine + 1, column }));
      }),
      { numRuns: runs(100) },
    );
  });

  it('huge values', async () => {
    await property(hugeScalar, 8);
  });
});
