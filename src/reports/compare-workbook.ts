// The comparison as a workbook: «Сравнение», one row per district and
// indicator, the two rounds' values and the change.
import ExcelJS from 'exceljs';
import type { ComparisonRow } from './compare.js';

export interface CompareHeadings {
  readonly title: string;
  readonly a: string;
  readonly b: string;
}

export function buildComparison(rows: readonly ComparisonRow[], headings: CompareHeadings): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'centre';
  workbook.title = headings.title;
  const sheet = workbook.addWorksheet('Сравнение', { views: [{ state: 'frozen', xSplit: 2, ySplit: 2 }] });
  sheet.columns = [{ width: 28 }, { width: 60 }, { width: 18 }, { width: 18 }, { width: 14 }];
  sheet.getCell('A1').value = headings.title;
  sheet.getCell('A1').font = { bold: true, size: 13 };
  const header = sheet.getRow(2);
  header.values = ['Район', 'Показатель', headings.a, headings.b, 'Изменение'];
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  for (const row of rows) {
    const added = sheet.addRow([row.name, row.label, row.a, row.b, row.change]);
    if (row.district === '*') added.font = { bold: true };
    added.getCell(5).numFmt = '+0.###;-0.###;0';
  }
  return workbook;
}
