import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { mergeSheets, type DatedSheet, type SourcedProblem, type StageMerge } from '../../contest/merge.js';
import { readJurySheet } from '../../contest/read-sheet.js';
import { buildResults, isResultsOutline } from '../../contest/results-workbook.js';
import { stageJury } from '../../contest/model.js';
import { workbookOutline } from '../../reports/xlsx-cells.js';
import { CentreError, fileDiagnostic } from '../../schema/diagnostic.js';
import { translator } from '../../i18n/messages.js';
import { compareText } from '../../util/compare.js';
import { findWorkspaceRoot, statOrUndefined } from '../../workspace/files.js';
import type { CliContext } from '../context.js';
import { guardOutput, writeOutput } from '../write-output.js';
import { loadContest } from './contest-options.js';

export interface ContestMergeOptions {
  readonly stage?: string;
  readonly output?: string;
}

/** Whether an existing file is a results workbook this command wrote. */
function isOwnResults(file: string): boolean {
  try {
    return isResultsOutline(workbookOutline(readFileSync(file)));
  } catch {
    return false;
  }
}

/** The .xlsx files named or found one level deep in the named folders; anything else is named as a problem. */
function collectSheets(ctx: CliContext, inputs: readonly string[]): { files: string[]; problems: SourcedProblem[]; all: string[] } {
  const files: string[] = [];
  const problems: SourcedProblem[] = [];
  const all: string[] = [];
  const add = (file: string) => {
    all.push(file);
    if (path.extname(file).toLowerCase() !== '.xlsx') problems.push({ source: ctx.display(file), severity: 'error', code: 'contest-not-xlsx' });
    else if (!files.includes(file)) files.push(file);
  };
  for (const input of inputs) {
    const absolute = path.resolve(ctx.cwd, input);
    const info = statOrUndefined(absolute);
    if (!info) problems.push({ source: ctx.display(absolute), severity: 'error', code: 'file-not-found' });
    else if (info.isDirectory()) {
      for (const name of readdirSync(absolute).sort(compareText)) {
        const file = path.join(absolute, name);
        // A results workbook of ours lying among the sheets is no juror's file.
        if (!name.startsWith('.') && !name.startsWith('~$') && statOrUndefined(file)?.isFile() && !isOwnResults(file)) add(file);
      }
    } else add(absolute);
  }
  return { files, problems, all };
}

export async function contestMergeCommand(ctx: CliContext, file: string, inputs: string[], options: ContestMergeOptions): Promise<number> {
  const { contest, stage, schoolName } = await loadContest(ctx, file, options.stage);
  const contestFile = path.resolve(ctx.cwd, file);
  const collected = collectSheets(ctx, inputs);
  if (collected.files.length === 0) {
    const nothing = collected.problems.length > 0 ? collected.problems.map((p) => fileDiagnostic(p.source, p.code, p.params)) : [fileDiagnostic(inputs.join(' '), 'contest-merge-no-files')];
    throw new CentreError(nothing, 1);
  }
  const target = path.resolve(ctx.cwd, options.output ?? path.join(findWorkspaceRoot(ctx.cwd), 'out', 'contest', `${contest.id}-${stage.id}-results.xlsx`));
  // Nothing a juror sent, and not the contest file, is ever written over.
  guardOutput(ctx, target, { inputs: [...collected.all, contestFile], isOwn: isOwnResults, what: ctx.t('contest-results-word') });

  const sheets: DatedSheet[] = collected.files.map((sheetFile) => {
    const sheet = readJurySheet(ctx.display(sheetFile), readFileSync(sheetFile), contest, stage);
    const saved = sheet.modified === undefined ? undefined : Date.parse(sheet.modified);
    return { sheet, time: saved ?? statOrUndefined(sheetFile)?.mtimeMs ?? 0 };
  });
  const merge = mergeSheets(contest, stage, ctx.display(contestFile), sheets);
  const problems = [...collected.problems, ...merge.problems];
  for (const problem of problems) ctx.stderr.write(`${problemPlace(problem)}: ${ctx.t(problem.code, problem.params)}\n`);
  printRanking(ctx, merge);
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const participants = merge.ranking.nominations.reduce((sum, nomination) => sum + nomination.rows.filter((row) => row.rank !== undefined).length, 0);
  ctx.stdout.write(`${ctx.t('contest-merge-counts', { sheets: merge.counted.length, jurors: stageJury(contest, stage).length, participants, problems: problems.length })}\n`);
  if (errors > 0) ctx.stderr.write(`${ctx.t('contest-merge-provisional')}\n`);

  // The results are a document of the contest, in Russian whatever language the terminal speaks.
  await writeOutput(ctx, target, buildResults({ contest, merge: { ...merge, problems }, schoolName, describe: translator('ru') }));
  ctx.stdout.write(`${ctx.t('contest-merge-wrote', { path: ctx.display(target) })}\n`);
  return errors > 0 ? 1 : 0;
}

/** «sheet.xlsx!E9» for a cell, the file alone otherwise. */
function problemPlace(problem: SourcedProblem): string {
  const cell = problem.where?.split('!').at(-1);
  return cell ? `${problem.source}!${cell}` : problem.source;
}

function printRanking(ctx: CliContext, merge: StageMerge): void {
  const number = (value: number) => (ctx.locale === 'ru' ? String(value).replace('.', ',') : String(value));
  for (const nomination of merge.ranking.nominations) {
    ctx.stdout.write(`${nomination.title}\n`);
    for (const row of nomination.rows) {
      const total = row.total === undefined ? '—' : `${number(row.total)} / ${number(merge.ranking.maximum)}`;
      const place = typeof row.place === 'number' ? ctx.t('contest-place', { place: row.place }) : row.place;
      const marks = [place, row.advances ? ctx.t('contest-advances') : undefined, row.complete ? undefined : ctx.t('contest-incomplete')].filter(Boolean).join(', ');
      ctx.stdout.write(`  ${String(row.rank ?? '—').padStart(3)}  ${row.participant.name}  ${total}${marks ? `  (${marks})` : ''}\n`);
    }
  }
}
