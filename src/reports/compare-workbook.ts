// The comparison as a workbook: «Сравнение», one row per district and
// indicator, the two rounds' values and the change; «По школам», the same for
// each school. Both print on A4 landscape, one page wide, headers on every page.
import ExcelJS from 'exceljs';
import type { ComparisonRow, SchoolComparisonRow } from './compare.js';

export interface CompareHeadings {
  readonly title: string;
  /** What was compared, below the title: how many schools each round counted, and which. */
  readonly note?: string;
  readonly a: string;
  readonly b: string;
}

const CHANGE_FORMAT = '+0.###;-0.###;0';

/** As the terminal shows it: to the thousandth (a weighted mean has many more digits). */
const rounded = <T>(value: T): T => (typeof value === 'number' ? ((Math.round(value * 1000) / 1000) as T) : value);

/** Characters of 11-point text on a line of a column `width` wide, and the points a line takes. */
const CHARS_PER_WIDTH = 1.05;
const LINE_POINTS = 15;

/**
 * A height that shows every wrapped cell of the row in full: LibreOffice keeps a row one
 * line high when the file gives none, and the lines of a long label run over the next row's.
 */
function fitHeight(row: ExcelJS.Row, widths: readonly number[]): void {
  let lines = 1;
  row.eachCell((cell, column) => {
    const chars = Math.max(1, Math.floor((widths[column - 1] ?? 10) * CHARS_PER_WIDTH) - 2);
    lines = Math.max(lines, Math.ceil(String(cell.value ?? '').length / chars));
  });
  if (lines > 1) row.height = lines * LINE_POINTS;
}

function printed(sheet: ExcelJS.Worksheet): void {
  sheet.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:3' };
  sheet.pageSetup.margins = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 };
}

function titled(sheet: ExcelJS.Worksheet, headings: CompareHeadings, header: string[]): void {
  sheet.getCell('A1').value = headings.title;
  sheet.getCell('A1').font = { bold: true, size: 13 };
  // the note may name many schools: one cell across the sheet, as high as its lines
  const last = sheet.getColumn(header.length).letter;
  sheet.mergeCells(`A2:${last}2`);
  sheet.getCell('A2').value = headings.note ?? '';
  sheet.getCell('A2').alignment = { wrapText: true, vertical: 'top' };
  const width = header.reduce((sum, _, index) => sum + (sheet.getColumn(index + 1).width ?? 10), 0);
  sheet.getRow(2).height = Math.max(1, Math.ceil((headings.note ?? '').length / width)) * 15 + 2;
  const row = sheet.getRow(3);
  row.values = header;
  row.font = { bold: true };
  row.alignment = { wrapText: true, vertical: 'top' };
  // LibreOffice keeps a wrapped row one line high unless told: the rounds' headings take up to three lines
  row.height = 48;
}

export function buildComparison(rows: readonly ComparisonRow[], headings: CompareHeadings, schools: readonly SchoolComparisonRow[] = []): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'centre';
  workbook.title = headings.title;
  const sheet = workbook.addWorksheet('Сравнение', { views: [{ state: 'frozen', xSplit: 2, ySplit: 3 }] });
  const widths = [28, 60, 18, 18, 14];
  sheet.columns = widths.map((width) => ({ width }));
  titled(sheet, headings, ['Район', 'Показатель', headings.a, headings.b, 'Изменение']);
  for (const row of rows) {
    const added = sheet.addRow([row.name, row.label, rounded(row.a), rounded(row.b), row.change]);
    added.alignment = { wrapText: true, vertical: 'top' };
    fitHeight(added, widths);
    if (row.district === '*') added.font = { bold: true };
    added.getCell(5).numFmt = CHANGE_FORMAT;
  }
  printed(sheet);
  if (schools.length > 0) {
    const bySchool = workbook.addWorksheet('По школам', { views: [{ state: 'frozen', xSplit: 3, ySplit: 3 }] });
    const schoolWidths = [24, 36, 48, 16, 16, 12];
    bySchool.columns = schoolWidths.map((width) => ({ width }));
    titled(bySchool, headings, ['Район', 'Школа', 'Показатель', headings.a, headings.b, 'Изменение']);
    for (const row of schools) {
      const added = bySchool.addRow([row.districtName, row.name, row.label, rounded(row.a) ?? '—', rounded(row.b) ?? '—', row.change]);
      added.alignment = { wrapText: true, vertical: 'top' };
      fitHeight(added, schoolWidths);
      added.getCell(6).numFmt = CHANGE_FORMAT;
    }
    printed(bySchool);
  }
  return workbook;
}
