// Every user-facing string of the interface, in English and Russian, in one
// place. Document text (what goes into a DOCX) is Russian only and lives in
// src/docs; this file is what the program *says* to its user.

export type MessageParams = Readonly<Record<string, string | number | undefined>>;
type Message = string | ((p: MessageParams) => string);

const q = (value: unknown) => `«${String(value)}»`;
const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthNamesPrepositional = ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре'];
const month = (names: string[], p: MessageParams) => names[Number(p.month) - 1] ?? '';

const ordinalEn = (n: number) => `${n}${n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'}`;

const orList = (values: unknown, word: string) =>
  String(values ?? '')
    .split('|')
    .map(q)
    .join(`, `)
    .replace(/, ([^,]*)$/, ` ${word} $1`);

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
  'empty-file': 'The file is empty; start it with «kind: plan», «kind: cyclogram» or «kind: holidays».',
  'not-a-mapping': 'The file must be a set of «key: value» lines starting with «kind: …».',
  'missing-kind': (p) => `The file does not say what it is; add «kind: …» as its first line (one of ${orList(p.kinds, 'or')}).`,
  'unknown-kind': (p) =>
    `Unknown kind ${q(p.kind)}${p.suggestion ? `; did you mean ${q(p.suggestion)}?` : `; use one of ${orList(p.kinds, 'or')}.`}`,
  'unknown-key': (p) =>
    `Unknown key ${q(p.key)}${p.suggestion ? `; did you mean ${q(p.suggestion)}?` : `; allowed here: ${orList(p.allowed, 'and')}.`}`,
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
  'expected-boolean': (p) => `Expected true or false, found ${p.found}.`,
  'timing-unreadable': (p) => `centre cannot tell dates from ${q(p.value)}; reword it (e.g. «каждый 3-й понедельник месяца», «до 15 декабря») or add «schedule:».`,
  'date-on-holiday': (p) => `${p.date} is a day off (${p.name}); check the date.`,
  'id-format': (p) => `${q(p.value)} cannot be an id: use Latin letters, digits, «-», «_» or «.», no spaces (e.g. buz-001).`,
  'email-format': (p) => `${q(p.value)} is not an e-mail address; write it as name@example.ru.`,
  'phone-format': (p) => `${q(p.value)} is not a phone number; write digits, e.g. +7 (3532) 77-00-00.`,
  'indicator-type': (p) => `Unknown type ${q(p.value)}; use integer, number, percent, boolean, choice, text or date.`,
  'expected-number': (p) => `Expected a number here, found ${p.found}.`,
  'choices-too-few': 'A choice needs at least two options.',
  'month-day-format': (p) => `${q(p.value)} is not a due day; write month and day as 12-15.`,
  'version-range': 'The version is a whole number from 1 up.',
  'duplicate-id': (p) => `The id ${q(p.value)} is already used by entry ${p.first} of this list; ids must be unique.`,
  'unknown-district': (p) => `No district has the id ${q(p.value)}${p.suggestion ? `; did you mean ${q(p.suggestion)}?` : `; known: ${orList(p.known, 'and')}.`}`,
  'choice-needs-choices': 'A «choice» indicator needs «choices:», the list of options.',
  'choices-not-choice': 'Only an indicator of type «choice» has «choices»; change the type or delete the list.',
  'min-above-max': (p) => `The minimum (${p.min}) is above the maximum (${p.max}).`,
  'check-syntax': (p) => `${q(p.value)} is not a check; write two indicators or an indicator and a number with <=, >=, <, >, == or !=, e.g. «trained <= class_teachers».`,
  'check-unknown-indicator': (p) => `The check names ${q(p.value)}, which is not a numeric indicator of this form${p.suggestion ? `; did you mean ${q(p.suggestion)}?` : '.'}`,
  orientation: (p) => `Unknown orientation ${q(p.value)}; use «portrait» or «landscape».`,
  'year-range': (p) => `${q(p.value)} is not a plausible year; write a year such as 2023 or a full date.`,
  'wrong-value': (p) => `Expected ${orList(p.options, 'or')}, found ${q(p.value)}.`,
  'invalid-value': 'This value is not valid here.',
  'plan-needs-year': 'A plan needs its academic year (academicYear: 2023-2024) or a period (period: {from, to}).',
  'year-and-period': 'Give either academicYear or period, not both.',
  'period-order': (p) => `The period ends (${p.to}) before it starts (${p.from}); swap the dates.`,
  'name-format': (p) => `Write the name as initials before the surname, e.g. «Н.К. Антюфеева» (found ${q(p.value)}).`,
  'event-outside-period': (p) => `The date ${p.date} lies outside the plan's period ${p.from} – ${p.to}; check the year.`,
  'file-not-found': 'No such file or folder; check the path.',
  'not-utf8': 'The file is not saved as UTF-8 (Windows-1251, perhaps); save it again choosing the UTF-8 encoding.',
  'file-unreadable': (p) => `The file cannot be read: ${p.reason}.`,
  'not-yaml': 'Only .yaml and .yml files can be checked; pass a YAML file or a folder.',
  'no-files': 'No .yaml files found here; create one with «centre init» or pass a file.',
  'not-a-plan': (p) => `This is a ${q(p.kind)} file, not a plan or cyclogram; pass a plan to build.`,
  'output-is-input': (p) => `Refusing to write over the input file ${p.path}; choose another --output.`,
  'output-failed': (p) => `Cannot write ${p.path}: ${p.reason}.`,
  'unknown-schema': (p) => `Unknown kind ${q(p.kind)}; use ${orList(p.kinds, 'or')}.`,
  // when and calendar
  'when-description': 'show how centre reads a timing phrase, and its dates in an academic year',
  'when-phrase': 'the timing text, in quotes: "каждый 3-й понедельник месяца"',
  'when-year': 'academic year, e.g. 2023-2024 (default: the current one)',
  'when-format': 'output format: text or json',
  'when-unreadable': (p) => `centre cannot tell dates from ${q(p.value)}; try a wording such as «каждый 3-й понедельник месяца», «до 15 декабря», «октябрь - апрель», or use «schedule:» in the plan.`,
  'kind-date': 'a single date',
  'kind-dates': 'several dates or periods',
  'kind-range': 'a range',
  'kind-period': 'the whole period',
  'kind-deadline': 'a deadline',
  'kind-recurring': 'recurring',
  'kind-unscheduled': 'no dates (as needed)',
  'rule-weekly': (p) => `every week${p.days ? `, on ${p.days}` : ''}`,
  'rule-monthly': (p) => (p.days ? `every month, on the ${p.nth === -1 ? 'last' : ordinalEn(Number(p.nth))} ${p.days}` : 'every month'),
  'rule-quarterly': 'every quarter',
  'rule-times': (p) => `${p.count} times per ${p.per}`,
  'rule-except': (p) => `except ${p.months}`,
  'when-dates': (p) => `dates (${p.count}):`,
  'when-span': (p) => `from ${p.start} to ${p.end} (${p.count} days)`,
  'when-shifted': (p) => `due ${p.date}: moved from ${p.from}, a day off (Civil Code art. 193)`,
  'when-no-dates': 'no dates: done as needed or by agreement',
  'when-per-period-note': (p) => `${p.count} time(s) per ${p.per}, days not fixed: the dates are the first days of each ${p.per}`,
  'when-heading': (p) => `${q(p.phrase)} in the ${p.year} academic year`,
  'calendar-description': 'list upcoming webinars, meetings and deadlines from the plans, or export them as iCalendar',
  'calendar-paths': "plan files or folders (default: the workspace's plans/)",
  'calendar-from': 'first day, YYYY-MM-DD (default: today)',
  'calendar-to': 'last day, YYYY-MM-DD',
  'calendar-weeks': 'number of weeks to show (default: 8)',
  'calendar-format': 'output format: table, json or ics',
  'calendar-output': 'write to this file instead of the terminal',
  'calendar-wrote': (p) => `wrote ${p.path} (${p.count} event(s))`,
  'calendar-empty': (p) => `Nothing is planned from ${p.from} to ${p.to}.`,
  'calendar-week': (p) => `Week of ${p.start} – ${p.end}`,
  'calendar-until': (p) => `until ${p.end}`,
  'calendar-deadline': 'deadline',
  'calendar-shifted': (p) => `moved from ${p.from}`,
  'calendar-day-off': (p) => `day off: ${p.name}`,
  'calendar-summary': (p) => `${p.count} occurrence(s) from ${p.from} to ${p.to}.`,
  'bad-date-option': (p) => `${q(p.value)} is not a date; write it as 2023-09-18.`,
  'bad-year-option': (p) => `${q(p.value)} is not an academic year; write it as 2023-2024.`,
  'bad-weeks-option': (p) => `${q(p.value)} is not a number of weeks; write a whole number from 1 to 520.`,
  'to-and-weeks': 'Give either --to or --weeks, not both.',
  'window-order': (p) => `The window ends (${p.to}) before it starts (${p.from}).`,
  // CLI
  'cli-description': 'Work plans, cyclograms, calendars and monitoring reports for class-teacher support centres.',
  'cli-version': 'print the version',
  'cli-help': 'show help',
  'cli-help-command': 'show help for a command',
  'cli-debug': 'print stack traces of unexpected failures',
  'usage-error': (p) => `${p.detail}`,
  'usage-hint': 'Run «centre --help» for usage.',
  'init-description': 'create a new workspace with an example plan',
  'init-dir': 'folder for the workspace (default: the current folder)',
  'init-created': (p) => `created ${p.path}`,
  'init-kept': (p) => `kept ${p.path} (already exists)`,
  'init-next': (p) => `Next: centre validate${p.dir ? ` ${p.dir}` : ''}, then centre plan build ${p.plan}`,
  'schema-description': 'print the JSON Schema of a kind of file (for editors)',
  'schema-kind': 'kind of file: plan or cyclogram',
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
  'build-failed': (p) => `${p.count} file(s) not built because of the problems above.`,
  'severity-error': 'error',
  'severity-warning': 'warning',
  hint: 'hint',
  'unexpected-failure': (p) => `Unexpected failure: ${p.detail}. Please report it with the output of --debug.`,
  'help-examples': 'Examples:\n  centre init my-centre          create a workspace\n  centre validate                check plans/ and templates/\n  centre plan build plans/       write out/*.docx\n  centre schema plan > plan.schema.json',
  'help-usage': 'Usage:',
  'help-arguments': 'Arguments:',
  'help-options': 'Options:',
  'help-commands': 'Commands:',
  'found-nothing': 'nothing',
  'found-text': 'text',
  'found-number': 'a number',
  'found-boolean': 'yes/no',
  'found-list': 'a list',
  'found-object': 'a block of keys',
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
    p.days ? `Такой даты нет: в ${month(monthNamesPrepositional, p)} ${p.year} г. ${p.days} ${Number(p.days) % 10 === 1 ? 'день' : 'дней'}.` : 'Такой даты нет: месяц должен быть от 01 до 12.',
  'expected-academic-year': (p) => `Ожидается учебный год вида 2023-2024, а найдено: ${p.found}.`,
  'academic-year-format': (p) => `${q(p.value)} — не учебный год; запишите его как 2023-2024.`,
  'academic-year-order': (p) => `${q(p.value)}: учебный год охватывает два соседних года, например 2023-2024.`,
  'expected-list': (p) => `Здесь ожидается список, а найдено: ${p.found}; пишите каждый пункт с новой строки после «- ».`,
  'empty-list': 'Список пуст; добавьте хотя бы один пункт после «- ».',
  'expected-object': (p) => `Здесь ожидается блок строк «ключ: значение», а найдено: ${p.found}.`,
  'approval-stamp': (p) =>
    `Неизвестный гриф ${q(p.value)}; используйте ${orList(p.options, 'или')}${p.suggestion ? ` (возможно, ${q(p.suggestion)}?)` : ''}.`,
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
  'expected-boolean': (p) => `Ожидается true или false, а найдено: ${p.found}.`,
  'timing-unreadable': (p) => `Из сроков ${q(p.value)} не понять даты; переформулируйте (например, «каждый 3-й понедельник месяца», «до 15 декабря») или добавьте «schedule:».`,
  'date-on-holiday': (p) => `${p.date} — выходной день (${p.name}); проверьте дату.`,
  'id-format': (p) => `${q(p.value)} не годится как код: латинские буквы, цифры, «-», «_» или «.», без пробелов (например, buz-001).`,
  'email-format': (p) => `${q(p.value)} — не адрес электронной почты; запишите его как name@example.ru.`,
  'phone-format': (p) => `${q(p.value)} — не номер телефона; пишите цифрами, например +7 (3532) 77-00-00.`,
  'indicator-type': (p) => `Неизвестный тип ${q(p.value)}; используйте integer, number, percent, boolean, choice, text или date.`,
  'expected-number': (p) => `Здесь ожидается число, а найдено: ${p.found}.`,
  'choices-too-few': 'Для выбора нужно не меньше двух вариантов.',
  'month-day-format': (p) => `${q(p.value)} — не срок сдачи; запишите месяц и день: 12-15.`,
  'version-range': 'Версия — целое число от 1.',
  'duplicate-id': (p) => `Код ${q(p.value)} уже занят записью ${p.first} этого списка; коды не должны повторяться.`,
  'unknown-district': (p) => `Нет района с кодом ${q(p.value)}${p.suggestion ? `; возможно, имелось в виду ${q(p.suggestion)}?` : `; известны: ${orList(p.known, 'и')}.`}`,
  'choice-needs-choices': 'Для показателя типа «choice» нужен список вариантов «choices:».',
  'choices-not-choice': 'Варианты «choices» бывают только у показателя типа «choice»; измените тип или удалите список.',
  'min-above-max': (p) => `Минимум (${p.min}) больше максимума (${p.max}).`,
  'check-syntax': (p) => `${q(p.value)} — не проверка; сравните два показателя или показатель с числом через <=, >=, <, >, == или !=, например «trained <= class_teachers».`,
  'check-unknown-indicator': (p) => `В проверке указан ${q(p.value)}, а такого числового показателя в форме нет${p.suggestion ? `; возможно, имелось в виду ${q(p.suggestion)}?` : '.'}`,
  orientation: (p) => `Неизвестная ориентация ${q(p.value)}; используйте «portrait» (книжная) или «landscape» (альбомная).`,
  'year-range': (p) => `${q(p.value)} — неправдоподобный год; укажите год вида 2023 или полную дату.`,
  'wrong-value': (p) => `Ожидается ${orList(p.options, 'или')}, а найдено ${q(p.value)}.`,
  'invalid-value': 'Недопустимое значение.',
  'plan-needs-year': 'У плана должен быть учебный год (academicYear: 2023-2024) или период (period: {from, to}).',
  'year-and-period': 'Укажите либо academicYear, либо period, но не оба сразу.',
  'period-order': (p) => `Период заканчивается (${p.to}) раньше, чем начинается (${p.from}); поменяйте даты местами.`,
  'name-format': (p) => `Пишите инициалы перед фамилией, например «Н.К. Антюфеева» (сейчас ${q(p.value)}).`,
  'event-outside-period': (p) => `Дата ${p.date} вне периода плана ${p.from} – ${p.to}; проверьте год.`,
  'file-not-found': 'Нет такого файла или папки; проверьте путь.',
  'not-utf8': 'Файл сохранён не в UTF-8 (видимо, в Windows-1251); сохраните его заново, выбрав кодировку UTF-8.',
  'file-unreadable': (p) => `Файл не читается: ${p.reason}.`,
  'not-yaml': 'Проверяются только файлы .yaml и .yml; укажите YAML-файл или папку.',
  'no-files': 'Здесь нет файлов .yaml; создайте их командой «centre init» или укажите файл.',
  'not-a-plan': (p) => `Это файл вида ${q(p.kind)}, а не план или циклограмма; для сборки укажите план.`,
  'output-is-input': (p) => `Не перезаписываю входной файл ${p.path}; укажите другой --output.`,
  'output-failed': (p) => `Не удалось записать ${p.path}: ${p.reason}.`,
  'unknown-schema': (p) => `Неизвестный вид ${q(p.kind)}; используйте ${orList(p.kinds, 'или')}.`,
  'when-description': 'показать, как centre понимает сроки, и их даты в учебном году',
  'when-phrase': 'текст сроков в кавычках: "каждый 3-й понедельник месяца"',
  'when-year': 'учебный год, например 2023-2024 (по умолчанию текущий)',
  'when-format': 'формат вывода: text или json',
  'when-unreadable': (p) => `Из ${q(p.value)} не понять даты; попробуйте формулировку вроде «каждый 3-й понедельник месяца», «до 15 декабря», «октябрь - апрель» или укажите «schedule:» в плане.`,
  'kind-date': 'одна дата',
  'kind-dates': 'несколько дат или периодов',
  'kind-range': 'период',
  'kind-period': 'весь период плана',
  'kind-deadline': 'крайний срок',
  'kind-recurring': 'повторяется',
  'kind-unscheduled': 'без дат (по необходимости)',
  'rule-weekly': (p) => `еженедельно${p.days ? `, ${p.days}` : ''}`,
  'rule-monthly': (p) => (p.days ? `ежемесячно, ${p.nth === -1 ? 'последний' : `${p.nth}-й`} ${p.days} месяца` : 'ежемесячно'),
  'rule-quarterly': 'ежеквартально',
  'rule-times': (p) => `${p.count} раза в ${p.per}`,
  'rule-except': (p) => `кроме: ${p.months}`,
  'when-dates': (p) => `даты (${p.count}):`,
  'when-span': (p) => `с ${p.start} по ${p.end} (дней: ${p.count})`,
  'when-shifted': (p) => `срок ${p.date}: перенесён с ${p.from}, выходного дня (ст. 193 ГК РФ)`,
  'when-no-dates': 'без дат: по необходимости или по согласованию',
  'when-per-period-note': (p) => `${p.count} раз(а) в ${p.per}, дни не указаны: в датах — первые дни каждого периода`,
  'when-heading': (p) => `${q(p.phrase)} в ${p.year} учебном году`,
  'calendar-description': 'ближайшие вебинары, собрания и сроки из планов или их выгрузка в iCalendar',
  'calendar-paths': 'файлы планов или папки (по умолчанию plans/ рабочего пространства)',
  'calendar-from': 'первый день, ГГГГ-ММ-ДД (по умолчанию сегодня)',
  'calendar-to': 'последний день, ГГГГ-ММ-ДД',
  'calendar-weeks': 'сколько недель показать (по умолчанию 8)',
  'calendar-format': 'формат: table, json или ics',
  'calendar-output': 'записать в этот файл вместо вывода на экран',
  'calendar-wrote': (p) => `записан ${p.path} (событий: ${p.count})`,
  'calendar-empty': (p) => `С ${p.from} по ${p.to} ничего не запланировано.`,
  'calendar-week': (p) => `Неделя ${p.start} – ${p.end}`,
  'calendar-until': (p) => `до ${p.end}`,
  'calendar-deadline': 'срок',
  'calendar-shifted': (p) => `перенесён с ${p.from}`,
  'calendar-day-off': (p) => `выходной: ${p.name}`,
  'calendar-summary': (p) => `Событий: ${p.count}, с ${p.from} по ${p.to}.`,
  'bad-date-option': (p) => `${q(p.value)} — не дата; запишите её как 2023-09-18.`,
  'bad-year-option': (p) => `${q(p.value)} — не учебный год; запишите его как 2023-2024.`,
  'bad-weeks-option': (p) => `${q(p.value)} — не число недель; укажите целое число от 1 до 520.`,
  'to-and-weeks': 'Укажите либо --to, либо --weeks, но не оба.',
  'window-order': (p) => `Период заканчивается (${p.to}) раньше, чем начинается (${p.from}).`,
  'cli-description': 'Планы работы, циклограммы, календарь и мониторинг для центров поддержки классных руководителей.',
  'cli-version': 'показать версию',
  'cli-help': 'показать справку',
  'cli-help-command': 'показать справку по команде',
  'cli-debug': 'печатать трассировку стека при непредвиденных сбоях',
  'usage-error': (p) => `${p.detail}`,
  'usage-hint': 'Справка: «centre --help».',
  'init-description': 'создать новое рабочее пространство с примером плана',
  'init-dir': 'папка рабочего пространства (по умолчанию текущая)',
  'init-created': (p) => `создан ${p.path}`,
  'init-kept': (p) => `оставлен ${p.path} (уже существует)`,
  'init-next': (p) => `Дальше: centre validate${p.dir ? ` ${p.dir}` : ''}, затем centre plan build ${p.plan}`,
  'schema-description': 'вывести JSON Schema вида файлов (для редакторов)',
  'schema-kind': 'вид файла: plan или cyclogram',
  'validate-description': 'проверить файлы по схеме (по умолчанию plans/ и templates/ рабочего пространства)',
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
  'build-failed': (p) => `Не собрано файлов: ${p.count} — из-за ошибок выше.`,
  'severity-error': 'ошибка',
  'severity-warning': 'предупреждение',
  hint: 'подсказка',
  'unexpected-failure': (p) => `Непредвиденный сбой: ${p.detail}. Сообщите о нём, приложив вывод с --debug.`,
  'help-examples': 'Примеры:\n  centre init my-centre          создать рабочее пространство\n  centre validate                проверить plans/ и templates/\n  centre plan build plans/       записать out/*.docx\n  centre schema plan > plan.schema.json',
  'help-usage': 'Использование:',
  'help-arguments': 'Аргументы:',
  'help-options': 'Параметры:',
  'help-commands': 'Команды:',
  'found-nothing': 'ничего',
  'found-text': 'текст',
  'found-number': 'число',
  'found-boolean': 'да/нет',
  'found-list': 'список',
  'found-object': 'блок ключей',
};

