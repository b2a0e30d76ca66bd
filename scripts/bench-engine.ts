// Part of `npm run bench`: reads the timing of every item of 100 generated
// plans and expands all their schedules over ten years, in one process.
import { expand } from '../src/calendar/expand.js';
import { planEntries } from '../src/calendar/plan-entries.js';
import { russianCalendar } from '../src/calendar/working-days.js';
import { isoDate } from '../src/schema/iso-date.js';
import { planSchema, type Plan } from '../src/schema/plan.js';

const phrases = [
  'каждый 3-й понедельник месяца',
  'в последнюю среду месяца',
  'по понедельникам и средам',
  'еженедельно',
  'ежемесячно',
  '1 издание в квартал',
  'в течение всего периода',
  'октябрь - апрель',
  'до 15 декабря',
  'до 15 мая',
  'сентябрь 2023',
  'ноябрь 2023 г. апрель 2024 г.',
  '27.09.2023',
  'по необходимости',
  'каждую третью среду месяца, кроме июня - августа',
];

function generatedPlan(index: number): Plan {
  const first = 2020 + (index % 10);
  const items = Array.from({ length: 50 }, (_, i) => ({
    activity: `Мероприятие ${index}-${i}`,
    timing: phrases[(index + i) % phrases.length]!,
    responsible: ['Центр'],
    ...(i % 10 === 0 ? { events: [{ title: 'Собрание', date: `${first}-10-25` }] } : {}),
  }));
  return planSchema.parse({ kind: 'plan', title: `План ${index}`, academicYear: `${first}-${first + 1}`, sections: [{ title: 'Раздел', items }] });
}

const plans = Array.from({ length: 100 }, (_, i) => generatedPlan(i));
const window = { start: isoDate(2020, 9, 1), end: isoDate(2030, 8, 31) };
const calendar = russianCalendar();
const start = performance.now();
let occurrences = 0;
for (const plan of plans) {
  for (const entry of planEntries(plan, window)) if (entry.schedule) occurrences += expand(entry.schedule, window, calendar).length;
}
const elapsed = performance.now() - start;
console.log(JSON.stringify({ plans: plans.length, items: plans.length * 50, occurrences, ms: elapsed }));
