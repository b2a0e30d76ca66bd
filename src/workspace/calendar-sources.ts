// What the calendar is made of, from a workspace's files: the plans and
// cyclograms (each with its school year), the local days off, the monitoring
// forms whose report deadlines are listed, and the plans' records. Shared by
// `centre calendar` and `centre site build`, so both list the same rows.
import type { PlanSource } from '../calendar/agenda.js';
import type { Span } from '../calendar/model.js';
import type { LocalDay } from '../calendar/working-days.js';
import { defaultSchoolYear, type SchoolYear } from '../calendar/reader/school-year.js';
import { schoolYearOf } from '../kinds/school-year.js';
import type { IsoDate } from '../schema/iso-date.js';
import { formSources, type StatusSource } from './calendar-status.js';
import { recordsOfPlan, type FileOf, type FilesByKind, type PlanFile } from './model.js';
import { entriesByNumber } from '../analysis/record-items.js';
import { contestDates } from '../calendar/contest-dates.js';

/** The kinds of file the calendar reads: records say which items moved, the centre names the calendar, contests have their dates. */
export const calendarKinds = ['plan', 'cyclogram', 'holidays', 'school-year', 'form', 'record', 'centre', 'contest'] as const;

export interface CalendarInputs {
  readonly plans: StatusSource[];
  readonly localDays: LocalDay[];
  readonly forms: readonly FileOf<'form'>[];
  readonly records: readonly FileOf<'record'>[];
  /** The centre's own name, when the workspace has its file. */
  readonly centreName?: string;
  readonly contests: readonly FileOf<'contest'>[];
}

export function calendarInputs(files: FilesByKind): CalendarInputs {
  const schoolYears = new Map(
    files.schoolYears.map((file): [number, SchoolYear] => [schoolYearOf(file.validated.value).first, schoolYearOf(file.validated.value)]),
  );
  // Without a school-year file, the default itself: planEntries then reuses what validation read with it, in this run or (kept with the plan's check) an earlier one.
  const schoolYear = schoolYears.size === 0 ? defaultSchoolYear : (first: number) => schoolYears.get(first) ?? defaultSchoolYear(first);
  const plans = files.plans.map((file): StatusSource => {
    const moved = movedItems(file, files.records);
    // the plan's entries kept from an earlier run: planEntries takes them only with the default school year
    const entriesRead = file.entriesRead ? { entriesRead: file.entriesRead } : {};
    return { plan: file.validated.value, file: file.shown, lineOf: file.lineOf, path: file.path, schoolYear, ...(moved.size ? { moved } : {}), ...entriesRead };
  });
  const centreName = files.centres[0]?.validated.value.name.trim();
  return {
    plans,
    localDays: files.holidays.flatMap((file) => file.validated.value.days),
    forms: files.forms,
    records: files.records,
    contests: files.contests,
    ...(centreName !== undefined ? { centreName } : {}),
  };
}

/** The items the plan's record marks as moved with their new days: item number → ISO days. */
function movedItems(plan: PlanFile, records: readonly FileOf<'record'>[]): Map<number, IsoDate[]> {
  const moved = new Map<number, IsoDate[]>();
  const file = recordsOfPlan(records, plan.path)[0];
  if (!file) return moved;
  for (const [number, entry] of entriesByNumber(plan.validated.value, file.validated.value)) {
    const days = entry.dates ?? [];
    if (entry.status === 'moved' && days.length) moved.set(number, days);
  }
  return moved;
}

/** X-WR-CALNAME: the centre's name, else the plan's title (of several plans, their common organisation, else the first's). */
export function calendarName(inputs: CalendarInputs): string {
  if (inputs.centreName) return inputs.centreName;
  const plans = inputs.plans.map((source) => source.plan);
  const organisations = new Set(plans.map((plan) => plan.organisation?.trim()));
  const organisation = organisations.size === 1 ? [...organisations][0] : undefined;
  const name = plans.length === 1 || !organisation ? plans[0]?.title : organisation;
  return (name ?? '').trim().replace(/\s+/g, ' ');
}

/** The plans, within `window` the report deadlines of every form, and the dates of every contest. */
export function agendaSources(inputs: CalendarInputs, window: Span): PlanSource[] {
  return [...inputs.plans, ...inputs.forms.flatMap((file) => formSources(file, window)), ...contestSources(inputs)];
}

/** The dates of every contest, as plan-shaped sources. */
export function contestSources(inputs: CalendarInputs): PlanSource[] {
  return inputs.contests.map(contestSource);
}

function contestSource(file: FileOf<'contest'>): PlanSource {
  const { plan, paths } = contestDates(file.validated.value);
  return { plan, file: file.shown, lineOf: (path) => file.lineOf?.(paths[path[3] as number] ?? []) };
}
