// The words the messages of every domain share: quotes, grouped digits, plural forms, ordinals and lists.
export type MessageParams = Readonly<Record<string, string | number | undefined>>;
/** A message's text, or how to write it from its parameters; \`say\` translates a message it holds by code (a reason such as «phrase-vague»), in the same language. */
export type Message = string | ((p: MessageParams, say: (code: unknown, params: MessageParams) => string) => string);

export const q = (value: unknown) => `«${String(value)}»`;

/** 1001744 → «1,001,744» (English) or «1 001 744» (Russian, with no-break spaces). */
export const NBSP = '\u00A0';
export const grouped = (value: unknown, separator: string) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, separator);

/** Russian groups the digits of numbers of five digits and more: «1000», «10 000». */
export const numberRu = (value: unknown) => (String(value).length > 4 ? grouped(value, NBSP) : String(value));
/** The Russian noun form for a count: 1 столбец, 2 столбца, 5 столбцов. */
export const pluralRu = (count: unknown, one: string, few: string, many: string) => {
  const n = Number(count) % 100;
  return n % 10 === 1 && n !== 11 ? one : n % 10 >= 2 && n % 10 <= 4 && (n < 12 || n > 14) ? few : many;
};

/** The form of a word for a count: Russian has one («1 раз»), few («2 раза») and many («5 раз»); English one and other. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
const pluralRules: Partial<Record<'en' | 'ru', Intl.PluralRules>> = {};
export const plural = (locale: 'en' | 'ru', count: unknown, forms: PluralForms) =>
  forms[(pluralRules[locale] ??= new Intl.PluralRules(locale)).select(Number(count))] ?? forms.other;
export const ordinalEn = (n: number) => `${n}${n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'}`;

export const orList = (values: unknown, word: string) =>
  String(values ?? '')
    .split('|')
    .map(q)
    .join(`, `)
    .replace(/, ([^,]*)$/, ` ${word} $1`);
