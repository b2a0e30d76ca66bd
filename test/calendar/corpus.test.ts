// The real-phrase corpus (../shared/corpus/phrases-dev.jsonl: timing values of public school documents
// with hand-checked dates) read in-process and judged as ../shared/tools/score-phrases judges it.
// A clone without ../shared skips this test and says why; set CENTRE_CORPUS to point at the file.
import { describe, expect, it } from 'vitest';
import { readingData } from '../../src/calendar/reader/reading-json.js';
import { russianCalendar } from '../../src/calendar/working-days.js';
import { repoRoot } from '../helpers/cli.js';
import { findCorpus, readCorpus, scoreCorpus } from '../helpers/phrase-corpus.js';

const corpus = findCorpus(repoRoot);
if (!corpus) console.warn('corpus test skipped: no ../shared/corpus/phrases-dev.jsonl next to the repository (set CENTRE_CORPUS to its path)');

describe.skipIf(!corpus)('the real-phrase corpus', () => {
  it('reads at least 97 % of the phrases right and at most 1 % wrong; phrases that are not dates give none', () => {
    const calendar = russianCalendar();
    const score = scoreCorpus(readCorpus(corpus!), (phrase, year) => {
      const first = Number(year.slice(0, 4));
      return readingData(phrase, { period: { start: `${first}-09-01`, end: `${first + 1}-08-31` } }, calendar).data;
    });
    const report = [
      ...score.wrong.map(({ phrase, reading }) => `wrong «${phrase}»: ${JSON.stringify({ kind: reading.kind, start: reading.start, end: reading.end, rrule: reading.rrule, dates: reading.dates.slice(0, 3) })}`),
      ...score.refused.map((phrase) => `refused «${phrase}»`),
      `${score.right} of ${score.scored} right, ${score.wrong.length} wrong, ${score.refused.length} refused`,
    ].join('\n');
    console.log(report);
    expect(score.scored).toBeGreaterThan(200);
    expect(score.right / score.scored, report).toBeGreaterThanOrEqual(0.97);
    expect(score.wrong.length / score.scored, report).toBeLessThanOrEqual(0.01);
    // «постоянно» is the whole period in the seeds' plans; every other phrase of kind `other` gives no dates
    expect(score.otherWithDates.filter((phrase) => phrase.trim().toLowerCase() !== 'постоянно')).toEqual([]);
  });
});
