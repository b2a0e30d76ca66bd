// The contest's jury sheets and their merge, through the built command as a
// user runs it: sheets written by centre, filled by another writer (fflate on
// the XML), merged, and the results re-read by exceljs.
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, spawnCli } from '../helpers/cli.js';
import { fillSheet } from './fill-sheet.js';

import { contestFile, fill, fillAll, letters, rows, sheetOf, stageFolder, writeSheets } from './example-sheets.js';

describe('centre contest sheets', () => {
  let dir: string;
  beforeAll(() => {
    dir = writeSheets();
  });

  it('writes one sheet per juror, participants × criteria, scores validated 0..max, the rest locked', async () => {
    expect(readdirSync(path.join(dir, stageFolder)).sort()).toEqual(
      ['lebedeva', 'orlov', 'sokolova'].map((juror) => `samyj-klassnyj-2025-distance-${juror}.xlsx`),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, sheetOf('lebedeva')));
    const sheet = workbook.getWorksheet('Оценки')!;
    expect(sheet.getCell('A3').value).toBe('Член жюри: О.П. Лебедева, Методист');
    expect(rows.map((row) => sheet.getCell(`B${row}`).value)).toEqual([
      'Андреева Мария Сергеевна',
      'Борисов Илья Андреевич',
      'Васильева Анна Петровна',
      'Григорьева Елена Викторовна',
      'Дмитриев Олег Николаевич',
    ]);
    // schools by the registry's short name, never by their id
    expect(sheet.getCell('C8').value).toBe('МБОУ «СОШ № 6»');
    expect(sheet.getCell('F7').value).toBe('Язык и стиль (0–5)');
    expect(sheet.getCell('E8').protection?.locked).toBe(false);
    expect(sheet.getCell('B8').protection?.locked ?? true).toBe(true);
    expect((sheet as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    const validation = (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model.H12!;
    expect(validation).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 5] });
    expect(workbook.getWorksheet('_centre_contest')!.state).toBe('veryHidden');
  });

  it('locks out and marks the participants of the juror’s own school', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, sheetOf('sokolova')));
    const sheet = workbook.getWorksheet('Оценки')!;
    for (const row of [9, 11]) {
      expect(letters.map((letter) => sheet.getCell(`${letter}${row}`).value)).toEqual(['—', '—', '—', '—']);
      expect(sheet.getCell(`E${row}`).protection?.locked ?? true).toBe(true);
      expect(String(sheet.getCell(`J${row}`).value)).toContain('Конфликт интересов');
    }
    expect(sheet.getCell('E10').protection?.locked).toBe(false);
  });

  it('never writes over a sheet that is already there', () => {
    const file = path.join(dir, sheetOf('orlov'));
    const filled = fillSheet(readFileSync(file), { E9: 4 });
    writeFileSync(file, filled);
    const again = spawnCli(['contest', 'sheets', contestFile, '--stage', 'distance'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('samyj-klassnyj-2025-distance-orlov.xlsx is already there');
    expect(readFileSync(file)).toEqual(Buffer.from(filled));
  });

  it('says where a juror’s school is not a registry id, for their conflicts could not be found', () => {
    const file = path.join(dir, contestFile);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('school: gai-6 }', 'school: gai-06 }'));
    try {
      const line = text.split('\n').findIndex((one) => one.includes('school: gai-6 }')) + 1;
      const column = text.split('\n')[line - 1]!.indexOf('gai-6') + 1;
      const result = spawnCli(['contest', 'sheets', contestFile, '--stage', 'final'], { cwd: dir });
      expect(result.code).toBe(0);
      expect(result.stderr).toBe(
        `${contestFile}:${line}:${column}: warning: The registry has no school «gai-06» (did you mean «gai-6»?): a juror's conflict of interest with it cannot be found; write the school's registry id.\n`,
      );
    } finally {
      writeFileSync(file, text);
    }
  });

  it('asks for the stage when the contest has several, as a usage error', () => {
    const result = spawnCli(['contest', 'sheets', contestFile], { cwd: dir, env: { LANG: 'ru_RU.UTF-8' } });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(
      'plans/2024-2025-contest-example.yaml  ошибка: Укажите этап параметром --stage: «distance» (Заочный тур) или «final» (Очный тур).',
    );
  });
});

