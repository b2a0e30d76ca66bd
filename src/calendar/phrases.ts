// Reads the Russian timing phrases of plans («сроки») into schedules. The
// reader itself lives in reader/: a lexicon, a tokenizer that keeps offsets,
// head rules and refiners. `readPhrase` is the short form for callers that
// only need the schedule; `readTiming` also says which words were ignored and
// what looks wrong.
import { requireSiblingBundle } from '../util/sibling-bundle.js';
import type { Schedule } from './model.js';
import * as reader from './reader/reading.js';
import type { PhraseReading, ReadingContext } from './reader/reading.js';

export type { PhraseReading, ReadingContext } from './reader/reading.js';

/**
 * The built command keeps the reader in a bundle of its own (scripts/build.mjs names it here), loaded on
 * the first phrase read: a command whose plans' entries are all kept (the calendar of unchanged files)
 * never compiles it. The sources, and the bundles that read phrases themselves (`when`), import it.
 */
declare const CENTRE_READER_BUNDLE: string | undefined;
let bundled: typeof reader | undefined;
const timingReader = (): typeof reader =>
  typeof CENTRE_READER_BUNDLE === 'string' ? (bundled ??= requireSiblingBundle<typeof reader>(CENTRE_READER_BUNDLE)) : reader;

export function readTiming(text: string, context: ReadingContext): PhraseReading {
  return timingReader().readTiming(text, context);
}

/** The schedule a timing phrase means, or undefined when it cannot be read. */
export function readPhrase(text: string, context: ReadingContext): Schedule | undefined {
  return readTiming(text, context).schedule;
}
