import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { appendIssued, newRegisterText } from '../../src/contest/register-yaml.js';
import { issueNumbers, type IssueRequest } from '../../src/contest/register.js';
import { registerSchema, type Register } from '../../src/schema/register.js';
import { iso } from '../helpers/iso.js';

const request = (key: string, date = '2025-03-14'): IssueRequest => ({
  date: iso(date),
  name: 'Иванова Мария Петровна',
  document: 'Диплом I степени',
  event: 'Конкурс: «Самый классный классный»',
  key,
});
const empty: Register = { kind: 'register', title: 'Реестр', issued: [] };

describe('numbers from the register', () => {
  it('continue from the highest of the year, start again at 1 in a new year, and keep a reprint’s number', () => {
    const first = issueNumbers(empty, [request('a'), request('b')]);
    expect(first.numbers).toEqual(['1/2025', '2/2025']);
    const register = { ...empty, issued: [...first.added] };
    const second = issueNumbers(register, [request('b'), request('c'), request('d', iso('2026-01-09'))]);
    expect(second.numbers).toEqual(['2/2025', '3/2025', '1/2026']);
    expect(second.added.map((entry) => entry.key)).toEqual(['c', 'd']);
  });

  it('never gives a number twice, whatever was issued before (even with gaps)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 500 }), { maxLength: 30 }), fc.integer({ min: 1, max: 40 }), (taken, count) => {
        const register: Register = { ...empty, issued: taken.map((n) => ({ ...request(`old-${n}`), number: `${n}/2025` })) };
        const { numbers } = issueNumbers(
          register,
          Array.from({ length: count }, (_, i) => request(`new-${i}`)),
        );
        const all = [...taken.map((n) => `${n}/2025`), ...numbers];
        expect(new Set(all).size).toBe(all.length);
      }),
    );
  });
});

describe('the register file', () => {
  it('gets its new entries as one line each, after the last, and stays a valid register', () => {
    let text = newRegisterText('Реестр выданных дипломов и сертификатов');
    const first = issueNumbers(empty, [request('a'), request('b')]);
    text = appendIssued(text, first.added);
    const register = registerSchema.parse(parse(text));
    const then = issueNumbers(register, [request('c')]);
    const after = appendIssued(text, then.added);
    expect(after.startsWith(text)).toBe(true);
    expect(after.slice(text.length)).toBe(
      '  - { number: 3/2025, date: 2025-03-14, name: Иванова Мария Петровна, document: Диплом I степени, event: "Конкурс: «Самый классный классный»", key: c }\n',
    );
    expect(registerSchema.parse(parse(after)).issued.map((entry) => entry.number)).toEqual(['1/2025', '2/2025', '3/2025']);
    expect(after).toContain('# Записи не удаляйте');
  });

  it('adds to a list that is not the last key without losing the keys after it', () => {
    const text = 'kind: register\nissued:\n  - { number: 1/2025, date: 2025-01-01, name: a, document: b, event: c, key: k }\ntitle: R\n';
    const after = appendIssued(text, [{ ...request('z'), number: '2/2025' }]);
    const register = registerSchema.parse(parse(after));
    expect(register.title).toBe('R');
    expect(register.issued.map((entry) => entry.key)).toEqual(['k', 'z']);
  });
});
