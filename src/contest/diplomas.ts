// Which diploma or certificate each participant of a contest gets, from the
// ranking of a stage (the last one, as a rule): a place or a title is a
// diploma, anything else a participation certificate; the name in the dative,
// with the names that could not be declined for certain listed for a person
// to check. Pure: numbers come from the register afterwards.
import type { Contest, Participant } from '../schema/contest.js';
import type { IsoDate } from '../schema/iso-date.js';
import { romanNumeral } from '../text/typography.js';
import { dativeName } from './declension.js';
import type { AwardPage } from './awards-docx.js';
import type { RankedParticipant, StageRanking } from './ranking.js';
import type { IssueRequest } from './register.js';

export interface AwardPlan {
  readonly pages: readonly Omit<AwardPage, 'number'>[];
  readonly requests: readonly IssueRequest[];
  /** Names kept in the nominative: a person checks them before printing. */
  readonly uncertain: readonly string[];
  readonly diplomas: number;
  readonly certificates: number;
}

/** A title of the contest's thresholds in the genitive, for «Диплом победителя». */
const TITLE_GENITIVE: Readonly<Record<string, string>> = {
  победитель: 'победителя',
  призёр: 'призёра',
  призер: 'призёра',
  лауреат: 'лауреата',
  дипломант: 'дипломанта',
  участник: 'участника',
};

interface Award {
  readonly diploma: boolean;
  readonly degree: string;
  readonly reason: string;
}

function awardOf(row: RankedParticipant | undefined, nomination: string): Award {
  const place = row?.place;
  if (typeof place === 'number')
    return { diploma: true, degree: `${romanNumeral(place)} степени`, reason: `за ${romanNumeral(place)} место в номинации ${nomination}` };
  const title = typeof place === 'string' ? place.trim().toLocaleLowerCase('ru') : undefined;
  if (title !== undefined && title !== 'участник')
    return { diploma: true, degree: TITLE_GENITIVE[title] ?? place!.trim(), reason: `в номинации ${nomination}` };
  return { diploma: false, degree: 'участника', reason: `за участие в номинации ${nomination}` };
}

/** The names of a list in the dative; the uncertain ones as written, and listed. */
export function namesInDative(names: readonly string[]): { readonly names: readonly string[]; readonly uncertain: readonly string[] } {
  const uncertain: string[] = [];
  const declined = names.map((name) => {
    const dative = dativeName(name);
    if (!dative.certain) uncertain.push(dative.text);
    return dative.text;
  });
  return { names: declined, uncertain };
}

/** Every participant of the contest, by nomination: the ranked in rank order, then those who did not reach this stage. */
export function planDiplomas(contest: Contest, ranking: StageRanking, date: IsoDate, schoolName: (school: string) => string): AwardPlan {
  const rows = new Map(ranking.nominations.flatMap((nomination) => nomination.rows.map((row) => [row.participant.id, row] as const)));
  const ordered: Participant[] = contest.nominations.flatMap((nomination) => {
    const ranked = ranking.nominations.find((candidate) => candidate.id === nomination.id)?.rows.map((row) => row.participant) ?? [];
    const others = contest.participants.filter((participant) => participant.nomination === nomination.id && !rows.has(participant.id));
    return [...ranked, ...others];
  });
  const { names, uncertain } = namesInDative(ordered.map((participant) => participant.name));
  let diplomas = 0;
  const pages: Omit<AwardPage, 'number'>[] = [];
  const requests: IssueRequest[] = [];
  ordered.forEach((participant, index) => {
    const nomination = contest.nominations.find((candidate) => candidate.id === participant.nomination)!.title;
    const award = awardOf(rows.get(participant.id), nomination);
    if (award.diploma) diplomas += 1;
    const heading = award.diploma ? 'ДИПЛОМ' : 'СЕРТИФИКАТ';
    pages.push({ heading, degree: award.degree, name: names[index]!, organisation: schoolName(participant.school), reason: award.reason });
    requests.push({
      date,
      name: participant.name.trim(),
      document: `${award.diploma ? 'Диплом' : 'Сертификат'} ${award.degree}`,
      event: `${contest.title}, номинация ${nomination}`,
      key: `${contest.id}/${ranking.stage.id}/${participant.id}`,
    });
  });
  return { pages, requests, uncertain, diplomas, certificates: pages.length - diplomas };
}
