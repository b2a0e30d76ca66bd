import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAcademicYear, formatDateLong, formatDateNumeric, NBSP, romanNumeral, typeset, typesetQuotes } from '../../src/docs/russian-text.js';

const n = (text: string) => text.replaceAll('~', NBSP);

describe('typeset', () => {
  it.each([
    ['Н.К. Антюфеева', 'Н.К.~Антюфеева'],
    ['Л.В.Краснова', 'Л.В.~Краснова'],
    ['Н. К. Антюфеева', 'Н.К.~Антюфеева'],
    ['Тиньгаеву С. Г.', 'Тиньгаеву~С.Г.'],
    ['им. В.П. Поляничко', 'им.~В.П.~Поляничко'],
    ['приказ № 232', 'приказ №~232'],
    ['приказ №232', 'приказ №~232'],
    ['январь 2021г.', 'январь 2021~г.'],
    ['ноябрь 2020 г. апрель 2021 г.', 'ноябрь 2020~г. апрель 2021~г.'],
    ['2020-2021 гг.', '2020-2021~гг.'],
    ['сентябрь - декабрь', 'сентябрь~– декабрь'],
    ['март – апрель 2024', 'март~– апрель 2024'],
    ['научно-методического', 'научно-методического'],
    ['конкурс "Самый классный"', 'конкурс «Самый классный»'],
    ['"Самый "Классный" классный"', '«Самый „Классный“ классный»'],
    ['«Я – педагог-наставник»', '«Я~– педагог-наставник»'],
    ['  два   пробела  ', 'два пробела'],
  ])('%s → %s', (input, expected) => {
    expect(typeset(input)).toBe(n(expected));
  });

  const russianText = fc.stringMatching(/^[А-Яа-яЁё0-9 .,"«»№\-–—()]{0,60}$/);

  it('is idempotent', () => {
    fc.assert(fc.property(russianText, (text) => typeset(typeset(text)) === typeset(text)));
  });

  it('never changes a letter or a digit', () => {
    const skeleton = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');
    fc.assert(fc.property(russianText, (text) => skeleton(typeset(text)) === skeleton(text)));
  });

  it('leaves no straight double quote when the quotes are balanced', () => {
    const word = fc.stringMatching(/^[А-Яа-я]{1,8}$/);
    const quoted = fc.array(fc.tuple(word, fc.boolean()), { minLength: 1, maxLength: 6 }).map((parts) =>
      parts.map(([w, quote]) => (quote ? `"${w}"` : w)).join(' '),
    );
    fc.assert(
      fc.property(quoted, (text) => {
        const result = typesetQuotes(text);
        return !result.includes('"') && (result.match(/«/g) ?? []).length === (result.match(/»/g) ?? []).length;
      }),
    );
  });
});

describe('dates and numbers', () => {
  const genitive = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

  it.each(genitive.map((name, index) => [index + 1, name] as const))('month %i is written «%s»', (month, name) => {
    expect(formatDateLong({ year: 2023, month, day: 5 })).toBe(n(`5 ${name} 2023~г.`));
  });

  it('writes the numeric form with leading zeros and no «г.»', () => {
    expect(formatDateNumeric({ year: 2020, month: 6, day: 3 })).toBe('03.06.2020');
  });

  it('puts an en dash between the years of an academic year', () => {
    expect(formatAcademicYear('2023-2024')).toBe('2023–2024');
    expect(formatAcademicYear(' 2023 — 2024 ')).toBe('2023–2024');
  });

  it.each([
    [1, 'I'], [2, 'II'], [3, 'III'], [4, 'IV'], [5, 'V'], [6, 'VI'], [7, 'VII'], [8, 'VIII'], [9, 'IX'], [10, 'X'],
    [11, 'XI'], [12, 'XII'], [40, 'XL'], [90, 'XC'], [1999, 'MCMXCIX'], [3999, 'MMMCMXCIX'],
  ])('Roman numeral of %i is %s', (value, roman) => {
    expect(romanNumeral(value)).toBe(roman);
  });

  it('Roman numerals round-trip for 1..3999', () => {
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
