// Comparing like with like, for any two rounds: summaries written by the real
// writer and read by the one reader, compared over the schools present in both
// (or every school with --all), against totals worked out here from the values
// the schools gave.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/messages.js';
import { validatedLines } from './helpers.js';
import { compareSchools, compareSummaries, roundSchools } from '../../src/reports/compare.js';
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
  '  - {id: final, title: Итоговый контроль, due: 05-15}',
  'indicators:',
  '  - {id: teachers, label: Классных руководителей, type: integer, unit: чел.}',
  '  - {id: share, label: Доля с картой, type: percent, unit: "%", total: weighted mean, by: teachers}',
  '  - {id: score, label: Балл, type: number, total: mean}',
  '  - {id: act, label: Акт принят, type: boolean}',
]);

const ids = ['s1', 's2', 's3', 's4', 's5', 's6'];
const registry = validated<Registry>([
  'kind: registry',
  'districts:',
  '  - {id: north, name: Северный район}',
  '  - {id: south, name: Южный район}',
  'schools:',
  ...ids.map((id, index) => `  - {id: ${id}, district: ${index % 2 ? 'south' : 'north'}, name: Школа ${id}}`),
]);

interface Given {
  readonly teachers: number;
  readonly share: number;
  readonly score: number;
  readonly act: boolean;
}

const given = fc.record({
  teachers: fc.integer({ min: 1, max: 80 }),
  share: fc.integer({ min: 0, max: 100 }),
  score: fc.integer({ min: 0, max: 5 }),
  act: fc.boolean(),
});
/** A round: which schools reported (at least one), and what each gave. */
const aRound = fc
  .record(Object.fromEntries(ids.map((id) => [id, fc.option(given, { nil: undefined })])))
  .filter((round) => Object.values(round).some(Boolean)) as fc.Arbitrary<Record<string, Given | undefined>>;

async function summaryOf(period: string, round: Record<string, Given | undefined>) {
  const reports: ReportEntry[] = Object.entries(round).flatMap(([schoolId, values]) =>
    values
      ? [
          {
            source: `${schoolId}.xlsx`,
            formId: form.id,
            version: 1,
            period,
            year: '2024-2025',
            schoolId,
            values: [values.teachers, values.share, values.score, values.act],
            problems: [],
          },
        ]
      : [],
  );
  const result = mergeReports(reports, [], { form, registry });
  return readSummary(buildSummary({ form, registry, result, describe: translator('ru') }));
}

/** The region's totals over the schools named, worked out from what they gave. */
function expected(round: Record<string, Given | undefined>, schools: readonly string[]) {
  const values = schools.map((id) => round[id]!);
  const teachers = values.reduce((sum, value) => sum + value.teachers, 0);
  return {
    teachers,
    share: values.reduce((sum, value) => sum + value.share * value.teachers, 0) / teachers,
    score: values.reduce((sum, value) => sum + value.score, 0) / values.length,
    act: values.filter((value) => value.act).length,
  };
}

describe('compareSummaries over rounds of different schools', () => {
  it('compares the schools in both by default, and every school with --all', async () => {
    await fc.assert(
      fc.asyncProperty(aRound, aRound, async (first, second) => {
        const [a, b] = [await summaryOf('interim', first), await summaryOf('final', second)];
        const reportedA = ids.filter((id) => first[id]);
        const reportedB = ids.filter((id) => second[id]);
        const common = reportedA.filter((id) => second[id]);
        const schools = roundSchools(a, b)!;
        expect([schools.a, schools.b, schools.common]).toEqual([reportedA.length, reportedB.length, common.length]);
        // named as «Свод» lists them: by district, then code
        expect([...schools.onlyA].sort()).toEqual(reportedA.filter((id) => !second[id]).map((id) => `Школа ${id}`));
        expect([...schools.onlyB].sort()).toEqual(reportedB.filter((id) => !first[id]).map((id) => `Школа ${id}`));
        const region = (rows: ReturnType<typeof compareSummaries>, indicator: string) =>
          rows.find((row) => row.district === '*' && row.indicator === indicator)!;
        const check = (rows: ReturnType<typeof compareSummaries>, overA: readonly string[], overB: readonly string[]) => {
          if (overA.length === 0 || overB.length === 0) return;
          const [wantA, wantB] = [expected(first, overA), expected(second, overB)];
          for (const indicator of ['teachers', 'share', 'score', 'act'] as const) {
            expect(region(rows, indicator).a!).toBeCloseTo(wantA[indicator], 6);
            expect(region(rows, indicator).b!).toBeCloseTo(wantB[indicator], 6);
          }
        };
        check(compareSummaries(a, b, form), common, common);
        check(compareSummaries(a, b, form, { all: true }), reportedA, reportedB);
        // a school in one round only is in the per-school rows, with nothing for the other round
        const bySchool = compareSchools(a, b, form);
        expect(new Set(bySchool.map((row) => row.school))).toEqual(new Set([...reportedA, ...reportedB]));
        for (const row of bySchool.filter((one) => one.label.startsWith('Классных'))) {
          expect(row.a).toBe(first[row.school]?.teachers ?? null);
          expect(row.b).toBe(second[row.school]?.teachers ?? null);
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
