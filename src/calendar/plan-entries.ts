// What a plan or cyclogram says happens when: one entry per item (from its
// explicit `schedule:`, its «сроки» text or, in a cyclogram, its group's
// periodicity) and one per dated sub-event. Pure.
import { activityTitle } from './activity-title.js';
import { parseAcademicYear } from '../schema/dates.js';
import type { CyclogramItem, PlanDocument, PlanItem } from '../schema/plan.js';
import type { ScheduleInput } from '../schema/schedule.js';
import { weekdayAbbreviations } from '../text/russian-words.js';
import type { PathSegment } from '../schema/source.js';
import type { IsoDate, Schedule, Span, Weekday } from './model.js';
import { academicYearOf, academicYearSpan, minDate } from './days.js';
import { readTiming, type PhraseReading } from './phrases.js';
import { defaultSchoolYear, type SchoolYear } from './reader/school-year.js';

export interface CalendarEntry {
  readonly kind: 'item' | 'event';
  readonly title: string;
  /** The section's heading, or the cyclogram group's periodicity. */
  readonly section: string;
  readonly responsible: readonly string[];
  /** The item's number in the document (1, 2, 3 … across sections). */
  readonly number: number;
  /** Where in the YAML the entry's dates come from. */
  readonly path: readonly PathSegment[];
  /** The text the dates were read from, when they were read from text. */
  readonly phrase?: string;
  /** Undefined when the text could not be read. */
  readonly schedule: Schedule | undefined;
  /** How the text was read: the words left out, what looks wrong. */
  readonly reading?: PhraseReading;
}

/** The first and last day the plan covers: its period, its academic year, or (for a cyclogram with neither) `fallback`. */
export function planPeriod(plan: PlanDocument, fallback?: Span): Span | undefined {
  if (plan.period) return { start: plan.period.from, end: plan.period.to };
  const year = plan.academicYear === undefined ? undefined : parseAcademicYear(plan.academicYear);
  return year ? academicYearSpan(year.first) : fallback;
}

/**
 * A plan's entries as read earlier with the default school year over `period`: in an earlier run,
 * kept with the plan's check (kinds/kept-checks.ts), as JSON holds them.
 */
export interface EntriesRead {
  readonly period: Span;
  readonly entries: readonly CalendarEntry[];
}

// Validation and the calendar both read the same plan: read each one once per period.

const cache = new WeakMap<PlanDocument, Map<string, readonly CalendarEntry[]>>();

// Each school year (the default, a workspace's file) gets a number, so that the entries of one plan read with it are one list of objects.
const schoolYearKeys = new WeakMap<(first: number) => SchoolYear, number>();
let schoolYearCount = 0;

/**
 * The plan's entries over its period (else `fallbackPeriod`), its timings read with `schoolYear`;
 * `read`, when given, is what an earlier run read with the default school year, taken as it is when
 * both the school year and the period are the same.
 */
/** The entries read earlier with the default school year (`read`), when they were read over `period`. */
export function keptEntries(period: Span, read: EntriesRead | undefined): readonly CalendarEntry[] | undefined {
  return read?.period.start === period.start && read.period.end === period.end ? read.entries : undefined;
}

export function planEntries(
  plan: PlanDocument,
  fallbackPeriod: Span,
  schoolYear: (first: number) => SchoolYear = defaultSchoolYear,
  read?: EntriesRead,
): readonly CalendarEntry[] {
  const period = planPeriod(plan, fallbackPeriod)!;
  if (!schoolYearKeys.has(schoolYear)) schoolYearKeys.set(schoolYear, schoolYearCount++);
  const key = `${period.start}/${period.end}/${schoolYearKeys.get(schoolYear)}`;
  const cached = cache.get(plan)?.get(key);
  if (cached) return cached;
  const entries = (schoolYear === defaultSchoolYear ? keptEntries(period, read) : undefined) ?? readEntries(plan, period, schoolYear);
  if (!cache.has(plan)) cache.set(plan, new Map());
  cache.get(plan)!.set(key, entries);
  return entries;
}

function readEntries(plan: PlanDocument, period: Span, schoolYear: (first: number) => SchoolYear): CalendarEntry[] {
  const entries: CalendarEntry[] = [];
  let number = 0;
  // The plan's year's last day of lessons, asked once per plan (a school year is built on each call).
  let lessonsEnd: IsoDate | undefined;
  const lastDayOfLessons = () => (lessonsEnd ??= schoolYear(academicYearOf(period.start).first).lastDayOfLessons);
  plan.sections.forEach((section, sectionIndex) => {
    const heading = 'title' in section ? section.title.trim() : section.periodicity.trim();
    (section.items as (PlanItem | CyclogramItem)[]).forEach((item, itemIndex) => {
      number++;
      const path = ['sections', sectionIndex, 'items', itemIndex];
      const common = { section: heading, responsible: item.responsible ?? [], number };
      const title = activityTitle(item.activity);
      entries.push({
        kind: 'item',
        title,
        ...common,
        ...itemSchedule(item, 'periodicity' in section ? section.periodicity : undefined, path, { period, schoolYear, lastDayOfLessons }),
      });
      item.events?.forEach((event, eventIndex) => {
        const schedule: Schedule = { kind: 'date', date: event.date };
        entries.push({ kind: 'event', title: event.title.trim(), ...common, path: [...path, 'events', eventIndex, 'date'], schedule });
      });
    });
  });
  return entries;
}

