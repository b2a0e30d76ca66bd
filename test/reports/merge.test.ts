// Which reports count: the pure consolidation, without files.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { quickValidate } from '../../src/kinds/quick-check.js';
import { mergeReports, type ReportEntry } from '../../src/reports/merge.js';
import type { MonitoringForm, Registry } from '../../src/schema/reports.js';
import { repoRoot } from '../helpers/cli.js';

const form = quickValidate(readFileSync(path.join(repoRoot, 'templates', 'monitoring-form.yaml'), 'utf8'))!.validated.value as MonitoringForm;
const registry = quickValidate(readFileSync(path.join(repoRoot, 'plans', 'registry.yaml'), 'utf8'))!.validated.value as Registry;

function entry(source: string, overrides: Partial<ReportEntry> = {}): ReportEntry {
  return { source, formId: form.id, version: form.version, period: 'interim', year: '2024-2025', schoolId: 'gai-6', values: [20], problems: [], ...overrides };
}

const codes = (result: ReturnType<typeof mergeReports>) => result.problems.map((problem) => `${problem.source}: ${problem.code}`);

describe('mergeReports', () => {
  it('rejects a report of another form, version, period or year, each with its own reason', () => {
    const result = mergeReports(
      [
        entry('form.xlsx', { formId: 'other-form', schoolId: 'gai-1' }),
        entry('version.xlsx', { version: form.version + 1, schoolId: 'gai-1' }),
        entry('period.xlsx', { period: 'final', schoolId: 'gai-1' }),
        entry('year.xlsx', { year: '2023-2024', schoolId: 'gai-1' }),
        entry('good.xlsx'),
      ],
      [],
      { form, registry, period: 'interim', year: '2024-2025' },
    );
    expect(codes(result)).toEqual(['form.xlsx: report-other-form', 'period.xlsx: report-other-period', 'version.xlsx: report-other-version', 'year.xlsx: report-other-year']);
    expect(result.counted.map((c) => c.report.source)).toEqual(['good.xlsx']);
    expect(result.rejected).toEqual(['form.xlsx', 'period.xlsx', 'version.xlsx', 'year.xlsx']);
  });

  it('takes the period most reports are for and the one year of the forms, and stops at forms of several years', () => {
    const reports = [entry('a.xlsx', { schoolId: 'gai-1' }), entry('b.xlsx', { schoolId: 'pon-1' }), entry('c.xlsx', { period: 'final' })];
    const result = mergeReports(reports, [], { form, registry });
    expect([result.period, result.year]).toEqual(['interim', '2024-2025']);
    expect(codes(result)).toEqual(['c.xlsx: report-other-period']);
    const mixed = mergeReports([...reports, entry('d.xlsx', { schoolId: 'buz-cvr', year: '2025-2026' })], [], { form, registry });
    expect(mixed.years).toEqual(new Map([['2024-2025', 3], ['2025-2026', 1]]));
    expect(mixed.counted).toEqual([]);
  });

  it('counts any school without a registry, and has nobody missing', () => {
    const result = mergeReports([entry('x.csv:2', { schoolId: 'not-in-any-registry' })], [], { form });
    expect(result.counted.map((c) => c.schoolId)).toEqual(['not-in-any-registry']);
    expect(result.missing).toEqual([]);
  });

  it('keeps the newest of two reports of a school: the workbook’s time first, then the file’s, then the first by name', () => {
    const byWorkbook = mergeReports([entry('a.xlsx', { saved: 2000, fileTime: 1 }), entry('b.xlsx', { saved: 1000, fileTime: 9 })], [], { form, registry });
    expect(byWorkbook.counted[0]!.report.source).toBe('a.xlsx');
    expect(byWorkbook.problems).toMatchObject([{ source: 'b.xlsx', code: 'report-duplicate', params: { kept: 'a.xlsx' } }]);
    const byFile = mergeReports([entry('a.csv:2', { fileTime: 1000 }), entry('b.csv:2', { fileTime: 5000 })], [], { form, registry });
    expect(byFile.counted[0]!.report.source).toBe('b.csv:2');
    const tie = mergeReports([entry('b.xlsx', { saved: 1000 }), entry('a.xlsx', { saved: 1000 })], [], { form, registry });
    expect(tie.counted[0]!.report.source).toBe('a.xlsx');
    expect(tie.problems).toMatchObject([{ source: 'b.xlsx', code: 'report-duplicate-same-time', params: { kept: 'a.xlsx', keptTime: '1970-01-01 00:00 UTC' } }]);
  });

  it('names a summary of its own among the inputs without rejecting it', () => {
    const result = mergeReports([entry('a.xlsx')], [{ source: 'summary.xlsx', code: 'report-is-summary', notice: true }], { form, registry });
    expect(result.rejected).toEqual([]);
    expect(codes(result)).toEqual(['summary.xlsx: report-is-summary']);
  });
});
