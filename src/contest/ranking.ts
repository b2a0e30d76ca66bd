// The ranking of one stage: each participant's scores by juror and by
// criterion, the total by the contest's rule, the rank within the nomination
// (ties by the tie rule), the place and who goes on. Pure: the scores come in
// as the jurors' sheets gave them, already checked cell by cell.
import type { Contest, ContestStage, Participant } from '../schema/contest.js';
import type { MessageCode, MessageParams } from '../i18n/messages.js';
import { countedJurors, hasConflict, roundScore, stageCriteria, stageJury, stageMaximum, stageParticipants, type StageCriterion } from './model.js';

/** One juror's valid scores: participant id → criterion key → points. A score that was blank or refused is absent. */
export interface JurorScores {
  readonly jurorId: string;
  readonly scores: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

/** Why a juror's scores do not count toward a participant's total. */
export type Exclusion = 'missing-sheet' | 'conflict' | 'incomplete' | 'dropped';

export interface RankedParticipant {
  readonly participant: Participant;
  /** Each juror's total for the participant; absent when the juror gave none that can count. */
  readonly byJuror: ReadonlyMap<string, number>;
  readonly excluded: ReadonlyMap<string, Exclusion>;
  /** Per criterion, as the total is made of it. */
  readonly byCriterion: ReadonlyMap<string, number>;
  /** Undefined when no juror's scores count: such a participant has no rank. */
  readonly total?: number;
  readonly rank?: number;
  /** 1, 2, 3 with places by count; a title («победитель») with thresholds; only in the last stage. */
  readonly place?: number | string;
  readonly advances: boolean;
  /** A juror's sheet or some score is missing: the total may change. */
  readonly complete: boolean;
}

interface NominationRanking {
  readonly id: string;
  readonly title: string;
  readonly rows: readonly RankedParticipant[];
}

interface RankingProblem {
  readonly code: MessageCode;
  readonly params: MessageParams;
}

export interface StageRanking {
  readonly stage: ContestStage;
  readonly criteria: readonly StageCriterion[];
  /** The most a participant's total can be. */
  readonly maximum: number;
  readonly nominations: readonly NominationRanking[];
  readonly problems: readonly RankingProblem[];
}

export function rankStage(contest: Contest, stage: ContestStage, sheets: readonly JurorScores[]): StageRanking {
  const criteria = stageCriteria(stage);
  const jury = stageJury(contest, stage);
  const slots = contest.scoring.over === 'sum' ? countedJurors(contest, jury.length) : 1;
  const maximum = roundScore(stageMaximum(stage) * slots);
  const byJurorId = new Map(sheets.map((sheet) => [sheet.jurorId, sheet]));
  const problems: RankingProblem[] = jury
    .filter((juror) => !byJurorId.has(juror.id))
    .map((juror) => ({ code: 'contest-sheet-missing' as const, params: { juror: juror.name, id: juror.id, stage: stage.title } }));

  const scored = stageParticipants(contest, stage).map((participant) => {
    const byJuror = new Map<string, number>();
    const excluded = new Map<string, Exclusion>();
    const perCriterion = new Map<string, ReadonlyMap<string, number>>();
    for (const juror of jury) {
      const scores = byJurorId.get(juror.id)?.scores.get(participant.id);
      if (hasConflict(juror, participant)) excluded.set(juror.id, 'conflict');
      else if (!byJurorId.has(juror.id)) excluded.set(juror.id, 'missing-sheet');
      else if (!scores || criteria.some((criterion) => scores.get(criterion.key) === undefined)) excluded.set(juror.id, 'incomplete');
      else {
        byJuror.set(juror.id, roundScore(criteria.reduce((sum, criterion) => sum + scores.get(criterion.key)!, 0)));
        perCriterion.set(juror.id, scores);
      }
    }
    const kept = dropExtremes(contest, byJuror, excluded);
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const total = kept.length === 0 ? undefined : roundScore(mean(kept.map((id) => byJuror.get(id)!)) * slots);
    const byCriterion = new Map(
      kept.length === 0
        ? []
        : criteria.map((criterion) => [criterion.key, roundScore(mean(kept.map((id) => perCriterion.get(id)!.get(criterion.key)!)) * slots)]),
    );
    const complete = [...excluded.values()].every((why) => why === 'conflict' || why === 'dropped');
    return { participant, byJuror, excluded, byCriterion, total, complete };
  });

  const last = contest.stages.at(-1) === stage;
  const nominations = contest.nominations
    .map((nomination) => ({
      id: nomination.id,
      title: nomination.title,
      rows: rankRows(
        contest,
        stage,
        criteria,
        scored.filter((row) => row.participant.nomination === nomination.id),
        maximum,
        last,
      ),
    }))
    .filter((nomination) => nomination.rows.length > 0);
  return { stage, criteria, maximum, nominations, problems };
}

/** The jurors whose totals count: with five or more, one highest and one lowest are set aside (marked «dropped»). */
function dropExtremes(contest: Contest, byJuror: ReadonlyMap<string, number>, excluded: Map<string, Exclusion>): string[] {
  const ids = [...byJuror.keys()];
  if (!contest.scoring.dropExtremes || ids.length < 5) return ids;
  const sorted = [...ids].sort((a, b) => byJuror.get(a)! - byJuror.get(b)!);
  excluded.set(sorted[0]!, 'dropped');
  excluded.set(sorted.at(-1)!, 'dropped');
  return ids.filter((id) => id !== sorted[0] && id !== sorted.at(-1));
}

type Scored = Omit<RankedParticipant, 'rank' | 'place' | 'advances'>;

function rankRows(
  contest: Contest,
  stage: ContestStage,
  criteria: readonly StageCriterion[],
  rows: Scored[],
  maximum: number,
  last: boolean,
): RankedParticipant[] {
  const tieTests = contest.scoring.tieBreak.filter((id) => stage.tests.some((test) => test.id === id));
  const keyOf = (row: Scored): number[] => [
    row.total ?? -1,
    ...tieTests.map((testId) => roundScore(criteria.filter((c) => c.testId === testId).reduce((sum, c) => sum + (row.byCriterion.get(c.key) ?? 0), 0))),
  ];
  const keys = new Map(rows.map((row) => [row, keyOf(row)]));
  const better = (a: Scored, b: Scored) => compareKeys(keys.get(a)!, keys.get(b)!) < 0;
  const sorted = [...rows].sort((a, b) => compareKeys(keys.get(a)!, keys.get(b)!));
  return sorted.map((row) => {
    if (row.total === undefined) return { ...row, advances: false };
    const rank = 1 + sorted.filter((other) => other.total !== undefined && better(other, row)).length;
    const advance = stage.advance;
    const advances = advance ? (advance.top !== undefined ? rank <= advance.top : row.total >= advance.from!) : false;
    const place = last ? placeOf(contest, rank, row.total, maximum) : undefined;
    return { ...row, rank, advances, ...(place !== undefined ? { place } : {}) };
  });
}

/** Higher totals first, then higher tie-break scores; equal keys tie. */
function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return b[i]! - a[i]!;
  return 0;
}

function placeOf(contest: Contest, rank: number, total: number, maximum: number): number | string | undefined {
  const { count, thresholds } = contest.places;
  if (count !== undefined) return rank <= count ? rank : undefined;
  return thresholds?.find((threshold) => total >= roundScore((threshold.percent / 100) * maximum))?.title;
}
