// `centre when` and `centre calendar`: the timing of an item in words, the agenda, the statuses of items, and the
// phrases of the timing reader.
import { numericOrdinal, ordinalWords, weekdayWords } from '../text/russian-words.js';
import { q, plural, ordinalEn, type Message, type PluralForms } from './wording.js';

const timesEn: PluralForms = { one: 'time', other: 'times' };
const timesRu: PluralForms = { one: 'раз', few: 'раза', many: 'раз', other: 'раза' };
/** «-1», «1 and 3»: the weeks of a monthly rule, -1 for the last. */
const nthsOf = (value: unknown) =>
  String(value)
    .split(/\s*(?:and|,)\s*/)
    .map(Number);
/** «3-я пятница», «последнее воскресенье»: ordinals agree with the (first) weekday named. */
const ordinalsRu = (nths: number[], days: string) => {
  const first = days.split(/[ ,]/)[0]!;
  const gender = weekdayWords.find((words) => words.singular.nominative === first)?.gender ?? 'masculine';
  const last = ordinalWords.find((words) => words.value === -1)!;
  return nths.map((n) => (n === -1 ? last[gender] : numericOrdinal(n, gender))).join(' и ');
};

export const en = {
  'when-needs-phrase': 'Give a phrase in quotes, or --file with one phrase per line.',
  'when-unreadable-because': (p) => `centre cannot tell dates from ${q(p.value)}: ${p.reason}; reword it or use «schedule:» in the plan.`,
  'when-unreadable': (p) =>
    `centre cannot tell dates from ${q(p.value)}; try a wording such as «каждый 3-й понедельник месяца», «до 15 декабря», «октябрь - апрель», or use «schedule:» in the plan.`,
  'kind-date': 'a single date',
  'kind-dates': 'several dates or periods',
  'kind-range': 'a range',
  'kind-period': 'a period of the school year',
  'kind-deadline': 'a deadline',
  'kind-recurring': 'recurring',
  'kind-unscheduled': 'no dates (as needed)',
  'rule-weekly': (p) => `every week${p.days ? `, on ${p.days}` : ''}`,
  'rule-monthly': (p) =>
    p.days
      ? `every month, on the ${nthsOf(p.nth)
          .map((n) => (n === -1 ? 'last' : ordinalEn(n)))
          .join(' and ')} ${p.days}`
      : 'every month',
  'rule-quarterly': 'every quarter',
  'rule-daily': (p) => (p.interval === 2 ? 'every other day' : 'every day'),
  'rule-yearly': 'once a year, day not fixed',
  'rule-month-day': (p) => `every month, on day ${p.day}`,
  'rule-times': (p) => `${p.count} ${plural('en', p.count, timesEn)} per ${p.per}`,
  'rule-except': (p) => `except ${p.months}`,
  'when-dates': (p) => `dates (${p.count}):`,
  'when-span': (p) => `from ${p.start} to ${p.end} (${p.count} days)`,
  'when-open': (p) => `from ${p.start} on, no end given`,
  'when-deadline-day-off': (p) => `due ${p.date} as written, a day off (${p.name}); only a monitoring form's deadline moves to the next working day`,
  'when-no-dates': 'no dates: done as needed or by agreement',
  'when-per-period-note': (p) => `${p.count} ${plural('en', p.count, timesEn)} per ${p.per}, days not fixed: the dates are the first days of each ${p.per}`,
  'when-heading': (p) => `${q(p.phrase)} in the ${p.year} academic year`,
  'when-ignored': (p) => `not understood, left out: ${p.words}`,
  'kind-quota': 'a count per period',
  'rule-quota': (p) => `${p.atLeast ? 'at least ' : ''}${p.count} ${plural('en', p.count, timesEn)} per ${p.per}, days not fixed`,
  'quota-per': (p) =>
    (
      ({
        'quarter-term': 'school term',
        'half-year': 'half-year',
        trimester: 'trimester',
        year: 'school year',
        month: 'month',
        week: 'week',
        quarter: 'quarter',
      }) as Record<string, string>
    )[String(p.unit)] ?? String(p.unit),
  'phrase-weekday-year': (p) => `read as ${p.date}: the weekday written matches that year`,
  'phrase-calendar-week': "a week of a month is a calendar week, Monday to Sunday; the first is the one holding the month's first Thursday",
  'phrase-day-from-length': (p) => `the start has no day: ${p.date}, from the length written (${p.days} days)`,
  'phrase-month-part': (p) =>
    `the ${['start', 'middle', 'end'][Number(p.nth) - 1]} of a month read as its ${['first', 'second', 'last'][Number(p.nth) - 1]} decade (${['1–10', '11–20', '21 to the end'][Number(p.nth) - 1]})`,
  'phrase-unit-start': (p) => `read as the first day of that term: ${p.date}`,
  'phrase-unit-end': (p) => `read as the last day of that term: ${p.date}`,
  'phrase-each-unit-start': 'once at the start of each of them, on a day not said',
  'phrase-each-unit-end': 'once at the end of each of them, on a day not said',
  'phrase-year-start': (p) => `read as the first day of lessons: ${p.date}`,
  'phrase-year-end': (p) => `read as the last day of lessons: ${p.date}`,
  'phrase-parts-in-year': 'a start named beside the whole year: read as the whole year, which holds it',
  'phrase-moved-day': (p) => `a day moved: ${p.from} to ${p.to}; both days are read`,
  'phrase-open-summer': (p) => `from then on: it begins in the summer holidays, so it ends with them (${p.end})`,
  'phrase-days-off': 'it lists days off, not the days of an activity',
  'phrase-august-eve': (p) => `the last week of August read as the eve of the year, in ${p.year}`,
  'phrase-vague': (p) => `${q(p.value)} names some days of the month without saying which`,
  'phrase-vague-edge': (p) => `${q(p.value)} names the start, middle or end of a period without saying which days`,
  'phrase-relative': (p) => `${q(p.value)} makes the date relative to something the phrase does not date`,
  'phrase-unplaced': (p) => `${q(p.value)} says which days, but in a way centre does not read, and leaving it out would give other dates`,
  'phrase-either': (p) => `${q(p.value)} names two possibilities without saying which one`,
  'phrase-terms-by-months': (p) =>
    `terms of ${p.year} taken as months (I: Sep–Oct, II: Nov–Dec, III: Jan–Mar, IV: Apr–May): there was no federal calendar yet; describe the year in a school-year file`,
  'phrase-federal-school-year': (p) => `terms and holidays of ${p.year} from the federal calendar (ФОП) by default; describe your own in a school-year file`,
  'status-held': 'held',
  'status-moved': 'moved',
  'status-cancelled': 'cancelled',
  'status-not-held': 'not held',
  'status-no-entry': 'no entry in the record',
  'status-no-date': 'no entry for this date',
  'status-overdue': (p) => `Overdue with no entry in the record (${p.count}, as of ${p.today}):`,
  'status-overdue-item': (p) => `${p.number}. ${p.title} (due by ${p.date}) · ${p.source}`,
  'calendar-wrote': (p) => `wrote ${p.path} (${p.count} event(s))`,
  'calendar-school-year-note': (p) => `note: ${p.note}`,
  'calendar-example-left-out': (p) =>
    `${p.file}: an example (example: true), left out of the calendar and the .ics because the workspace has plans of its own; delete the file or its line «example: true».`,
  'calendar-empty': (p) => `Nothing is planned from ${p.from} to ${p.to}.`,
  'no-plans': 'No plan or cyclogram is here; pass the folder or file of a plan (kind: plan), or create one with «centre init».',
  'plans-end-before': (p) => `The plans end on ${p.end}, before the export starts (${p.from}); give an earlier --from, or nothing would be exported.`,
  'calendar-week': (p) => `Week of ${p.start} – ${p.end}`,
  'calendar-until': (p) => `until ${p.end}`,
  'calendar-deadline': 'deadline',
  'calendar-shifted': (p) => `moved from ${p.from}`,
  'calendar-moved': (p) => `moved; the plan said ${p.planned}`,
  'calendar-day-off': (p) => `day off: ${p.name}`,
  'calendar-summary': (p) => `${p.count} occurrence(s) from ${p.from} to ${p.to}.`,
  'bad-date-option': (p) => `${q(p.value)} is not a date; write it as 2023-09-18.`,
  'bad-year-option': (p) => `${q(p.value)} is not an academic year; write it as 2023-2024.`,
  'bad-weeks-option': (p) => `${q(p.value)} is not a number of weeks; write a whole number from 1 to 520.`,
  'to-and-weeks': 'Give either --to or --weeks, not both.',
  'window-order': (p) => `The window ends (${p.to}) before it starts (${p.from}).`,
} satisfies Record<string, Message>;

