// A period as Russian prints it, genitive months and the house typography:
// «3–14 февраля 2025 г.», «27 января – 14 февраля 2025 г.», across years each
// date in full. Pure.
import { formatDateLong } from '../text/typography.js';
import { parseDateText, type CalendarDate } from '../schema/dates.js';

/** «3 февраля» (with a no-break space): the long date without its year. */
const dayAndMonth = (date: CalendarDate) => formatDateLong(date).replace(/ \d+\u00a0г\.$/, '');

/** A date or a period written as the workspace writes dates (2025-02-03 or 03.02.2025). */
export function formatDateRange(from: string, to?: string): string {
  const start = parseDateText(from)!;
  const end = to === undefined ? undefined : parseDateText(to)!;
  const same = (a: CalendarDate, b: CalendarDate) => a.year === b.year && a.month === b.month && a.day === b.day;
  if (!end || same(start, end)) return formatDateLong(start);
  if (start.year !== end.year) return `${formatDateLong(start)} – ${formatDateLong(end)}`;
  if (start.month === end.month) return `${start.day}–${formatDateLong(end)}`;
  return `${dayAndMonth(start)} – ${formatDateLong(end)}`;
}
