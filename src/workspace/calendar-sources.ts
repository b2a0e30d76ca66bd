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
import type { MonitoringForm } from '../schema/reports.js';
import type { PlanDocument } from '../schema/plan.js';
import { formSources, type StatusSource } from './calendar-status.js';
import type { YearRecord } from '../schema/record.js';
import type { LoadedFile } from './load.js';
import { recordPlanPath } from './record-plans.js';
import { entriesByNumber } from '../analysis/record-items.js';
import { contestDates } from '../calendar/contest-dates.js';
import type { Contest } from '../schema/contest.js';

/** The kinds of file the calendar reads: records say which items moved, the centre names the calendar, contests have their dates. */
export const calendarKinds = ['plan', 'cyclogram', 'holidays', 'school-year', 'form', 'record', 'centre', 'contest'] as const;

export interface CalendarInputs {
  readonly plans: StatusSource[];
  readonly localDays: LocalDay[];
  readonly forms: LoadedFile[];
  readonly records: LoadedFile[];
  /** The centre's own name, when the workspace has its file. */
  centreName?: string;
  readonly contests: LoadedFile[];
}

export function calendarInputs(files: readonly LoadedFile[]): CalendarInputs {
  const inputs: CalendarInputs = { plans: [], localDays: [], forms: [], records: [], contests: [] };
  const schoolYears = new Map<number, SchoolYear>();
  const plans: { file: LoadedFile; plan: PlanDocument }[] = [];
  for (const file of files) {
    const validated = file.validated;
    if (validated?.kind === 'holidays') inputs.localDays.push(...validated.value.days);
    else if (validated?.kind === 'school-year') schoolYears.set(schoolYearOf(validated.value).first, schoolYearOf(validated.value));
    else if (validated?.kind === 'plan' || validated?.kind === 'cyclogram') plans.push({ file, plan: validated.value });
    else if (validated?.kind === 'form') inputs.forms.push(file);
    else if (validated?.kind === 'record') inputs.records.push(file);
    else if (validated?.kind === 'centre') inputs.centreName ??= validated.value.name.trim();
    else if (validated?.kind === 'contest') inputs.contests.push(file);
  }
  // Without a school-year file, the default itself: planEntries then reuses what validation read with it, in this run or (kept with the plan's check) an earlier one.
  const schoolYear = schoolYears.size === 0 ? defaultSchoolYear : (first: number) => schoolYears.get(first) ?? defaultSchoolYear(first);
  for (const { file, plan } of plans) {
    const moved = movedItems(plan, file.path, inputs.records);
    // the plan's entries kept from an earlier run: planEntries takes them only with the default school year
    const entriesRead = file.entriesRead ? { entriesRead: file.entriesRead } : {};
    inputs.plans.push({ plan, file: file.shown, lineOf: file.lineOf, path: file.path, schoolYear, ...(moved.size ? { moved } : {}), ...entriesRead });
  }
  return inputs;
}

/** The items the plan's record marks as moved with their new days: item number → ISO days. */
function movedItems(plan: PlanDocument, planPath: string, records: readonly LoadedFile[]): Map<number, IsoDate[]> {
  const moved = new Map<number, IsoDate[]>();
  const file = records.find((candidate) => recordPlanPath(candidate.path, candidate.validated!.value as YearRecord) === planPath);
  if (!file) return moved;
  for (const [number, entry] of entriesByNumber(plan, file.validated!.value as YearRecord)) {
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
  return [...inputs.plans, ...inputs.forms.flatMap((file) => formSources(file, file.validated!.value as MonitoringForm, window)), ...contestSources(inputs)];
}

/** The dates of every contest, as plan-shaped sources. */
export function contestSources(inputs: CalendarInputs): PlanSource[] {
  return inputs.contests.map(contestSource);
}

function contestSource(file: LoadedFile): PlanSource {
  const { plan, paths } = contestDates(file.validated!.value as Contest);
  return { plan, file: file.shown, lineOf: (path) => file.lineOf?.(paths[path[3] as number] ?? []) };
}
