// Filling forms as a school would (exceljs, or LibreOffice re-saving them) and
// reading workbooks back with an independent reader (LibreOffice → CSV).
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parseCsv } from '../../src/reports/csv.js';
import { soffice } from '../helpers/libreoffice.js';

export type Values = Record<string, ExcelJS.CellValue>;

/** Types values into the named input cells of a form, and saves it. */
export async function fillForm(file: string, values: Values, output = file): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  for (const [name, value] of Object.entries(values)) {
    const [range] = workbook.definedNames.getRanges(name.startsWith('centre_') ? name : `centre_${name}`).ranges;
    if (!range) throw new Error(`no cell named ${name}`);
    const [sheet, address] = range.split('!') as [string, string];
    workbook.getWorksheet(sheet.replace(/^'|'$/g, ''))!.getCell(address.replaceAll('$', '')).value = value;
  }
  await workbook.xlsx.writeFile(output);
}

/** Opens the workbook in LibreOffice Calc and saves it again as .xlsx, as a school's spreadsheet program would. */
export function resaveWithLibreOffice(file: string, outDir: string): string {
  soffice(['--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outDir, file]);
  return path.join(outDir, path.basename(file));
}

/** Every sheet of a workbook as rows of text, read by LibreOffice Calc (stored values, no recalculation of ours). */
export function sheetsWithLibreOffice(file: string): Map<string, string[][]> {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'centre-csv-'));
  soffice(['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', outDir, file]);
  const base = path.basename(file, '.xlsx');
  const sheets = new Map<string, string[][]>();
  for (const name of readdirSync(outDir)) {
    const sheet = name.slice(base.length + 1, -'.csv'.length);
    sheets.set(sheet, parseCsv(readFileSync(path.join(outDir, name), 'utf8')));
  }
  if (sheets.size === 0) throw new Error(`LibreOffice could not open ${file}`);
  return sheets;
}
