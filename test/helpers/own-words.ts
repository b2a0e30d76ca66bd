// A message's own words: what centre wrote, not what it quotes. «undefined», «NaN» or «[object» in a
// message is centre's slip unless the input held that word: a school's cell that reads «NaNда» is quoted
// as it is (the reports fuzz test found one), and that is right. Any other parameter, and centre's own
// text, is still checked.
import { unzipSync } from 'fflate';
import { expect } from 'vitest';

const slip = /undefined|NaN|\[object/g;

/** Fails when `message` holds «undefined», «NaN» or «[object» that the input file (`input`) did not. */
export function expectNoSlips(message: string, input: Uint8Array): void {
  const found = message.match(slip);
  if (found === null) return;
  const text = inputText(input);
  expect(
    found.filter((word) => !text.includes(word)),
    message,
  ).toEqual([]);
}

/** The text an input file holds: its bytes read as UTF-8 (the words looked for are ASCII), and each part of a zip package. */
function inputText(bytes: Uint8Array): string {
  const texts = [Buffer.from(bytes).toString('utf8')];
  try {
    for (const part of Object.values(unzipSync(bytes))) texts.push(Buffer.from(part).toString('utf8'));
  } catch {
    // not a zip package, or a broken one: its bytes as they are
  }
  return texts.join('\n');
}
