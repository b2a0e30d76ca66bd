// Hostile workbooks through the installed command: a summary whose sheet
// merges a whole sheet is refused by `report compare` in one line before
// exceljs sees it (the audit: out of memory after 73 s at 4.3 GB), and a
// school's form with hundreds of thousands of unclosed cells or shared
// strings is read by `report merge` in linear time. The child stays under 300 MB.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { spawnMeasured } from '../helpers/measured.js';
import { fillForm, reportOf, reportWorkspace } from './helpers.js';

let workspace: string;
let summary: string;
let filledForm: string;

/** The workbook with `change` applied to every worksheet's XML. */
function withSheets(file: string, change: (xml: string) => string): Uint8Array {
  const parts = unzipSync(readFileSync(file));
  for (const name of Object.keys(parts)) if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) parts[name] = strToU8(change(strFromU8(parts[name]!)));
  return zipSync(parts);
}

beforeAll(async () => {
  const made = await reportWorkspace();
  workspace = made.workspace;
  const filled = path.join(workspace, 'filled');
  mkdirSync(filled);
  filledForm = path.join(filled, 'gai-6.xlsx');
  await fillForm(made.formOf('gai-6'), reportOf(1), filledForm);
  await fillForm(made.formOf('gai-1'), reportOf(2), path.join(filled, 'gai-1.xlsx'));
  summary = path.join(workspace, 'summary.xlsx');
  const merged = await runCli(['report', 'merge', filled, '--registry', 'plans/registry.yaml', '-o', summary], { cwd: workspace });
  expect(merged.code, merged.stderr).toBe(0);
});

describe('report compare', () => {
  it('refuses, in one line, a summary whose sheet merges A6:XFD1048576, before exceljs sees it', () => {
    const hostile = path.join(workspace, 'merged-sheet.xlsx');
    writeFileSync(
      hostile,
      withSheets(summary, (xml) =>
        xml
          .replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A6:XFD1048576"/></mergeCells>')
          .replace(/<mergeCells count="\d+">(?=<mergeCell ref="(?!A6:XFD))/, ''),
      ),
    );
    const run = spawnMeasured(['report', 'compare', 'summary.xlsx', 'merged-sheet.xlsx', '-o', 'out/compare.xlsx'], { cwd: workspace });
    expect(run.code, run.stderr).toBe(1);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^merged-sheet\.xlsx +error: .+!A6:XFD1048576: a cell spans 16,384 columns, more than 1,000; /);
    expect(run.peakMb).toBeLessThan(300);
  });

  it('still compares a summary whose merges are within the budget', () => {
    const run = spawnMeasured(['report', 'compare', 'summary.xlsx', 'summary.xlsx', '-o', 'out/same.xlsx'], { cwd: workspace });
    expect(run.code, run.stderr).toBe(0);
  });
});

describe('report merge', () => {
  it('reads a form with 400 000 unclosed cells and shared strings in linear time (a lazy regex scanned to the end for each)', () => {
    const folder = path.join(workspace, 'hostile');
    mkdirSync(folder);
    const cells = Array.from({ length: 400_000 }, (_, index) => `<c r="Z${index}">`).join('');
    writeFileSync(
      path.join(folder, 'gai-6.xlsx'),
      withSheets(filledForm, (xml) => `${xml}${cells}`),
    );
    const parts = unzipSync(readFileSync(path.join(path.dirname(filledForm), 'gai-1.xlsx')));
    parts['xl/sharedStrings.xml'] = strToU8(
      `${strFromU8(parts['xl/sharedStrings.xml']!)}${Array.from({ length: 200_000 }, (_, index) => `<si><t>${index}`).join('')}`,
    );
    writeFileSync(path.join(folder, 'gai-1.xlsx'), zipSync(parts));
    const run = spawnMeasured(['report', 'merge', folder, '--registry', 'plans/registry.yaml', '-o', 'out/hostile.xlsx'], {
      cwd: workspace,
      timeoutMs: 60_000,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/hostile\.xlsx/);
    expect(run.peakMb).toBeLessThan(300);
    expect(run.cpuMs).toBeLessThan(15_000);
  });
});
