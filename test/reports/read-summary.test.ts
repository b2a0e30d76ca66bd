// The one reader of summaries believes «Свод»: whatever total cell a person
// changes (as their spreadsheet program saves it, the sheet XML edited inside
// the zip), that cell is named and its figure is the one read; a summary left
// as merge wrote it has no difference at all.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/messages.js';
import { validatedLines } from './helpers.js';
import { mergeReports, type ReportEntry } from '../../src/reports/merge.js';
import { readSummary } from '../../src/reports/read-summary.js';
import { buildSummary } from '../../src/reports/summary.js';
import type { MonitoringForm, Registry } from '../../src/schema/reports.js';

const validated = validatedLines;

const form = validated<MonitoringForm>([
  'kind: form',
  'id: monitoring',
  'version: 1',
  'title: Мониторинг',
  'periods:',
  '  - {id: interim, title: Промежуточный контроль, due: 12-15}',
  'indicators:',
  '  - {id: teachers, label: Классных руководителей, type: integer, unit: чел.}',
  '  - {id: share, label: Доля с картой, type: percent, unit: "%", total: weighted mean, by: teachers}',
  '  - {id: act, label: Акт принят, type: boolean}',
]);

const registry = validated<Registry>([
  'kind: registry',
  'region: Гайский городской округ',
  'districts:',
  '  - {id: north, name: Северный район}',
  '  - {id: south, name: Южный район}',
  'schools:',
  '  - {id: s1, district: north, name: Школа один}',
  '  - {id: s2, district: north, name: Школа два}',
  '  - {id: s3, district: south, name: Школа три}',
]);

const reports: ReportEntry[] = [
  ['s1', 10, 50, true],
  ['s2', 30, 90, false],
  ['s3', 20, 40, true],
].map(([schoolId, teachers, share, act]) => ({
  source: `${schoolId}.xlsx`,
  formId: form.id,
  version: 1,
  period: 'interim',
  year: '2024-2025',
  schoolId: schoolId as string,
  values: [teachers, share, act],
  problems: [],
}));

const bytes = buildSummary({ form, registry, result: mergeReports(reports, [], { form, registry }), describe: translator('ru') });
// rows of «Свод»: 3–4 north's schools, 5 its total, 6 south's school, 7 its total, 8 every school's
const totalCells = ['D5', 'E5', 'F5', 'D7', 'E7', 'F7', 'D8', 'E8', 'F8'];
const labels: Record<string, string> = { 5: 'Итого: Северный район', 7: 'Итого: Южный район', 8: 'Итого по округу' };

/** The summary with one cell's stored value replaced, as a spreadsheet program saves a recalculated sheet. */
function withCell(cell: string, value: number): Uint8Array {
  const parts = unzipSync(bytes);
  const name = 'xl/worksheets/sheet1.xml';
  const xml = strFromU8(parts[name]!).replace(new RegExp(`(<c r="${cell}"[^>]*>(?:<f>[^<]*</f>)?<v>)[^<]*(</v>)`), `$1${value}$2`);
  return zipSync({ ...parts, [name]: strToU8(xml) });
}

describe('readSummary', () => {
  it('finds nothing to say of a summary as merge wrote it, and reads its totals', async () => {
    const data = await readSummary(bytes);
    expect(data.differences).toEqual([]);
    expect(data.totals.find((total) => total.district === '*' && total.indicator === 'teachers')).toEqual({
      district: '*',
      name: 'Итого по округу',
      indicator: 'teachers',
      value: 60,
    });
    expect(data.schools!.map((school) => [school.id, school.district, school.values.get('teachers')])).toEqual([
      ['s1', 'north', 10],
      ['s2', 'north', 30],
      ['s3', 'south', 20],
    ]);
  });

  it('names any total cell changed by hand and reads the figure it shows', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...totalCells), fc.integer({ min: 0, max: 10_000 }), async (cell, value) => {
        const before = (await readSummary(bytes)).rows!;
        const row = Number(cell.slice(1));
        const column = cell.charCodeAt(0) - 'A'.charCodeAt(0);
        const data = await readSummary(withCell(cell, value));
        if (before[row - 1]![column] === value) {
          expect(data.differences).toEqual([]);
          return;
        }
        expect(data.differences).toHaveLength(1);
        expect(data.differences[0]).toMatchObject({ cell: `Свод!${cell}`, row: labels[row], shown: value });
        expect(data.rows![row - 1]![column]).toBe(value);
        const indicator = ['teachers', 'share', 'act'][column - 3]!;
        const district = row === 8 ? '*' : row === 5 ? 'north' : 'south';
        expect(data.totals.find((total) => total.district === district && total.indicator === indicator)!.value).toBe(value);
      }),
      { numRuns: 30 },
    );
  });
});
