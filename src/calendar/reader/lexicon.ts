// What each word of a timing phrase means to the reader. The words of dates and
// units (months, weekdays, ordinals, numerals in words, school-year and calendar
// units, seasons) come from the one table of Russian words,
// `text/russian-words.ts`; the frequency words and the small words that link
// them are the reader's own and are listed here. Words are looked up lower-cased
// with ё written as е.
import {
  calendarUnitWords,
  everyUnitWords,
  holidayAdjectives,
  monthAbbreviations,
  monthCases,
  numeralWords,
  ordinalForms,
  ordinalWords,
  schoolAdjectives,
  schoolUnitWords,
  seasonWords,
  weekdayAbbreviations,
  weekdayWords,
} from '../../text/russian-words.js';
import type { Weekday } from '../model.js';

export type SchoolUnit = 'quarter-term' | 'half-year' | 'trimester' | 'holidays';
/** The holidays of a school year, by the season they fall in. */
export type Season = 'autumn' | 'winter' | 'spring' | 'summer';
export type CalendarUnit = 'day' | 'week' | 'decade' | 'half' | 'month' | 'quarter' | 'year';

export type Entry =
  | { readonly kind: 'month'; readonly month: number }
  | { readonly kind: 'weekday'; readonly weekday: Weekday; readonly plural: boolean }
  | { readonly kind: 'ordinal'; readonly value: number }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'roman'; readonly value: number }
  | { readonly kind: 'school-unit'; readonly unit: SchoolUnit }
  | { readonly kind: 'unit'; readonly unit: CalendarUnit }
  | { readonly kind: 'every-unit'; readonly unit: CalendarUnit | 'school-day' }
  | { readonly kind: 'word'; readonly word: LinkWord };

/** Words that carry meaning without being a date: each is consumed by a rule or a refiner. */
export type LinkWord =
  | 'from'
  | 'to'
  | 'until'
  | 'and'
  | 'in'
  | 'each'
  | 'times'
  | 'not'
  | 'later'
  | 'rarer'
  | 'more-often'
  | 'except'
  | 'inclusive'
  | 'begin'
  | 'finish'
  | 'year-word'
  | 'during'
  | 'whole'
  | 'period'
  | 'academic'
  | 'current'
  | 'constantly'
  | 'unscheduled'
  | 'relative'
  | 'days-off'
  | 'day-of-month'
  | 'following'
  | 'every-other'
  | 'time-unit'
  | 'moved'
  | 'after-end'
  | 'summer'
  | 'autumn'
  | 'winter'
  | 'spring'
  | 'school'
  | 'weekdays-word'
  | 'term'
  | 'once'
  | 'twice'
  | 'thrice'
  | 'middle'
  | 'filler';

/** Looked up as the tokens are: lower case, ё as е. */
const fold = (form: string) => form.replaceAll('ё', 'е');

/**
 * Every form of every word the reader knows. Made on the first look-up, not on loading: a command
 * that reads no phrase (`--help`, `validate` of unchanged files) never makes it.
 */
