// Consolidation: which reports count, which are rejected and why, and which
// schools of the registry have not reported. A report with any problem is not
// counted at all: nothing is silently dropped or counted twice.
import type { MonitoringForm, Registry, School } from '../schema/reports.js';
import { suggest } from '../schema/suggest.js';
import { compareText } from '../util/compare.js';
import type { ParsedReport, ReportProblem } from './read-report.js';

export interface FileProblem extends ReportProblem {
  readonly source: string;
}

export interface CountedReport {
  readonly schoolId: string;
  readonly school?: School;
  readonly districtId?: string;
  readonly report: ParsedReport;
}

export interface MergeResult {
  readonly period: string | undefined;
  readonly year: string | undefined;
  readonly counted: CountedReport[];
  readonly rejected: string[];
  readonly problems: FileProblem[];
  readonly missing: School[];
}

export interface MergeOptions {
  readonly form: MonitoringForm;
  readonly registry?: Registry;
  /** Only reports of this period count; by default the period most reports are for. */
  readonly period?: string;
}

/** `unreadable`: files that could not be read at all, with their problem. */
export function mergeReports(reports: readonly ParsedReport[], unreadable: readonly FileProblem[], options: MergeOptions): MergeResult {
  const { form, registry } = options;
  const period = options.period ?? mostCommon(reports.map((report) => report.period).filter((p): p is string => p !== undefined));
  const schools = new Map((registry?.schools ?? []).map((school) => [school.id, school]));
  const problems: FileProblem[] = [...unreadable];
  const rejected = new Set(unreadable.map((problem) => problem.source));
  const counted = new Map<string, CountedReport>();

  for (const report of [...reports].sort((a, b) => compareText(a.source, b.source))) {
    const own = [...report.problems, ...headerProblems(report, form, period, schools)];
    if (own.length === 0 && report.schoolId && counted.has(report.schoolId)) {
      own.push({ code: 'report-duplicate', params: { school: report.schoolId, kept: counted.get(report.schoolId)!.report.source } });
    }
    if (own.length > 0) {
      problems.push(...own.map((problem) => ({ ...problem, source: report.source })));
      rejected.add(report.source);
      continue;
    }
    const school = schools.get(report.schoolId!);
    counted.set(report.schoolId!, { schoolId: report.schoolId!, school, districtId: school?.district, report });
  }

  const missing = (registry?.schools ?? []).filter((school) => !counted.has(school.id));
  const year = mostCommon([...counted.values()].map((c) => c.report.year).filter((y): y is string => Boolean(y)));
  return { period, year, counted: [...counted.values()], rejected: [...rejected].sort(compareText), problems, missing };
}

function headerProblems(report: ParsedReport, form: MonitoringForm, period: string | undefined, schools: ReadonlyMap<string, School>): ReportProblem[] {
  if (report.formId === undefined) return []; // already said: not a form
  if (report.formId !== form.id) return [{ code: 'report-other-form', params: { found: report.formId, expected: form.id } }];
  if (report.version !== form.version) return [{ code: 'report-other-version', params: { found: report.version, expected: form.version } }];
  if (period !== undefined && report.period !== undefined && report.period !== period) return [{ code: 'report-other-period', params: { found: report.period, expected: period } }];
  if (!report.schoolId) return [{ code: 'report-no-school' }];
  if (schools.size > 0 && !schools.has(report.schoolId)) {
    return [{ code: 'report-unknown-school', params: { school: report.schoolId, suggestion: suggest(report.schoolId, [...schools.keys()]) } }];
  }
  return [];
}

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]?.[0];
}
