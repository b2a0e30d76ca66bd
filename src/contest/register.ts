// Numbers from the register of issued documents: the next «N/year» after the
// highest of that year, so a number is never given twice, and the same
// document printed again (the same key) keeps the number it was given. Pure:
// the command reads the register under its lock and writes the new entries
// (src/workspace/contest-register.ts).
import { parseIssuedNumber, type IssuedDocument, type Register } from '../schema/register.js';

/** What is to be issued; `key` names the document so that a reprint keeps its number. */
export type IssueRequest = Omit<IssuedDocument, 'number'>;

export interface Issued {
  /** The requests' numbers, in their order. */
  readonly numbers: readonly string[];
  /** The entries to add to the register (reprints add none). */
  readonly added: readonly IssuedDocument[];
}

/** The year a document dated `date` (YYYY-MM-DD) is numbered in. */
const yearOf = (date: string) => Number(date.slice(0, 4));

export function issueNumbers(register: Register, requests: readonly IssueRequest[]): Issued {
  const byKey = new Map(register.issued.map((entry) => [entry.key.trim(), entry.number.trim()]));
  const highest = new Map<number, number>();
  for (const entry of register.issued) {
    const [sequence, year] = parseIssuedNumber(entry.number);
    highest.set(year, Math.max(highest.get(year) ?? 0, sequence));
  }
  const added: IssuedDocument[] = [];
  const numbers = requests.map((request) => {
    const known = byKey.get(request.key);
    if (known !== undefined) return known;
    const year = yearOf(request.date);
    const sequence = (highest.get(year) ?? 0) + 1;
    highest.set(year, sequence);
    const number = `${sequence}/${year}`;
    byKey.set(request.key, number);
    added.push({ number, ...request });
    return number;
  });
  return { numbers, added };
}
