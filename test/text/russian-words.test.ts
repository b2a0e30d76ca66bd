// The one table of Russian words (src/text/russian-words.ts): its forms are Russian's (the cases
// differ where the language makes them differ), and every form in it is read by the timing reader
// to what it names, so the lexicon built from the table misses none.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Span } from '../../src/calendar/model.js';
import { lookUp } from '../../src/calendar/reader/lexicon.js';
import { readTiming } from '../../src/calendar/reader/reading.js';
import { tokenize } from '../../src/calendar/reader/tokens.js';
import { formatDateLong } from '../../src/text/typography.js';
import { calendarWords } from '../../src/i18n/calendar-words.js';
import { translator } from '../../src/i18n/messages.js';
import { readRussianDate } from '../../src/import/russian-dates.js';
import {
  calendarUnitWords,
  numberBeforeUnit,
  grammaticalCases,
  monthAbbreviations,
  monthCases,
  monthsIn,
  numeralWords,
  numericOrdinal,
  ordinalForms,
  ordinalWords,
  unitAccusative,
  weekdayAbbreviations,
  weekdaysIn,
  weekdayWords,
  type GrammaticalCase,
} from '../../src/text/russian-words.js';
import { iso } from '../helpers/iso.js';

const year: Span = { start: iso('2023-09-01'), end: iso('2024-08-31') };
const read = (phrase: string) => readTiming(phrase, { period: year }).schedule;
const pad = (n: number) => String(n).padStart(2, '0');
/** The year of a month in the academic year 2023–2024. */
const yearOf = (month: number) => (month >= 9 ? 2023 : 2024);
const lastDay = (month: number) => new Date(Date.UTC(yearOf(month), month, 0)).getUTCDate();
const fold = (word: string) => word.replaceAll('ё', 'е');

const month = fc.integer({ min: 1, max: 12 });
const weekday = fc.integer({ min: 1, max: 7 });
const grammaticalCase = fc.constantFrom(...grammaticalCases);

describe('the months', () => {
  it('have six cases each, the accusative the nominative, the other five all different', () => {
    expect(monthCases).toHaveLength(12);
    for (const forms of monthCases) {
      expect(Object.keys(forms).sort()).toEqual([...grammaticalCases].sort());
      expect(forms.accusative).toBe(forms.nominative);
      const others: GrammaticalCase[] = ['nominative', 'genitive', 'dative', 'instrumental', 'prepositional'];
      expect(new Set(others.map((name) => forms[name])).size, forms.nominative).toBe(5);
    }
  });

  it('are twelve different words in every case', () => {
    for (const name of grammaticalCases) expect(new Set(monthsIn(name)).size, name).toBe(12);
  });

  it('end as Russian declines them', () => {
    for (const forms of monthCases) {
      expect(forms.genitive).toMatch(/[яа]$/);
      expect(forms.dative).toMatch(/[юу]$/);
      expect(forms.instrumental).toMatch(/(?:ём|ем|ом)$/);
      expect(forms.prepositional).toMatch(/е$/);
    }
    expect(monthsIn('genitive')).toEqual([
      'января',
      'февраля',
      'марта',
      'апреля',
      'мая',
      'июня',
      'июля',
      'августа',
      'сентября',
      'октября',
      'ноября',
      'декабря',
    ]);
  });

  it('in every case are read as their month', () => {
    monthCases.forEach((forms, index) => {
      const first = `${yearOf(index + 1)}-${pad(index + 1)}`;
      for (const form of Object.values(forms)) {
        expect(read(form), form).toEqual({ kind: 'range', start: `${first}-01`, end: `${first}-${pad(lastDay(index + 1))}` });
        expect(lookUp(fold(form))).toEqual({ kind: 'month', month: index + 1 });
      }
    });
  });

  // Days up to the 24th: from the 25th, August is the August before the school year (the reader's own rule).
  it('in any case after a day are read as that day', () => {
    fc.assert(
      fc.property(month, grammaticalCase, fc.integer({ min: 1, max: 24 }), (number, name, day) => {
        const form = monthCases[number - 1]![name];
        expect(read(`${day} ${form}`), form).toEqual({ kind: 'date', date: `${yearOf(number)}-${pad(number)}-${pad(day)}` });
      }),
    );
  });

  it('by their abbreviations too, with or without the full stop', () => {
    monthAbbreviations.forEach((abbreviations, index) => {
      for (const abbreviation of abbreviations) {
        expect(read(`15 ${abbreviation}.`), abbreviation).toEqual({ kind: 'date', date: `${yearOf(index + 1)}-${pad(index + 1)}-15` });
        expect(lookUp(abbreviation)).toEqual({ kind: 'month', month: index + 1 });
      }
    });
  });

  it('give typography its dates and plan import its readings', () => {
    fc.assert(
      fc.property(month, fc.integer({ min: 1, max: 28 }), (number, day) => {
        const written = formatDateLong({ year: 2024, month: number, day });
        expect(written).toBe(`${day}\u00A0${monthsIn('genitive')[number - 1]} 2024\u00A0г.`);
        expect(readRussianDate(written.replaceAll('\u00A0', ' '))).toBe(`2024-${pad(number)}-${pad(day)}`);
      }),
    );
  });
});

