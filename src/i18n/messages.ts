// Every user-facing string of the interface, in English and Russian, in one
// place. Document text (what goes into a DOCX) is Russian only and lives in
// src/docs; this file is what the program *says* to its user. Russian month and
// weekday names come from the one table of Russian words (src/text).
import { monthsIn, numericOrdinal, ordinalWords, unitAccusative, weekdayAbbreviations, weekdaysIn, weekdayWords } from '../text/russian-words.js';

export type MessageParams = Readonly<Record<string, string | number | undefined>>;
type Message = string | ((p: MessageParams) => string);

const q = (value: unknown) => `«${String(value)}»`;
const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthNamesPrepositional = monthsIn('prepositional');
const month = (names: readonly string[], p: MessageParams) => names[Number(p.month) - 1] ?? '';

/** 1001744 → «1,001,744» (English) or «1 001 744» (Russian, with no-break spaces). */
const NBSP = '\u00A0';
const grouped = (value: unknown, separator: string) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, separator);

/** Where a budget was exceeded: a table by its number, or a sheet's range as written («План!A6:Z200000»). */
const budgetPlaceEn = (p: MessageParams) => (p.table !== undefined ? `table ${p.table}` : String(p.range));
const budgetPlaceRu = (p: MessageParams) => (p.table !== undefined ? `таблица ${p.table}` : String(p.range));
/** Russian groups the digits of numbers of five digits and more: «1000», «10 000». */
const numberRu = (value: unknown) => (String(value).length > 4 ? grouped(value, NBSP) : String(value));
/** The Russian noun form for a count: 1 столбец, 2 столбца, 5 столбцов. */
const pluralRu = (count: unknown, one: string, few: string, many: string) => {
  const n = Number(count) % 100;
  return n % 10 === 1 && n !== 11 ? one : n % 10 >= 2 && n % 10 <= 4 && (n < 12 || n > 14) ? few : many;
};

const weekdaysLongEn = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** «1 марта — не среда»: the nominative. */
const weekdaysNominativeRu = weekdaysIn('nominative');
/** The form of a word for a count: Russian has one («1 раз»), few («2 раза») and many («5 раз»); English one and other. */
type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
const pluralRules: Partial<Record<'en' | 'ru', Intl.PluralRules>> = {};
const plural = (locale: 'en' | 'ru', count: unknown, forms: PluralForms) =>
  forms[(pluralRules[locale] ??= new Intl.PluralRules(locale)).select(Number(count))] ?? forms.other;
const timesEn: PluralForms = { one: 'time', other: 'times' };
const timesRu: PluralForms = { one: 'раз', few: 'раза', many: 'раз', other: 'раза' };
const ordinalEn = (n: number) => `${n}${n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'}`;
/** «-1», «1 and 3»: the weeks of a monthly rule, -1 for the last. */
const nthsOf = (value: unknown) =>
  String(value)
    .split(/\s*(?:and|,)\s*/)
    .map(Number);
/** «3-я пятница», «последнее воскресенье»: ordinals agree with the (first) weekday named. */
const ordinalsRu = (nths: number[], days: string) => {
  const first = days.split(/[ ,]/)[0]!;
  const gender = weekdayWords.find((words) => words.singular.nominative === first)?.gender ?? 'masculine';
  const last = ordinalWords.find((words) => words.value === -1)!;
  return nths.map((n) => (n === -1 ? last[gender] : numericOrdinal(n, gender))).join(' и ');
};

const orList = (values: unknown, word: string) =>
  String(values ?? '')
    .split('|')
    .map(q)
    .join(`, `)
    .replace(/, ([^,]*)$/, ` ${word} $1`);

/** «distance» (Заочный тур) or «final» (Очный тур): codes the user types, each with the name a person reads. */
const orNamedList = (values: unknown, names: unknown, word: string) => {
  const titles = String(names ?? '').split('|');
  return orList(values, word)
    .split(/(?<=»)/)
    .map((part, index) => (titles[index] ? `${part} (${titles[index]})` : part))
    .join('');
};

