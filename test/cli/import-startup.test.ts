// `plan import` loads its readers only for the formats it is given: exceljs
// for a workbook, neither exceljs nor docx for a web page or a Word file; and
// no other command reaches the readers.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { binPath, repoRoot, temporaryDir } from '../helpers/cli.js';

const dist = path.join(repoRoot, 'dist');
const bundle = (name: string) => readFileSync(path.join(dist, `${name}.cjs`), 'utf8');
const fixtures = path.join(repoRoot, 'test', 'fixtures');

/** The packages a run of the built bin loads, by their folder under node_modules; exceljs is bundled (dist/exceljs.cjs). */
function packagesLoaded(args: string[]): { code: number; packages: Set<string> } {
  const dir = temporaryDir();
  const report = path.join(dir, 'loaded.json');
  const preload = path.join(dir, 'report-loaded.cjs');
  writeFileSync(
    preload,
    `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(report)}, JSON.stringify(Object.keys(require.cache))));\n`,
  );
  const result = spawnSync(process.execPath, ['--require', preload, binPath, ...args, '-o', path.join(dir, 'out')], {
    cwd: repoRoot,
    env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', CENTRE_CACHE: path.join(dir, 'cache') },
    encoding: 'utf8',
  });
  const files = JSON.parse(readFileSync(report, 'utf8')) as string[];
  return {
    code: result.status ?? -1,
    packages: new Set(files.flatMap((file) => /node_modules\/((?:@[^/]+\/)?[^/]+)\/|\/dist\/(exceljs)\.cjs$/.exec(file)?.slice(1).find(Boolean) ?? [])),
  };
}

describe('plan import start-up', () => {
  it('loads exceljs for a workbook only, and docx never', () => {
    const page = packagesLoaded(['plan', 'import', path.join(fixtures, 'import', 'school-plan.html')]);
    expect(page.code).toBe(0);
    expect(page.packages.has('exceljs')).toBe(false);
    expect(page.packages.has('docx')).toBe(false);
    const word = packagesLoaded(['plan', 'import', path.join(fixtures, 'import', 'hostile', 'no-table.docx')]);
    expect(word.code).toBe(1);
    expect(word.packages.has('exceljs')).toBe(false);
    const workbook = packagesLoaded(['plan', 'import', path.join(fixtures, 'reports', 'encrypted.xlsx')]);
    expect(workbook.packages.has('exceljs')).toBe(true);
  });

  it('requires each reader only when its format comes, and no other command reaches them', () => {
    const command = bundle('command-plan-import');
    for (const reader of ['import-docx', 'import-html', 'import-xlsx']) {
      // inside a lazily run module wrapper, not at the top of the bundle
      expect(command).toMatch(new RegExp(`exports\\s*=\\s*require\\(["']\\./${reader}\\.cjs["']\\)`));
    }
    expect(command).not.toMatch(/require\(["'](docx|exceljs|\.\/exceljs\.cjs|parse5)["']\)/);
    expect(bundle('import-xlsx')).toMatch(/require\(["']\.\/exceljs\.cjs["']\)/);
    for (const name of ['cli', 'command-validate', 'command-plan-build', 'command-calendar']) expect(bundle(name)).not.toMatch(/import-(docx|html|xlsx)\.cjs/);
  });
});
