// Development aid: reads the corpus in-process and prints the score with every wrong and refused phrase.
import path from 'node:path';
import { readingData } from '../src/calendar/reader/reading-json.js';
import { russianCalendar } from '../src/calendar/working-days.js';
import { findCorpus, readCorpus, scoreCorpus } from '../test/helpers/phrase-corpus.js';

const file = findCorpus(path.resolve('.'))!;
const calendar = russianCalendar();
const score = scoreCorpus(readCorpus(file), (phrase, year) => {
  const first = Number(year.slice(0, 4));
  return readingData(phrase, { period: { start: `${first}-09-01`, end: `${first + 1}-08-31` } }, calendar).data;
});
for (const { phrase, reading } of score.wrong) console.log(`wrong «${phrase}»: ${JSON.stringify({ ...reading, dates: reading.dates.slice(0, 3), periods: undefined })}`);
for (const phrase of score.refused) console.log(`refused «${phrase}»`);
for (const phrase of score.otherWithDates) console.log(`other with dates «${phrase}»`);
console.log(`${score.right} of ${score.scored} right, ${score.wrong.length} wrong, ${score.refused.length} refused`);
