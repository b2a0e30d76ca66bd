// The rules of a register of issued documents: a number is given once, and a
// document's key once.
import { parseIssuedNumber, type Register } from '../schema/register.js';
import { dateParts } from '../schema/iso-date.js';
import type { RuleProblem } from './rules.js';

function once(values: readonly string[], field: 'number' | 'key', code: 'register-number-twice' | 'register-key-twice'): RuleProblem[] {
  const seen = new Map<string, number>();
  return values.flatMap((value, index): RuleProblem[] => {
    const first = seen.get(value.trim());
    if (first === undefined) {
      seen.set(value.trim(), index);
      return [];
    }
    return [{ path: ['issued', index, field], severity: 'error', code, params: { value: value.trim(), first: first + 1 } }];
  });
}

const numbersOnce = (register: Register) =>
  once(
    register.issued.map((entry) => entry.number),
    'number',
    'register-number-twice',
  );
const keysOnce = (register: Register) =>
  once(
    register.issued.map((entry) => entry.key),
    'key',
    'register-key-twice',
  );

/** «15/2024» on a document dated in 2025 would let 15/2025 be given too. */
const yearOfDate = (register: Register): RuleProblem[] =>
  register.issued.flatMap((entry, index): RuleProblem[] => {
    const year = parseIssuedNumber(entry.number)[1];
    const date = dateParts(entry.date);
    return date.year !== year
      ? [{ path: ['issued', index, 'number'], severity: 'error', code: 'register-number-year', params: { value: entry.number.trim(), year: date.year } }]
      : [];
  });

export const registerRules = [numbersOnce, keysOnce, yearOfDate];
