// The pieces of the import: headings matched by meaning, the XML scanner
// (fuzzed: hostile bytes give an ImportError, nothing else), and what the DOCX
// reader keeps of Word's markup (tracked changes, nested tables, text boxes).
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/import/docx.js';
import { headingRole } from '../../src/import/headings.js';
import { readHtml } from '../../src/import/html.js';
import { mapPlan } from '../../src/import/map-plan.js';
import { planObject } from '../../src/import/plan-yaml.js';
import { decodeXml, scanXml, XmlError } from '../../src/import/xml-scan.js';

describe('column headings, by meaning', () => {
  const roles = {
    number: ['№', '№ п/п', 'N', '№№ п.п.', 'п/п'],
    activity: ['Мероприятие', 'Наименование мероприятия', 'Содержание работы', 'Дела', 'Тема', 'Содержание деятельности', 'Дела, события, мероприятия'],
    timing: ['Сроки', 'Дата', 'Срок исполнения', 'Сроки проведения', 'Периодичность', 'Ориентировочное время проведения', 'Дата проведения'],
    responsible: ['Ответственные', 'Ответственный', 'Исполнители', 'Ответственные за проведение', 'Отв.'],
    month: ['Сентябрь', 'сент.', 'Окт', 'Май', 'НОЯБРЬ'],
    done: ['Отметка о выполнении', 'Отметка об исполнении', 'Выполнено', 'Отметка о проведении'],
    extra: ['Классы', 'Участники', 'Форма проведения', 'Планируемый результат', 'Место проведения', 'Ма', 'Январский'],
  } as const;
  for (const [role, headings] of Object.entries(roles)) {
    it(`reads ${role} columns`, () => {
      for (const heading of headings) expect(headingRole(heading), heading).toBe(role);
    });
  }

  it('whatever the case, ё or е, punctuation and spacing', () => {
    const variants = fc.record({
      heading: fc.constantFrom(...roles.activity, ...roles.timing, ...roles.responsible),
      upper: fc.boolean(),
      punctuation: fc.constantFrom('', ':', '.', ' *', '\n'),
    });
    fc.assert(
      fc.property(variants, ({ heading, upper, punctuation }) => {
        const written = `${upper ? heading.toUpperCase() : heading}${punctuation}`.replace(/е/g, 'ё');
        expect(headingRole(written)).toBe(headingRole(heading));
      }),
    );
  });
});

