// A phrase's reading as data, the shape of `centre when --format json`:
// {phrase, kind, rrule?, start?, end?, dates, count?, per?, periods?, except?,
// ignored?, notes?, problems?}. Pure: messages are codes, translated by the command.
import { addYears, daysBetween } from '../days.js';
import { expand, toRRule } from '../expand.js';
import type { IsoDate, Schedule, Span } from '../model.js';
import type { WorkingCalendar } from '../working-days.js';
import { readTiming, type IgnoredWords, type PhraseProblem, type PhraseReading, type ReadingContext } from './reading.js';

export interface ReadingData {
  phrase: string;
  kind: Schedule['kind'];
  rrule?: string;
  start?: IsoDate;
  /** `null` for a range open at its end («С 14.03.2023»). */
  end?: IsoDate | null;
  /** Every concrete date: each day of a span, the first day of each occurrence of a recurrence, the due date of a deadline. */
  dates: IsoDate[];
  count?: number;
  per?: string;
  atLeast?: boolean;
  periods?: readonly Span[];
  except?: readonly IsoDate[];
  /** A deadline on a day off: the day's name (a holiday), or `weekend`. */
  dayOff?: string;
  ignored?: readonly IgnoredWords[];
  notes?: PhraseReading['notes'];
  problems?: readonly PhraseProblem[];
}

export function readingData(phrase: string, context: ReadingContext, calendar: WorkingCalendar): { reading: PhraseReading; data?: ReadingData } {
  const reading = readTiming(phrase, context);
  const { schedule } = reading;
  if (!schedule) return { reading };
  const data: ReadingData = { phrase, kind: schedule.kind, dates: [] };
  const rrule = toRRule(schedule);
  if (rrule) data.rrule = rrule;
  switch (schedule.kind) {
    case 'range':
      Object.assign(data, { start: schedule.start, end: schedule.open ? null : schedule.end });
      if (schedule.except?.length) data.except = schedule.except;
      data.dates = schedule.open ? [schedule.start] : daysBetween(schedule.start, schedule.end).filter((day) => !schedule.except?.includes(day));
      break;
    case 'period':
      Object.assign(data, { start: schedule.start, end: schedule.end });
      data.dates = daysBetween(schedule.start, schedule.end);
      break;
    case 'dates':
      data.dates = schedule.spans.flatMap((span) => daysBetween(span.start, span.end));
      break;
    case 'deadline':
      // A plan's deadline is the day written (only a monitoring form's moves off a day off); said when it is one.
      data.end = schedule.due;
      data.dates = [schedule.due];
      if (!calendar.isWorkingDay(schedule.due)) data.dayOff = calendar.holidayName(schedule.due) ?? 'weekend';
      break;
    case 'quota':
      Object.assign(data, { count: schedule.count, per: schedule.per, periods: schedule.periods, ...(schedule.atLeast ? { atLeast: true } : {}) });
      break;
    case 'recurring': {
      // A yearly rule bounded by nothing but the plan's year shows its first three years, so that it reads as a repetition.
      const bounded = schedule.rule.frequency === 'yearly' && schedule.end === context.period.end;
      const shown = bounded ? { ...schedule, end: addYears(schedule.end, 2) } : schedule;
      data.dates = expand(shown, { start: context.period.start, end: shown.end > context.period.end ? shown.end : context.period.end }, calendar).map(
        (occurrence) => occurrence.start,
      );
      Object.assign(data, { start: schedule.start, end: schedule.end });
      break;
    }
    case 'date':
      data.dates = [schedule.date];
      break;
    // 'unscheduled': no dates
  }
  if (reading.ignored.length) data.ignored = reading.ignored;
  if (reading.notes.length) data.notes = reading.notes;
  if (reading.problems.length) data.problems = reading.problems;
  return { reading, data };
}
