// The Russian words of dates and school terms, every form spelled out once and
// written as Russian writes it (with ё): months in their six cases, weekdays in
// the singular and the plural, ordinals, numerals, calendar and school-year
// units, the seasons of the holidays. The timing reader (`calendar/reader/
// lexicon.ts`), typography, plan import and the messages all take their words
// from here. Plain data, no domain types: the bottom layer of ARCHITECTURE.md.

export type GrammaticalCase = 'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional';
/** The case order of the rows below, as Russian grammars list them. */
export const grammaticalCases: readonly GrammaticalCase[] = ['nominative', 'genitive', 'dative', 'accusative', 'instrumental', 'prepositional'];

/** One word in the six cases. */
export type CaseForms = Readonly<Record<GrammaticalCase, string>>;

type Row = readonly [string, string, string, string, string, string];
const declined = ([nominative, genitive, dative, accusative, instrumental, prepositional]: Row): CaseForms => ({
  nominative,
  genitive,
  dative,
  accusative,
  instrumental,
  prepositional,
});

// «январь, января, январю, январь, январём, январе»
const monthRows: readonly Row[] = [
  ['январь', 'января', 'январю', 'январь', 'январём', 'январе'],
  ['февраль', 'февраля', 'февралю', 'февраль', 'февралём', 'феврале'],
  ['март', 'марта', 'марту', 'март', 'мартом', 'марте'],
  ['апрель', 'апреля', 'апрелю', 'апрель', 'апрелем', 'апреле'],
  ['май', 'мая', 'маю', 'май', 'маем', 'мае'],
  ['июнь', 'июня', 'июню', 'июнь', 'июнем', 'июне'],
  ['июль', 'июля', 'июлю', 'июль', 'июлем', 'июле'],
  ['август', 'августа', 'августу', 'август', 'августом', 'августе'],
  ['сентябрь', 'сентября', 'сентябрю', 'сентябрь', 'сентябрём', 'сентябре'],
  ['октябрь', 'октября', 'октябрю', 'октябрь', 'октябрём', 'октябре'],
  ['ноябрь', 'ноября', 'ноябрю', 'ноябрь', 'ноябрём', 'ноябре'],
  ['декабрь', 'декабря', 'декабрю', 'декабрь', 'декабрём', 'декабре'],
];

/** The twelve months (January first), each in its six cases. */
export const monthCases: readonly CaseForms[] = monthRows.map(declined);

/** The abbreviations of each month as plans write them, without the full stop: «янв.», «сент.», «нояб.». */
export const monthAbbreviations: readonly (readonly string[])[] = [
  ['янв'],
  ['фев', 'февр'],
  ['мар'],
  ['апр'],
  [],
  [],
  [],
  ['авг'],
  ['сен', 'сент'],
  ['окт'],
  ['ноя', 'нояб'],
  ['дек'],
];

/** The twelve month names in one case, January first: `monthsIn('genitive')` for «15 декабря». */
export function monthsIn(grammaticalCase: GrammaticalCase): readonly string[] {
  return monthCases.map((forms) => forms[grammaticalCase]);
}

/** Abbreviations as `schedule:` writes weekdays (пн … вс), Monday first. */
export const weekdayAbbreviations = ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс'] as const;

export type Gender = 'masculine' | 'feminine' | 'neuter';

export interface WeekdayWords {
  readonly singular: CaseForms;
  /** «по понедельникам», «по средам». */
  readonly plural: CaseForms;
  /** Grammatical gender, for agreeing an ordinal with the day: «последняя среда», «последнее воскресенье». */
  readonly gender: Gender;
}

const weekday = (gender: WeekdayWords['gender'], singular: Row, plural: Row): WeekdayWords => ({
  singular: declined(singular),
  plural: declined(plural),
  gender,
});

