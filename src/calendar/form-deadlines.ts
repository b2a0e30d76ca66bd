// The report deadlines of a monitoring form (interim by 15 December, final by
// 15 May) as calendar entries: for each academic year the window touches, a
// plan-shaped source whose items are the form's periods with a deadline
// schedule, so the agenda and the iCalendar export list them like any plan's
// deadline, moved off a day off by Civil Code art. 193. Pure.
import type { Plan } from '../schema/plan.js';
import type { MonitoringForm } from '../schema/reports.js';
import { monthsIn } from '../text/russian-words.js';
import { academicYearOf, isoDate } from './days.js';
import type { IsoDate, Span } from './model.js';

/** The day a period is due in the academic year starting in `first`: September–December in that year, the rest in the next. */
export function periodDueDate(due: string, first: number): IsoDate {
  const [month, day] = due.split('-').map(Number) as [number, number];
  return isoDate(month >= 9 ? first : first + 1, month, day);
}

/** «12-15» → «15 декабря». */
function dueInWords(due: string): string {
  const [month, day] = due.split('-').map(Number) as [number, number];
  return `${day} ${monthsIn('genitive')[month - 1]}`;
}

export function formDeadlinePlans(form: MonitoringForm, window: Span): Plan[] {
  const plans: Plan[] = [];
  for (let first = academicYearOf(window.start).first; first <= academicYearOf(window.end).first; first++) {
    plans.push({
      kind: 'plan',
      title: form.title,
      academicYear: `${first}-${first + 1}`,
      orientation: 'portrait',
      approvals: [],
      sections: [
        {
          title: 'Сроки отчётов по мониторингу',
          items: form.periods.map((period) => ({
            activity: `${period.title}: отчёты школ по форме «${form.title.trim()}»`,
            timing: `до ${dueInWords(period.due)}`,
            responsible: ['Образовательные организации'],
            schedule: { deadline: periodDueDate(period.due, first) },
          })),
        },
      ],
    });
  }
  return plans;
}
