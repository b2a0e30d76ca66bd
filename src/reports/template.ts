// The XLSX form a school fills in: one row per indicator with an unlocked,
// validated input cell; everything else locked; and hidden metadata so that
// `centre report merge` recognises the form. Cells are found by defined names
// (centre_<indicator>), never by fixed addresses.
import ExcelJS from 'exceljs';
import { formatDateLong } from '../text/typography.js';
import { dateParts, isoDate, type IsoDate } from '../schema/iso-date.js';
import type { Indicator, MonitoringForm, School } from '../schema/reports.js';

import { FORM_SHEET, META_NAMES, META_SHEET, NAME_PREFIX } from './form-names.js';

export interface TemplateRequest {
  readonly form: MonitoringForm;
  readonly periodId: string;
  /** The academic year, e.g. 2024-2025: the due date is in it. */
  readonly year: string;
  /** The due day (YYYY-MM-DD) as the form states it: moved off a day off by the caller (Civil Code art. 193). */
  readonly due: IsoDate;
  /** Pre-filled and locked when given; otherwise the school types its code. */
  readonly school?: School;
}

/** The period's due day (12-15) in the academic year (2024-2025) as YYYY-MM-DD: September to December in the first year. */
export function dueDay(due: string, year: string): IsoDate {
  const month = Number(due.slice(0, 2));
  const first = Number(year.slice(0, 4));
  return isoDate(month >= 9 ? first : first + 1, month, Number(due.slice(3, 5)));
}

const longDate = (date: IsoDate) => formatDateLong(dateParts(date));

/** «до 16 декабря 2024 г. (15 декабря 2024 г. — выходной день)» when the due day was moved. */
function dueText(period: { readonly due: string }, year: string, due: IsoDate): string {
  const written = dueDay(period.due, year);
  return written === due ? `до ${longDate(due)}` : `до ${longDate(due)} (${longDate(written)} — выходной день)`;
}

const typeLabels: Record<Indicator['type'], string> = {
  integer: 'целое число',
  number: 'число',
  percent: 'процент, от 0 до 100',
  boolean: 'да или нет',
  choice: 'выбор из списка',
  text: 'текст',
  date: 'дата',
};

/** Excel refuses an input message whose title is longer than this. */
const PROMPT_TITLE_LIMIT = 32;

/** The indicator's label as the title of its input message: what the school reads, never its id. */
function promptTitleOf(indicator: Indicator): string {
  const label = indicator.label.trim();
  return label.length <= PROMPT_TITLE_LIMIT ? label : `${label.slice(0, PROMPT_TITLE_LIMIT - 1).trimEnd()}…`;
}

function validationOf(indicator: Indicator): ExcelJS.DataValidation | undefined {
  const prompt = indicator.hint ?? `Введите: ${typeLabels[indicator.type]}${indicator.unit ? `, ${indicator.unit}` : ''}`.replace(/\.?$/, '.');
  const common = {
    allowBlank: !indicator.required,
    showInputMessage: true,
    promptTitle: promptTitleOf(indicator),
    prompt: prompt.slice(0, 255),
    showErrorMessage: true,
    errorTitle: 'Недопустимое значение',
  };
  const bounds = (low: number, high: number) => ({ operator: 'between' as const, formulae: [indicator.min ?? low, indicator.max ?? high] });
  switch (indicator.type) {
    case 'integer':
      return {
        type: 'whole',
        ...bounds(0, 1_000_000_000),
        ...common,
        error: `Целое число${indicator.min !== undefined ? ` от ${indicator.min}` : ' не меньше 0'}${indicator.max !== undefined ? ` до ${indicator.max}` : ''}.`,
      };
    case 'number':
      return { type: 'decimal', ...bounds(-1_000_000_000, 1_000_000_000), ...common, error: 'Число в допустимых пределах.' };
    case 'percent':
      return { type: 'decimal', ...bounds(0, 100), ...common, error: 'Процент от 0 до 100.' };
    case 'boolean':
      return { type: 'list', formulae: ['"да,нет"'], ...common, error: 'Выберите «да» или «нет».' };
    case 'choice':
      return {
        type: 'list',
        formulae: [`"${(indicator.choices ?? []).map((choice) => choice.replaceAll('"', '""').replaceAll(',', '‚')).join(',')}"`],
        ...common,
        error: 'Выберите значение из списка.',
      };
    case 'date':
      return { type: 'date', operator: 'greaterThan', formulae: [new Date(Date.UTC(2000, 0, 1))], ...common, error: 'Дата в формате ДД.ММ.ГГГГ.' };
    case 'text':
      return { type: 'textLength', operator: 'lessThanOrEqual', formulae: [2000], ...common, error: 'Не больше 2000 знаков.' };
  }
}

/** Characters of 11-point text on a line of the label column (70 wide), and the points a line takes. */
const LABEL_LINE_CHARS = 62;
const LINE_POINTS = 15;

