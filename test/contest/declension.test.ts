import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dativeName } from '../../src/contest/declension.js';
import { dativeNames } from './declension-names.js';

describe('the dative of a name on a diploma', () => {
  it('is right for every certain name of the table, and an uncertain one keeps the nominative', () => {
    const wrong: string[] = [];
    let right = 0;
    for (const [nominative, dative] of dativeNames) {
      const result = dativeName(nominative);
      if (result.certain && result.text === dative) right += 1;
      else if (result.certain) wrong.push(`${nominative} → ${result.text} (want ${dative})`);
      else expect(result.text).toBe(nominative);
    }
    expect(wrong).toEqual([]);
    expect(dativeNames.length).toBeGreaterThanOrEqual(40);
    expect(right).toBe(dativeNames.length);
  });

  it('keeps a women’s surname ending in a consonant as it is', () => {
    expect(dativeName('Цой Татьяна Робертовна')).toEqual({ text: 'Цой Татьяне Робертовне', certain: true });
  });

  it('lists for a person to check a name with no patronymic, in Latin letters, or of unknown gender', () => {
    for (const name of ['Смит Джон', 'Иванова Мария', 'Smith John Paul', 'Иванова Мария Петровна Сидорова Анна', 'Ким Ен Хо']) {
      expect(dativeName(name)).toEqual({ text: name.trim().replace(/\s+/gu, ' '), certain: false });
    }
  });

  it('never throws and is either certain or the name as given', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[А-ЯЁа-яё-]{0,12}$/u), { maxLength: 5 }), (words) => {
        const name = words.join(' ');
        const result = dativeName(name);
        if (!result.certain) expect(result.text).toBe(name.trim().replace(/\s+/gu, ' '));
        else expect(result.text.split(' ')).toHaveLength(name.trim().split(/\s+/u).length);
      }),
    );
  });
});