const en = {
  // validation
  'yaml-syntax': (p) => `YAML syntax error: ${p.detail}.`,
  'duplicate-key': (p) => `Key ${q(p.key)} appears twice in the same block; keep one and delete the other.`,
  'tab-indent': 'Tabs cannot indent YAML; indent with spaces.',
  'bad-indent': 'This line is not indented like the lines of its block; line up keys of one block in the same column.',
  'colon-in-value': 'The value contains «: », which YAML reads as a new key; put the whole value in quotes.',
  'bad-scalar-start': 'A value cannot start with this character; put the whole value in quotes.',
  'multiple-documents': 'A file holds one document; remove the «---» line and move what follows into a file of its own.',
  'unclosed-quote': 'The quoted text that starts here is never closed; add the closing quote at its end.',
  'alias-unknown': (p) =>
    `No anchor «&${p.name}» is set above this alias «*${p.name}»; set the anchor before its first use (key: &${p.name} value) or write the value out.`,
  'alias-cycle': (p) => `The alias «*${p.name}» stands inside the very block it names, so it would never end; write the value out instead.`,
  'alias-expansion': (p) =>
    `The aliases expand this file to more than ${grouped(p.limit, ',')} characters, too much to check or print; write the repeated part out or use fewer aliases.`,
  'too-many-aliases': (p) => `The file uses more than ${grouped(p.limit, ',')} aliases («*name»); write the repeated part out or use fewer aliases.`,
  'too-deep': (p) => `The blocks are nested more than ${p.limit} levels deep, far more than any centre file needs; check the indentation and the brackets.`,
  'control-character': (p) => `The invisible control character ${p.char} is in the text; delete it (retype the words around it if the text was pasted).`,
  'empty-file': 'The file is empty; start it with «kind: plan», «kind: cyclogram» or «kind: holidays».',
  'not-a-mapping': 'The file must be a set of «key: value» lines starting with «kind: …».',
  'missing-kind': (p) => `The file does not say what it is; add «kind: …» as its first line (one of ${orList(p.kinds, 'or')}).`,
  'unknown-kind': (p) => `Unknown kind ${q(p.kind)}${p.suggestion ? `; did you mean ${q(p.suggestion)}?` : `; use one of ${orList(p.kinds, 'or')}.`}`,
  'unknown-key': (p) => `Unknown key ${q(p.key)}${p.suggestion ? `; did you mean ${q(p.suggestion)}?` : `; allowed here: ${orList(p.allowed, 'and')}.`}`,
  'missing-key': (p) => `Required key ${q(p.key)} is missing here; add it.`,
  'expected-text': (p) => `Expected text here, found ${p.found}; write the text after the colon.`,
  'empty-text': 'The text is empty; write what it should say or delete the key.',
  'expected-date': (p) => `Expected a date such as 2023-09-27 or 27.09.2023, found ${p.found}.`,
  'date-format': (p) => `${q(p.value)} is not a date; write it as 2023-09-27 or 27.09.2023.`,
  'impossible-date': (p) =>
    p.days ? `There is no such date: ${month(monthNames, p)} ${p.year} has ${p.days} days.` : `There is no such date: the month must be 01 to 12.`,
  'expected-academic-year': (p) => `Expected an academic year such as 2023-2024, found ${p.found}.`,
  'academic-year-format': (p) => `${q(p.value)} is not an academic year; write it as 2023-2024.`,
  'academic-year-order': (p) => `${q(p.value)}: an academic year spans two consecutive years, e.g. 2023-2024.`,
  'expected-list': (p) => `Expected a list here, found ${p.found}; write each entry on its own line starting with «- ».`,
  'empty-list': 'The list is empty; add at least one entry starting with «- ».',
  'expected-object': (p) => `Expected a block of «key: value» lines here, found ${p.found}.`,
  'approval-stamp': (p) => `Unknown stamp ${q(p.value)}; use ${orList(p.options, 'or')}${p.suggestion ? ` (did you mean ${q(p.suggestion)}?)` : ''}.`,
  'section-without-items': 'This section has no items; add at least one item or delete the section.',
  'plan-without-sections': 'The document has no sections; add at least one section with items.',
  'schedule-every': (p) => `${q(p.value)} is not a repetition; use «week», «month» or «quarter».`,
  'schedule-weekday': (p) => `${q(p.value)} is not a weekday; use пн, вт, ср, чт, пт, сб or вс.`,
  'schedule-nth': 'nth is which weekday of the month: a number from 1 to 5, or «last».',
  'schedule-month': 'Months are numbers from 1 (January) to 12 (December).',
  'schedule-unscheduled': 'Write «unscheduled: true», or leave the key out.',
  'schedule-shape': 'A schedule needs exactly one of: «every», «dates», «from» with «to», «deadline» or «unscheduled: true».',
  'schedule-nth-needs-weekday': 'nth needs «weekdays» and «every: month», e.g. {every: month, weekdays: [пн], nth: 3}.',
  'schedule-range-order': (p) => `The schedule ends (${p.to}) before it starts (${p.from}); swap the dates.`,
  'school-year-terms': 'A school year has 4 terms (четверти) or 3 trimesters (триместры), in order.',
  'school-year-outside': (p) => `${p.from} – ${p.to} is outside the ${p.year} academic year (1 September – 31 August); check the years.`,
  'school-year-term-order': (p) => `Term ${p.number} starts before the previous one ends; list the terms in order without overlaps.`,
  'expected-boolean': (p) => `Expected true or false, found ${p.found}.`,
  'timing-unreadable': (p) =>
    `centre cannot tell dates from ${q(p.value)}; reword it (e.g. «каждый 3-й понедельник месяца», «до 15 декабря») or add «schedule:».`,
  'timing-unreadable-because': (p): string => `centre cannot tell dates from ${q(p.value)}: ${reasonOf('en', p)}; reword it or add «schedule:».`,
  'timing-ignored': (p) => `centre read ${q(p.value)} without ${q(p.words)}, which it does not understand; check the dates it shows, or add «schedule:».`,
  'phrase-impossible-date': (p) => `There is no such day as ${p.value}; check the day and month.`,
  'phrase-range-reversed': 'This range ends before it starts; check the order of its dates.',
  'phrase-range-year-typo': (p) => `With ${p.value} the range would end before it starts: read as ${p.likely} (${p.start} – ${p.end}); correct the year.`,
  'phrase-year-typo': (p) => `${p.value} falls outside the plan's year; did you mean ${p.likely}?`,
  'phrase-months-backwards': (p) =>
    `These months run past the plan's year: read as ${p.start} – ${p.end}, which ends after the plan's last day (${p.period}); if you meant ${q(p.meant)} (${p.meantStart} – ${p.meantEnd}), swap the months; if the dates read are right, write their years.`,
  'phrase-months-before-plan': (p) =>
    `This range begins in the month before the plan's first day (${p.period}): read as ${p.start} – ${p.end}; if that is meant, write the year of its first month, ${q(p.meant)}; otherwise check the months.`,
  'phrase-day-missing': (p) => `${p.value} has no day, though the range ends on one: read from ${p.date}; write the day it begins.`,
  'phrase-weekday-mismatch': (p) => `${p.date} is not a ${weekdaysLongEn[Number(p.weekday) - 1]}; check the date or the weekday.`,
  'date-on-holiday': (p) => `${p.date} is a day off (${p.name}); check the date.`,
  'event-off-rule': (p) => `${p.date} is not a day of this item's own rule ${q(p.rule)}; check the date or the rule.`,
  'text-date-off-rule': (p) => `The date ${p.date} written in this item's text is not a day of its own rule ${q(p.rule)}; check the date or the rule.`,
  'id-format': (p) => `${q(p.value)} cannot be an id: use Latin letters, digits, «-», «_» or «.», no spaces (e.g. buz-001).`,
  'id-number-with-dot': (p) => `${p.value} is read by YAML as a number, so «2.10» would become «2.1»: put the id in quotes, id: "${p.value}".`,
  'approval-meeting-or-order':
    'This stamp says neither where it was approved nor by which order: add «meeting:» and «protocolNumber:», or «order:» and «orderNumber:».',
  'email-format': (p) => `${q(p.value)} is not an e-mail address; write it as name@example.ru.`,
  'public-field': (p) => `${q(p.value)} cannot be published; list any of ${orList(p.options, 'and')}.`,
  'attachment-path': (p) => `${q(p.value)} is not a path inside the workspace; write it relative to this file, without «..», e.g. files/case.pdf.`,
  'attachment-twice': (p) => `The file ${q(p.value)} is attached twice; delete one entry.`,
  'link-url': (p) => `${q(p.value)} is not a web address; write it in full, starting with https://.`,
  'practice-status': (p) => `Unknown status ${q(p.value)}; use ${orList(p.options, 'or')} (only published practices appear on the site).`,
  'empty-clause': 'This clause says nothing; give it a «text», a «title», «clauses» or a «list», or delete it.',
  'document-number-without-date': 'The document has a number but no date; add «date:» so that it can be cited («от … № …»).',
  'phone-format': (p) => `${q(p.value)} is not a phone number; write digits, e.g. +7 (3532) 77-00-00.`,
  'indicator-type': (p) => `Unknown type ${q(p.value)}; use integer, number, percent, boolean, choice, text or date.`,
  'indicator-total': (p) => `Unknown total ${q(p.value)}; use sum, mean, weighted mean, count of да, count per choice or none.`,
  'registry-level': (p) => `Unknown level ${q(p.value)}; use region, okrug (a city or municipal okrug) or district.`,
  'expected-number': (p) => `Expected a number here, found ${p.found}.`,
  'choices-too-few': 'A choice needs at least two options.',
  'month-day-format': (p) => `${q(p.value)} is not a due day; write month and day as 12-15.`,
  'version-range': 'The version is a whole number from 1 up.',
  'duplicate-id': (p) => `The id ${q(p.value)} is already used by entry ${p.first} of this list; ids must be unique.`,
  'item-id-duplicate': (p) => `The id ${q(p.value)} is already used by item ${p.first} of this plan; give each item its own id.`,
  'expected-count': (p) => `Expected a whole number of 0 or more here, found ${p.found ?? q(p.value)}.`,
  'record-status': (p) => `Unknown status ${q(p.value)}; use held, moved, cancelled or not-held (or проведено, перенесено, отменено, не проведено).`,
  'record-entry-duplicate': (p) => `The item ${q(p.value)} already has entry ${p.first} in this record; keep one entry per item.`,
  'record-total-below-categories': (p) =>
    `The total (${p.total}) is below the sum of the categories of people (${p.sum}); correct the total or the categories.`,
  'record-reason-missing': (p) => `The entry for ${q(p.value)} says it was not held; add «comment:» with the reason, the analysis lists it.`,
  'record-held-without-date': (p) => `The entry for ${q(p.value)} is held but has no «dates:»; add the day(s) it was held.`,
  'record-item-unknown': (p) => `No item of ${p.plan} has the id or number ${q(p.value)}; correct it or give the item this id in the plan.`,
  'record-date-outside-period': (p) =>
    `The date ${p.date} is outside the dates expected for the plan's year (${p.from} – ${p.to}); check the year. The analysis leaves it out of the figures by month.`,
  'record-item-past': (p) =>
    `Item ${p.number} ${q(p.value)} was due by ${p.date} and has no entry in ${p.record}; record it with «centre done ${p.plan} ${p.value}».`,
  'record-item-past-no-id': (p) =>
    `Item ${p.number} («${p.title}») was due by ${p.date} and has no entry in ${p.record}; record it with «centre done ${p.plan} ${p.number}».`,
  'record-plan-missing': (p) => `The record's plan ${q(p.plan)} cannot be read (${p.reason}); correct «plan:» to name the plan file beside the record.`,
  'record-plan-not-found': 'no such file',
  'record-plan-invalid': 'it has errors; run centre validate on it',
  'record-plan-other-kind': (p) => `it is a ${q(p.kind)} file, not a plan`,
  'unknown-district': (p) =>
    `No district has the id ${q(p.value)}${p.suggestion ? `; did you mean ${q(p.suggestion)}?` : `; known: ${orList(p.known, 'and')}.`}`,
  'choice-needs-choices': 'A «choice» indicator needs «choices:», the list of options.',
  'choices-not-choice': 'Only an indicator of type «choice» has «choices»; change the type or delete the list.',
  'min-above-max': (p) => `The minimum (${p.min}) is above the maximum (${p.max}).`,
  'total-not-for-type': (p) => `A ${q(p.type)} indicator cannot be totalled as ${q(p.value)}; use ${orList(p.totals, 'or')}.`,
  'total-needs-by': 'A «weighted mean» total needs «by:», the numeric indicator to weigh by (e.g. by: class_teachers).',
  'total-by-unknown': (p) =>
    `«by» names ${q(p.value)}, which is not a numeric indicator of this form${p.suggestion ? `; did you mean ${q(p.suggestion)}?` : '.'}`,
  'total-by-without-weighted': '«by:» only applies to «total: weighted mean»; delete it or change the total.',
  'check-syntax': (p) =>
    `${q(p.value)} is not a check; write two indicators or an indicator and a number with <=, >=, <, >, == or !=, e.g. «trained <= class_teachers».`,
  'check-unknown-indicator': (p) =>
    `The check names ${q(p.value)}, which is not a numeric indicator of this form${p.suggestion ? `; did you mean ${q(p.suggestion)}?` : '.'}`,
  orientation: (p) => `Unknown orientation ${q(p.value)}; use «portrait» or «landscape».`,
  'column-after': (p) => `Unknown place ${q(p.value)} for a column; use «activity», «timing» or «responsible».`,
  'year-range': (p) => `${q(p.value)} is not a plausible year; write a year such as 2023 or a full date.`,
  'wrong-value': (p) => `Expected ${orList(p.options, 'or')}, found ${q(p.value)}.`,
  'invalid-value': 'This value is not valid here.',
  'plan-needs-year': 'A plan needs its academic year (academicYear: 2023-2024) or a period (period: {from, to}).',
  'year-and-period': 'Give either academicYear or period, not both.',
  'period-order': (p) => `The period ends (${p.to}) before it starts (${p.from}); swap the dates.`,
  'name-format': (p) => `Write the name as initials before the surname, e.g. «Н.К. Антюфеева» (found ${q(p.value)}).`,
  'title-has-year': (p) => `The title already says ${q(p.phrase)}, which the document adds itself from academicYear; delete it from the title.`,
  'section-numbered': (p) => `The section title starts with its number ${q(p.number)}, which the document adds itself; delete the number.`,
  'item-numbered': (p) => `The activity starts with its number ${q(p.number)}, which the document's «№» column shows; delete the number.`,
  'undeclared-column': (p) =>
    `Column ${q(p.column)} is not declared under «columns»; ${p.suggestion ? `write ${q(p.suggestion)}, or ` : ''}add «- title: ${p.column}» there.`,
  'event-outside-period': (p) => `The date ${p.date} lies outside the plan's period ${p.from} – ${p.to}; check the year.`,
  'file-not-found': 'No such file or folder; check the path.',
  'not-utf8': 'The file is not saved as UTF-8 (Windows-1251, perhaps); save it again choosing the UTF-8 encoding.',
  'file-unreadable': (p) => `The file cannot be read: ${p.reason}.`,
  'folder-unreadable': (p) => `The folder cannot be read: ${p.reason}.`,
  'path-unreadable': (p) => `This path cannot be opened: ${p.reason}.`,
  'not-yaml': 'Only .yaml and .yml files can be checked; pass a YAML file or a folder.',
  'no-files': 'No .yaml files found here; create one with «centre init» or pass a file.',
  'not-a-plan': (p) => `This is a ${q(p.kind)} file, not a plan or cyclogram; pass a plan to build.`,
  'output-is-input': (p) => `Refusing to write over the input file ${p.path}; choose another --output.`,
  'output-not-docx': (p) => `-o ${p.path} is neither a .docx file nor a folder; end the name in .docx, or name a folder for the documents.`,
  'output-one-file-several-plans': (p) =>
    `${p.count} plans are built, one document each, so -o must name a folder, not the file ${p.path}; name a folder, or build one plan at a time.`,
  'output-not-own': (p) => `Refusing to write over ${p.path}: it is not a ${p.what} written by centre; choose another --output.`,
  'output-failed': (p) => `Cannot write ${p.path}: ${p.reason}.`,
  'output-read-only': (p) =>
    `${p.path} is read-only, so centre leaves it as it is; make it writable (chmod u+w ${p.path}, or clear «Read-only» in its properties) and run again.`,
  'file-locked': (p) =>
    `${p.path} is being changed by another run of centre${p.pid ? ` (process ${p.pid})` : ''}; wait until it ends, or delete ${p.lock} if no centre is running.`,
  'not-regular-file': 'This is a named pipe, socket or device, not an ordinary file, and is not read; remove it or move it out of the folder.',
  'io-failed': (p) => `The file system refused${p.path ? ` ${p.path}` : ''}: ${p.reason}.`,
  'io-no-permission': 'this account has no permission for it; ask for access or use a folder of your own',
  'io-not-a-folder': 'a file stands where a folder of the path should be',
  'io-is-a-folder': 'it is a folder, not a file; name a file',
  'io-missing': 'it is not there (moved or deleted, or a link to nowhere); check the path',
  'io-disk-full': 'the disk is full',
  'io-read-only': 'the disk is read-only',
  'io-device': 'the disk or network drive failed to read or write; try again or copy the files elsewhere',
  'io-link-loop': 'its links point at each other in a loop; fix the link',
  'io-name-too-long': 'the name or path is too long; use a shorter one',
  'io-too-many-open': 'too many files are open; close some programs and try again',
  'io-busy': 'another program holds it; close that program and try again',
  'io-too-big': 'it is too large',
  'io-not-regular': 'it is a named pipe, socket or device, not an ordinary file',
  'io-other': (p) => `the system refused (${p.code}); check the path and the permissions`,
  'unknown-schema': (p) => `Unknown kind ${q(p.kind)}; use ${orList(p.kinds, 'or')}.`,
  // when and calendar
  'when-description': 'show how centre reads a timing phrase, and its dates in an academic year',
  'when-phrase': 'the timing text, in quotes: "каждый 3-й понедельник месяца"',
  'when-year': 'academic year, e.g. 2023-2024 (default: the current one)',
  'when-format': 'output format: text, json, or jsonl (one reading per line)',
  'when-needs-phrase': 'Give a phrase in quotes, or --file with one phrase per line.',
  'when-unreadable-because': (p) => `centre cannot tell dates from ${q(p.value)}: ${p.reason}; reword it or use «schedule:» in the plan.`,
  'when-file': 'a text file of phrases, one per line, read in one go',
  'when-school-year': 'a school-year file (kind: school-year) for terms and holidays instead of the federal default',
  'when-unreadable': (p) =>
    `centre cannot tell dates from ${q(p.value)}; try a wording such as «каждый 3-й понедельник месяца», «до 15 декабря», «октябрь - апрель», or use «schedule:» in the plan.`,
  'kind-date': 'a single date',
  'kind-dates': 'several dates or periods',
  'kind-range': 'a range',
  'kind-period': 'the whole period',
  'kind-deadline': 'a deadline',
  'kind-recurring': 'recurring',
  'kind-unscheduled': 'no dates (as needed)',
  'rule-weekly': (p) => `every week${p.days ? `, on ${p.days}` : ''}`,
  'rule-monthly': (p) =>
    p.days
      ? `every month, on the ${nthsOf(p.nth)
          .map((n) => (n === -1 ? 'last' : ordinalEn(n)))
          .join(' and ')} ${p.days}`
      : 'every month',
  'rule-quarterly': 'every quarter',
  'rule-daily': (p) => (p.interval === 2 ? 'every other day' : 'every day'),
  'rule-yearly': 'once a year, day not fixed',
  'rule-month-day': (p) => `every month, on day ${p.day}`,
  'rule-times': (p) => `${p.count} ${plural('en', p.count, timesEn)} per ${p.per}`,
  'rule-except': (p) => `except ${p.months}`,
  'when-dates': (p) => `dates (${p.count}):`,
  'when-span': (p) => `from ${p.start} to ${p.end} (${p.count} days)`,
  'when-open': (p) => `from ${p.start} on, no end given`,
  'when-deadline-day-off': (p) => `due ${p.date} as written, a day off (${p.name}); only a monitoring form's deadline moves to the next working day`,
  'when-no-dates': 'no dates: done as needed or by agreement',
  'when-per-period-note': (p) => `${p.count} ${plural('en', p.count, timesEn)} per ${p.per}, days not fixed: the dates are the first days of each ${p.per}`,
  'when-heading': (p) => `${q(p.phrase)} in the ${p.year} academic year`,
  'news-description': 'news of the site section: write a draft from the record',
  'news-from-record-description': 'write a news draft (news/<date>-<title>.md) from an item of the record marked held: its days, participants and evidence',
  'news-plan': 'the plan file whose record holds the item',
  'news-item': "the item: its number as printed in the plan's document (7, or 2.3) or its id",
  'news-output': 'the draft to write (default: news/<date>-<title>.md in the workspace); an existing file is never written over',
  'examples-news':
    'centre news from-record plans/plan.yaml forum-2024\ta draft from the record of item forum-2024\ncentre news from-record plans/plan.yaml 7 -o news/forum.md\tof item 7, to a file of its own',
  'news-draft-written': (p) => `wrote the news draft ${p.path} from item ${q(p.item)}; write it up, delete the line «draft: true» and build the site.`,
  'news-draft-exists': (p) => `${p.path} already exists and is never written over; edit it, or give another file with -o.`,
  'news-no-record': (p) => `The plan has no record (${p.record}); mark the item held first with centre done.`,
  'news-item-not-recorded': (p) => `The record has no entry for item ${q(p.item)}; mark it held first: centre done ${p.plan} ${p.key}.`,
  'news-item-not-held': (p) => `Item ${q(p.item)} is recorded as ${p.status}, not held; only a held item makes news.`,
  'news-no-front-matter': 'A news file starts with front matter: a line «---», then «title:» and «date:», then a line «---»; add it at the top.',
  'news-front-matter-unclosed': 'The front matter that opens on line 1 is never closed; end it with a line «---» after «title:» and «date:».',
  'site-analysis-left-out':
    'This analysis is not a DOCX file that can be read (or is a link out of the workspace) and is left out of «Итоги года»; write it again with centre analysis build.',
  'news-draft-left-out': 'This news is a draft (draft: true), left out of the site; when it is written, delete the line «draft: true».',
  'done-description': "mark an item of a plan as held (or moved, cancelled, not held) in the plan's record",
  'done-plan': 'the plan file',
  'done-item': "the item: its number as printed in the plan's document (7, or 2.3 for section II, item 3) or its id",
  'done-category': 'participants by category, e.g. "классные руководители=32,родители=8"; the people in them make the total',
  'done-date': 'the day(s) it was held, YYYY-MM-DD, several separated by commas (default for a new entry: today)',
  'done-participants': 'how many people took part in all (with --category, their sum)',
  'done-link': 'a link or file name that shows it was held',
  'done-note': 'a comment; for an item not held, the reason',
  'done-status': 'held, moved, cancelled or not-held, or in Russian: проведено, перенесено, отменено, не проведено (default: held)',
  'done-record': 'the record file (default: <plan>.record.yaml beside the plan)',
  'done-added': (p) => `recorded item ${p.item} in ${p.path}`,
  'done-updated': (p) => `updated the entry of item ${p.item} in ${p.path}`,
  'done-unknown-item': (p) =>
    `No item of this plan has the id ${q(p.value)}${p.suggestion ? `; did you mean ${q(p.suggestion)}?` : "; name the item by its id or its number in the plan's document."}`,
  'done-plan-without-ids': (p) =>
    `No item of this plan has an id, so ${q(p.value)} cannot be found; name the item by its number in the plan's document, e.g. 7.`,
  'done-no-such-number': (p) => `The plan has no item ${q(p.value)}; its items are numbered 1 to ${p.count}, as its document prints them.`,
  'done-bad-category': (p) => `${q(p.value)} is not a category with a count; write it as "классные руководители=32,родители=8".`,
  'done-unknown-category': (p) =>
    `${q(p.value)} is not a category of participants; use классные руководители, заместители директоров, родители, обучающиеся, образовательные организации or районы.`,
  'done-category-twice': (p) => `The category ${q(p.value)} is given twice; give each category once.`,
  'done-categories-sum': (p) =>
    `The categories add up to ${p.sum} people, but --participants says ${p.total}; correct one of them, or leave out --participants and the categories make the total.`,
  'done-bad-participants': (p) => `${q(p.value)} is not a number of participants; write a whole number such as 120.`,
  'done-bad-status': (p) => `${q(p.value)} is not a status; use held, moved, cancelled or not-held (or проведено, перенесено, отменено, не проведено).`,
  'done-several-records': (p) => `Several records name this plan (${orList(p.files, 'and')}); keep one, or pass --record.`,
  'analysis-description': "write the year's analysis («Анализ работы») of a plan from its record, as DOCX with tables and charts",
  'analysis-year': 'the academic year, e.g. 2023-2024 (default: the one record of the workspace)',
  'analysis-output': 'the DOCX file to write (default: out/<record>-analysis.docx)',
  'analysis-monitoring': 'the two summaries of the year written by report merge (interim and final), compared by district in the analysis',
  'analysis-monitoring-two': (p) => `--monitoring takes two summaries (the interim and the final round), not ${p.count}.`,
  'analysis-monitoring-other-year': (p) => `warning: the summaries are of ${p.year}, the plan of ${p.plan}; check that these are this year's summaries.`,
  'analysis-records': "record files (or their plans) or folders (default: the workspace's plans/)",
  'analysis-wrote': (p) => `wrote ${p.path} (${p.planned} item(s) planned, ${p.held} held, ${p.charts} chart(s))`,
  'analysis-no-record': (p) => `No record${p.year ? ` of ${p.year}` : ''} found here; mark an item with «centre done <plan> <item>» to start one.`,
  'analysis-several-records': (p) => `Several records found (${orList(p.files, 'and')}); pass one, or --year.`,
  'when-ignored': (p) => `not understood, left out: ${p.words}`,
  'kind-quota': 'a count per period',
  'rule-quota': (p) => `${p.atLeast ? 'at least ' : ''}${p.count} ${plural('en', p.count, timesEn)} per ${p.per}, days not fixed`,
  'quota-per': (p) =>
    (
      ({
        'quarter-term': 'school term',
        'half-year': 'half-year',
        trimester: 'trimester',
        year: 'school year',
        month: 'month',
        week: 'week',
        quarter: 'quarter',
      }) as Record<string, string>
    )[String(p.unit)] ?? String(p.unit),
  'phrase-weekday-year': (p) => `read as ${p.date}: the weekday written matches that year`,
  'phrase-calendar-week': "a week of a month is a calendar week, Monday to Sunday; the first is the one holding the month's first Thursday",
  'phrase-day-from-length': (p) => `the start has no day: ${p.date}, from the length written (${p.days} days)`,
  'phrase-month-part': (p) =>
    `the ${['start', 'middle', 'end'][Number(p.nth) - 1]} of a month read as its ${['first', 'second', 'last'][Number(p.nth) - 1]} decade (${['1–10', '11–20', '21 to the end'][Number(p.nth) - 1]})`,
  'phrase-unit-start': (p) => `read as the first day of that term: ${p.date}`,
  'phrase-unit-end': (p) => `read as the last day of that term: ${p.date}`,
  'phrase-each-unit-start': 'once at the start of each of them, on a day not said',
  'phrase-each-unit-end': 'once at the end of each of them, on a day not said',
  'phrase-year-start': (p) => `read as the first day of lessons: ${p.date}`,
  'phrase-year-end': (p) => `read as the last day of lessons: ${p.date}`,
  'phrase-parts-in-year': 'a start named beside the whole year: read as the whole year, which holds it',
  'phrase-moved-day': (p) => `a day moved: ${p.from} to ${p.to}; both days are read`,
  'phrase-open-summer': (p) => `from then on: it begins in the summer holidays, so it ends with them (${p.end})`,
  'phrase-days-off': 'it lists days off, not the days of an activity',
  'phrase-august-eve': (p) => `the last week of August read as the eve of the year, in ${p.year}`,
  'phrase-vague': (p) => `${q(p.value)} names some days of the month without saying which`,
  'phrase-relative': (p) => `${q(p.value)} makes the date relative to something the phrase does not date`,
  'phrase-terms-by-months': (p) =>
    `terms of ${p.year} taken as months (I: Sep–Oct, II: Nov–Dec, III: Jan–Mar, IV: Apr–May): there was no federal calendar yet; describe the year in a school-year file`,
  'phrase-federal-school-year': (p) => `terms and holidays of ${p.year} from the federal calendar (ФОП) by default; describe your own in a school-year file`,
  'calendar-description': 'list upcoming webinars, meetings and deadlines from the plans, or export them as iCalendar',
  'calendar-paths': "plan files or folders (default: the workspace's plans/)",
  'calendar-from': 'first day, YYYY-MM-DD (default: today)',
  'calendar-to': 'last day, YYYY-MM-DD',
  'calendar-weeks': 'number of weeks to show (default: 8)',
  'calendar-format': 'output format: table, json or ics',
  'calendar-output': 'write to this file instead of the terminal',
  'calendar-status': "show for past occurrences whether they were held (from the plans' records) and list overdue items with no entry",
  'status-held': 'held',
  'status-moved': 'moved',
  'status-cancelled': 'cancelled',
  'status-not-held': 'not held',
  'status-no-entry': 'no entry in the record',
  'status-no-date': 'no entry for this date',
  'status-overdue': (p) => `Overdue with no entry in the record (${p.count}, as of ${p.today}):`,
  'status-overdue-item': (p) => `${p.number}. ${p.title} (due by ${p.date}) · ${p.source}`,
  'calendar-wrote': (p) => `wrote ${p.path} (${p.count} event(s))`,
  'calendar-school-year-note': (p) => `note: ${p.note}`,
  'calendar-example-left-out': (p) =>
    `${p.file}: an example (example: true), left out of the calendar and the .ics because the workspace has plans of its own; delete the file or its line «example: true».`,
  'calendar-empty': (p) => `Nothing is planned from ${p.from} to ${p.to}.`,
  'no-plans': 'No plan or cyclogram is here; pass the folder or file of a plan (kind: plan), or create one with «centre init».',
  'plans-end-before': (p) => `The plans end on ${p.end}, before the export starts (${p.from}); give an earlier --from, or nothing would be exported.`,
  'calendar-week': (p) => `Week of ${p.start} – ${p.end}`,
  'calendar-until': (p) => `until ${p.end}`,
  'calendar-deadline': 'deadline',
  'calendar-shifted': (p) => `moved from ${p.from}`,
  'calendar-moved': (p) => `moved; the plan said ${p.planned}`,
  'calendar-day-off': (p) => `day off: ${p.name}`,
  'calendar-summary': (p) => `${p.count} occurrence(s) from ${p.from} to ${p.to}.`,
  'bad-date-option': (p) => `${q(p.value)} is not a date; write it as 2023-09-18.`,
  'bad-year-option': (p) => `${q(p.value)} is not an academic year; write it as 2023-2024.`,
  'bad-weeks-option': (p) => `${q(p.value)} is not a number of weeks; write a whole number from 1 to 520.`,
  'to-and-weeks': 'Give either --to or --weeks, not both.',
  'window-order': (p) => `The window ends (${p.to}) before it starts (${p.from}).`,
  // monitoring reports
  'report-not-a-form': 'This workbook is not a centre form (its hidden form data is missing); send the school the form made by «centre report template».',
  'report-missing-indicator': (p) => `The form has no cell for ${q(p.indicator)}; it was made from another version of the form.`,
  'report-formula': (p) => `${q(p.indicator)}: the cell holds a formula, not a value; type the number itself.`,
  'report-required': (p) => `${q(p.indicator)} is not filled in.`,
  'report-check': (p) => `${p.message}`,
  'report-cell-error': (p) => `The cell shows the error ${p.value}; type the value itself.`,
  'report-cell-damaged': 'The cell refers to text the workbook does not hold: the file is damaged; ask the school to type the value again and save the file.',
  'report-not-number': (p) => `${q(p.indicator)}: ${q(p.value)} is not a number.`,
  'report-not-integer': (p) => `${q(p.indicator)}: ${q(p.value)} is not a whole number.`,
  'report-out-of-bounds': (p) => `${q(p.indicator)}: ${q(p.value)} is outside ${p.min} to ${p.max}.`,
  'report-not-boolean': (p) => `${q(p.indicator)}: answer «да» or «нет», not ${q(p.value)}.`,
  'report-not-choice': (p) => `${q(p.indicator)}: ${q(p.value)} is not one of ${orList(p.choices, 'or')}.`,
  'report-not-date': (p) => `${q(p.indicator)}: ${q(p.value)} is not a date.`,
  'csv-no-school-column': 'The CSV file has no «school» column; its first row must name the columns: school and the indicator ids.',
  'xlsx-too-large': 'The file is larger than 5 MB, far more than a filled form; it was not opened.',
  'xlsx-encrypted': 'The file is password-protected or an old .xls; save it as an ordinary .xlsx without a password.',
  'xlsx-not-xlsx': 'The file is not an Excel workbook (.xlsx); send the form in the format it was made in.',
  'xlsx-too-many-parts': 'The workbook holds far more parts than a form; it was not opened.',
  'xlsx-zip-bomb': 'The workbook unpacks to an implausible size (a zip bomb?); it was not opened.',
  'xlsx-damaged': 'The workbook is damaged and cannot be read; ask the school to save it again.',
  'report-other-form': (p) => `This is the form ${q(p.found)}, not ${q(p.expected)}.`,
  'report-other-version': (p) => `This is version ${p.found} of the form; the summary is of version ${p.expected}: send the school the current form.`,
  'report-other-period': (p) => `This report is for the period ${q(p.found)}, not ${q(p.expected)}.`,
  'report-other-year': (p) => `This report is for the academic year ${p.found}, not ${p.expected}; send the school the form of ${p.expected}.`,
  'report-no-year':
    'The report does not say its academic year: add a «year» column (2024-2025), put the year in the file name (…-2024-2025.csv), or pass --year.',
  'merge-mixed-years': (p) => `The forms are of several academic years (${p.years}); pass --year to choose one.`,
  'report-no-school': 'The report does not say which school it is from; the school code cell is empty.',
  'report-unknown-school': (p) => `The school ${q(p.school)} is not in the registry${p.suggestion ? `; did you mean ${q(p.suggestion)}?` : '.'}`,
  'report-duplicate': (p) =>
    `A second report from the school ${q(p.school)}: the newer one, ${p.kept} (saved ${p.keptTime}), is counted; this one (saved ${p.droppedTime}) is not.`,
  'report-duplicate-same-time': (p) =>
    `A second report from the school ${q(p.school)}, saved at the same time (${p.keptTime}): the one in ${p.kept} is counted, this one is not; check which is right.`,
  'report-kind-unknown': 'Only .xlsx and .csv files (and .ods or .xls, with LibreOffice) are reports; this file was not read: save it as .xlsx.',
  'report-is-summary': 'This is a summary written by centre, not a school report; it was not counted.',
  'report-needs-libreoffice':
    'This is an .ods or .xls file: save it as .xlsx, or install LibreOffice (apt-get install libreoffice-calc-nogui) so that centre converts it.',
  'report-conversion-failed': (p) => `LibreOffice could not convert the file (${p.reason}); save it as .xlsx.`,
  'report-in-subfolder': 'This is a folder: its files were not read; pass it too if it holds reports.',
  'no-file-of-kind': (p) => `No ${p.kind} file was found in the workspace's plans/ or templates/; name one with --${p.kind}.`,
  'file-of-other-kind': (p) => `This is a ${q(p.found)} file, not a ${p.kind}; pass the ${p.kind} file with --${p.kind}.`,
  'several-files-of-kind': (p) => `Several ${p.kind} files were found (${orList(p.files, 'and')}); choose one with --${p.kind}.`,
  'unknown-period': (p) => `The form has no period ${q(p.value)}; use ${orList(p.periods, 'or')}.`,
  'report-description': 'monitoring reports: the XLSX form for schools, and the summary of the filled forms',
  'template-description': 'write the XLSX form schools fill in (one per school with a registry)',
  'template-form': "the form definition (default: the workspace's kind: form file)",
  'template-registry': "the registry: one pre-filled form per school (default: the workspace's kind: registry file, if there is one)",
  'template-period': 'the period: interim or final, or its title in Russian: промежуточный, итоговый (default: the next one due)',
  'template-year': 'academic year, e.g. 2024-2025 (default: the current one)',
  'template-output': 'output folder (default: out/forms/); forms already there are kept unless --force',
  'template-wrote': (p) => `wrote ${p.count} form(s) for ${p.period} ${p.year} to ${p.path}`,
  'template-kept': (p) => `${p.count} form(s) already there were kept (they may be filled in); pass --force to write them again.`,
  'template-force': 'write over forms already in the output folder (filled ones too)',
  'merge-description': 'check the filled forms (XLSX or CSV; ODS and XLS through LibreOffice) and write the summary workbook',
  'compare-description':
    'compare two summaries of one form and year (e.g. the interim and final rounds): each indicator by district and region, both values and the change',
  'compare-first': 'the first summary (.xlsx written by report merge)',
  'compare-second': 'the second summary',
  'compare-output': 'the comparison workbook to write (default: out/compare-<period>-<period>.xlsx)',
  'compare-change': 'Change',
  'compare-all': 'count every school each round counted, not only those present in both',
  'compare-rounds': (p) => `${p.a}: ${p.countA} school(s) counted; ${p.b}: ${p.countB} school(s).`,
  'compare-common-schools': (p) => `Compared over the ${p.count} school(s) present in both; pass --all to count every school.`,
  'compare-all-schools': 'Every school counted (--all): a change may come from which schools reported, not from their figures.',
  'compare-only-in': (p) => `Only in ${q(p.round)}: ${p.schools}.`,
  'summary-corrected': (p) =>
    `«Свод» shows ${p.shown} in the row ${q(p.row)}, column ${q(p.header)}, where the totals written by report merge say ${p.kept}; the figure «Свод» shows is used (if the change was not meant, merge the reports again).`,
  'compare-wrote': (p) => `wrote ${p.path} (${p.count} row(s))`,
  'compare-not-summary':
    'This is not a summary written by «centre report merge» (it has no hidden form data); merge the reports again and compare the new summary.',
  'compare-damaged': 'The workbook cannot be read (damaged or not .xlsx); open it in a spreadsheet program and save it again as .xlsx.',
  'compare-too-large': 'The file is too large for a summary; check that it is the right file.',
  'compare-different-forms': (p) => `The summaries are of different forms (${q(p.a)} and ${q(p.b)}); compare two rounds of the same form.`,
  'compare-different-years': (p) =>
    `The summaries are of different academic years (${q(p.a || '—')} and ${q(p.b || '—')}); compare two rounds of the same year.`,
  'merge-files': 'filled forms, or folders of them',
  'merge-output': 'the summary workbook (default: out/summary-<period>-<year>.xlsx); never an input, nor a file that is not a summary by centre',
  'merge-registry': "the registry (default: the workspace's kind: registry file, if there is one)",
  'merge-period': 'count only reports of this period (default: the period most reports are for)',
  'merge-year': 'count only reports of this academic year, e.g. 2024-2025 (default: the year of the forms; forms of several years are an error)',
  'merge-strict': 'write no summary when any file is rejected',
  'merge-wrote': (p) => `wrote ${p.path}`,
  'merge-summary-word': 'summary workbook',
  'conversion-no-output': 'it wrote no .xlsx',
  'conversion-timeout': (p) => `no answer in ${p.seconds} s`,
  'conversion-exit': (p) => `it stopped with exit code ${p.status}`,
  'conversion-not-started': (p) => `it could not be started: ${p.reason}`,
  'summary-total': (p) => `total: ${p.total}`,
  'summary-total-sum': 'sum',
  'summary-total-mean': 'mean of the schools',
  'summary-total-weighted': (p) => `mean weighted by ${q(p.by)}`,
  'summary-total-yes': 'number of «да»',
  'summary-total-choices': 'number of each answer',
  'summary-total-none': 'none',
  'merge-counts': (p) =>
    `${p.files} file(s): ${p.counted} school(s) counted, ${p.rejected} file(s) rejected, ${p.missing} school(s) of the registry have not reported.`,
  'merge-strict-refused': 'No summary written (--strict): fix the files above or run without --strict.',
  'merge-no-files': 'No .xlsx or .csv files found; pass the filled forms or a folder of them.',
  // CLI
  'cli-description': 'Work plans, cyclograms, calendars and monitoring reports for class-teacher support centres.',
  'cli-version': 'print the version',
  'cli-help': 'show help',
  'cli-help-command': 'show help for a command',
  'cli-debug': 'print stack traces of unexpected failures',
  'usage-error': (p) => `${p.detail}`,
  'usage-hint': (p) => `Run «${p.command} --help» for usage.`,
  'init-description': "create a workspace to start from: example plan, registry, centre and school year, the editors' schemas and the monitoring form",
  'init-dir': 'folder for the workspace (default: the current folder)',
  'init-created': (p) => `created ${p.path}`,
  'init-kept': (p) => `kept ${p.path} (already exists)`,
  'init-next': (p) =>
    `Next:${p.dir ? ` cd ${p.dir};` : ''} bring in the centre's own Word plan with «centre plan import plan.docx» (it goes to plans/), fill in plans/centre.yaml and plans/registry.yaml and delete their line «example: true»; then «centre validate» and «centre plan build plans/».`,
  'schema-description': 'print the JSON Schema of a kind of file (for editors)',
  'schema-kind': 'kind of file: plan, cyclogram, holidays, school-year, registry, form, record, centre, document or practice',
  'validate-description': "check files against their schema (default: the workspace's plans/ and templates/)",
  'validate-paths': 'files or folders to check',
  'validate-format': 'output format: human, short or json',
  'validate-ok': (p) => `${p.files} file(s) checked: no problems.`,
  'validate-summary': (p) => `${p.files} file(s) checked: ${p.errors} error(s), ${p.warnings} warning(s).`,
  'plan-description': 'build work plans and cyclograms',
  'build-description': 'write the official DOCX of plans and cyclograms',
  'build-files': 'plan or cyclogram files, or folders of them',
  'build-output': 'output file (one input) or folder (default: out/)',
  'build-orientation': 'override the page orientation: portrait or landscape',
  'build-wrote': (p) => `wrote ${p.path}`,
  'build-summary': (p) => `${p.sections} section(s), ${p.items} item(s), ${p.approvals} approval block(s)`,
  'build-document-summary': (p) => `${p.clauses} clause(s), ${p.appendices} appendix(es)`,
  'build-failed': (p) => `${p.count} file(s) not built because of the problems above.`,
  'import-description': 'turn a Word, LibreOffice, Excel or web-page plan into a plan YAML file',
  'import-files': 'documents to import (.docx, .odt, .doc, .rtf, .xlsx, .html), or folders of them',
  'import-output': 'output file (one input), folder (default: plans/ of the workspace), or - for standard output',
  'import-year': 'the academic year, when the document does not say it: 2025-2026',
  'import-title': "the plan's title, when the document has none above its table",
  'import-update': 'import over the plan named with -o: items still there keep their ids (and their record), the previous file is kept beside it',
  'import-update-needs-file': '--update imports over one plan: name its YAML file with -o plans/plan.yaml.',
  'import-update-invalid': (p) => `${p.path} has errors; fix them (centre validate) before importing a newer version over it.`,
  'import-updated': (p) =>
    `updated ${p.path}: ${p.kept} item(s) unchanged, ${p.changed} changed, ${p.added} added, ${p.removed} removed; the previous version is kept as ${p.backup}`,
  'import-update-added': (p) => `added: ${q(p.text)}`,
  'import-update-changed': (p) => `changed: ${q(p.text)}`,
  'import-update-removed': (p) => `removed: ${q(p.text)} (its entries in the record, if any, now name no item)`,
  'import-year-option': (p) => `${q(p.value)} is not an academic year; write it as --year 2025-2026.`,
  'import-wrote': (p) => `imported ${p.source} → ${p.path} (${p.sections} section(s), ${p.items} item(s), ${p.approvals} approval block(s))`,
  'import-renamed': (p) => `${p.wanted} already exists and is kept; the plan went to ${p.path}`,
  'import-output-exists': (p) => `${p.path} already exists; import never overwrites a file: name another file with -o, or move that one away.`,
  'import-unknown-format': 'This kind of file cannot be imported; give a .docx, .odt, .doc, .rtf, .xlsx, .html or .htm file.',
  'import-no-documents': 'The folder holds no document to import (.docx, .odt, .doc, .rtf, .xlsx, .html, .htm).',
  'import-too-large': 'The file is larger than 50 MB, far more than a plan; it was not opened.',
  'import-encrypted': 'The file is password-protected (or an old Office file with a new name); save it without a password as .docx.',
  'import-not-zip': 'The file is not what its name says (not a zip package); save it again from Word or LibreOffice.',
  'import-not-docx': 'The file is not a Word document (.docx); save it again from Word or LibreOffice as .docx.',
  'import-not-xlsx': 'The file is not an Excel workbook (.xlsx); save it again from Excel or LibreOffice Calc as .xlsx.',
  'import-too-many-parts': 'The file holds far more parts than a document; it was not opened.',
  'import-zip-bomb': 'The file unpacks to an implausible size (a zip bomb?); it was not opened.',
  'import-damaged': 'The file is damaged and cannot be read; open it in Word or LibreOffice and save it again.',
  'import-doctype': 'The document declares XML entities (a DOCTYPE), which Word never writes; it was not read.',
  'import-too-deep': 'The page nests its elements deeper than any real page (over 256 levels); it was not read.',
  'import-no-title-found': 'No title was found above the plan table; give it with --title "План работы … на 2025-2026 учебный год".',
  'budget-span-columns': (p) =>
    `${budgetPlaceEn(p)}: a cell spans ${grouped(p.count, ',')} columns, more than ${grouped(p.limit, ',')}; no real table is that wide: split the merged cell and save the file again.`,
  'budget-span-rows': (p) =>
    `${budgetPlaceEn(p)}: a cell spans ${grouped(p.count, ',')} rows, more than ${grouped(p.limit, ',')}; split the merged cell and save the file again.`,
  'budget-merged-cells': (p) =>
    `${budgetPlaceEn(p)}: with this range (${grouped(p.count, ',')} cells) the merged cells of the workbook come to more than ${grouped(p.limit, ',')}; unmerge the range and save the file again.`,
  'budget-grid-cells': (p) =>
    `${budgetPlaceEn(p)}: the tables hold more than ${grouped(p.limit, ',')} cells once merged cells are laid out, far more than a plan; check that this is the right file.`,
  'budget-repeated-text': (p) =>
    `${budgetPlaceEn(p)}: merged cells repeat more than ${grouped(p.limit, ',')} characters of text into the rows they cover; unmerge the cells and save the file again.`,
  'import-no-table': 'The document has no table; a plan is imported from its table of activities (№, activity, timing, responsible).',
  'import-no-plan-table': (p) =>
    `None of the ${p.tables} table(s) is a plan: no header row names an activity column («Мероприятие», «Содержание работы»…) and a timing («Сроки», «Дата»…) or responsible column${p.headings ? `; first rows found: ${p.headings}` : ''}.`,
  'import-empty-plan-table': (p) => `Table ${p.table} heads a plan, but no activity is written under its header.`,
  'import-soffice-missing':
    'Reading .odt, .doc and .rtf needs LibreOffice, which is not installed; install it (Debian/Ubuntu: apt-get install libreoffice-writer-nogui) or save the file as .docx.',
  'import-soffice-failed': (p) => `LibreOffice could not convert the file (${p.detail}); open it and save it as .docx.`,
  'import-soffice-timeout': (p) => `LibreOffice did not finish converting the file in ${p.seconds} s; open it in LibreOffice and save it as .docx.`,
  'import-source': (p) => `Imported from ${p.file} by «centre plan import»; check the notes below, then run «centre validate».`,
  'import-notes': 'Not placed (check by hand):',
  'import-place': (p) =>
    [
      p.table !== undefined ? `table ${p.table}` : undefined,
      p.row !== undefined ? `row ${p.row}` : undefined,
      p.column ? `column «${p.column}»` : undefined,
      p.paragraph !== undefined ? `paragraph ${p.paragraph}` : undefined,
    ]
      .filter(Boolean)
      .join(', '),
  'import-unplaced-text': (p) => `text outside the plan: ${q(p.text)}`,
  'import-unplaced-cell': (p) => `cell not placed: ${q(p.text)}`,
  'import-extra-column': 'a column beyond №, activity, timing and responsible: kept under «columns», its values under each item’s «extra»',
  'import-no-responsible': 'the item names no responsible party; add one under «responsible»',
  'import-no-timing': 'the item has no timing; write one under «timing»',
  'import-default-section': (p) => `items before any section heading were put in a section ${q(p.text)}; rename it`,
  'import-unreadable-timing': (p) => `the timing ${q(p.text)} cannot be read as dates; the calendar will skip it (see «centre when»)`,
  'import-incomplete-approval': (p) => `an approval block starting ${q(p.text)} could not be read whole; copy it by hand`,
  'import-no-title': 'no title was found above the table; write one under «title»',
  'import-year-from-text': (p) => `the academic year ${p.text} was taken from this text; check it`,
  'import-year-from-name': (p) => `the academic year ${p.text} was taken from the file's name; check it, or give another with --year`,
  'import-timing-completed': (p) => `the timing was completed with the month above it: ${p.text}`,
  'import-timing-from-month': (p) => `no timing was written; the month above it was taken: «${p.text}»`,
  'import-unread-mark': (p) =>
    `the mark ${q(p.text)} says neither held, moved, cancelled nor not held: it was not put into the record; add it with «centre done»`,
  'import-wrote-record': (p) => `wrote ${p.path}: ${p.entries} mark(s) of the column «${p.column}», as «centre done» would`,
  'import-record-exists': (p) => `${p.path} already exists: the marks of the column «${p.column}» were not put into it; add them with «centre done»`,
  'import-joined-row': (p) => `the next row held only ${q(p.text)}, taken for the rest of this activity; check it`,
  'import-output-one-file': 'A .yaml output file takes one input; give a folder with -o to import several files.',
  'site-description': "the centre's section of the school web site: static pages from the workspace",
  'site-build-description': 'write the section as plain HTML and CSS (default out/site/)',
  'site-build-output': 'folder to write the section to (default: out/site/ of the workspace)',
  'site-build-pdf': 'also convert each plan to PDF with LibreOffice (when it is installed)',
  'site-build-url':
    'the address of the section on the school site (https://…): the calendar subscription link, and absolute links in the fragments to paste into a CMS',
  'site-build-monitoring': 'add the «Мониторинг» page: the region totals of a summary workbook of centre report merge',
  'site-build-examples': 'publish the files marked «example: true» too, practices included (the examples centre init writes)',
  'site-example-left-out':
    'This is an example (example: true), left out of the site; write your own text into it and delete the line «example: true», or build with --examples to see it.',
  'site-no-centre':
    'The workspace has no file of kind centre, so the page «О центре» says nothing of the centre; write plans/centre.yaml (centre init writes an example).',
  'site-summary-unreadable': (p) => `The summary workbook cannot be read: ${p.reason}.`,
  'site-summary-too-large': 'it is too large for a summary; check that it is the right file',
  'site-summary-damaged': 'it is damaged or not .xlsx; open it in a spreadsheet program and save it again as .xlsx',
  'site-summary-not-summary': 'it has no hidden form data of centre report merge; merge the reports again and give the new summary',
  'site-summary-no-sheet': 'it has no sheet «Свод»; give the summary written by centre report merge',
  'site-summary-no-total': (p) => `The sheet has no row ${q(p.label)}; give the summary written by centre report merge.`,
  'site-bad-url': (p) => `${q(p.value)} is not a web address; give the section's address starting with https://.`,
  'site-serve-description': 'show the section in a browser on this computer, rebuilt when a file changes',
  'site-serve-port': 'port to listen on (0 picks a free one)',
  'site-wrote': (p) => `wrote ${p.count} file(s) to ${p.path} (${p.pages} page(s)${p.unchanged ? `; ${p.unchanged} unchanged` : ''}); open ${p.index}`,
  'site-serving': (p) => `The section is at ${p.url} — press Ctrl+C to stop.`,
  'bad-port': (p) => `${q(p.value)} is not a port; give a number from 0 to 65535.`,
  'site-port-busy': (p) => `Port ${p.port} is taken or not allowed; choose another with --port (e.g. --port 8081, or 0 for any free one).`,
  'site-rebuilt': (p) => `rebuilt after a change (${p.ms} ms)`,
  'site-rebuild-failed': 'The section was not rebuilt because of the problems above; the last good version is still served.',
  'site-broken-link': (p) => `The page ${p.page} links to ${q(p.href)}, which is not part of the section; fix the link or add the page.`,
  'site-not-ours': (p) => `${p.path} was not written by centre site build; refusing to replace it. Choose another -o or move the file away.`,
  'site-output-holds-inputs': (p) => `The output folder ${p.path} holds workspace files; choose a folder of its own, e.g. out/site.`,
  'site-outside-output': (p) => `Refusing to write ${q(p.path)} outside the output folder.`,
  'site-several': (p) => `The workspace has several files of kind ${q(p.kind)} (${orList(p.files, 'and')}); keep one.`,
  'site-page-without-title': 'The page has no title; start it with a level-1 heading such as «# Семейная страничка».',
  'practice-school-unknown': (p) =>
    `The registry has no school ${q(p.value)}${p.suggestion ? `; did you mean ${q(p.suggestion)}?` : '; write the school as the registry does, or its practices get a school page of their own.'}`,
  'site-attachment-missing': (p) => `The attached file ${q(p.value)} does not exist; check the path (it is relative to this file).`,
  'site-attachment-outside': (p) =>
    `The attached file ${q(p.value)} is a link to ${p.target}, outside the workspace, and is not published; put a copy of the file itself into the workspace.`,
  'site-attachment-not-file': (p) => `The attached ${q(p.value)} is not an ordinary file (a folder, a pipe or a device); attach a document file.`,
  'site-attachment-unreadable': (p) => `The attached file ${q(p.value)} cannot be read: ${p.reason}.`,
  'site-attachment-type': (p) =>
    `The file ${q(p.value)} is not published: only ${p.types} go on the site, since a web page, SVG or script would run on the school's site; save it as PDF.`,
  'site-attachment-content': (p) =>
    `The file ${q(p.value)} is named as ${p.expected}, but inside it is ${p.actual ? `${p.actual}` : `not ${p.expected}`}; open it and save it again as ${p.expected}.`,
  'site-page-outside': (p) => `${p.path} is a link to ${p.target}, outside the workspace, and is not published; put a copy of the page itself into site/.`,
  'site-page-not-file': (p) => `${p.path} is not an ordinary file (a folder, a pipe or a device); keep only Markdown pages in site/.`,
  'site-link-malformed': (p) =>
    `The link ${q(p.href)} has a broken %-escape (after % come two hexadecimal digits of a UTF-8 character); write the address as it is, or write % as %25.`,
  'site-stale-not-removed': (p) =>
    `${q(p.path)}, a page of the previous build, was left in place: it is now ${p.what}, which centre never removes; delete it yourself if it is not needed.`,
  'site-stale-folder': 'a folder, a link or a special file',
  'site-stale-outside': 'outside the output folder (through a link)',
  'site-stale-failed': 'not removable (no permission)',
  'site-rebuild-crashed': (p) => `The section was not rebuilt: ${p.detail}; the last good version is still served.`,
  'site-page-large': (p) => `The page ${p.page} is ${p.size} KB, more than 100 KB; a school site loads it slowly (split the plan or the page).`,
  // contests (issue 22)
  'contest-positive': (p) => `Expected a number above 0 here, found ${q(p.value)}.`,
  'contest-percent': (p) => `A share of the maximum is 0 to 100 (per cent), found ${q(p.value)}.`,
  'contest-unknown-nomination': (p) =>
    `No nomination has the id ${q(p.value)}${p.suggestion ? `; did you mean ${q(p.suggestion)}?` : `; known: ${orList(p.known, 'and')}.`}`,
  'contest-unknown-juror': (p) =>
    `No member of the jury has the id ${q(p.value)}${p.suggestion ? `; did you mean ${q(p.suggestion)}?` : `; known: ${orList(p.known, 'and')}.`}`,
  'contest-unknown-participant': (p) =>
    `No participant has the id ${q(p.value)}${p.suggestion ? `; did you mean ${q(p.suggestion)}?` : `; known: ${orList(p.known, 'and')}.`}`,
  'contest-unknown-test': (p) =>
    `No test of any stage has the id ${q(p.value)}${p.suggestion ? `; did you mean ${q(p.suggestion)}?` : `; known: ${orList(p.known, 'and')}.`}`,
  'contest-advance-shape': 'Say who goes on in one way: «top: 5» (the best five of each nomination) or «from: 40» (a total of 40 or more), one of the two.',
  'contest-advance-above-max': (p) => `Nobody can score ${p.value}: the most a participant can get in this stage is ${p.max}; lower «from».`,
  'contest-places-shape': 'Give places in one way: «count: 3» (first to third place) or «thresholds» (titles by share of the maximum), one of the two.',
  'contest-thresholds-order': (p) => `Thresholds go from the highest to the lowest: ${p.value}% must be below the one before it (${p.previous}%).`,
  'contest-drop-few-jurors': (p) =>
    `The stage ${q(p.stage)} has ${p.count} juror(s); the highest and lowest scores are dropped only with five or more, so here every score counts.`,
  'contest-stage-before-previous': (p) => `The stage ${q(p.stage)} starts before the stage ${q(p.previous)} ends; check the dates.`,
  'contest-description': 'run a professional contest: applications, jury sheets, results, protocol, order and diplomas',
  'contest-file': 'the contest file (kind: contest)',
  'contest-stage-option': 'the stage (its id)',
  'contest-sheets-description': 'write one XLSX scoring sheet per member of the jury',
  'contest-sheets-output': 'folder for the sheets (default out/contest/<contest>-<stage>)',
  'contest-merge-description': 'read the filled jury sheets, rank the participants and write the results',
  'contest-merge-files': 'filled sheets, or folders holding them',
  'contest-merge-output': 'the results workbook (default out/contest/<contest>-<stage>-results.xlsx)',
  'contest-stage-unknown': (p) => `The contest has no stage ${q(p.value)}; use ${orNamedList(p.known, p.names, 'or')}.`,
  'contest-stage-needed': (p) => `Say which stage with --stage: ${orNamedList(p.known, p.names, 'or')}.`,
  'contest-no-participants': (p) =>
    `The stage ${q(p.stage)} has no participants; list them under «participants» (and under «admitted» of the stage, if it names them).`,
  'contest-sheets-wrote': (p) => `wrote ${p.count} jury sheet(s) for ${q(p.stage)} to ${p.path}`,
  'contest-sheet-kept': (p) => `${p.path} is already there and may have been filled in: kept; move it away to write it again.`,
  'contest-not-a-sheet':
    'This file is not a jury sheet written by centre contest sheets (it has no hidden contest data); leave it out or send the juror a new sheet.',
  'contest-sheet-other-contest': (p) => `This sheet is of the contest ${q(p.found)}, not ${q(p.expected)}; leave it out.`,
  'contest-sheet-other-stage': (p) => `This sheet is of the stage ${q(p.found)}, not ${q(p.expected)}; merge it with --stage ${p.found}.`,
  'contest-sheet-unknown-juror': (p) => `This sheet is of ${q(p.value)}, who is not in the jury of this stage; leave it out or add them to the jury.`,
  'contest-sheet-duplicate': (p) => `${p.juror} sent two sheets; the newer one counts (${p.newer}), ${p.older} is left out.`,
  'contest-sheet-missing': (p) => `No sheet of ${p.juror} (${p.id}) for ${q(p.stage)}; the ranking is provisional until it comes.`,
  'contest-sheet-participant-unknown': (p) => `Row ${p.row} is for ${q(p.value)}, who is not a participant of this stage; send the jury new sheets.`,
  'contest-sheet-participant-missing': (p) => `The sheet has no row for ${p.name}; send the juror a new sheet.`,
  'contest-score-above-max': (p) => `${p.participant}, ${q(p.criterion)}: ${p.value} is above the maximum of ${p.max}; ask the juror to correct it.`,
  'contest-score-below-zero': (p) => `${p.participant}, ${q(p.criterion)}: ${p.value} is below 0; ask the juror to correct it.`,
  'contest-score-blank': (p) => `${p.participant}, ${q(p.criterion)}: no score; ask the juror to fill the cell (a blank is not counted as 0).`,
  'contest-score-not-number': (p) => `${p.participant}, ${q(p.criterion)}: ${q(p.value)} is not a score; ask the juror for a number from 0 to ${p.max}.`,
  'contest-score-formula': (p) => `${p.participant}, ${q(p.criterion)}: the cell holds a formula; ask the juror to type the score.`,
  'contest-score-conflict': (p) => `${p.participant}: this juror works at the participant's school and may not score them; the score is left out.`,
  'contest-merge-no-files': 'No jury sheets found; name the filled .xlsx sheets or the folder that holds them.',
  'contest-merge-counts': (p) => `${p.sheets} sheet(s) read of ${p.jurors} juror(s); ${p.participants} participant(s) ranked; ${p.problems} problem(s).`,
  'contest-merge-provisional': 'The ranking is provisional until the problems above are fixed.',
  'contest-merge-wrote': (p) => `wrote the results to ${p.path}`,
  'contest-results-word': 'contest results workbook',
  'contest-advances': 'goes on',
  'contest-place': (p) => `${ordinalEn(Number(p.place))} place`,
  'contest-incomplete': 'incomplete',
  'contest-school-unknown': (p) =>
    `The registry has no school ${q(p.value)}${p.suggestion ? ` (did you mean ${q(p.suggestion)}?)` : ''}: a juror's conflict of interest with it cannot be found; write the school's registry id.`,
  'contest-protocol-description': 'write the DOCX protocol of the jury meeting from the filled sheets',
  'contest-protocol-output': 'the protocol (default out/contest/<contest>-<stage>-protocol.docx)',
  'contest-protocol-date': 'the day of the meeting (default: the last day of the stage, or the results day for the last stage)',
  'contest-protocol-refused': 'A protocol is written from complete results only: fix the problems above and run again.',
  'contest-protocol-wrote': (p) => `wrote the protocol to ${p.path}`,
  'contest-protocol-word': 'jury protocol',
  'contest-sheet-blank': 'The sheet has no scores at all; ask the juror to fill it in and send it again.',
  'contest-not-xlsx': 'Only .xlsx files are jury sheets; this file was not read: ask the juror to save it as .xlsx.',
  'contest-sheet-damaged': 'The workbook is damaged and cannot be read; ask the juror to save it again (as .xlsx).',
  'contest-sheet-criteria-changed':
    'The criteria of this sheet are not those of the stage now (the contest file was changed after the sheets were sent); send the jury new sheets.',
  'register-number-format': 'A register number is written «sequence/year», as «15/2025».',
  'register-number-twice': (p) =>
    `The number ${q(p.value)} was already given in entry ${p.first}; a number is given once: give this document the next free number.`,
  'register-key-twice': (p) =>
    `The document ${q(p.value)} is already in the register (entry ${p.first}); a document has one number: keep one of the two entries.`,
  'register-number-year': (p) =>
    `The number ${q(p.value)} is of another year than its date (${p.year}); numbers start again each year: write it as «…/${p.year}».`,
  'register-option': 'the register of issued numbers (kind: register; default plans/register.yaml, made when missing)',
  'register-wrote': (p) => `registered ${p.count} new number(s) in ${p.path}`,
  'contest-diplomas-description': 'write the numbered diplomas and participation certificates of a stage (DOCX, and PDF when LibreOffice is installed)',
  'contest-diplomas-output': 'the diplomas (default out/contest/<contest>-<stage>-diplomas.docx)',
  'contest-diplomas-date': 'the date on the diplomas (default: the results day, or the last day of the stage)',
  'contest-diplomas-stage-option': 'the stage (its id; default the last stage)',
  'contest-diplomas-refused': 'Diplomas are printed from complete results only: fix the problems above and run again.',
  'contest-diplomas-wrote': (p) => `wrote ${p.diplomas} diploma(s) and ${p.certificates} certificate(s), numbers ${p.numbers}, to ${p.path}`,
  'contest-diplomas-word': 'diplomas document',
  'roster-no-name-column': 'No column of names in the first rows (a header such as «ФИО» or «Фамилия, имя, отчество»); add one above the names.',
  'roster-repeated': (p) => `${p.name} is listed already (${p.first}); counted once.`,
  'roster-unknown-category': (p) =>
    `${q(p.value)} is not a category the record counts (классные руководители, заместители директоров, родители, обучающиеся); this person is counted in the total only.`,
  'roster-not-read': 'Only .xlsx and .csv lists are read; save the list as .xlsx or .csv.',
  'roster-empty': 'The list has no one under its header; fill it in, one person a row.',
  'certificates-description': 'write numbered participation certificates for an event of a plan from the list of who attended, and count them in the record',
  'certificates-attendance': 'the list of who attended (.xlsx or .csv; columns found by their headers: ФИО, организация, категория)',
  'certificates-date': 'the day of the event, on the certificates and in the record (default today)',
  'certificates-output': 'the certificates (default out/certificates/<plan>-<item>.docx)',
  'certificates-wrote': (p) => `wrote ${p.count} certificate(s), numbers ${p.numbers}, to ${p.path}`,
  'certificates-word': 'certificates document',
  'contest-order-description': 'write the draft order on the results of the contest (DOCX, with its approval stamp) from the filled sheets',
  'contest-order-output': 'the draft order (default out/contest/<contest>-order.docx)',
  'contest-order-date': 'the day of the jury protocol the order rests on (default: the results day, or the last day of the stage)',
  'contest-order-refused': 'An order is drafted from complete results only: fix the problems above and run again.',
  'contest-order-wrote': (p) => `wrote the draft order to ${p.path}`,
  'contest-order-word': 'draft order',
  'contest-admit-description':
    "write who goes on from a stage (by its advance rule and the filled sheets) as the next stage's admitted list in the contest file",
  'contest-admit-no-next': (p) => `The stage ${q(p.stage)} is the last or says nobody goes on (it has no «advance»); admit from an earlier stage.`,
  'contest-admit-refused': 'Who goes on is decided from complete results only: fix the problems above and run again.',
  'contest-admit-wrote': (p) => `admitted ${p.count} participant(s) to ${q(p.stage)} in ${p.path}`,
  'entries-description': "add the applications (XLSX or CSV, columns found by their headers) to the contest's participants",
  'entries-files': 'the applications: .xlsx or .csv tables',
  'entries-already': (p) => `${p.name} is already a participant; left out.`,
  'entries-nomination': (p) =>
    `${p.name}: ${p.value ? `no nomination ${q(p.value)}` : 'no nomination given'}; write one of: ${String(p.known).split('|').join(', ')}.`,
  'entries-school-unknown': (p) =>
    `${p.name}: the registry has no school ${q(p.value)}; it is written as given: replace it by the school's registry id, or a juror's conflict of interest with it will not be found.`,
  'entries-refused': 'Nothing was added: fix the errors above and run again.',
  'entries-wrote': (p) => `added ${p.count} participant(s) to ${p.path}`,
  'awards-no-pdf': 'the DOCX only, no PDF',
  'awards-pdf-wrote': (p) => `wrote the PDF to ${p.path}`,
  'awards-pdf-missing': 'LibreOffice is not installed (or failed): no PDF was made; print the DOCX, or install LibreOffice and run again.',
  'name-dative-uncertain': (p) =>
    `${q(p.name)}: the dative case cannot be told for certain (no patronymic, Latin letters, or an unusual name); the document has it as written: check it before printing.`,
  'severity-error': 'error',
  'severity-warning': 'warning',
  hint: 'hint',
  'unexpected-failure': (p) => `Unexpected failure: ${p.detail}. Please report it with the output of --debug.`,
  'help-examples': 'Examples:',
  'examples-centre':
    'centre init my-centre\tcreate a workspace\ncentre plan import plan.docx\tturn a Word plan into plans/plan.yaml\ncentre validate\tcheck plans/ and templates/\ncentre plan build plans/\twrite out/*.docx\ncentre calendar\twhat is coming up in the next 8 weeks',
  'examples-init': 'centre init my-centre\ta workspace in the folder my-centre\ncentre init\tin the current folder (existing files are kept)',
  'examples-validate':
    'centre validate\tcheck plans/ and templates/\ncentre validate plans/plan.yaml\tcheck one file\ncentre validate --format short plans/\tone line per problem: file:line:col',
  'examples-schema': 'centre schema plan > plan.schema.json\tthe schema of plans, for an editor\ncentre schema registry\tthe schema of the registry',
  'examples-plan': 'centre plan build plans/\twrite out/*.docx\ncentre plan import plan.docx\tturn a Word plan into plans/plan.yaml',
  'examples-plan-build':
    'centre plan build plans/\tevery plan and cyclogram → out/\ncentre plan build plans/plan.yaml -o plan.docx\tone plan, to a file of its own\ncentre plan build plans/ --orientation landscape\tlandscape pages',
  'examples-plan-import':
    'centre plan import plan.docx\t→ plans/plan.yaml\ncentre plan import incoming/\tevery document of a folder\ncentre plan import plan.docx -o -\tthe YAML on the screen',
  'examples-calendar':
    'centre calendar\tthe next 8 weeks\ncentre calendar --from 2024-09-01 --to 2025-05-31\ta whole school year, by month\ncentre calendar --status\twhat was held, what is overdue\ncentre calendar --format ics -o plan.ics\tfor Yandex Calendar, Google or Outlook',
  'examples-site': 'centre site build\twrite out/site/\ncentre site serve\tlook at it in the browser',
  'examples-site-build':
    'centre site build\twrite out/site/\ncentre site build -o upload/\tto another folder\ncentre site build --url https://school.example.ru/centre/\twith the calendar subscription link',
  'examples-site-serve': 'centre site serve\thttp://127.0.0.1:8080/\ncentre site serve --port 0\ton any free port',
  'examples-when':
    'centre when "каждый 3-й понедельник месяца"\tthe dates in the current school year\ncentre when "до 15 декабря" --year 2024-2025\tin another year\ncentre when --file timings.txt --format jsonl\tone phrase per line',
  'examples-done':
    'centre done plans/plan.yaml forum-2024\theld today\ncentre done plans/plan.yaml forum-2024 --date 2024-10-15 --participants 120\ton a given day, with the number of participants\ncentre done plans/plan.yaml forum-2024 --status cancelled --note "quarantine"\tnot held, with the reason',
  'examples-analysis':
    'centre analysis build\tthe analysis of the one record of the workspace\ncentre analysis build --year 2023-2024 -o analysis.docx\tof a given year, to a file of its own',
  'examples-report':
    'centre report template --registry plans/registry.yaml\ta form per school\ncentre report merge incoming/\tthe summary of the filled forms\ncentre report compare interim.xlsx final.xlsx\ttwo rounds side by side',
  'examples-report-template':
    'centre report template --registry plans/registry.yaml\ta form per school → out/forms/\ncentre report template --period final --year 2024-2025\tthe final round of a given year',
  'examples-report-merge':
    'centre report merge incoming/\t→ out/summary-<period>-<year>.xlsx\ncentre report merge incoming/ --strict\tno summary while a file is rejected',
  'examples-report-compare': 'centre report compare out/summary-interim-2024-2025.xlsx out/summary-final-2024-2025.xlsx\tthe change by district',
  'help-usage': 'Usage:',
  'help-arguments': 'Arguments:',
  'help-options': 'Options:',
  'help-commands': 'Commands:',
  'help-options-term': '[options]',
  'help-command-term': '[command]',
  'help-default': (p) => `default: ${p.value}`,
  'arg-command': 'command',
  'arg-dir': 'dir',
  'arg-paths': 'paths',
  'arg-kind': 'kind',
  'arg-files': 'files',
  'arg-path': 'path',
  'arg-orientation': 'orientation',
  'arg-format': 'format',
  'arg-date': 'date',
  'arg-dates': 'dates',
  'arg-number': 'n',
  'arg-file': 'file',
  'arg-folder': 'folder',
  'arg-address': 'address',
  'arg-summary': 'summary.xlsx',
  'arg-port': 'port',
  'arg-phrase': 'phrase',
  'arg-year': 'year',
  'arg-plan': 'plan',
  'arg-item': 'item',
  'arg-attendance': 'attendance',
  'arg-contest': 'contest',
  'arg-sheets': 'sheets',
  'arg-applications': 'applications',
  'arg-stage': 'stage',
  'arg-url': 'url',
  'arg-text': 'text',
  'arg-counts': 'counts',
  'arg-status': 'status',
  'arg-records': 'records',
  'arg-period': 'period',
  'arg-first': 'first',
  'arg-second': 'second',
  'found-nothing': 'nothing',
  'found-text': 'text',
  'found-number': 'a number',
  'found-boolean': 'yes/no',
  'found-list': 'a list',
  'found-object': 'a block of keys',
  // contest on the site
  'contest-public-scores-alone': 'Scores are published only with the results: write «public: [results, scores]», or «public: [results]» without them.',
  'site-contest-results-provisional': (p) =>
    `The sheets in ${p.folder} give provisional results (${p.count} problem(s); centre contest merge names them), so the site says the results are yet to come; publish them once the merge has no error.`,
  'site-contests-title': 'Contests',
  'site-contests-intro': 'Professional contests for class teachers: the regulation, the stages and their dates, the results.',
  'site-contests-example': '(example)',
  'site-contest-academic-year': (p) => `${p.year} academic year`,
  'site-contest-example': 'An example: the contest, its participants and its jury are made up.',
  'site-contest-level': 'Level',
  'site-contest-level-school': 'school',
  'site-contest-level-municipal': 'municipal',
  'site-contest-level-regional': 'regional',
  'site-contest-level-federal': 'federal',
  'site-contest-organiser': 'Organiser',
  'site-contest-eligibility': 'Who may take part',
  'site-contest-applications': 'Applications',
  'site-contest-results-date': 'Results',
  'site-contest-regulation': (p) => `Regulation of the contest (${p.type}, ${p.size})`,
  'site-contest-nominations': 'Nominations',
  'site-contest-stages': 'Stages',
  'site-contest-tests-caption': (p) => `${p.stage}: tests and criteria`,
  'site-contest-test': 'Test',
  'site-contest-criterion': 'Criterion',
  'site-contest-max': 'Maximum points',
  'site-contest-stage-max': 'Stage total',
  'site-contest-advance-top': (p) => `The ${p.top} best of each nomination go on to the next stage.`,
  'site-contest-advance-from': (p) => `Those who score ${p.from} or more go on to the next stage.`,
  'site-contest-jury': 'Jury',
  'site-contest-chair': 'chair of the jury',
  'site-contest-results': 'Results',
  'site-contest-results-pending': 'The results will be published after the jury meets.',
  'site-contest-results-of': (p) => `Results of «${p.stage}»; the most a participant could score is ${p.max}.`,
  'site-contest-place': 'Place',
  'site-contest-participant': 'Participant',
  'site-contest-school': 'School',
  'site-contest-total': 'Total',
  'site-contest-by-criterion-caption': (p) => `${p.nomination}: points by criterion`,
  'site-contest-by-juror-caption': (p) => `${p.nomination}: each juror's total`,
  'site-contest-not-counted': '«—»: the juror did not score the participant (a teacher of their own school) or the score does not count.',
} satisfies Record<string, Message>;