function translate(table: Record<MessageCode, Message>, code: string): string | undefined {
  const message = isMessageCode(code) ? table[code] : undefined;
  return typeof message === 'string' ? message : undefined;
}

export type Locale = 'en' | 'ru';
export type Translate = (code: MessageCode, params?: MessageParams) => string;

/** Russian when the locale says so (LC_ALL, then LC_MESSAGES, then LANG), English otherwise. */
export function detectLocale(env: Readonly<Record<string, string | undefined>>): Locale {
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^ru([_.-]|$)/i.test(tag) ? 'ru' : 'en';
}

export function translator(locale: Locale): Translate {
  const table = locale === 'ru' ? ru : en;
  return (code, params = {}) => {
    const message = table[code] as Message;
    if (typeof message !== 'function') return message;
    const found = params.found === undefined ? undefined : translate(table, `found-${params.found}`);
    return message({ ...params, found: found ?? params.found });
  };
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
  ru: ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс'],
};
const weekdaysLong: Record<Locale, readonly string[]> = {
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  ru: ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'],
};
const monthsShort: Record<Locale, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  ru: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
};

/** Names of weekdays (1 = Monday) and months (1 = January) in the user's language. */
export function calendarWords(locale: Locale) {
  return {
    weekdayShort: (weekday: number) => weekdaysShort[locale][weekday - 1]!,
    weekdayLong: (weekday: number) => weekdaysLong[locale][weekday - 1]!,
    month: (month: number) => monthsShort[locale][month - 1]!,
    per: (frequency: string) => (locale === 'ru' ? { weekly: 'неделю', monthly: 'месяц', quarterly: 'квартал' } : { weekly: 'week', monthly: 'month', quarterly: 'quarter' })[frequency] ?? frequency,
  };
}
