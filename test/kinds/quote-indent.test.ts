// A quoted value continued on lines not indented past its key: js-yaml reads
// it, yaml (and the YAML 1.2 spec) does not. The fast path must not pass what
// the located validation refuses.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quickValidate } from '../../src/kinds/quick-check.js';
import { validateText } from '../../src/kinds/validate.js';
import { repoRoot } from '../helpers/cli.js';

const shipped = readFileSync(path.join(repoRoot, 'plans', 'centre.yaml'), 'utf8');
/** The shipped centre file with its name written as `value` (the rest of the line after «name: »). */
const centre = (value: string) => shipped.replace(/^name: .*$/m, () => `name: ${value}`);

describe('quoted values over several lines', () => {
  it.each([
    ['at the key’s column', centre('"Центр\nподдержки"'), false],
    ['one space past the key', centre('"Центр\n поддержки"'), true],
    ['single quotes at the key’s column', centre("'Центр\nподдержки'"), false],
    ['with a blank line between', centre('"Центр\n\n  поддержки"'), true],
  ])('%s: the fast path agrees with the located validation', (_, text, valid) => {
    const located = validateText('centre.yaml', text);
    expect(located.diagnostics.some((d) => d.severity === 'error')).toBe(!valid);
    expect(quickValidate(text) !== undefined).toBe(valid);
    if (valid) expect(quickValidate(text)!.validated).toEqual(located.validated);
  });

  it('never passes a quoted value the located validation refuses, however it is indented (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.stringMatching(/^[а-яa-z]{1,6}$/)), { minLength: 1, maxLength: 3 }),
        fc.constantFrom('"', "'"),
        fc.integer({ min: 0, max: 4 }),
        (lines, quote, keyIndent) => {
          const pad = ' '.repeat(keyIndent);
          const body = lines.map(([indent, word]) => `${' '.repeat(indent)}${word}`).join('\n');
          const text = `kind: registry\nregion: Область\ndistricts:\n${pad}- id: d\n${pad}  name: ${quote}Район\n${body}${quote}\n${pad}  coordinator: {name: А.Б. Иванов}\nschools: []\n`;
          const located = validateText('registry.yaml', text);
          if (located.diagnostics.some((d) => d.severity === 'error')) expect(quickValidate(text)).toBeUndefined();
          else if (quickValidate(text)) expect(quickValidate(text)!.validated).toEqual(located.validated);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a quote opened and closed on its line needs no second look', () => {
    expect(quickValidate(centre('"Центр поддержки"'))).toBeDefined();
  });
});
