// Consolidation: which reports count, which are rejected and why, and which
// schools of the registry have not reported. A report with any problem is not
// counted at all: nothing is silently dropped or counted twice.
import type { MonitoringForm, Registry, School } from '../schema/reports.js';
import { suggest } from '../schema/suggest.js';
import { compareText } from '../util/compare.js';
import type { ParsedReport, ReportIdentity, ReportProblem, ReportValue } from './read-report.js';

export interface FileProblem extends ReportProblem {
  readonly source: string;
  /** Said and listed, but the file is not counted as rejected (a summary of ours lying among the reports). */
  readonly notice?: boolean;
}

/**
 * What merge keeps of a report: a few hundred bytes, whatever the size of the
 * file, so that 40,000 reports fit in memory. Values are in the form's order.
 */
export interface ReportEntry extends ReportIdentity {
  readonly values: readonly (ReportValue | undefined)[];
  readonly problems: readonly ReportProblem[];
  /** Milliseconds: the workbook's own «modified» time, when it has one. */
  readonly saved?: number;
  /** Milliseconds: the file's modification time. */
  readonly fileTime?: number;
}

export interface CountedReport {
  readonly schoolId: string;
  readonly school?: School;
  readonly districtId?: string;
  readonly report: ReportEntry;
}

export interface MergeResult {
  readonly period: string | undefined;
  readonly year: string | undefined;
  /** More than one academic year among the forms and no --year: nothing can be counted. */
  readonly years?: ReadonlyMap<string, number>;
  readonly counted: CountedReport[];
  readonly rejected: string[];
  readonly problems: FileProblem[];
  /** The schools of the registry that sent nothing: neither a counted file nor a refused one. */
  readonly missing: School[];
}

export interface MergeOptions {
  readonly form: MonitoringForm;
  readonly registry?: Registry;
  /** Only reports of this period count; by default the period most reports are for. */
  readonly period?: string;
  /** Only reports of this academic year count; by default the year of the forms (which must all agree). */
  readonly year?: string;
}

const none: readonly ReportProblem[] = Object.freeze([]);

/** The compact entry of a parsed report; `fileTime` from the file system. */
export function entryOf(report: ParsedReport, form: MonitoringForm, fileTime?: number): ReportEntry {
  const saved = report.modified === undefined ? undefined : Date.parse(report.modified);
  // The same few ids in every report: one string each, not one per report.
  const shared = (value: string | undefined, known: readonly string[]) => known.find((candidate) => candidate === value) ?? value;
  return {
    source: report.source,
    formId: shared(report.formId, [form.id]),
    version: report.version,
    period: shared(
      report.period,
      form.periods.map((period) => period.id),
    ),
    year: report.year === undefined ? undefined : internYear(report.year),
    schoolId: report.schoolId,
    values: report.problems.length > 0 ? [] : form.indicators.map((indicator) => report.values.get(indicator.id)),
    problems: report.problems.length > 0 ? report.problems : none,
    saved: Number.isFinite(saved) ? saved : undefined,
    fileTime,
  };
}

const knownYears = new Map<string, string>();
function internYear(year: string): string {
  if (knownYears.size > 100) return year;
  if (!knownYears.has(year)) knownYears.set(year, year);
  return knownYears.get(year)!;
}

