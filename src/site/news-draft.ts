// A news draft from an item of the year's record marked held: its title, the
// days it was held, who took part and the evidence, as a news file of news/
// with front matter, marked `draft: true` until the methodist has written it up.
// Pure: the command writes the file, never over another.
import { activityTitle } from '../calendar/activity-title.js';
import { dateParts } from '../schema/iso-date.js';
import type { Participants } from '../schema/record.js';
import { formatDateLong, NBSP, typeset } from '../text/typography.js';
import type { ItemFigures } from '../analysis/figures.js';
import { slugify } from './model.js';

const categoryWords: readonly [keyof Participants, string][] = [
  ['classTeachers', 'классных руководителей'],
  ['deputyDirectors', 'заместителей директоров'],
  ['parents', 'родителей'],
  ['pupils', 'обучающихся'],
  ['schools', 'образовательных организаций'],
  ['districts', 'муниципальных районов'],
];

/** «520 участников: классных руководителей — 410, …». */
function participantsSentence(participants: Participants | undefined): string | undefined {
  if (!participants) return undefined;
  const parts = categoryWords.filter(([key]) => participants[key] !== undefined).map(([key, words]) => `${words}${NBSP}— ${participants[key]}`);
  if (participants.total === undefined && parts.length === 0) return undefined;
  const total = participants.total === undefined ? 'Участники' : `Участников${NBSP}— ${participants.total}`;
  return `${total}${parts.length ? `${participants.total === undefined ? ': ' : '; из них '}${parts.join(', ')}` : ''}.`;
}

const isAddress = (text: string) => /^https?:\/\/\S+$/i.test(text.trim());

/** The file name (under news/) and the text of the draft; the item must have been held on at least one day. */
export function newsDraft(item: ItemFigures): { fileName: string; text: string } {
  const title = typeset(activityTitle(item.activity).replace(/[.;]+$/, ''));
  const date = item.dates.at(-1)!;
  const days = item.dates.map((day) => formatDateLong(dateParts(day)));
  const when = days.length === 1 ? `Проведено ${days[0]}` : `Дни проведения: ${days.join(', ')}`;
  const participants = participantsSentence(item.participants);
  const evidence = item.evidence.map((entry) => (isAddress(entry) ? `- <${entry.trim()}>` : `- ${typeset(entry.trim())}`));
  const body = [
    `${when}.`,
    ...(participants ? [participants] : []),
    ...(item.comment ? [typeset(item.comment.trim())] : []),
    ...(evidence.length ? [`Материалы:\n\n${evidence.join('\n')}`] : []),
  ];
  const text = `---
# Черновик новости из отчёта о выполнении плана (centre news from-record).
# Допишите текст и удалите строку «draft: true», чтобы новость попала на сайт.
title: ${JSON.stringify(title)}
date: ${date}
draft: true
---

${body.join('\n\n')}
`;
  return { fileName: `${date}-${slugify(title).slice(0, 40).replace(/-+$/, '')}.md`, text };
}
