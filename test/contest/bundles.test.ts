// The contest commands load exceljs only to write the jury sheets: the merge
// reads them with the hardened cell reader and writes the results with the
// streaming writer, and `validate` of a contest loads neither docx nor exceljs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';

const requires = (name: string) =>
  [...readFileSync(path.join(repoRoot, 'dist', `${name}.cjs`), 'utf8').matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]!);

describe('contest bundles', () => {
  it('requires exceljs in the sheets command only, docx in neither', () => {
    expect(requires('command-contest-sheets')).toContain('./exceljs.cjs');
    expect(requires('command-contest-merge')).not.toContain('./exceljs.cjs');
    for (const name of ['command-contest-sheets', 'command-contest-merge', 'command-validate']) expect(requires(name)).not.toContain('docx');
    expect(requires('command-validate')).not.toContain('./exceljs.cjs');
    expect(requires('cli')).toEqual(expect.arrayContaining(['./command-contest-sheets.cjs', './command-contest-merge.cjs']));
  });
});
