// Reads the Russian timing phrases of plans («сроки») into schedules. The
// reader itself lives in reader/: a lexicon, a tokenizer that keeps offsets,
// head rules and refiners. `readPhrase` is the short form for callers that
// only need the schedule; `readTiming` also says which words were ignored and
// what looks wrong.
import type { Schedule } from './model.js';
import { readTiming, type ReadingContext } from './reader/reading.js';

export type { PhraseReading, ReadingContext } from './reader/reading.js';
export { readTiming } from './reader/reading.js';

/** The schedule a timing phrase means, or undefined when it cannot be read. */
export function readPhrase(text: string, context: ReadingContext): Schedule | undefined {
  return readTiming(text, context).schedule;
}