describe('the XML scanner', () => {
  it('decodes the predefined entities and character references, and nothing else', () => {
    expect(decodeXml('&lt;a&gt; &amp; &quot;b&quot; &#171;c&#xBB;')).toBe('<a> & "b" «c»');
    expect(() => decodeXml('&secret;')).toThrow(XmlError);
  });

  it('refuses a DOCTYPE', () => {
    expect(() => scanXml('<!DOCTYPE a [<!ENTITY b "c">]><a>&b;</a>', { open() {}, close() {}, text() {} })).toThrow(/doctype/);
  });

  it('turns any damage to a DOCX into an ImportError', () => {
    const good = docx(`<w:tbl><w:tr>${cell('Мероприятие')}${cell('Сроки')}</w:tr><w:tr>${cell('Семинар')}${cell('май')}</w:tr></w:tbl>`);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: good.length - 1 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 1, max: good.length }), (at, byte, cut) => {
        const damaged = good.slice(0, cut);
        if (at < damaged.length) damaged[at] = byte;
        try {
          readDocx(damaged);
        } catch (error) {
          expect((error as Error).name).toBe('ImportError');
        }
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (xml) => {
        try {
          readDocx(zipSync({ 'word/document.xml': strToU8(xml) }));
        } catch (error) {
          expect((error as Error).name).toBe('ImportError');
        }
      }),
      { numRuns: 300 },
    );
  });
});

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const docx = (body: string) => zipSync({ 'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`) });
const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const cell = (...paragraphs: string[]) => `<w:tc>${paragraphs.map((text) => `<w:p>${run(text)}</w:p>`).join('')}</w:tc>`;
const header = `<w:tr>${cell('№')}${cell('Мероприятие')}${cell('Сроки')}${cell('Ответственные')}</w:tr>`;
const section = `<w:tr><w:tc><w:tcPr><w:gridSpan w:val="4"/></w:tcPr><w:p>${run('I. Раздел')}</w:p></w:tc></w:tr>`;

describe('Word markup', () => {
  it('keeps inserted text and drops deleted text of tracked changes', () => {
    const activity = `<w:tc><w:p>${run('Семинар ')}<w:ins w:id="1" w:author="Я">${run('для классных руководителей')}</w:ins><w:del w:id="2" w:author="Я"><w:r><w:delText>для всех</w:delText></w:r></w:del></w:p></w:tc>`;
    const plan = planObject(mapPlan(readDocx(docx(`<w:tbl>${header}${section}<w:tr>${cell('1.')}${activity}${cell('май')}${cell('Центр')}</w:tr></w:tbl>`))));
    expect(plan.sections).toEqual([
      { title: 'Раздел', items: [{ id: 1, activity: 'Семинар для классных руководителей', timing: 'май', responsible: ['Центр'] }] },
    ]);
  });

  it('puts the text of a table nested in a cell into that cell, line by line', () => {
    const nested = `<w:tc><w:p>${run('Конкурс:')}</w:p><w:tbl><w:tr>${cell('– муниципальный этап')}</w:tr><w:tr>${cell('– региональный этап')}</w:tr></w:tbl><w:p/></w:tc>`;
    const plan = planObject(mapPlan(readDocx(docx(`<w:tbl>${header}${section}<w:tr>${cell('1.')}${nested}${cell('март')}${cell('Центр')}</w:tr></w:tbl>`))));
    expect((plan.sections as { items: { activity: string }[] }[])[0]!.items[0]!.activity).toBe('Конкурс:\n- муниципальный этап\n- региональный этап');
  });

  it('reads a text box once, not once per fallback', () => {
    const box = `<w:p><w:r><mc:AlternateContent xmlns:mc="m"><mc:Choice Requires="wps"><w:txbxContent><w:p>${run('УТВЕРЖДАЮ')}</w:p></w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent><w:p>${run('УТВЕРЖДАЮ')}</w:p></w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    const document = readDocx(docx(box));
    const texts = document.blocks.map((block) => (block.kind === 'paragraph' ? block.paragraph.text : ''));
    expect(texts.filter((text) => text === 'УТВЕРЖДАЮ')).toHaveLength(1);
  });

  it('reads a web page saved in Windows-1251', () => {
    const html =
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body><table border=1><tr><td>Тема<td>Дата<tr><td>Собрание<td>май</table>';
    const bytes = Uint8Array.from(new TextEncoder().encode(html).length ? encode1251(html) : []);
    const plan = planObject(mapPlan(readHtml(bytes)));
    expect(plan.kind).toBe('plan');
    expect(plan.sections).toEqual([{ title: 'Мероприятия', items: [{ id: 1, activity: 'Собрание', timing: 'май' }] }]);
  });
});

/** Windows-1251 bytes of a text of ASCII and Russian letters. */
function encode1251(text: string): number[] {
  return [...text].map((char) => {
    const code = char.codePointAt(0)!;
    if (code < 128) return code;
    if (char === 'ё') return 0xb8;
    if (char === 'Ё') return 0xa8;
    return code - 0x410 + 0xc0;
  });
}

describe('stamps laid out with tabs', () => {
  it('reads the left and the right stamp of the same lines', () => {
    const p = (text: string) => `<w:p>${text.split('\t').map(run).join('<w:r><w:tab/></w:r>')}</w:p>`;
    const body = [
      p('СОГЛАСОВАНО\t\tУТВЕРЖДАЮ'),
      p('Председатель профкома\t\tДиректор школы'),
      p('________ О.П. Сидорова\t\t________ Е.Н. Филатова'),
      p(''),
      p('План работы на 2023-2024 учебный год'),
      `<w:tbl>${header}${section}<w:tr>${cell('1.')}${cell('Семинар')}${cell('май')}${cell('Центр')}</w:tr></w:tbl>`,
    ].join('');
    const imported = mapPlan(readDocx(docx(body)));
    expect(imported.approvals).toEqual([
      { stamp: 'СОГЛАСОВАНО', position: 'Председатель профкома', name: 'О.П. Сидорова' },
      { stamp: 'УТВЕРЖДАЮ', position: 'Директор школы', name: 'Е.Н. Филатова' },
    ]);
    expect(imported.title).toBe('План работы');
    expect(imported.academicYear).toBe('2023-2024');
    expect(imported.notes).toEqual([]);
  });
});

describe('a plan carried on in a second table', () => {
  it('follows it without borders or a header when its first row is numbered like an item', () => {
    const item = (n: string, activity: string) => `<w:tr>${cell(n)}${cell(activity)}${cell('май')}${cell('Центр')}</w:tr>`;
    const body = `<w:tbl>${header}${section}${item('1.', 'Семинар')}</w:tbl><w:p/><w:tbl>${item('2.', 'Практикум')}</w:tbl><w:p>${run('Директор ________ Е.Н. Филатова')}</w:p>`;
    const imported = mapPlan(readDocx(docx(body)));
    expect(imported.sections[0]!.items.map((i) => i.activity)).toEqual(['Семинар', 'Практикум']);
    expect(imported.signature).toEqual({ position: 'Директор', name: 'Е.Н. Филатова' });
  });
});

describe('stamps as schools write them', () => {
  const top = (...lines: string[]) => {
    const body = `${lines.map((line) => `<w:p>${run(line)}</w:p>`).join('')}<w:p/><w:p>${run('План работы на 2023-2024 учебный год')}</w:p><w:tbl>${header}${section}<w:tr>${cell('1.')}${cell('Семинар')}${cell('май')}${cell('Центр')}</w:tr></w:tbl>`;
    return mapPlan(readDocx(docx(body)));
  };

  it('reads an order with its number before its date', () => {
    expect(top('УТВЕРЖДЕН', 'приказом директора МБОУ «СОШ № 3»', '№ 45 от 30.08.2023').approvals).toEqual([
      { stamp: 'УТВЕРЖДЁН', order: 'приказом директора МБОУ «СОШ № 3»', orderDate: '2023-08-30', orderNumber: '45' },
    ]);
  });

  it('reads a name between slashes, and a day written in quotes', () => {
    expect(top('УТВЕРЖДАЮ', 'Директор школы', '____________ /И.И. Иванова/', '«30» августа 2023 г.').approvals).toEqual([
      { stamp: 'УТВЕРЖДАЮ', position: 'Директор школы', name: 'И.И. Иванова', date: '2023-08-30' },
    ]);
  });

  it('takes a dated line at the end of an activity for a sub-event, with or without a dash', () => {
    const body = `<w:tbl>${header}${section}<w:tr>${cell('1.')}${cell('Родительские собрания', 'Профориентационный минимум (18 сентября 2023)', '– «Семья и школа» (31.01.2024 г.)')}${cell('в течение года')}${cell('Центр')}</w:tr></w:tbl>`;
    expect(mapPlan(readDocx(docx(body))).sections[0]!.items[0]!.events).toEqual([
      { title: 'Профориентационный минимум', date: '2023-09-18' },
      { title: 'Семья и школа', date: '2024-01-31' },
    ]);
  });
});

describe('text a plan cannot hold', () => {
  it('drops control characters, which plan build refuses', () => {
    const body = `<w:tbl>${header}${section}<w:tr>${cell('1.')}${cell('Семинар&#x7;\u000bдля педагогов')}${cell('май')}${cell('Центр')}</w:tr></w:tbl>`;
    expect(mapPlan(readDocx(docx(body))).sections[0]!.items[0]!.activity).toBe('Семинар для педагогов');
  });
});

describe('Word automatic numbering in the number column', () => {
  it('numbers an item even when its only text is the activity', () => {
    const numbered = `<w:tc><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr></w:p></w:tc>`;
    const row = (activity: string, timing: string) => `<w:tr>${numbered}${cell(activity)}${cell(timing)}${cell(timing ? 'Центр' : '')}</w:tr>`;
    const imported = mapPlan(readDocx(docx(`<w:tbl>${header}${section}${row('Семинар', 'май')}${row('Практикум', '')}</w:tbl>`)));
    expect(imported.sections[0]!.items.map((item) => item.activity)).toEqual(['Семинар', 'Практикум']);
  });
});

describe('rows marked to repeat on every page', () => {
  const headerRow = (row: string) => row.replace('<w:tr>', '<w:tr><w:trPr><w:tblHeader/></w:trPr>');
  const item = `<w:tr>${cell('1.')}${cell('Семинар')}${cell('май')}${cell('Центр')}</w:tr>`;

  it('skips the header at the top of a table, and the same header typed again lower down', () => {
    const imported = mapPlan(readDocx(docx(`<w:tbl>${headerRow(header)}${section}${item}${header}${item.replace('Семинар', 'Практикум')}</w:tbl>`)));
    expect(imported.sections[0]!.items.map((i) => i.activity)).toEqual(['Семинар', 'Практикум']);
  });

  it('reads every row when every row is marked', () => {
    const imported = mapPlan(readDocx(docx(`<w:tbl>${[header, section, item].map(headerRow).join('')}</w:tbl>`)));
    expect(imported.sections[0]!.items.map((i) => i.activity)).toEqual(['Семинар']);
  });
});

describe('numbers typed twice', () => {
  it('drops an item number repeated at the start of its activity, and keeps other leading numbers', () => {
    const row = (n: string, activity: string) => `<w:tr>${cell(n)}${cell(activity)}${cell('май')}${cell('Центр')}</w:tr>`;
    const imported = mapPlan(readDocx(docx(`<w:tbl>${header}${section}${row('1.', '1. Семинар')}${row('2.', '5 встреч с родителями')}</w:tbl>`)));
    expect(imported.sections[0]!.items.map((item) => item.activity)).toEqual(['Семинар', '5 встреч с родителями']);
  });
});