/** `unreadable`: files that could not be read at all, with their problem. */
export function mergeReports(reports: readonly ReportEntry[], unreadable: readonly FileProblem[], options: MergeOptions): MergeResult {
  const { form, registry } = options;
  const ofForm = reports.filter((report) => report.formId === form.id && report.version === form.version);
  const period = options.period ?? mostCommon(ofForm.map((report) => report.period).filter((p): p is string => p !== undefined));
  const years = countValues(ofForm.map((report) => report.year).filter((y): y is string => y !== undefined));
  const year = options.year ?? (years.size === 1 ? [...years.keys()][0] : undefined);
  const schools = new Map((registry?.schools ?? []).map((school) => [school.id, school]));
  const problems: FileProblem[] = [...unreadable];
  const rejected = new Set(unreadable.filter((problem) => !problem.notice).map((problem) => problem.source));
  const counted = new Map<string, CountedReport>();
  if (options.year === undefined && years.size > 1) return { period, year: undefined, years, counted: [], rejected: [], problems: [], missing: [] };

  // a school whose file was refused has reported: it is listed with the file's problem («Ошибки»), not among those who sent nothing
  const refusedSchools = new Set<string>();
  const ids = [...schools.keys()];
  for (const problem of unreadable) {
    const school = problem.notice ? undefined : schoolOfFileName(problem.source, ids);
    if (school) refusedSchools.add(school);
  }
  const reject = (report: ReportEntry, own: readonly ReportProblem[]) => {
    problems.push(...own.map((problem) => ({ ...problem, source: report.source })));
    rejected.add(report.source);
    if (report.schoolId) refusedSchools.add(report.schoolId);
  };
  for (const report of [...reports].sort((a, b) => compareText(a.source, b.source))) {
    const own = [...report.problems, ...headerProblems(report, form, period, year, schools)];
    if (own.length > 0) {
      reject(report, own);
      continue;
    }
    const earlier = counted.get(report.schoolId!);
    if (earlier) {
      const [kept, dropped] = newer(report, earlier.report) ? [report, earlier.report] : [earlier.report, report];
      const code = timeOf(kept) === timeOf(dropped) ? 'report-duplicate-same-time' : 'report-duplicate';
      reject(dropped, [{ code, params: { school: report.schoolId!, kept: kept.source, keptTime: shownTime(kept), droppedTime: shownTime(dropped) } }]);
      if (kept === earlier.report) continue;
    }
    const school = schools.get(report.schoolId!);
    counted.set(report.schoolId!, { schoolId: report.schoolId!, school, districtId: school?.district, report });
  }

  const missing = (registry?.schools ?? []).filter((school) => !counted.has(school.id) && !refusedSchools.has(school.id));
  return { period, year, counted: [...counted.values()], rejected: [...rejected].sort(compareText), problems, missing };
}

/**
 * The school a file that could not be read at all comes from, by its name as the forms are
 * named (<school>-<period>-<year>.xlsx) or as a school may save it (<school>.ods): the longest
 * school id the name starts with, followed by nothing or a dash.
 */
export function schoolOfFileName(source: string, ids: readonly string[]): string | undefined {
  const name = (source.split(/[\\/]/).pop() ?? '').replace(/\.[^.]*$/, '');
  return ids.filter((id) => name === id || name.startsWith(`${id}-`)).sort((a, b) => b.length - a.length)[0];
}

/** When a report was saved: the workbook's own time, or else the file's. */
const timeOf = (report: ReportEntry) => report.saved ?? report.fileTime ?? 0;

/** The newer of two reports of one school: by the workbook's own save time, then the file's; on a tie the first by name stays. */
function newer(candidate: ReportEntry, kept: ReportEntry): boolean {
  if (timeOf(candidate) !== timeOf(kept)) return timeOf(candidate) > timeOf(kept);
  return (candidate.fileTime ?? 0) > (kept.fileTime ?? 0);
}

/** «2024-12-14 10:05 UTC». */
function shownTime(report: ReportEntry): string {
  const time = report.saved ?? report.fileTime;
  return time === undefined ? '?' : `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function headerProblems(
  report: ReportEntry,
  form: MonitoringForm,
  period: string | undefined,
  year: string | undefined,
  schools: ReadonlyMap<string, School>,
): ReportProblem[] {
  if (report.formId === undefined) return []; // already said: not a form
  if (report.formId !== form.id) return [{ code: 'report-other-form', params: { found: report.formId, expected: form.id } }];
  if (report.version !== form.version) return [{ code: 'report-other-version', params: { found: report.version, expected: form.version } }];
  if (period !== undefined && report.period !== undefined && report.period !== period)
    return [{ code: 'report-other-period', params: { found: report.period, expected: period } }];
  if (year !== undefined && report.year !== undefined && report.year !== year)
    return [{ code: 'report-other-year', params: { found: report.year, expected: year } }];
  if (report.year === undefined && year === undefined) return [{ code: 'report-no-year' }];
  if (!report.schoolId) return [{ code: 'report-no-school' }];
  if (schools.size > 0 && !schools.has(report.schoolId)) {
    return [{ code: 'report-unknown-school', params: { school: report.schoolId, suggestion: suggest(report.schoolId, [...schools.keys()]) } }];
  }
  return [];
}

function countValues(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

function mostCommon(values: readonly string[]): string | undefined {
  return [...countValues(values).entries()].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]?.[0];
}
