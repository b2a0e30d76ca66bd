// The schedule model: what a plan's «сроки» mean, as data. Dates are plain
// calendar dates written as ISO strings (YYYY-MM-DD), never `Date` times.

export type IsoDate = string;

/** ISO weekday numbers: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface Span {
  readonly start: IsoDate;
  /** Last day, inclusive; equal to `start` for a single day. */
  readonly end: IsoDate;
}

export interface Recurrence {
  readonly frequency: 'weekly' | 'monthly' | 'quarterly';
  /** Weekly: on these days. Monthly: the day of the `nth` week. */
  readonly weekdays?: readonly Weekday[];
  /** Monthly with a weekday: 1–5, or -1 for the last one of the month. */
  readonly nth?: number;
  /** «1 издание в квартал», «2 раза в месяц»: so many times per period, on days not fixed. */
  readonly timesPerPeriod?: number;
  /** Months (1–12) with no occurrence, e.g. no webinars in summer. */
  readonly exceptMonths?: readonly number[];
}

export type Schedule =
  | { readonly kind: 'date'; readonly date: IsoDate }
  | { readonly kind: 'dates'; readonly spans: readonly Span[] }
  | { readonly kind: 'range'; readonly start: IsoDate; readonly end: IsoDate }
  | { readonly kind: 'period'; readonly start: IsoDate; readonly end: IsoDate }
  | { readonly kind: 'deadline'; readonly due: IsoDate }
  | { readonly kind: 'recurring'; readonly rule: Recurrence; readonly start: IsoDate; readonly end: IsoDate }
  | { readonly kind: 'unscheduled' };

export type ScheduleKind = Schedule['kind'];
