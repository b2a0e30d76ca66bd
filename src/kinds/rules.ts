// The second validation pass: named rules across fields, run on data whose
// shape zod has already accepted. Each rule returns problems with a path.
import type { Severity } from '../schema/diagnostic.js';
import type { PlanDocument } from '../schema/plan.js';
import type { MonitoringForm, Registry } from '../schema/reports.js';
import { suggest } from '../schema/suggest.js';
import { parseCheck } from '../reports/checks.js';
import { numericTypes, totalsFor } from '../reports/totals.js';
import { expand } from '../calendar/expand.js';
import { planEntries, planPeriod, type CalendarEntry } from '../calendar/plan-entries.js';
import { recurrencePhrase } from '../calendar/reader/describe.js';
import { refusalOf } from '../calendar/reader/reading.js';
import { russianCalendar } from '../calendar/working-days.js';
import { academicYearSpan, dateParts, isoDate, lastDayOfMonth, weekdayOf } from '../calendar/days.js';
import type { IsoDate, Span } from '../calendar/model.js';
import { textDates, type TextDate } from './text-dates.js';
import type { PathSegment } from '../schema/source.js';
import type { MessageCode, MessageParams } from '../i18n/messages.js';

export interface RuleProblem {
  readonly path: readonly PathSegment[];
  readonly severity: Severity;
  readonly code: MessageCode;
  readonly params?: MessageParams;
  /** Characters of the value at `path` the problem is about (a caret under some words of a timing). */
  readonly within?: { readonly start: number; readonly end: number };
}

type Rule<T> = (value: T) => RuleProblem[];

const yearOrPeriod: Rule<PlanDocument> = (plan) => {
  if (plan.academicYear !== undefined && plan.period !== undefined) {
    return [{ path: ['period'], severity: 'error', code: 'year-and-period' }];
  }
  if (plan.kind === 'plan' && plan.academicYear === undefined && plan.period === undefined) {
    return [{ path: [], severity: 'error', code: 'plan-needs-year' }];
  }
  return [];
};

const periodOrder: Rule<PlanDocument> = (plan) => {
  if (!plan.period) return [];
  const { from, to } = plan.period;
  return from > to ? [{ path: ['period', 'to'], severity: 'error', code: 'period-order', params: { from, to } }] : [];
};