export const ru = {
  'when-needs-phrase': 'Укажите фразу в кавычках или --file с файлом, где по одной фразе в строке.',
  'when-unreadable-because': (p) => `Из ${q(p.value)} не понять даты: ${p.reason}; переформулируйте или укажите «schedule:» в плане.`,
  'when-unreadable': (p) =>
    `Из ${q(p.value)} не понять даты; попробуйте формулировку вроде «каждый 3-й понедельник месяца», «до 15 декабря», «октябрь - апрель» или укажите «schedule:» в плане.`,
  'kind-date': 'одна дата',
  'kind-dates': 'несколько дат или периодов',
  'kind-range': 'период',
  'kind-period': 'период учебного года',
  'kind-deadline': 'крайний срок',
  'kind-recurring': 'повторяется',
  'kind-unscheduled': 'без дат (по необходимости)',
  'rule-weekly': (p) => `еженедельно${p.days ? `, ${p.days}` : ''}`,
  'rule-monthly': (p) => (p.days ? `ежемесячно, ${ordinalsRu(nthsOf(p.nth), String(p.days))} ${p.days} месяца` : 'ежемесячно'),
  'rule-quarterly': 'ежеквартально',
  'rule-daily': (p) => (p.interval === 2 ? 'через день' : 'ежедневно'),
  'rule-yearly': 'ежегодно, день не указан',
  'rule-month-day': (p) => `ежемесячно, ${p.day} числа`,
  'rule-times': (p) => `${p.count} ${plural('ru', p.count, timesRu)} в ${p.per}`,
  'rule-except': (p) => `кроме: ${p.months}`,
  'when-dates': (p) => `даты (${p.count}):`,
  'when-span': (p) => `с ${p.start} по ${p.end} (дней: ${p.count})`,
  'when-open': (p) => `начиная с ${p.start}, без даты окончания`,
  'when-deadline-day-off': (p) =>
    `срок ${p.date}, как написано, — выходной день (${p.name}); на следующий рабочий день переносятся только сроки форм мониторинга`,
  'when-no-dates': 'без дат: по необходимости или по согласованию',
  'when-per-period-note': (p) => `${p.count} ${plural('ru', p.count, timesRu)} в ${p.per}, дни не указаны: в датах — первые дни каждого периода`,
  'when-heading': (p) => `${q(p.phrase)} в ${p.year} учебном году`,
  'when-ignored': (p) => `непонятно и пропущено: ${p.words}`,
  'kind-quota': 'сколько раз за период',
  'rule-quota': (p) => `${p.atLeast ? 'не реже ' : ''}${p.count} ${plural('ru', p.count, timesRu)} за ${p.per}, дни не указаны`,
  'quota-per': (p) =>
    (
      ({
        'quarter-term': 'четверть',
        'half-year': 'полугодие',
        trimester: 'триместр',
        year: 'учебный год',
        month: 'месяц',
        week: 'неделю',
        quarter: 'квартал',
      }) as Record<string, string>
    )[String(p.unit)] ?? String(p.unit),
  'phrase-weekday-year': (p) => `прочитано как ${p.date}: указанный день недели совпадает в этом году`,
  'phrase-calendar-week': 'неделя месяца — календарная, с понедельника по воскресенье; первая — та, на которую приходится первый четверг месяца',
  'phrase-day-from-length': (p) => `у начала не указан день: ${p.date}, по указанной длительности (${p.days} дн.)`,
  'phrase-month-part': (p) =>
    `${['начало', 'середина', 'конец'][Number(p.nth) - 1]} месяца прочитано как его ${['первая', 'вторая', 'последняя'][Number(p.nth) - 1]} декада (${['1–10', '11–20', 'с 21 по последнее число'][Number(p.nth) - 1]})`,
  'phrase-unit-start': (p) => `прочитано как первый день этого периода: ${p.date}`,
  'phrase-unit-end': (p) => `прочитано как последний день этого периода: ${p.date}`,
  'phrase-each-unit-start': 'один раз в начале каждого из них, день не указан',
  'phrase-each-unit-end': 'один раз в конце каждого из них, день не указан',
  'phrase-year-start': (p) => `прочитано как первый учебный день: ${p.date}`,
  'phrase-year-end': (p) => `прочитано как последний день занятий: ${p.date}`,
  'phrase-parts-in-year': 'начало указано вместе со всем годом: прочитано как весь год, который его включает',
  'phrase-moved-day': (p) => `перенос дня: ${p.from} на ${p.to}; прочитаны оба дня`,
  'phrase-open-summer': (p) => `начиная с этого дня: начало приходится на летние каникулы, поэтому период заканчивается вместе с ними (${p.end})`,
  'phrase-days-off': 'здесь перечислены выходные, а не дни мероприятия',
  'phrase-august-eve': (p) => `последняя неделя августа прочитана как канун учебного года, ${p.year} г.`,
  'phrase-vague': (p) => `${q(p.value)} — какие-то дни месяца, без указания каких`,
  'phrase-vague-edge': (p) => `${q(p.value)} — начало, середина или конец периода, без указания дней`,
  'phrase-relative': (p) => `${q(p.value)} отсчитывает срок от события, дата которого не указана`,
  'phrase-unplaced': (p) => `${q(p.value)} уточняет дни так, как centre не читает, а без этого получились бы другие даты`,
  'phrase-either': (p) => `${q(p.value)} — одно из двух, и не сказано, какое`,
  'phrase-terms-by-months': (p) =>
    `четверти ${p.year} учебного года взяты по месяцам (I: сентябрь–октябрь, II: ноябрь–декабрь, III: январь–март, IV: апрель–май): федерального календаря тогда не было; опишите год в файле school-year`,
  'phrase-federal-school-year': (p) =>
    `четверти и каникулы ${p.year} учебного года — по федеральному календарному графику (ФОП), по умолчанию; свои даты задайте в файле school-year`,
  'status-held': 'проведено',
  'status-moved': 'перенесено',
  'status-cancelled': 'отменено',
  'status-not-held': 'не проведено',
  'status-no-entry': 'нет отметки в отчёте',
  'status-no-date': 'нет отметки на эту дату',
  'status-overdue': (p) => `Просрочено, отметки в отчёте нет (${p.count}, на ${p.today}):`,
  'status-overdue-item': (p) => `${p.number}. ${p.title} (срок — до ${p.date}) · ${p.source}`,
  'calendar-wrote': (p) => `записан ${p.path} (событий: ${p.count})`,
  'calendar-school-year-note': (p) => `примечание: ${p.note}`,
  'calendar-example-left-out': (p) =>
    `${p.file}: это пример (example: true), в календарь и .ics он не вошёл, потому что в рабочей папке есть свои планы; удалите файл или строку «example: true».`,
  'calendar-empty': (p) => `С ${p.from} по ${p.to} ничего не запланировано.`,
  'no-plans': 'Здесь нет ни плана, ни циклограммы; укажите папку или файл плана (kind: plan) либо создайте план командой «centre init».',
  'plans-end-before': (p) => `Планы заканчиваются ${p.end}, раньше начала выгрузки (${p.from}); укажите более раннюю дату --from, иначе выгружать нечего.`,
  'calendar-week': (p) => `Неделя ${p.start} – ${p.end}`,
  'calendar-until': (p) => `до ${p.end}`,
  'calendar-deadline': 'срок',
  'calendar-shifted': (p) => `перенесён с ${p.from}`,
  'calendar-moved': (p) => `перенесено; по плану — ${p.planned}`,
  'calendar-day-off': (p) => `выходной: ${p.name}`,
  'calendar-summary': (p) => `Событий: ${p.count}, с ${p.from} по ${p.to}.`,
  'bad-date-option': (p) => `${q(p.value)} — не дата; запишите её как 2023-09-18.`,
  'bad-year-option': (p) => `${q(p.value)} — не учебный год; запишите его как 2023-2024.`,
  'bad-weeks-option': (p) => `${q(p.value)} — не число недель; укажите целое число от 1 до 520.`,
  'to-and-weeks': 'Укажите либо --to, либо --weeks, но не оба.',
  'window-order': (p) => `Период заканчивается (${p.to}) раньше, чем начинается (${p.from}).`,
} satisfies Record<keyof typeof en, Message>;
