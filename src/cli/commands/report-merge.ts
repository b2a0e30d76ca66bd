import { readdirSync } from 'node:fs';
import path from 'node:path';
import { mergeReports, type FileProblem } from '../../reports/merge.js';
import { readReportFile } from '../../reports/read-file.js';
import type { ParsedReport } from '../../reports/read-report.js';
import { buildSummary } from '../../reports/summary.js';
import { CentreError, fileDiagnostic } from '../../schema/diagnostic.js';
import { translator } from '../../i18n/messages.js';
import { compareText } from '../../util/compare.js';
import { findWorkspaceRoot, statOrUndefined } from '../../workspace/files.js';
import { writeOutput } from '../write-output.js';
import type { CliContext } from '../context.js';
import { loadOne } from '../workspace-files.js';

export interface MergeOptions {
  readonly output?: string;
  readonly form?: string;
  readonly registry?: string;
  readonly period?: string;
  readonly strict?: boolean;
}

const reportExtensions = ['.xlsx', '.csv'];

/** The report files among the given paths; folders are searched one level deep, lock files (~$…) skipped. */
function collectReports(ctx: CliContext, inputs: readonly string[]): { files: string[]; problems: FileProblem[] } {
  const files: string[] = [];
  const problems: FileProblem[] = [];
  for (const input of inputs) {
    const absolute = path.resolve(ctx.cwd, input);
    const info = statOrUndefined(absolute);
    if (!info) problems.push({ source: ctx.display(absolute), code: 'file-not-found' });
    else if (info.isDirectory()) {
      for (const name of readdirSync(absolute).sort(compareText)) {
        if (!name.startsWith('.') && !name.startsWith('~$') && reportExtensions.includes(path.extname(name).toLowerCase())) files.push(path.join(absolute, name));
      }
    } else if (reportExtensions.includes(path.extname(absolute).toLowerCase())) files.push(absolute);
    else problems.push({ source: ctx.display(absolute), code: 'report-kind-unknown' });
  }
  return { files: [...new Set(files)], problems };
}

export async function reportMergeCommand(ctx: CliContext, inputs: string[], options: MergeOptions): Promise<number> {
  const form = (await loadOne(ctx, 'form', options.form, true))!;
  const registry = await loadOne(ctx, 'registry', options.registry, false);
  const { files, problems: pathProblems } = collectReports(ctx, inputs);
  if (files.length === 0) {
    const nothing = pathProblems.length > 0 ? pathProblems.map((p) => fileDiagnostic(p.source, p.code, p.params)) : [fileDiagnostic(inputs.join(' '), 'merge-no-files')];
    throw new CentreError(nothing, 1);
  }
  const reports: ParsedReport[] = [];
  const unreadable: FileProblem[] = [...pathProblems];
  // One thread: reading a form takes a quarter of a millisecond, and worker
  // threads, measured, cost more to start and to hand results back than that.
  const progress = progressBar(ctx, files.length);
  for (const [index, file] of files.entries()) {
    const reading = readReportFile(file, ctx.display(file), form, options.period);
    if (Array.isArray(reading)) reports.push(...reading);
    else unreadable.push(reading);
    progress(index + 1);
  }
  const result = mergeReports(reports, unreadable, { form, registry, period: options.period });

  for (const problem of result.problems) ctx.stderr.write(`${problem.source}${problem.where ? ` ${problem.where}` : ''}: ${ctx.t(problem.code, problem.params)}\n`);
  const counts = { files: files.length + pathProblems.length, counted: result.counted.length, rejected: result.rejected.length, missing: result.missing.length };
  ctx.stdout.write(`${ctx.t('merge-counts', counts)}\n`);
  if (options.strict && result.rejected.length > 0) {
    ctx.stderr.write(`${ctx.t('merge-strict-refused')}\n`);
    return 1;
  }
  // The summary is a Russian document, whatever language the terminal speaks.
  const russian = translator('ru');
  const workbook = buildSummary({ form, registry, result, describe: (problem) => russian(problem.code, problem.params) });
  const target = path.resolve(ctx.cwd, options.output ?? path.join(findWorkspaceRoot(ctx.cwd), 'out', `summary-${result.period ?? form.id}.xlsx`));
  await writeOutput(ctx, target, new Uint8Array(await workbook.xlsx.writeBuffer()));
  ctx.stdout.write(`${ctx.t('merge-wrote', { path: ctx.display(target) })}\n`);
  return result.rejected.length > 0 ? 1 : 0;
}

/** A bar on stderr when it is a terminal and the merge is large enough to wait for. */
function progressBar(ctx: CliContext, total: number): (done: number) => void {
  if (!ctx.stderr.isTTY || total < 50) return () => undefined;
  let shown = -1;
  return (done) => {
    const percent = Math.floor((done / total) * 100);
    if (percent === shown) return;
    shown = percent;
    const filled = Math.round(percent / 5);
    ctx.stderr.write(`\r[${'#'.repeat(filled)}${' '.repeat(20 - filled)}] ${done}/${total}${done === total ? '\n' : ''}`);
  };
}
