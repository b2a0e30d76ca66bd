// The summaries of `centre report merge` read back for comparing two rounds
// (`centre report compare`, `centre analysis build --monitoring`): each file
// read for its form data, a total corrected by hand in «Свод» said, and the
// form the summaries are of found for its labels.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { SummaryData } from '../reports/compare.js';
import { differenceParams, readSummary, SUMMARY_FILE_LIMIT, SummaryReadError } from '../reports/read-summary.js';
import type { MonitoringForm } from '../schema/reports.js';
import { userError, type Diagnostic } from '../schema/diagnostic.js';
import { DocumentBudgetError } from '../util/document-budget.js';
import type { WorkspaceContext } from './context.js';
import { findWorkspaceRoot, readRegularFile } from './files.js';
import { loadOne } from './find-one.js';
import { loadWorkspace } from './load.js';

/** A summary file read for its form data, or a user error naming it. */
export async function readSummaryFile(ctx: WorkspaceContext, file: string): Promise<SummaryData> {
  const shown = ctx.display(file);
  let bytes: Uint8Array;
  try {
    bytes = readRegularFile(file, SUMMARY_FILE_LIMIT);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_FS_FILE_TOO_LARGE') throw userError(shown, 'compare-too-large');
    throw userError(shown, 'file-unreadable', { reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  try {
    const data = await readSummary(bytes);
    await warnOfDifferences(ctx, shown, data);
    return data;
  } catch (error) {
    if (error instanceof SummaryReadError)
      throw userError(shown, error.problem === 'not-summary' ? 'compare-not-summary' : error.problem === 'too-large' ? 'compare-too-large' : 'compare-damaged');
    if (error instanceof DocumentBudgetError) {
      const { code, params } = error.describe();
      throw userError(shown, code, params);
    }
    throw error;
  }
}

/** Each total «Свод» shows otherwise than the summary's own hidden totals, one line each: «Свод» is what is used. */
async function warnOfDifferences(ctx: WorkspaceContext, shown: string, data: SummaryData): Promise<void> {
  if (data.differences.length === 0) return;
  const warnings = data.differences.map((difference): Diagnostic => ({
    file: `${shown}!${difference.cell}`,
    line: 0,
    column: 0,
    severity: 'warning',
    code: 'summary-corrected',
    params: differenceParams(difference),
  }));
  await ctx.report(warnings, new Map(), 'short');
}

/** The form the summaries are of, for its labels: named by --form, else the workspace's form of that id, if any. */
export async function formOfSummaries(ctx: WorkspaceContext, formId: string | undefined, given: string | undefined): Promise<MonitoringForm | undefined> {
  if (given !== undefined) {
    const form = await loadOne(ctx, 'form', given, true);
    return form?.id === formId ? form : undefined;
  }
  const root = findWorkspaceRoot(ctx.cwd);
  const folders = ['plans', 'templates'].map((name) => path.join(root, name)).filter(existsSync);
  const loaded = await loadWorkspace(ctx, folders, { kinds: ['form'] });
  return loaded.forms.find((file) => file.validated.value.id === formId)?.validated.value;
}

export const periodTitle = (form: MonitoringForm | undefined, data: SummaryData) =>
  form?.periods.find((period) => period.id === data.period)?.title ?? data.period ?? '—';
