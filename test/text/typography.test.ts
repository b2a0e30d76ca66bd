import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAcademicYear, formatDateLong, formatDateNumeric, NBSP, romanNumeral, typeset, typesetLines, typesetQuotes } from '../../src/text/typography.js';

/** «~» in the expected strings stands for a no-break space. */
const nb = (text: string) => text.replaceAll('~', NBSP);

describe('typeset', () => {
  it.each([
    // initials and surnames
    ['Н.К. Антюфеева', 'Н.К.~Антюфеева'],
    ['Л.В.Краснова', 'Л.В.~Краснова'],
    ['Н. К. Антюфеева', 'Н.К.~Антюфеева'],
    ['Е.Н. Филатова', 'Е.Н.~Филатова'],
    ['Е. Филатова', 'Е.~Филатова'],
    ['Заведующий ОО Л.В.Краснова.', 'Заведующий ОО Л.В.~Краснова.'],
    ['Тиньгаеву С. Г.', 'Тиньгаеву~С.Г.'],
    ['Зам. директора ГАУДО', 'Зам. директора ГАУДО'],
    ['им. В.П. Поляничко', 'им.~В.П.~Поляничко'],
    ['ООДТДМ им. В.П.Поляничко,', 'ООДТДМ им.~В.П.~Поляничко,'],
    // a place, a street, a clause: the abbreviation stays with its name or number
    ['МБОУ «СОШ № 1», г. Бузулук', 'МБОУ «СОШ №~1», г.~Бузулук'],
    ['с. Пономаревка, ул. Ленина, д. 5', 'с.~Пономаревка, ул.~Ленина, д.~5'],
    ['р.п. Новосергиевка', 'р.п.~Новосергиевка'],
    ['согласно п. 3.2 положения', 'согласно п.~3.2 положения'],
    ['август 2023 г. Протокол', 'август 2023~г. Протокол'],
    ['Ср. Азия', 'Ср. Азия'],
    ['и т. п. Далее', 'и т. п. Далее'],
    // №
    ['приказ № 232', 'приказ №~232'],
    ['приказ №232', 'приказ №~232'],
    ['от 30.06.2020 № 01-10/96', 'от 30.06.2020 №~01-10/96'],
    // years
    ['январь 2021г.', 'январь 2021~г.'],
    ['ноябрь 2020 г. апрель 2021 г.', 'ноябрь 2020~г. апрель 2021~г.'],
    ['2020-2021 гг.', '2020-2021~гг.'],
    ['« ___ » ________ 20__ г.', '«~___~»~________~20__~г.'],
    ['2 группы.', '2 группы.'],
    // dashes
    ['сентябрь - декабрь', 'сентябрь~– декабрь'],
    ['март – апрель 2024', 'март~– апрель 2024'],
    ['Моя семья - мое богатство', 'Моя семья~– мое богатство'],
    ['научно-методического', 'научно-методического'],
    ['01-10/96', '01-10/96'],
    // quotes
    ['конкурс "Самый классный"', 'конкурс «Самый классный»'],
    ['"Самый "Классный" классный"', '«Самый „Классный“ классный»'],
    ['МБУДО "ЦВР"', 'МБУДО «ЦВР»'],
    ['(см. "Положение")', '(см. «Положение»)'],
    ['«Я – педагог-наставник»', '«Я~– педагог-наставник»'],
    // spaces
    ['  два   пробела  ', 'два пробела'],
    ['табуляция\tи\u00A0пробелы', 'табуляция и пробелы'],
  ])('%s → %s', (input, expected) => {
    expect(typeset(input)).toBe(nb(expected));
  });

  it('typesets each line of a text and keeps its line breaks', () => {
    expect(typeset('Директор МБУДО "ЦВР"\n  Бузулукского района ')).toBe('Директор МБУДО «ЦВР»\nБузулукского района');
    expect(typesetLines('первая\n\n  \nвторая - третья')).toEqual(['первая', nb('вторая~– третья')]);
  });

  const russianText = fc.stringMatching(/^[А-Яа-яЁёA-Z0-9 .,:;"«»№_\-–—()\u00A0]{0,60}$/);
  const skeleton = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');

  it('is idempotent', () => {
    fc.assert(
      fc.property(russianText, (text) => typeset(typeset(text)) === typeset(text)),
      { numRuns: 2000 },
    );
  });

  it('is idempotent on text made of the patterns it rewrites', () => {
    const piece = fc.constantFrom(
      'Н.',
      'К.',
      ' ',
      'Антюфеева',
      'им.',
      '№',
      '2023',
      'г.',
      'гг.',
      ' - ',
      '"',
      '«',
      '»',
      '___',
      'Зам.',
      ',',
      'с.',
      'ул.',
      'Бузулук',
      '5',
    );
    const text = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(text, (t) => typeset(typeset(t)) === typeset(t)),
      { numRuns: 3000 },
    );
  });

  it('never changes a letter or a digit, nor their order', () => {
    fc.assert(
      fc.property(russianText, (text) => skeleton(typeset(text)) === skeleton(text)),
      { numRuns: 2000 },
    );
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (text) => skeleton(typeset(text)) === skeleton(text)));
  });

  it('leaves no straight double quote when the quotes are balanced, and pairs «» and „“', () => {
    const word = fc.stringMatching(/^[А-Яа-я]{1,8}$/);
    const quoted: fc.Arbitrary<string> = fc.letrec<{ text: string }>((tie) => ({
      text: fc.oneof(
        { depthSize: 'small' },
        word,
        fc.tuple(word, tie('text')).map(([w, inner]) => `${w} "${inner}"`),
        fc.tuple(tie('text'), word).map(([inner, w]) => `"${inner}" ${w}`),
      ),
    })).text;
    fc.assert(
      fc.property(quoted, (text) => {
        const result = typesetQuotes(text);
        const count = (char: string) => result.split(char).length - 1;
        return !result.includes('"') && count('«') + count('„') === count('»') + count('“');
      }),
      { numRuns: 1000 },
    );
  });
});

