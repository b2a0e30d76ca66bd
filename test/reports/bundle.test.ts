// Merge writes its summary with its own streaming writer: exceljs (some 30 MB
// once loaded) is not reached by the merge command, not even lazily, while the
// template command, which builds a form cell by cell, still uses it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';

describe('the merge bundle', () => {
  it('does not load exceljs', () => {
    expect(readFileSync(path.join(repoRoot, 'dist', 'command-report-merge.cjs'), 'utf8')).not.toMatch(/["'](exceljs|\.\/exceljs\.cjs)["']/);
    expect(readFileSync(path.join(repoRoot, 'dist', 'command-report-template.cjs'), 'utf8')).toMatch(/require\(["']\.\/exceljs\.cjs["']\)/);
  });
});
