// A contest as the site shows it: the contest file, its regulation as
// published, and its results as far as the file makes them public, already
// projected to what may be printed (no score unless scores are public). The
// command makes it from the merged jury sheets; the pages only render it.
import { academicYearOf } from '../calendar/days.js';
import type { IsoDate } from '../schema/iso-date.js';
import type { Contest } from '../schema/contest.js';
import { compareText } from '../util/compare.js';

export const contestsPath = 'contests.html';
export const contestPath = (slug: string) => `contests/${slug}.html`;

export interface SiteContestRow {
  /** 1, 2, 3, or a title («победитель»); absent below the places. */
  readonly place?: number | string;
  readonly name: string;
  /** The registry's id of the school, or its name. */
  readonly school: string;
  /** Only when scores are public. */
  readonly total?: number;
  /** Criterion key («lesson.goal») → points; only when scores are public. */
  readonly byCriterion?: ReadonlyMap<string, number>;
  /** Juror id → the juror's total; only when scores are public. */
  readonly byJuror?: ReadonlyMap<string, number>;
}

export interface SiteContestResults {
  /** The stage the places are given in: the last. */
  readonly stage: Contest['stages'][number];
  readonly maximum: number;
  readonly nominations: readonly { readonly title: string; readonly rows: readonly SiteContestRow[] }[];
  readonly scores: boolean;
}

export interface SiteContest {
  readonly contest: Contest;
  readonly slug: string;
  /** The regulation, by its path in the section. */
  readonly regulation?: { readonly file: string; readonly type: string; readonly bytes: number };
  /** Absent when the results are not public; «pending» until the sheets are merged without error. */
  readonly results?: SiteContestResults | 'pending';
}

/** Today's academic year first, then the others newest first; by title within a year. */
export function contestsCurrentFirst(contests: readonly SiteContest[], today: IsoDate): SiteContest[] {
  const current = academicYearOf(today);
  const startOf = (contest: Contest) => Number(/\d{4}/.exec(contest.academicYear)![0]);
  const rank = (contest: Contest) => (startOf(contest) === current.first ? Number.MAX_SAFE_INTEGER : startOf(contest));
  return [...contests].sort((a, b) => rank(b.contest) - rank(a.contest) || compareText(a.contest.title, b.contest.title));
}
