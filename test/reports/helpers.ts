// Filling forms as a school would (exceljs, or LibreOffice re-saving them) and
// reading workbooks back with an independent reader (LibreOffice → CSV).
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { quickValidate } from '../../src/kinds/quick-check.js';
import { parseCsv } from '../../src/reports/csv.js';
import { soffice } from '../helpers/libreoffice.js';

export type Values = Record<string, ExcelJS.CellValue>;

export interface FillOptions {
  /** The workbook's own «last modified» time (docProps/core.xml), as a spreadsheet program sets it on saving. */
  readonly modified?: Date;
  /** Number formats of input cells, e.g. {roadmap_share: '0.0%'}. */
  readonly numFmt?: Record<string, string>;
}

/** Types values into the named input cells of a form, and saves it. */
export async function fillForm(file: string, values: Values, output = file, options: FillOptions = {}): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const cellNamed = (name: string) => {
    const [range] = workbook.definedNames.getRanges(name.startsWith('centre_') ? name : `centre_${name}`).ranges;
    if (!range) throw new Error(`no cell named ${name}`);
    const [sheet, address] = range.split('!') as [string, string];
    return workbook.getWorksheet(sheet.replace(/^'|'$/g, ''))!.getCell(address.replaceAll('$', ''));
  };
  for (const [name, value] of Object.entries(values)) cellNamed(name).value = value;
  for (const [name, format] of Object.entries(options.numFmt ?? {})) cellNamed(name).numFmt = format;
  if (options.modified) workbook.modified = options.modified;
  await workbook.xlsx.writeFile(output);
}

/** Opens the workbook in LibreOffice Calc and saves it again as .xlsx, as a school's spreadsheet program would. */
export function resaveWithLibreOffice(file: string, outDir: string): string {
  soffice(['--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outDir, file]);
  return path.join(outDir, path.basename(file));
}

const csvFilter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

/** Every sheet of a workbook as rows of text, read by LibreOffice Calc (stored values, no recalculation of ours). */
export function sheetsWithLibreOffice(file: string): Map<string, string[][]> {
  return sheetsOfWorkbooksWithLibreOffice([file])[0]!;
}

/**
 * The sheets of several workbooks, in order, read in one LibreOffice run: each start of LibreOffice
 * takes seconds, the reading of a small workbook a fraction of one.
 */
export function sheetsOfWorkbooksWithLibreOffice(files: readonly string[]): Map<string, string[][]>[] {
  const inDir = mkdtempSync(path.join(os.tmpdir(), 'centre-csv-in-'));
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'centre-csv-'));
  // numbered copies: the workbooks may share a name (summary.xlsx), and LibreOffice names its output after its input
  const copies = files.map((file, index) => {
    const copy = path.join(inDir, `${index}-${path.basename(file)}`);
    copyFileSync(file, copy);
    return copy;
  });
  soffice(['--convert-to', csvFilter, '--outdir', outDir, ...copies]);
  return copies.map((copy) => csvSheets(copy, outDir));
}

/**
 * The same, with every formula recalculated by LibreOffice when it loads the
 * file (its OOXMLRecalcMode set to «always»): what a user sees after pressing
 * F9, so the formulas are checked, not only the values stored beside them.
 */
export function recalculatedSheetsWithLibreOffice(file: string): Map<string, string[][]> {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'centre-csv-'));
  soffice(
    ['--convert-to', csvFilter, '--outdir', outDir, file],
    ['<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>'],
  );
  return csvSheets(file, outDir);
}

function csvSheets(file: string, outDir: string): Map<string, string[][]> {
  const base = path.basename(file, '.xlsx');
  const sheets = new Map<string, string[][]>();
  for (const name of readdirSync(outDir).filter((name) => name.startsWith(`${base}-`))) {
    const sheet = name.slice(base.length + 1, -'.csv'.length);
    sheets.set(sheet, parseCsv(readFileSync(path.join(outDir, name), 'utf8')));
  }
  if (sheets.size === 0) throw new Error(`LibreOffice could not open ${file}`);
  return sheets;
}

/** A workspace with the shipped registry and form, and the interim 2024-2025 forms in out/forms. */
export async function reportWorkspace(): Promise<{ workspace: string; formOf: (id: string) => string }> {
  const { copyFileSync, mkdirSync } = await import('node:fs');
  const { repoRoot, runCli, temporaryDir } = await import('../helpers/cli.js');
  const workspace = temporaryDir('centre-reports-');
  mkdirSync(path.join(workspace, 'plans'));
  copyFileSync(path.join(repoRoot, 'plans', 'registry.yaml'), path.join(workspace, 'plans', 'registry.yaml'));
  mkdirSync(path.join(workspace, 'templates'));
  copyFileSync(path.join(repoRoot, 'templates', 'monitoring-form.yaml'), path.join(workspace, 'templates', 'monitoring-form.yaml'));
  const made = await runCli(['report', 'template', '--registry', 'plans/registry.yaml', '--period', 'interim', '--year', '2024-2025'], { cwd: workspace });
  if (made.code !== 0) throw new Error(made.stderr);
  return { workspace, formOf: (id) => path.join(workspace, 'out', 'forms', `${id}-interim-2024-2025.xlsx`) };
}

/** A plausible report: different numbers for every school, all checks satisfied. */
export function reportOf(index: number): Values {
  return {
    class_teachers: 20 + index * 3,
    trained: 10 + index,
    trained_online: index,
    contest_participants: 4 + index,
    contest_winners: index % 3,
    class_hours_visited: 30 + index * 7,
    recommendations: index % 2 ? 'в полном объёме' : 'частично',
    roadmap_share: 40 + index * 10,
    local_act: index % 2 ? 'да' : 'нет',
  };
}

/** A plausible report of school number `index` in monitoring round `round` (0, 1 …): different every school and round. */
export function roundValues(round: number, index: number): Values {
  return {
    class_teachers: 20 + index * 3 + round,
    trained: 10 + index + round * 4,
    trained_online: index,
    contest_participants: 4 + index,
    contest_winners: (index + round) % 3,
    class_hours_visited: 30 + index * 7 + round * 11,
    recommendations: 'частично',
    roadmap_share: 40 + index * 10 + round * 5,
    local_act: (index + round) % 2 ? 'да' : 'нет',
  };
}

/** The value of a small YAML file written as lines, checked by the fast path (which must find it valid). */
export function validatedLines<T>(lines: string[]): T {
  return quickValidate(lines.join('\n'))!.validated.value as T;
}