/** The seven weekdays, Monday first. */
export const weekdayWords: readonly WeekdayWords[] = [
  weekday(
    'masculine',
    ['понедельник', 'понедельника', 'понедельнику', 'понедельник', 'понедельником', 'понедельнике'],
    ['понедельники', 'понедельников', 'понедельникам', 'понедельники', 'понедельниками', 'понедельниках'],
  ),
  weekday(
    'masculine',
    ['вторник', 'вторника', 'вторнику', 'вторник', 'вторником', 'вторнике'],
    ['вторники', 'вторников', 'вторникам', 'вторники', 'вторниками', 'вторниках'],
  ),
  weekday('feminine', ['среда', 'среды', 'среде', 'среду', 'средой', 'среде'], ['среды', 'сред', 'средам', 'среды', 'средами', 'средах']),
  weekday(
    'masculine',
    ['четверг', 'четверга', 'четвергу', 'четверг', 'четвергом', 'четверге'],
    ['четверги', 'четвергов', 'четвергам', 'четверги', 'четвергами', 'четвергах'],
  ),
  weekday(
    'feminine',
    ['пятница', 'пятницы', 'пятнице', 'пятницу', 'пятницей', 'пятнице'],
    ['пятницы', 'пятниц', 'пятницам', 'пятницы', 'пятницами', 'пятницах'],
  ),
  weekday(
    'feminine',
    ['суббота', 'субботы', 'субботе', 'субботу', 'субботой', 'субботе'],
    ['субботы', 'суббот', 'субботам', 'субботы', 'субботами', 'субботах'],
  ),
  weekday(
    'neuter',
    ['воскресенье', 'воскресенья', 'воскресенью', 'воскресенье', 'воскресеньем', 'воскресенье'],
    ['воскресенья', 'воскресений', 'воскресеньям', 'воскресенья', 'воскресеньями', 'воскресеньях'],
  ),
];

/** The seven weekdays (Monday first) in one case and number: `weekdaysIn('dative', 'plural')` for «по понедельникам». */
export function weekdaysIn(grammaticalCase: GrammaticalCase, number: 'singular' | 'plural' = 'singular'): readonly string[] {
  return weekdayWords.map((words) => words[number][grammaticalCase]);
}

/**
 * The forms of an ordinal a timing phrase uses: «первый понедельник», «в первую
 * неделю», «первого числа», «в первой четверти», «в первом полугодии», «первые
 * дни», «первых чисел».
 */
export interface OrdinalWords {
  /** 1 … 5, and -1 for «последний». */
  readonly value: number;
  /** Nominative: «первый», «первая», «первое»; «первые». */
  readonly masculine: string;
  readonly feminine: string;
  readonly neuter: string;
  readonly plural: string;
  /** «первую»; «первого»; «первой» (feminine genitive, dative, instrumental, prepositional); «первом»; «первых». */
  readonly feminineAccusative: string;
  readonly masculineGenitive: string;
  readonly feminineOblique: string;
  readonly masculinePrepositional: string;
  readonly pluralGenitive: string;
}

type OrdinalRow = readonly [string, string, string, string, string, string, string, string, string];
// masculine, feminine, neuter, plural, feminine accusative, masculine genitive, feminine oblique, masculine prepositional, plural genitive
const ordinal = (value: number, row: OrdinalRow): OrdinalWords => {
  const [masculine, feminine, neuter, plural, feminineAccusative, masculineGenitive, feminineOblique, masculinePrepositional, pluralGenitive] = row;
  return { value, masculine, feminine, neuter, plural, feminineAccusative, masculineGenitive, feminineOblique, masculinePrepositional, pluralGenitive };
};

/** First to fifth, and the last: «последний понедельник», «последняя неделя». */
export const ordinalWords: readonly OrdinalWords[] = [
  ordinal(1, ['первый', 'первая', 'первое', 'первые', 'первую', 'первого', 'первой', 'первом', 'первых']),
  ordinal(2, ['второй', 'вторая', 'второе', 'вторые', 'вторую', 'второго', 'второй', 'втором', 'вторых']),
  ordinal(3, ['третий', 'третья', 'третье', 'третьи', 'третью', 'третьего', 'третьей', 'третьем', 'третьих']),
  ordinal(4, ['четвёртый', 'четвёртая', 'четвёртое', 'четвёртые', 'четвёртую', 'четвёртого', 'четвёртой', 'четвёртом', 'четвёртых']),
  ordinal(5, ['пятый', 'пятая', 'пятое', 'пятые', 'пятую', 'пятого', 'пятой', 'пятом', 'пятых']),
  ordinal(-1, ['последний', 'последняя', 'последнее', 'последние', 'последнюю', 'последнего', 'последней', 'последнем', 'последних']),
];

/** Every form of an ordinal, in the order of the interface. */
export const ordinalForms = (words: OrdinalWords): readonly string[] => [
  words.masculine,
  words.feminine,
  words.neuter,
  words.plural,
  words.feminineAccusative,
  words.masculineGenitive,
  words.feminineOblique,
  words.masculinePrepositional,
  words.pluralGenitive,
];

/** An ordinal in digits agreeing with a noun of the gender: «3-й понедельник», «3-я среда», «3-е воскресенье». */
export function numericOrdinal(value: number, gender: Gender): string {
  return `${value}-${{ masculine: 'й', feminine: 'я', neuter: 'е' }[gender]}`;
}

/**
 * An ordinal written in digits: «3-й понедельник», «1-го числа», «в 3-ю неделю», «5-ти дней»: the
 * endings after the number that a timing phrase uses, in the order the tokenizer tries them.
 */
