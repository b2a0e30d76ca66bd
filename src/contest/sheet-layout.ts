// Where things are in a jury sheet, in a module of its own: the writer
// (exceljs) and the reader (the hardened cell reader) both need it, and the
// merge must not load exceljs.
import { columnLetter } from '../reports/columns.js';
import type { Contest, ContestStage, Juror, Participant } from '../schema/contest.js';
import { hasConflict, stageCriteria, stageParticipants, type StageCriterion } from './model.js';

export const SCORE_SHEET = 'Оценки';
/** Last, so that LibreOffice does not show it on saving; veryHidden in Excel. */
export const SHEET_DATA = '_centre_contest';
export const SHEET_VERSION = 1;
/** The first row of participants; above it the title, the juror and two header rows. */
export const FIRST_ROW = 8;
/** The first column of scores: A №, B participant, C organisation, D nomination. */
export const FIRST_SCORE_COLUMN = 5;

/** The hidden data of a sheet: which contest, stage and juror it is for. */
export const DATA_CELLS = { contest: 'B1', stage: 'B2', juror: 'B3', version: 'B4' } as const;
/** From this row of the hidden sheet on: column A the sheet row, column B the participant's id. */
export const DATA_FIRST_PARTICIPANT_ROW = 10;
/** In row 6 of the hidden sheet, from column B on: the key of the criterion scored in each score column. */
export const DATA_CRITERIA_ROW = 6;

interface SheetRow {
  readonly row: number;
  readonly participant: Participant;
  /** The juror works at the participant's school: the row is locked. */
  readonly conflict: boolean;
}

interface SheetColumn {
  readonly letter: string;
  readonly criterion: StageCriterion;
}

export interface SheetLayout {
  readonly rows: readonly SheetRow[];
  readonly columns: readonly SheetColumn[];
}

export function sheetLayout(contest: Contest, stage: ContestStage, juror: Juror): SheetLayout {
  return {
    rows: stageParticipants(contest, stage).map((participant, index) => ({ row: FIRST_ROW + index, participant, conflict: hasConflict(juror, participant) })),
    columns: stageCriteria(stage).map((criterion, index) => ({ letter: columnLetter(FIRST_SCORE_COLUMN + index), criterion })),
  };
}

/** `<contest>-<stage>-<juror>.xlsx`: one file per juror per stage. */
export function sheetFileName(contest: Contest, stage: ContestStage, juror: Juror): string {
  return `${contest.id}-${stage.id}-${juror.id}.xlsx`;
}
