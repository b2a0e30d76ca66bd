// `plan import` loads its readers only for the formats it is given: the
// command's bundle imports none of parse5, exceljs or the DOCX reader
// statically, and the other commands never reach them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';

const dist = path.join(repoRoot, 'dist');
const read = (name: string) => readFileSync(path.join(dist, name), 'utf8');
const staticImports = (code: string) => [...code.matchAll(/(?:^|[;\n])\s*import\s*(?:[\w*${},\s]+from\s*)?["']([^"']+)["']/g)].map((m) => m[1]!);

describe('plan import start-up', () => {
  it('is a lazy command of the entry', () => {
    expect(read('centre.js')).toMatch(/import\(["']\.\/command-plan-import\.js["']\)/);
    expect(staticImports(read('centre.js'))).not.toContain('./command-plan-import.js');
  });

  it('imports each reader lazily, and no heavy module statically', () => {
    const command = read('command-plan-import.js');
    for (const reader of ['import-docx', 'import-html', 'import-xlsx']) {
      expect(command).toMatch(new RegExp(`import\\(["']\\./${reader}\\.js["']\\)`));
      expect(staticImports(command)).not.toContain(`./${reader}.js`);
    }
    expect(staticImports(command).filter((s) => !s.startsWith('.') && !s.startsWith('node:'))).toEqual([]);
    expect(command).not.toMatch(/["'](docx|exceljs|parse5)["']/);
    expect(read('import-xlsx.js')).toMatch(/from\s*["']exceljs["']/);
  });

  it('is reached by no other command', () => {
    for (const name of ['command-validate.js', 'command-plan-build.js', 'command-calendar.js']) expect(read(name)).not.toMatch(/import-(docx|html|xlsx)/);
  });
});
