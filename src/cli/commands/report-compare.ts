// `centre report compare <a.xlsx> <b.xlsx>`: two summaries written by
// `report merge` compared, as a terminal table and a workbook.
import type { ComparisonRow } from '../../reports/compare.js';
import { compareSummaryFiles, type Comparison, type ReportCompareOptions } from '../../workspace/use-cases/report-compare.js';
import type { CliContext } from '../context.js';

export async function reportCompareCommand(ctx: CliContext, first: string, second: string, options: ReportCompareOptions): Promise<number> {
  const written = await compareSummaryFiles(ctx, first, second, options, { compared: (comparison) => printComparison(ctx, comparison) });
  ctx.stdout.write(`${ctx.t('compare-wrote', { path: ctx.display(written.target), count: written.rows })}\n`);
  return 0;
}

function printComparison(ctx: CliContext, { rows, a, b, note }: Comparison): void {
  if (note) ctx.stdout.write(`${note}\n`);
  ctx.stdout.write(renderTable(rows, a, b, ctx.t('compare-change')));
}

function formatValue(value: number | null, signed = false): string {
  if (value === null) return '—';
  const text = String(Math.round(value * 1000) / 1000);
  return signed && value > 0 ? `+${text}` : text;
}

function renderTable(rows: readonly ComparisonRow[], a: string, b: string, change: string): string {
  const clip = (text: string, length: number) => (text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`);
  const table = [
    ['', '', a, b, change],
    ...rows.map((row) => [clip(row.name, 28), clip(row.label, 50), formatValue(row.a), formatValue(row.b), formatValue(row.change, true)]),
  ];
  const widths = [0, 1, 2, 3, 4].map((column) => Math.max(...table.map((line) => line[column]!.length)));
  return `${table
    .map((line) =>
      line
        .map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')}\n`;
}
