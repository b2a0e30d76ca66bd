// Which reports count: the pure consolidation, without files.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { quickValidate } from '../../src/kinds/quick-check.js';
import { entryOf, mergeReports, schoolOfFileName, type ReportEntry } from '../../src/reports/merge.js';
import type { ParsedReport } from '../../src/reports/read-report.js';
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
    expect(result.problems).toEqual([
      { source: 'form.xlsx', code: 'report-other-form', params: { found: 'other-form', expected: form.id } },
      { source: 'period.xlsx', code: 'report-other-period', params: { found: 'final', expected: 'interim' } },
      { source: 'version.xlsx', code: 'report-other-version', params: { found: form.version + 1, expected: form.version } },
      { source: 'year.xlsx', code: 'report-other-year', params: { found: '2023-2024', expected: '2024-2025' } },
    ]);
    expect(result.counted.map((c) => c.report.source)).toEqual(['good.xlsx']);
    expect(result.rejected).toEqual(['form.xlsx', 'period.xlsx', 'version.xlsx', 'year.xlsx']);
  });

  it('takes the period most reports are for and the one year of the forms, and stops at forms of several years', () => {
    const reports = [entry('a.xlsx', { schoolId: 'gai-1' }), entry('b.xlsx', { schoolId: 'pon-1' }), entry('c.xlsx', { period: 'final' })];
    const result = mergeReports(reports, [], { form, registry });
    expect([result.period, result.year]).toEqual(['interim', '2024-2025']);
    expect(codes(result)).toEqual(['c.xlsx: report-other-period']);
    const mixed = mergeReports([...reports, entry('d.xlsx', { schoolId: 'buz-cvr', year: '2025-2026' })], [], { form, registry });
    expect(mixed).toEqual({
      period: 'interim',
      year: undefined,
      years: new Map([
        ['2024-2025', 3],
        ['2025-2026', 1],
      ]),
      counted: [],
      rejected: [],
      problems: [],
      missing: [],
    });
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
    expect(tie.problems).toMatchObject([
      { source: 'b.xlsx', code: 'report-duplicate-same-time', params: { kept: 'a.xlsx', keptTime: '1970-01-01 00:00 UTC' } },
    ]);
  });

  it('names a summary of its own among the inputs without rejecting it', () => {
    const result = mergeReports([entry('a.xlsx')], [{ source: 'summary.xlsx', code: 'report-is-summary', notice: true }], { form, registry });
    expect(result.rejected).toEqual([]);
    expect(codes(result)).toEqual(['summary.xlsx: report-is-summary']);
    const unreadable = mergeReports([entry('b.xlsx', { schoolId: 'nobody' }), entry('a.xlsx')], [{ source: 'z.xls', code: 'report-needs-libreoffice' }], {
      form,
      registry,
    });
    expect(unreadable.rejected).toEqual(['b.xlsx', 'z.xls']);
    expect(codes(unreadable)).toEqual(['z.xls: report-needs-libreoffice', 'b.xlsx: report-unknown-school']);
  });

  it('lists the registry’s schools that sent nothing, in registry order, and files each counted school under its district', () => {
    const result = mergeReports([entry('pon.xlsx', { schoolId: 'pon-1' }), entry('gai.xlsx', { schoolId: 'gai-6' })], [], { form, registry });
    expect(result.counted.map((c) => [c.schoolId, c.districtId, c.school?.shortName])).toEqual([
      ['gai-6', 'gai', 'МБОУ «СОШ № 6»'],
      ['pon-1', 'ponomarevka', registry.schools.find((school) => school.id === 'pon-1')!.shortName],
    ]);
    const expected = registry.schools.map((school) => school.id).filter((id) => id !== 'gai-6' && id !== 'pon-1');
    expect(result.missing.map((school) => school.id)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(2);
  });

  it('says which school a report is from is unknown, with the nearest code, and asks for the school code when it is empty', () => {
    const result = mergeReports(
      [entry('typo.xlsx', { schoolId: 'gai-66' }), entry('empty.xlsx', { schoolId: '' }), entry('none.xlsx', { schoolId: undefined })],
      [],
      { form, registry },
    );
    expect(result.problems).toEqual([
      { source: 'empty.xlsx', code: 'report-no-school' },
      { source: 'none.xlsx', code: 'report-no-school' },
      { source: 'typo.xlsx', code: 'report-unknown-school', params: { school: 'gai-66', suggestion: 'gai-6' } },
    ]);
    expect(result.counted).toEqual([]);
    expect(result.rejected).toEqual(['empty.xlsx', 'none.xlsx', 'typo.xlsx']);
  });

  it('counts a report that does not say its period or year with the others, and asks for the year only when nothing gives one', () => {
    const reports = [
      entry('a.csv:2', { schoolId: 'gai-1', period: undefined, year: undefined }),
      entry('b.csv:2', { schoolId: 'pon-1', period: undefined, year: undefined }),
      entry('c.xlsx', { period: 'final' }),
    ];
    const result = mergeReports(reports, [], { form, registry });
    expect([result.period, result.year, result.years]).toEqual(['final', '2024-2025', undefined]);
    expect(result.problems).toEqual([]);
    expect(result.counted.map((c) => c.report.source)).toEqual(['a.csv:2', 'b.csv:2', 'c.xlsx']);
    const withYear = mergeReports(reports.slice(0, 2), [], { form, registry, year: '2023-2024' });
    expect([withYear.year, withYear.counted.length, withYear.problems]).toEqual(['2023-2024', 2, []]);
    const yearless = mergeReports(reports.slice(0, 2), [], { form, registry });
    expect(codes(yearless)).toEqual(['a.csv:2: report-no-year', 'b.csv:2: report-no-year']);
    expect(yearless.counted).toEqual([]);
  });

  it('takes the period and year from reports of this form and version only, and settles a tie of periods whatever the order of files', () => {
    const old = (name: string) => entry(name, { version: form.version + 1, period: 'final', year: '2023-2024', schoolId: 'pon-1' });
    const result = mergeReports([old('o1.xlsx'), old('o2.xlsx'), old('o3.xlsx'), entry('new.xlsx')], [], { form, registry });
    expect([result.period, result.year, result.years]).toEqual(['interim', '2024-2025', undefined]);
    expect(result.counted.map((c) => c.report.source)).toEqual(['new.xlsx']);
    const otherForm = (name: string) => entry(name, { formId: 'other-form', period: 'final', year: '2023-2024', schoolId: 'pon-1' });
    const beside = mergeReports([otherForm('x1.xlsx'), otherForm('x2.xlsx'), otherForm('x3.xlsx'), entry('new.xlsx')], [], { form, registry });
    expect([beside.period, beside.year, beside.years]).toEqual(['interim', '2024-2025', undefined]);
    const tie = [entry('i.xlsx', { schoolId: 'gai-1' }), entry('f.xlsx', { period: 'final' })];
    expect(mergeReports(tie, [], { form, registry }).period).toBe(mergeReports([...tie].reverse(), [], { form, registry }).period);
  });

  it('says nothing more about a file that is not a form than its reader did', () => {
    const notForm = entry('notes.xlsx', {
      formId: undefined,
      version: undefined,
      period: undefined,
      year: undefined,
      schoolId: undefined,
      problems: [{ code: 'report-not-a-form' }],
    });
    const result = mergeReports([notForm, entry('a.xlsx')], [], { form, registry });
    expect(codes(result)).toEqual(['notes.xlsx: report-not-a-form']);
    expect(result.rejected).toEqual(['notes.xlsx']);
  });

  it('keeps the report whose file is newer when the workbooks were saved at the same time, and shows «?» for a report with no time at all', () => {
    const saved = Date.UTC(2024, 11, 14, 10, 5);
    const sameSave = mergeReports(
      [entry('a.xlsx', { saved, fileTime: Date.UTC(2024, 11, 15, 8) }), entry('b.xlsx', { saved, fileTime: Date.UTC(2024, 11, 16, 9) })],
      [],
      { form, registry },
    );
    expect(sameSave.counted.map((c) => c.report.source)).toEqual(['b.xlsx']);
    expect(sameSave.problems).toEqual([
      {
        source: 'a.xlsx',
        code: 'report-duplicate-same-time',
        params: { school: 'gai-6', kept: 'b.xlsx', keptTime: '2024-12-14 10:05 UTC', droppedTime: '2024-12-14 10:05 UTC' },
      },
    ]);
    const firstNewer = mergeReports(
      [entry('a.xlsx', { saved, fileTime: Date.UTC(2024, 11, 16, 9) }), entry('b.xlsx', { saved, fileTime: Date.UTC(2024, 11, 15, 8) })],
      [],
      { form, registry },
    );
    expect(firstNewer.counted.map((c) => c.report.source)).toEqual(['a.xlsx']);
    const timeless = mergeReports([entry('a.csv:2'), entry('a.csv:3', { fileTime: Date.UTC(2024, 11, 14, 10, 5, 30) })], [], { form, registry });
    expect(timeless.counted.map((c) => c.report.source)).toEqual(['a.csv:3']);
    expect(timeless.problems).toEqual([
      { source: 'a.csv:2', code: 'report-duplicate', params: { school: 'gai-6', kept: 'a.csv:3', keptTime: '2024-12-14 10:05 UTC', droppedTime: '?' } },
    ]);
  });
});

