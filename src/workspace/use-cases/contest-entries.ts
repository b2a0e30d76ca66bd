// The applications (XLSX or CSV, any column order, columns found by their headers) added to the
// contest's participants. Every problem is said with its cell or line; with an error (an unknown
// nomination) nothing is written.
import path from 'node:path';
import { addParticipants, entriesOf } from '../../contest/entries.js';
import { repeatedRows, type RosterProblem, type RosterRow } from '../../contest/roster.js';
import { readRosterFile } from '../roster-file.js';
import type { WorkspaceContext } from '../context.js';
import { readTextFile } from '../files.js';
import { changeAlone, writeOutput } from '../write-output.js';
import { loadOne } from '../find-one.js';

export type AddedEntries =
  /** An application has an error (said through the context): the contest is left as it was. */
  { readonly refused: true } | { readonly refused: false; readonly added: number; readonly contestFile: string };

export async function addContestEntries(ctx: WorkspaceContext, file: string, inputs: readonly string[]): Promise<AddedEntries> {
  const contestFile = path.resolve(ctx.cwd, file);
  const contest = (await loadOne(ctx, 'contest', file, true))!;
  const registry = await loadOne(ctx, 'registry', undefined, false);
  // places name their file («заявки.xlsx!C3», «more.csv:2»): rows of several files are told apart
  const rows: RosterRow[] = [];
  const problems: RosterProblem[] = [];
  for (const input of inputs) {
    const { roster, shown } = readRosterFile(ctx, input);
    const placed = (place: string) => `${shown}${roster.cells ? '!' : ':'}${place}`;
    problems.push(...roster.problems.map((problem) => ({ ...problem, place: placed(problem.place) })));
    rows.push(...roster.rows.map((row) => ({ ...row, place: placed(row.place) })));
  }
  const { kept, problems: repeated } = repeatedRows(rows);
  const entries = entriesOf(contest, registry?.schools, kept);
  problems.push(...repeated, ...entries.problems);
  for (const problem of problems)
    ctx.warn(`${problem.place}: ${ctx.t(problem.severity === 'error' ? 'severity-error' : 'severity-warning')}: ${ctx.t(problem.code, problem.params)}`);
  if (problems.some((problem) => problem.severity === 'error')) return { refused: true };
  await changeAlone(ctx, contestFile, async () => {
    await writeOutput(ctx, contestFile, addParticipants(readTextFile(contestFile, true), entries.added));
  });
  return { refused: false, added: entries.added.length, contestFile };
}
