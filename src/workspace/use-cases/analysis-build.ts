// The «Анализ работы» of a plan from its record: the record found (or the one of a named plan),
// its plan, the year before it, the centre's head, the narrative and the monitoring rounds, drawn
// and written as a DOCX. docx, Vega and resvg load only here.
import path from 'node:path';
import { existsSync } from 'node:fs';
import { analysisCharts, monitoringChart } from '../../analysis/charts.js';
import { compareSummaries, refusal } from '../../reports/compare.js';
import { yearFigures } from '../../analysis/figures.js';
import { narrativeFromMarkdown } from '../../analysis/narrative.js';
import { startChartRenderer, type ChartRenderer } from '../../analysis/chart-renderer.js';
import { parseAcademicYear } from '../../schema/dates.js';
import { CentreError, hasErrors, userError } from '../../schema/diagnostic.js';
import type { YearRecord } from '../../schema/record.js';
import type { PlanDocument } from '../../schema/plan.js';
import type { PreviousYear } from '../../analysis/analysis-tables.js';
import type { WorkspaceContext } from '../context.js';
import { today } from '../today.js';
import { errnoOf, findWorkspaceRoot, readTextFile } from '../files.js';
import { loadWorkspace } from '../load.js';
import { recordPlanPath, type LoadedFile } from '../model.js';
import { findRecordPlan } from '../record-plans.js';
import { findRecordOf } from '../plan-and-record.js';
import { writeOutput } from '../write-output.js';

export interface AnalysisBuildOptions {
  readonly year?: string;
  readonly output?: string;
  /** Two summaries written by `report merge`: the monitoring rounds of the year. */
  readonly monitoring?: string[];
}

export interface BuiltAnalysis {
  /** The DOCX written. */
  readonly target: string;
  readonly planned: number;
  readonly held: number;
  readonly charts: number;
  /** A broken file was reported (the document is still written). */
  readonly failed: boolean;
}

/**
 * The analysis of the record given (or of the record of a plan given), else of the one record of
 * the latest year in plans/. Broken files are reported through the context and the analysis still
 * built; a monitoring round of another year than the plan's is a warning.
 */
export async function buildAnalysis(ctx: WorkspaceContext, records: readonly string[], options: AnalysisBuildOptions): Promise<BuiltAnalysis> {
  // the chart libraries load in a worker thread while the files are read
  const renderer = startChartRenderer();
  try {
    return await buildWith(ctx, records, options, renderer);
  } finally {
    renderer.close();
  }
}

/** A plan named where a record is asked for stands for its record, when it has one: a methodist names the plan. */
async function recordOfPlanArg(ctx: WorkspaceContext, arg: string): Promise<string> {
  if (!/\.ya?ml$/iu.test(arg)) return arg;
  const loaded = await loadWorkspace(ctx, [arg]);
  const plan = loaded.plans[0];
  if (!plan) return arg;
  const record = await findRecordOf(ctx, plan.path);
  return existsSync(record) ? record : arg;
}

