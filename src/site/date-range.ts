// A period as Russian prints it, genitive months and the house typography:
// «3–14 февраля 2025 г.», «27 января – 14 февраля 2025 г.», across years each
// date in full. Pure.
import { formatDateLong } from '../text/typography.js';
import { dateParts, parseIsoDate, type CalendarDate } from '../schema/iso-date.js';

/** «3 февраля» (with a no-break space): the long date without its year. */
const dayAndMonth = (date: CalendarDate) => formatDateLong(date).replace(/ \d+\u00a0г\.$/, '');

/** A date or a period written as the workspace writes dates (2025-02-03 or 03.02.2025). */
export function formatDateRange(from: string, to?: string): string {
  const first = parseIsoDate(from);
  const last = to === undefined ? undefined : parseIsoDate(to);
  // a file's dates have passed its schema: what cannot be read is printed as written
  if (first === undefined) return from;
  const start = dateParts(first);
  const end = last && dateParts(last);
  if (!end || first === last) return formatDateLong(start);
  if (start.year !== end.year) return `${formatDateLong(start)} – ${formatDateLong(end)}`;
  if (start.month === end.month) return `${start.day}–${formatDateLong(end)}`;
  return `${dayAndMonth(start)} – ${formatDateLong(end)}`;
}
