// The filled jury sheets named on the command line, found and read, and the
// stage's results from them: shared by the contest commands. For the documents
// that are signed or printed (protocol, order, diplomas, admission) every
// problem is said and any error refuses the document: provisional results are never signed.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { mergeSheets, type DatedSheet, type SourcedProblem, type StageMerge } from '../contest/merge.js';
import { readJurySheet } from '../contest/read-sheet.js';
import { isResultsOutline } from '../contest/results-workbook.js';
import { workbookOutline } from '../reports/xlsx-cells.js';
import type { Contest, ContestStage } from '../schema/contest.js';
import type { IsoDate } from '../schema/iso-date.js';
import { CentreError, fileDiagnostic } from '../schema/diagnostic.js';
import type { MessageCode } from '../i18n/messages.js';
import { compareText } from '../util/compare.js';
import { statOrUndefined } from './files.js';
import type { WorkspaceContext } from './context.js';

/** Whether an existing file is a results workbook this command wrote. */
export function isOwnResults(file: string): boolean {
  try {
    return isResultsOutline(workbookOutline(readFileSync(file)));
  } catch {
    return false;
  }
}

/** The .xlsx files named or found one level deep in the named folders; anything else is named as a problem. */
export function collectSheets(ctx: WorkspaceContext, inputs: readonly string[]): { files: string[]; problems: SourcedProblem[]; all: string[] } {
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

/** Each sheet read and dated: by when the workbook says it was saved, else by the file's time. */
export function readSheets(ctx: WorkspaceContext, files: readonly string[], contest: Contest, stage: ContestStage): DatedSheet[] {
  return files.map((file) => {
    const sheet = readJurySheet(ctx.display(file), readFileSync(file), contest, stage);
    const saved = sheet.modified === undefined ? undefined : Date.parse(sheet.modified);
    return { sheet, time: saved ?? statOrUndefined(file)?.mtimeMs ?? 0 };
  });
}

/** «sheet.xlsx!E9» for a cell, the file alone otherwise. */
export function problemPlace(problem: SourcedProblem): string {
  const cell = problem.where?.split('!').at(-1);
  return cell ? `${problem.source}!${cell}` : problem.source;
}

export function collectFinalSheets(
  ctx: WorkspaceContext,
  contestFile: string,
  inputs: readonly string[],
): { files: string[]; all: string[]; problems: ReturnType<typeof collectSheets>['problems'] } {
  const collected = collectSheets(ctx, inputs);
  if (collected.files.length === 0) {
    const nothing =
      collected.problems.length > 0
        ? collected.problems.map((p) => fileDiagnostic(p.source, p.code, p.params))
        : [fileDiagnostic(inputs.join(' '), 'contest-merge-no-files')];
    throw new CentreError(nothing, 1);
  }
  return { ...collected, all: [...collected.all, path.resolve(ctx.cwd, contestFile)] };
}

/** The date a document on final results bears: the one given, else the contest's results day after its last stage, else the stage's last day. */
export function finalResultsDate(contest: Contest, stage: ContestStage, given: IsoDate | undefined): IsoDate {
  const last = contest.stages.at(-1) === stage;
  return given ?? (last && contest.results ? contest.results : (stage.to ?? stage.from));
}

/** The merge, or undefined (exit 1) after the problems and `refused` are said. */
export function finalMerge(
  ctx: WorkspaceContext,
  contest: Contest,
  stage: ContestStage,
  contestFile: string,
  collected: ReturnType<typeof collectFinalSheets>,
  refused: MessageCode,
): StageMerge | undefined {
  const merge = mergeSheets(contest, stage, ctx.display(path.resolve(ctx.cwd, contestFile)), readSheets(ctx, collected.files, contest, stage));
  const problems = [...collected.problems, ...merge.problems];
  for (const problem of problems) ctx.warn(`${problemPlace(problem)}: ${ctx.t(problem.code, problem.params)}`);
  if (problems.some((problem) => problem.severity === 'error')) {
    ctx.warn(ctx.t(refused));
    return undefined;
  }
  return merge;
}
