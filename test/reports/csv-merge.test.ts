// A CSV report as schools send it, merged: the last row without a final newline is a row, and
// LibreOffice reads the summary back (office layer; the reader's own tests are in csv.test.ts).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, temporaryDir } from '../helpers/cli.js';
import { reportWorkspace, sheetsWithLibreOffice } from './helpers.js';

let workspace: string;

beforeAll(async () => {
  ({ workspace } = await reportWorkspace());
});

describe('a CSV report without a final newline', () => {
  it('is counted, its last school too', async () => {
    const dir = temporaryDir();
    const header = 'school;class_teachers;trained;contest_participants;contest_winners;class_hours_visited;recommendations;roadmap_share;local_act';
    writeFileSync(path.join(dir, 'reports-2024-2025.csv'), `${header}\r\ngai-6;20;6;3;1;9;частично;25;нет\r\npon-1;12;6;3;1;9;частично;25;да`);
    const result = await runCli(['report', 'merge', dir, '-o', path.join(dir, 'summary.xlsx')], { cwd: workspace });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('1 file(s): 2 school(s) counted, 0 file(s) rejected, 3 school(s) of the registry have not reported.');
    const rows = sheetsWithLibreOffice(path.join(dir, 'summary.xlsx')).get('Свод')!;
    expect(rows.find((r) => r[1] === 'pon-1')![3]).toBe('12');
  });
});
