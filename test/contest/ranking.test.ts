import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankStage, type JurorScores, type RankedParticipant } from '../../src/contest/ranking.js';
import type { Contest } from '../../src/schema/contest.js';
import { criterionKeys, criterionMax, makeContest } from './contest-fixture.js';

/** Sheets from a table: scores[juror][participant] = [idea, style, goal]. */
function sheets(scores: number[][][]): JurorScores[] {
  return scores.map((byParticipant, j) => ({
    jurorId: `j${j + 1}`,
    scores: new Map(byParticipant.map((values, p) => [`p${p + 1}`, new Map(criterionKeys.map((key, c) => [key, values[c]!]))])),
  }));
}

const rows = (contest: Contest, given: JurorScores[]) => rankStage(contest, contest.stages[0]!, given).nominations.flatMap((n) => n.rows);
const byId = (list: readonly RankedParticipant[], id: string) => list.find((row) => row.participant.id === id)!;

describe('ranking a stage', () => {
  it('averages the jurors, ranks by total and gives the first three places', () => {
    const contest = makeContest({ jurors: 2, participants: 4 });
    const ranked = rows(
      contest,
      sheets([
        [
          [5, 5, 4],
          [3, 3, 3],
          [4, 4, 4],
          [1, 1, 1],
        ],
        [
          [4, 5, 4],
          [3, 4, 3],
          [5, 4, 4],
          [0, 1, 1],
        ],
      ]),
    );
    expect(ranked.map((row) => [row.participant.id, row.total, row.rank, row.place ?? null])).toEqual([
      ['p1', 13.5, 1, 1],
      ['p3', 12.5, 2, 2],
      ['p2', 9.5, 3, 3],
      ['p4', 2.5, 4, null],
    ]);
    expect(byId(ranked, 'p1').byJuror).toEqual(
      new Map([
        ['j1', 14],
        ['j2', 13],
      ]),
    );
    expect(byId(ranked, 'p1').byCriterion).toEqual(
      new Map([
        ['essay.idea', 4.5],
        ['essay.style', 5],
        ['lesson.goal', 4],
      ]),
    );
  });

  it('sums over jurors when the rule says so', () => {
    const ranked = rows(makeContest({ jurors: 2, participants: 1, over: 'sum' }), sheets([[[5, 5, 4]], [[4, 5, 4]]]));
    expect(ranked[0]!.total).toBe(27);
  });

  it('shares a rank on equal totals and breaks the tie by the named test when asked', () => {
    const scores = [
      [
        [5, 5, 0],
        [3, 3, 4],
        [1, 1, 1],
      ],
    ];
    const shared = rows(makeContest({ jurors: 1, participants: 3 }), sheets(scores));
    expect(shared.map((row) => row.rank)).toEqual([1, 1, 3]);
    const broken = rows(makeContest({ jurors: 1, participants: 3, tieBreak: ['lesson'] }), sheets(scores));
    expect(broken.map((row) => [row.participant.id, row.rank])).toEqual([
      ['p2', 1],
      ['p1', 2],
      ['p3', 3],
    ]);
  });

  it('does not let a juror score a teacher of their own school', () => {
    const contest = makeContest({ jurors: 2, participants: 1, jurorSchools: { 0: 's1' } });
    const [row] = rows(contest, sheets([[[0, 0, 0]], [[5, 5, 4]]]));
    expect(row!.total).toBe(14);
    expect(row!.excluded.get('j1')).toBe('conflict');
    expect(row!.complete).toBe(true);
  });

  it('names a juror whose sheet is missing and marks the totals incomplete', () => {
    const contest = makeContest({ jurors: 3, participants: 1 });
    const ranking = rankStage(contest, contest.stages[0]!, sheets([[[5, 5, 4]], [[3, 3, 2]]]));
    expect(ranking.problems).toEqual([{ code: 'contest-sheet-missing', params: { juror: 'Ж.Ж. Член3', id: 'j3', stage: 'Заочный тур' } }]);
    expect(ranking.nominations[0]!.rows[0]).toMatchObject({ total: 11, complete: false });
  });

  it('gives titles by thresholds and lets the best go on', () => {
    const contest = makeContest({
      jurors: 1,
      participants: 3,
      places: {
        thresholds: [
          { title: 'победитель', percent: 90 },
          { title: 'призёр', percent: 50 },
        ],
      },
      advance: { top: 1 },
    });
    const ranked = rows(
      contest,
      sheets([
        [
          [5, 5, 4],
          [4, 3, 1],
          [1, 1, 1],
        ],
      ]),
    );
    expect(ranked.map((row) => [row.place ?? null, row.advances])).toEqual([
      ['победитель', true],
      ['призёр', false],
      [null, false],
    ]);
  });
});

