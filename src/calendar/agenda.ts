// The agenda: every dated occurrence of every plan within a window, in date
// order, and the same as iCalendar events. Pure: `today` and the clock come in
// as parameters.
import type { PlanDocument } from '../schema/plan.js';
import { compareText } from '../util/compare.js';
import { addDays, earliestDate, latestDate, maxDate, minDate } from './days.js';
import { expand, toRRule } from './expand.js';
import type { IcsEvent } from './ical.js';
import type { IsoDate, Schedule, ScheduleKind, Span } from './model.js';
import { planEntries, planPeriod, type CalendarEntry, type EntriesRead } from './plan-entries.js';
import type { SchoolYear } from './reader/school-year.js';
import type { WorkingCalendar } from './working-days.js';

export interface PlanSource {
  readonly plan: PlanDocument;
  /** The file as shown to the user. */
  readonly file: string;
  readonly lineOf?: (path: readonly (string | number)[]) => number | undefined;
  /** The workspace's school year (kind: school-year), when it has one; the federal default otherwise. */
  readonly schoolYear?: (first: number) => SchoolYear;
  /** Items the plan's record says were moved: the item's number → the days it was moved to. */
  readonly moved?: ReadonlyMap<number, readonly IsoDate[]>;
  /** The plan's entries as an earlier run read them (kept with its check), for planEntries. */
  readonly entriesRead?: EntriesRead;
  /**
   * A monitoring form's report deadlines move off a day off to the next working day (Civil Code art. 193).
   * A plan's own deadline is the day written: the row says when that is a day off.
   */
  readonly movesDeadlines?: boolean;
}

/** The working calendar expand needs for a schedule: none for a deadline that stays on the day written. */
const calendarFor = (source: PlanSource, schedule: Schedule, calendar: WorkingCalendar) =>
  schedule.kind === 'deadline' && !source.movesDeadlines ? undefined : calendar;

export interface AgendaRow {
  readonly date: IsoDate;
  /** Last day of a span (a range, a period, a month of a monthly item). */
  readonly end?: IsoDate;
  readonly kind: ScheduleKind;
  readonly title: string;
  readonly plan: string;
  readonly section: string;
  readonly responsible: readonly string[];
  /** file:line of the item. */
  readonly source: string;
  /** A deadline moved off a day off: the date as written. */
  readonly shiftedFrom?: IsoDate;
  /** The occurrence falls on a day off: its name. */
  readonly dayOff?: string;
  /** The item was moved (its record says so): its timing in the plan. */
  readonly movedFrom?: string;
}

/**
 * When an item happens: on the days its record moved it to, when it was moved
 * with new days, else as the plan says. A series (a webinar a month) keeps its
 * rule: a record entry cannot say which of its sessions moved.
 */
function scheduleOf(source: PlanSource, entry: CalendarEntry): { schedule: Schedule | undefined; movedFrom?: string } {
  const days = entry.kind === 'item' ? source.moved?.get(entry.number) : undefined;
  const schedule = entry.schedule;
  if (!days?.length || !schedule || schedule.kind === 'recurring' || schedule.kind === 'quota') return { schedule };
  const spans = [...days].sort().map((day) => ({ start: day, end: day }));
  const planned =
    entry.phrase?.trim() ??
    expand(schedule, { start: earliestDate, end: latestDate })
      .map((span) => span.start.split('-').reverse().join('.'))
      .join(', ');
  return { schedule: { kind: 'dates', spans }, movedFrom: planned };
}

function lineOf(source: PlanSource, entry: CalendarEntry): number | undefined {
  return source.lineOf?.(entry.path.slice(0, 4));
}

export function buildAgenda(sources: readonly PlanSource[], window: Span, calendar: WorkingCalendar): AgendaRow[] {
  // Rows are sorted by keys worked out once each, not in every comparison: a plan can have tens of thousands.
  const keyed: { row: AgendaRow; shown: IsoDate; file: string; line: number }[] = [];
  for (const source of sources) {
    const plan = source.plan.title.trim();
    for (const entry of planEntries(source.plan, window, source.schoolYear, source.entriesRead)) {
      const { schedule, movedFrom } = scheduleOf(source, entry);
      if (!schedule) continue;
      const occurrences = expand(schedule, window, calendarFor(source, schedule, calendar));
      if (occurrences.length === 0) continue;
      const line = lineOf(source, entry);
      const where = line === undefined ? source.file : `${source.file}:${line}`;
      for (const occurrence of occurrences) {
        const single = occurrence.start === occurrence.end;
        const dayOff = single && !calendar.isWorkingDay(occurrence.start) ? (calendar.holidayName(occurrence.start) ?? 'выходной день') : undefined;
        const row: AgendaRow = {
          date: occurrence.start,
          ...(single ? {} : { end: occurrence.end }),
          kind: entry.kind === 'event' || movedFrom !== undefined ? 'date' : schedule.kind,
          title: entry.title,
          plan,
          section: entry.section,
          responsible: entry.responsible,
          source: where,
          ...(occurrence.shiftedFrom ? { shiftedFrom: occurrence.shiftedFrom } : {}),
          ...(dayOff ? { dayOff } : {}),
          ...(movedFrom !== undefined ? { movedFrom } : {}),
        };
        // A span that began before the window is listed where the window begins.
        keyed.push({ row, shown: maxDate(row.date, window.start), file: source.file, line: line ?? 0 });
      }
    }
  }
  keyed.sort((a, b) => compareText(a.shown, b.shown) || compareText(a.row.date, b.row.date) || compareText(a.file, b.file) || a.line - b.line);
  return keyed.map(({ row }) => row);
}

