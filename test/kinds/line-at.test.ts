// Line numbers of the fast path: found by a binary search over the line
// starts of a file, they must equal counting the newlines before the offset.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineAt, lineStartsOf } from '../../src/kinds/quick-check.js';

const countedLine = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

describe('lineAt', () => {
  it('gives the line of every offset of any text (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'б', '\n', '\r', ' ', '😀'), maxLength: 200 });
    fc.assert(
      fc.property(text, fc.nat(), (value, seed) => {
        const offset = value.length === 0 ? 0 : seed % (value.length + 1);
        expect(lineAt(lineStartsOf(value), offset)).toBe(countedLine(value, offset));
      }),
      { numRuns: 1000 },
    );
  });

  it('counts the first line as 1, a newline as the end of its line, and knows no offset it was not given', () => {
    const starts = lineStartsOf('kind: plan\ntitle: План\n\nsections:\n');
    expect(lineAt(starts, 0)).toBe(1);
    expect(lineAt(starts, 10)).toBe(1);
    expect(lineAt(starts, 11)).toBe(2);
    expect(lineAt(starts, 23)).toBe(3);
    expect(lineAt(starts, 24)).toBe(4);
    expect(lineAt(starts, undefined)).toBeUndefined();
  });
});