async function buildWith(ctx: WorkspaceContext, records: readonly string[], options: AnalysisBuildOptions, renderer: ChartRenderer): Promise<BuiltAnalysis> {
  const year = options.year === undefined ? undefined : parseAcademicYear(options.year);
  if (options.year !== undefined && !year) throw userError('centre analysis build', 'bad-year-option', { value: options.year }, 2);
  const root = findWorkspaceRoot(ctx.cwd);
  const given = records.length > 0 ? await Promise.all(records.map((arg) => recordOfPlanArg(ctx, arg))) : [path.join(root, 'plans')];
  const loaded = await loadWorkspace(ctx, given, { kinds: ['record'] });
  const found = loaded.records;
  const diagnostics = [
    ...loaded.pathProblems,
    ...found.flatMap((file) => file.diagnostics),
    ...loaded.files.filter((file) => !file.validated).flatMap((file) => file.diagnostics),
  ];
  // a broken file is reported and the record still built; the exit code says that something was wrong
  const failed = hasErrors(diagnostics);
  if (failed) await ctx.report(diagnostics, loaded.sources);

  const all: Candidate[] = [];
  for (const file of found) {
    const record = file.validated.value;
    all.push({ file, record, plan: await findRecordPlan(ctx, file.path, record, loaded.files) });
  }
  // with no --year, the latest year the records cover; the year before it is compared with it
  const firstYear = (candidate: Candidate) => parseAcademicYear(candidate.plan.plan?.academicYear ?? '')?.first;
  const latest = all.reduce<number | undefined>((max, candidate) => Math.max(max ?? -Infinity, firstYear(candidate) ?? -Infinity), undefined);
  const wanted = year?.first ?? (latest !== undefined && Number.isFinite(latest) ? latest : undefined);
  const candidates = all.filter(
    (candidate) => wanted === undefined || !candidate.plan.plan || firstYear(candidate) === wanted || firstYear(candidate) === undefined,
  );
  const yearText = year ? `${year.first}-${year.first + 1}` : undefined;
  if (candidates.length === 0 && failed) throw new CentreError([], 1);
  if (candidates.length === 0)
    throw userError(ctx.display(given.length === 1 ? path.resolve(ctx.cwd, given[0]!) : root), 'analysis-no-record', { year: yearText });
  if (candidates.length > 1) throw userError(ctx.display(root), 'analysis-several-records', { files: candidates.map((c) => c.file.shown).join('|') }, 2);
  const { file, record, plan: found0 } = candidates[0]!;
  if (!found0.plan) throw userError(file.shown, 'record-plan-missing', { plan: record.plan, reason: found0.reason });
  const plan = found0.plan;

  const target = outputPath(ctx, root, file.path, options.output);
  const inputs = [
    file.path,
    recordPlanPath(file.path, record),
    ...(options.monitoring ?? []).map((summary) => path.resolve(ctx.cwd, summary)),
    ...loaded.files.map((input) => input.path),
  ];
  if (inputs.includes(target)) throw userError(ctx.display(target), 'output-is-input', { path: ctx.display(target) }, 1);

  const monitoring = options.monitoring ? await readMonitoring(ctx, options.monitoring) : undefined;
  if (monitoring?.year && plan.academicYear !== undefined && parseAcademicYear(monitoring.year)?.first !== parseAcademicYear(plan.academicYear)?.first) {
    ctx.warn(ctx.t('analysis-monitoring-other-year', { year: monitoring.year, plan: plan.academicYear }));
  }
  const figures = yearFigures(plan, record);
  const previous = previousYear(all, plan);
  const specs = analysisCharts(figures);
  const monitoringSpec = monitoring && monitoringChart(monitoring.rows, monitoring.a, monitoring.b);
  const drawing = renderer.render([
    specs.plannedVsHeld.spec,
    ...(specs.byMonth ? [specs.byMonth.spec] : []),
    ...(specs.byCategory ? [specs.byCategory.spec] : []),
    ...(monitoringSpec ? [monitoringSpec.spec] : []),
  ]);
  // docx is heavy: it loads, and the tables are built, while the charts are drawn
  const { prepareAnalysisDocument, packDocument } = await import('../../analysis/analysis-docx.js');
  const withCharts = prepareAnalysisDocument({
    plan,
    figures,
    ...(record.title !== undefined ? { title: record.title } : {}),
    approvals: record.approvals,
    ...signatureOf(record, plan, await centreHead(ctx, root)),
    date: today(ctx),
    ...(previous ? { previous } : {}),
    narrative: record.analysis ?? narrativeBeside(ctx, file.path),
    ...(monitoring ? { monitoring: { ...monitoring, ...(monitoringSpec ? { charted: monitoringSpec.label } : {}) } } : {}),
  });
  const [plannedVsHeld, ...rest] = await drawing;
  const byMonth = specs.byMonth ? rest.shift() : undefined;
  const byCategory = specs.byCategory ? rest.shift() : undefined;
  const monitoringChartImage = monitoringSpec ? rest.shift() : undefined;
  const bytes = await packDocument(
    withCharts({
      plannedVsHeld: plannedVsHeld!,
      ...(byMonth ? { byMonth } : {}),
      ...(byCategory ? { byCategory } : {}),
      ...(monitoringChartImage ? { monitoring: monitoringChartImage } : {}),
    }),
  );
  await writeOutput(ctx, target, bytes);
  const charts = 1 + (byMonth ? 1 : 0) + (byCategory ? 1 : 0) + (monitoringChartImage ? 1 : 0);
  return { target, planned: figures.planned, held: figures.held, charts, failed };
}

