// Who goes on from a stage to the next: the participants the ranking marks as
// advancing, written as the next stage's «admitted» list into the contest's
// text. Only that line changes (it is spliced into the text), so the
// methodologist's comments and layout stay as they are. Pure.
import { isMap, isScalar, parseDocument, type Node } from 'yaml';
import type { StageRanking } from './ranking.js';

/** The ids of the participants who go on, by nomination in rank order. */
export function advancingIds(ranking: StageRanking): string[] {
  return ranking.nominations.flatMap((nomination) => nomination.rows.filter((row) => row.advances).map((row) => row.participant.id));
}

/** `text` (a valid contest) with `stages[stageIndex].admitted` set to `ids`, as one flow list. */
export function setAdmitted(text: string, stageIndex: number, ids: readonly string[]): string {
  const doc = parseDocument(text);
  const stage = doc.getIn(['stages', stageIndex], true);
  if (!isMap(stage) || stage.items.length === 0 || !stage.range) throw new Error(`no stage ${stageIndex} in the contest text`);
  const list = `[${ids.join(', ')}]`;
  const existing = stage.items.find((pair) => isScalar(pair.key) && pair.key.value === 'admitted');
  const range = (existing?.value as Node | null | undefined)?.range;
  if (range) return `${text.slice(0, range[0])}${list}${text.slice(range[1])}`;
  const firstKey = stage.items[0]!.key as Node;
  const keyStart = firstKey.range![0];
  const indent = ' '.repeat(keyStart - (text.lastIndexOf('\n', keyStart - 1) + 1));
  // after the stage's last line with something on it
  let end = stage.range[1];
  while (end > 0 && /\s/u.test(text[end - 1]!)) end--;
  const lineEnd = text.indexOf('\n', end);
  const at = lineEnd === -1 ? text.length : lineEnd + 1;
  const before = lineEnd === -1 ? `${text}\n` : text.slice(0, at);
  return `${before}${indent}admitted: ${list}\n${text.slice(at)}`;
}
