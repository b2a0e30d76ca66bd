// Who goes on from the first stage, written into the contest file by the built
// command, and used by the next stage's sheets.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { setAdmitted } from '../../src/contest/admit.js';
import { runCli, spawnCli } from '../helpers/cli.js';
import { contestFile, fillAll, stageFolder, writeSheets } from './example-sheets.js';

describe('centre contest admit', () => {
  it('writes the next stage’s admitted list, changing nothing else, and the next stage’s sheets hold only them', () => {
    const dir = writeSheets();
    fillAll(dir);
    const file = path.join(dir, contestFile);
    const before = readFileSync(file, 'utf8').replace('    advance:\n      top: 3\n', '    advance:\n      top: 2\n');
    writeFileSync(file, before);
    const result = spawnCli(['contest', 'admit', contestFile, stageFolder, '--stage', 'distance'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('admitted 4 participant(s) to «Очный тур» in plans/2024-2025-contest-example.yaml');
    const after = readFileSync(file, 'utf8');
    const lines = after.split('\n');
    const added = lines.findIndex((line) => line.startsWith('    admitted:'));
    expect(lines[added]).toBe('    admitted: [p01, p02, p04, p05]');
    expect([...lines.slice(0, added), ...lines.slice(added + 1)].join('\n')).toBe(before);
    // the line is in the final stage, after its tests
    expect(
      lines
        .slice(0, added)
        .filter((line) => line.startsWith('  - id:'))
        .at(-1),
    ).toBe('  - id: final');
    expect(spawnCli(['contest', 'sheets', contestFile, '--stage', 'final'], { cwd: dir }).code).toBe(0);
    const folder = path.join(dir, 'out/contest/samyj-klassnyj-2025-final');
    for (const name of readdirSync(folder)) {
      const parts = unzipSync(readFileSync(path.join(folder, name)));
      const text = Object.entries(parts)
        .filter(([part]) => part.startsWith('xl/'))
        .map(([, data]) => strFromU8(data))
        .join('');
      expect(text).toContain('Андреева Мария Сергеевна');
      expect(text).not.toContain('Васильева Анна Петровна');
    }
  });

  it('refuses the last stage, which nobody leaves, in Russian', async () => {
    const dir = writeSheets();
    const result = await runCli(['contest', 'admit', contestFile, stageFolder, '--stage', 'final'], { cwd: dir, env: { LANG: 'ru_RU.UTF-8' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Этап «Очный тур» последний или ни о ком не говорит, что проходит дальше');
  });
});

describe('the admitted list in the contest text', () => {
  it('replaces a list already there', () => {
    const text = 'kind: contest\nstages:\n  - id: a\n    title: A # first\n  - id: b\n    admitted: [p09]\n    title: B\n';
    expect(setAdmitted(text, 1, ['p01', 'p02'])).toBe(
      'kind: contest\nstages:\n  - id: a\n    title: A # first\n  - id: b\n    admitted: [p01, p02]\n    title: B\n',
    );
    expect(setAdmitted(text, 0, ['p01'])).toBe(
      'kind: contest\nstages:\n  - id: a\n    title: A # first\n    admitted: [p01]\n  - id: b\n    admitted: [p09]\n    title: B\n',
    );
  });
});
