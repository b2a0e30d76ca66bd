// The words of the year's record that are not its schema: the statuses and the
// participant categories, as the record keeps them and as a methodist writes
// them. No zod here: the analysis and validation's rules read these without
// building the record's schema.

export const recordStatuses = ['held', 'moved', 'cancelled', 'not-held'] as const;
export type RecordStatus = (typeof recordStatuses)[number];

/** The statuses as a methodist writes them in Russian, accepted beside the English ones. */
export const russianStatuses: Readonly<Record<string, RecordStatus>> = {
  проведено: 'held',
  перенесено: 'moved',
  отменено: 'cancelled',
  'не проведено': 'not-held',
};

/** A status in English or Russian («перенесено»), any case, as the record keeps it; undefined when it is none. */
export function statusOf(text: string): RecordStatus | undefined {
  const word = text.trim().toLowerCase().replace(/\s+/g, ' ').replaceAll('ё', 'е');
  return (recordStatuses as readonly string[]).includes(word) ? (word as RecordStatus) : russianStatuses[word];
}

/** Participant categories, in the order the analysis prints them. */
export const participantCategories = ['classTeachers', 'deputyDirectors', 'parents', 'pupils', 'schools', 'districts'] as const;
export type ParticipantCategory = (typeof participantCategories)[number];

/** People are counted in the total; schools and districts are organisations, counted apart. */
export const peopleCategories = ['classTeachers', 'deputyDirectors', 'parents', 'pupils'] as const satisfies readonly ParticipantCategory[];

/** How a methodist names each category (lower case, «ё» as «е»), beside the key itself. */
const categoryNames: Readonly<Record<ParticipantCategory, readonly string[]>> = {
  classTeachers: ['классные руководители', 'классных руководителей', 'кл рук', 'классные', 'педагоги'],
  deputyDirectors: ['заместители директоров', 'заместителей директоров', 'зам дир', 'заместители', 'замдиректора'],
  parents: ['родители', 'родителей', 'родит'],
  pupils: ['обучающиеся', 'обучающихся', 'учащиеся', 'учащихся', 'обуч', 'школьники', 'дети'],
  schools: ['образовательные организации', 'образовательных организаций', 'оо', 'школы', 'школ'],
  districts: ['муниципальные районы', 'муниципальных районов', 'районы', 'районов', 'муниципалитеты'],
};

/** The category a name means: «классные руководители», «кл. рук.», «родители», «classTeachers» …; undefined when none or several. */
export function participantCategoryOf(name: string): ParticipantCategory | undefined {
  const key = participantCategories.find((category) => category.toLowerCase() === name.trim().toLowerCase());
  if (key) return key;
  const wanted = name
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replace(/[^a-zа-я0-9]+/g, ' ')
    .trim();
  if (wanted === '') return undefined;
  const exact = participantCategories.filter((category) => categoryNames[category].includes(wanted));
  if (exact.length === 1) return exact[0];
  const started = participantCategories.filter((category) => categoryNames[category].some((known) => known.startsWith(wanted)));
  return wanted.length >= 4 && started.length === 1 ? started[0] : undefined;
}