describe('centre contest merge', () => {
  it('ranks the filled sheets and writes results that exceljs reads back', async () => {
    const dir = writeSheets();
    fillAll(dir);
    const result = spawnCli(['contest', 'merge', contestFile, stageFolder, '--stage', 'distance'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('    1  Андреева Мария Сергеевна  20 / 20  (goes on)');
    expect(result.stdout).toContain('3 sheet(s) read of 3 juror(s); 5 participant(s) ranked; 0 problem(s).');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, 'out/contest/samyj-klassnyj-2025-distance-results.xlsx'));
    const sheet = workbook.getWorksheet('Итоги')!;
    const values: unknown[][] = [];
    sheet.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
    const andreeva = values.find((row) => row[1] === 'Андреева Мария Сергеевна')!;
    // rank, name, school, four criteria, three jurors (Орлов — conflict), total, place (not the last stage), goes on
    expect(andreeva.slice(0, 11)).toEqual([1, 'Андреева Мария Сергеевна', 'МБОУ «СОШ № 6»', 5, 5, 5, 5, 20, 'конфликт интересов', 20, 20]);
    expect(andreeva[12]).toBe('да');
    const borisov = values.find((row) => row[1] === 'Борисов Илья Андреевич')!;
    // Лебедева 16, Орлов 15 (one point less on the first criterion), Соколова — conflict: mean 15,5
    expect(borisov.slice(7, 11)).toEqual([16, 15, 'конфликт интересов', 15.5]);
    expect(workbook.getWorksheet('Замечания')!.getCell('A2').value).toBe('Замечаний нет.');
  });

  it('names every problem by file and cell, never counts a blank as 0, and leaves the sheets as they were', async () => {
    const dir = writeSheets();
    fillAll(dir);
    fill(dir, 'orlov', { E9: 7, F10: 'хорошо', G12: null });
    const before = readFileSync(path.join(dir, sheetOf('orlov')));
    renameSync(path.join(dir, sheetOf('sokolova')), path.join(dir, 'sokolova-away.xlsx'));
    const result = await runCli(['contest', 'merge', contestFile, stageFolder, '--stage', 'distance'], { cwd: dir });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toEqual([
      `${sheetOf('orlov')}!E9: Борисов Илья Андреевич, «Ясность педагогической позиции»: 7 is above the maximum of 5; ask the juror to correct it.`,
      `${sheetOf('orlov')}!F10: Васильева Анна Петровна, «Язык и стиль»: «хорошо» is not a score; ask the juror for a number from 0 to 5.`,
      `${sheetOf('orlov')}!G12: Дмитриев Олег Николаевич, «Соответствие целей возрасту обучающихся»: no score; ask the juror to fill the cell (a blank is not counted as 0).`,
      `${contestFile}: No sheet of Н.А. Соколова (sokolova) for «Заочный тур»; the ranking is provisional until it comes.`,
      'The ranking is provisional until the problems above are fixed.',
    ]);
    // Борисов: Орлов's score for him is refused (7 > 5), Соколова is of his school: only Лебедева's 16 counts, not (16 + 12) / 2 with the refused cell as 0
    expect(result.stdout).toMatch(/Борисов Илья Андреевич {2}16 \/ 20 {2}\(.*incomplete\)/);
    expect(readFileSync(path.join(dir, sheetOf('orlov')))).toEqual(before);
  });

  it('says which sheet of a juror sent twice counts, and refuses a sheet of another stage', async () => {
    const dir = writeSheets();
    fillAll(dir);
    const newer = path.join(dir, 'orlov-corrected.xlsx');
    writeFileSync(newer, fillSheet(readFileSync(path.join(dir, sheetOf('orlov'))), { E9: 0 }, '2099-01-01T00:00:00Z'));
    const finals = spawnCli(['contest', 'sheets', contestFile, '--stage', 'final', '-o', 'finals'], { cwd: dir });
    expect(finals.code).toBe(0);
    const result = await runCli(
      ['contest', 'merge', contestFile, stageFolder, 'orlov-corrected.xlsx', 'finals/samyj-klassnyj-2025-final-lebedeva.xlsx', '--stage', 'distance'],
      { cwd: dir, env: { LANG: 'ru_RU.UTF-8' } },
    );
    expect(result.stderr).toContain(
      `${sheetOf('orlov')}: В.С. Орлов прислал(а) два листа; учитывается более новый (orlov-corrected.xlsx), ${sheetOf('orlov')} не учитывается.`,
    );
    expect(result.stderr).toContain('finals/samyj-klassnyj-2025-final-lebedeva.xlsx: Это лист этапа «final», а не «distance»; сводите его с --stage final.');
    expect(result.code).toBe(1);
    // the corrected sheet counts: Борисов gets 0 + 4 + 4 + 4 = 12 from Орлов, (16 + 12) / 2 = 14
    expect(result.stdout).toContain('Борисов Илья Андреевич  14 / 20');
  });

  it('names a file that is no jury sheet, and one that is no workbook, without stopping', async () => {
    const dir = writeSheets();
    fillAll(dir);
    writeFileSync(path.join(dir, stageFolder, 'notes.txt'), 'заметки');
    writeFileSync(path.join(dir, stageFolder, 'broken.xlsx'), 'PK\u0003\u0004 not really a zip');
    const form = spawnCli(['report', 'template', '-o', 'forms'], { cwd: dir });
    expect(form.code).toBe(0);
    const formFile = readdirSync(path.join(dir, 'forms'))[0]!;
    const result = await runCli(['contest', 'merge', contestFile, stageFolder, `forms/${formFile}`, '--stage', 'distance'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${stageFolder}/notes.txt: Only .xlsx files are jury sheets; this file was not read: ask the juror to save it as .xlsx.`);
    expect(result.stderr).toMatch(new RegExp(`${stageFolder}/broken.xlsx: The (workbook is damaged|file is not an Excel workbook)`));
    expect(result.stderr).toContain(`forms/${formFile}: This file is not a jury sheet written by centre contest sheets`);
    // the three sheets still count
    expect(result.stdout).toContain('3 sheet(s) read of 3 juror(s); 5 participant(s) ranked');
  });

  it('never writes the results over a juror’s sheet or the contest file', async () => {
    const dir = writeSheets();
    fillAll(dir);
    const target = path.join(dir, sheetOf('lebedeva'));
    const before = readFileSync(target);
    const result = spawnCli(['contest', 'merge', contestFile, stageFolder, '--stage', 'distance', '-o', sheetOf('lebedeva')], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(target)).toEqual(before);
    const over = await runCli(['contest', 'merge', contestFile, stageFolder, '--stage', 'distance', '-o', contestFile], { cwd: dir });
    expect(over.code).toBe(1);
    expect(existsSync(path.join(dir, 'out/contest/samyj-klassnyj-2025-distance-results.xlsx'))).toBe(false);
  });
});
