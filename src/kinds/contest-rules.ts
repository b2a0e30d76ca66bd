// The rules of a contest file across its fields: ids unique and known,
// who advances and how places are given said one way, dates in order.
import type { Contest } from '../schema/contest.js';
import type { IsoDate } from '../schema/iso-date.js';
import type { PathSegment } from '../schema/source.js';
import { suggest } from '../schema/suggest.js';
import type { MessageCode } from '../i18n/messages.js';
import { countedJurors, stageJury, stageMaximum } from '../contest/model.js';
import type { RuleProblem } from './rules.js';

type Rule = (contest: Contest) => RuleProblem[];

function duplicates(ids: readonly string[], path: (index: number) => PathSegment[]): RuleProblem[] {
  const seen = new Map<string, number>();
  return ids.flatMap((id, index): RuleProblem[] => {
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, index);
      return [];
    }
    return [{ path: path(index), severity: 'error', code: 'duplicate-id', params: { value: id, first: first + 1 } }];
  });
}

function unknown(value: string, known: readonly string[], path: PathSegment[], code: MessageCode): RuleProblem[] {
  return known.includes(value) ? [] : [{ path, severity: 'error', code, params: { value, suggestion: suggest(value, known), known: known.join('|') } }];
}

const uniqueIds: Rule = (contest) => [
  ...duplicates(
    contest.nominations.map((n) => n.id),
    (i) => ['nominations', i, 'id'],
  ),
  ...duplicates(
    contest.stages.map((s) => s.id),
    (i) => ['stages', i, 'id'],
  ),
  ...duplicates(
    contest.jury.map((j) => j.id),
    (i) => ['jury', i, 'id'],
  ),
  ...duplicates(
    contest.participants.map((p) => p.id),
    (i) => ['participants', i, 'id'],
  ),
  ...contest.stages.flatMap((stage, s) => [
    ...duplicates(
      stage.tests.map((t) => t.id),
      (i) => ['stages', s, 'tests', i, 'id'],
    ),
    ...stage.tests.flatMap((test, t) =>
      duplicates(
        test.criteria.map((c) => c.id),
        (i) => ['stages', s, 'tests', t, 'criteria', i, 'id'],
      ),
    ),
  ]),
];

const knownReferences: Rule = (contest) => {
  const nominations = contest.nominations.map((n) => n.id);
  const jurors = contest.jury.map((j) => j.id);
  const participants = contest.participants.map((p) => p.id);
  const tests = contest.stages.flatMap((stage) => stage.tests.map((test) => test.id));
  return [
    ...contest.participants.flatMap((p, i) => unknown(p.nomination, nominations, ['participants', i, 'nomination'], 'contest-unknown-nomination')),
    ...contest.stages.flatMap((stage, s) => [
      ...(stage.jury ?? []).flatMap((id, i) => unknown(id, jurors, ['stages', s, 'jury', i], 'contest-unknown-juror')),
      ...(stage.admitted ?? []).flatMap((id, i) => unknown(id, participants, ['stages', s, 'admitted', i], 'contest-unknown-participant')),
    ]),
    ...contest.scoring.tieBreak.flatMap((id, i) => unknown(id, tests, ['scoring', 'tieBreak', i], 'contest-unknown-test')),
  ];
};

const advanceAndPlaces: Rule = (contest) => {
  const problems: RuleProblem[] = [];
  contest.stages.forEach((stage, s) => {
    const advance = stage.advance;
    if (!advance) return;
    if ((advance.top === undefined) === (advance.from === undefined))
      problems.push({ path: ['stages', s, 'advance'], severity: 'error', code: 'contest-advance-shape' });
    const maximum = stageMaximum(stage) * (contest.scoring.over === 'sum' ? countedJurors(contest, stageJury(contest, stage).length) : 1);
    if (advance.from !== undefined && advance.from > maximum)
      problems.push({
        path: ['stages', s, 'advance', 'from'],
        severity: 'error',
        code: 'contest-advance-above-max',
        params: { value: advance.from, max: maximum },
      });
  });
  const { count, thresholds } = contest.places;
  if ((count === undefined) === (thresholds === undefined)) problems.push({ path: ['places'], severity: 'error', code: 'contest-places-shape' });
  thresholds?.forEach((threshold, i) => {
    if (i > 0 && threshold.percent >= thresholds[i - 1]!.percent) {
      problems.push({
        path: ['places', 'thresholds', i, 'percent'],
        severity: 'error',
        code: 'contest-thresholds-order',
        params: { value: threshold.percent, previous: thresholds[i - 1]!.percent },
      });
    }
  });
  return problems;
};

const fewJurorsToDrop: Rule = (contest) =>
  contest.scoring.dropExtremes
    ? contest.stages.flatMap((stage, s): RuleProblem[] => {
        const jurors = stageJury(contest, stage).length;
        return jurors < 5 ? [{ path: ['stages', s], severity: 'warning', code: 'contest-drop-few-jurors', params: { stage: stage.title, count: jurors } }] : [];
      })
    : [];

const datesInOrder: Rule = (contest) => {
  const problems: RuleProblem[] = [];
  const order = (from: IsoDate, to: IsoDate, path: PathSegment[]) => {
    if (from > to) problems.push({ path, severity: 'error', code: 'period-order', params: { from, to } });
  };
  if (contest.applications) order(contest.applications.from, contest.applications.to, ['applications', 'to']);
  contest.stages.forEach((stage, s) => {
    if (stage.to) order(stage.from, stage.to, ['stages', s, 'to']);
    const previous = contest.stages[s - 1];
    if (previous && stage.from < (previous.to ?? previous.from)) {
      problems.push({
        path: ['stages', s, 'from'],
        severity: 'warning',
        code: 'contest-stage-before-previous',
        params: { stage: stage.title, previous: previous.title },
      });
    }
  });
  return problems;
};

/** Scores are published only with the ranking they make: «scores» without «results» is a slip. */
const publicParts: Rule = (contest) => {
  const parts = contest.public ?? [];
  const scores = parts.indexOf('scores');
  return scores !== -1 && !parts.includes('results') ? [{ path: ['public', scores], severity: 'error', code: 'contest-public-scores-alone' }] : [];
};

export const contestRules: readonly Rule[] = [uniqueIds, knownReferences, advanceAndPlaces, fewJurorsToDrop, datesInOrder, publicParts];

/** Jurors' and participants' schools that are not registry ids (checked by the contest commands, which read the registry). */
export function contestSchoolProblems(contest: Contest, known: readonly string[]): RuleProblem[] {
  const check = (school: string, path: PathSegment[]): RuleProblem[] =>
    known.includes(school.trim())
      ? []
      : [{ path, severity: 'warning', code: 'contest-school-unknown', params: { value: school, suggestion: suggest(school.trim(), known) } }];
  return [
    ...contest.jury.flatMap((juror, i) => (juror.school === undefined ? [] : check(juror.school, ['jury', i, 'school']))),
    ...contest.participants.flatMap((participant, i) => check(participant.school, ['participants', i, 'school'])),
  ];
}
