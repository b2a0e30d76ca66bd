// Numbers and years the document adds itself: the sections are numbered I,
// II…, the items 1, 2… in the «№» column, and « на 2023–2024 учебный год»
// follows the title. A plan copied from an old document often has them
// written in already, and would print them twice («I. I.», «…учебный год на
// 2023–2024 учебный год»). validate warns about them (kinds/numbering-rules.ts)
// and the document leaves the written ones out, by the same patterns.

const sectionNumber = /^\s*((?:[IVXLC]+|\d+(?:\.\d+)*)[.)])\s+(?=\S)/;
const itemNumber = /^\s*(\d+(?:\.\d+)*[.)])\s+(?=\S)/;
// \b knows only Latin letters: the Cyrillic word edges are spelled out.
const yearPhrase = /(?:^|\s)на\s+\d{4}\s*[-–—/]\s*\d{2,4}\s*(?:учебный\s+год|уч\.\s*год|уч\.\s*г\.)(?![а-яё])\.?/i;

/** The number a section title starts with («I.», «2.»), if it does. */
export function sectionTitleNumber(title: string): string | undefined {
  return sectionNumber.exec(title)?.[1];
}

export function withoutSectionNumber(title: string): string {
  return title.replace(sectionNumber, '');
}

/**
 * The number an activity starts with («1.», «2)»), if it does and no later
 * line starts with one: «1. … 2. …» on lines of their own is a list the
 * activity means to print.
 */
export function activityNumber(activity: string): string | undefined {
  const [first, ...rest] = activity.split('\n');
  if (rest.some((line) => itemNumber.test(line))) return undefined;
  return itemNumber.exec(first!)?.[1];
}

export function withoutActivityNumber(activity: string): string {
  return activityNumber(activity) === undefined ? activity : activity.replace(itemNumber, '');
}

/** The year phrase a title already has («на 2023-2024 учебный год»), and whether it ends the title. */
export function titleYearPhrase(title: string): { phrase: string; atEnd: boolean } | undefined {
  const match = yearPhrase.exec(title);
  if (!match) return undefined;
  return { phrase: match[0].trim(), atEnd: title.slice(match.index + match[0].length).trim() === '' };
}
