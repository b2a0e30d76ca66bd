// The dates of a contest (applications, each stage, the results) as calendar
// entries: a plan-shaped source whose items the agenda and the iCalendar
// export list like any plan's. Pure.
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
  const add = (what: string, schedule: { from: string; to: string } | { dates: string[] }, path: PathSegment[]) => {
    const timing = 'dates' in schedule ? schedule.dates[0]! : `${schedule.from} – ${schedule.to}`;
    items.push({ activity: `${contest.title}: ${what}`, timing, responsible: [contest.organiser], schedule });
    paths.push(path);
  };
  if (contest.applications) add('приём заявок', { from: contest.applications.from, to: contest.applications.to }, ['applications']);
  contest.stages.forEach((stage, index) =>
    add(stage.title.charAt(0).toLowerCase() + stage.title.slice(1), stage.to ? { from: stage.from, to: stage.to } : { dates: [stage.from] }, ['stages', index]),
  );
  if (contest.results) add('подведение итогов', { dates: [contest.results] }, ['results']);
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