export type MessageCode = keyof typeof en;

export function isMessageCode(value: string): value is MessageCode {
  return Object.hasOwn(en, value);
}

const ru: Record<MessageCode, Message> = {
  'yaml-syntax': (p) => `Ошибка синтаксиса YAML: ${p.detail}.`,
  'duplicate-key': (p) => `Ключ ${q(p.key)} повторяется в одном блоке; оставьте один, другой удалите.`,
  'tab-indent': 'Табуляция не может быть отступом в YAML; делайте отступы пробелами.',
  'bad-indent': 'Отступ этой строки не совпадает с остальными строками блока; выровняйте ключи одного блока по одному столбцу.',
  'colon-in-value': 'В значении есть «: », и YAML читает это как новый ключ; заключите всё значение в кавычки.',
  'bad-scalar-start': 'Значение не может начинаться с этого символа; заключите всё значение в кавычки.',
  'multiple-documents': 'В файле может быть только один документ; удалите строку «---» и перенесите то, что после неё, в отдельный файл.',
  'unclosed-quote': 'Кавычка, открытая здесь, нигде не закрыта; поставьте закрывающую кавычку в конце текста.',
  'alias-unknown': (p) =>
    `Выше этой ссылки «*${p.name}» нет якоря «&${p.name}»; поставьте якорь до первой ссылки (ключ: &${p.name} значение) или напишите значение полностью.`,
  'alias-cycle': (p) => `Ссылка «*${p.name}» стоит внутри того самого блока, на который ссылается, и раскрывалась бы бесконечно; напишите значение полностью.`,
  'alias-expansion': (p) =>
    `Ссылки раскрывают этот файл свыше ${grouped(p.limit, NBSP)} символов — слишком много для проверки и печати; напишите повторяющуюся часть полностью или используйте меньше ссылок.`,
  'too-many-aliases': (p) => `В файле больше ${grouped(p.limit, NBSP)} ссылок («*имя»); напишите повторяющуюся часть полностью или используйте меньше ссылок.`,
  'too-deep': (p) => `Блоки вложены глубже ${p.limit} уровней — намного больше, чем нужно любому файлу centre; проверьте отступы и скобки.`,
  'control-character': (p) =>
    `В тексте невидимый управляющий символ ${p.char}; удалите его (если текст вставлен из другой программы, наберите слова вокруг него заново).`,
  'empty-file': 'Файл пуст; начните его со строки «kind: plan», «kind: cyclogram» или «kind: holidays».',
  'not-a-mapping': 'Файл должен состоять из строк «ключ: значение» и начинаться с «kind: …».',
  'missing-kind': (p) => `Не указан вид файла; добавьте первой строкой «kind: …» (${orList(p.kinds, 'или')}).`,
  'unknown-kind': (p) =>
    `Неизвестный вид ${q(p.kind)}${p.suggestion ? `; возможно, имелось в виду ${q(p.suggestion)}?` : `; используйте ${orList(p.kinds, 'или')}.`}`,
  'unknown-key': (p) =>
    `Неизвестный ключ ${q(p.key)}${p.suggestion ? `; возможно, имелось в виду ${q(p.suggestion)}?` : `; здесь допустимы: ${orList(p.allowed, 'и')}.`}`,
  'missing-key': (p) => `Здесь не хватает обязательного ключа ${q(p.key)}; добавьте его.`,
  'expected-text': (p) => `Здесь ожидается текст, а найдено: ${p.found}; напишите текст после двоеточия.`,
  'empty-text': 'Пустой текст; напишите, что должно быть здесь, или удалите ключ.',
  'expected-date': (p) => `Ожидается дата вида 2023-09-27 или 27.09.2023, а найдено: ${p.found}.`,
  'date-format': (p) => `${q(p.value)} — не дата; запишите её как 2023-09-27 или 27.09.2023.`,
  'impossible-date': (p) =>
    p.days
      ? `Такой даты нет: в ${month(monthNamesPrepositional, p)} ${p.year} г. ${p.days} ${Number(p.days) % 10 === 1 ? 'день' : 'дней'}.`
      : 'Такой даты нет: месяц должен быть от 01 до 12.',
  'expected-academic-year': (p) => `Ожидается учебный год вида 2023-2024, а найдено: ${p.found}.`,
  'academic-year-format': (p) => `${q(p.value)} — не учебный год; запишите его как 2023-2024.`,
  'academic-year-order': (p) => `${q(p.value)}: учебный год охватывает два соседних года, например 2023-2024.`,
  'expected-list': (p) => `Здесь ожидается список, а найдено: ${p.found}; пишите каждый пункт с новой строки после «- ».`,
  'empty-list': 'Список пуст; добавьте хотя бы один пункт после «- ».',
  'expected-object': (p) => `Здесь ожидается блок строк «ключ: значение», а найдено: ${p.found}.`,
  'approval-stamp': (p) => `Неизвестный гриф ${q(p.value)}; используйте ${orList(p.options, 'или')}${p.suggestion ? ` (возможно, ${q(p.suggestion)}?)` : ''}.`,
  'section-without-items': 'В разделе нет мероприятий; добавьте хотя бы одно или удалите раздел.',
  'plan-without-sections': 'В документе нет разделов; добавьте хотя бы один раздел с мероприятиями.',
  'schedule-every': (p) => `${q(p.value)} — не период повторения; используйте «week», «month» или «quarter».`,
  'schedule-weekday': (p) => `${q(p.value)} — не день недели; используйте пн, вт, ср, чт, пт, сб или вс.`,
  'schedule-nth': 'nth — номер дня недели в месяце: число от 1 до 5 или «last» (последний).',
  'schedule-month': 'Месяцы указываются номерами от 1 (январь) до 12 (декабрь).',
  'schedule-unscheduled': 'Напишите «unscheduled: true» или удалите ключ.',
  'schedule-shape': 'В расписании должно быть ровно одно из: «every», «dates», «from» вместе с «to», «deadline» или «unscheduled: true».',
  'schedule-nth-needs-weekday': 'Для nth нужны «weekdays» и «every: month», например {every: month, weekdays: [пн], nth: 3}.',
  'schedule-range-order': (p) => `Расписание заканчивается (${p.to}) раньше, чем начинается (${p.from}); поменяйте даты местами.`,
  'school-year-terms': 'В учебном году 4 четверти или 3 триместра, по порядку.',
  'school-year-outside': (p) => `${p.from} – ${p.to} — вне ${p.year} учебного года (1 сентября – 31 августа); проверьте годы.`,
  'school-year-term-order': (p) => `Четверть (триместр) ${p.number} начинается раньше, чем заканчивается предыдущая; перечислите их по порядку, без наложений.`,
  'expected-boolean': (p) => `Ожидается true или false, а найдено: ${p.found}.`,
  'timing-unreadable': (p) =>
    `Из сроков ${q(p.value)} не понять даты; переформулируйте (например, «каждый 3-й понедельник месяца», «до 15 декабря») или добавьте «schedule:».`,
  'timing-unreadable-because': (p): string => `Из сроков ${q(p.value)} не понять даты: ${reasonOf('ru', p)}; переформулируйте или добавьте «schedule:».`,
  'timing-ignored': (p) => `В сроках ${q(p.value)} прочитано не всё: ${q(p.words)} непонятно и пропущено; проверьте даты или добавьте «schedule:».`,
  'phrase-impossible-date': (p) => `Дня ${p.value} не бывает; проверьте число и месяц.`,
  'phrase-range-reversed': 'Период заканчивается раньше, чем начинается; проверьте порядок дат.',
  'phrase-range-year-typo': (p) =>
    `С ${p.value} период заканчивался бы раньше, чем начинается: прочитано как ${p.likely} (${p.start} – ${p.end}); исправьте год.`,
  'phrase-year-typo': (p) => `${p.value} — вне учебного года плана; может быть, имелось в виду ${p.likely}?`,
  'phrase-months-backwards': (p) =>
    `Период выходит за учебный год плана: прочитано ${p.start} – ${p.end}, конец — позже последнего дня плана (${p.period}); если имелось в виду ${q(p.meant)} (${p.meantStart} – ${p.meantEnd}), поменяйте месяцы местами; если прочитано верно, укажите годы.`,
  'phrase-months-before-plan': (p) =>
    `Период начинается в месяце перед первым днём плана (${p.period}): прочитано ${p.start} – ${p.end}; если так и задумано, укажите год первого месяца: ${q(p.meant)}; иначе проверьте месяцы.`,
  'phrase-day-missing': (p) => `В ${p.value} не указан день, хотя период заканчивается датой: прочитано с ${p.date}; укажите день начала.`,
  'phrase-weekday-mismatch': (p) => `${p.date} — не ${weekdaysNominativeRu[Number(p.weekday) - 1]}; проверьте дату или день недели.`,
  'date-on-holiday': (p) => `${p.date} — выходной день (${p.name}); проверьте дату.`,
  'event-off-rule': (p) => `${p.date} не попадает в правило самого пункта ${q(p.rule)}; проверьте дату или правило.`,
  'text-date-off-rule': (p) => `Дата ${p.date} в тексте пункта не попадает в его правило ${q(p.rule)}; проверьте дату или правило.`,
  'id-format': (p) => `${q(p.value)} не годится как код: латинские буквы, цифры, «-», «_» или «.», без пробелов (например, buz-001).`,
  'id-number-with-dot': (p) => `YAML читает ${p.value} как число, и «2.10» стало бы «2.1»: возьмите код в кавычки, id: "${p.value}".`,
  'approval-meeting-or-order': 'В грифе не сказано, где или каким приказом утверждено: добавьте «meeting:» и «protocolNumber:» или «order:» и «orderNumber:».',
  'email-format': (p) => `${q(p.value)} — не адрес электронной почты; запишите его как name@example.ru.`,
  'public-field': (p) => `${q(p.value)} нельзя опубликовать; перечислите что-то из ${orList(p.options, 'и')}.`,
  'attachment-path': (p) => `${q(p.value)} — не путь внутри рабочей папки; укажите путь от этого файла без «..», например files/case.pdf.`,
  'attachment-twice': (p) => `Файл ${q(p.value)} приложен дважды; удалите одну из записей.`,
  'link-url': (p) => `${q(p.value)} — не адрес в интернете; напишите его полностью, начиная с https://.`,
  'practice-status': (p) => `Неизвестный статус ${q(p.value)}; используйте ${orList(p.options, 'или')} (на сайте видны только опубликованные, published).`,
  'empty-clause': 'Пункт пуст; добавьте «text», «title», «clauses» или «list» либо удалите пункт.',
  'document-number-without-date': 'У документа есть номер, но нет даты; добавьте «date:», чтобы на него можно было сослаться («от … № …»).',
  'phone-format': (p) => `${q(p.value)} — не номер телефона; пишите цифрами, например +7 (3532) 77-00-00.`,
  'indicator-type': (p) => `Неизвестный тип ${q(p.value)}; используйте integer, number, percent, boolean, choice, text или date.`,
  'indicator-total': (p) => `Неизвестный итог ${q(p.value)}; используйте sum, mean, weighted mean, count of да, count per choice или none.`,
  'registry-level': (p) => `Неизвестный уровень ${q(p.value)}; используйте region (регион), okrug (городской или муниципальный округ) или district (район).`,
  'expected-number': (p) => `Здесь ожидается число, а найдено: ${p.found}.`,
  'choices-too-few': 'Для выбора нужно не меньше двух вариантов.',
  'month-day-format': (p) => `${q(p.value)} — не срок сдачи; запишите месяц и день: 12-15.`,
  'version-range': 'Версия — целое число от 1.',
  'duplicate-id': (p) => `Код ${q(p.value)} уже занят записью ${p.first} этого списка; коды не должны повторяться.`,
  'item-id-duplicate': (p) => `Код ${q(p.value)} уже занят мероприятием ${p.first} этого плана; у каждого мероприятия свой код.`,
  'expected-count': (p) => `Здесь нужно целое число не меньше 0, а указано ${p.found ?? q(p.value)}.`,
  'record-status': (p) =>
    `Неизвестный статус ${q(p.value)}; напишите «проведено», «перенесено», «отменено» или «не проведено» (или held, moved, cancelled, not-held).`,
  'record-entry-duplicate': (p) => `У мероприятия ${q(p.value)} уже есть отметка ${p.first} в этом отчёте; оставьте одну отметку на мероприятие.`,
  'record-total-below-categories': (p) => `Всего (${p.total}) меньше суммы категорий участников (${p.sum}); исправьте итог или категории.`,
  'record-reason-missing': (p) => `Мероприятие ${q(p.value)} не проведено; укажите причину в «comment:» — она войдёт в анализ.`,
  'record-held-without-date': (p) => `Мероприятие ${q(p.value)} отмечено как проведённое, но без «dates:»; укажите дату (даты) проведения.`,
  'record-item-unknown': (p) => `В ${p.plan} нет мероприятия с кодом или номером ${q(p.value)}; исправьте его или присвойте этот код мероприятию в плане.`,
  'record-date-outside-period': (p) =>
    `Дата ${p.date} вне дат, ожидаемых для учебного года плана (${p.from} – ${p.to}); проверьте год. В анализе по месяцам она не учитывается.`,
  'record-item-past': (p) =>
    `Мероприятие ${p.number} ${q(p.value)} должно было пройти до ${p.date}, а отметки о нём в ${p.record} нет; отметьте его: «centre done ${p.plan} ${p.value}».`,
  'record-item-past-no-id': (p) =>
    `Мероприятие ${p.number} («${p.title}») должно было пройти до ${p.date}, а отметки о нём в ${p.record} нет; отметьте его: «centre done ${p.plan} ${p.number}».`,
  'record-plan-missing': (p) => `План отчёта ${q(p.plan)} не удаётся прочитать (${p.reason}); укажите в «plan:» файл плана рядом с отчётом.`,
  'record-plan-not-found': 'нет такого файла',
  'record-plan-invalid': 'в нём ошибки; проверьте его командой centre validate',
  'record-plan-other-kind': (p) => `это файл вида ${q(p.kind)}, а не план`,
  'unknown-district': (p) =>
    `Нет района с кодом ${q(p.value)}${p.suggestion ? `; возможно, имелось в виду ${q(p.suggestion)}?` : `; известны: ${orList(p.known, 'и')}.`}`,
  'choice-needs-choices': 'Для показателя типа «choice» нужен список вариантов «choices:».',
  'choices-not-choice': 'Варианты «choices» бывают только у показателя типа «choice»; измените тип или удалите список.',
  'min-above-max': (p) => `Минимум (${p.min}) больше максимума (${p.max}).`,
  'total-not-for-type': (p) => `Показатель типа ${q(p.type)} нельзя подытожить как ${q(p.value)}; используйте ${orList(p.totals, 'или')}.`,
  'total-needs-by': 'Для итога «weighted mean» нужен «by:» — числовой показатель, по которому взвешивать (например, by: class_teachers).',
  'total-by-unknown': (p) =>
    `В «by» указан ${q(p.value)}, а такого числового показателя в форме нет${p.suggestion ? `; возможно, имелось в виду ${q(p.suggestion)}?` : '.'}`,
  'total-by-without-weighted': '«by:» нужен только для «total: weighted mean»; удалите его или измените итог.',
  'check-syntax': (p) =>
    `${q(p.value)} — не проверка; сравните два показателя или показатель с числом через <=, >=, <, >, == или !=, например «trained <= class_teachers».`,
  'check-unknown-indicator': (p) =>
    `В проверке указан ${q(p.value)}, а такого числового показателя в форме нет${p.suggestion ? `; возможно, имелось в виду ${q(p.suggestion)}?` : '.'}`,
  orientation: (p) => `Неизвестная ориентация ${q(p.value)}; используйте «portrait» (книжная) или «landscape» (альбомная).`,
  'column-after': (p) =>
    `Неизвестное место столбца ${q(p.value)}; используйте «activity» (после мероприятия), «timing» (после сроков) или «responsible» (после ответственных).`,
  'year-range': (p) => `${q(p.value)} — неправдоподобный год; укажите год вида 2023 или полную дату.`,
  'wrong-value': (p) => `Ожидается ${orList(p.options, 'или')}, а найдено ${q(p.value)}.`,
  'invalid-value': 'Недопустимое значение.',
  'plan-needs-year': 'У плана должен быть учебный год (academicYear: 2023-2024) или период (period: {from, to}).',
  'year-and-period': 'Укажите либо academicYear, либо period, но не оба сразу.',
  'period-order': (p) => `Период заканчивается (${p.to}) раньше, чем начинается (${p.from}); поменяйте даты местами.`,
  'name-format': (p) => `Пишите инициалы перед фамилией, например «Н.К. Антюфеева» (сейчас ${q(p.value)}).`,
  'title-has-year': (p) => `В заголовке уже написано ${q(p.phrase)}, а документ сам добавляет год из academicYear; уберите это из заголовка.`,
  'section-numbered': (p) => `Название раздела начинается с номера ${q(p.number)}, а документ нумерует разделы сам; уберите номер.`,
  'item-numbered': (p) => `Мероприятие начинается с номера ${q(p.number)}, а номер стоит в графе «№»; уберите его.`,
  'undeclared-column': (p) =>
    `Столбец ${q(p.column)} не объявлен в «columns»; ${p.suggestion ? `исправьте на ${q(p.suggestion)} или ` : ''}добавьте туда «- title: ${p.column}».`,
  'event-outside-period': (p) => `Дата ${p.date} вне периода плана ${p.from} – ${p.to}; проверьте год.`,
  'file-not-found': 'Нет такого файла или папки; проверьте путь.',
  'not-utf8': 'Файл сохранён не в UTF-8 (видимо, в Windows-1251); сохраните его заново, выбрав кодировку UTF-8.',
  'file-unreadable': (p) => `Файл не читается: ${p.reason}.`,
  'folder-unreadable': (p) => `Папка не читается: ${p.reason}.`,
  'path-unreadable': (p) => `Этот путь не открывается: ${p.reason}.`,
  'not-yaml': 'Проверяются только файлы .yaml и .yml; укажите YAML-файл или папку.',
  'no-files': 'Здесь нет файлов .yaml; создайте их командой «centre init» или укажите файл.',
  'not-a-plan': (p) => `Это файл вида ${q(p.kind)}, а не план или циклограмма; для сборки укажите план.`,
  'output-is-input': (p) => `Не перезаписываю входной файл ${p.path}; укажите другой --output.`,
  'output-not-docx': (p) => `-o ${p.path} — не файл .docx и не папка; закончите имя на .docx или укажите папку для документов.`,
  'output-one-file-several-plans': (p) =>
    `Собирается планов: ${p.count}, по документу на каждый, поэтому -o должен указывать папку, а не файл ${p.path}; укажите папку или собирайте планы по одному.`,
  'output-not-own': (p) => `Не перезаписываю ${p.path}: это не ${p.what}, записанный centre; укажите другой --output.`,
  'output-failed': (p) => `Не удалось записать ${p.path}: ${p.reason}.`,
  'output-read-only': (p) =>
    `${p.path} только для чтения, и centre его не меняет; разрешите запись (chmod u+w ${p.path} или снимите флажок «Только чтение» в свойствах файла) и повторите.`,
  'file-locked': (p) =>
    `${p.path} сейчас меняет другой запуск centre${p.pid ? ` (процесс ${p.pid})` : ''}; дождитесь его окончания или удалите ${p.lock}, если centre не запущен.`,
  'not-regular-file': 'Это именованный канал, сокет или устройство, а не обычный файл, — он не читается; удалите его или уберите из папки.',
  'io-failed': (p) => `Файловая система отказала${p.path ? ` (${p.path})` : ''}: ${p.reason}.`,
  'io-no-permission': 'у этой учётной записи нет к нему доступа; попросите доступ или используйте свою папку',
  'io-not-a-folder': 'на месте папки из пути лежит файл',
  'io-is-a-folder': 'это папка, а не файл; укажите имя файла',
  'io-missing': 'его нет (перемещён, удалён или это ссылка в никуда); проверьте путь',
  'io-disk-full': 'диск заполнен',
  'io-read-only': 'диск доступен только для чтения',
  'io-device': 'сбой чтения или записи диска либо сетевой папки; повторите или скопируйте файлы в другое место',
  'io-link-loop': 'ссылки указывают друг на друга по кругу; исправьте ссылку',
  'io-name-too-long': 'имя или путь слишком длинные; сократите их',
  'io-too-many-open': 'открыто слишком много файлов; закройте часть программ и повторите',
  'io-busy': 'его занимает другая программа; закройте её и повторите',
  'io-too-big': 'он слишком большой',
  'io-not-regular': 'это именованный канал, сокет или устройство, а не обычный файл',
  'io-other': (p) => `система отказала (${p.code}); проверьте путь и права доступа`,
  'unknown-schema': (p) => `Неизвестный вид ${q(p.kind)}; используйте ${orList(p.kinds, 'или')}.`,
  'when-description': 'показать, как centre понимает сроки, и их даты в учебном году',
  'when-phrase': 'текст сроков в кавычках: "каждый 3-й понедельник месяца"',
  'when-year': 'учебный год, например 2023-2024 (по умолчанию текущий)',
  'when-format': 'формат вывода: text, json или jsonl (по чтению в строке)',
  'when-needs-phrase': 'Укажите фразу в кавычках или --file с файлом, где по одной фразе в строке.',
  'when-unreadable-because': (p) => `Из ${q(p.value)} не понять даты: ${p.reason}; переформулируйте или укажите «schedule:» в плане.`,
  'when-file': 'текстовый файл с фразами, по одной в строке, — прочитать все сразу',
  'when-school-year': 'файл учебного года (kind: school-year): четверти и каникулы вместо федерального графика',
  'when-unreadable': (p) =>
    `Из ${q(p.value)} не понять даты; попробуйте формулировку вроде «каждый 3-й понедельник месяца», «до 15 декабря», «октябрь - апрель» или укажите «schedule:» в плане.`,
  'kind-date': 'одна дата',
  'kind-dates': 'несколько дат или периодов',
  'kind-range': 'период',
  'kind-period': 'весь период плана',
  'kind-deadline': 'крайний срок',
  'kind-recurring': 'повторяется',
  'kind-unscheduled': 'без дат (по необходимости)',
  'rule-weekly': (p) => `еженедельно${p.days ? `, ${p.days}` : ''}`,
  'rule-monthly': (p) => (p.days ? `ежемесячно, ${ordinalsRu(nthsOf(p.nth), String(p.days))} ${p.days} месяца` : 'ежемесячно'),
  'rule-quarterly': 'ежеквартально',
  'rule-daily': (p) => (p.interval === 2 ? 'через день' : 'ежедневно'),
  'rule-yearly': 'ежегодно, день не указан',
  'rule-month-day': (p) => `ежемесячно, ${p.day} числа`,
  'rule-times': (p) => `${p.count} ${plural('ru', p.count, timesRu)} в ${p.per}`,
  'rule-except': (p) => `кроме: ${p.months}`,
  'when-dates': (p) => `даты (${p.count}):`,
  'when-span': (p) => `с ${p.start} по ${p.end} (дней: ${p.count})`,
  'when-open': (p) => `начиная с ${p.start}, без даты окончания`,
  'when-deadline-day-off': (p) =>
    `срок ${p.date}, как написано, — выходной день (${p.name}); на следующий рабочий день переносятся только сроки форм мониторинга`,
  'when-no-dates': 'без дат: по необходимости или по согласованию',
  'when-per-period-note': (p) => `${p.count} ${plural('ru', p.count, timesRu)} в ${p.per}, дни не указаны: в датах — первые дни каждого периода`,
  'when-heading': (p) => `${q(p.phrase)} в ${p.year} учебном году`,
  'news-description': 'новости раздела сайта: черновик из отчёта о выполнении',
  'news-from-record-description':
    'записать черновик новости (news/<дата>-<название>.md) о проведённом мероприятии из отчёта о выполнении: даты, участники, подтверждения',
  'news-plan': 'файл плана, в отчёте которого отмечено мероприятие',
  'news-item': 'мероприятие: его номер в документе плана (7 или 2.3) или код (id)',
  'news-output': 'файл черновика (по умолчанию news/<дата>-<название>.md в рабочей папке); существующий файл никогда не перезаписывается',
  'examples-news':
    'centre news from-record plans/plan.yaml forum-2024\tчерновик по отметке о мероприятии forum-2024\ncentre news from-record plans/plan.yaml 7 -o news/forum.md\tо мероприятии № 7, в указанный файл',
  'news-draft-written': (p) => `Черновик новости записан: ${p.path} (мероприятие ${q(p.item)}); допишите его, удалите строку «draft: true» и соберите сайт.`,
  'news-draft-exists': (p) => `Файл ${p.path} уже есть, и он не перезаписывается; отредактируйте его или укажите другой файл в -o.`,
  'news-no-record': (p) => `У плана нет отчёта о выполнении (${p.record}); сначала отметьте мероприятие командой centre done.`,
  'news-item-not-recorded': (p) => `В отчёте нет отметки о мероприятии ${q(p.item)}; сначала отметьте его: centre done ${p.plan} ${p.key}.`,
  'news-item-not-held': (p) =>
    `Мероприятие ${q(p.item)} отмечено как «${p.status === 'moved' ? 'перенесено' : p.status === 'cancelled' ? 'отменено' : 'не проведено'}»; новость пишется только о проведённом.`,
  'news-no-front-matter': 'Файл новости начинается с заголовочного блока: строка «---», затем «title:» и «date:», затем строка «---»; добавьте его в начало.',
  'news-front-matter-unclosed': 'Заголовочный блок, открытый в строке 1, не закрыт; закончите его строкой «---» после «title:» и «date:».',
  'site-analysis-left-out':
    'Этот анализ — не читаемый файл DOCX (или ссылка за пределы рабочей папки), на странице «Итоги года» его нет; запишите его заново командой centre analysis build.',
  'news-draft-left-out': 'Эта новость — черновик (draft: true), на сайт она не попала; когда допишете её, удалите строку «draft: true».',
  'done-description': 'отметить мероприятие плана как проведённое (перенесённое, отменённое, непроведённое) в отчёте о выполнении',
  'done-plan': 'файл плана',
  'done-item': 'мероприятие: его номер в документе плана (7 или 2.3 — раздел II, пункт 3) или код (id)',
  'done-category': 'участники по категориям, например "классные руководители=32,родители=8"; люди в них составляют итог',
  'done-date': 'дата (даты) проведения, ГГГГ-ММ-ДД, несколько через запятую (для новой отметки по умолчанию — сегодня)',
  'done-participants': 'сколько всего участников (с --category — их сумма)',
  'done-link': 'ссылка или имя файла, подтверждающие проведение',
  'done-note': 'комментарий; для непроведённого мероприятия — причина',
  'done-status': 'проведено, перенесено, отменено или не проведено (или held, moved, cancelled, not-held; по умолчанию — проведено)',
  'done-record': 'файл отчёта (по умолчанию <план>.record.yaml рядом с планом)',
  'done-added': (p) => `Отмечено в ${p.path}: ${p.item}`,
  'done-updated': (p) => `Отметка обновлена в ${p.path}: ${p.item}`,
  'done-unknown-item': (p) =>
    `В плане нет мероприятия с кодом ${q(p.value)}${p.suggestion ? `; возможно, имелось в виду ${q(p.suggestion)}?` : '; укажите код мероприятия или его номер в документе плана.'}`,
  'done-plan-without-ids': (p) =>
    `У мероприятий этого плана нет кодов, поэтому ${q(p.value)} не найти; укажите номер мероприятия в документе плана, например 7.`,
  'done-no-such-number': (p) => `В плане нет мероприятия ${q(p.value)}; мероприятия в документе плана пронумерованы от 1 до ${p.count}.`,
  'done-bad-category': (p) => `${q(p.value)} — не категория с числом; напишите так: "классные руководители=32,родители=8".`,
  'done-unknown-category': (p) =>
    `${q(p.value)} — не категория участников; используйте: классные руководители, заместители директоров, родители, обучающиеся, образовательные организации, районы.`,
  'done-category-twice': (p) => `Категория ${q(p.value)} указана дважды; укажите каждую один раз.`,
  'done-categories-sum': (p) =>
    `По категориям набирается ${p.sum} чел., а в --participants указано ${p.total}; исправьте одно из двух или не указывайте --participants — итог сложится из категорий.`,
  'done-bad-participants': (p) => `${q(p.value)} — не число участников; укажите целое число, например 120.`,
  'done-bad-status': (p) => `${q(p.value)} — не статус; напишите «проведено», «перенесено», «отменено» или «не проведено».`,
  'done-several-records': (p) => `Этот план указан в нескольких отчётах (${orList(p.files, 'и')}); оставьте один или укажите --record.`,
  'analysis-description': 'собрать «Анализ работы» за учебный год по отчёту о выполнении плана: DOCX с таблицами и диаграммами',
  'analysis-year': 'учебный год, например 2023-2024 (по умолчанию — единственный отчёт в папке)',
  'analysis-output': 'файл DOCX (по умолчанию out/<отчёт>-analysis.docx)',
  'analysis-monitoring': 'две сводки года, записанные report merge (промежуточный и итоговый контроль), — в анализ войдёт их сравнение по районам',
  'analysis-monitoring-two': (p) => `--monitoring принимает две сводки (промежуточный и итоговый контроль), а не ${p.count}.`,
  'analysis-monitoring-other-year': (p) => `предупреждение: сводки за ${p.year}, а план — на ${p.plan}; проверьте, что это сводки этого года.`,
  'analysis-records': 'файлы отчётов (или их планов) или папки (по умолчанию plans/ рабочей папки)',
  'analysis-wrote': (p) => `записан ${p.path} (мероприятий по плану: ${p.planned}, проведено: ${p.held}, диаграмм: ${p.charts})`,
  'analysis-no-record': (p) => `Отчёт о выполнении плана${p.year ? ` за ${p.year}` : ''} не найден; начните его командой «centre done <план> <мероприятие>».`,
  'analysis-several-records': (p) => `Найдено несколько отчётов (${orList(p.files, 'и')}); укажите один или --year.`,
  'when-ignored': (p) => `непонятно и пропущено: ${p.words}`,
  'kind-quota': 'сколько раз за период',
  'rule-quota': (p) => `${p.atLeast ? 'не реже ' : ''}${p.count} ${plural('ru', p.count, timesRu)} за ${p.per}, дни не указаны`,
  'quota-per': (p) =>
    (
      ({
        'quarter-term': 'четверть',
        'half-year': 'полугодие',
        trimester: 'триместр',
        year: 'учебный год',
        month: 'месяц',
        week: 'неделю',
        quarter: 'квартал',
      }) as Record<string, string>
    )[String(p.unit)] ?? String(p.unit),
  'phrase-weekday-year': (p) => `прочитано как ${p.date}: указанный день недели совпадает в этом году`,
  'phrase-calendar-week': 'неделя месяца — календарная, с понедельника по воскресенье; первая — та, на которую приходится первый четверг месяца',
  'phrase-day-from-length': (p) => `у начала не указан день: ${p.date}, по указанной длительности (${p.days} дн.)`,
  'phrase-month-part': (p) =>
    `${['начало', 'середина', 'конец'][Number(p.nth) - 1]} месяца прочитано как его ${['первая', 'вторая', 'последняя'][Number(p.nth) - 1]} декада (${['1–10', '11–20', 'с 21 по последнее число'][Number(p.nth) - 1]})`,
  'phrase-unit-start': (p) => `прочитано как первый день этого периода: ${p.date}`,
  'phrase-unit-end': (p) => `прочитано как последний день этого периода: ${p.date}`,
  'phrase-each-unit-start': 'один раз в начале каждого из них, день не указан',
  'phrase-each-unit-end': 'один раз в конце каждого из них, день не указан',
  'phrase-year-start': (p) => `прочитано как первый учебный день: ${p.date}`,
  'phrase-year-end': (p) => `прочитано как последний день занятий: ${p.date}`,
  'phrase-parts-in-year': 'начало указано вместе со всем годом: прочитано как весь год, который его включает',
  'phrase-moved-day': (p) => `перенос дня: ${p.from} на ${p.to}; прочитаны оба дня`,
  'phrase-open-summer': (p) => `начиная с этого дня: начало приходится на летние каникулы, поэтому период заканчивается вместе с ними (${p.end})`,
  'phrase-days-off': 'здесь перечислены выходные, а не дни мероприятия',
  'phrase-august-eve': (p) => `последняя неделя августа прочитана как канун учебного года, ${p.year} г.`,
  'phrase-vague': (p) => `${q(p.value)} — какие-то дни месяца, без указания каких`,
  'phrase-relative': (p) => `${q(p.value)} отсчитывает срок от события, дата которого не указана`,
  'phrase-terms-by-months': (p) =>
    `четверти ${p.year} учебного года взяты по месяцам (I: сентябрь–октябрь, II: ноябрь–декабрь, III: январь–март, IV: апрель–май): федерального календаря тогда не было; опишите год в файле school-year`,
  'phrase-federal-school-year': (p) =>
    `четверти и каникулы ${p.year} учебного года — по федеральному календарному графику (ФОП), по умолчанию; свои даты задайте в файле school-year`,
  'calendar-description': 'ближайшие вебинары, собрания и сроки из планов или их выгрузка в iCalendar',
  'calendar-paths': 'файлы планов или папки (по умолчанию plans/ рабочей папки)',
  'calendar-from': 'первый день, ГГГГ-ММ-ДД (по умолчанию сегодня)',
  'calendar-to': 'последний день, ГГГГ-ММ-ДД',
  'calendar-weeks': 'сколько недель показать (по умолчанию 8)',
  'calendar-format': 'формат: table, json или ics',
  'calendar-output': 'записать в этот файл вместо вывода на экран',
  'calendar-status': 'показать для прошедших мероприятий, проведены ли они (по отчётам о выполнении планов), и просроченные мероприятия без отметки',
  'status-held': 'проведено',
  'status-moved': 'перенесено',
  'status-cancelled': 'отменено',
  'status-not-held': 'не проведено',
  'status-no-entry': 'нет отметки в отчёте',
  'status-no-date': 'нет отметки на эту дату',
  'status-overdue': (p) => `Просрочено, отметки в отчёте нет (${p.count}, на ${p.today}):`,
  'status-overdue-item': (p) => `${p.number}. ${p.title} (срок — до ${p.date}) · ${p.source}`,
  'calendar-wrote': (p) => `записан ${p.path} (событий: ${p.count})`,
  'calendar-school-year-note': (p) => `примечание: ${p.note}`,
  'calendar-example-left-out': (p) =>
    `${p.file}: это пример (example: true), в календарь и .ics он не вошёл, потому что в рабочей папке есть свои планы; удалите файл или строку «example: true».`,
  'calendar-empty': (p) => `С ${p.from} по ${p.to} ничего не запланировано.`,
  'no-plans': 'Здесь нет ни плана, ни циклограммы; укажите папку или файл плана (kind: plan) либо создайте план командой «centre init».',
  'plans-end-before': (p) => `Планы заканчиваются ${p.end}, раньше начала выгрузки (${p.from}); укажите более раннюю дату --from, иначе выгружать нечего.`,
  'calendar-week': (p) => `Неделя ${p.start} – ${p.end}`,
  'calendar-until': (p) => `до ${p.end}`,
  'calendar-deadline': 'срок',
  'calendar-shifted': (p) => `перенесён с ${p.from}`,
  'calendar-moved': (p) => `перенесено; по плану — ${p.planned}`,
  'calendar-day-off': (p) => `выходной: ${p.name}`,
  'calendar-summary': (p) => `Событий: ${p.count}, с ${p.from} по ${p.to}.`,
  'bad-date-option': (p) => `${q(p.value)} — не дата; запишите её как 2023-09-18.`,
  'bad-year-option': (p) => `${q(p.value)} — не учебный год; запишите его как 2023-2024.`,
  'bad-weeks-option': (p) => `${q(p.value)} — не число недель; укажите целое число от 1 до 520.`,
  'to-and-weeks': 'Укажите либо --to, либо --weeks, но не оба.',
  'window-order': (p) => `Период заканчивается (${p.to}) раньше, чем начинается (${p.from}).`,
  'report-not-a-form': 'Эта книга — не форма centre (нет скрытых данных формы); отправьте школе форму, сделанную командой «centre report template».',
  'report-missing-indicator': (p) => `В форме нет ячейки для ${q(p.indicator)}: она сделана из другой версии формы.`,
  'report-formula': (p) => `${q(p.indicator)}: в ячейке формула, а не значение; впишите само число.`,
  'report-required': (p) => `${q(p.indicator)}: не заполнено.`,
  'report-check': (p) => `${p.message}`,
  'report-cell-error': (p) => `В ячейке ошибка ${p.value}; впишите само значение.`,
  'report-cell-damaged': 'Ячейка ссылается на текст, которого в книге нет: файл повреждён; попросите школу заново ввести значение и сохранить файл.',
  'report-not-number': (p) => `${q(p.indicator)}: ${q(p.value)} — не число.`,
  'report-not-integer': (p) => `${q(p.indicator)}: ${q(p.value)} — не целое число.`,
  'report-out-of-bounds': (p) => `${q(p.indicator)}: ${q(p.value)} вне пределов от ${p.min} до ${p.max}.`,
  'report-not-boolean': (p) => `${q(p.indicator)}: нужен ответ «да» или «нет», а не ${q(p.value)}.`,
  'report-not-choice': (p) => `${q(p.indicator)}: ${q(p.value)} — не из списка (${orList(p.choices, 'или')}).`,
  'report-not-date': (p) => `${q(p.indicator)}: ${q(p.value)} — не дата.`,
  'csv-no-school-column': 'В CSV-файле нет столбца «school»: первая строка должна называть столбцы — school и коды показателей.',
  'xlsx-too-large': 'Файл больше 5 МБ — намного больше заполненной формы; он не открывался.',
  'xlsx-encrypted': 'Файл защищён паролем или это старый .xls; сохраните его как обычный .xlsx без пароля.',
  'xlsx-not-xlsx': 'Файл — не книга Excel (.xlsx); отправьте форму в том формате, в котором она выдана.',
  'xlsx-too-many-parts': 'В книге намного больше частей, чем в форме; она не открывалась.',
  'xlsx-zip-bomb': 'Книга распаковывается в неправдоподобный размер (zip-бомба?); она не открывалась.',
  'xlsx-damaged': 'Книга повреждена и не читается; попросите школу сохранить её заново.',
  'report-other-form': (p) => `Это форма ${q(p.found)}, а не ${q(p.expected)}.`,
  'report-other-version': (p) => `Это версия ${p.found} формы, а свод собирается по версии ${p.expected}: отправьте школе действующую форму.`,
  'report-other-period': (p) => `Этот отчёт за период ${q(p.found)}, а не ${q(p.expected)}.`,
  'report-other-year': (p) => `Этот отчёт за ${p.found} учебный год, а не за ${p.expected}; отправьте школе форму ${p.expected} учебного года.`,
  'report-no-year': 'В отчёте не указан учебный год: добавьте столбец «year» (2024-2025), укажите год в имени файла (…-2024-2025.csv) или задайте --year.',
  'merge-mixed-years': (p) => `Формы относятся к разным учебным годам (${p.years}); выберите один через --year.`,
  'report-no-school': 'В отчёте не указано, от какой он школы: ячейка с кодом школы пуста.',
  'report-unknown-school': (p) => `Школы ${q(p.school)} нет в реестре${p.suggestion ? `; возможно, имелось в виду ${q(p.suggestion)}?` : '.'}`,
  'report-duplicate': (p) =>
    `Второй отчёт школы ${q(p.school)}: учтён более новый, ${p.kept} (сохранён ${p.keptTime}), а этот (сохранён ${p.droppedTime}) — нет.`,
  'report-duplicate-same-time': (p) =>
    `Второй отчёт школы ${q(p.school)}, сохранённый в то же время (${p.keptTime}): учтён отчёт из ${p.kept}, этот — нет; проверьте, какой верен.`,
  'report-kind-unknown': 'Отчётами считаются только файлы .xlsx и .csv (а с LibreOffice — и .ods или .xls); этот файл не читался: сохраните его как .xlsx.',
  'report-is-summary': 'Это сводная книга, записанная centre, а не отчёт школы; она не учитывалась.',
  'report-needs-libreoffice':
    'Это файл .ods или .xls: сохраните его как .xlsx или установите LibreOffice (apt-get install libreoffice-calc-nogui), чтобы centre сам его преобразовал.',
  'report-conversion-failed': (p) => `LibreOffice не смог преобразовать файл (${p.reason}); сохраните его как .xlsx.`,
  'report-in-subfolder': 'Это папка: её файлы не читались; укажите и её, если в ней отчёты.',
  'no-file-of-kind': (p) => `В plans/ и templates/ рабочей папки нет файла вида ${p.kind}; укажите его через --${p.kind}.`,
  'file-of-other-kind': (p) => `Это файл вида ${q(p.found)}, а не ${p.kind}; укажите файл вида ${p.kind} через --${p.kind}.`,
  'several-files-of-kind': (p) => `Найдено несколько файлов вида ${p.kind} (${orList(p.files, 'и')}); выберите один через --${p.kind}.`,
  'unknown-period': (p) => `В форме нет периода ${q(p.value)}; используйте ${orList(p.periods, 'или')}.`,
  'report-description': 'отчёты мониторинга: XLSX-форма для школ и свод заполненных форм',
  'template-description': 'записать XLSX-форму для школ (с реестром — по файлу на школу)',
  'template-form': 'описание формы (по умолчанию файл kind: form рабочей папки)',
  'template-registry': 'реестр: по заполненной форме на каждую школу (по умолчанию файл kind: registry рабочей папки, если есть)',
  'template-period': 'период: «промежуточный» или «итоговый» (или interim, final; по умолчанию ближайший)',
  'template-year': 'учебный год, например 2024-2025 (по умолчанию текущий)',
  'template-output': 'папка для форм (по умолчанию out/forms/)',
  'template-wrote': (p) => `записано форм: ${p.count} (${q(p.periodTitle)}, ${p.year} учебный год) в ${p.path}`,
  'template-kept': (p) => `Оставлено форм, которые уже были в папке: ${p.count} (они могут быть заполнены); чтобы записать их заново, добавьте --force.`,
  'template-force': 'перезаписать формы, уже лежащие в папке (и заполненные тоже)',
  'merge-description': 'проверить заполненные формы (XLSX или CSV; ODS и XLS — через LibreOffice) и записать сводную книгу',
  'compare-description':
    'сравнить две сводки одной формы за один год (например, промежуточный и итоговый контроль): каждый показатель по районам и по региону, оба значения и изменение',
  'compare-first': 'первая сводка (.xlsx, записанная report merge)',
  'compare-second': 'вторая сводка',
  'compare-output': 'файл сравнения (по умолчанию out/compare-<период>-<период>.xlsx)',
  'compare-change': 'Изменение',
  'compare-all': 'учесть все школы каждого этапа, а не только те, что есть в обеих сводках',
  'compare-rounds': (p) => `${p.a}: учтено школ — ${p.countA}; ${p.b}: учтено школ — ${p.countB}.`,
  'compare-common-schools': (p) => `Сравниваются только школы, которые есть в обеих сводках (${p.count}); чтобы учесть все, добавьте --all.`,
  'compare-all-schools': 'Учтены все школы (--all): изменение может быть вызвано тем, какие школы сдали отчёт, а не их показателями.',
  'compare-only-in': (p) => `Только в ${q(p.round)}: ${p.schools}.`,
  'summary-corrected': (p) =>
    `На «Своде» в строке ${q(p.row)}, столбце ${q(p.header)} стоит ${p.shown}, а в итогах, записанных report merge, — ${p.kept}; используется число со «Свода» (если правка случайна, сведите отчёты заново).`,
  'compare-wrote': (p) => `записан ${p.path} (строк: ${p.count})`,
  'compare-not-summary': 'Это не сводка, записанная «centre report merge» (в ней нет скрытых данных формы); сведите отчёты заново и сравните новую сводку.',
  'compare-damaged': 'Книгу не удаётся прочитать (повреждена или не .xlsx); откройте её в табличном редакторе и сохраните заново как .xlsx.',
  'compare-too-large': 'Файл слишком велик для сводки; проверьте, тот ли это файл.',
  'compare-different-forms': (p) => `Сводки относятся к разным формам (${q(p.a)} и ${q(p.b)}); сравнивайте два этапа одной формы.`,
  'compare-different-years': (p) => `Сводки относятся к разным учебным годам (${q(p.a || '—')} и ${q(p.b || '—')}); сравнивайте два этапа одного года.`,
  'merge-files': 'заполненные формы или папки с ними',
  'merge-output': 'сводная книга (по умолчанию out/summary-<период>-<год>.xlsx); никогда не входной файл и не файл, который не является сводом centre',
  'merge-registry': 'реестр (по умолчанию файл kind: registry рабочей папки, если есть)',
  'merge-period': 'учитывать только отчёты этого периода (по умолчанию — периода большинства отчётов)',
  'merge-year': 'учитывать только отчёты этого учебного года, например 2024-2025 (по умолчанию — год форм; формы разных лет — ошибка)',
  'merge-strict': 'не записывать свод, если отклонён хотя бы один файл',
  'merge-wrote': (p) => `записан ${p.path}`,
  'merge-summary-word': 'сводная книга',
  'conversion-no-output': 'он не записал .xlsx',
  'conversion-timeout': (p) => `нет ответа за ${p.seconds} с`,
  'conversion-exit': (p) => `он завершился с кодом ${p.status}`,
  'conversion-not-started': (p) => `его не удалось запустить: ${p.reason}`,
  'summary-total': (p) => `итог: ${p.total}`,
  'summary-total-sum': 'сумма',
  'summary-total-mean': 'среднее по школам',
  'summary-total-weighted': (p) => `среднее, взвешенное по ${q(p.by)}`,
  'summary-total-yes': 'число ответов «да»',
  'summary-total-choices': 'число ответов каждого варианта',
  'summary-total-none': 'нет',
  'merge-counts': (p) => `Файлов: ${p.files}; учтено школ: ${p.counted}, отклонено файлов: ${p.rejected}, не сдали отчёт: ${p.missing}.`,
  'merge-strict-refused': 'Свод не записан (--strict): исправьте файлы выше или запустите без --strict.',
  'merge-no-files': 'Не найдено файлов .xlsx или .csv; укажите заполненные формы или папку с ними.',
  'cli-description': 'Планы работы, циклограммы, календарь и мониторинг для центров поддержки классных руководителей.',
  'cli-version': 'показать версию',
  'cli-help': 'показать справку',
  'cli-help-command': 'показать справку по команде',
  'cli-debug': 'печатать трассировку стека при непредвиденных сбоях',
  'usage-error': (p) => `${p.detail}`,
  'usage-hint': (p) => `Справка: «${p.command} --help».`,
  'init-description': 'создать рабочую папку: примеры плана, реестра, сведений о центре и учебного года, схемы для редактора и форма мониторинга',
  'init-dir': 'рабочая папка (по умолчанию текущая)',
  'init-created': (p) => `создан ${p.path}`,
  'init-kept': (p) => `оставлен ${p.path} (уже существует)`,
  'init-next': (p) =>
    `Дальше:${p.dir ? ` cd ${p.dir};` : ''} перенесите свой план из Word — «centre plan import план.docx» (он ляжет в plans/), впишите сведения о центре в plans/centre.yaml и школы в plans/registry.yaml и удалите в них строку «example: true»; затем «centre validate» и «centre plan build plans/».`,
  'schema-description': 'вывести JSON Schema вида файлов (для редакторов)',
  'schema-kind': 'вид файла: plan, cyclogram, holidays, school-year, registry, form, record, centre, document или practice',
  'validate-description': 'проверить файлы по схеме (по умолчанию plans/ и templates/ рабочей папки)',
  'validate-paths': 'файлы или папки для проверки',
  'validate-format': 'формат вывода: human, short или json',
  'validate-ok': (p) => `Проверено файлов: ${p.files}; ошибок нет.`,
  'validate-summary': (p) => `Проверено файлов: ${p.files}; ошибок: ${p.errors}, предупреждений: ${p.warnings}.`,
  'plan-description': 'сборка планов работы и циклограмм',
  'build-description': 'записать официальный DOCX планов и циклограмм',
  'build-files': 'файлы планов или циклограмм, или папки с ними',
  'build-output': 'выходной файл (для одного входного) или папка (по умолчанию out/)',
  'build-orientation': 'задать ориентацию страницы: portrait или landscape',
  'build-wrote': (p) => `записан ${p.path}`,
  'build-summary': (p) => `разделов: ${p.sections}, мероприятий: ${p.items}, грифов: ${p.approvals}`,
  'build-document-summary': (p) => `пунктов: ${p.clauses}, приложений: ${p.appendices}`,
  'build-failed': (p) => `Не собрано файлов: ${p.count} — из-за ошибок выше.`,
  'import-description': 'перенести план из Word, LibreOffice, Excel или веб-страницы в YAML-файл плана',
  'import-files': 'документы для переноса (.docx, .odt, .doc, .rtf, .xlsx, .html) или папки с ними',
  'import-output': 'выходной файл (для одного входного), папка (по умолчанию plans/ рабочей папки) или - для вывода на экран',
  'import-year': 'учебный год, если в документе его нет: 2025-2026',
  'import-title': 'заголовок плана, если над таблицей его нет',
  'import-update':
    'перенести поверх плана, указанного через -o: мероприятия, которые остались, сохраняют коды (и отметки в отчёте), прежний файл остаётся рядом',
  'import-update-needs-file': '--update переносит поверх одного плана: укажите его YAML-файл через -o plans/plan.yaml.',
  'import-update-invalid': (p) => `В ${p.path} есть ошибки; исправьте их (centre validate), прежде чем переносить поверх новую версию.`,
  'import-updated': (p) =>
    `обновлён ${p.path}: без изменений — ${p.kept}, изменено — ${p.changed}, добавлено — ${p.added}, удалено — ${p.removed}; прежняя версия сохранена как ${p.backup}`,
  'import-update-added': (p) => `добавлено: ${q(p.text)}`,
  'import-update-changed': (p) => `изменено: ${q(p.text)}`,
  'import-update-removed': (p) => `удалено: ${q(p.text)} (его отметки в отчёте, если были, больше ни к чему не относятся)`,
  'import-year-option': (p) => `${q(p.value)} — не учебный год; запишите его так: --year 2025-2026.`,
  'import-wrote': (p) => `перенесён ${p.source} → ${p.path} (разделов: ${p.sections}, мероприятий: ${p.items}, грифов: ${p.approvals})`,
  'import-renamed': (p) => `${p.wanted} уже есть и не тронут; план записан в ${p.path}`,
  'import-output-exists': (p) => `${p.path} уже есть; перенос никогда не перезаписывает файлы: укажите другое имя через -o или уберите этот файл.`,
  'import-unknown-format': 'Такой файл перенести нельзя; укажите файл .docx, .odt, .doc, .rtf, .xlsx, .html или .htm.',
  'import-no-documents': 'В папке нет документов для переноса (.docx, .odt, .doc, .rtf, .xlsx, .html, .htm).',
  'import-too-large': 'Файл больше 50 МБ — намного больше плана; он не открывался.',
  'import-encrypted': 'Файл защищён паролем (или это старый файл Office с новым расширением); сохраните его без пароля как .docx.',
  'import-not-zip': 'Файл — не то, что обещает его расширение (не zip-пакет); сохраните его заново из Word или LibreOffice.',
  'import-not-docx': 'Файл — не документ Word (.docx); сохраните его заново из Word или LibreOffice как .docx.',
  'import-not-xlsx': 'Файл — не книга Excel (.xlsx); сохраните её заново из Excel или LibreOffice Calc как .xlsx.',
  'import-too-many-parts': 'В файле намного больше частей, чем в документе; он не открывался.',
  'import-zip-bomb': 'Файл распаковывается в неправдоподобный размер (zip-бомба?); он не открывался.',
  'import-damaged': 'Файл повреждён и не читается; откройте его в Word или LibreOffice и сохраните заново.',
  'import-doctype': 'В документе объявлены XML-сущности (DOCTYPE), которых Word не пишет; он не читался.',
  'import-too-deep': 'Элементы страницы вложены глубже, чем на любой настоящей странице (больше 256 уровней); она не читалась.',
  'import-no-title-found': 'Над таблицей плана не найден заголовок; укажите его: --title "План работы … на 2025-2026 учебный год".',
  'budget-span-columns': (p) =>
    `${budgetPlaceRu(p)}: ячейка объединяет ${numberRu(p.count)} ${pluralRu(p.count, 'столбец', 'столбца', 'столбцов')}, больше ${numberRu(p.limit)}; таких широких таблиц не бывает: разделите объединённую ячейку и сохраните файл заново.`,
  'budget-span-rows': (p) =>
    `${budgetPlaceRu(p)}: ячейка объединяет ${numberRu(p.count)} ${pluralRu(p.count, 'строку', 'строки', 'строк')}, больше ${numberRu(p.limit)}; разделите объединённую ячейку и сохраните файл заново.`,
  'budget-merged-cells': (p) =>
    `${budgetPlaceRu(p)}: с этим диапазоном (${numberRu(p.count)} ${pluralRu(p.count, 'ячейка', 'ячейки', 'ячеек')}) объединённых ячеек в книге больше ${numberRu(p.limit)}; отмените объединение и сохраните файл заново.`,
  'budget-grid-cells': (p) =>
    `${budgetPlaceRu(p)}: в таблицах с учётом объединённых ячеек больше ${numberRu(p.limit)} ячеек — намного больше, чем в любом плане; проверьте, тот ли это файл.`,
  'budget-repeated-text': (p) =>
    `${budgetPlaceRu(p)}: объединённые ячейки повторяют в накрытых ими строках больше ${numberRu(p.limit)} знаков текста; отмените объединение и сохраните файл заново.`,
  'import-no-table': 'В документе нет таблицы; план переносится из таблицы мероприятий (№, мероприятие, сроки, ответственные).',
  'import-no-plan-table': (p) =>
    `Ни одна из таблиц (${p.tables}) не похожа на план: нет строки заголовков со столбцом мероприятий («Мероприятие», «Содержание работы»…) и столбцом сроков («Сроки», «Дата»…) или ответственных${p.headings ? `; первые строки таблиц: ${p.headings}` : ''}.`,
  'import-empty-plan-table': (p) => `Таблица ${p.table} озаглавлена как план, но под заголовком нет ни одного мероприятия.`,
  'import-soffice-missing':
    'Для чтения .odt, .doc и .rtf нужен LibreOffice, а он не установлен; установите его (Debian/Ubuntu: apt-get install libreoffice-writer-nogui) или сохраните файл как .docx.',
  'import-soffice-failed': (p) => `LibreOffice не смог преобразовать файл (${p.detail}); откройте его и сохраните как .docx.`,
  'import-soffice-timeout': (p) => `LibreOffice не преобразовал файл за ${p.seconds} с; откройте его в LibreOffice и сохраните как .docx.`,
  'import-source': (p) => `Перенесено из ${p.file} командой «centre plan import»; проверьте замечания ниже и запустите «centre validate».`,
  'import-notes': 'Не размещено (проверьте вручную):',
  'import-place': (p) =>
    [
      p.table !== undefined ? `таблица ${p.table}` : undefined,
      p.row !== undefined ? `строка ${p.row}` : undefined,
      p.column ? `столбец «${p.column}»` : undefined,
      p.paragraph !== undefined ? `абзац ${p.paragraph}` : undefined,
    ]
      .filter(Boolean)
      .join(', '),
  'import-unplaced-text': (p) => `текст вне плана: ${q(p.text)}`,
  'import-unplaced-cell': (p) => `ячейка не размещена: ${q(p.text)}`,
  'import-extra-column': 'столбец сверх №, мероприятия, сроков и ответственных: сохранён в «columns», его значения — в «extra» мероприятий',
  'import-no-responsible': 'у мероприятия не указаны ответственные; добавьте их в «responsible»',
  'import-no-timing': 'у мероприятия не указаны сроки; впишите их в «timing»',
  'import-default-section': (p) => `мероприятия до первого заголовка раздела помещены в раздел ${q(p.text)}; переименуйте его`,
  'import-unreadable-timing': (p) => `сроки ${q(p.text)} не читаются как даты; календарь их пропустит (см. «centre when»)`,
  'import-incomplete-approval': (p) => `гриф, начинающийся с ${q(p.text)}, не прочитан целиком; перенесите его вручную`,
  'import-no-title': 'над таблицей не найден заголовок; впишите его в «title»',
  'import-year-from-text': (p) => `учебный год ${p.text} взят из этого текста; проверьте`,
  'import-year-from-name': (p) => `учебный год ${p.text} взят из имени файла; проверьте или укажите другой через --year`,
  'import-timing-completed': (p) => `сроки дополнены месяцем из строки над ними: ${p.text}`,
  'import-timing-from-month': (p) => `сроки не указаны; взят месяц из строки над ними: «${p.text}»`,
  'import-unread-mark': (p) => `из отметки ${q(p.text)} не понятно, проведено ли мероприятие: в отчёт она не внесена; добавьте её командой «centre done»`,
  'import-wrote-record': (p) => `записан ${p.path}: отметок из столбца «${p.column}» — ${p.entries}, как их внёс бы «centre done»`,
  'import-record-exists': (p) => `${p.path} уже есть: отметки из столбца «${p.column}» в него не внесены; добавьте их командой «centre done»`,
  'import-joined-row': (p) => `в следующей строке было только ${q(p.text)} — это принято за продолжение мероприятия; проверьте`,
  'import-output-one-file': 'В один .yaml-файл переносится один документ; чтобы перенести несколько, укажите папку через -o.',
  'site-description': 'раздел центра на сайте школы: статические страницы из файлов рабочей папки',
  'site-build-description': 'записать раздел в виде HTML и CSS (по умолчанию в out/site/)',
  'site-build-output': 'папка для раздела (по умолчанию out/site/ рабочей папки)',
  'site-build-pdf': 'также сохранить каждый план в PDF с помощью LibreOffice (если он установлен)',
  'site-build-url':
    'адрес раздела на сайте школы (https://…): ссылка подписки на календарь и полные адреса ссылок во фрагментах для вставки в конструктор сайта',
  'site-build-monitoring': 'добавить страницу «Мониторинг»: итоги по региону из сводной книги centre report merge',
  'site-build-examples': 'опубликовать и файлы с пометкой «example: true», в том числе практики (примеры из centre init)',
  'site-example-left-out':
    'Это пример (example: true), на сайт он не попал; впишите свои сведения и удалите строку «example: true» или соберите раздел с --examples, чтобы посмотреть.',
  'site-no-centre':
    'В рабочей папке нет сведений о центре (kind: centre), поэтому страница «О центре» пуста; заполните plans/centre.yaml (пример записывает centre init).',
  'site-summary-unreadable': (p) => `Сводную книгу не удаётся прочитать: ${p.reason}.`,
  'site-summary-too-large': 'она слишком велика для сводки; проверьте, тот ли это файл',
  'site-summary-damaged': 'она повреждена или это не .xlsx; откройте её в табличном редакторе и сохраните заново как .xlsx',
  'site-summary-not-summary': 'в ней нет скрытых данных формы centre report merge; сведите отчёты заново и укажите новую сводку',
  'site-summary-no-sheet': 'в ней нет листа «Свод»; укажите свод, записанный centre report merge',
  'site-summary-no-total': (p) => `На листе нет строки ${q(p.label)}; укажите свод, записанный centre report merge.`,
  'site-bad-url': (p) => `${q(p.value)} — не адрес в интернете; укажите адрес раздела, начиная с https://.`,
  'site-serve-description': 'показать раздел в браузере на этом компьютере и пересобирать его при изменении файлов',
  'site-serve-port': 'порт (0 — любой свободный)',
  'site-wrote': (p) =>
    `записано файлов: ${p.count} в ${p.path} (страниц: ${p.pages}${p.unchanged ? `; без изменений: ${p.unchanged}` : ''}); откройте ${p.index}`,
  'site-serving': (p) => `Раздел открыт по адресу ${p.url} — для остановки нажмите Ctrl+C.`,
  'bad-port': (p) => `${q(p.value)} — не номер порта; укажите число от 0 до 65535.`,
  'site-port-busy': (p) => `Порт ${p.port} занят или недоступен; укажите другой через --port (например, --port 8081 или 0 — любой свободный).`,
  'site-rebuilt': (p) => `раздел пересобран после изменения (${p.ms} мс)`,
  'site-rebuild-failed': 'Раздел не пересобран из-за ошибок выше; показывается последняя исправная версия.',
  'site-broken-link': (p) => `Страница ${p.page} ссылается на ${q(p.href)}, которого нет в разделе; исправьте ссылку или добавьте страницу.`,
  'site-not-ours': (p) => `${p.path} записан не командой centre site build; заменять его нельзя. Укажите другую папку -o или уберите файл.`,
  'site-output-holds-inputs': (p) => `В папке ${p.path} лежат файлы рабочей папки; укажите для раздела отдельную папку, например out/site.`,
  'site-outside-output': (p) => `Запись ${q(p.path)} за пределами папки раздела запрещена.`,
  'site-several': (p) => `В рабочей папке несколько файлов вида ${q(p.kind)} (${orList(p.files, 'и')}); оставьте один.`,
  'site-page-without-title': 'У страницы нет заголовка; начните её с заголовка первого уровня, например «# Семейная страничка».',
  'practice-school-unknown': (p) =>
    `В реестре нет школы ${q(p.value)}${p.suggestion ? `; возможно, имелось в виду ${q(p.suggestion)}?` : '; напишите школу так же, как в реестре, иначе у её практик будет отдельная страница школы.'}`,
  'site-attachment-missing': (p) => `Приложенного файла ${q(p.value)} нет; проверьте путь (он отсчитывается от папки этого файла).`,
  'site-attachment-outside': (p) =>
    `Приложенный файл ${q(p.value)} — ссылка на ${p.target} за пределами рабочей папки, на сайт он не выкладывается; положите в рабочую папку копию самого файла.`,
  'site-attachment-not-file': (p) => `Приложенный ${q(p.value)} — не обычный файл (папка, канал или устройство); приложите файл документа.`,
  'site-attachment-unreadable': (p) => `Приложенный файл ${q(p.value)} не читается: ${p.reason}.`,
  'site-attachment-type': (p) =>
    `Файл ${q(p.value)} на сайт не выкладывается: публикуются только ${p.types} — веб-страница, SVG или сценарий выполнялись бы на сайте школы; сохраните файл в PDF.`,
  'site-attachment-content': (p) =>
    `Файл ${q(p.value)} назван как ${p.expected}, но внутри ${p.actual ? `у него формат ${p.actual}` : `не ${p.expected}`}; откройте его и сохраните заново как ${p.expected}.`,
  'site-page-outside': (p) =>
    `${p.path} — ссылка на ${p.target} за пределами рабочей папки, на сайт она не выкладывается; положите в site/ копию самой страницы.`,
  'site-page-not-file': (p) => `${p.path} — не обычный файл (папка, канал или устройство); держите в site/ только страницы Markdown.`,
  'site-link-malformed': (p) =>
    `В ссылке ${q(p.href)} испорчена %-последовательность (после % идут две шестнадцатеричные цифры символа UTF-8); напишите адрес как есть или замените % на %25.`,
  'site-stale-not-removed': (p) =>
    `${q(p.path)}, страница прошлой сборки, оставлен на месте: теперь это ${p.what}, а такое centre не удаляет; удалите сами, если не нужен.`,
  'site-stale-folder': 'папка, ссылка или особый файл',
  'site-stale-outside': 'путь за пределы папки раздела (через ссылку)',
  'site-stale-failed': 'файл, который нельзя удалить (нет прав)',
  'site-rebuild-crashed': (p) => `Раздел не пересобран: ${p.detail}; показывается последняя исправная версия.`,
  'site-page-large': (p) =>
    `Страница ${p.page} занимает ${p.size} КБ, больше 100 КБ; на сайте школы она будет грузиться медленно (разделите план или страницу).`,
  // конкурсы (задача 22)
  'contest-positive': (p) => `Здесь ожидается число больше 0, а найдено ${q(p.value)}.`,
  'contest-percent': (p) => `Доля наибольшего балла — от 0 до 100 (в процентах), а найдено ${q(p.value)}.`,
  'contest-unknown-nomination': (p) =>
    `Нет номинации с кодом ${q(p.value)}${p.suggestion ? `; возможно, имелось в виду ${q(p.suggestion)}?` : `; известны: ${orList(p.known, 'и')}.`}`,
  'contest-unknown-juror': (p) =>
    `Нет члена жюри с кодом ${q(p.value)}${p.suggestion ? `; возможно, имелось в виду ${q(p.suggestion)}?` : `; известны: ${orList(p.known, 'и')}.`}`,
  'contest-unknown-participant': (p) =>
    `Нет участника с кодом ${q(p.value)}${p.suggestion ? `; возможно, имелось в виду ${q(p.suggestion)}?` : `; известны: ${orList(p.known, 'и')}.`}`,
  'contest-unknown-test': (p) =>
    `Ни в одном этапе нет испытания с кодом ${q(p.value)}${p.suggestion ? `; возможно, имелось в виду ${q(p.suggestion)}?` : `; известны: ${orList(p.known, 'и')}.`}`,
  'contest-advance-shape': 'Укажите одно из двух, кто проходит дальше: «top: 5» (пять лучших в каждой номинации) или «from: 40» (итог от 40 баллов).',
  'contest-advance-above-max': (p) => `Набрать ${p.value} нельзя: наибольший итог участника на этом этапе — ${p.max}; уменьшите «from».`,
  'contest-places-shape': 'Укажите одно из двух: «count: 3» (места с первого по третье) или «thresholds» (звания по доле наибольшего балла).',
  'contest-thresholds-order': (p) => `Пороги идут от высшего к низшему: порог ${p.value}${NBSP}% должен быть ниже предыдущего (${p.previous}${NBSP}%).`,
  'contest-drop-few-jurors': (p) =>
    `На этапе ${q(p.stage)} членов жюри: ${p.count}; наибольшая и наименьшая оценки отбрасываются только при пяти и более, поэтому здесь учитываются все.`,
  'contest-stage-before-previous': (p) => `Этап ${q(p.stage)} начинается раньше, чем заканчивается этап ${q(p.previous)}; проверьте даты.`,
  'contest-description': 'провести конкурс профессионального мастерства: заявки, листы жюри, итоги, протокол, приказ и дипломы',
  'contest-file': 'файл конкурса (kind: contest)',
  'contest-stage-option': 'этап (его код)',
  'contest-sheets-description': 'записать оценочные листы XLSX, по одному на каждого члена жюри',
  'contest-sheets-output': 'папка для листов (по умолчанию out/contest/<конкурс>-<этап>)',
  'contest-merge-description': 'прочитать заполненные листы жюри, ранжировать участников и записать итоги',
  'contest-merge-files': 'заполненные листы или папки с ними',
  'contest-merge-output': 'книга итогов (по умолчанию out/contest/<конкурс>-<этап>-results.xlsx)',
  'contest-stage-unknown': (p) => `В конкурсе нет этапа ${q(p.value)}; укажите ${orNamedList(p.known, p.names, 'или')}.`,
  'contest-stage-needed': (p) => `Укажите этап параметром --stage: ${orNamedList(p.known, p.names, 'или')}.`,
  'contest-no-participants': (p) => `На этапе ${q(p.stage)} нет участников; перечислите их в «participants» (и в «admitted» этапа, если он их называет).`,
  'contest-sheets-wrote': (p) => `записано оценочных листов для этапа ${q(p.stage)}: ${p.count}, в ${p.path}`,
  'contest-sheet-kept': (p) => `${p.path} уже есть и, возможно, заполнен: оставлен как есть; чтобы записать заново, уберите его.`,
  'contest-not-a-sheet':
    'Это не лист жюри, записанный командой centre contest sheets (в нём нет скрытых данных конкурса); не включайте его или отправьте члену жюри новый лист.',
  'contest-sheet-other-contest': (p) => `Это лист конкурса ${q(p.found)}, а не ${q(p.expected)}; не включайте его.`,
  'contest-sheet-other-stage': (p) => `Это лист этапа ${q(p.found)}, а не ${q(p.expected)}; сводите его с --stage ${p.found}.`,
  'contest-sheet-unknown-juror': (p) => `Это лист ${q(p.value)}, а такого члена жюри на этом этапе нет; не включайте лист или добавьте его в жюри.`,
  'contest-sheet-duplicate': (p) => `${p.juror} прислал(а) два листа; учитывается более новый (${p.newer}), ${p.older} не учитывается.`,
  'contest-sheet-missing': (p) => `Нет листа члена жюри ${p.juror} (${p.id}) за этап ${q(p.stage)}; пока его нет, итоги предварительные.`,
  'contest-sheet-participant-unknown': (p) => `Строка ${p.row} — для ${q(p.value)}, а такого участника на этом этапе нет; разошлите жюри новые листы.`,
  'contest-sheet-participant-missing': (p) => `В листе нет строки для участника ${p.name}; отправьте члену жюри новый лист.`,
  'contest-score-above-max': (p) => `${p.participant}, ${q(p.criterion)}: ${p.value} больше наибольшего балла ${p.max}; попросите члена жюри исправить оценку.`,
  'contest-score-below-zero': (p) => `${p.participant}, ${q(p.criterion)}: ${p.value} меньше 0; попросите члена жюри исправить оценку.`,
  'contest-score-blank': (p) => `${p.participant}, ${q(p.criterion)}: нет оценки; попросите члена жюри заполнить ячейку (пустая ячейка не считается нулём).`,
  'contest-score-not-number': (p) => `${p.participant}, ${q(p.criterion)}: ${q(p.value)} — не балл; попросите члена жюри поставить число от 0 до ${p.max}.`,
  'contest-score-formula': (p) => `${p.participant}, ${q(p.criterion)}: в ячейке формула; попросите члена жюри вписать балл числом.`,
  'contest-score-conflict': (p) => `${p.participant}: член жюри работает в школе участника и не может его оценивать; оценка не учитывается.`,
  'contest-merge-no-files': 'Листы жюри не найдены; укажите заполненные листы .xlsx или папку с ними.',
  'contest-merge-counts': (p) => `прочитано листов: ${p.sheets} из ${p.jurors}; участников в рейтинге: ${p.participants}; замечаний: ${p.problems}.`,
  'contest-merge-provisional': 'Пока замечания выше не устранены, итоги предварительные.',
  'contest-merge-wrote': (p) => `итоги записаны в ${p.path}`,
  'contest-results-word': 'книга итогов конкурса',
  'contest-advances': 'проходит дальше',
  'contest-place': (p) => `${p.place} место`,
  'contest-incomplete': 'неполные оценки',
  'contest-school-unknown': (p) =>
    `В реестре нет школы ${q(p.value)}${p.suggestion ? ` (возможно, имелось в виду ${q(p.suggestion)}?)` : ''}: конфликт интересов члена жюри с ней не найти; напишите код школы из реестра.`,
  'contest-protocol-description': 'записать протокол заседания жюри (DOCX) по заполненным листам',
  'contest-protocol-output': 'файл протокола (по умолчанию out/contest/<конкурс>-<этап>-protocol.docx)',
  'contest-protocol-date': 'день заседания (по умолчанию последний день этапа, для последнего этапа — день подведения итогов)',
  'contest-protocol-refused': 'Протокол записывается только по полным итогам: устраните замечания выше и запустите снова.',
  'contest-protocol-wrote': (p) => `протокол записан в ${p.path}`,
  'contest-protocol-word': 'протокол жюри',
  'contest-sheet-blank': 'В листе нет ни одной оценки; попросите члена жюри заполнить его и прислать снова.',
  'contest-not-xlsx': 'Листы жюри — только файлы .xlsx; этот файл не читался: попросите члена жюри сохранить его как .xlsx.',
  'contest-sheet-damaged': 'Книга повреждена и не читается; попросите члена жюри сохранить её заново (в формате .xlsx).',
  'contest-sheet-criteria-changed':
    'Критерии в этом листе не совпадают с критериями этапа (файл конкурса изменён после рассылки листов); разошлите жюри новые листы.',
  'register-number-format': 'Номер в реестре пишется «порядковый номер/год», например «15/2025».',
  'register-number-twice': (p) =>
    `Номер ${q(p.value)} уже выдан (запись ${p.first}); номер выдаётся один раз — дайте этому документу следующий свободный номер.`,
  'register-key-twice': (p) => `Документ ${q(p.value)} уже есть в реестре (запись ${p.first}); у документа один номер — оставьте одну из двух записей.`,
  'register-number-year': (p) =>
    `Номер ${q(p.value)} другого года, чем дата выдачи (${p.year}); нумерация начинается заново каждый год — запишите его как «…/${p.year}».`,
  'register-option': 'реестр выданных номеров (kind: register; по умолчанию plans/register.yaml, создаётся, если его нет)',
  'register-wrote': (p) => `в реестр ${p.path} записано новых номеров: ${p.count}`,
  'contest-diplomas-description': 'записать пронумерованные дипломы и сертификаты участников этапа (DOCX, а при установленном LibreOffice и PDF)',
  'contest-diplomas-output': 'файл дипломов (по умолчанию out/contest/<конкурс>-<этап>-diplomas.docx)',
  'contest-diplomas-date': 'дата на дипломах (по умолчанию день подведения итогов или последний день этапа)',
  'contest-diplomas-stage-option': 'этап (его код; по умолчанию последний)',
  'contest-diplomas-refused': 'Дипломы печатаются только по полным итогам: устраните замечания выше и запустите снова.',
  'contest-diplomas-wrote': (p) => `дипломов: ${p.diplomas}, сертификатов: ${p.certificates}, номера ${p.numbers}; записано в ${p.path}`,
  'contest-diplomas-word': 'файл дипломов',
  'roster-no-name-column': 'В первых строках нет столбца с именами (заголовка вроде «ФИО» или «Фамилия, имя, отчество»); добавьте его над именами.',
  'roster-repeated': (p) => `${p.name} уже есть в списке (${p.first}); учтён один раз.`,
  'roster-unknown-category': (p) =>
    `${q(p.value)} — не категория, которую считает отчёт (классные руководители, заместители директоров, родители, обучающиеся); человек учтён только в общем числе.`,
  'roster-not-read': 'Читаются только списки .xlsx и .csv; сохраните список как .xlsx или .csv.',
  'roster-empty': 'Под заголовком списка никого нет; заполните его, по человеку в строке.',
  'certificates-description': 'записать пронумерованные сертификаты участников мероприятия плана по списку присутствовавших и учесть их в отчёте',
  'certificates-attendance': 'список присутствовавших (.xlsx или .csv; столбцы находятся по заголовкам: ФИО, организация, категория)',
  'certificates-date': 'день мероприятия: на сертификатах и в отчёте (по умолчанию сегодня)',
  'certificates-output': 'файл сертификатов (по умолчанию out/certificates/<план>-<пункт>.docx)',
  'certificates-wrote': (p) => `сертификатов: ${p.count}, номера ${p.numbers}; записано в ${p.path}`,
  'certificates-word': 'файл сертификатов',
  'contest-order-description': 'записать проект приказа об итогах конкурса (DOCX с грифом утверждения) по заполненным листам',
  'contest-order-output': 'файл проекта приказа (по умолчанию out/contest/<конкурс>-order.docx)',
  'contest-order-date': 'день протокола жюри, на котором основан приказ (по умолчанию день подведения итогов или последний день этапа)',
  'contest-order-refused': 'Приказ готовится только по полным итогам: устраните замечания выше и запустите снова.',
  'contest-order-wrote': (p) => `проект приказа записан в ${p.path}`,
  'contest-order-word': 'проект приказа',
  'contest-admit-description':
    'записать, кто проходит дальше (по правилу advance этапа и заполненным листам), в список admitted следующего этапа в файле конкурса',
  'contest-admit-no-next': (p) =>
    `Этап ${q(p.stage)} последний или ни о ком не говорит, что проходит дальше (нет «advance»); допускайте по итогам более раннего этапа.`,
  'contest-admit-refused': 'Кто проходит дальше, решается только по полным итогам: устраните замечания выше и запустите снова.',
  'contest-admit-wrote': (p) => `к этапу ${q(p.stage)} допущено участников: ${p.count}; записано в ${p.path}`,
  'entries-description': 'добавить заявки (XLSX или CSV, столбцы по заголовкам) в участники конкурса',
  'entries-files': 'заявки: таблицы .xlsx или .csv',
  'entries-already': (p) => `${p.name} уже участник; пропущен.`,
  'entries-nomination': (p) =>
    `${p.name}: ${p.value ? `нет номинации ${q(p.value)}` : 'номинация не указана'}; укажите одну из: ${String(p.known).split('|').join(', ')}.`,
  'entries-school-unknown': (p) =>
    `${p.name}: в реестре нет школы ${q(p.value)}; записано как указано — замените кодом школы из реестра, иначе конфликт интересов члена жюри с ней не найти.`,
  'entries-refused': 'Ничего не добавлено: исправьте ошибки выше и запустите снова.',
  'entries-wrote': (p) => `в ${p.path} добавлено участников: ${p.count}`,
  'awards-no-pdf': 'только DOCX, без PDF',
  'awards-pdf-wrote': (p) => `PDF записан в ${p.path}`,
  'awards-pdf-missing': 'LibreOffice не установлен (или не справился): PDF не сделан; распечатайте DOCX или установите LibreOffice и запустите снова.',
  'name-dative-uncertain': (p) =>
    `${q(p.name)}: дательный падеж не определить наверняка (нет отчества, латиница или необычное имя); в документе имя оставлено как написано — проверьте перед печатью.`,
  'severity-error': 'ошибка',
  'severity-warning': 'предупреждение',
  hint: 'подсказка',
  'unexpected-failure': (p) =>
    `Непредвиденный сбой программы (не ошибка в ваших файлах). Сообщите о нём разработчикам, приложив вывод той же команды с --debug.\nТехническое описание: ${p.detail}`,
  'help-examples': 'Примеры:',
  'examples-centre':
    'centre init центр\tсоздать рабочую папку «центр»\ncentre plan import plan.docx\tперенести план из Word в plans/plan.yaml\ncentre validate\tпроверить plans/ и templates/\ncentre plan build plans/\tзаписать out/*.docx\ncentre calendar\tчто предстоит в ближайшие 8 недель',
  'examples-init': 'centre init центр\tрабочая папка «центр»\ncentre init\tв текущей папке (имеющиеся файлы не трогаются)',
  'examples-validate':
    'centre validate\tпроверить plans/ и templates/\ncentre validate plans/plan.yaml\tпроверить один файл\ncentre validate --format short plans/\tпо строке на ошибку: файл:строка:столбец',
  'examples-schema': 'centre schema plan > plan.schema.json\tсхема планов для редактора\ncentre schema registry\tсхема реестра',
  'examples-plan': 'centre plan build plans/\tзаписать out/*.docx\ncentre plan import plan.docx\tперенести план из Word в plans/plan.yaml',
  'examples-plan-build':
    'centre plan build plans/\tвсе планы и циклограммы → out/\ncentre plan build plans/plan.yaml -o plan.docx\tодин план в указанный файл\ncentre plan build plans/ --orientation landscape\tальбомные страницы',
  'examples-plan-import':
    'centre plan import plan.docx\t→ plans/plan.yaml\ncentre plan import incoming/\tвсе документы папки\ncentre plan import plan.docx -o -\tYAML на экран',
  'examples-calendar':
    'centre calendar\tближайшие 8 недель\ncentre calendar --from 2024-09-01 --to 2025-05-31\tвесь учебный год по месяцам\ncentre calendar --status\tчто проведено, что просрочено\ncentre calendar --format ics -o plan.ics\tдля Яндекс Календаря, Google или Outlook',
  'examples-site': 'centre site build\tзаписать out/site/\ncentre site serve\tпосмотреть раздел в браузере',
  'examples-site-build':
    'centre site build\tзаписать out/site/\ncentre site build -o upload/\tв другую папку\ncentre site build --url https://school.example.ru/centre/\tсо ссылкой для подписки на календарь',
  'examples-site-serve': 'centre site serve\thttp://127.0.0.1:8080/\ncentre site serve --port 0\tна любом свободном порту',
  'examples-when':
    'centre when "каждый 3-й понедельник месяца"\tдаты в текущем учебном году\ncentre when "до 15 декабря" --year 2024-2025\tв другом учебном году\ncentre when --file timings.txt --format jsonl\tпо фразе в строке',
  'examples-done':
    'centre done plans/plan.yaml forum-2024\tпроведено сегодня\ncentre done plans/plan.yaml forum-2024 --date 2024-10-15 --participants 120\tв указанный день, с числом участников\ncentre done plans/plan.yaml forum-2024 --status cancelled --note "карантин"\tне проведено, с причиной',
  'examples-analysis':
    'centre analysis build\tанализ по единственному отчёту о выполнении\ncentre analysis build --year 2023-2024 -o analysis.docx\tза указанный год, в указанный файл',
  'examples-report':
    'centre report template --registry plans/registry.yaml\tформа для каждой школы\ncentre report merge incoming/\tсвод заполненных форм\ncentre report compare interim.xlsx final.xlsx\tсравнение двух этапов',
  'examples-report-template':
    'centre report template --registry plans/registry.yaml\tформа для каждой школы → out/forms/\ncentre report template --period final --year 2024-2025\tитоговый этап указанного года',
  'examples-report-merge':
    'centre report merge incoming/\t→ out/summary-<период>-<год>.xlsx\ncentre report merge incoming/ --strict\tбез свода, если отклонён хоть один файл',
  'examples-report-compare': 'centre report compare out/summary-interim-2024-2025.xlsx out/summary-final-2024-2025.xlsx\tизменения по районам',
  'help-usage': 'Использование:',
  'help-arguments': 'Аргументы:',
  'help-options': 'Параметры:',
  'help-commands': 'Команды:',
  'help-options-term': '[параметры]',
  'help-command-term': '[команда]',
  'help-default': (p) => `по умолчанию: ${p.value}`,
  'arg-command': 'команда',
  'arg-dir': 'папка',
  'arg-paths': 'пути',
  'arg-kind': 'вид',
  'arg-files': 'файлы',
  'arg-path': 'путь',
  'arg-orientation': 'ориентация',
  'arg-format': 'формат',
  'arg-date': 'дата',
  'arg-dates': 'даты',
  'arg-number': 'число',
  'arg-file': 'файл',
  'arg-folder': 'папка',
  'arg-address': 'адрес',
  'arg-summary': 'свод.xlsx',
  'arg-port': 'порт',
  'arg-phrase': 'фраза',
  'arg-year': 'год',
  'arg-attendance': 'список',
  'arg-contest': 'конкурс',
  'arg-sheets': 'листы',
  'arg-applications': 'заявки',
  'arg-stage': 'этап',
  'arg-plan': 'план',
  'arg-item': 'код',
  'arg-url': 'ссылка',
  'arg-text': 'текст',
  'arg-counts': 'числа',
  'arg-status': 'статус',
  'arg-records': 'отчёты',
  'arg-period': 'период',
  'arg-first': 'было',
  'arg-second': 'стало',
  'found-nothing': 'ничего',
  'found-text': 'текст',
  'found-number': 'число',
  'found-boolean': 'да/нет',
  'found-list': 'список',
  'found-object': 'блок ключей',
  // contest on the site
  'contest-public-scores-alone': 'Баллы публикуются только вместе с итогами: напишите «public: [results, scores]» или «public: [results]» без баллов.',
  'site-contest-results-provisional': (p) =>
    `Листы жюри в папке ${p.folder} дают предварительные итоги (замечаний: ${p.count}; их называет centre contest merge), поэтому на сайте сказано, что итоги будут позже; они появятся, когда сведение пройдёт без ошибок.`,
  'site-contests-title': 'Конкурсы',
  'site-contests-intro': 'Конкурсы профессионального мастерства классных руководителей: положение, этапы и сроки, итоги.',
  'site-contests-example': '(пример)',
  'site-contest-academic-year': (p) => `${p.year} учебный год`,
  'site-contest-example': 'Учебный пример: конкурс, его участники и жюри вымышлены.',
  'site-contest-level': 'Уровень',
  'site-contest-level-school': 'школьный',
  'site-contest-level-municipal': 'муниципальный',
  'site-contest-level-regional': 'региональный',
  'site-contest-level-federal': 'федеральный',
  'site-contest-organiser': 'Организатор',
  'site-contest-eligibility': 'Кто может участвовать',
  'site-contest-applications': 'Приём заявок',
  'site-contest-results-date': 'Подведение итогов',
  'site-contest-regulation': (p) => `Положение о конкурсе (${p.type}, ${p.size})`,
  'site-contest-nominations': 'Номинации',
  'site-contest-stages': 'Этапы',
  'site-contest-tests-caption': (p) => `${p.stage}: испытания и критерии`,
  'site-contest-test': 'Испытание',
  'site-contest-criterion': 'Критерий',
  'site-contest-max': 'Наибольший балл',
  'site-contest-stage-max': 'Всего за этап',
  'site-contest-advance-top': (p) => `На следующий этап проходят ${p.top} лучших в каждой номинации.`,
  'site-contest-advance-from': (p) => `На следующий этап проходят набравшие не менее ${p.from} баллов.`,
  'site-contest-jury': 'Жюри',
  'site-contest-chair': 'председатель жюри',
  'site-contest-results': 'Итоги',
  'site-contest-results-pending': 'Итоги будут опубликованы после заседания жюри.',
  'site-contest-results-of': (p) => `Итоги этапа «${p.stage}»; наибольший возможный балл${NBSP}— ${p.max}.`,
  'site-contest-place': 'Место',
  'site-contest-participant': 'Участник',
  'site-contest-school': 'Школа',
  'site-contest-total': 'Итоговый балл',
  'site-contest-by-criterion-caption': (p) => `${p.nomination}: баллы по критериям`,
  'site-contest-by-juror-caption': (p) => `${p.nomination}: баллы членов жюри`,
  'site-contest-not-counted': '«—»: член жюри не оценивал участника (педагога своей школы) или его оценка не учитывается.',
};

