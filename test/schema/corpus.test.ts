// The corpus of bad inputs: every file in test/fixtures/invalid/ must produce
// exactly the diagnostics written in its .expected file (short format, English;
// .expected.ru for the Russian wording where present).
import { readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateText } from '../../src/kinds/validate.js';
import { renderShort } from '../../src/cli/output/diagnostics.js';
import { translator } from '../../src/i18n/messages.js';

const folder = path.join(import.meta.dirname, '..', 'fixtures', 'invalid');
const cases = readdirSync(folder).filter((name) => name.endsWith('.yaml'));

function shortOutput(name: string, locale: 'en' | 'ru'): string {
  const text = readFileSync(path.join(folder, name), 'utf8');
  const { diagnostics } = validateText(name, text);
  return diagnostics.map((d) => renderShort(d, translator(locale))).join('\n') + '\n';
}

describe('bad input corpus', () => {
  it('has a case for every kind of mistake the validator knows', () => {
    expect(cases.length).toBeGreaterThanOrEqual(18);
  });

  for (const name of cases) {
    for (const locale of ['en', 'ru'] as const) {
      const expectedFile = path.join(folder, name.replace(/\.yaml$/, locale === 'en' ? '.expected' : '.expected.ru'));
      it(`${name} (${locale})`, () => {
        const actual = shortOutput(name, locale);
        if (process.env.UPDATE_EXPECTED && !existsSync(expectedFile)) writeFileSync(expectedFile, actual);
        expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
      });
    }
  }
});