/** The lines a text takes wrapped at word boundaries to lines of `width` characters, as a spreadsheet wraps it. */
export function wrappedLines(text: string, width: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const length = word.length;
    if (used === 0) used = length;
    else if (used + 1 + length <= width) used += 1 + length;
    else (lines++, (used = length));
    while (used > width) (lines++, (used -= width));
  }
  return lines;
}

const unlocked = { locked: false };
const thin = { style: 'thin' as const };
const box = { top: thin, left: thin, bottom: thin, right: thin };

export function buildTemplate({ form, periodId, year, due, school }: TemplateRequest): ExcelJS.Workbook {
  const period = form.periods.find((p) => p.id === periodId)!;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'centre';
  workbook.title = form.title;
  const sheet = workbook.addWorksheet(FORM_SHEET, {
    views: [{ state: 'frozen', ySplit: 5 }],
    pageSetup: { orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = [{ width: 6 }, { width: 70 }, { width: 10 }, { width: 22 }];
  sheet.mergeCells('A1:D1');
  sheet.getCell('A1').value = form.title;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = `${period.title}, ${year} учебный год. Срок сдачи — ${dueText(period, year, due)}`;
  const schoolCell = sheet.getCell('C3');
  sheet.mergeCells('C3:D3');
  if (school) {
    schoolCell.value = school.id;
    sheet.getCell('B3').value = `Школа: ${school.shortName ?? school.name}, код:`;
  } else {
    schoolCell.protection = unlocked;
    schoolCell.border = box;
    sheet.getCell('B3').value = 'Школа: впишите код школы из реестра справа →';
  }
  const header = sheet.getRow(5);
  header.values = ['№', 'Показатель', 'Ед. изм.', 'Значение'];
  header.font = { bold: true };
  header.eachCell((cell) => (cell.border = box));

  form.indicators.forEach((indicator, index) => {
    const row = sheet.getRow(6 + index);
    row.values = [index + 1, indicator.label + (indicator.required ? '' : ' (если есть)'), indicator.unit ?? '', null];
    row.eachCell({ includeEmpty: true }, (cell) => (cell.alignment = { vertical: 'top', wrapText: Number(cell.col) === 2 }));
    // Spreadsheets do not grow a row for wrapped text they did not lay out themselves.
    row.height = LINE_POINTS * wrappedLines(String(row.getCell(2).value), LABEL_LINE_CHARS) + 2;
    row.eachCell({ includeEmpty: true }, (cell) => (cell.border = box));
    const input = row.getCell(4);
    input.protection = unlocked;
    input.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
    if (indicator.type === 'date') input.numFmt = 'dd.mm.yyyy';
    if (indicator.type === 'percent' || indicator.type === 'number') input.numFmt = '0.0';
    const validation = validationOf(indicator);
    // Through the collection, not cell.dataValidation: exceljs bug #2820.
    if (validation)
      (sheet as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(input.address, validation);
    workbook.definedNames.add(`'${FORM_SHEET}'!$D$${6 + index}`, `${NAME_PREFIX}${indicator.id}`);
  });

  signatureBlock(sheet, 6 + form.indicators.length + 1);

  const meta = workbook.addWorksheet(META_SHEET, { state: 'veryHidden' });
  const metadata: [keyof typeof META_NAMES, string | number][] = [
    ['form', form.id],
    ['version', form.version],
    ['period', period.id],
    ['year', year],
    ['school', school?.id ?? ''],
  ];
  metadata.forEach(([key, value], index) => {
    meta.getCell(`A${index + 1}`).value = key;
    meta.getCell(`B${index + 1}`).value = value;
    workbook.definedNames.add(`'${META_SHEET}'!$B$${index + 1}`, META_NAMES[key]);
  });
  // The school cell of a blank form is where the school says who it is.
  if (!school) workbook.definedNames.add(`'${FORM_SHEET}'!$C$3`, `${META_NAMES.school}_input`);
  return workbook;
}

/** Who filled the form in and who signs it, below the indicators: the executor's line is typed in, the head signs on paper. */
function signatureBlock(sheet: ExcelJS.Worksheet, first: number): void {
  const lines: [string, boolean][] = [
    ['Исполнитель (ФИО, телефон)', true],
    ['Руководитель ОО (подпись)', false],
  ];
  lines.forEach(([label, typed], index) => {
    const number = first + index;
    const row = sheet.getRow(number);
    row.getCell(2).value = label;
    row.getCell(2).alignment = { horizontal: 'right', vertical: 'bottom' };
    sheet.mergeCells(`C${number}:D${number}`);
    const line = row.getCell(3);
    line.border = { bottom: thin };
    if (typed) line.protection = unlocked;
    row.height = 24;
  });
}

/** Locks everything but the input cells; no password, so a school can still unprotect it if it must. */
export async function protectTemplate(workbook: ExcelJS.Workbook): Promise<void> {
  const sheet = workbook.getWorksheet(FORM_SHEET)!;
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
}
