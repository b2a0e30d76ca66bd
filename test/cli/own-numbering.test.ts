// A plan copied from an old document with its numbers and year written in:
// validate warns where, and the document (read back by LibreOffice) prints
// each of them once.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, spawnCli, temporaryDir } from '../helpers/cli.js';
import { docxToPdf, normaliseText, pdfToText } from '../helpers/libreoffice.js';
import { activityNumber, sectionTitleNumber, titleYearPhrase, withoutActivityNumber, withoutSectionNumber } from '../../src/docs/own-numbering.js';

const numbered = `kind: plan
title: План работы центра на 2023-2024 учебный год
academicYear: 2023-2024
sections:
  - title: I. Организационная работа
    items:
      - activity: 1. Совещание руководителей ШМО
        timing: сентябрь 2023
        responsible: [Центр]
      - activity: 2) Семинар для классных руководителей
        timing: октябрь 2023
        responsible: [Центр]
  - title: 2. Конкурсы
    items:
      - activity: "3. Конкурс «Самый классный классный»"
        timing: ноябрь 2023
        responsible: [Центр]
`;

describe('numbers and years the document adds itself', () => {
  it('validate warns at each, and the check still passes', async () => {
    const dir = temporaryDir();
    writeFileSync(path.join(dir, 'plan.yaml'), numbered);
    const result = await runCli(['validate', '--format', 'short', 'plan.yaml'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').filter(Boolean)).toEqual([
      'plan.yaml:2:8: warning: The title already says «на 2023-2024 учебный год», which the document adds itself from academicYear; delete it from the title.',
      'plan.yaml:5:12: warning: The section title starts with its number «I.», which the document adds itself; delete the number.',
      "plan.yaml:7:19: warning: The activity starts with its number «1.», which the document's «№» column shows; delete the number.",
      "plan.yaml:10:19: warning: The activity starts with its number «2)», which the document's «№» column shows; delete the number.",
      'plan.yaml:13:12: warning: The section title starts with its number «2.», which the document adds itself; delete the number.',
      "plan.yaml:15:19: warning: The activity starts with its number «3.», which the document's «№» column shows; delete the number.",
    ]);
    const russian = await runCli(['validate', '--format', 'short', 'plan.yaml'], { cwd: dir, env: { LANG: 'ru_RU.UTF-8' } });
    expect(russian.stdout).toContain(
      'plan.yaml:5:12: предупреждение: Название раздела начинается с номера «I.», а документ нумерует разделы сам; уберите номер.',
    );
  });

  it('the document prints the year and every number once (read back by LibreOffice)', async () => {
    const dir = temporaryDir();
    writeFileSync(path.join(dir, 'plan.yaml'), numbered);
    expect(spawnCli(['plan', 'build', 'plan.yaml', '-o', 'plan.docx'], { cwd: dir }).code).toBe(0);
    const text = normaliseText(await pdfToText(docxToPdf(path.join(dir, 'plan.docx'), dir)));
    expect(text).toContain('План работы центра на 2023–2024 учебный год');
    expect(text.match(/учебный год/g)).toHaveLength(1);
    expect(text).toContain('I. Организационная работа');
    expect(text).toContain('II. Конкурсы');
    expect(text).not.toMatch(/I\. ?I\.|II\. ?2\./);
    // the «№» column's number, then the activity without its own
    expect(text).toContain('1. Совещание руководителей ШМО');
    expect(text).toContain('2. Семинар для классных руководителей');
    expect(text).toContain('3. Конкурс «Самый классный классный»');
    expect(text).not.toMatch(/\d[.)] \d[.)] /);
  });

  it('recognises the numbers and year phrases people write, and leaves other text alone', () => {
    expect(sectionTitleNumber('IV. Работа с родителями')).toBe('IV.');
    expect(sectionTitleNumber('1.2. Работа с родителями')).toBe('1.2.');
    expect(sectionTitleNumber('Информационная работа')).toBeUndefined();
    expect(sectionTitleNumber('I')).toBeUndefined();
    expect(withoutSectionNumber('III) Мониторинг')).toBe('Мониторинг');
    expect(activityNumber('15.09 – торжественная линейка')).toBeUndefined();
    expect(activityNumber('1 сентября – День знаний')).toBeUndefined();
    expect(activityNumber('1. Первое\n2. Второе')).toBeUndefined(); // a list the activity means to print
    expect(withoutActivityNumber('12. Совещание\n- с директорами')).toBe('Совещание\n- с директорами');
    expect(titleYearPhrase('План работы на 2023/24 уч. год')).toEqual({ phrase: 'на 2023/24 уч. год', atEnd: true });
    expect(titleYearPhrase('План на 2023–2024 учебный год центра')).toEqual({ phrase: 'на 2023–2024 учебный год', atEnd: false });
    expect(titleYearPhrase('План работы центра на год')).toBeUndefined();
    expect(titleYearPhrase('План на 2023-2024 уч. г.')).toEqual({ phrase: 'на 2023-2024 уч. г.', atEnd: true });
    expect(titleYearPhrase('План на 2023-2024 учебный годовой')).toBeUndefined();
  });
});
