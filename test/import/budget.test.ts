// Documents of a few kilobytes that claim millions of cells, through the
// installed command: each is refused in one line that names the file, the
// place and what is too large (exit 1), or read in time proportional to its
// size, and the child process stays under 300 MB whatever it is given. The
// precise figures are in `npm run bench`; the limits here are generous for a
// loaded machine, and far below what the same files cost before the budget
// (8 s to minutes, and 1.3–4 GB).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { temporaryDir } from '../helpers/cli.js';
import {
  docxHugeGridSpan,
  docxManyNotes,
  docxManySpans,
  docxManyStamps,
  docxVMergeChain,
  htmlHugeColspan,
  htmlRowspanCopies,
  htmlWideRow,
  xlsxManyMerges,
  xlsxOf,
} from '../helpers/hostile-documents.js';
import { spawnMeasured, type MeasuredRun } from '../helpers/measured.js';

let dir: string;
beforeAll(() => {
  dir = temporaryDir('centre-budget-');
});

/** Imports `bytes` as `name` with the built command, into a folder of its own. */
function importing(name: string, bytes: Uint8Array, locale = 'en_US.UTF-8'): MeasuredRun & { megabytes: number } {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  // the generated documents have no title above their table: one is given, as a user would
  const run = spawnMeasured(['plan', 'import', name, '--title', 'План', '-o', temporaryDir('centre-budget-out-')], { cwd: dir, env: { LANG: locale } });
  return { ...run, megabytes: bytes.length / 1024 / 1024 };
}

/** Within the budget of any input: 300 MB, and processor time of a second per megabyte over what starting takes (generous, for a loaded machine). */
function expectWithinBudget(run: MeasuredRun & { megabytes: number }): void {
  expect(run.peakMb, run.stderr.slice(0, 500)).toBeLessThan(300);
  expect(run.cpuMs).toBeLessThan(4000 + 1000 * run.megabytes);
}

/** Exit 1 and one line: «<file>  error: <message>». */
function expectRefused(run: MeasuredRun & { megabytes: number }, name: string, message: RegExp): void {
  expect(run.code, run.stderr.slice(0, 500)).toBe(1);
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^${name.replace('.', '\\.')} +(error|ошибка): `));
  expect(lines[0]).toMatch(message);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expectWithinBudget(run);
}

describe('plan import refuses a document over the budget, in one line', () => {
  it('a DOCX cell spanning two billion columns (the audit: 8.9 s, 1.43 GB, then out of memory)', () => {
    const english = importing('gridspan.docx', docxHugeGridSpan());
    expectRefused(english, 'gridspan.docx', /table 3: a cell spans 2,000,000,000 columns, more than 1,000; .*split the merged cell/);
    const russian = importing('gridspan.docx', docxHugeGridSpan(), 'ru_RU.UTF-8');
    expectRefused(russian, 'gridspan.docx', /таблица 3: ячейка объединяет 2\u00A0000\u00A0000\u00A0000 столбцов, больше 1000; .*разделите объединённую ячейку/);
  });

  it('200 DOCX cells of span 100 000 (17.5 s, 1.34 GB)', () => {
    expectRefused(importing('spans.docx', docxManySpans()), 'spans.docx', /table 1: a cell spans 100,000 columns/);
  });

  it('a vertical merge repeating 20 000 characters into 20 000 rows', () => {
    expectRefused(importing('vmerge.docx', docxVMergeChain()), 'vmerge.docx', /table 1: merged cells repeat more than 20,000,000 characters/);
  });

  it('a sheet merging A6:Z200000 (16 s, 2.25 GB) or A6:XFD1048576 (over 60 s, 4.2 GB), before exceljs sees it', () => {
    expectRefused(importing('rows.xlsx', xlsxOf({ merges: ['A6:Z200000'] })), 'rows.xlsx', /План!A6:Z200000: a cell spans 199,995 rows, more than 10,000/);
    expectRefused(
      importing('sheet.xlsx', xlsxOf({ merges: ['A6:XFD1048576'] })),
      'sheet.xlsx',
      /План!A6:XFD1048576: a cell spans 16,384 columns, more than 1,000/,
    );
  });

  it('many merges of a sheet, each within the budget, together over it', () => {
    const run = importing('merges.xlsx', xlsxManyMerges(), 'ru_RU.UTF-8');
    expectRefused(run, 'merges.xlsx', /План!A\d+:J\d+: с этим диапазоном \(1000 ячеек\) объединённых ячеек в книге больше 100\u00A0000/);
  });

  it('HTML rowspans copied into every row (a 689 KB page took 147 s and 3 GB)', () => {
    expectRefused(importing('rowspan.html', htmlRowspanCopies()), 'rowspan.html', /table 1: the tables hold more than 1,000,000 cells/);
  });

  it('an HTML colspan of two billion', () => {
    expectRefused(importing('colspan.html', htmlHugeColspan()), 'colspan.html', /table 1: a cell spans 2,000,000,000 columns/);
  });
});

describe('plan import reads a large document within the budget in linear time', () => {
  it('a header row of 50 000 cells (many cells in one row were quadratic: a 1 MB page took 57 s)', () => {
    const run = importing('wide.html', htmlWideRow(50_000, 10));
    expect(run.code, run.stderr.slice(0, 300)).toBe(0);
    expect(run.stdout).toMatch(/imported wide\.html/);
    expectWithinBudget(run);
  });

  it('20 000 cells under no heading in each row (each note copied the item’s notes before it), one note a row', () => {
    const run = importing('notes.docx', docxManyNotes(10, 20_000));
    expect(run.code, run.stderr.slice(0, 300)).toBe(0);
    const notes = run.stderr.split('\n').filter((line) => line.includes('cell not placed'));
    expect(notes).toHaveLength(10);
    expect(notes[0]).toMatch(/cell not placed: «лишнее \| лишнее \| .*лишнее»$/);
    expectWithinBudget(run);
  });

  it('60 000 stamp lines above the table (each stamp copied every line after it)', () => {
    const run = importing('stamps.docx', docxManyStamps(60_000));
    expect(run.code, run.stderr.slice(0, 300)).toBe(0);
    expectWithinBudget(run);
  });
});