describe('the weekdays', () => {
  it('differ by case where Russian makes them differ', () => {
    for (const { singular, plural, gender } of weekdayWords) {
      expect(singular.accusative === singular.nominative, singular.nominative).toBe(gender !== 'feminine');
      expect(singular.dative === singular.prepositional, singular.nominative).toBe(gender === 'feminine');
      expect(plural.accusative).toBe(plural.nominative);
      const others: GrammaticalCase[] = ['nominative', 'genitive', 'dative', 'instrumental', 'prepositional'];
      expect(new Set(others.map((name) => plural[name])).size, plural.nominative).toBe(5);
    }
    expect(weekdaysIn('dative', 'plural')).toEqual(['понедельникам', 'вторникам', 'средам', 'четвергам', 'пятницам', 'субботам', 'воскресеньям']);
    expect(weekdaysIn('accusative')).toEqual(['понедельник', 'вторник', 'среду', 'четверг', 'пятницу', 'субботу', 'воскресенье']);
  });

  it('in every case and number, and by their abbreviations, are read as a weekly rule of their day', () => {
    weekdayWords.forEach(({ singular, plural }, index) => {
      for (const form of [...Object.values(singular), ...Object.values(plural), weekdayAbbreviations[index]!])
        expect(read(`по ${form}`), form).toEqual({ kind: 'recurring', rule: { frequency: 'weekly', weekdays: [index + 1] }, ...year });
    });
  });

  it('are read in the singular or the plural as the phrase has them («среды» is read as one)', () => {
    fc.assert(
      fc.property(weekday, grammaticalCase, (number, name) => {
        const { singular, plural } = weekdayWords[number - 1]!;
        expect(lookUp(singular[name])).toEqual({ kind: 'weekday', weekday: number, plural: false });
        const shared = Object.values(singular).includes(plural[name]);
        expect(lookUp(plural[name])).toEqual({ kind: 'weekday', weekday: number, plural: !shared });
      }),
    );
  });

  it('have no form that is another word: «среди» is no Wednesday', () => {
    expect(lookUp('среди')).toBeUndefined();
    expect(lookUp('субботи')).toBeUndefined();
  });
});

describe('ordinals and numerals', () => {
  it('are read to their value in every form', () => {
    for (const words of ordinalWords) for (const form of ordinalForms(words)) expect(lookUp(fold(form)), form).toEqual({ kind: 'ordinal', value: words.value });
    numeralWords.forEach((forms, index) => {
      for (const form of forms) expect(lookUp(fold(form)), form).toEqual({ kind: 'number', value: index + 1 });
    });
  });

  it('written in digits keep their ending apart from the number', () => {
    for (const written of ['3-й', '1-го', '5-ти', '2-я', '4-ую'])
      expect(tokenize(written)).toMatchObject([{ type: 'number', value: Number(written[0]), suffix: written.slice(2) }]);
    expect(read('ежемесячно, последняя пятница месяца')).toMatchObject({ rule: { frequency: 'monthly', nth: -1, weekdays: [5] } });
    expect(read('ежемесячно, 3-й понедельник месяца')).toMatchObject({ rule: { frequency: 'monthly', nth: 3, weekdays: [1] } });
  });
});

describe('the units', () => {
  it('after «в» of a count per period are the forms the reader reads as that unit', () => {
    for (const [unit, form] of Object.entries(unitAccusative))
      expect(lookUp(form), form).toEqual(unit in calendarUnitWords ? { kind: 'unit', unit } : { kind: 'school-unit', unit });
    expect(read('2 раза в четверть')).toMatchObject({ kind: 'quota', count: 2, per: 'quarter-term' });
  });
});

describe('the messages', () => {
  it('agree an ordinal with the weekday it names', () => {
    const t = translator('ru');
    expect(t('rule-monthly', { days: 'среда', nth: '3' })).toBe('ежемесячно, 3-я среда месяца');
    expect(t('rule-monthly', { days: 'воскресенье', nth: '-1' })).toBe('ежемесячно, последнее воскресенье месяца');
    expect(t('rule-monthly', { days: 'понедельник, четверг', nth: '1 and 3' })).toBe('ежемесячно, 1-й и 3-й понедельник, четверг месяца');
    expect(weekdayWords.map(({ gender }) => numericOrdinal(2, gender))).toEqual(['2-й', '2-й', '2-я', '2-й', '2-я', '2-я', '2-е']);
  });

  it('say a month and a weekday in the case the sentence needs', () => {
    const t = translator('ru');
    expect(t('phrase-weekday-mismatch', { date: '1 марта 2024', weekday: 3 })).toContain('— не среда;');
    expect(calendarWords('ru').month(9)).toBe('сентябрь');
    expect(calendarWords('ru').weekdayShort(7)).toBe('вс');
    expect(calendarWords('ru').weekdayLong(5)).toBe('пятница');
  });
});

describe('a number before a calendar unit (numberBeforeUnit)', () => {
  // Russian's «one» category, written out: 1, 21, 31, 101…, never 11, 111
  const takesSingular = (count: number) => count % 10 === 1 && count % 100 !== 11;

  it('names the nth when the nominative singular follows a number that does not take it, and may count otherwise', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.constantFrom('день', 'неделя', 'месяц', 'квартал', 'год', 'Неделя'), (count, form) => {
        expect(numberBeforeUnit(count, form)).toBe(takesSingular(count) ? 'either' : 'nth');
      }),
    );
  });

  it('only counts with the genitive plural, and leaves any other form open', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (count) => {
        for (const form of ['дней', 'недель', 'месяцев', 'кварталов', 'лет']) expect(numberBeforeUnit(count, form)).toBe('count');
        for (const form of ['дня', 'недели', 'неделю', 'месяца', 'года']) expect(numberBeforeUnit(count, form)).toBe('either');
      }),
    );
  });
});
