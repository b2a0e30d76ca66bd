// Nothing a school sent is lost: merge writes only over a summary of its own,
// template keeps the forms already in its output folder.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readNamedCells } from '../../src/reports/xlsx-cells.js';
import { runCli, spawnCli, temporaryDir } from '../helpers/cli.js';
import { fillForm, reportOf, reportWorkspace } from './helpers.js';

let workspace: string;
let formOf: (id: string) => string;
let incoming: string;

beforeAll(async () => {
  ({ workspace, formOf } = await reportWorkspace());
  incoming = path.join(workspace, 'incoming');
  mkdirSync(incoming);
  await fillForm(formOf('gai-6'), reportOf(1), path.join(incoming, 'gai-6.xlsx'));
  await fillForm(formOf('pon-1'), reportOf(2), path.join(incoming, 'pon-1.xlsx'));
});

describe('centre report merge never writes over a file it did not write', () => {
  it('refuses to write the summary over one of the filled forms, and leaves it as it was', async () => {
    const before = readFileSync(path.join(incoming, 'gai-6.xlsx'));
    const result = await runCli(['report', 'merge', 'incoming/', '-o', 'incoming/gai-6.xlsx'], { cwd: workspace });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('incoming/gai-6.xlsx  error: Refusing to write over the input file incoming/gai-6.xlsx; choose another --output.');
    expect(result.stdout).not.toContain('wrote');
    expect(readFileSync(path.join(incoming, 'gai-6.xlsx')).equals(before)).toBe(true);
  });

  it('refuses, as the built bin, in Russian too', () => {
    const result = spawnCli(['report', 'merge', 'incoming', '-o', 'incoming/pon-1.xlsx'], { cwd: workspace, env: { LANG: 'ru_RU.UTF-8' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Не перезаписываю входной файл incoming/pon-1.xlsx; укажите другой --output.');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readNamedCells(readFileSync(path.join(incoming, 'pon-1.xlsx'))).cells.get('centre__school')!.value).toEqual({ kind: 'text', value: 'pon-1' });
  });

  it('refuses to write over any other file that is not a summary of its own', async () => {
    const elsewhere = temporaryDir();
    writeFileSync(path.join(elsewhere, 'budget.xlsx'), 'someone else’s workbook');
    copyFileSync(formOf('buz-cvr'), path.join(elsewhere, 'form.xlsx'));
    for (const name of ['budget.xlsx', 'form.xlsx']) {
      const result = await runCli(['report', 'merge', 'incoming', '-o', path.join(elsewhere, name)], { cwd: workspace });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        `Refusing to write over ${path.join(elsewhere, name)}: it is not a summary workbook written by centre; choose another --output.`,
      );
    }
    expect(readFileSync(path.join(elsewhere, 'budget.xlsx'), 'utf8')).toBe('someone else’s workbook');
  });

  it('writes over a summary of its own, even one lying among the reports, which it names but does not count', async () => {
    const first = await runCli(['report', 'merge', 'incoming', '-o', 'incoming/summary.xlsx'], { cwd: workspace });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('2 school(s) counted, 0 file(s) rejected');
    const again = await runCli(['report', 'merge', 'incoming', '-o', 'incoming/summary.xlsx'], { cwd: workspace });
    expect(again.stderr).toBe('incoming/summary.xlsx: This is a summary written by centre, not a school report; it was not counted.\n');
    expect(again.stdout).toContain('2 school(s) counted, 0 file(s) rejected');
    expect(again.stdout).toContain('wrote incoming/summary.xlsx');
    expect(again.code).toBe(0);
  });
});

describe('a summary written before summaries carried their mark', () => {
  it('is known by its maker and its three sheets, and written over; the same sheets made by someone else are not', async () => {
    const dir = temporaryDir();
    for (const [name, creator] of [
      ['old-summary.xlsx', 'centre'],
      ['lookalike.xlsx', 'Иванова'],
    ] as const) {
      const workbook = new ExcelJS.Workbook();
      workbook.creator = creator;
      for (const sheet of ['Свод', 'Не сдали', 'Ошибки']) workbook.addWorksheet(sheet).getCell('A1').value = 'итог';
      await workbook.xlsx.writeFile(path.join(dir, name));
    }
    const old = await runCli(['report', 'merge', 'incoming', '-o', path.join(dir, 'old-summary.xlsx')], { cwd: workspace });
    expect(old.stdout).toContain(`wrote ${path.join(dir, 'old-summary.xlsx')}`);
    const lookalike = await runCli(['report', 'merge', 'incoming', '-o', path.join(dir, 'lookalike.xlsx')], { cwd: workspace });
    expect(lookalike.code).toBe(1);
    expect(lookalike.stderr).toContain('it is not a summary workbook written by centre');
  });
});

describe('centre report template keeps the forms already in its folder', () => {
  it('names each form by school, period and year, and keeps an existing (filled) one unless --force', async () => {
    const out = temporaryDir();
    const args = ['report', 'template', '--registry', 'plans/registry.yaml', '--period', 'final', '--year', '2025-2026', '-o', out];
    expect((await runCli(args, { cwd: workspace })).code).toBe(0);
    expect(readdirSync(out)).toContain('gai-6-final-2025-2026.xlsx');
    const filled = path.join(out, 'gai-6-final-2025-2026.xlsx');
    await fillForm(filled, reportOf(3));
    const before = readFileSync(filled);

    const again = await runCli(args, { cwd: workspace });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`kept ${path.join(out, 'gai-6-final-2025-2026.xlsx')} (already exists)`);
    expect(again.stdout).toContain('wrote 0 form(s) for final 2025-2026');
    expect(again.stdout).toContain('5 form(s) already there were kept (they may be filled in); pass --force to write them again.');
    expect(readFileSync(filled).equals(before)).toBe(true);

    const otherPeriod = await runCli([...args.slice(0, 5), 'interim', ...args.slice(6)], { cwd: workspace });
    expect(otherPeriod.stdout).toContain('wrote 5 form(s) for interim 2025-2026');

    const forced = await runCli([...args, '--force'], { cwd: workspace });
    expect(forced.stdout).toContain('wrote 5 form(s) for final 2025-2026');
    expect(readNamedCells(readFileSync(filled)).cells.get('centre_class_teachers')!.value).toEqual({ kind: 'empty' });
  });
});
