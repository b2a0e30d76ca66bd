// The schools' monitoring reports merged into one summary workbook: the files named (folders one
// level deep) read, .ods and .xls through LibreOffice, each checked against the form and the
// registry, and the summary written unless --strict refuses it.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { convertibleExtensions, convertToXlsx } from '../../reports/convert.js';
import { entryOf, mergeReports, type FileProblem, type MergeResult, type ReportEntry } from '../../reports/merge.js';
import { readReportFile } from '../../reports/read-file.js';
import { buildSummary, isSummaryOutline } from '../../reports/summary.js';
import { workbookOutline } from '../../reports/xlsx-cells.js';
import type { MonitoringForm } from '../../schema/reports.js';
import { CentreError, fileDiagnostic, userError } from '../../schema/diagnostic.js';
import { translator } from '../../i18n/messages.js';
import { compareText } from '../../util/compare.js';
import type { WorkspaceContext } from '../context.js';
import { findWorkspaceRoot, isSpecialPath, readRegularFile, statOrUndefined } from '../files.js';
import { guardOutput, writeOutput } from '../write-output.js';
import { loadOne } from '../find-one.js';
import { periodOption, yearOption } from '../report-options.js';

export interface MergeOptions {
  readonly output?: string;
  readonly form?: string;
  readonly registry?: string;
  readonly period?: string;
  readonly year?: string;
  readonly strict?: boolean;
}

interface MergeCounts {
  readonly files: number;
  readonly counted: number;
  readonly rejected: number;
  readonly missing: number;
}

/** What the merge says as it goes, before the summary is written (which may still be refused). */
export interface MergeProgress {
  /** Another of `total` reports read. */
  read?(done: number, total: number): void;
  /** The reports counted, rejected and missing. */
  counted?(counts: MergeCounts): void;
}

export type MergedReports =
  /** --strict, and a report was rejected: nothing is written. */
  { readonly refused: true } | { readonly refused: false; readonly target: string; readonly rejected: number };

const reportExtensions = ['.xlsx', '.csv'];

export async function mergeReportFiles(
  ctx: WorkspaceContext,
  inputs: readonly string[],
  options: MergeOptions,
  progress: MergeProgress = {},
): Promise<MergedReports> {
  const form = (await loadOne(ctx, 'form', options.form, true))!;
  const period = periodOption(form, options.period);
  const year = yearOption(options.year);
  const registry = await loadOne(ctx, 'registry', options.registry, false);
  const collected = collectReports(ctx, inputs);
  const { files, convertible } = collected;
  if (files.length + convertible.length === 0 && !collected.problems.some((problem) => problem.code === 'report-kind-unknown')) {
    const nothing =
      collected.problems.length > 0
        ? collected.problems.map((p) => fileDiagnostic(p.source, p.code, p.params))
        : [fileDiagnostic(inputs.join(' '), 'merge-no-files')];
    throw new CentreError(nothing, 1);
  }
  // A summary of ours lying among the reports is no school's file: it may be written over.
  const protect = (target: string) =>
    guardOutput(ctx, target, { inputs: isOwnSummary(target) ? [] : collected.all, isOwn: isOwnSummary, what: ctx.t('merge-summary-word') });
  if (options.output !== undefined) protect(path.resolve(ctx.cwd, options.output));

  const entries: ReportEntry[] = [];
  const unreadable: FileProblem[] = [...collected.problems];
  const total = files.length + convertible.length;
  let done = 0;
  // One thread: reading a form takes a quarter of a millisecond, and worker
  // threads, measured, cost more to start and to hand results back than that.
  // Only the compact entry of each report is kept, never the parsed file.
  const read = (file: string, original: string) => {
    const reading = readReportFile(file, ctx.display(original), form, period);
    const fileTime = 'reports' in reading ? statOrUndefined(original)?.mtimeMs : undefined;
    if ('reports' in reading) entries.push(...reading.reports.map((report) => entryOf(report, form, fileTime)));
    else unreadable.push(reading);
    progress.read?.(++done, total);
  };
  for (const file of files) read(file, file);
  await readConverted(ctx, convertible, unreadable, read);

  const result = mergeReports(entries, unreadable, { form, registry, period, year });
  if (result.years) {
    const years = [...result.years.entries()]
      .sort((a, b) => compareText(a[0], b[0]))
      .map(([value, count]) => `${value}: ${count}`)
      .join(', ');
    throw userError(inputs.join(' '), 'merge-mixed-years', { years });
  }
  for (const problem of result.problems) ctx.warn(`${problem.source}${problem.where ? ` ${problem.where}` : ''}: ${ctx.t(problem.code, problem.params)}`);
  progress.counted?.({
    files: files.length + convertible.length + collected.problems.length,
    counted: result.counted.length,
    rejected: result.rejected.length,
    missing: result.missing.length,
  });
  if (options.strict && result.rejected.length > 0) return { refused: true };
  const target = path.resolve(ctx.cwd, options.output ?? path.join(findWorkspaceRoot(ctx.cwd), 'out', defaultName(form, result)));
  protect(target);
  // The summary is a Russian document, whatever language the terminal speaks.
  const russian = translator('ru');
  await writeOutput(ctx, target, buildSummary({ form, registry, result, describe: russian }));
  return { refused: false, target, rejected: result.rejected.length };
}