function translate(table: Record<MessageCode, Message>, code: string): string | undefined {
  const message = isMessageCode(code) ? table[code] : undefined;
  return typeof message === 'string' ? message : undefined;
}

// The file system's error codes in plain words, one table for reading and
// writing: a diagnostic carries the code (`reason: 'EACCES'`), and the user
// reads what it means and what to do.
const ioReasons: Readonly<Record<string, MessageCode>> = {
  EACCES: 'io-no-permission',
  EPERM: 'io-no-permission',
  ENOENT: 'io-missing',
  ENOTDIR: 'io-not-a-folder',
  EEXIST: 'io-not-a-folder',
  EISDIR: 'io-is-a-folder',
  ENOSPC: 'io-disk-full',
  EDQUOT: 'io-disk-full',
  EROFS: 'io-read-only',
  EIO: 'io-device',
  ELOOP: 'io-link-loop',
  ENAMETOOLONG: 'io-name-too-long',
  EMFILE: 'io-too-many-open',
  ENFILE: 'io-too-many-open',
  EBUSY: 'io-busy',
  ETXTBSY: 'io-busy',
  EFBIG: 'io-too-big',
  ERR_FS_FILE_TOO_LARGE: 'io-too-big',
  ENOTREG: 'io-not-regular',
  ENXIO: 'io-not-regular',
};

