// The readers of a summary workbook (`report compare`, and the site's
// «Мониторинг» page) on random and hostile workbooks: merges of any size,
// damaged bytes. Each ends in data, a SummaryReadError or a
// DocumentBudgetError (named problems, one line each), never anything else,
// and memory stays bounded. FUZZ_RUNS scales the runs (default 40).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/messages.js';
import { readSummary, SummaryReadError } from '../../src/reports/read-summary.js';
import { readSummaryWorkbook } from '../../src/site/summary-reader.js';
import { DocumentBudgetError } from '../../src/util/document-budget.js';
import { xlsxOf } from '../helpers/hostile-documents.js';

const runs = Number(process.env.FUZZ_RUNS ?? 40);

const cellName = fc
  .tuple(fc.constantFrom('A', 'D', 'Z', 'AA', 'XFD'), fc.constantFrom(1, 6, 999, 10_001, 200_000, 1_048_576))
  .map(([column, row]) => `${column}${row}`);
const workbook = fc
  .record({
    merges: fc.array(
      fc.oneof(
        fc.tuple(cellName, cellName).map(([a, b]) => `${a}:${b}`),
        fc.constantFrom('A1', 'B2:A1', '', 'A1:', 'XFD1048576:A1'),
      ),
      { maxLength: 10 },
    ),
    damage: fc.option(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }))),
  })
  .map(({ merges, damage }) => {
    const bytes = xlsxOf({ merges });
    if (damage) bytes[damage[0] % bytes.length] = damage[1];
    return bytes;
  });

function expectBudgetMessage(error: DocumentBudgetError): void {
  const { code, params } = error.describe();
  for (const locale of ['en', 'ru'] as const) expect(translator(locale)(code, params)).toMatch(/^[^\n]*!.+: .+\.$/);
}

describe('summary readers on hostile workbooks', () => {
  it('report compare’s: data, a named problem, or a merge over the budget', async () => {
    const before = process.memoryUsage().rss;
    await fc.assert(
      fc.asyncProperty(workbook, async (bytes) => {
        try {
          await readSummary(bytes);
        } catch (error) {
          if (error instanceof DocumentBudgetError) return expectBudgetMessage(error);
          expect(error).toBeInstanceOf(SummaryReadError);
        }
      }),
      { numRuns: runs },
    );
    expect((process.memoryUsage().rss - before) / 1024 / 1024).toBeLessThan(300);
  }, 120_000);

  it('the site’s: data, a named problem, or a merge over the budget', async () => {
    await fc.assert(
      fc.asyncProperty(workbook, async (bytes) => {
        const reading = await readSummaryWorkbook(bytes);
        if ('over' in reading) expectBudgetMessage(reading.over);
        else if ('problem' in reading) expect(['too-large', 'unreadable', 'no-sheet', 'damaged', 'not-summary']).toContain(reading.problem);
      }),
      { numRuns: runs },
    );
  }, 120_000);
});
