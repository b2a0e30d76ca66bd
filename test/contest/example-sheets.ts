// The example contest's jury sheets for the distance stage, written by the
// built command into a copy of the example workspace and filled by fflate.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { copyOfExampleWorkspace, spawnCli } from '../helpers/cli.js';
import { allScores, fillSheet, type Typed } from './fill-sheet.js';

export const contestFile = 'plans/2024-2025-contest-example.yaml';
export const stageFolder = 'out/contest/samyj-klassnyj-2025-distance';
export const sheetOf = (juror: string) => `${stageFolder}/samyj-klassnyj-2025-distance-${juror}.xlsx`;
export const rows = [8, 9, 10, 11, 12];
export const letters = ['E', 'F', 'G', 'H'];
/** Rows each juror may not score (their own school's participants). */
export const conflicts: Record<string, number[]> = { lebedeva: [], orlov: [8], sokolova: [9, 11] };
/** Scores per juror: row 8 (Андреева) best, row 12 lowest; jurors differ a little. */
const score =
  (juror: string) =>
  (row: number, letter: string): Typed =>
    conflicts[juror]!.includes(row) ? null : Math.max(0, 5 - (row - 8) - (juror === 'orlov' && letter === 'E' ? 1 : 0));

export function writeSheets(): string {
  const dir = copyOfExampleWorkspace();
  const result = spawnCli(['contest', 'sheets', contestFile, '--stage', 'distance'], { cwd: dir });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return dir;
}

export function fill(dir: string, juror: string, values: Record<string, Typed>, saved?: string): void {
  const file = path.join(dir, sheetOf(juror));
  writeFileSync(file, fillSheet(readFileSync(file), values, saved));
}

export function fillAll(dir: string): void {
  for (const juror of ['lebedeva', 'orlov', 'sokolova']) {
    fill(
      dir,
      juror,
      Object.fromEntries(Object.entries(allScores(rows, letters, score(juror))).filter(([address]) => !conflicts[juror]!.includes(Number(address.slice(1))))),
    );
  }
}
