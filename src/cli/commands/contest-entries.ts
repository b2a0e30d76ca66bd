// `centre contest entries <contest> <applications…>`: the applications (XLSX
// or CSV, any column order, columns found by their headers) added to the
// contest's participants. Every problem is said with its cell or line; with
// an error (an unknown nomination) nothing is written.
import path from 'node:path';
import { addParticipants, entriesOf } from '../../contest/entries.js';
import { readRoster, repeatedRows, type RosterProblem, type RosterRow } from '../../contest/roster.js';
import { XlsxError } from '../../reports/xlsx-cells.js';
import { userError } from '../../schema/diagnostic.js';
import { readRegularFile, readTextFile } from '../../workspace/files.js';
import type { CliContext } from '../context.js';
import { changeAlone, writeOutput } from '../write-output.js';
import { loadOne } from '../workspace-files.js';

interface Placed {
  readonly shown: string;
  readonly cells: boolean;
}

export async function contestEntriesCommand(ctx: CliContext, file: string, inputs: string[]): Promise<number> {
  const contestFile = path.resolve(ctx.cwd, file);
  const contest = (await loadOne(ctx, 'contest', file, true))!;
  const registry = await loadOne(ctx, 'registry', undefined, false);
  const rows: RosterRow[] = [];
  const origin = new Map<RosterRow, Placed>();
  const problems: { problem: RosterProblem; at: Placed }[] = [];
  for (const input of inputs) {
    const absolute = path.resolve(ctx.cwd, input);
    const at = { shown: ctx.display(absolute), cells: !absolute.toLowerCase().endsWith('.csv') };
    const extension = path.extname(absolute).toLowerCase();
    if (extension !== '.xlsx' && extension !== '.csv') throw userError(at.shown, 'roster-not-read', {});
    let roster;
    try {
      roster = readRoster(readRegularFile(absolute), extension === '.csv' ? 'csv' : 'xlsx');
    } catch (error) {
      if (error instanceof XlsxError) throw userError(at.shown, 'contest-sheet-damaged', {});
      throw error;
    }
    for (const problem of roster.problems) problems.push({ problem, at });
    for (const row of roster.rows) origin.set(row, at), rows.push(row);
  }
  const { kept, problems: repeated } = repeatedRows(rows);
  const placedOf = (place: string) => origin.get(rows.find((row) => row.place === place)!) ?? { shown: '', cells: true };
  for (const problem of repeated) problems.push({ problem, at: placedOf(problem.place) });
  const entries = entriesOf(contest, registry?.schools, kept);
  for (const problem of entries.problems) problems.push({ problem, at: origin.get(kept.find((row) => row.place === problem.place)!)! });
  for (const { problem, at } of problems) {
    ctx.stderr.write(`${at.shown}${at.cells ? '!' : ':'}${problem.place}: ${ctx.t(problem.severity === 'error' ? 'severity-error' : 'severity-warning')}: ${ctx.t(problem.code, problem.params)}\n`);
  }
  if (problems.some(({ problem }) => problem.severity === 'error')) {
    ctx.stderr.write(`${ctx.t('entries-refused')}\n`);
    return 1;
  }
  await changeAlone(ctx, contestFile, async () => {
    await writeOutput(ctx, contestFile, addParticipants(readTextFile(contestFile, true), entries.added));
  });
  ctx.stdout.write(`${ctx.t('entries-wrote', { count: entries.added.length, path: ctx.display(contestFile) })}\n`);
  return 0;
}
