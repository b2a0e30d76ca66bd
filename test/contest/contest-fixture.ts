// A small contest built through the schema (so defaults are as a file would give them), for the contest tests.
import { contestSchema, type Contest } from '../../src/schema/contest.js';

export interface ContestShape {
  readonly jurors?: number;
  readonly participants?: number;
  readonly over?: 'mean' | 'sum';
  readonly dropExtremes?: boolean;
  readonly tieBreak?: readonly string[];
  readonly places?: Contest['places'];
  readonly advance?: { top?: number; from?: number };
  /** Juror index → school id, for conflicts of interest. */
  readonly jurorSchools?: Record<number, string>;
  readonly nominations?: number;
}

export function makeContest(shape: ContestShape = {}): Contest {
  const jurors = shape.jurors ?? 3;
  const participants = shape.participants ?? 4;
  const nominations = shape.nominations ?? 1;
  return contestSchema.parse({
    kind: 'contest',
    id: 'test-contest',
    title: 'Самый классный классный',
    level: 'municipal',
    organiser: 'Центр',
    academicYear: '2024-2025',
    nominations: Array.from({ length: nominations }, (_, i) => ({ id: `n${i + 1}`, title: `Номинация ${i + 1}` })),
    stages: [
      {
        id: 'distance',
        title: 'Заочный тур',
        from: '2025-02-03',
        tests: [
          {
            id: 'essay',
            title: 'Эссе',
            criteria: [
              { id: 'idea', title: 'Идея', max: 5 },
              { id: 'style', title: 'Стиль', max: 5 },
            ],
          },
          { id: 'lesson', title: 'Классный час', criteria: [{ id: 'goal', title: 'Цель', max: 4 }] },
        ],
        ...(shape.advance ? { advance: shape.advance } : {}),
      },
    ],
    jury: Array.from({ length: jurors }, (_, i) => ({
      id: `j${i + 1}`,
      name: `Ж.Ж. Член${i + 1}`,
      position: 'Методист',
      ...(shape.jurorSchools?.[i] ? { school: shape.jurorSchools[i] } : {}),
    })),
    scoring: { over: shape.over ?? 'mean', dropExtremes: shape.dropExtremes ?? false, tieBreak: [...(shape.tieBreak ?? [])] },
    places: shape.places ?? { count: 3 },
    participants: Array.from({ length: participants }, (_, i) => ({
      id: `p${i + 1}`,
      name: `Участник ${i + 1}`,
      school: `s${i + 1}`,
      nomination: `n${(i % nominations) + 1}`,
    })),
  });
}

export const criterionKeys = ['essay.idea', 'essay.style', 'lesson.goal'] as const;
export const criterionMax: Record<string, number> = { 'essay.idea': 5, 'essay.style': 5, 'lesson.goal': 4 };