/**
 * A 64-bit hash of the parts as 16 hex digits (two multiplicative 32-bit lanes
 * mixed into each other at the end, as cyrb53 does): far from cryptographic,
 * but wide enough that the items of every plan a region keeps never share one.
 * node:crypto would cost a few milliseconds to load on every run.
 */
export function stableId(...parts: readonly string[]): string {
  const text = parts.join('\u0000');
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

/**
 * What an entry is, whatever window is exported: the plan (title, organisation,
 * the year or period it covers), the section, the item's text and, for a dated
 * sub-event, its title. Entries that say all the same are told apart by their
 * order in the plans, counted over every entry, never only those in the window.
 */
function entryIdentities(sources: readonly PlanSource[], window: Span): Map<CalendarEntry, string> {
  const identities = new Map<CalendarEntry, string>();
  const seen = new Map<string, number>();
  for (const source of sources) {
    const { plan } = source;
    const period = planPeriod(plan);
    const planIdentity = [plan.title.trim(), plan.organisation?.trim() ?? '', period ? `${period.start}/${period.end}` : ''];
    const items = plan.sections.flatMap((section) => section.items as readonly { activity: string }[]);
    for (const entry of planEntries(plan, window, source.schoolYear)) {
      const item = items[entry.number - 1]?.activity.trim() ?? '';
      const base = stableId(...planIdentity, entry.section, item, entry.kind === 'event' ? entry.title : '');
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      identities.set(entry, count === 0 ? base : stableId(base, String(count)));
    }
  }
  return identities;
}

/**
 * The plans as calendar events: one VEVENT with an RRULE per recurring item
 * with fixed days, one per occurrence otherwise (each month of «ежемесячно»
 * an all-day event as long as the month). A UID names the entry and the
 * occurrence's own date as written (or the whole series), so the same
 * occurrence keeps its UID in every export, whatever its window, and a plan of
 * another year never reuses one: importing again updates the calendar.
 */
export function buildIcsEvents(sources: readonly PlanSource[], window: Span, calendar: WorkingCalendar): IcsEvent[] {
  const events: IcsEvent[] = [];
  const identities = entryIdentities(sources, window);
  const used = new Set<string>();
  const uid = (entry: CalendarEntry, occurrence: string) => {
    const id = `${identities.get(entry)!}-${occurrence}@centre`;
    if (used.has(id)) return undefined; // the same day twice in one entry: one event says it
    used.add(id);
    return id;
  };
  for (const source of sources) {
    // a category is one line: a plan's title may be written on several
    const planTitle = oneLine(source.plan.title);
    for (const entry of planEntries(source.plan, window, source.schoolYear, source.entriesRead)) {
      const { schedule, movedFrom } = scheduleOf(source, entry);
      if (!schedule || schedule.kind === 'unscheduled') continue;
      const occurrences = expand(schedule, window, calendarFor(source, schedule, calendar));
      if (occurrences.length === 0) continue;
      const description = describeEntry(source, entry, movedFrom);
      const summary = entry.schedule?.kind === 'deadline' ? `Срок: ${entry.title}` : entry.title;
      const common = { summary, description, categories: [planTitle] };
      const rrule = schedule.kind === 'recurring' ? toRRule(schedule, minDate(schedule.end, window.end)) : undefined;
      if (rrule) {
        const first = occurrences[0]!;
        events.push({ uid: uid(entry, 'series')!, ...common, start: first.start, end: first.start, rrule });
        continue;
      }
      for (const occurrence of occurrences) {
        const id = uid(entry, compactDate(occurrence.shiftedFrom ?? occurrence.start));
        if (id) events.push({ uid: id, ...common, start: occurrence.start, end: occurrence.end });
      }
    }
  }
  return events;
}

function compactDate(date: IsoDate): string {
  return date.replaceAll('-', '');
}

const oneLine = (text: string) => text.trim().replace(/\s+/g, ' ');

/** What a person reads under the event: the plan, the section, who is responsible, the timing as the plan writes it. */
function describeEntry(source: PlanSource, entry: CalendarEntry, movedFrom: string | undefined): string {
  const lines = [oneLine(source.plan.title), entry.section, `Ответственные: ${entry.responsible.join(', ')}`];
  if (movedFrom !== undefined) lines.push(`Перенесено; по плану — ${movedFrom}`);
  else if (entry.phrase) lines.push(`Сроки: ${entry.phrase}`);
  return lines.join('\n');
}

/** The window a calendar covers: from a day, for some weeks or to a day. */
export function calendarWindow(from: IsoDate, options: { to?: IsoDate; weeks?: number }): Span {
  return { start: from, end: options.to ?? addDays(from, (options.weeks ?? 8) * 7 - 1) };
}

/** The last day any of the plans covers, for an export with no end given. */
export function lastPlanDay(sources: readonly PlanSource[], fallback: IsoDate): IsoDate {
  return sources.reduce((last, { plan }) => maxDate(last, planPeriod(plan)?.end ?? last), fallback);
}
