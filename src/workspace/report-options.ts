// The options both report commands take, checked one way: a period is one of
// the form's periods, a year is written 2024-2025. A wrong one is a usage
// error (exit 2) that lists what is valid.
import { parseAcademicYear } from '../schema/dates.js';
import { userError } from '../schema/diagnostic.js';
import type { MonitoringForm } from '../schema/reports.js';

/**
 * The period named by --period, which must be one of the form's: its id
 * («interim»), its title («Промежуточный контроль») or the title's first word
 * («промежуточный»), in any case.
 */
export function periodOption(form: MonitoringForm, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (form.periods.some((period) => period.id === value)) return value;
  const words = (text: string) => text.trim().toLowerCase().replaceAll('ё', 'е').split(/\s+/);
  const wanted = words(value).join(' ');
  const named = form.periods.filter((period) => words(period.title).join(' ') === wanted || words(period.title)[0] === wanted);
  if (named.length === 1) return named[0]!.id;
  throw userError('--period', 'unknown-period', { value, periods: form.periods.map((period) => period.id).join('|') }, 2);
}

/** The academic year named by --year, as 2024-2025 (an en or em dash is accepted). */
export function yearOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const parsed = parseAcademicYear(value);
  if (!parsed) throw userError('--year', 'bad-year-option', { value }, 2);
  return `${parsed.first}-${parsed.first + 1}`;
}
