// One juror's filled sheet, read from its bytes with the hardened cell reader
// and checked against the contest: which contest, stage and juror it says it
// is for, and every score cell (above the maximum, below 0, blank, not a
// number, a formula), each problem with its cell. Pure: no disk.
import type { MessageCode, MessageParams } from '../i18n/messages.js';
import type { Contest, ContestStage } from '../schema/contest.js';
import { readSheetCells, XlsxError, type SheetCell } from '../reports/xlsx-cells.js';
import { columnLetter } from '../reports/columns.js';
import { stageJury } from './model.js';
import { DATA_CELLS, DATA_CRITERIA_ROW, DATA_FIRST_PARTICIPANT_ROW, SCORE_SHEET, SHEET_DATA, sheetLayout } from './sheet-layout.js';

export interface SheetProblem {
  /** «Оценки!E9» for a cell; absent for the file as a whole. */
  readonly where?: string;
  readonly severity: 'error' | 'warning';
  readonly code: MessageCode;
  readonly params?: MessageParams;
}

export interface ReadSheet {
  readonly source: string;
  /** Set when the sheet is of this contest and stage and names a juror of it. */
  readonly jurorId?: string;
  /** When the workbook says it was saved, else undefined. */
  readonly modified?: string;
  /** participant id → criterion key → score: valid scores only. */
  readonly scores: Map<string, Map<string, number>>;
  readonly problems: SheetProblem[];
}

const textOf = (cell: SheetCell | undefined): string | undefined =>
  cell?.value.kind === 'text' ? cell.value.value.trim() : cell?.value.kind === 'number' ? String(cell.value.value) : undefined;

export function readJurySheet(source: string, bytes: Uint8Array, contest: Contest, stage: ContestStage): ReadSheet {
  const scores = new Map<string, Map<string, number>>();
  const refuse = (code: MessageCode, params?: MessageParams): ReadSheet => ({ source, scores, problems: [{ severity: 'error', code, params }] });
  let read: ReturnType<typeof readSheetCells>;
  try {
    read = readSheetCells(bytes, [SCORE_SHEET, SHEET_DATA]);
  } catch (error) {
    // Anything thrown while reading a juror's bytes is damage in them, never a reason to stop the merge.
    return refuse(error instanceof XlsxError && error.problem !== 'damaged' ? `xlsx-${error.problem}` : 'contest-sheet-damaged');
  }
  const data = read.sheets.get(SHEET_DATA);
  const cells = read.sheets.get(SCORE_SHEET);
  if (!data || !cells || textOf(data.get(DATA_CELLS.contest)) === undefined) return refuse('contest-not-a-sheet');
  const contestId = textOf(data.get(DATA_CELLS.contest))!;
  const stageId = textOf(data.get(DATA_CELLS.stage)) ?? '';
  const jurorId = textOf(data.get(DATA_CELLS.juror)) ?? '';
  if (contestId !== contest.id) return refuse('contest-sheet-other-contest', { found: contestId, expected: contest.id });
  if (stageId !== stage.id) return refuse('contest-sheet-other-stage', { found: stageId, expected: stage.id });
  const juror = stageJury(contest, stage).find((candidate) => candidate.id === jurorId);
  if (!juror) return refuse('contest-sheet-unknown-juror', { value: jurorId });

  const problems: SheetProblem[] = [];
  const layout = sheetLayout(contest, stage, juror);
  // The sheet says which criterion each column and which participant each row holds; both must be what the contest says now.
  const columnKeys = layout.columns.map((_, index) => textOf(data.get(`${columnLetter(2 + index)}${DATA_CRITERIA_ROW}`)));
  if (
    columnKeys.some((key, index) => key !== layout.columns[index]!.criterion.key) ||
    textOf(data.get(`${columnLetter(2 + layout.columns.length)}${DATA_CRITERIA_ROW}`)) !== undefined
  ) {
    return refuse('contest-sheet-criteria-changed');
  }
  const sheetRows = new Map<string, number>();
  for (let index = 0; ; index++) {
    const row = textOf(data.get(`A${DATA_FIRST_PARTICIPANT_ROW + index}`));
    const id = textOf(data.get(`B${DATA_FIRST_PARTICIPANT_ROW + index}`));
    if (row === undefined || id === undefined) break;
    if (!layout.rows.some((expected) => expected.participant.id === id))
      problems.push({ where: `${SCORE_SHEET}!B${row}`, severity: 'error', code: 'contest-sheet-participant-unknown', params: { row, value: id } });
    else sheetRows.set(id, Number(row));
  }

  for (const { participant, conflict } of layout.rows) {
    const row = sheetRows.get(participant.id);
    if (row === undefined) {
      problems.push({ severity: 'error', code: 'contest-sheet-participant-missing', params: { name: participant.name } });
      continue;
    }
    if (conflict) continue;
    const byCriterion = new Map<string, number>();
    for (const { letter, criterion } of layout.columns) {
      const where = `${SCORE_SHEET}!${letter}${row}`;
      const cell = cells.get(`${letter}${row}`);
      const params = { participant: participant.name, criterion: criterion.title, max: criterion.max };
      const problem = (code: MessageCode, value?: string | number) => problems.push({ where, severity: 'error', code, params: { ...params, value } });
      if (cell?.formula) problem('contest-score-formula');
      else if (!cell || cell.value.kind === 'empty') problem('contest-score-blank');
      else {
        const score = scoreOf(cell);
        if (score === undefined) problem('contest-score-not-number', textOf(cell) ?? '');
        else if (score > criterion.max) problem('contest-score-above-max', score);
        else if (score < 0) problem('contest-score-below-zero', score);
        else byCriterion.set(criterion.key, score);
      }
    }
    scores.set(participant.id, byCriterion);
  }
  // A sheet sent back blank is one problem, not one for each of its cells.
  if (problems.length > 0 && problems.every((problem) => problem.code === 'contest-score-blank')) {
    const scored = [...scores.values()].some((byCriterion) => byCriterion.size > 0);
    if (!scored) return { source, jurorId, modified: read.modified, scores, problems: [{ severity: 'error', code: 'contest-sheet-blank' }] };
  }
  return { source, jurorId, modified: read.modified, scores, problems };
}

/** A number, or text that is one («3,5» typed where the cell was taken for text). */
function scoreOf(cell: SheetCell): number | undefined {
  if (cell.value.kind === 'number') return cell.value.value;
  if (cell.value.kind !== 'text') return undefined;
  const text = cell.value.value.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;
}
