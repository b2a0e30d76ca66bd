// Contests (issue 22): the contest file, score sheets, results, protocols, diplomas, certificates, orders and entries.
import { q, NBSP, ordinalEn, orList, type Message } from './wording.js';

/** «distance» (Заочный тур) or «final» (Очный тур): codes the user types, each with the name a person reads. */
const orNamedList = (values: unknown, names: unknown, word: string) => {
  const titles = String(names ?? '').split('|');
  return orList(values, word)
    .split(/(?<=»)/)
    .map((part, index) => (titles[index] ? `${part} (${titles[index]})` : part))
    .join('');
};

export const en = {
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
  'register-wrote': (p) => `registered ${p.count} new number(s) in ${p.path}`,
  'contest-diplomas-refused': 'Diplomas are printed from complete results only: fix the problems above and run again.',
  'contest-diplomas-wrote': (p) => `wrote ${p.diplomas} diploma(s) and ${p.certificates} certificate(s), numbers ${p.numbers}, to ${p.path}`,
  'contest-diplomas-word': 'diplomas document',
  'roster-no-name-column': 'No column of names in the first rows (a header such as «ФИО» or «Фамилия, имя, отчество»); add one above the names.',
  'roster-repeated': (p) => `${p.name} is listed already (${p.first}); counted once.`,
  'roster-unknown-category': (p) =>
    `${q(p.value)} is not a category the record counts (классные руководители, заместители директоров, родители, обучающиеся); this person is counted in the total only.`,
  'roster-not-read': 'Only .xlsx and .csv lists are read; save the list as .xlsx or .csv.',
  'roster-empty': 'The list has no one under its header; fill it in, one person a row.',
  'certificates-wrote': (p) => `wrote ${p.count} certificate(s), numbers ${p.numbers}, to ${p.path}`,
  'certificates-word': 'certificates document',
  'contest-order-refused': 'An order is drafted from complete results only: fix the problems above and run again.',
  'contest-order-wrote': (p) => `wrote the draft order to ${p.path}`,
  'contest-order-word': 'draft order',
  'contest-admit-no-next': (p) => `The stage ${q(p.stage)} is the last or says nobody goes on (it has no «advance»); admit from an earlier stage.`,
  'contest-admit-refused': 'Who goes on is decided from complete results only: fix the problems above and run again.',
  'contest-admit-wrote': (p) => `admitted ${p.count} participant(s) to ${q(p.stage)} in ${p.path}`,
  'entries-already': (p) => `${p.name} is already a participant; left out.`,
  'entries-nomination': (p) =>
    `${p.name}: ${p.value ? `no nomination ${q(p.value)}` : 'no nomination given'}; write one of: ${String(p.known).split('|').join(', ')}.`,
  'entries-school-unknown': (p) =>
    `${p.name}: the registry has no school ${q(p.value)}; it is written as given: replace it by the school's registry id, or a juror's conflict of interest with it will not be found.`,
  'entries-refused': 'Nothing was added: fix the errors above and run again.',
  'entries-wrote': (p) => `added ${p.count} participant(s) to ${p.path}`,
  'awards-pdf-wrote': (p) => `wrote the PDF to ${p.path}`,
  'awards-pdf-not-made': (p, say) => `No PDF was made: ${say(p.why, p)}; print the DOCX.`,
  'name-dative-uncertain': (p) =>
    `${q(p.name)}: the dative case cannot be told for certain (no patronymic, Latin letters, or an unusual name); the document has it as written: check it before printing.`,
  'contest-public-scores-alone': 'Scores are published only with the results: write «public: [results, scores]», or «public: [results]» without them.',
} satisfies Record<string, Message>;

export const ru = {
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
  'register-wrote': (p) => `в реестр ${p.path} записано новых номеров: ${p.count}`,
  'contest-diplomas-refused': 'Дипломы печатаются только по полным итогам: устраните замечания выше и запустите снова.',
  'contest-diplomas-wrote': (p) => `дипломов: ${p.diplomas}, сертификатов: ${p.certificates}, номера ${p.numbers}; записано в ${p.path}`,
  'contest-diplomas-word': 'файл дипломов',
  'roster-no-name-column': 'В первых строках нет столбца с именами (заголовка вроде «ФИО» или «Фамилия, имя, отчество»); добавьте его над именами.',
  'roster-repeated': (p) => `${p.name} уже есть в списке (${p.first}); учтён один раз.`,
  'roster-unknown-category': (p) =>
    `${q(p.value)} — не категория, которую считает отчёт (классные руководители, заместители директоров, родители, обучающиеся); человек учтён только в общем числе.`,
  'roster-not-read': 'Читаются только списки .xlsx и .csv; сохраните список как .xlsx или .csv.',
  'roster-empty': 'Под заголовком списка никого нет; заполните его, по человеку в строке.',
  'certificates-wrote': (p) => `сертификатов: ${p.count}, номера ${p.numbers}; записано в ${p.path}`,
  'certificates-word': 'файл сертификатов',
  'contest-order-refused': 'Приказ готовится только по полным итогам: устраните замечания выше и запустите снова.',
  'contest-order-wrote': (p) => `проект приказа записан в ${p.path}`,
  'contest-order-word': 'проект приказа',
  'contest-admit-no-next': (p) =>
    `Этап ${q(p.stage)} последний или ни о ком не говорит, что проходит дальше (нет «advance»); допускайте по итогам более раннего этапа.`,
  'contest-admit-refused': 'Кто проходит дальше, решается только по полным итогам: устраните замечания выше и запустите снова.',
  'contest-admit-wrote': (p) => `к этапу ${q(p.stage)} допущено участников: ${p.count}; записано в ${p.path}`,
  'entries-already': (p) => `${p.name} уже участник; пропущен.`,
  'entries-nomination': (p) =>
    `${p.name}: ${p.value ? `нет номинации ${q(p.value)}` : 'номинация не указана'}; укажите одну из: ${String(p.known).split('|').join(', ')}.`,
  'entries-school-unknown': (p) =>
    `${p.name}: в реестре нет школы ${q(p.value)}; записано как указано — замените кодом школы из реестра, иначе конфликт интересов члена жюри с ней не найти.`,
  'entries-refused': 'Ничего не добавлено: исправьте ошибки выше и запустите снова.',
  'entries-wrote': (p) => `в ${p.path} добавлено участников: ${p.count}`,
  'awards-pdf-wrote': (p) => `PDF записан в ${p.path}`,
  'awards-pdf-not-made': (p, say) => `PDF не сделан: ${say(p.why, p)}; распечатайте DOCX.`,
  'name-dative-uncertain': (p) =>
    `${q(p.name)}: дательный падеж не определить наверняка (нет отчества, латиница или необычное имя); в документе имя оставлено как написано — проверьте перед печатью.`,
  'contest-public-scores-alone': 'Баллы публикуются только вместе с итогами: напишите «public: [results, scores]» или «public: [results]» без баллов.',
} satisfies Record<keyof typeof en, Message>;
