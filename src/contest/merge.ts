// The filled sheets of a stage brought together: one sheet per juror (of two,
// the newer counts, and the other is named), then the ranking. Pure: the
// sheets come in read.
import type { Contest, ContestStage } from '../schema/contest.js';
import { rankStage, type StageRanking } from './ranking.js';
import type { ReadSheet, SheetProblem } from './read-sheet.js';

export interface DatedSheet {
  readonly sheet: ReadSheet;
  /** When it was saved: the workbook's own date, else the file's. Milliseconds. */
  readonly time: number;
}

export interface SourcedProblem extends SheetProblem {
  /** The file the problem is in; the contest file for a missing sheet. */
  readonly source: string;
}

export interface StageMerge {
  readonly ranking: StageRanking;
  /** The sheets that count, one per juror. */
  readonly counted: readonly ReadSheet[];
  readonly problems: readonly SourcedProblem[];
}

export function mergeSheets(contest: Contest, stage: ContestStage, contestFile: string, sheets: readonly DatedSheet[]): StageMerge {
  const problems: SourcedProblem[] = [];
  const newest = new Map<string, DatedSheet>();
  for (const dated of sheets) {
    const jurorId = dated.sheet.jurorId;
    if (jurorId === undefined) {
      problems.push(...dated.sheet.problems.map((problem) => ({ ...problem, source: dated.sheet.source })));
      continue;
    }
    const other = newest.get(jurorId);
    if (!other) {
      newest.set(jurorId, dated);
      continue;
    }
    const [newer, older] = dated.time > other.time ? [dated, other] : [other, dated];
    newest.set(jurorId, newer);
    const juror = contest.jury.find((candidate) => candidate.id === jurorId)!;
    problems.push({
      source: older.sheet.source,
      severity: 'warning',
      code: 'contest-sheet-duplicate',
      params: { juror: juror.name, newer: newer.sheet.source, older: older.sheet.source },
    });
  }
  const counted = [...newest.values()].map((dated) => dated.sheet);
  for (const sheet of counted) problems.push(...sheet.problems.map((problem) => ({ ...problem, source: sheet.source })));
  const ranking = rankStage(
    contest,
    stage,
    counted.map((sheet) => ({ jurorId: sheet.jurorId!, scores: sheet.scores })),
  );
  problems.push(...ranking.problems.map((problem) => ({ ...problem, source: contestFile, severity: 'error' as const })));
  return { ranking, counted, problems };
}