interface Candidate {
  readonly file: LoadedFile;
  readonly record: YearRecord;
  readonly plan: Awaited<ReturnType<typeof findRecordPlan>>;
}

/** The record of the academic year before the plan's, when the workspace holds exactly one. */
function previousYear(all: readonly Candidate[], plan: PlanDocument): PreviousYear | undefined {
  const first = parseAcademicYear(plan.academicYear ?? '')?.first;
  if (first === undefined) return undefined;
  const before = all.filter((candidate) => candidate.plan.plan && parseAcademicYear(candidate.plan.plan.academicYear ?? '')?.first === first - 1);
  if (before.length !== 1) return undefined;
  return { academicYear: `${first - 1}-${first}`, figures: yearFigures(before[0]!.plan.plan!, before[0]!.record) };
}

/** Who signs: the record's signatory, else the plan's, else the head of the centre. */
function signatureOf(record: YearRecord, plan: PlanDocument, head: { position: string; name: string } | undefined) {
  const signature = record.signature ?? plan.signature ?? head;
  return signature ? { signature: { position: signature.position, name: signature.name } } : {};
}

async function centreHead(ctx: WorkspaceContext, root: string): Promise<{ position: string; name: string } | undefined> {
  const folder = path.join(root, 'plans');
  if (!existsSync(folder)) return undefined;
  const loaded = await loadWorkspace(ctx, [folder], { kinds: ['centre'] });
  return loaded.centres[0]?.validated.value.head;
}

/** The two rounds of the year's monitoring, compared (the same form and year, or a user error). */
async function readMonitoring(ctx: WorkspaceContext, files: readonly string[]) {
  if (files.length !== 2) throw userError('centre analysis build', 'analysis-monitoring-two', { count: files.length }, 2);
  // exceljs loads only for this option, through the summaries' own bundle
  const { readSummaryFile, periodTitle, formOfSummaries } = await import('../summary-files.js');
  const resolved = files.map((file) => path.resolve(ctx.cwd, file));
  const [a, b] = [await readSummaryFile(ctx, resolved[0]!), await readSummaryFile(ctx, resolved[1]!)];
  const refused = refusal(a, b);
  if (refused) throw userError(`${ctx.display(resolved[0]!)}, ${ctx.display(resolved[1]!)}`, refused.code, refused.params);
  const form = await formOfSummaries(ctx, a.form, undefined);
  const heading = (data: typeof a) => `${periodTitle(form, data)}${data.year ? ` ${data.year}` : ''}`;
  return { title: form?.title ?? a.form ?? '', a: heading(a), b: heading(b), rows: compareSummaries(a, b, form), ...(a.year ? { year: a.year } : {}) };
}

/** plans/X.record.yaml → plans/X.record.md, when the narrative is written there. */
function narrativeBeside(ctx: WorkspaceContext, recordPath: string) {
  const markdown = recordPath.replace(/\.ya?ml$/i, '.md');
  if (markdown === recordPath || !existsSync(markdown)) return [];
  try {
    return narrativeFromMarkdown(readTextFile(markdown));
  } catch (error) {
    throw userError(ctx.display(markdown), 'file-unreadable', { reason: errnoOf(error) });
  }
}

/** `-o` file, or out/<record name>-analysis.docx in the workspace. */
function outputPath(ctx: WorkspaceContext, root: string, recordPath: string, output: string | undefined): string {
  if (output !== undefined) return path.resolve(ctx.cwd, output);
  const name = path.basename(recordPath).replace(/(\.record)?\.ya?ml$/i, '');
  return path.join(root, 'out', `${name}-analysis.docx`);
}
