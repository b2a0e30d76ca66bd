// The XLSX sheet one juror fills for one stage: participants × criteria, each
// score cell validated 0..max, everything else locked, the juror's own
// school's participants locked out and marked, and hidden data that tells the
// merge which contest, stage and juror the sheet is for.
import ExcelJS from 'exceljs';
import type { Contest, ContestStage, Juror } from '../schema/contest.js';
import { columnLetter } from '../reports/columns.js';
import { stageMaximum } from './model.js';
import {
  DATA_CELLS,
  DATA_CRITERIA_ROW,
  DATA_FIRST_PARTICIPANT_ROW,
  FIRST_ROW,
  FIRST_SCORE_COLUMN,
  SCORE_SHEET,
  SHEET_DATA,
  SHEET_VERSION,
  sheetLayout,
} from './sheet-layout.js';

export interface JurySheetRequest {
  readonly contest: Contest;
  readonly stage: ContestStage;
  readonly juror: Juror;
  /** How a participant's school is shown: the registry's short name for a school id. */
  readonly schoolName: (school: string) => string;
}

const thin = { style: 'thin' as const };
const box = { top: thin, left: thin, bottom: thin, right: thin };
const inputFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
const lockedFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
const number = (value: number) => String(value).replace('.', ',');

export function buildJurySheet({ contest, stage, juror, schoolName }: JurySheetRequest): ExcelJS.Workbook {
  const { rows, columns } = sheetLayout(contest, stage, juror);
  const nominations = new Map(contest.nominations.map((nomination) => [nomination.id, nomination.title]));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'centre';
  workbook.title = `${contest.title}: ${stage.title}`;
  const sumColumn = FIRST_SCORE_COLUMN + columns.length;
  const sheet = workbook.addWorksheet(SCORE_SHEET, {
    views: [{ state: 'frozen', xSplit: 2, ySplit: FIRST_ROW - 1 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = [{ width: 5 }, { width: 34 }, { width: 26 }, { width: 22 }, ...columns.map(() => ({ width: 14 })), { width: 10 }, { width: 24 }];
  sheet.getCell('A1').value = contest.title;
  sheet.getCell('A1').font = { bold: true, size: 13 };
  sheet.getCell('A2').value = `${stage.title}. Оценочный лист члена жюри`;
  sheet.getCell('A3').value = `Член жюри: ${juror.name}, ${juror.position}`;
  sheet.getCell('A4').value =
    `Поставьте баллы в жёлтые ячейки: от 0 до наибольшего балла критерия (наибольшая сумма — ${number(stageMaximum(stage))}). Серые строки — участники вашей организации: их вы не оцениваете.`;

  const testRow = sheet.getRow(FIRST_ROW - 2);
  const criterionRow = sheet.getRow(FIRST_ROW - 1);
  ['№', 'Участник', 'Организация', 'Номинация'].forEach((title, index) => {
    sheet.mergeCells(FIRST_ROW - 2, index + 1, FIRST_ROW - 1, index + 1);
    testRow.getCell(index + 1).value = title;
  });
  for (const test of stage.tests) {
    const first = columns.findIndex((column) => column.criterion.testId === test.id) + FIRST_SCORE_COLUMN;
    const last = first + test.criteria.length - 1;
    if (last > first) sheet.mergeCells(FIRST_ROW - 2, first, FIRST_ROW - 2, last);
    testRow.getCell(first).value = test.title;
  }
  columns.forEach(
    (column, index) => (criterionRow.getCell(FIRST_SCORE_COLUMN + index).value = `${column.criterion.title} (0–${number(column.criterion.max)})`),
  );
  sheet.mergeCells(FIRST_ROW - 2, sumColumn, FIRST_ROW - 1, sumColumn);
  testRow.getCell(sumColumn).value = 'Сумма';
  sheet.mergeCells(FIRST_ROW - 2, sumColumn + 1, FIRST_ROW - 1, sumColumn + 1);
  testRow.getCell(sumColumn + 1).value = 'Примечание';
  for (const row of [testRow, criterionRow]) {
    row.font = { bold: true };
    for (let column = 1; column <= sumColumn + 1; column++) {
      row.getCell(column).border = box;
      row.getCell(column).alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    }
  }
  criterionRow.height = 15 * Math.max(2, ...columns.map((column) => Math.ceil((column.criterion.title.length + 6) / 14)));

  const validations = (sheet as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  rows.forEach(({ row: rowNumber, participant, conflict }, index) => {
    const row = sheet.getRow(rowNumber);
    row.values = [index + 1, participant.name, schoolName(participant.school), nominations.get(participant.nomination) ?? ''];
    for (let column = 1; column <= sumColumn + 1; column++) {
      const cell = row.getCell(column);
      cell.border = box;
      cell.alignment = { vertical: 'top', wrapText: column <= 4 || column > sumColumn };
    }
    columns.forEach((column) => {
      const cell = row.getCell(column.letter);
      if (conflict) {
        cell.value = '—';
        cell.fill = lockedFill;
        cell.alignment = { horizontal: 'center' };
        return;
      }
      cell.protection = { locked: false };
      cell.fill = inputFill;
      // Through the collection, not cell.dataValidation: exceljs bug #2820.
      validations.add(cell.address, {
        type: 'decimal',
        operator: 'between',
        formulae: [0, column.criterion.max],
        allowBlank: true,
        showInputMessage: true,
        promptTitle: column.criterion.testTitle.slice(0, 32),
        prompt: `${column.criterion.title}: от 0 до ${number(column.criterion.max)}.`.slice(0, 255),
        showErrorMessage: true,
        errorTitle: 'Недопустимый балл',
        error: `Балл от 0 до ${number(column.criterion.max)}.`,
      });
    });
    if (conflict) {
      row.getCell(sumColumn + 1).value = 'Конфликт интересов: участник из вашей организации, не оценивается';
      for (let column = 1; column <= 4; column++) row.getCell(column).fill = lockedFill;
    } else if (columns.length > 0) {
      row.getCell(sumColumn).value = { formula: `SUM(${columns[0]!.letter}${rowNumber}:${columns.at(-1)!.letter}${rowNumber})` };
    }
  });

  const data = workbook.addWorksheet(SHEET_DATA, { state: 'veryHidden' });
  data.getCell('A1').value = 'contest';
  data.getCell(DATA_CELLS.contest).value = contest.id;
  data.getCell('A2').value = 'stage';
  data.getCell(DATA_CELLS.stage).value = stage.id;
  data.getCell('A3').value = 'juror';
  data.getCell(DATA_CELLS.juror).value = juror.id;
  data.getCell('A4').value = 'version';
  data.getCell(DATA_CELLS.version).value = SHEET_VERSION;
  data.getCell(`A${DATA_CRITERIA_ROW}`).value = 'criteria';
  columns.forEach((column, index) => (data.getCell(`${columnLetter(2 + index)}${DATA_CRITERIA_ROW}`).value = column.criterion.key));
  rows.forEach(({ row, participant }, index) => {
    data.getCell(`A${DATA_FIRST_PARTICIPANT_ROW + index}`).value = row;
    data.getCell(`B${DATA_FIRST_PARTICIPANT_ROW + index}`).value = participant.id;
  });
  return workbook;
}

/** Locks everything but the score cells; no password, so a juror can still unprotect it if they must. */
export async function protectJurySheet(workbook: ExcelJS.Workbook): Promise<void> {
  await workbook.getWorksheet(SCORE_SHEET)!.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
}