interface Collected {
  /** .xlsx and .csv files, read as they are. */
  readonly files: string[];
  /** .ods, .xls and the like: read when LibreOffice converts them. */
  readonly convertible: string[];
  /** Paths not found, and every file of a folder that is not a report. */
  readonly problems: FileProblem[];
  /** Everything named or found: none of it is ever written over. */
  readonly all: string[];
}

/**
 * The report files among the given paths; folders are searched one level deep.
 * Every other entry of a folder is named as a problem, so that no school's file
 * is passed over in silence; only hidden files and office lock files (~$…) are not.
 */
function collectReports(ctx: WorkspaceContext, inputs: readonly string[]): Collected {
  const files = new Set<string>();
  const convertible = new Set<string>();
  const problems: FileProblem[] = [];
  const all: string[] = [];
  const add = (file: string, named: boolean) => {
    const extension = path.extname(file).toLowerCase();
    all.push(file);
    if (isSpecialPath(file)) problems.push({ source: ctx.display(file), code: 'not-regular-file' });
    else if (reportExtensions.includes(extension)) files.add(file);
    else if (convertibleExtensions.includes(extension)) convertible.add(file);
    else if (named || statOrUndefined(file)?.isFile()) problems.push({ source: ctx.display(file), code: 'report-kind-unknown' });
    else problems.push({ source: ctx.display(file), code: 'report-in-subfolder' });
  };
  for (const input of inputs) {
    const absolute = path.resolve(ctx.cwd, input);
    const info = statOrUndefined(absolute);
    if (!info) problems.push({ source: ctx.display(absolute), code: 'file-not-found' });
    else if (info.isDirectory()) {
      for (const name of readdirSync(absolute).sort(compareText)) {
        if (!name.startsWith('.') && !name.startsWith('~$')) add(path.join(absolute, name), false);
      }
    } else add(absolute, true);
  }
  return { files: [...files], convertible: [...convertible], problems, all };
}

/** Whether an existing file is a summary this command wrote. */
function isOwnSummary(file: string): boolean {
  try {
    return isSummaryOutline(workbookOutline(readRegularFile(file)));
  } catch {
    return false;
  }
}

/** out/summary-interim-2024-2025.xlsx: summaries of two periods or years never share a name. */
function defaultName(form: MonitoringForm, result: MergeResult): string {
  return `summary-${[result.period ?? form.id, result.year].filter(Boolean).join('-')}.xlsx`;
}

/** .ods and .xls files through LibreOffice when it is installed; otherwise each is named with what to do. */
async function readConverted(
  ctx: WorkspaceContext,
  convertible: readonly string[],
  problems: FileProblem[],
  read: (file: string, original: string) => void,
): Promise<void> {
  if (convertible.length === 0) return;
  const conversion = await convertToXlsx(ctx.env, convertible);
  try {
    for (const file of convertible) {
      const converted = conversion.converted.get(file);
      const unreadable = conversion.unreadable.get(file);
      if (converted) read(converted, file);
      else if (unreadable !== undefined) problems.push({ source: ctx.display(file), code: 'file-unreadable', params: { reason: unreadable } });
      else if (conversion.failure.why === 'libreoffice-missing') problems.push({ source: ctx.display(file), code: 'report-needs-libreoffice' });
      else problems.push({ source: ctx.display(file), code: 'report-conversion-failed', params: conversion.failure });
    }
  } finally {
    conversion.dispose();
  }
}
