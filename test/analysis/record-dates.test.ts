// A record date far outside the plan's year (1999, 2099 — a mistyped year) is
// warned by validate at the date, and the analysis leaves it out of the
// figures by month, saying so in the document.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordWindow, yearFigures } from '../../src/analysis/figures.js';
import type { Plan } from '../../src/schema/plan.js';
import type { YearRecord } from '../../src/schema/record.js';
import { copyOfExampleWorkspace, repoRoot, spawnCli, temporaryDir } from '../helpers/cli.js';
import { docxToPdf, normaliseText, pdfToText } from '../helpers/libreoffice.js';
import { iso } from '../helpers/iso.js';

const plan: Plan = {
  kind: 'plan',
  title: 'План работы центра',
  academicYear: '2023-2024',
  orientation: 'portrait',
  approvals: [],
  sections: [{ title: 'Раздел', items: [{ id: 'forum', activity: 'Форум', timing: 'ноябрь 2023', responsible: ['Центр'] }] }],
};

describe('the days a record may hold', () => {
  it('are the plan’s year and a quarter either side', () => {
    expect(recordWindow(plan)).toEqual({ start: '2023-06-01', end: '2024-11-30' });
    expect(recordWindow({ ...plan, academicYear: undefined, period: { from: '2024-01-15', to: '2024-12-31' } } as Plan)).toEqual({
      start: '2023-10-01',
      end: '2025-03-31',
    });
  });

  it('leave 1999 and 2099 out of the figures by month, and list them', () => {
    const record: YearRecord = {
      kind: 'record',
      plan: 'plan.yaml',
      approvals: [],
      entries: [
        {
          item: 'forum',
          status: 'held',
          dates: [iso('1999-11-16'), iso('2023-11-16'), iso('16.11.2099'), iso('2023-06-01'), iso('2024-11-30')],
          participants: { total: 50 },
        },
      ],
    };
    const figures = yearFigures(plan, record);
    expect(figures.byMonth.map((month) => month.month)).toEqual(['2023-06', '2023-11', '2024-11']);
    expect(figures.outside).toEqual([
      { date: '1999-11-16', number: 1, activity: 'Форум' },
      { date: '2099-11-16', number: 1, activity: 'Форум' },
    ]);
  });
});

const fixture = path.join(repoRoot, 'test', 'fixtures', 'record-dates');

describe('centre validate and centre analysis build, through the built command', () => {
  it('warns at each date outside the year and its margin, in both languages, and exits 0 (test/fixtures/record-dates)', () => {
    const dir = temporaryDir();
    cpSync(fixture, dir, { recursive: true, filter: (source) => !source.includes('.expected') });
    for (const [locale, expected] of [
      ['en_US.UTF-8', 'validate.expected'],
      ['ru_RU.UTF-8', 'validate.expected.ru'],
    ] as const) {
      const result = spawnCli(['validate', '--format', 'short', '.'], { cwd: dir, env: { LANG: locale, CENTRE_TODAY: '2023-12-01' } });
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(readFileSync(path.join(fixture, expected), 'utf8'));
    }
  });

  it('the analysis document says which days it left out of the table by month (read back from LibreOffice)', async () => {
    const workspace = copyOfExampleWorkspace();
    const record = path.join(workspace, 'plans', '2023-2024-regional-plan.record.yaml');
    const text = readFileSync(record, 'utf8');
    const firstDate = /dates: \[(\d{4})-(\d\d-\d\d)/.exec(text)!;
    writeFileSync(record, text.replace(firstDate[0], `dates: [1999-${firstDate[2]}`));
    const out = temporaryDir();
    const result = spawnCli(['analysis', 'build', '--year', '2023-2024', '-o', path.join(out, 'analysis.docx')], { cwd: workspace });
    expect(result.code).toBe(0);
    const pdfText = normaliseText(await pdfToText(docxToPdf(path.join(out, 'analysis.docx'), out)));
    const [day, month] = firstDate[2]!.split('-').reverse();
    expect(pdfText).toContain(
      `Не учтены по месяцам даты далеко за пределами учебного года плана — вероятно, опечатка в годе: ${day}.${month}.1999 (мероприятие`,
    );
  }, 120_000);
});
