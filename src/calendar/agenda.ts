// The agenda: every dated occurrence of every plan within a window, in date
// order, and the same as iCalendar events. Pure: `today` and the clock come in
// as parameters.
import type { PlanDocument } from '../schema/plan.js';
import { compareText } from '../util/compare.js';
import { addDays, maxDate, minDate } from './days.js';
import { expand, toRRule } from './expand.js';
import type { IcsEvent } from './ical.js';
import type { IsoDate, ScheduleKind, Span } from './model.js';
import { planEntries, planPeriod, type CalendarEntry } from './plan-entries.js';
import type { WorkingCalendar } from './working-days.js';

export interface PlanSource {
  readonly plan: PlanDocument;
  /** The file as shown to the user. */
  readonly file: string;
  readonly lineOf?: (path: readonly (string | number)[]) => number | undefined;
}

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
}

function sourceOf(source: PlanSource, entry: CalendarEntry): string {
  const line = source.lineOf?.(entry.path.slice(0, 4));
  return line === undefined ? source.file : `${source.file}:${line}`;
}

export function buildAgenda(sources: readonly PlanSource[], window: Span, calendar: WorkingCalendar): AgendaRow[] {
  const rows: AgendaRow[] = [];
  for (const source of sources) {
    for (const entry of planEntries(source.plan, window)) {
      if (!entry.schedule) continue;
      for (const occurrence of expand(entry.schedule, window, calendar)) {
        const single = occurrence.start === occurrence.end;
        const dayOff = single && !calendar.isWorkingDay(occurrence.start) ? (calendar.holidayName(occurrence.start) ?? dayOffName) : undefined;
        rows.push({
          date: occurrence.start,
          ...(single ? {} : { end: occurrence.end }),
          kind: entry.kind === 'event' ? 'date' : entry.schedule.kind,
          title: entry.title,
          plan: source.plan.title.trim(),
          section: entry.section,
          responsible: entry.responsible,
          source: sourceOf(source, entry),
          ...(occurrence.shiftedFrom ? { shiftedFrom: occurrence.shiftedFrom } : {}),
          ...(dayOff ? { dayOff } : {}),
        });
      }
    }
  }
  // A span that began before the window is listed where the window begins.
  const shown = (row: AgendaRow) => maxDate(row.date, window.start);
  return rows.sort((a, b) => compareText(shown(a), shown(b)) || compareText(a.date, b.date) || compareSources(a.source, b.source));
}

const dayOffName = 'выходной день';

/** «plans/a.yaml:96» before «plans/a.yaml:122»: by file, then by line number. */
function compareSources(a: string, b: string): number {
  const split = (source: string) => [source.replace(/:\d+$/, ''), Number(/:(\d+)$/.exec(source)?.[1] ?? 0)] as const;
  const [fileA, lineA] = split(a);
  const [fileB, lineB] = split(b);
  return compareText(fileA, fileB) || lineA - lineB;
}

/** Stable across exports: the same plan item gives the same UID, so a re-import updates instead of duplicating. */
export function stableId(...parts: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const char of parts.join('\u0000')) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The plans as calendar events: one VEVENT with an RRULE per recurring item, one per dated occurrence otherwise. */
export function buildIcsEvents(sources: readonly PlanSource[], window: Span, calendar: WorkingCalendar): IcsEvent[] {
  const events: IcsEvent[] = [];
  const used = new Map<string, number>();
  const uid = (...parts: string[]) => {
    const base = stableId(...parts);
    const count = used.get(base) ?? 0;
    used.set(base, count + 1);
    return `${base}${count ? `-${count}` : ''}@centre`;
  };
  for (const source of sources) {
    const planTitle = source.plan.title.trim();
    for (const entry of planEntries(source.plan, window)) {
      const schedule = entry.schedule;
      if (!schedule || schedule.kind === 'unscheduled') continue;
      const description = describeEntry(source, entry);
      const summary = schedule.kind === 'deadline' ? `Срок: ${entry.title}` : entry.title;
      const occurrences = expand(schedule, window, calendar);
      if (occurrences.length === 0) continue;
      const id = [planTitle, entry.section, entry.kind, entry.title];
      const rrule = schedule.kind === 'recurring' ? toRRule(schedule, minDate(schedule.end, window.end)) : undefined;
      if (rrule) {
        const first = occurrences[0]!;
        events.push({ uid: uid(...id), summary, description, categories: [planTitle], start: first.start, end: first.start, rrule });
        continue;
      }
      occurrences.forEach((occurrence, index) =>
        events.push({ uid: uid(...id, String(index)), summary, description, categories: [planTitle], start: occurrence.start, end: occurrence.end }),
      );
    }
  }
  return events;
}

function describeEntry(source: PlanSource, entry: CalendarEntry): string {
  const lines = [source.plan.title.trim(), entry.section, `Ответственные: ${entry.responsible.join(', ')}`];
  if (entry.phrase) lines.push(`Сроки: ${entry.phrase}`);
  lines.push(`Источник: ${sourceOf(source, entry)}`);
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
