// What a contest's stage is made of, worked out once from the contest file:
// its criteria in sheet order, its maximum, its jury and its participants.
import type { Contest, ContestStage, Juror, Participant } from '../schema/contest.js';

export interface StageCriterion {
  /** «lesson.goal»: unique within the stage. */
  readonly key: string;
  readonly testId: string;
  readonly testTitle: string;
  readonly title: string;
  readonly max: number;
}

export function stageCriteria(stage: ContestStage): StageCriterion[] {
  return stage.tests.flatMap((test) =>
    test.criteria.map((criterion) => ({
      key: `${test.id}.${criterion.id}`,
      testId: test.id,
      testTitle: test.title,
      title: criterion.title,
      max: criterion.max,
    })),
  );
}

/** The most one juror can give a participant in the stage. */
export function stageMaximum(stage: ContestStage): number {
  return roundScore(stageCriteria(stage).reduce((sum, criterion) => sum + criterion.max, 0));
}

export function stageJury(contest: Contest, stage: ContestStage): Juror[] {
  return stage.jury ? contest.jury.filter((juror) => stage.jury!.includes(juror.id)) : contest.jury;
}

/** Participants of the stage, by nomination in the contest's order, then as listed. */
export function stageParticipants(contest: Contest, stage: ContestStage): Participant[] {
  const admitted = stage.admitted ? contest.participants.filter((participant) => stage.admitted!.includes(participant.id)) : contest.participants;
  const order = contest.nominations.map((nomination) => nomination.id);
  return [...admitted].sort((a, b) => order.indexOf(a.nomination) - order.indexOf(b.nomination));
}

/** A juror does not score a teacher of their own school. */
export function hasConflict(juror: Juror, participant: Participant): boolean {
  return juror.school !== undefined && juror.school.trim() === participant.school.trim();
}

/** Scores are compared and printed to two decimals: means of thirds would otherwise never tie. */
export function roundScore(value: number): number {
  return Math.round(value * 100) / 100;
}

/** How many jurors' scores count toward a sum: the highest and the lowest are dropped when there are at least five. */
export function countedJurors(contest: Contest, jurors: number): number {
  return contest.scoring.dropExtremes && jurors >= 5 ? jurors - 2 : jurors;
}