/** An errno code (EACCES, ENOENT…) in words; any other reason is kept as it is. */
function ioReason(table: Record<MessageCode, Message>, reason: string | number | undefined): string | number | undefined {
  if (typeof reason !== 'string' || !/^E[A-Z_]+$/.test(reason)) return reason;
  const code = ioReasons[reason];
  const message = table[code ?? 'io-other'];
  return typeof message === 'function' ? message({ code: reason }) : message;
}

export type Locale = 'en' | 'ru';
export type Translate = (code: MessageCode, params?: MessageParams) => string;

/** Russian when the locale says so (LC_ALL, then LC_MESSAGES, then LANG), English otherwise. */
export function detectLocale(env: Readonly<Record<string, string | undefined>>): Locale {
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^ru([_.-]|$)/i.test(tag) ? 'ru' : 'en';
}

/** The reason inside a message, itself a message code with its parameters («phrase-vague»). */
function reasonOf(locale: Locale, params: MessageParams): string {
  return translator(locale)(params.reason as MessageCode, params);
}

export function translator(locale: Locale): Translate {
  const table = locale === 'ru' ? ru : en;
  return (code, params = {}) => {
    const message = table[code] as Message;
    if (typeof message !== 'function') return message;
    const found = params.found === undefined ? undefined : translate(table, `found-${params.found}`);
    const dated = locale === 'ru' ? russianDates(params) : params;
    return message({ ...dated, found: found ?? dated.found, reason: ioReason(table, params.reason) });
  };
}

