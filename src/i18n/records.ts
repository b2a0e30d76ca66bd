// The record of what was held: `centre done`, `centre news from-record` and `centre analysis`.
import { q, orList, type Message } from './wording.js';

export const en = {
  'news-draft-written': (p) => `wrote the news draft ${p.path} from item ${q(p.item)}; write it up, delete the line «draft: true» and build the site.`,
  'news-draft-exists': (p) => `${p.path} already exists and is never written over; edit it, or give another file with -o.`,
  'news-no-record': (p) => `The plan has no record (${p.record}); mark the item held first with centre done.`,
  'news-item-not-recorded': (p) => `The record has no entry for item ${q(p.item)}; mark it held first: centre done ${p.plan} ${p.key}.`,
  'news-item-not-held': (p) => `Item ${q(p.item)} is recorded as ${p.status}, not held; only a held item makes news.`,
  'news-no-front-matter': 'A news file starts with front matter: a line «---», then «title:» and «date:», then a line «---»; add it at the top.',
  'news-front-matter-unclosed': 'The front matter that opens on line 1 is never closed; end it with a line «---» after «title:» and «date:».',
  'news-draft-left-out': 'This news is a draft (draft: true), left out of the site; when it is written, delete the line «draft: true».',
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
  'analysis-monitoring-two': (p) => `--monitoring takes two summaries (the interim and the final round), not ${p.count}.`,
  'analysis-monitoring-other-year': (p) => `warning: the summaries are of ${p.year}, the plan of ${p.plan}; check that these are this year's summaries.`,
  'analysis-wrote': (p) => `wrote ${p.path} (${p.planned} item(s) planned, ${p.held} held, ${p.charts} chart(s))`,
  'analysis-no-record': (p) => `No record${p.year ? ` of ${p.year}` : ''} found here; mark an item with «centre done <plan> <item>» to start one.`,
  'analysis-several-records': (p) => `Several records found (${orList(p.files, 'and')}); pass one, or --year.`,
} satisfies Record<string, Message>;

export const ru = {
  'news-draft-written': (p) => `Черновик новости записан: ${p.path} (мероприятие ${q(p.item)}); допишите его, удалите строку «draft: true» и соберите сайт.`,
  'news-draft-exists': (p) => `Файл ${p.path} уже есть, и он не перезаписывается; отредактируйте его или укажите другой файл в -o.`,
  'news-no-record': (p) => `У плана нет отчёта о выполнении (${p.record}); сначала отметьте мероприятие командой centre done.`,
  'news-item-not-recorded': (p) => `В отчёте нет отметки о мероприятии ${q(p.item)}; сначала отметьте его: centre done ${p.plan} ${p.key}.`,
  'news-item-not-held': (p) =>
    `Мероприятие ${q(p.item)} отмечено как «${p.status === 'moved' ? 'перенесено' : p.status === 'cancelled' ? 'отменено' : 'не проведено'}»; новость пишется только о проведённом.`,
  'news-no-front-matter': 'Файл новости начинается с заголовочного блока: строка «---», затем «title:» и «date:», затем строка «---»; добавьте его в начало.',
  'news-front-matter-unclosed': 'Заголовочный блок, открытый в строке 1, не закрыт; закончите его строкой «---» после «title:» и «date:».',
  'news-draft-left-out': 'Эта новость — черновик (draft: true), на сайт она не попала; когда допишете её, удалите строку «draft: true».',
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
  'analysis-monitoring-two': (p) => `--monitoring принимает две сводки (промежуточный и итоговый контроль), а не ${p.count}.`,
  'analysis-monitoring-other-year': (p) => `предупреждение: сводки за ${p.year}, а план — на ${p.plan}; проверьте, что это сводки этого года.`,
  'analysis-wrote': (p) => `записан ${p.path} (мероприятий по плану: ${p.planned}, проведено: ${p.held}, диаграмм: ${p.charts})`,
  'analysis-no-record': (p) => `Отчёт о выполнении плана${p.year ? ` за ${p.year}` : ''} не найден; начните его командой «centre done <план> <мероприятие>».`,
  'analysis-several-records': (p) => `Найдено несколько отчётов (${orList(p.files, 'и')}); укажите один или --year.`,
} satisfies Record<keyof typeof en, Message>;