function itemSchedule(
  item: PlanItem | CyclogramItem,
  periodicity: string | undefined,
  path: PathSegment[],
  context: { period: Span; schoolYear: (first: number) => SchoolYear; lastDayOfLessons: () => IsoDate },
) {
  const { period, lastDayOfLessons } = context;
  if (item.schedule) return { path: [...path, 'schedule'], schedule: fromInput(item.schedule, period) };
  if (item.timing !== undefined) {
    const entry = read(item.timing, [...path, 'timing'], context);
    return { ...entry, schedule: entry.schedule && stopInSummer(entry.schedule, period, lastDayOfLessons) };
  }
  // A cyclogram item: a rule in parentheses in its text («(каждый 3-й понедельник месяца)»), else its group's periodicity.
  for (const [, inner] of item.activity.matchAll(/\(([^()]+)\)/g)) {
    const reading = readOnce(inner!, context);
    if (reading.schedule?.kind === 'recurring')
      return { path: [...path, 'activity'], phrase: inner!, schedule: stopInSummer(reading.schedule, period, lastDayOfLessons), reading };
  }
  if (!periodicity) return { path: [...path.slice(0, 2), 'periodicity'], phrase: periodicity, schedule: undefined };
  const entry = read(periodicity, [...path.slice(0, 2), 'periodicity'], context);
  return { ...entry, schedule: entry.schedule && stopInSummer(entry.schedule, period, lastDayOfLessons) };
}

// Plans repeat their timings («в течение года», «ежемесячно»): each text is read once per period and school year.
const readings = new WeakMap<(first: number) => SchoolYear, Map<string, PhraseReading>>();

function readOnce(phrase: string, context: { period: Span; schoolYear: (first: number) => SchoolYear }): PhraseReading {
  let known = readings.get(context.schoolYear);
  if (!known) readings.set(context.schoolYear, (known = new Map()));
  const key = `${context.period.start}/${context.period.end}/${phrase}`;
  let reading = known.get(key);
  if (!reading) {
    if (known.size > 10_000) known.clear();
    known.set(key, (reading = readTiming(phrase, context)));
  }
  return reading;
}

function read(phrase: string, path: PathSegment[], context: { period: Span; schoolYear: (first: number) => SchoolYear }) {
  const reading = readOnce(phrase, context);
  return { path, phrase, schedule: reading.schedule, reading };
}

/**
 * Daily, weekly and monthly work follows the school year: read from a plan's or cyclogram's text, it
 * stops with the last day of lessons and does not run through the summer holidays — unless the text
 * itself says when it runs or which months it skips — and «ежедневно» there means every working day.
 * An explicit `schedule:` is taken as written; `centre when`, which has no plan, reads the words alone.
 */
function stopInSummer(schedule: Schedule, period: Span, lastDayOfLessons: () => IsoDate): Schedule {
  if (schedule.kind === 'quota' && (schedule.per === 'month' || schedule.per === 'week')) {
    const lessonsEnd = lastDayOfLessons();
    return { ...schedule, periods: schedule.periods.filter((span) => span.start <= lessonsEnd) };
  }
  if (schedule.kind !== 'recurring' || schedule.rule.exceptMonths?.length || schedule.end !== period.end) return schedule;
  const { rule } = schedule;
  const everyDay = rule.frequency === 'daily' && (rule.interval ?? 1) === 1;
  if (!everyDay && rule.frequency !== 'weekly' && rule.frequency !== 'monthly') return schedule;
  return { ...schedule, rule: everyDay ? { ...rule, workingDays: true } : rule, end: minDate(schedule.end, lastDayOfLessons()) };
}

/** An explicit `schedule:` as a schedule; its shape has been checked by the rules. */
export function fromInput(input: ScheduleInput, period: Span): Schedule | undefined {
  if (input.unscheduled) return { kind: 'unscheduled' };
  if (input.deadline) return { kind: 'deadline', due: input.deadline };
  if (input.dates) {
    const dates = [...input.dates].sort();
    const [first, second] = dates;
    if (first !== undefined && second === undefined) return { kind: 'date', date: first };
    return { kind: 'dates', spans: dates.map((date) => ({ start: date, end: date })) };
  }
  const start = input.from ?? period.start;
  const end = input.to ?? period.end;
  if (!input.every) return input.from && input.to ? { kind: 'range', start, end } : undefined;
  const frequency = input.every === 'week' ? 'weekly' : input.every === 'month' ? 'monthly' : 'quarterly';
  const weekdays = input.weekdays?.map((name) => (weekdayAbbreviations.indexOf(name) + 1) as Weekday);
  const nth = input.nth === 'last' ? -1 : input.nth;
  const rule = {
    frequency,
    ...(weekdays ? { weekdays } : {}),
    ...(nth !== undefined ? { nth } : {}),
    ...(input.except ? { exceptMonths: input.except } : {}),
  } as const;
  return { kind: 'recurring', rule, start, end };
}