// Initials before the surname, as GOST R 7.0.97 writes a signatory: «Н.К. Антюфеева».
// Explicit Cyrillic and Latin ranges: a \p{Lu} class takes a millisecond to compile, on every run.
const initialsFirst = /^[A-ZЀ-Я]\.\s*([A-ZЀ-Я]\.)?\s*[A-ZЀ-Я][A-Za-zЀ-ӿ'’-]+$/;

const signatoryNames: Rule<PlanDocument> = (plan) => {
  const named = [
    ...plan.approvals.map((approval, index) => ({ path: ['approvals', index, 'name'], approval })),
    ...(plan.signature ? [{ path: ['signature', 'name'], approval: plan.signature }] : []),
  ];
  return named.flatMap(({ path, approval }) =>
    'name' in approval && !initialsFirst.test(approval.name.trim())
      ? [{ path, severity: 'warning' as const, code: 'name-format' as const, params: { value: approval.name } }]
      : [],
  );
};

/** An item's value in an extra column names a column the plan declares, or `plan build` would have nowhere to print it. */
const declaredColumns: Rule<PlanDocument> = (plan) => {
  const titles = (plan.columns ?? []).map((column) => column.title);
  return plan.sections.flatMap((section, sectionIndex) =>
    section.items.flatMap((item, itemIndex) =>
      Object.keys(item.extra ?? {})
        .filter((column) => !titles.includes(column))
        .map((column) => ({
          path: ['sections', sectionIndex, 'items', itemIndex, 'extra', column],
          severity: 'error' as const,
          code: 'undeclared-column' as const,
          params: { column, suggestion: suggest(column, titles) },
        })),
    ),
  );
};

const eventsWithinPeriod: Rule<PlanDocument> = (plan) => {
  const period = planPeriod(plan);
  if (!period) return [];
  const problems: RuleProblem[] = [];
  plan.sections.forEach((section, sectionIndex) =>
    section.items.forEach((item, itemIndex) =>
      item.events?.forEach((event, eventIndex) => {
        const date = event.date;
        if (date < period.start || date > period.end) {
          const path = ['sections', sectionIndex, 'items', itemIndex, 'events', eventIndex, 'date'];
          problems.push({ path, severity: 'warning', code: 'event-outside-period', params: { date, from: period.start, to: period.end } });
        }
      }),
    ),
  );
  return problems;
};

/** An explicit schedule says one thing: a repetition, dates, a range, a deadline or none. */
const scheduleShapes: Rule<PlanDocument> = (plan) =>
  plan.sections.flatMap((section, sectionIndex) =>
    section.items.flatMap((item, itemIndex): RuleProblem[] => {
      if (!item.schedule) return [];
      const path = ['sections', sectionIndex, 'items', itemIndex, 'schedule'];
      const { every, dates, deadline, unscheduled, from, to, nth, weekdays } = item.schedule;
      const shapes = [
        every !== undefined,
        dates !== undefined,
        deadline !== undefined,
        unscheduled !== undefined,
        every === undefined && from !== undefined && to !== undefined,
      ];
      if (shapes.filter(Boolean).length !== 1 || (every === undefined && (from === undefined) !== (to === undefined))) {
        return [{ path, severity: 'error', code: 'schedule-shape' }];
      }
      if (nth !== undefined && (every !== 'month' || !weekdays?.length))
        return [{ path: [...path, 'nth'], severity: 'error', code: 'schedule-nth-needs-weekday' }];
      if (from && to && from > to) {
        return [{ path: [...path, 'to'], severity: 'error', code: 'schedule-range-order', params: { from, to } }];
      }
      return [];
    }),
  );

/**
 * Timings that cannot be read or are read only in part (the ignored words underlined), what looks
 * wrong in them (an impossible date, a range that ends before it starts, a weekday that does not match,
 * a year that looks mistyped), and dates written into the plan that fall on a day off.
 */
const datedEntries: Rule<PlanDocument> = (plan) => {
  const period = planPeriod(plan);
  const calendar = period ? russianCalendar() : undefined;
  // A cyclogram may name no year: its timings are still read, in a year of its own.
  return planEntries(plan, period ?? neutralPeriod).flatMap((entry): RuleProblem[] => {
    const problems: RuleProblem[] = [];
    const reading = entry.reading;
    const phraseProblems = period ? (reading?.problems ?? []) : (reading?.problems ?? []).filter((problem) => !yearBoundCodes.has(problem.code));
    for (const problem of phraseProblems) {
      problems.push({
        path: entry.path,
        severity: problem.severity === 'error' ? 'warning' : problem.severity,
        code: problem.code,
        params: problem.params,
        within: problem,
      });
    }
    const schedule = entry.schedule;
    if (!schedule) {
      const note = reading && refusalOf(reading);
      if (entry.phrase !== undefined && phraseProblems.length === 0) {
        problems.push(
          note
            ? { path: entry.path, severity: 'warning', code: 'timing-unreadable-because', params: { value: entry.phrase, reason: note.code, ...note.params } }
            : { path: entry.path, severity: 'warning', code: 'timing-unreadable', params: { value: entry.phrase } },
        );
      }
      return problems;
    }
    for (const run of reading?.ignored ?? []) {
      problems.push({ path: entry.path, severity: 'warning', code: 'timing-ignored', params: { value: entry.phrase, words: run.text }, within: run });
    }
    if (!calendar) return problems;
    const dates =
      schedule.kind === 'date' ? [schedule.date] : schedule.kind === 'dates' ? schedule.spans.filter((s) => s.start === s.end).map((s) => s.start) : [];
    return [
      ...problems,
      ...dates
        .filter((date) => !calendar.isWorkingDay(date))
        .map((date): RuleProblem => ({
          path: entry.path,
          severity: 'warning',
          code: 'date-on-holiday',
          params: { date, name: calendar.holidayName(date) ?? 'суббота или воскресенье' },
        })),
    ];
  });
};

/**
 * The dates an item lists (`events:`) that its own rule does not give: seminars on third Tuesdays under
 * «каждый второй вторник месяца». One of the two is wrong; the date is pointed at.
 */
const eventsOffRule: Rule<PlanDocument> = (plan) => {
  const period = planPeriod(plan);
  if (!period) return [];
  const problems: RuleProblem[] = [];
  let item: CalendarEntry | undefined;
  for (const entry of planEntries(plan, period)) {
    if (entry.kind === 'item') {
      item = entry;
      continue;
    }
    const rule = item?.schedule;
    if (!item || rule?.kind !== 'recurring' || !rule.rule.weekdays?.length || entry.schedule?.kind !== 'date' || !samePrefix(item.path, entry.path)) continue;
    const date = entry.schedule.date;
    if (date < rule.start || date > rule.end || expand(rule, { start: date, end: date }).length > 0) continue;
    problems.push({ path: entry.path, severity: 'warning', code: 'event-off-rule', params: { date, rule: item.phrase ?? recurrencePhrase(rule) ?? '' } });
  }
  return problems;
};

/**
 * Dates written in an item's own text that its rule does not give: «семинары 21 октября, 18 ноября» under
 * «каждый второй вторник месяца» (both are third Tuesdays). Only when the text's dates are clearly the
 * item's days: on a weekday of the rule, or two or more that all fall on one weekday (a series); dates of
 * laws, holidays and deadlines are left out by `textDates`, days off too. The date is pointed at.
 */
const textDatesOffRule: Rule<PlanDocument> = (plan) => {
  const period = planPeriod(plan);
  if (!period) return [];
  const calendar = russianCalendar();
  return planEntries(plan, period).flatMap((entry): RuleProblem[] => {
    const rule = entry.schedule;
    if (entry.kind !== 'item' || rule?.kind !== 'recurring' || !rule.rule.weekdays?.length) return [];
    const [, sectionIndex, , itemIndex] = entry.path as [string, number, string, number];
    const activity = plan.sections[sectionIndex]?.items[itemIndex]?.activity ?? '';
    const dates = textDates(activity)
      .map((written) => ({ written, date: inPeriod(written, period) }))
      .filter((found): found is { written: TextDate; date: IsoDate } => found.date !== undefined && calendar.isWorkingDay(found.date));
    const weekdays = new Set(dates.map(({ date }) => weekdayOf(date)));
    const series = dates.length >= 2 && weekdays.size === 1;
    return dates
      .filter(({ date }) => date >= rule.start && date <= rule.end && expand(rule, { start: date, end: date }).length === 0)
      .filter(({ date }) => series || rule.rule.weekdays!.includes(weekdayOf(date)))
      .map(({ written, date }) => ({
        path: [...entry.path.slice(0, 4), 'activity'],
        severity: 'warning',
        code: 'text-date-off-rule',
        params: { date, rule: entry.phrase ?? recurrencePhrase(rule) ?? '' },
        within: written,
      }));
  });
};

/** The day a date of the text names in the plan's period: its written year, else the year that puts it inside the period. */
function inPeriod(written: TextDate, period: Span): IsoDate | undefined {
  const { day, month, year } = written;
  const candidates = year === undefined ? [dateParts(period.start).year, dateParts(period.end).year] : [year];
  for (const candidate of candidates) {
    if (day > lastDayOfMonth(candidate, month)) continue;
    const date = isoDate(candidate, month, day);
    if (date >= period.start && date <= period.end) return date;
  }
  return undefined;
}

const samePrefix = (item: readonly PathSegment[], event: readonly PathSegment[]) => item.slice(0, 4).every((segment, index) => segment === event[index]);

const neutralPeriod = academicYearSpan(2000);
/** Problems that only the plan's own year gives a meaning to (their dates would be those of the neutral year). */
const yearBoundCodes: ReadonlySet<MessageCode> = new Set<MessageCode>([
  'phrase-year-typo',
  'phrase-range-year-typo',
  'phrase-months-backwards',
  'phrase-months-before-plan',
]);

export const planRules: readonly Rule<PlanDocument>[] = [
  yearOrPeriod,
  periodOrder,
  signatoryNames,
  declaredColumns,
  eventsWithinPeriod,
  scheduleShapes,
  datedEntries,
  eventsOffRule,
  textDatesOffRule,
];

// ---------------------------------------------------------------- registry and form

/** The second and later uses of the same id, each pointing at itself. */
function duplicates<T>(values: readonly T[], idOf: (value: T) => string, path: (index: number) => PathSegment[]): RuleProblem[] {
  const seen = new Map<string, number>();
  return values.flatMap((value, index) => {
    const key = idOf(value);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, index);
      return [];
    }
    return [{ path: path(index), severity: 'error' as const, code: 'duplicate-id' as const, params: { value: key, first: first + 1 } }];
  });
}

