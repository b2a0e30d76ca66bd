// Edges of the typography rules the main table does not reach: quotes opening
// after each kind of character, nesting with quotes already typeset, line
// handling, and the date formatter's refusal of a month that does not exist.
import { describe, expect, it } from 'vitest';
import { formatDateLong, NBSP, typeset, typesetLines, typesetQuotes } from '../../src/text/typography.js';

const nb = (text: string) => text.replaceAll('~', NBSP);

describe('typesetQuotes', () => {
  it('opens a quote at the start and after a space, bracket, opening quote, dash or slash', () => {
    for (const before of [' ', '(', '[', '{', '«', '„', '-', '–', '—', '/', '\t', '\n']) {
      expect(typesetQuotes(`a${before}"b"`), JSON.stringify(before)).toBe(`a${before}${before === '«' || before === '„' ? '„b“' : '«b»'}`);
    }
    expect(typesetQuotes('"a"')).toBe('«a»');
    expect(typesetQuotes('a"b"')).toBe('a»b»');
  });

  it('nests inside quotes already typeset, and closes them in order', () => {
    expect(typesetQuotes('«Клуб "Лидер"»')).toBe('«Клуб „Лидер“»');
    expect(typesetQuotes('«a» "b"')).toBe('«a» «b»');
    expect(typesetQuotes('„a“ "b"')).toBe('„a“ «b»');
    expect(typesetQuotes('"a "b "c"""')).toBe('«a „b „c““»');
    expect(typesetQuotes('без кавычек')).toBe('без кавычек');
  });
});

describe('typeset and typesetLines', () => {
  it('typesets every line of a text with Windows line ends, and keeps blank lines in typeset only', () => {
    expect(typeset('Н.К. Антюфеева\r\n\r\nприказ № 5')).toBe(nb('Н.К.~Антюфеева\n\nприказ №~5'));
    expect(typesetLines('Н.К. Антюфеева\r\n  \r\nприказ № 5\n')).toEqual([nb('Н.К.~Антюфеева'), nb('приказ №~5')]);
    expect(typesetLines('')).toEqual([]);
  });

  it('ties an em dash between spaces to the word before it, and leaves a dash without spaces', () => {
    expect(typeset('слово — слово')).toBe(nb('слово~— слово'));
    expect(typeset('слово—слово')).toBe('слово—слово');
    expect(typeset('2020 г.-2021 г.')).toBe(nb('2020~г.-2021~г.'));
  });

  it('keeps the blanks of an undated stamp together, with or without spaces around them', () => {
    expect(typeset('«___» _______ 2023 г.')).toBe(nb('«~___~»~_______~2023~г.'));
    expect(typeset('« ___ »________20__ г.')).toBe(nb('«~___~»~________~20__~г.'));
  });

  it('does not take a capital and a dot inside a word, or a year inside a number, for an initial or a year', () => {
    expect(typeset('ГАУДО.Иванов')).toBe('ГАУДО.Иванов');
    expect(typeset('12023 г.')).toBe('12023 г.');
    expect(typeset('2023 гг.x')).toBe('2023 гг.x');
    expect(typeset('2023 гг.,')).toBe(nb('2023~гг.,'));
    expect(typeset('2023 г.д')).toBe('2023 г.д');
    expect(typeset('Дом им. Пушкина')).toBe(nb('Дом им.~Пушкина'));
    expect(typeset('Ким. Пушкина')).toBe('Ким. Пушкина');
  });
});

describe('formatDateLong', () => {
  it('refuses a month that does not exist', () => {
    expect(() => formatDateLong({ year: 2023, month: 0, day: 1 })).toThrow(RangeError);
    expect(() => formatDateLong({ year: 2023, month: 13, day: 1 })).toThrow('No month 13');
  });
});