describe('dates and numbers', () => {
  const genitive = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

  it.each(genitive.map((name, index) => [index + 1, name] as const))('month %i is written «%s»', (month, name) => {
    expect(formatDateLong({ year: 2023, month, day: 5 })).toBe(nb(`5~${name} 2023~г.`));
  });

  it('writes the day without a leading zero', () => {
    expect(formatDateLong({ year: 2023, month: 9, day: 27 })).toBe(nb('27~сентября 2023~г.'));
    expect(formatDateLong({ year: 2024, month: 1, day: 1 })).toBe(nb('1~января 2024~г.'));
  });

  it('never lets a line break between the day and its month, in a date written or typeset («по 29 / января»)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (month, day) => {
        const name = formatDateLong({ year: 2024, month, day: Math.min(day, 28) }).split(' ')[0]!;
        return name.includes('\u00a0') && typeset(`с 1 сентября по ${day} ${genitive[month - 1]} 2024 г.`).includes(`${day}\u00a0${genitive[month - 1]}`);
      }),
    );
    expect(typeset('по 29 января 2024 г.')).toBe(nb('по 29~января 2024~г.'));
    // a number that is not a day stays as it is
    expect(typeset('2024 января')).toBe('2024 января');
  });

  it('is left as it is by typeset', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (year, month, day) => {
        const text = formatDateLong({ year, month, day });
        return typeset(text) === text;
      }),
    );
  });

  it('writes the numeric form with leading zeros', () => {
    expect(formatDateNumeric({ year: 2020, month: 6, day: 3 })).toBe('03.06.2020');
  });

  it('puts an en dash between the years of an academic year', () => {
    expect(formatAcademicYear('2023-2024')).toBe('2023–2024');
    expect(formatAcademicYear(' 2023 — 2024 ')).toBe('2023–2024');
    expect(formatAcademicYear('2023–2024')).toBe('2023–2024');
  });

  it.each([
    [1, 'I'],
    [2, 'II'],
    [3, 'III'],
    [4, 'IV'],
    [5, 'V'],
    [6, 'VI'],
    [7, 'VII'],
    [8, 'VIII'],
    [9, 'IX'],
    [10, 'X'],
    [11, 'XI'],
    [12, 'XII'],
    [40, 'XL'],
    [90, 'XC'],
    [1999, 'MCMXCIX'],
    [3999, 'MMMCMXCIX'],
  ])('Roman numeral of %i is %s', (value, roman) => {
    expect(romanNumeral(value)).toBe(roman);
  });

  it('has no Roman numeral outside 1..3999', () => {
    for (const value of [0, -1, 4000, 1.5, Number.NaN]) expect(() => romanNumeral(value)).toThrow(RangeError);
  });

  it('reads Roman numerals back to the same number', () => {
    const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
    const read = (roman: string) =>
      [...roman].reduce((sum, digit, i) => {
        const value = values[digit]!;
        const next = values[roman[i + 1] ?? ''] ?? 0;
        return sum + (value < next ? -value : value);
      }, 0);
    fc.assert(fc.property(fc.integer({ min: 1, max: 3999 }), (value) => read(romanNumeral(value)) === value));
  });
});