/** Parameters that hold what the user wrote are shown as written, dates included; an academic year found in a file gets its dash. */
const quotedParams = new Set(['value', 'found', 'meant', 'phrase', 'text', 'words', 'title', 'name', 'path', 'file', 'files', 'source']);

/** A date the program computed (2026-12-05) as a Russian reader writes it, 05.12.2026, and an academic year with a dash: 2026–2027. */
function russianDates(params: MessageParams): MessageParams {
  const shown: Record<string, string | number | undefined> = { ...params };
  for (const [key, value] of Object.entries(params)) {
    if (typeof value !== 'string' || (quotedParams.has(key) && key !== 'found')) continue;
    const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (date && key !== 'found') shown[key] = `${date[3]}.${date[2]}.${date[1]}`;
    else if (/^\d{4}-\d{4}$/.test(value)) shown[key] = value.replace('-', '–');
  }
  return shown;
}

// commander writes its usage errors in English; in Russian they are rewritten line by line.
const russianUsageErrors: [RegExp, string][] = [
  [/^error: unknown option '(.+)'$/, 'ошибка: неизвестный параметр «$1»'],
  [/^error: unknown command '(.+)'$/, 'ошибка: неизвестная команда «$1»'],
  [/^error: missing required argument '(.+)'$/, 'ошибка: не хватает обязательного аргумента «$1»'],
  [/^error: option '(.+)' argument missing$/, 'ошибка: у параметра «$1» не указано значение'],
  [/^error: option '(.+)' argument '(.*)' is invalid\.(?: Allowed choices are (.+)\.)?$/, 'ошибка: недопустимое значение «$2» параметра «$1»; допустимы: $3.'],
  [/^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/, 'ошибка: слишком много аргументов (ожидается $2, передано $3)'],
  [/^\(Did you mean one of (.+)\?\)$/, '(Возможно, имелось в виду одно из: $1?)'],
  [/^\(Did you mean (.+)\?\)$/, '(Возможно, имелось в виду $1?)'],
];

