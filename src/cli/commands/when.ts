import { academicYearOf, daysBetween } from '../../calendar/days.js';
import { expand, toRRule } from '../../calendar/expand.js';
import type { Schedule, Span } from '../../calendar/model.js';
import { readPhrase } from '../../calendar/phrases.js';
import { russianCalendar } from '../../calendar/working-days.js';
import { parseAcademicYear } from '../../schema/dates.js';
import { userError } from '../../schema/diagnostic.js';
import { calendarWords } from '../../i18n/messages.js';
import type { CliContext } from '../context.js';
import { dateWithWeekday, shortDate } from '../output/dates.js';
import { today } from './today.js';

export interface WhenOptions {
  readonly year?: string;
  readonly format: 'text' | 'json';
}

interface Reading {
  phrase: string;
  kind: Schedule['kind'];
  rrule?: string;
  start?: string;
  end?: string;
  dates: string[];
  note?: string;
}

export function whenCommand(ctx: CliContext, phrase: string, options: WhenOptions): number {
  const period = academicYearPeriod(ctx, options.year);
  const schedule = readPhrase(phrase, { period });
  if (!schedule) {
    throw userError('centre when', 'when-unreadable', { value: phrase });
  }
  const reading = readingOf(ctx, phrase, schedule, period);
  if (options.format === 'json') ctx.stdout.write(`${JSON.stringify(reading, null, 2)}\n`);
  else ctx.stdout.write(renderReading(ctx, reading, schedule, period));
  return 0;
}

function academicYearPeriod(ctx: CliContext, year: string | undefined): Span {
  if (year === undefined) {
    const { start, end } = academicYearOf(today(ctx));
    return { start, end };
  }
  const parsed = parseAcademicYear(year);
  if (!parsed) throw userError('--year', 'bad-year-option', { value: year }, 2);
  return { start: `${parsed.first}-09-01`, end: `${parsed.first + 1}-08-31` };
}

function readingOf(ctx: CliContext, phrase: string, schedule: Schedule, period: Span): Reading {
  const calendar = russianCalendar();
  const occurrences = expand(schedule, period, calendar);
  const reading: Reading = { phrase, kind: schedule.kind, dates: [] };
  const rrule = toRRule(schedule);
  if (rrule) reading.rrule = rrule;
  if (schedule.kind === 'range' || schedule.kind === 'period') Object.assign(reading, { start: schedule.start, end: schedule.end });
  // «every concrete date»: each day of a span, the first day of each period of a recurrence, the due date of a deadline
  reading.dates =
    schedule.kind === 'range' || schedule.kind === 'period' || schedule.kind === 'dates'
      ? (schedule.kind === 'dates' ? schedule.spans : [schedule]).flatMap((span) => daysBetween(span.start, span.end))
      : occurrences.map((occurrence) => occurrence.start);
  const shifted = occurrences.find((occurrence) => occurrence.shiftedFrom);
  if (shifted) reading.note = ctx.t('when-shifted', { date: shortDate(shifted.start), from: shortDate(shifted.shiftedFrom!) });
  if (schedule.kind === 'unscheduled') reading.note = ctx.t('when-no-dates');
  if (schedule.kind === 'recurring' && schedule.rule.weekdays === undefined) {
    const per = calendarWords(ctx.locale).per(schedule.rule.frequency);
    reading.note = ctx.t('when-per-period-note', { count: schedule.rule.timesPerPeriod ?? 1, per });
  }
  return reading;
}

export function describeRule(ctx: CliContext, schedule: Schedule): string {
  if (schedule.kind !== 'recurring') return ctx.t(`kind-${schedule.kind}`);
  const words = calendarWords(ctx.locale);
  const { rule } = schedule;
  const days = rule.weekdays?.map((day) => words.weekdayLong(day)).join(', ');
  let text =
    rule.frequency === 'weekly' ? ctx.t('rule-weekly', { days }) : rule.frequency === 'monthly' ? ctx.t('rule-monthly', { days: rule.nth !== undefined ? days : undefined, nth: rule.nth }) : ctx.t('rule-quarterly');
  if (rule.timesPerPeriod) text += `, ${ctx.t('rule-times', { count: rule.timesPerPeriod, per: words.per(rule.frequency) })}`;
  if (rule.exceptMonths?.length) text += `, ${ctx.t('rule-except', { months: rule.exceptMonths.map(words.month).join(', ') })}`;
  return `${ctx.t('kind-recurring')}: ${text}`;
}

function renderReading(ctx: CliContext, reading: Reading, schedule: Schedule, period: Span): string {
  const year = `${period.start.slice(0, 4)}–${period.end.slice(0, 4)}`;
  const lines = [ctx.t('when-heading', { phrase: reading.phrase, year }), `  ${reading.kind}: ${describeRule(ctx, schedule)}`];
  if (reading.rrule) lines.push(`  RRULE: ${reading.rrule}`);
  if (reading.start && reading.end) lines.push(`  ${ctx.t('when-span', { start: shortDate(reading.start), end: shortDate(reading.end), count: reading.dates.length })}`);
  else if (reading.dates.length > 0) {
    lines.push(`  ${ctx.t('when-dates', { count: reading.dates.length })}`);
    for (const date of reading.dates) lines.push(`    ${dateWithWeekday(date, ctx.locale)}`);
  }
  if (reading.note) lines.push(`  ${reading.note}`);
  return `${lines.join('\n')}\n`;
}
