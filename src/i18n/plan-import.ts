// `centre plan import`: the documents read, what could not be placed, and the budgets of a hostile file.
import { q, grouped, numberRu, pluralRu, type Message, type MessageParams } from './wording.js';

/** Where a budget was exceeded: a table by its number, or a sheet's range as written («План!A6:Z200000»). */
const budgetPlaceEn = (p: MessageParams) => (p.table !== undefined ? `table ${p.table}` : String(p.range));
const budgetPlaceRu = (p: MessageParams) => (p.table !== undefined ? `таблица ${p.table}` : String(p.range));

export const en = {
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
  'import-soffice-failed': (p, say) => `The file could not be converted: ${say(p.why, p)}; open the file in LibreOffice or Word and save it as .docx.`,
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
} satisfies Record<string, Message>;

export const ru = {
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
  'import-soffice-failed': (p, say) => `Файл не удалось преобразовать: ${say(p.why, p)}; откройте файл в LibreOffice или Word и сохраните как .docx.`,
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
} satisfies Record<keyof typeof en, Message>;