/** commander's usage error in the user's language. */
export function localiseUsageError(text: string, locale: Locale): string {
  if (locale !== 'ru') return text;
  return text
    .split('\n')
    .map((line) => {
      const rule = russianUsageErrors.find(([pattern]) => pattern.test(line));
      return rule ? line.replace(rule[0], rule[1]).replace('; допустимы: .', '.') : line;
    })
    .join('\n');
}

const weekdaysShort: Record<Locale, readonly string[]> = {
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  ru: weekdayAbbreviations,
};
const weekdaysLong: Record<Locale, readonly string[]> = {
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  ru: weekdaysIn('nominative'),
};
/** A month as the agenda heads it: «Sep 2024», «сентябрь 2024» (the whole nominative: Russian has no settled short form). */
const monthHeadings: Record<Locale, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  ru: monthsIn('nominative'),
};

/** Names of weekdays (1 = Monday) and months (1 = January) in the user's language. */
export function calendarWords(locale: Locale) {
  return {
    weekdayShort: (weekday: number) => weekdaysShort[locale][weekday - 1]!,
    weekdayLong: (weekday: number) => weekdaysLong[locale][weekday - 1]!,
    month: (month: number) => monthHeadings[locale][month - 1]!,
    per: (frequency: string) =>
      (locale === 'ru'
        ? {
            daily: unitAccusative.day,
            weekly: unitAccusative.week,
            monthly: unitAccusative.month,
            quarterly: unitAccusative.quarter,
            yearly: unitAccusative.year,
          }
        : { daily: 'day', weekly: 'week', monthly: 'month', quarterly: 'quarter', yearly: 'year' })[frequency] ?? frequency,
  };
}