export const numericOrdinalEndings: readonly string[] = 'тий тья тью ий ый ой ая ую ое ого ему ей ья ью го ти х й я ю е м'.split(' ');

/** Numerals written in words, one to ten, in the forms plans use: «один раз», «две недели», «в течение трёх дней». */
export const numeralWords: readonly (readonly string[])[] = [
  ['один', 'одна', 'одно', 'одного', 'одной', 'одну'],
  ['два', 'две', 'двух'],
  ['три', 'трёх'],
  ['четыре', 'четырёх'],
  ['пять', 'пяти'],
  ['шесть', 'шести'],
  ['семь', 'семи'],
  ['восемь', 'восьми'],
  ['девять', 'девяти'],
  ['десять', 'десяти'],
];

/** Units of the school year and their forms: «в I четверти», «во втором полугодии», «2 триместра», «в каникулы». */
export const schoolUnitWords = {
  'quarter-term': ['четверть', 'четверти', 'четвертей', 'четвертям', 'четвертях'],
  'half-year': ['полугодие', 'полугодия', 'полугодии', 'полугодий', 'полугодиям'],
  trimester: ['триместр', 'триместра', 'триместре', 'триместров'],
  holidays: ['каникулы', 'каникул', 'каникулах', 'каникулам'],
} as const satisfies Record<string, readonly string[]>;

/** «в каникулярное время», «в каникулярный период»: the holidays, by their adjective. */
export const holidayAdjectives = ['каникулярное', 'каникулярный', 'каникулярного', 'каникулярном', 'каникулярные', 'каникулярных', 'каникулярным'] as const;

/** The seasons the holidays fall in, as adjectives: «в осенние каникулы», «летом», «летнего оздоровительного периода». */
export const seasonWords = {
  summer: ['летних', 'летние', 'лета', 'летом', 'летнего', 'летний', 'летним'],
  autumn: ['осенних', 'осенние', 'осенним'],
  winter: ['зимних', 'зимние', 'зимним'],
  spring: ['весенних', 'весенние', 'весенним'],
} as const satisfies Record<string, readonly string[]>;

/** «школьных каникул». */
export const schoolAdjectives = ['школьных', 'школьные', 'школьным'] as const;

/** Calendar units and their forms: «3 дня», «на 2 недели», «первая декада», «раз в квартал», «2023 г.», «2023–2024 гг.». */
export const calendarUnitWords = {
  day: ['день', 'дня', 'дней', 'дни', 'дням', 'днём', 'сутки', 'суток'],
  week: ['неделя', 'недели', 'неделю', 'недель', 'неделе', 'неделям'],
  decade: ['декада', 'декады', 'декаду', 'декаде'],
  half: ['половина', 'половины', 'половину', 'половине'],
  month: ['месяц', 'месяца', 'месяцев', 'месяце', 'месяцам'],
  quarter: ['квартал', 'квартала', 'кварталов', 'квартале'],
  year: ['год', 'года', 'году', 'лет', 'г', 'гг'],
} as const satisfies Record<string, readonly string[]>;

/** The genitive plural of the calendar units: after a number it counts them («в течение 2 недель»), never names one. */
const countedUnitForms: readonly string[] = ['дней', 'недель', 'месяцев', 'кварталов', 'лет'];

/**
 * What a number says before a form of a calendar unit, by the agreement of the two. The genitive plural only counts
 * («5 дней», «в течение 2 недель»); the nominative singular after a number other than 1, 21, 31… (Russian's «one»
 * category) names the nth («3 неделя», «2 день»); any other form may be either («2 недели», «1 неделя»).
 */
export function numberBeforeUnit(count: number, form: string): 'count' | 'nth' | 'either' {
  const word = form.toLowerCase();
  if (countedUnitForms.includes(word)) return 'count';
  const singular = Object.values(calendarUnitWords).some((forms) => forms[0] === word);
  return singular && (russianPlural ??= new Intl.PluralRules('ru')).select(count) !== 'one' ? 'nth' : 'either';
}

// made at the first number read, not when the word table loads
let russianPlural: Intl.PluralRules | undefined;

/** A unit after the «в» of a count per period, in the accusative: «1 раз в неделю», «2 раза в четверть». */
export const unitAccusative = {
  day: 'день',
  week: 'неделю',
  month: 'месяц',
  quarter: 'квартал',
  year: 'год',
  'quarter-term': 'четверть',
  'half-year': 'полугодие',
  trimester: 'триместр',
} as const;

/** «ежедневно» … «ежегодно»: every unit. */
export const everyUnitWords = {
  day: 'ежедневно',
  week: 'еженедельно',
  month: 'ежемесячно',
  quarter: 'ежеквартально',
  year: 'ежегодно',
} as const;