// ----------------------------------------------------------------- properties

const score = (max: number) => fc.integer({ min: 0, max: max * 2 }).map((halves) => halves / 2);
const participantScores = fc.tuple(score(5), score(5), score(4));
const table = (jurors: number, participants: number) =>
  fc.array(fc.array(participantScores, { minLength: participants, maxLength: participants }), { minLength: jurors, maxLength: jurors });
const setup = fc
  .record({
    jurors: fc.integer({ min: 1, max: 7 }),
    participants: fc.integer({ min: 1, max: 8 }),
    over: fc.constantFrom('mean' as const, 'sum' as const),
    dropExtremes: fc.boolean(),
    tieBreak: fc.constantFrom([], ['lesson'], ['essay', 'lesson']),
  })
  .chain((shape) => fc.record({ shape: fc.constant(shape), scores: table(shape.jurors, shape.participants) }));

describe('ranking rules (properties)', () => {
  it('equal totals and tie-breaks share a rank; a higher total never ranks below a lower one', () => {
    fc.assert(
      fc.property(setup, ({ shape, scores }) => {
        const ranked = rows(makeContest(shape), sheets(scores.map((p) => p.map((s) => [...s]))));
        for (const a of ranked) {
          for (const b of ranked) {
            if (a.total! > b.total!) expect(a.rank!).toBeLessThan(b.rank!);
            if (shape.tieBreak.length === 0 && a.total === b.total) expect(a.rank).toBe(b.rank);
          }
        }
      }),
    );
  });

  it('drops the highest and lowest only with five jurors or more', () => {
    fc.assert(
      fc.property(setup, ({ shape, scores }) => {
        const ranked = rows(makeContest({ ...shape, dropExtremes: true }), sheets(scores.map((p) => p.map((s) => [...s]))));
        for (const row of ranked) {
          const dropped = [...row.excluded.values()].filter((why) => why === 'dropped').length;
          expect(dropped).toBe(shape.jurors >= 5 ? 2 : 0);
        }
      }),
    );
  });

  it('never counts a missing sheet as zero: the totals are those of the jurors who sent theirs', () => {
    fc.assert(
      fc.property(setup, fc.nat(), ({ shape, scores }, pick) => {
        fc.pre(shape.jurors >= 2);
        const missing = pick % shape.jurors;
        const sent = sheets(scores.map((p) => p.map((s) => [...s]))).filter((_, j) => j !== missing);
        const contest = makeContest({ ...shape, over: 'mean', dropExtremes: false });
        const ranking = rankStage(contest, contest.stages[0]!, sent);
        expect(ranking.problems.map((problem) => problem.params.id)).toEqual([`j${missing + 1}`]);
        for (const row of ranking.nominations.flatMap((n) => n.rows)) {
          const totals = sent.map((sheet) => criterionKeys.reduce((sum, key) => sum + sheet.scores.get(row.participant.id)!.get(key)!, 0));
          // rounded to two decimals, as totals are printed
          expect(Math.abs(row.total! - totals.reduce((a, b) => a + b, 0) / totals.length)).toBeLessThanOrEqual(0.005 + 1e-9);
          expect(row.complete).toBe(false);
          expect(row.excluded.get(`j${missing + 1}`)).toBe('missing-sheet');
        }
      }),
    );
  });

  it('never gives a total above the maximum, nor below 0', () => {
    fc.assert(
      fc.property(setup, ({ shape, scores }) => {
        const contest = makeContest(shape);
        const ranking = rankStage(contest, contest.stages[0]!, sheets(scores.map((p) => p.map((s) => [...s]))));
        const perJuror = Object.values(criterionMax).reduce((a, b) => a + b, 0);
        const slots = shape.over === 'sum' ? (shape.dropExtremes && shape.jurors >= 5 ? shape.jurors - 2 : shape.jurors) : 1;
        expect(ranking.maximum).toBe(perJuror * slots);
        for (const row of ranking.nominations.flatMap((n) => n.rows)) {
          expect(row.total!).toBeLessThanOrEqual(ranking.maximum);
          expect(row.total!).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });
});
