// A person's name in the dative case, as a diploma says it: «награждается
// Ивановой Марии Петровне». petrovich was chosen over lvovich on the table of
// 58 real names in test/contest/declension-names.ts (double surnames,
// «оглы»/«кызы», Korean, Armenian, Georgian, Tatar names, women's surnames that
// do not decline): petrovich 57 right, lvovich 51 (it left «Оганесян Ашот» and
// «Любовь» undeclined and declined «Айтен»); petrovich loads in 1–3 ms against
// 3–8 ms. Where the case cannot be told for certain (no patronymic to tell a
// man from a woman, Latin letters, a part the rules say must change that came
// back unchanged) the name is kept in the nominative and said to be uncertain,
// so that a person checks it before the diplomas are printed.
import petrovich from 'petrovich';

export interface DativeName {
  /** The dative, or the name as given when `certain` is false. */
  readonly text: string;
  readonly certain: boolean;
}

type Gender = 'male' | 'female';

const MALE_TURKIC = new Set(['оглы', 'улы', 'оглу', 'уулу']);
const FEMALE_TURKIC = new Set(['кызы', 'гызы']);
const CYRILLIC_WORD = /^[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*$/u;
const CONSONANT_END = /[бвгджзйклмнпрстфхцчшщь]$/u;

export function dativeName(full: string): DativeName {
  const given = full.trim().replace(/\s+/gu, ' ');
  const uncertain: DativeName = { text: given, certain: false };
  const words = given.split(' ');
  if (words.length < 3 || words.length > 4 || !words.every((word) => CYRILLIC_WORD.test(word))) return uncertain;
  const [last, first] = words as [string, string];
  const tail = words[3]?.toLowerCase();
  const gender = genderOf(words[2]!, tail);
  if (!gender) return uncertain;
  // «Рауф оглы», «Ахмед кызы»: the father's name stays as it is.
  const middle = tail === undefined ? words[2]! : undefined;
  const result = petrovich({ last, first, ...(middle === undefined ? {} : { middle }), gender }, 'dative');
  // A woman's surname ending in a consonant never declines («Цой», «Ковальчук», «Гоголь»).
  const lastDative = gender === 'female' && CONSONANT_END.test(last.toLowerCase()) ? last : result.last!;
  if (!looksDeclined(gender, first, result.first!, true) || !looksDeclined(gender, last, lastDative, false)) return uncertain;
  if (middle !== undefined && result.middle === middle) return uncertain;
  const rest = middle === undefined ? `${words[2]} ${words[3]}` : result.middle!;
  return { text: `${lastDative} ${result.first} ${rest}`, certain: true };
}

function genderOf(patronymic: string, tail: string | undefined): Gender | undefined {
  if (tail !== undefined) return MALE_TURKIC.has(tail) ? 'male' : FEMALE_TURKIC.has(tail) ? 'female' : undefined;
  const lower = patronymic.toLowerCase();
  if (/(?:ич|оглы)$/u.test(lower)) return 'male';
  if (/(?:на|кызы)$/u.test(lower)) return 'female';
  return undefined;
}

/**
 * What the rules say must change, changed: a man's first name or surname
 * ending in a consonant (but «-их», «-ых»), and any name ending in «-а», «-я»
 * (a first name always; a surname unless it ends in a stressed «-а» as
 * «Дюма», which is left for a person to check).
 */
function looksDeclined(gender: Gender, nominative: string, dative: string, firstName: boolean): boolean {
  const lower = nominative.toLowerCase().split('-').at(-1)!;
  const mustChange =
    (gender === 'male' && /[бвгджзклмнпрстфхцчшщ]$/u.test(lower) && !/(?:их|ых)$/u.test(lower)) ||
    (firstName && /[ая]$/u.test(lower)) ||
    (!firstName && /[ая]$/u.test(lower));
  return !mustChange || dative !== nominative;
}