export const registryRules: readonly Rule<Registry>[] = [
  (registry) =>
    duplicates(
      registry.districts,
      (d) => d.id,
      (i) => ['districts', i, 'id'],
    ),
  (registry) =>
    duplicates(
      registry.schools,
      (s) => s.id,
      (i) => ['schools', i, 'id'],
    ),
  (registry) => {
    const districts = registry.districts.map((district) => district.id);
    return registry.schools.flatMap((school, index): RuleProblem[] =>
      districts.includes(school.district)
        ? []
        : [
            {
              path: ['schools', index, 'district'],
              severity: 'error',
              code: 'unknown-district',
              params: { value: school.district, suggestion: suggest(school.district, districts), known: districts.join('|') },
            },
          ],
    );
  },
];

export const formRules: readonly Rule<MonitoringForm>[] = [
  (form) =>
    duplicates(
      form.indicators,
      (i) => i.id,
      (i) => ['indicators', i, 'id'],
    ),
  (form) =>
    duplicates(
      form.periods,
      (p) => p.id,
      (i) => ['periods', i, 'id'],
    ),
  (form) =>
    form.indicators.flatMap((indicator, index): RuleProblem[] => {
      const path = ['indicators', index];
      if (indicator.type === 'choice' && !indicator.choices) return [{ path: [...path, 'type'], severity: 'error', code: 'choice-needs-choices' }];
      if (indicator.type !== 'choice' && indicator.choices) return [{ path: [...path, 'choices'], severity: 'error', code: 'choices-not-choice' }];
      if (indicator.min !== undefined && indicator.max !== undefined && indicator.min > indicator.max) {
        return [{ path: [...path, 'max'], severity: 'error', code: 'min-above-max', params: { min: indicator.min, max: indicator.max } }];
      }
      return [];
    }),
  (form) =>
    form.indicators.flatMap((indicator, index): RuleProblem[] => {
      const path = ['indicators', index];
      const totals = totalsFor(indicator.type);
      if (indicator.total !== undefined && !totals.includes(indicator.total)) {
        return [
          {
            path: [...path, 'total'],
            severity: 'error',
            code: 'total-not-for-type',
            params: { type: indicator.type, value: indicator.total, totals: totals.join('|') },
          },
        ];
      }
      if (indicator.total === 'weighted mean' && indicator.by === undefined) return [{ path: [...path, 'total'], severity: 'error', code: 'total-needs-by' }];
      if (indicator.total !== 'weighted mean' && indicator.by !== undefined)
        return [{ path: [...path, 'by'], severity: 'error', code: 'total-by-without-weighted' }];
      const numeric = form.indicators.filter((other) => other !== indicator && numericTypes.includes(other.type)).map((other) => other.id);
      if (indicator.by !== undefined && !numeric.includes(indicator.by)) {
        return [
          { path: [...path, 'by'], severity: 'error', code: 'total-by-unknown', params: { value: indicator.by, suggestion: suggest(indicator.by, numeric) } },
        ];
      }
      return [];
    }),
  (form) => {
    const numeric = new Set(form.indicators.filter((i) => numericTypes.includes(i.type)).map((i) => i.id));
    return form.checks.flatMap((check, index): RuleProblem[] => {
      const path = ['checks', index, 'rule'];
      const parsed = parseCheck(check.rule);
      if (!parsed) return [{ path, severity: 'error', code: 'check-syntax', params: { value: check.rule } }];
      const names = [parsed.left, ...('indicator' in parsed.right ? [parsed.right.indicator] : [])];
      const unknown = names.find((name) => !numeric.has(name));
      return unknown
        ? [{ path, severity: 'error', code: 'check-unknown-indicator', params: { value: unknown, suggestion: suggest(unknown, [...numeric]) } }]
        : [];
    });
  },
];