describe('entryOf', () => {
  const parsed = (overrides: Partial<ParsedReport> = {}): ParsedReport => ({
    source: 'gai-6.xlsx',
    formId: form.id,
    version: form.version,
    period: 'interim',
    year: '2024-2025',
    schoolId: 'gai-6',
    values: new Map<string, number | string | boolean>([
      ['trained', 12],
      ['class_teachers', 30],
      ['local_act', true],
    ]),
    problems: [],
    ...overrides,
  });

  it('keeps what the report says of itself, its values in the form’s order, and when the workbook was saved', () => {
    const kept = entryOf(parsed({ modified: '2024-12-14T10:05:00Z' }), form, 77);
    expect(kept).toMatchObject({
      source: 'gai-6.xlsx',
      formId: form.id,
      version: form.version,
      period: 'interim',
      year: '2024-2025',
      schoolId: 'gai-6',
      saved: Date.UTC(2024, 11, 14, 10, 5),
      fileTime: 77,
      problems: [],
    });
    const ids = form.indicators.map((indicator) => indicator.id);
    expect(kept.values).toHaveLength(ids.length);
    expect(kept.values[ids.indexOf('class_teachers')]).toBe(30);
    expect(kept.values[ids.indexOf('trained')]).toBe(12);
    expect(kept.values[ids.indexOf('local_act')]).toBe(true);
    expect(kept.values[ids.indexOf('practices')]).toBeUndefined();
  });

  it('keeps another form, period and year as the report says them, so that merge can name them', () => {
    const other = entryOf(parsed({ formId: 'other-form', period: 'semester', year: '2023-2024' }), form);
    expect(other).toMatchObject({ formId: 'other-form', period: 'semester', year: '2023-2024' });
    expect(entryOf(parsed({ formId: undefined, period: undefined, year: undefined }), form)).toMatchObject({
      formId: undefined,
      period: undefined,
      year: undefined,
    });
    const result = mergeReports([other], [], { form, registry, year: '2024-2025' });
    expect(result.problems).toEqual([{ source: 'gai-6.xlsx', code: 'report-other-form', params: { found: 'other-form', expected: form.id } }]);
  });

  it('keeps the problems of a rejected report and none of its values, and ignores a save time it cannot read', () => {
    const problems = [{ code: 'report-required' as const, params: { indicator: 'trained' } }];
    const rejected = entryOf(parsed({ problems, modified: 'вчера' }), form, 5);
    expect(rejected.problems).toEqual(problems);
    expect(rejected.values).toEqual([]);
    expect(rejected.saved).toBeUndefined();
    const twice = mergeReports([entryOf(parsed({ modified: 'вчера' }), form, 5000), entryOf(parsed({ source: 'b.xlsx' }), form, 9000)], [], { form, registry });
    expect(twice.counted.map((c) => c.report.source)).toEqual(['b.xlsx']);
    expect(twice.problems).toMatchObject([
      { source: 'gai-6.xlsx', code: 'report-duplicate', params: { keptTime: '1970-01-01 00:00 UTC', droppedTime: '1970-01-01 00:00 UTC' } },
    ]);
  });
});

describe('schoolOfFileName', () => {
  const ids = ['gai-1', 'gai-10', 'pon-1', 'buz-elshanka-1'];
  it('names the school a file that could not be read comes from, by the name the forms have', () => {
    expect(schoolOfFileName('incoming/gai-1-final-2024-2025.ods', ids)).toBe('gai-1');
    expect(schoolOfFileName('incoming/gai-10-final-2024-2025.xlsx', ids)).toBe('gai-10');
    expect(schoolOfFileName('C:\\почта\\pon-1.xls', ids)).toBe('pon-1');
    expect(schoolOfFileName('buz-elshanka-1.xlsx', ids)).toBe('buz-elshanka-1');
    expect(schoolOfFileName('gai-100.xlsx', ids)).toBeUndefined();
    expect(schoolOfFileName('letter.docx', ids)).toBeUndefined();
  });
});
