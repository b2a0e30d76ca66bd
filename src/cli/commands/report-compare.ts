// `centre report compare <a.xlsx> <b.xlsx>`: two summaries written by
// `report merge` (their hidden form data says form, period and year), each
// indicator by district and region with both values and the change, as a
// terminal table and a workbook.
import path from 'node:path';
import { compareSchools, compareSummaries, refusal, roundSchools, type ComparisonRow, type RoundSchools, type SummaryData } from '../../reports/compare.js';
import { buildComparison } from '../../reports/compare-workbook.js';
import { userError } from '../../schema/diagnostic.js';
import { findWorkspaceRoot } from '../../workspace/files.js';
import type { CliContext } from '../context.js';
import { translator, type Translate } from '../../i18n/messages.js';
import { formOfSummaries, periodTitle, readSummaryFile } from '../../workspace/summary-files.js';
import { writeOutput } from '../../workspace/write-output.js';

export interface ReportCompareOptions {
  readonly output?: string;
  readonly form?: string;
  /** Every school each round counted, not only those in both. */
  readonly all?: boolean;
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

/** How many schools each round counted, and which were compared: those in both, unless --all. */
function roundsNote(t: Translate, schools: RoundSchools, a: string, b: string, all: boolean): string {
  const counts = t('compare-rounds', { a, b, countA: schools.a, countB: schools.b });
  if (schools.onlyA.length === 0 && schools.onlyB.length === 0) return counts;
  const only = [
    schools.onlyA.length > 0 ? t('compare-only-in', { round: a, schools: schools.onlyA.join(', ') }) : '',
    schools.onlyB.length > 0 ? t('compare-only-in', { round: b, schools: schools.onlyB.join(', ') }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  return `${counts} ${all ? t('compare-all-schools') : t('compare-common-schools', { count: schools.common })} ${only}`;
}

export async function reportCompareCommand(ctx: CliContext, first: string, second: string, options: ReportCompareOptions): Promise<number> {
  const files = [first, second].map((file) => path.resolve(ctx.cwd, file));
  const [a, b] = [await readSummaryFile(ctx, files[0]!), await readSummaryFile(ctx, files[1]!)] as [SummaryData, SummaryData];
  const refused = refusal(a, b);
  if (refused) throw userError(`${ctx.display(files[0]!)}, ${ctx.display(files[1]!)}`, refused.code, refused.params);
  const form = await formOfSummaries(ctx, a.form, options.form);
  const rows = compareSummaries(a, b, form, { all: options.all });
  const headingA = `${periodTitle(form, a)}${a.year ? ` ${a.year}` : ''}`;
  const headingB = `${periodTitle(form, b)}${b.year ? ` ${b.year}` : ''}`;
  const schools = roundSchools(a, b);
  const note = schools ? roundsNote(ctx.t, schools, headingA, headingB, options.all === true) : undefined;
  if (note) ctx.stdout.write(`${note}\n`);
  ctx.stdout.write(renderTable(rows, headingA, headingB, ctx.t('compare-change')));

  const target = path.resolve(ctx.cwd, options.output ?? path.join(findWorkspaceRoot(ctx.cwd), 'out', `compare-${a.period ?? 'a'}-${b.period ?? 'b'}.xlsx`));
  if (files.includes(target)) throw userError(ctx.display(target), 'output-is-input', { path: ctx.display(target) }, 2);
  const title = `${form?.title ?? a.form}: сравнение (${headingA} и ${headingB})`;
  // the workbook is a Russian document, whatever language the terminal speaks
  const russian = translator('ru');
  const workbookNote = schools ? roundsNote(russian, schools, headingA, headingB, options.all === true) : undefined;
  const workbook = buildComparison(rows, { title, a: headingA, b: headingB, ...(workbookNote ? { note: workbookNote } : {}) }, compareSchools(a, b, form));
  await writeOutput(ctx, target, new Uint8Array(await workbook.xlsx.writeBuffer()));
  ctx.stdout.write(`${ctx.t('compare-wrote', { path: ctx.display(target), count: rows.length })}\n`);
  return 0;
}
