// Extra columns («Классы», «Отметка о выполнении») and the «Утверждено на
// заседании …, протокол № … от …» stamp, as LibreOffice shows the built
// document; and the calendar never takes a «Классы» value for a date.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planColumnWidths } from '../../src/docs/plan-table.js';
import { renderPlanDocx } from '../../src/docs/plan-docx.js';
import type { Plan } from '../../src/schema/plan.js';
import { runCli, temporaryDir } from '../helpers/cli.js';
import { columnTexts, docxToPdf, expectInOrder, normaliseText, pdfLines, pdfToText } from '../helpers/libreoffice.js';
import { iso } from '../helpers/iso.js';

const plan: Plan = {
  kind: 'plan',
  title: 'Календарный план воспитательной работы',
  academicYear: '2024-2025',
  orientation: 'landscape',
  approvals: [{ stamp: 'УТВЕРЖДЕНО', meeting: 'на заседании педагогического совета', protocolNumber: 1, protocolDate: iso('2024-08-29') }],
  columns: [{ title: 'Классы', width: 10, after: 'activity' }, { title: 'Отметка о выполнении' }],
  sections: [
    {
      title: 'Модуль «Ключевые общешкольные дела»',
      items: [
        {
          activity: 'Торжественная линейка',
          timing: '2 сентября',
          responsible: ['Заместитель директора'],
          extra: { Классы: '1-11', 'Отметка о выполнении': 'выполнено' },
        },
        { activity: 'День учителя', timing: '5 октября', responsible: ['Совет старшеклассников'], extra: { Классы: '5-9' } },
      ],
    },
  ],
};

describe('extra columns and the protocol stamp', () => {
  it('share the table width: declared columns take their percent, the standard ones the rest', () => {
    const widths = planColumnWidths(6, 14570, [10, 12]);
    expect(widths.reduce((sum, w) => sum + w, 0)).toBe(14570);
    expect(widths[4]).toBe(Math.round(((14570 - 850) * 10) / 100));
  });

  it('are printed where LibreOffice shows them', async () => {
    const dir = temporaryDir();
    const docx = path.join(dir, 'plan.docx');
    writeFileSync(docx, await renderPlanDocx(plan));
    const pdf = docxToPdf(docx, dir);
    const text = normaliseText(await pdfToText(pdf));
    expectInOrder(text, ['УТВЕРЖДЕНО', 'на заседании педагогического совета', 'протокол № 1 от 29.08.2024', 'Календарный план воспитательной работы']);
    const { columns } = columnTexts(pdfLines(pdf), 2);
    // «Классы» after the activity, «Отметка о выполнении» at the end; each item's value in its own column
    expectInOrder(text, ['Наименование мероприятия', 'Классы', 'Сроки', 'Ответственные', 'Отметка о выполнении']);
    expectInOrder(text, ['Торжественная линейка', '1-11', '2 сентября', 'Заместитель директора', 'выполнено', 'День учителя', '5-9', '5 октября']);
    expect(columns.map(normaliseText)).toContain('1-11 5-9');
  });

  it('never give the calendar a date', async () => {
    const dir = temporaryDir();
    const { stringify } = await import('yaml');
    writeFileSync(path.join(dir, 'plan.yaml'), stringify(plan));
    expect((await runCli(['validate', 'plan.yaml'], { cwd: dir })).code).toBe(0);
    const result = await runCli(['calendar', 'plan.yaml', '--from', '2024-09-01', '--to', '2025-08-31', '--format', 'json'], { cwd: dir });
    const dates = (JSON.parse(result.stdout) as { date: string }[]).map((entry) => entry.date);
    expect(dates).toEqual(['2024-09-02', '2024-10-05']);
  });
});
