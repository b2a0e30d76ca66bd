// The schedule model: what a plan's «сроки» mean, as data. Dates are plain
// calendar dates written as ISO strings (YYYY-MM-DD), never `Date` times.

// The one date type and the weekdays are the date module's (schema/iso-date.ts).
export type { IsoDate, Weekday } from '../schema/iso-date.js';
import type { IsoDate, Weekday } from '../schema/iso-date.js';

export interface Span {
  readonly start: IsoDate;
  /** Last day, inclusive; equal to `start` for a single day. */
  readonly end: IsoDate;
}

export interface Recurrence {
  readonly frequency: 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'yearly';
  /** Daily or weekly: every `interval` days or weeks («через день»: 2, «каждые две недели»: 2). */
  readonly interval?: number;
  /** Daily: only working days («ежедневно» in a school: its school days). */
  readonly workingDays?: boolean;
  /** Weekly: on these days. Monthly: the day of the `nth` week. */
  readonly weekdays?: readonly Weekday[];
  /** Monthly with a weekday: 1–5, or -1 for the last one of the month. */
  readonly nth?: number;
  /** Monthly with a weekday, several weeks: «в первый и третий понедельник» ([1, 3]); `nth` is the first of them. */
  readonly nths?: readonly number[];
  /** Monthly on a day of the month: «до 25 числа каждого месяца». */
  readonly monthDay?: number;
  /** «1 издание в квартал», «2 раза в месяц»: so many times per period, on days not fixed. */
  readonly timesPerPeriod?: number;
  /** Months (1–12) with no occurrence, e.g. no webinars in summer. */
  readonly exceptMonths?: readonly number[];
}

export type Schedule =
  | { readonly kind: 'date'; readonly date: IsoDate }
  | { readonly kind: 'dates'; readonly spans: readonly Span[] }
  | {
      readonly kind: 'range';
      readonly start: IsoDate;
      readonly end: IsoDate;
      /** «С 14.03.2023»: from then on; `end` is then the plan's last day. */
      readonly open?: true;
      /** Days inside the range the phrase itself excludes («выходные дни 5, 6 апреля»). */
      readonly except?: readonly IsoDate[];
    }
  | { readonly kind: 'period'; readonly start: IsoDate; readonly end: IsoDate }
  | { readonly kind: 'deadline'; readonly due: IsoDate }
  | { readonly kind: 'recurring'; readonly rule: Recurrence; readonly start: IsoDate; readonly end: IsoDate }
  | { readonly kind: 'quota'; readonly count: number; readonly per: QuotaUnit; readonly atLeast?: true; readonly periods: readonly Span[] }
  | { readonly kind: 'unscheduled' };

/** What a quota counts per: a school term (четверть), a half-year, a trimester, the school year, or a calendar month, week or quarter. */
type QuotaUnit = 'quarter-term' | 'half-year' | 'trimester' | 'year' | 'month' | 'week' | 'quarter';

export type ScheduleKind = Schedule['kind'];
