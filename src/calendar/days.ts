// Arithmetic on plain calendar dates: the one date module (schema/iso-date.ts)
// holds it; the calendar names it here as it always has.
export {
  academicYearOf,
  academicYearSpan,
  addDays,
  addYears,
  dateParts,
  dayNumber,
  daysBetween,
  earliestDate,
  daysInMonth as lastDayOfMonth,
  fromDayNumber,
  isoDate,
  latestDate,
  maxDate,
  minDate,
  monthEnd,
  monthStart,
  monthsBetween,
  weekdayOf,
} from '../schema/iso-date.js';
