// Judges readings of the real-phrase corpus (../shared/corpus, fields in its
// README) the way ../shared/tools/score-phrases does: right, wrong or refused.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ReadingData } from '../../src/calendar/reader/reading-json.js';

export interface CorpusCase {
  id: string;
  phrase: string;
  year: string | null;
  assumed_year?: string;
  kind: string;
  [field: string]: unknown;
}

/** A corpus file (phrases-dev.jsonl, phrases-dev2.jsonl): in $CENTRE_CORPUS's folder, or ../shared/corpus next to the repository, or /work/shared/corpus. */
export function findCorpus(repoRoot: string, name = 'phrases-dev.jsonl'): string | undefined {
  const given = process.env.CENTRE_CORPUS;
  const candidates = [
    given && (name === 'phrases-dev.jsonl' ? given : path.join(path.dirname(given), name)),
    path.join(repoRoot, '..', 'shared', 'corpus', name),
    `/work/shared/corpus/${name}`,
  ];
  return candidates.find((candidate): candidate is string => candidate !== undefined && existsSync(candidate));
}

export function readCorpus(file: string): CorpusCase[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as CorpusCase);
}

const freq = (rule: unknown) =>
  String(rule ?? '')
    .split(';')
    .find((part) => part.startsWith('FREQ='))
    ?.slice(5);

function matches(truth: CorpusCase, reading: ReadingData): boolean | undefined {
  const dates = new Set<string>(reading.dates);
  const kind = truth.kind;
  if (kind === 'unscheduled') return dates.size === 0 && reading.kind === 'unscheduled';
  if (kind === 'recurring') {
    if (Array.isArray(truth.first3)) return (truth.first3 as string[]).every((date) => dates.has(date));
    if (truth.rule && truth.min_per_period !== undefined && reading.kind === 'quota') {
      // «не менее 4 раз в неделю»: a count per period
      const per = ({ WEEKLY: 'week', MONTHLY: 'month', YEARLY: 'year', DAILY: 'day' } as Record<string, string>)[freq(truth.rule) ?? ''];
      return per !== undefined && String(reading.per ?? '').includes(per) && reading.count === truth.min_per_period;
    }
    if (truth.rule)
      return (
        reading.kind === 'recurring' && [truth.rule, ...((truth.alt_rules as string[] | undefined) ?? [])].some((rule) => freq(reading.rrule) === freq(rule))
      );
    const timesPer = (truth.times_per ?? {}) as { per?: string; count?: number; count_min?: number };
    const per = String(truth.per ?? timesPer.per ?? '');
    const unit = per.includes('quarter') ? 'quarter' : per.includes('year') ? 'year' : per;
    if (reading.kind !== 'quota' || !String(reading.per ?? '').includes(unit)) return false;
    const counts = new Set([truth.count, timesPer.count, timesPer.count_min, truth.min_per_period].filter((value) => value !== undefined));
    if (unit === 'quarter' && truth.count === 4) counts.add(1);
    return counts.size === 0 || (reading.count !== undefined && counts.has(reading.count));
  }
  if (kind === 'range' || kind === 'period') return reading.start === truth.start && (reading.end ?? null) === (truth.end ?? null);
  if (kind === 'deadline') {
    if (!truth.date) return reading.kind === 'deadline';
    return dates.has(truth.date as string) || dates.has(truth.date_shifted as string) || reading.end === truth.date;
  }
  if (kind === 'date' || kind === 'dates') {
    const want = (truth.dates as string[] | undefined) ?? [truth.date as string];
    return want.every((date) => dates.has(date)) && dates.size <= want.length + 1;
  }
  return undefined;
}

export interface Score {
  scored: number;
  right: number;
  wrong: { phrase: string; reading: ReadingData }[];
  refused: string[];
  /**
   * Phrases of kind `other` that produced dates: they must not, unless the dates are the school
   * year's own (holidays), read from the school year and said to be so.
   */
  otherWithDates: string[];
}

export function scoreCorpus(cases: readonly CorpusCase[], read: (phrase: string, year: string) => ReadingData | undefined): Score {
  const score: Score = { scored: 0, right: 0, wrong: [], refused: [], otherWithDates: [] };
  for (const truth of cases) {
    const year = truth.year ?? truth.assumed_year ?? '2023-2024';
    const reading = read(truth.phrase, year);
    if (truth.kind === 'time_of_day' || truth.kind === 'duration') continue;
    if (truth.kind === 'other') {
      const fromSchoolYear = reading?.notes?.some((note) => note.code === 'phrase-federal-school-year') ?? false;
      if (reading && reading.dates.length > 0 && !fromSchoolYear) score.otherWithDates.push(truth.phrase);
      continue;
    }
    score.scored++;
    if (!reading) {
      score.refused.push(truth.phrase);
      continue;
    }
    const alternatives = [
      truth,
      ...((truth.accept_also as object[] | undefined) ?? []).map((also) => ({ ...truth, ...also })),
      ...(typeof truth.literal === 'object' && truth.literal ? [{ ...truth, ...(truth.literal as object) }] : []),
    ];
    if (alternatives.some((alternative) => matches(alternative, reading))) score.right++;
    else score.wrong.push({ phrase: truth.phrase, reading });
  }
  return score;
}
