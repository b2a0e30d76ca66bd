// Expands a schedule into the concrete days it means within a window, and
// writes it as an RFC 5545 recurrence rule where one exists. Pure.
import {
  addDays,
  addYears,
  dateParts,
  dayNumber,
  fromDayNumber,
  isoDate,
  lastDayOfMonth,
  maxDate,
  minDate,
  monthEnd,
  monthsBetween,
  weekdayOf,
} from './days.js';
import type { IsoDate, Recurrence, Schedule, Span, Weekday } from './model.js';
import type { WorkingCalendar } from './working-days.js';

export interface Occurrence extends Span {
  /** For a deadline moved off a day off (Civil Code art. 193): the date as written. */
  readonly shiftedFrom?: IsoDate;
}

const overlaps = (span: Span, window: Span) => span.start <= window.end && span.end >= window.start;

/** The occurrences of `schedule` that touch `window`, in date order. */
export function expand(schedule: Schedule, window: Span, calendar?: WorkingCalendar): Occurrence[] {
  switch (schedule.kind) {
    case 'date':
      return overlaps({ start: schedule.date, end: schedule.date }, window) ? [{ start: schedule.date, end: schedule.date }] : [];
    case 'dates':
      return schedule.spans.filter((span) => overlaps(span, window)).map(({ start, end }) => ({ start, end }));
    case 'range':
    case 'period':
      return overlaps(schedule, window) ? [{ start: schedule.start, end: schedule.end }] : [];
    case 'deadline': {
      const due = calendar ? calendar.nextWorkingDay(schedule.due) : schedule.due;
      const occurrence = due === schedule.due ? { start: due, end: due } : { start: due, end: due, shiftedFrom: schedule.due };
      return overlaps(occurrence, window) ? [occurrence] : [];
    }
    case 'recurring':
      return recurrences(
        schedule.rule,
        { start: maxDate(schedule.start, window.start), end: minDate(schedule.end, window.end) },
        schedule.end,
        schedule.start,
        calendar,
      );
    case 'quota':
      // A reminder per period: the count is due within it, on days not fixed.
      return schedule.periods.filter((span) => overlaps(span, window)).map(({ start, end }) => ({ start, end }));
    case 'unscheduled':
      return [];
  }
}

/** Occurrences of a rule whose first day lies in `bounds`; spans end no later than `last`; `anchor` is the rule's first day. */
function recurrences(rule: Recurrence, bounds: Span, last: IsoDate, anchor: IsoDate, calendar?: WorkingCalendar): Occurrence[] {
  if (bounds.start > bounds.end) return [];
  const excluded = new Set(rule.exceptMonths ?? []);
  const allowed = excluded.size === 0 ? () => true : (date: IsoDate) => !excluded.has(Number(date.slice(5, 7)));
  const within = (date: IsoDate) => date >= bounds.start && date <= bounds.end && allowed(date);
  const days = (dates: IsoDate[]) => dates.filter(within).map((date) => ({ start: date, end: date }));

  if (rule.frequency === 'daily') {
    const step = rule.interval ?? 1;
    const first = dayNumber(anchor) + Math.max(0, Math.ceil((dayNumber(bounds.start) - dayNumber(anchor)) / step)) * step;
    const dates: IsoDate[] = [];
    for (let day = first; day <= dayNumber(bounds.end); day += step) dates.push(fromDayNumber(day));
    return days(rule.workingDays && calendar ? dates.filter((date) => calendar.isWorkingDay(date)) : dates);
  }
  if (rule.frequency === 'weekly') {
    const spansWeek = !rule.weekdays?.length;
    const first = dayNumber(bounds.start);
    const lastDay = dayNumber(bounds.end);
    const lastSpanDay = dayNumber(last);
    const starts: number[] = [];
    // From the first day of each weekday in the bounds, a week at a time; a week with no day named starts on the rule's first day.
    // Every `interval` weeks counts from the week (Monday to Sunday) of the rule's first day, as RFC 5545 does.
    const step = 7 * (rule.interval ?? 1);
    const weekStart = dayNumber(anchor) - (weekdayOf(anchor) - 1);
    const from = Math.max(first, dayNumber(anchor));
    for (const weekday of new Set<Weekday>(spansWeek ? [weekdayOf(anchor)] : rule.weekdays)) {
      const inFirstWeek = weekStart + weekday - 1;
      const skipped = Math.max(0, Math.ceil((from - inFirstWeek) / step));
      for (let day = inFirstWeek + skipped * step; day <= lastDay; day += step) starts.push(day);
    }
    const occurrences: Occurrence[] = [];
    for (const day of starts.sort((a, b) => a - b)) {
      const start = fromDayNumber(day);
      if (allowed(start)) occurrences.push({ start, end: spansWeek ? fromDayNumber(Math.min(day + 6, lastSpanDay)) : start });
    }
    return occurrences;
  }
  const months = monthsBetween(bounds.start, bounds.end);
  if (rule.frequency === 'monthly' && rule.nth !== undefined && rule.weekdays?.length) {
    const nths = rule.nths ?? [rule.nth];
    const dates = months.flatMap(([year, month]) => rule.weekdays!.flatMap((weekday) => nths.map((nth) => nthWeekday(year, month, weekday, nth))));
    return days([...new Set(dates.filter(isDefined))]).sort(byStart);
  }
  if (rule.frequency === 'monthly' && rule.monthDay !== undefined) {
    // «до 25 числа каждого месяца»: the 25th, or the month's last day in a shorter month
    return days(months.map(([year, month]) => isoDate(year, month, Math.min(rule.monthDay!, lastDayOfMonth(year, month)))));
  }
  if (rule.frequency === 'yearly') {
    // Once a year, day not fixed: the year itself, from the rule's first day.
    const occurrences: Occurrence[] = [];
    for (let years = 0; ; years++) {
      const start = addYears(anchor, years);
      if (start > bounds.end) return occurrences;
      if (start >= bounds.start && allowed(start)) occurrences.push({ start, end: minDate(addDays(addYears(anchor, years + 1), -1), last) });
    }
  }
  // Monthly or quarterly with no fixed day: the month (quarter) itself, from its first day.
  const step = rule.frequency === 'quarterly' ? 3 : 1;
  return months
    .filter(([, month]) => (month - 1) % step === 0)
    .map(([year, month]) => isoDate(year, month, 1))
    .filter(within)
    .map((start) => {
      const { year, month } = dateParts(start);
      const lastMonth = month + step - 1;
      const end = lastMonth > 12 ? monthEnd(year + 1, lastMonth - 12) : monthEnd(year, lastMonth);
      return { start, end: minDate(end, last) };
    });
}

