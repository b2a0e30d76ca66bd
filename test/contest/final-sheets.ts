// The example contest's final-stage sheets, written by the built command and
// filled by fflate (a writer other than centre's): every participant scored,
// row 8 best, so the places are known.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { copyOfExampleWorkspace, spawnCli } from '../helpers/cli.js';
import { conflicts, contestFile, rows } from './example-sheets.js';
import { allScores, fillSheet } from './fill-sheet.js';

export const finalFolder = 'out/contest/samyj-klassnyj-2025-final';
const letters = ['E', 'F', 'G', 'H', 'I', 'J'];

/** The final stage's sheets of the contest in `file` (id `id`) written and filled in; returns their folder. */
export function fillFinal(dir: string, file = contestFile, id = 'samyj-klassnyj-2025'): string {
  const result = spawnCli(['contest', 'sheets', file, '--stage', 'final'], { cwd: dir });
  expect(result.code).toBe(0);
  const folder = `out/contest/${id}-final`;
  for (const juror of ['lebedeva', 'orlov', 'sokolova']) {
    const sheet = path.join(dir, folder, `${id}-final-${juror}.xlsx`);
    const scores = allScores(rows, letters, (row) => Math.max(0, 4 - (row - 8)));
    const own = Object.fromEntries(Object.entries(scores).filter(([address]) => !conflicts[juror]!.includes(Number(address.slice(1)))));
    writeFileSync(sheet, fillSheet(readFileSync(sheet), own));
  }
  return folder;
}

/** A copy of the example workspace with the final stage's sheets filled in. */
export function filledFinal(): string {
  const dir = copyOfExampleWorkspace();
  fillFinal(dir);
  return dir;
}
