// The Russian words of timing phrases, every inflected form spelled out once:
// months, weekdays, ordinals, numerals in words, school-year units, frequency
// words and the small words that link them. The reader, `schedule:` (weekday
// abbreviations) and the printed descriptions all take their words from here.
// Words are looked up lower-cased with ё written as е.
import { weekdayNames } from '../../schema/weekdays.js';
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

/** Abbreviations as `schedule:` writes them (пн … вс), Monday first: one list for both. */
export const weekdayAbbreviations = weekdayNames;

/** Nominative forms, for printing: «третий понедельник», «последняя среда». */
export const weekdayNominative = ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'] as const;
/** Grammatical gender of each weekday, for agreeing ordinals with it. */
export const weekdayFeminine = [false, false, true, false, true, true, false] as const;
/** Nominative forms, for printing a phrase to write: «сентябрь – май». */
export const monthNominative = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'] as const;
export const monthGenitive = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'] as const;

const lexicon = new Map<string, Entry>();
const add = (forms: readonly string[], entry: Entry) => forms.forEach((form) => lexicon.set(form, entry));
const withEndings = (stem: string, endings: readonly string[]) => endings.map((ending) => stem + ending);

// Months: «январь, января, январе, январю, январем»; «март, марта, марте»; «май, мая»; short forms «янв.», «сент.».
const softMonth = ['ь', 'я', 'е', 'ю', 'ем'];
const hardMonth = ['', 'а', 'е', 'у', 'ом'];
const monthForms: (readonly string[])[] = [
  [...withEndings('январ', softMonth), 'янв'],
  [...withEndings('феврал', softMonth), 'фев', 'февр'],
  [...withEndings('март', hardMonth), 'мар'],
  [...withEndings('апрел', softMonth), 'апр'],
  ['май', 'мая', 'мае', 'маю', 'маем'],
  [...withEndings('июн', softMonth)],
  [...withEndings('июл', softMonth)],
  [...withEndings('август', hardMonth), 'авг'],
  [...withEndings('сентябр', softMonth), 'сен', 'сент'],
  [...withEndings('октябр', softMonth), 'окт'],
  [...withEndings('ноябр', softMonth), 'ноя', 'нояб'],
  [...withEndings('декабр', softMonth), 'дек'],
];
monthForms.forEach((forms, index) => add(forms, { kind: 'month', month: index + 1 }));

// Weekdays: singular forms («понедельник», «в среду») and plural ones («по понедельникам»).
const masculineDay = { singular: ['', 'а', 'у', 'ом', 'е'], plural: ['и', 'ов', 'ам', 'ами', 'ах'] };
const feminineDay = { singular: ['а', 'ы', 'е', 'у', 'ой', 'и'], plural: ['', 'ам', 'ами', 'ах'] };
const weekdayStems: [string, typeof masculineDay][] = [
  ['понедельник', masculineDay],
  ['вторник', masculineDay],
  ['сред', feminineDay],
  ['четверг', masculineDay],
  ['пятниц', { singular: ['а', 'ы', 'е', 'у', 'ей'], plural: ['', 'ам', 'ами', 'ах'] }],
  ['суббот', feminineDay],
  ['воскресень', { singular: ['е', 'я', 'ю', 'ем'], plural: ['ям', 'ями', 'ях'] }],
];
weekdayStems.forEach(([stem, endings], index) => {
  const weekday = (index + 1) as Weekday;
  add(withEndings(stem, endings.plural), { kind: 'weekday', weekday, plural: true });
  add(withEndings(stem, endings.singular), { kind: 'weekday', weekday, plural: false });
});
// «среды» and «пятницы» are both a genitive singular and a plural; «воскресенья» likewise: read as singular.
weekdayAbbreviations.forEach((abbreviation, index) => add([abbreviation], { kind: 'weekday', weekday: (index + 1) as Weekday, plural: false }));

// Ordinals in every gender and case: «первый, первая, первую, первого»; «последний, последнюю».
const adjective = ['ый', 'ая', 'ую', 'ое', 'ого', 'ой', 'ом', 'ые', 'ых'];
add(withEndings('перв', adjective), { kind: 'ordinal', value: 1 });
add(withEndings('втор', ['ой', 'ая', 'ую', 'ое', 'ого', 'ом', 'ые', 'ых']), { kind: 'ordinal', value: 2 });
add(withEndings('трет', ['ий', 'ья', 'ью', 'ье', 'ьего', 'ьей', 'ьем', 'ьи', 'ьих']), { kind: 'ordinal', value: 3 });
add(withEndings('четверт', adjective), { kind: 'ordinal', value: 4 });
add(withEndings('пят', adjective), { kind: 'ordinal', value: 5 });
add(withEndings('последн', ['ий', 'яя', 'юю', 'ее', 'его', 'ей', 'ем', 'ие', 'их']), { kind: 'ordinal', value: -1 });

