// A rendered plan opened in LibreOffice and read back: what a user would see.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPlanDocx } from '../../src/docs/plan-docx.js';
import { formatDateLong, romanNumeral } from '../../src/text/typography.js';
import { parseDateText } from '../../src/schema/dates.js';
import type { Plan } from '../../src/schema/plan.js';
import { docxToPdf, expectInOrder, normaliseText, pdfToText } from '../helpers/libreoffice.js';
import { iso } from '../helpers/iso.js';

const longActivity =
  'Мониторинг исполнения методических рекомендаций по организации работы педагогических работников, осуществляющих классное руководство в общеобразовательных организациях района';

const plan: Plan = {
  kind: 'plan',
  title: 'План работы центра поддержки классного руководителя',
  academicYear: '2023-2024',
  orientation: 'portrait',
  approvals: [
    { stamp: 'СОГЛАСОВАНО', position: 'Начальник отдела образования\nадминистрации района', name: 'С.В. Стапинов', date: 2023 },
    { stamp: 'УТВЕРЖДАЮ', position: 'Директор МБУДО "ЦВР"', name: 'Е.Н. Филатова', date: iso('2023-08-30') },
  ],
  signature: { position: 'Заведующий ОО', name: 'Л.В. Краснова' },
  sections: [
    {
      title: 'Научно-методическое сопровождение',
      items: [
        {
          activity: longActivity,
          timing: 'в течение всего периода',
          responsible: ['Отдел образования администрации района', 'Центр поддержки классного руководителя', 'Общеобразовательные организации'],
        },
        {
          activity: 'Организация областных родительских собраний',
          timing: 'ежемесячно',
          responsible: ['Центр'],
          events: [{ title: 'Профориентационный минимум', date: iso('2023-09-27') }],
        },
      ],
    },
    {
      title: 'Мониторинговые процедуры',
      items: [{ activity: 'Мониторинг курсов повышения квалификации', timing: 'ноябрь 2023 г.', responsible: ['Отдел образования'] }],
    },
  ],
};

let dir: string;
let raw: string;
let layout: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'centre-docs-lo-'));
  const docx = path.join(dir, 'plan.docx');
  writeFileSync(docx, await renderPlanDocx(plan, {}));
  const pdf = await docxToPdf(docx, dir);
  [raw, layout] = await Promise.all([pdfToText(pdf, 'raw'), pdfToText(pdf, 'layout')]);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a rendered plan read back from LibreOffice', () => {
  it('shows the stamps, the title, the table and the signature, in order', () => {
    const text = normaliseText(raw);
    const items = plan.sections.flatMap((section) => section.items);
    expectInOrder(text, [
      'СОГЛАСОВАНО',
      'Начальник отдела образования администрации района',
      '________________ С.В. Стапинов',
      '« ___ » ________ 2023 г.',
      'УТВЕРЖДАЮ',
      'Директор МБУДО «ЦВР»',
      '________________ Е.Н. Филатова',
      '30 августа 2023 г.',
      'План работы центра поддержки классного руководителя на 2023–2024 учебный год',
      '№ п/п',
      'Наименование мероприятия',
      'Сроки',
      'Ответственные',
    ]);
    let number = 0;
    const rows = plan.sections.flatMap((section, index) => [
      `${romanNumeral(index + 1)}. ${section.title}`,
      ...section.items.flatMap((item) => [`${++number}. ${item.activity}`, item.timing ?? '', ...(item.responsible ?? [])]),
    ]);
    expectInOrder(text, [...rows, 'Заведующий ОО', 'Л.В. Краснова']);
    const event = items[1]!.events![0]!;
    expect(text).toContain(`– «${event.title}» (${normaliseText(formatDateLong(parseDateText(event.date)!))})`);
  });

  it('raw mode keeps a wrapped cell contiguous, layout mode interleaves it with its neighbours', () => {
    expect(normaliseText(raw)).toContain(longActivity);
    expect(normaliseText(layout)).not.toContain(longActivity);
    // the layout mode still has every word, in the lines of the page
    for (const word of longActivity.split(' ')) expect(layout).toContain(word.replace(/,$/, ''));
  });

  it('lays the stamps side by side: both stamp words on the first line of the page', () => {
    const firstLine = layout.split('\n').find((line) => line.trim() !== '')!;
    expect(firstLine).toMatch(/^\s*СОГЛАСОВАНО\s{4,}УТВЕРЖДАЮ\s*$/);
  });
});
