// Two summaries written by `report merge` (their hidden form data says form, period and year)
// compared: each indicator by district and region with both values and the change, and the
// workbook of the comparison written.
import path from 'node:path';
import { compareSchools, compareSummaries, refusal, roundSchools, type ComparisonRow, type RoundSchools, type SummaryData } from '../../reports/compare.js';
import { buildComparison } from '../../reports/compare-workbook.js';
import { userError } from '../../schema/diagnostic.js';
import { translator, type Translate } from '../../i18n/messages.js';
import type { WorkspaceContext } from '../context.js';
import { findWorkspaceRoot } from '../files.js';
import { formOfSummaries, periodTitle, readSummaryFile } from '../summary-files.js';
import { writeOutput } from '../write-output.js';

export interface ReportCompareOptions {
  readonly output?: string;
  readonly form?: string;
  /** Every school each round counted, not only those in both. */
  readonly all?: boolean;
}

/** The comparison, before its workbook is written (which may still be refused). */
export interface Comparison {
  readonly rows: readonly ComparisonRow[];
  /** The headings of the two rounds: the period and the year. */
  readonly a: string;
  readonly b: string;
  /** How many schools each round counted and which were compared, in the context's language. */
  readonly note?: string;
}

export interface ComparisonProgress {
  compared?(comparison: Comparison): void;
}

export interface WrittenComparison {
  readonly target: string;
  readonly rows: number;
}

export async function compareSummaryFiles(
  ctx: WorkspaceContext,
  first: string,
  second: string,
  options: ReportCompareOptions,
  progress: ComparisonProgress = {},
): Promise<WrittenComparison> {
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
  progress.compared?.({ rows, a: headingA, b: headingB, ...(note ? { note } : {}) });

  const target = path.resolve(ctx.cwd, options.output ?? path.join(findWorkspaceRoot(ctx.cwd), 'out', `compare-${a.period ?? 'a'}-${b.period ?? 'b'}.xlsx`));
  if (files.includes(target)) throw userError(ctx.display(target), 'output-is-input', { path: ctx.display(target) }, 2);
  const title = `${form?.title ?? a.form}: сравнение (${headingA} и ${headingB})`;
  // the workbook is a Russian document, whatever language the terminal speaks
  const russian = translator('ru');
  const workbookNote = schools ? roundsNote(russian, schools, headingA, headingB, options.all === true) : undefined;
  const workbook = buildComparison(rows, { title, a: headingA, b: headingB, ...(workbookNote ? { note: workbookNote } : {}) }, compareSchools(a, b, form));
  await writeOutput(ctx, target, new Uint8Array(await workbook.xlsx.writeBuffer()));
  return { target, rows: rows.length };
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