// Numerals written in words.
const numerals: [readonly string[], number][] = [
  [['один', 'одна', 'одно', 'одного', 'одной', 'одну'], 1],
  [['два', 'две', 'двух'], 2],
  [['три', 'трех'], 3],
  [['четыре', 'четырех'], 4],
  [['пять', 'пяти'], 5],
  [['шесть', 'шести'], 6],
  [['семь', 'семи'], 7],
  [['восемь', 'восьми'], 8],
  [['девять', 'девяти'], 9],
  [['десять', 'десяти'], 10],
];
numerals.forEach(([forms, value]) => add(forms, { kind: 'number', value }));
add(['i'], { kind: 'roman', value: 1 });
add(['ii'], { kind: 'roman', value: 2 });
add(['iii'], { kind: 'roman', value: 3 });
add(['iv'], { kind: 'roman', value: 4 });

// School-year units and calendar units.
add(['четверть', 'четверти', 'четвертей', 'четвертям', 'четвертях'], { kind: 'school-unit', unit: 'quarter-term' });
add(['полугодие', 'полугодия', 'полугодии', 'полугодий', 'полугодиям'], { kind: 'school-unit', unit: 'half-year' });
add(['триместр', 'триместра', 'триместре', 'триместров'], { kind: 'school-unit', unit: 'trimester' });
add(['каникулы', 'каникул', 'каникулах', 'каникулам'], { kind: 'school-unit', unit: 'holidays' });
// «в каникулярное время», «в каникулярный период»: the holidays
add(['каникулярное', 'каникулярный', 'каникулярного', 'каникулярном', 'каникулярные', 'каникулярных', 'каникулярным'], {
  kind: 'school-unit',
  unit: 'holidays',
});
add(['день', 'дня', 'дней', 'дни', 'днем', 'сутки', 'суток'], { kind: 'unit', unit: 'day' });
add(['неделя', 'недели', 'неделю', 'недель', 'неделе', 'неделям'], { kind: 'unit', unit: 'week' });
add(['декада', 'декады', 'декаду', 'декаде'], { kind: 'unit', unit: 'decade' });
add(['половина', 'половины', 'половину', 'половине'], { kind: 'unit', unit: 'half' });
add(['месяц', 'месяца', 'месяцев', 'месяце', 'месяцам'], { kind: 'unit', unit: 'month' });
add(['квартал', 'квартала', 'кварталов', 'квартале'], { kind: 'unit', unit: 'quarter' });
add(['год', 'года', 'году', 'лет', 'г', 'гг'], { kind: 'unit', unit: 'year' });
add(['ежедневно'], { kind: 'every-unit', unit: 'day' });
add(['еженедельно'], { kind: 'every-unit', unit: 'week' });
add(['ежемесячно'], { kind: 'every-unit', unit: 'month' });
add(['ежеквартально'], { kind: 'every-unit', unit: 'quarter' });
add(['ежегодно'], { kind: 'every-unit', unit: 'year' });

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
  [['весь', 'всего', 'всей', 'весь', 'все', 'вся', 'целый'], 'whole'],
  [['период', 'периода'], 'period'],
  [['уч', 'учебного', 'учебный', 'учебном', 'учебном', 'учебному', 'учебных', 'учебные'], 'academic'],
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
  [['накануне', 'после', 'перед', 'за', 'от', 'спустя', 'через', 'после', 'прошлого', 'предыдущего', 'следующего', 'отчетным', 'отчетного'], 'relative'],
  // «по итогам четверти», «по окончании I полугодия»: at the end of a named period (edges.ts); relative to anything else
  [['итогам', 'окончании', 'окончанию', 'завершении', 'завершению'], 'after-end'],
  [['выходные', 'выходной', 'выходных', 'выходным', 'выходными', 'праздничные', 'праздничных', 'нерабочие', 'нерабочих'], 'days-off'],
  [['числа', 'число'], 'day-of-month'],
  // «перенос с 3 января», «перенесен с субботы 2 ноября»: a day off moved to another day
  [['перенос', 'переноса', 'переносом', 'перенесен', 'перенесена', 'перенесено', 'переносится', 'переносятся'], 'moved'],
  [['следующего', 'следующим'], 'following'],
  [['летних', 'летние', 'лета', 'летом', 'летнего', 'летний', 'летним'], 'summer'],
  // seasons name holidays: «в осенние каникулы»
  [['осенних', 'осенние', 'осенним'], 'autumn'],
  [['зимних', 'зимние', 'зимним'], 'winter'],
  [['весенних', 'весенние', 'весенним'], 'spring'],
  [['школьных', 'школьные', 'школьным'], 'school'],
  [['будням', 'будни', 'рабочим', 'рабочие', 'рабочих'], 'weekdays-word'],
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
lexicon.set('следующего', { kind: 'word', word: 'following' });

export function lookUp(word: string): Entry | undefined {
  return lexicon.get(word);
}
