// The dates of a contest (applications, each stage, the results) as calendar
// entries: a plan-shaped source whose items the agenda and the iCalendar
// export list like any plan's. Pure.
import type { IsoDate } from '../schema/iso-date.js';
import type { Plan } from '../schema/plan.js';
import type { Contest } from '../schema/contest.js';
import type { PathSegment } from '../schema/source.js';

export interface ContestDates {
  readonly plan: Plan;
  /** Where in the contest file each item of the plan comes from, by item index. */
  readonly paths: readonly PathSegment[][];
}

export function contestDates(contest: Contest): ContestDates {
  const items: Plan['sections'][number]['items'] = [];
  const paths: PathSegment[][] = [];
  // one day, or from a day to another
  const add = (what: string, from: IsoDate, to: IsoDate | undefined, path: PathSegment[]) => {
    const timing = to === undefined ? from : `${from} – ${to}`;
    const schedule = to === undefined ? { dates: [from] } : { from, to };
    items.push({ activity: `${contest.title}: ${what}`, timing, responsible: [contest.organiser], schedule });
    paths.push(path);
  };
  if (contest.applications) add('приём заявок', contest.applications.from, contest.applications.to, ['applications']);
  contest.stages.forEach((stage, index) => add(stage.title.charAt(0).toLowerCase() + stage.title.slice(1), stage.from, stage.to, ['stages', index]));
  if (contest.results) add('подведение итогов', contest.results, undefined, ['results']);
  const plan: Plan = {
    kind: 'plan',
    title: contest.title,
    academicYear: contest.academicYear,
    orientation: 'portrait',
    approvals: [],
    sections: [{ title: 'Конкурс', items }],
  };
  return { plan, paths };
}