const isDefined = <T>(value: T | undefined): value is T => value !== undefined;
const byStart = (a: Span, b: Span) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0);

/** The nth (1–5, or -1 for last) given weekday of a month, if the month has one. */
export function nthWeekday(year: number, month: number, weekday: Weekday, nth: number): IsoDate | undefined {
  const days = lastDayOfMonth(year, month);
  if (nth < 0) {
    const last = isoDate(year, month, days);
    return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
  }
  const first = isoDate(year, month, 1);
  const day = 1 + ((weekday - weekdayOf(first) + 7) % 7) + (nth - 1) * 7;
  return day <= days ? isoDate(year, month, day) : undefined;
}

/** A monthly or quarterly rule with no day of its own: each occurrence is the month (quarter) itself. */
function spansWholePeriods(rule: Recurrence): boolean {
  if (rule.frequency === 'quarterly') return true;
  return rule.frequency === 'monthly' && rule.monthDay === undefined && !(rule.nth !== undefined && rule.weekdays?.length);
}

const byDay = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const compact = (date: IsoDate) => date.replaceAll('-', '');

/**
 * The RFC 5545 rule of a recurring schedule (to be used with DTSTART = its
 * first occurrence), or undefined where there is none. A month or quarter with
 * no day named («ежемесячно», «ежеквартально») has none: its occurrence is the
 * whole period, and a rule would put a one-day event on the 1st.
 */
export function toRRule(schedule: Schedule, until?: IsoDate): string | undefined {
  if (schedule.kind !== 'recurring' || spansWholePeriods(schedule.rule)) return undefined;
  const { rule } = schedule;
  const parts: string[] = [];
  const weekdays = (rule.weekdays ?? []).map((weekday) => byDay[weekday - 1]!);
  if (rule.frequency === 'daily')
    parts.push(
      'FREQ=DAILY',
      ...(rule.interval && rule.interval > 1 ? [`INTERVAL=${rule.interval}`] : []),
      ...(rule.workingDays ? ['BYDAY=MO,TU,WE,TH,FR'] : []),
    );
  else if (rule.frequency === 'weekly')
    parts.push(
      'FREQ=WEEKLY',
      ...(rule.interval && rule.interval > 1 ? [`INTERVAL=${rule.interval}`] : []),
      ...(weekdays.length ? [`BYDAY=${weekdays.join(',')}`] : []),
    );
  else if (rule.nth !== undefined && weekdays.length)
    parts.push('FREQ=MONTHLY', `BYDAY=${(rule.nths ?? [rule.nth]).flatMap((nth) => weekdays.map((day) => `${nth}${day}`)).join(',')}`);
  else if (rule.monthDay !== undefined) parts.push('FREQ=MONTHLY', `BYMONTHDAY=${rule.monthDay}`);
  else parts.push('FREQ=YEARLY');
  if (rule.exceptMonths?.length) {
    const months = Array.from({ length: 12 }, (_, i) => i + 1).filter((month) => !rule.exceptMonths!.includes(month));
    parts.push(`BYMONTH=${months.join(',')}`);
  }
  parts.push(`UNTIL=${compact(until ?? schedule.end)}`);
  return parts.join(';');
}