function makeLexicon(): Map<string, Entry> {
  const lexicon = new Map<string, Entry>();
  const add = (forms: readonly string[], entry: Entry) => forms.forEach((form) => lexicon.set(fold(form), entry));

  // Months in every case: «январь, января, январю, январём, январе»; short forms «янв.», «сент.».
  monthCases.forEach((cases, index) => add([...Object.values(cases), ...monthAbbreviations[index]!], { kind: 'month', month: index + 1 }));

  // Weekdays: singular forms («понедельник», «в среду») and plural ones («по понедельникам»). «среды», «пятницы» and
  // «воскресенья» are both a genitive singular and a plural: read as singular, so the singular comes second.
  weekdayWords.forEach(({ singular, plural }, index) => {
    const weekday = (index + 1) as Weekday;
    add(Object.values(plural), { kind: 'weekday', weekday, plural: true });
    add(Object.values(singular), { kind: 'weekday', weekday, plural: false });
  });
  weekdayAbbreviations.forEach((abbreviation, index) => add([abbreviation], { kind: 'weekday', weekday: (index + 1) as Weekday, plural: false }));

  // Ordinals in every gender and case: «первый, первая, первую, первого»; «последний, последнюю».
  ordinalWords.forEach((words) => add(ordinalForms(words), { kind: 'ordinal', value: words.value }));

  // Numerals written in words.
  numeralWords.forEach((forms, index) => add(forms, { kind: 'number', value: index + 1 }));
  add(['i'], { kind: 'roman', value: 1 });
  add(['ii'], { kind: 'roman', value: 2 });
  add(['iii'], { kind: 'roman', value: 3 });
  add(['iv'], { kind: 'roman', value: 4 });

  // School-year units and calendar units.
  for (const [unit, forms] of Object.entries(schoolUnitWords)) add(forms, { kind: 'school-unit', unit: unit as SchoolUnit });
  // «в каникулярное время», «в каникулярный период»: the holidays
  add(holidayAdjectives, { kind: 'school-unit', unit: 'holidays' });
  for (const [unit, forms] of Object.entries(calendarUnitWords)) add(forms, { kind: 'unit', unit: unit as CalendarUnit });
  for (const [unit, form] of Object.entries(everyUnitWords)) add([form], { kind: 'every-unit', unit: unit as CalendarUnit });

  const words: [readonly string[], LinkWord][] = [
    [['с', 'со', 'начиная'], 'from'],
    [['по'], 'to'],
    [['до', 'к', 'ко'], 'until'],
    [['и', 'а', 'также'], 'and'],
    [['в', 'во', 'на'], 'in'],
    [['каждый', 'каждая', 'каждую', 'каждое', 'каждого', 'каждой', 'каждом', 'каждые', 'каждых', 'всех'], 'each'],
    [['раз', 'раза'], 'times'],
    [['однажды'], 'once'],
    [['дважды'], 'twice'],
    [['трижды'], 'thrice'],
    [['не'], 'not'],
    [['позднее', 'позже'], 'later'],
    // «не реже», «не менее»: at least
    [['реже', 'менее', 'меньше'], 'rarer'],
    [['чаще'], 'more-often'],
    [['кроме', 'исключая', 'исключением'], 'except'],
    [['включительно'], 'inclusive'],
    [['начало', 'начале', 'начинается', 'начинаются', 'начала', 'старт', 'стартует'], 'begin'],
    [['конец', 'конце', 'завершается', 'завершаются', 'окончание', 'заканчивается', 'заканчиваются', 'конца', 'окончания', 'завершение'], 'finish'],
    // «в течении года», «в теч. года», «в теч-е года»: the commonest misspelling and abbreviations
    [['течение', 'течении', 'теч', 'теч-е', 'протяжении', 'продолжение'], 'during'],
    [['середина', 'середине', 'середины', 'середину'], 'middle'],
    [['весь', 'всего', 'всей', 'все', 'вся', 'целый'], 'whole'],
    [['период', 'периода', 'периоде', 'периодом'], 'period'],
    [['уч', 'учебного', 'учебный', 'учебном', 'учебному', 'учебных', 'учебные'], 'academic'],
    [['текущего', 'текущий', 'текущем', 'этого', 'сего'], 'current'],
    [['постоянно', 'круглогодично', 'систематически', 'регулярно'], 'constantly'],
    [
      [
        'необходимости',
        'согласованию',
        'запросу',
        'запросам',
        'графику',
        'графиком',
        'графика',
        'ситуации',
        'приказу',
        'приказом',
        'распоряжению',
        'распоряжением',
        'плану',
        'планом',
        'согласно',
        'соответствии',
        'мере',
        'случае',
        'требованию',
        'заявкам',
        'заявке',
        'договоренности',
        'отдельному',
        'отдельным',
      ],
      'unscheduled',
    ],
    [['накануне', 'после', 'перед', 'за', 'от', 'спустя', 'через', 'прошлого', 'предыдущего', 'отчетным', 'отчетного'], 'relative'],
    // «по итогам четверти», «по окончании I полугодия»: at the end of a named period (edges.ts); relative to anything else
    [['итогам', 'окончании', 'окончанию', 'завершении', 'завершению'], 'after-end'],
    [['выходные', 'выходной', 'выходных', 'выходным', 'выходными', 'праздничные', 'праздничных', 'нерабочие', 'нерабочих'], 'days-off'],
    [['числа', 'число'], 'day-of-month'],
    // «перенос с 3 января», «перенесен с субботы 2 ноября»: a day off moved to another day
    [['перенос', 'переноса', 'переносом', 'перенесен', 'перенесена', 'перенесено', 'переносится', 'переносятся'], 'moved'],
    [['следующего', 'следующим'], 'following'],
    // seasons name holidays: «в осенние каникулы», «летом»
    ...Object.entries(seasonWords).map(([season, forms]): [readonly string[], LinkWord] => [forms, season as Season]),
    [schoolAdjectives, 'school'],
    [['будням', 'будни', 'будние', 'будним', 'рабочим', 'рабочие', 'рабочих'], 'weekdays-word'],
    [['срок', 'сроки'], 'term'],
    [['ч', 'час', 'часа', 'часов', 'мин', 'минут'], 'time-unit'],
    [
      [
        'проведения',
        'проведение',
        'проводится',
        'проводятся',
        'проходит',
        'проходят',
        'как',
        'правило',
        'обычно',
        'ориентировочно',
        'примерно',
        'предварительно',
        'или',
        'чем',
        'дни',
        'время',
      ],
      'filler',
    ],
  ];
  words.forEach(([forms, word]) => add(forms, { kind: 'word', word }));
  // «через день» — every other day — is read before «через» counts as a relative word.
  lexicon.set('через', { kind: 'word', word: 'every-other' });
  return lexicon;
}

let lexicon: Map<string, Entry> | undefined;

export function lookUp(word: string): Entry | undefined {
  return (lexicon ??= makeLexicon()).get(word);
}
