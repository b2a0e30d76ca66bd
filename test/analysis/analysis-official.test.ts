// The «Анализ работы» as an official document, built by the installed command
// and read back from LibreOffice: Russian numbers, no heading broken inside a
// word, no empty table, participants once per event, a signature and a date,
// and last year beside this one when the workspace holds its record.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { monitoringTable } from '../../src/analysis/analysis-tables.js';
import { copyOfExampleWorkspace, spawnCli, temporaryDir } from '../helpers/cli.js';
import { convertToPdf, expectInOrder, normaliseText, pdfToText } from '../helpers/libreoffice.js';

// A district centre's own plan, imported from Word: no ids, recorded by the numbers its document prints.
const districtPlan = `kind: plan
title: План работы районного центра
academicYear: 2026-2027
sections:
  - title: Повышение профессионального мастерства
    items:
      - activity: Курсы «Классный руководитель в современной школе» (4 занятия)
        timing: октябрь 2026 – январь 2027
        responsible: [Центр]
      - activity: Семинар для молодых классных руководителей
        timing: ноябрь 2026
        responsible: [Центр]
`;

const districtRecord = `kind: record
plan: plan.yaml
entries:
  - item: 1
    dates: [2026-10-14, 2026-11-11, 2026-12-09, 2027-01-13]
    participants: {total: 12}
  - item: 2
    status: проведено
    dates: [2026-11-20]
    participants: {total: 25}
`;

const CENTRE_TODAY = '2024-05-27';
let example: string;
let district: string;
let exampleLayout: string;
let districtLayout: string;

beforeAll(async () => {
  const workspace = copyOfExampleWorkspace();
  const plans = path.join(workspace, 'plans');
  // last year's plan and record beside this year's: the same plan, fewer entries
  writeFileSync(
    path.join(plans, '2022-2023-regional-plan.yaml'),
    readFileSync(path.join(plans, '2023-2024-regional-plan.yaml'), 'utf8').replace('academicYear: 2023-2024', 'academicYear: 2022-2023'),
  );
  writeFileSync(
    path.join(plans, '2022-2023-regional-plan.record.yaml'),
    'kind: record\nplan: 2022-2023-regional-plan.yaml\nentries:\n  - item: teachers-forum\n    dates: [2022-11-17]\n    participants: {total: 400, classTeachers: 300}\n  - item: webinars\n    dates: [2022-10-17]\n    participants: {total: 900, classTeachers: 900}\n',
  );
  const out = temporaryDir();
  // no --year: the latest year the records cover
  const built = spawnCli(['analysis', 'build', '-o', path.join(out, 'example.docx')], { cwd: workspace, env: { CENTRE_TODAY } });
  expect(built.stderr).toBe('');
  expect(built.stdout).toContain('17 item(s) planned, 15 held');

  const districtDir = temporaryDir();
  writeFileSync(path.join(districtDir, 'plan.yaml'), districtPlan);
  writeFileSync(path.join(districtDir, 'plan.record.yaml'), districtRecord);
  const bare = spawnCli(['analysis', 'build', 'plan.record.yaml', '-o', path.join(out, 'district.docx')], {
    cwd: districtDir,
    env: { CENTRE_TODAY: '2027-05-25', LANG: 'ru_RU.UTF-8' },
  });
  expect(bare.stderr).toBe('');
  expect(bare.code).toBe(0);

  const [examplePdf, districtPdf] = convertToPdf([path.join(out, 'example.docx'), path.join(out, 'district.docx')], out);
  exampleLayout = await pdfToText(examplePdf!, 'layout');
  districtLayout = await pdfToText(districtPdf!, 'layout');
  example = normaliseText(await pdfToText(examplePdf!, 'raw'));
  district = normaliseText(await pdfToText(districtPdf!, 'raw'));
}, 180_000);

// the headings of the tables each document has: per section, totals, months; the example also categories, not held, comparison
const DISTRICT_HEADINGS = [
  '№ п/п',
  'По плану',
  'Проведено',
  'Участники',
  'Подтверждение, комментарий',
  'Раздел плана',
  'Выполнение',
  'Участников',
  'Месяц',
  'Мероприятий',
  'Дней проведения',
];
const EXAMPLE_HEADINGS = [...DISTRICT_HEADINGS, 'Категория участников', 'Количество', 'Мероприятие', 'Состояние', 'Причина', 'Показатель', 'Изменение'];

describe('the analysis as LibreOffice shows it', () => {
  it('breaks no column heading inside a word', () => {
    for (const [layout, headings] of [
      [exampleLayout, EXAMPLE_HEADINGS],
      [districtLayout, DISTRICT_HEADINGS],
    ] as const) {
      const words = new Set(layout.split(/[\s\u00A0]+/));
      for (const word of headings.flatMap((heading) => heading.split(' '))) expect(words.has(word), `«${word}» is broken across lines`).toBe(true);
    }
    // the totals table of the example has every one of its headings whole
    expect(exampleLayout).toMatch(/Раздел плана\s+По плану\s+Проведено\s+Выполнение\s+Участников/);
  });

  it('prints numbers the Russian way: a decimal comma, one place, no long fractions', () => {
    expect(example).toContain('Проведено 15 из 17 (88,2 %)');
    for (const text of [example, district]) expect(text).not.toMatch(/\d\.\d{5,}/);
  });

  it('compares the year with the previous one, from its record', () => {
    expectInOrder(example, [
      'Сравнение с 2022–2023 учебным годом',
      'Показатель 2022–2023 2023–2024 Изменение',
      'Мероприятий по плану 17 17 0',
      'Проведено мероприятий 2 15 +13',
      'Выполнение плана 11,8 % 88,2 % +76,4 п. п.',
      'Участников 1300 18 976 +17 676',
      'Классные руководители 1200 4120 +2920',
    ]);
  });

  it('ends with the signatory and the date', () => {
    expect(example.endsWith('Н.К. Антюфеева 27 мая 2024 г.')).toBe(true);
    // a plan with no signatory anywhere: lines to sign on
    expect(district).toMatch(/_{6,} ?\/ ?_{6,} 25 мая 2027 г\.$/);
  });

  it('leaves out a table with nothing recorded, saying what to record instead', () => {
    expect(district).not.toContain('Участники по категориям');
    expect(district).toContain('Сведений об участниках по категориям нет. Чтобы получить таблицу, укажите категории');
    expect(example).toContain('Таблица 8 – Участники по категориям');
  });

  it('counts the participants of a course once, in the month of its first day, and says so', () => {
    expectInOrder(district, [
      'Проведённые мероприятия и участники по месяцам',
      'Месяц Мероприятий Дней проведения Участников',
      'окт. 2026 1 1 12',
      'нояб. 2026 1 2 25',
      'дек. 2026 0 1 0',
      'янв. 2027 0 1 0',
      'Итого 2 5 37',
      'учтены один раз — в месяце его первого дня',
    ]);
  });
});

describe('monitoringTable', () => {
  it('writes a fraction rounded to one place with a comma, and a change with its sign', () => {
    const xml = monitoringTable({
      title: 'Мониторинг',
      a: 'Промежуточный контроль',
      b: 'Итоговый контроль',
      rows: [{ district: 'gai', name: 'Гайский', indicator: 'share', label: 'Доля', a: 80.47945205479452, b: 91.25, change: 10.77054794520548 }],
    } as never).xml;
    expect(xml).toContain('80,5');
    expect(xml).toContain('91,3');
    expect(xml).toContain('+10,8');
    expect(xml).not.toMatch(/\d\.\d/);
  });
});
