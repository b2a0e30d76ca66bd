// Applications to a contest, read from a table, as the contest's
// participants: the school matched to the registry (by its id, full or short
// name), the nomination by its id or title; people already in the contest or
// listed twice are said and left out. The new participants are written as
// lines added to the contest's `participants` list, so nothing else in the
// file changes. Pure.
import { isSeq, parseDocument, type Node } from 'yaml';
import type { Contest } from '../schema/contest.js';
import type { School } from '../schema/reports.js';
import type { RosterProblem, RosterRow } from './roster.js';

export interface NewParticipant {
  readonly id: string;
  readonly name: string;
  readonly school: string;
  readonly nomination: string;
  readonly position?: string;
}

const plain = (text: string) =>
  text
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replace(/[«»"„“]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();

export function entriesOf(
  contest: Contest,
  schools: readonly School[] | undefined,
  rows: readonly RosterRow[],
): { readonly added: readonly NewParticipant[]; readonly problems: readonly RosterProblem[] } {
  const problems: RosterProblem[] = [];
  const known = new Set(contest.participants.map((participant) => plain(participant.name)));
  const taken = new Set(contest.participants.map((participant) => participant.id));
  let next = 1;
  const freshId = () => {
    while (taken.has(`p${String(next).padStart(2, '0')}`)) next++;
    const id = `p${String(next).padStart(2, '0')}`;
    taken.add(id);
    return id;
  };
  const added: NewParticipant[] = [];
  for (const row of rows) {
    const name = row.values.name!;
    if (known.has(plain(name))) {
      problems.push({ place: row.place, severity: 'warning', code: 'entries-already', params: { name } });
      continue;
    }
    const nominationText = row.values.nomination;
    const nomination =
      nominationText === undefined
        ? contest.nominations.length === 1
          ? contest.nominations[0]
          : undefined
        : contest.nominations.find((candidate) => plain(candidate.id) === plain(nominationText) || plain(candidate.title) === plain(nominationText));
    if (!nomination) {
      problems.push({
        place: row.place,
        severity: 'error',
        code: 'entries-nomination',
        params: { name, value: nominationText ?? '', known: contest.nominations.map((candidate) => candidate.title).join('|') },
      });
      continue;
    }
    const schoolText = row.values.school ?? '';
    const school = schools?.find((candidate) =>
      [candidate.id, candidate.name, candidate.shortName].some((text) => text !== undefined && plain(text) === plain(schoolText)),
    );
    if (!school) problems.push({ place: row.place, severity: 'warning', code: 'entries-school-unknown', params: { name, value: schoolText } });
    known.add(plain(name));
    added.push({
      id: freshId(),
      name,
      school: school?.id ?? (schoolText || '—'),
      nomination: nomination.id,
      ...(row.values.position ? { position: row.values.position } : {}),
    });
  }
  return { added, problems };
}

const flowText = (value: string) =>
  /^[^\s,{}[\]#&*!|>'"%@`:-][^,{}[\]#]*$/u.test(value) && !/:\s/u.test(value) && value.trim() === value ? value : JSON.stringify(value);

function line(participant: NewParticipant, indent: string): string {
  const fields = [
    `id: ${participant.id}`,
    `name: ${flowText(participant.name)}`,
    `school: ${flowText(participant.school)}`,
    `nomination: ${participant.nomination}`,
    ...(participant.position ? [`position: ${flowText(participant.position)}`] : []),
  ];
  return `${indent}- { ${fields.join(', ')} }`;
}

/** `text` (a valid contest) with the participants added at the end of its list. */
export function addParticipants(text: string, added: readonly NewParticipant[]): string {
  if (added.length === 0) return text;
  const doc = parseDocument(text);
  const list = doc.get('participants', true);
  if (isSeq(list) && !list.flow && list.items.length > 0 && list.range) {
    const first = list.items[0] as Node;
    const dash = text.lastIndexOf('-', first.range![0]);
    const indent = ' '.repeat(dash - (text.lastIndexOf('\n', dash - 1) + 1));
    let end = list.range[1];
    while (end > 0 && /\s/u.test(text[end - 1]!)) end--;
    const lineEnd = text.indexOf('\n', end);
    const at = lineEnd === -1 ? text.length : lineEnd + 1;
    return `${lineEnd === -1 ? `${text}\n` : text.slice(0, at)}${added.map((participant) => line(participant, indent)).join('\n')}\n${text.slice(at)}`;
  }
  if (isSeq(list) && list.items.length === 0 && list.range) {
    return `${text.slice(0, list.range[0]).replace(/[ \t]+$/u, '')}\n${added.map((participant) => line(participant, '  ')).join('\n')}${text.slice(list.range[1]).replace(/^[ \t]*\n?/u, '\n')}`;
  }
  if (list === undefined) return `${text.replace(/\s*$/u, '')}\nparticipants:\n${added.map((participant) => line(participant, '  ')).join('\n')}\n`;
  for (const participant of added) doc.addIn(['participants'], doc.createNode({ ...participant }));
  return doc.toString({ lineWidth: 0 });
}
