// Arithmetic on plain calendar dates: the one date module (schema/iso-date.ts)
// holds it; the calendar names it here as it always has.
export {
  academicYearOf,
  addDays,
  dateParts,
  dayNumber,
  daysBetween,
  daysInMonth as lastDayOfMonth,
  fromDayNumber,
  isoDate,
  maxDate,
  minDate,
  monthEnd,
  monthStart,
  monthsBetween,
  weekdayOf,
} from '../schema/iso-date.js';
