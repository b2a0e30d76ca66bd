// A plan kept as a sheet: the title and a stamp in rows above the header,
// a merged section row, one timing merged down two rows, a date typed as a
// date. Read as exceljs wrote it and as LibreOffice Calc saves it again.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { mapPlan } from '../../src/import/map-plan.js';
import { planObject } from '../../src/import/plan-yaml.js';
import { readXlsx } from '../../src/import/xlsx.js';
import { temporaryDir } from '../helpers/cli.js';
import { soffice } from '../helpers/libreoffice.js';

const dir = temporaryDir('centre-import-xlsx-');
const written = path.join(dir, 'plan.xlsx');
const resaved = path.join(dir, 'resaved', 'plan.xlsx');

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('План');
  sheet.getCell('D1').value = 'УТВЕРЖДАЮ\nДиректор школы\n________ Е.Н. Филатова';
  sheet.mergeCells('A2:D2');
  sheet.getCell('A2').value = 'План работы методического совета на 2023-2024 учебный год';
  sheet.addRow([]);
  sheet.getRow(3).values = ['№', 'Мероприятие', 'Срок исполнения', 'Ответственный'];
  sheet.mergeCells('A4:D4');
  sheet.getCell('A4').value = 'Раздел 1. Работа с педагогами';
  sheet.getCell('A4').font = { bold: true };
  sheet.getRow(5).values = [1, 'Семинар «Классный час сегодня»', 'октябрь', 'Заместитель директора'];
  sheet.getRow(6).values = [2, 'Мастер-класс', null, 'Руководитель МО'];
  sheet.mergeCells('C5:C6');
  sheet.getRow(7).values = [3, 'Открытые уроки', new Date(Date.UTC(2023, 10, 15)), 'Учителя'];
  for (const row of [3, 5, 6, 7]) for (const column of ['A', 'B', 'C', 'D']) sheet.getCell(`${column}${row}`).border = { top: { style: 'thin' } };
  writeFileSync(written, Buffer.from(await workbook.xlsx.writeBuffer()));
  copyFileSync(written, path.join(dir, 'copy.xlsx'));
  soffice(['--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', path.dirname(resaved), path.join(dir, 'copy.xlsx')]);
  copyFileSync(path.join(path.dirname(resaved), 'copy.xlsx'), resaved);
});

const expected = {
  kind: 'plan',
  title: 'План работы методического совета',
  academicYear: '2023-2024',
  approvals: [{ stamp: 'УТВЕРЖДАЮ', position: 'Директор школы', name: 'Е.Н. Филатова' }],
  sections: [
    {
      title: 'Работа с педагогами',
      items: [
        { id: 1, activity: 'Семинар «Классный час сегодня»', timing: 'октябрь', responsible: ['Заместитель директора'] },
        { id: 2, activity: 'Мастер-класс', timing: 'октябрь', responsible: ['Руководитель МО'] },
        { id: 3, activity: 'Открытые уроки', timing: '15.11.2023', responsible: ['Учителя'] },
      ],
    },
  ],
};

describe('plans kept as a sheet', () => {
  it('as exceljs wrote it', async () => {
    expect(planObject(mapPlan(await readXlsx(readFileSync(written))))).toEqual(expected);
  });
  it('as LibreOffice Calc saves it', async () => {
    expect(planObject(mapPlan(await readXlsx(readFileSync(resaved))))).toEqual(expected);
  });
});
