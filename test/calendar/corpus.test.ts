// The real-phrase corpora (../shared/corpus/phrases-dev.jsonl and phrases-dev2.jsonl: timing values of
// public school documents with hand-checked dates) read in-process and judged as
// ../shared/tools/score-phrases judges them. A clone without ../shared skips this test and says why;
// set CENTRE_CORPUS to point at phrases-dev.jsonl (phrases-dev2.jsonl is looked for beside it).
import { describe, expect, it } from 'vitest';
import { readingData } from '../../src/calendar/reader/reading-json.js';
import { russianCalendar } from '../../src/calendar/working-days.js';
import { repoRoot } from '../helpers/cli.js';
import { findCorpus, readCorpus, scoreCorpus } from '../helpers/phrase-corpus.js';
import { iso } from '../helpers/iso.js';

const corpora = [
  { name: 'phrases-dev.jsonl', least: 200 },
  { name: 'phrases-dev2.jsonl', least: 150 },
];

describe.each(corpora)('the real-phrase corpus $name', ({ name, least }) => {
  const corpus = findCorpus(repoRoot, name);
  if (!corpus) console.warn(`corpus test skipped: no ../shared/corpus/${name} next to the repository (set CENTRE_CORPUS to phrases-dev.jsonl's path)`);

  it.skipIf(!corpus)('reads at least 97 % of the phrases right and at most 1 % wrong; phrases that are not dates give none', () => {
    const calendar = russianCalendar();
    const score = scoreCorpus(readCorpus(corpus!), (phrase, year) => {
      const first = Number(year.slice(0, 4));
      return readingData(phrase, { period: { start: iso(`${first}-09-01`), end: iso(`${first + 1}-08-31`) } }, calendar).data;
    });
    const report = [
      ...score.wrong.map(
        ({ phrase, reading }) =>
          `wrong «${phrase}»: ${JSON.stringify({ kind: reading.kind, start: reading.start, end: reading.end, rrule: reading.rrule, dates: reading.dates.slice(0, 3) })}`,
      ),
      ...score.refused.map((phrase) => `refused «${phrase}»`),
      `${score.right} of ${score.scored} right, ${score.wrong.length} wrong, ${score.refused.length} refused`,
    ].join('\n');
    console.log(report);
    expect(score.scored).toBeGreaterThan(least);
    expect(score.right / score.scored, report).toBeGreaterThanOrEqual(0.97);
    expect(score.wrong.length / score.scored, report).toBeLessThanOrEqual(0.01);
    // «постоянно» is the whole period in the seeds' plans; a time written alone as a day and month
    // («12.10»: 12 October or 12:10) cannot be told from a date; every other phrase of kind `other` gives no dates
    const dayOrTime = /^(\d{1,2})\.(\d{2})$/;
    const alsoADate = (phrase: string) => Number(dayOrTime.exec(phrase.trim())?.[2] ?? 13) <= 12;
    expect(score.otherWithDates.filter((phrase) => phrase.trim().toLowerCase() !== 'постоянно' && !alsoADate(phrase))).toEqual([]);
  });
});
