import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { approvalDateLine } from '../../src/docs/approval-lines.js';
import { arrangeApprovals } from '../../src/docs/approvals.js';
import { textWidth } from '../../src/docs/page.js';
import { buildPlanDocument, renderPlanDocx } from '../../src/docs/plan-docx.js';
import { activityLines } from '../../src/docs/plan-table.js';
import { formatDateLong, romanNumeral, typeset } from '../../src/text/typography.js';
import { parseDateText } from '../../src/schema/dates.js';
import type { Approval, Cyclogram, Plan, PlanDocument } from '../../src/schema/plan.js';
import { plainSpaces, projectDocx, type DocxProjection, type TableProjection } from './docx-projection.js';
import { iso } from '../helpers/iso.js';
import { parseIsoDate } from '../../src/schema/iso-date.js';

const approvals: Approval[] = [
  { stamp: 'СОГЛАСОВАНО', position: 'Первый заместитель министра\nОренбургской области', name: 'Н.А. Гордеева', date: 2023 },
  { stamp: 'УТВЕРЖДАЮ', position: 'Руководитель РМЦ', name: 'Н.К. Антюфеева', date: iso('2023-08-30') },
  { stamp: 'СОГЛАСОВАНО', position: 'Ректор ОГПУ', name: 'С.А. Алешина' },
];

const plan: Plan = {
  kind: 'plan',
  title: 'План работы центра',
  organisation: 'ГАУДО "ООДТДМ им. В.П. Поляничко"',
  academicYear: '2023-2024',
  orientation: 'portrait',
  approvals,
  signature: { position: 'Заведующий ОО', name: 'Л.В.Краснова' },
  sections: [
    {
      title: 'Научно-методическое сопровождение',
      items: [
        { activity: 'Консультирование', timing: 'постоянно', responsible: ['Центр'] },
        {
          activity: 'Родительские собрания:\n- для 5–9 классов\n- для 10–11 классов',
          timing: 'в течение всего периода',
          responsible: ['Министерство', 'Центр'],
          events: [
            { title: 'Профориентационный минимум', date: iso('2023-09-27') },
            { title: '«Моя семья - мое богатство»', date: iso('31.01.2024') },
          ],
          note: 'для родителей',
        },
      ],
    },
    { title: 'Мониторинг', items: [{ activity: 'Мониторинг курсов', timing: 'сентябрь - декабрь 2023г.', responsible: ['Центр', 'ОО'] }] },
    { title: 'Конкурсы', items: [{ activity: 'Конкурс "Самый классный классный"', timing: 'март', responsible: ['Центр'] }] },
  ],
};

const cyclogram: Cyclogram = {
  kind: 'cyclogram',
  title: 'Циклограмма деятельности центра',
  academicYear: '2020-2021',
  orientation: 'portrait',
  approvals: [],
  sections: [
    {
      periodicity: 'Ежемесячно',
      items: [
        { activity: 'Вебинары', responsible: ['Отдел образования'] },
        { activity: 'Заседания ШМО', responsible: ['Руководители ШМО'] },
      ],
    },
    { periodicity: 'Еженедельно', items: [{ activity: 'Посещение классных часов', responsible: ['Заместитель директора'] }] },
  ],
};

const render = async (document: PlanDocument, orientation?: 'portrait' | 'landscape') => projectDocx(await renderPlanDocx(document, { orientation }));

const items = (document: PlanDocument) => document.sections.flatMap((section) => section.items);
/** The plan table is the last table in the body. */
const planTableOf = (docx: DocxProjection): TableProjection => docx.tables.at(-1)!;
const itemRows = (table: TableProjection) => table.rows.filter((row, index) => index > 0 && row.cells.length > 1);
const sectionRows = (table: TableProjection) => table.rows.filter((row, index) => index > 0 && row.cells.length === 1);

describe('the plan table', () => {
  it('has exactly one header row, the first row of the plan table, with the plan headings', async () => {
    const docx = await render(plan);
    const all = docx.tables.flatMap((table) => table.rows);
    expect(all.filter((row) => row.header)).toHaveLength(1);
    const table = planTableOf(docx);
    expect(table.rows[0]!.header).toBe(true);
    expect(table.rows[0]!.cells.map((cell) => plainSpaces(cell.text))).toEqual(['№ п/п', 'Наименование мероприятия', 'Сроки', 'Ответственные']);
    expect(table.rows[0]!.xml).toContain('<w:cantSplit/>');
  });

  it('has a full-width section row per section: one cell spanning every column, Roman numeral, kept with the next row', async () => {
    const table = planTableOf(await render(plan));
    const rows = sectionRows(table);
    expect(rows.map((row) => plainSpaces(row.cells[0]!.text))).toEqual(plan.sections.map((s, i) => `${romanNumeral(i + 1)}. ${s.title}`));
    for (const row of rows) {
      expect(row.cells[0]!.span).toBe(table.grid.length);
      expect(row.cells[0]!.xml).toContain('<w:keepNext/>');
      expect(row.cantSplit).toBe(true);
    }
  });

  it('never splits an item row across pages', async () => {
    const table = planTableOf(await render(plan));
    expect(itemRows(table)).toHaveLength(items(plan).length);
    for (const row of table.rows) expect(row.cantSplit).toBe(true);
  });

  it('numbers the items continuously across sections, each row holding its own item', async () => {
    const table = planTableOf(await render(plan));
    const rows = itemRows(table);
    expect(rows.map((row) => row.cells[0]!.text)).toEqual(items(plan).map((_, index) => `${index + 1}.`));
    const letters = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');
    rows.forEach((row, index) => expect(letters(row.cells[1]!.paragraphs[0]!)).toBe(letters(items(plan)[index]!.activity.split('\n')[0]!)));
  });

  it('puts the timing verbatim (typeset) and one paragraph per responsible party', async () => {
    const rows = itemRows(planTableOf(await render(plan)));
    expect(rows[2]!.cells[2]!.paragraphs).toEqual(['сентябрь\u00A0– декабрь 2023\u00A0г.']);
    rows.forEach((row, index) => expect(row.cells[3]!.paragraphs).toEqual(items(plan)[index]!.responsible));
  });

  it('writes list lines with a dash, each sub-event «Title» with its long date, then the note in italics', async () => {
    const cell = itemRows(planTableOf(await render(plan)))[1]!.cells[1]!;
    const item = items(plan)[1]!;
    const eventLines = item.events!.map((event) => {
      const title = event.title.startsWith('«') ? event.title.replace(' - ', '\u00A0– ') : `«${event.title}»`;
      return `– ${title} (${formatDateLong(parseDateText(event.date)!)})`;
    });
    expect(cell.paragraphs).toEqual(['Родительские собрания:', '– для 5–9 классов', '– для 10–11 классов', ...eventLines, 'Примечание: для родителей']);
    expect(cell.text).toContain('– «Профориентационный минимум» (27\u00A0сентября 2023\u00A0г.)');
    const noteParagraph = /<w:p>(?:(?!<w:p>)[\s\S])*Примечание:[\s\S]*?<\/w:p>/.exec(cell.xml)![0];
    expect(noteParagraph).toContain('<w:i/>');
  });

  it('typesets the text in the cells', async () => {
    const rows = itemRows(planTableOf(await render(plan)));
    expect(rows[3]!.cells[1]!.text).toBe('Конкурс «Самый классный классный»');
  });

  it('spans the text width with fixed column widths, portrait and landscape', async () => {
    for (const orientation of ['portrait', 'landscape'] as const) {
      const table = planTableOf(await render(plan, orientation));
      expect(table.grid.reduce((sum, width) => sum + width, 0)).toBe(textWidth(orientation));
      expect(table.xml).toContain(`<w:tblW w:type="dxa" w:w="${textWidth(orientation)}"/>`);
      expect(table.xml).toContain('<w:tblLayout w:type="fixed"/>');
    }
    expect(textWidth('portrait')).toBe(9638);
    expect(textWidth('landscape')).toBe(14570);
  });

  it('gives a cyclogram three columns, its periodicity as the section rows, no numerals', async () => {
    const table = planTableOf(await render(cyclogram));
    expect(table.grid).toHaveLength(3);
    expect(table.rows[0]!.cells.map((cell) => plainSpaces(cell.text))).toEqual(['№ п/п', 'Мероприятие', 'Ответственные']);
    expect(sectionRows(table).map((row) => row.cells[0]!.text)).toEqual(cyclogram.sections.map((section) => section.periodicity));
    expect(sectionRows(table).every((row) => row.cells[0]!.span === 3)).toBe(true);
    expect(itemRows(table).map((row) => row.cells[0]!.text)).toEqual(['1.', '2.', '3.']);
  });

  it('gives a cyclogram a «Сроки» column when one of its items has a timing', async () => {
    const timed: Cyclogram = {
      ...cyclogram,
      sections: [{ periodicity: 'Ежемесячно', items: [{ activity: 'Вебинары', timing: 'каждый 3-й понедельник', responsible: ['Отдел'] }] }],
    };
    const table = planTableOf(await render(timed));
    expect(table.grid).toHaveLength(4);
    expect(table.rows[0]!.cells[2]!.text).toBe('Сроки');
    expect(itemRows(table)[0]!.cells[2]!.text).toBe('каждый 3-й понедельник');
  });

  it('numbers and lays out any plan: one header, a row per section and per item, numbers 1..n', async () => {
    const text = fc.stringMatching(/^[А-Яа-я][А-Яа-я ]{0,15}$/);
    const item = fc.record({ activity: text, timing: text, responsible: fc.array(text, { minLength: 1, maxLength: 3 }) });
    const sections = fc.array(fc.record({ title: text, items: fc.array(item, { minLength: 1, maxLength: 4 }) }), { minLength: 1, maxLength: 4 });
    await fc.assert(
      fc.asyncProperty(sections, async (generated) => {
        const document: Plan = { ...plan, approvals: [], signature: undefined, sections: generated };
        const table = planTableOf(await render(document));
        const count = generated.reduce((sum, section) => sum + section.items.length, 0);
        expect(table.rows).toHaveLength(1 + generated.length + count);
        expect(table.rows.filter((row) => row.header)).toHaveLength(1);
        expect(itemRows(table).map((row) => row.cells[0]!.text)).toEqual(Array.from({ length: count }, (_, i) => `${i + 1}.`));
      }),
      { numRuns: 25 },
    );
  });
});

describe('the approval stamps', () => {
  const approvalTable = (docx: DocxProjection) => docx.tables[0]!;

  it('puts СОГЛАСОВАНО down the left and УТВЕРЖДАЮ down the right; a third block wraps into a second row', async () => {
    const table = approvalTable(await render(plan));
    expect(table.grid).toHaveLength(3);
    expect(table.rows).toHaveLength(2);
    const [first, second] = table.rows;
    expect(first!.cells[0]!.paragraphs[0]).toBe('СОГЛАСОВАНО');
    expect(first!.cells[0]!.text).toContain('Н.А.\u00A0Гордеева');
    expect(first!.cells[2]!.paragraphs[0]).toBe('УТВЕРЖДАЮ');
    expect(first!.cells[2]!.text).toContain('Н.К.\u00A0Антюфеева');
    expect(second!.cells[0]!.paragraphs[0]).toBe('СОГЛАСОВАНО');
    expect(second!.cells[0]!.text).toContain('С.А.\u00A0Алешина');
    expect(second!.cells[2]!.text).toBe('');
  });

  it('arranges any mix of stamps: rows = the longer column, order kept in each column', () => {
    const stamp = fc.constantFrom('СОГЛАСОВАНО', 'УТВЕРЖДАЮ', 'УТВЕРЖДЁН', 'УТВЕРЖДЕНА');
    const list = fc
      .array(stamp, { maxLength: 7 })
      .map((stamps) =>
        stamps.map((s, i): Approval =>
          s === 'УТВЕРЖДЁН' || s === 'УТВЕРЖДЕНА'
            ? { stamp: s, order: `приказом ${i}`, orderDate: iso('2020-06-30'), orderNumber: String(i) }
            : { stamp: s, position: `Должность ${i}`, name: 'Н.К. Антюфеева' },
        ),
      );
    fc.assert(
      fc.property(list, (stamps) => {
        const rows = arrangeApprovals(stamps);
        const left = stamps.filter((a) => a.stamp === 'СОГЛАСОВАНО');
        const right = stamps.filter((a) => a.stamp !== 'СОГЛАСОВАНО');
        expect(rows).toHaveLength(Math.max(left.length, right.length));
        expect(rows.flatMap(([l]) => (l ? [l] : []))).toEqual(left);
        expect(rows.flatMap(([, r]) => (r ? [r] : []))).toEqual(right);
      }),
    );
  });

  it('writes each line of the position, the signature line with the name, and the date line', async () => {
    const [first] = approvalTable(await render(plan)).rows;
    expect(first!.cells[0]!.paragraphs).toEqual([
      'СОГЛАСОВАНО',
      'Первый заместитель министра',
      'Оренбургской области',
      '________________ Н.А.\u00A0Гордеева',
      '«\u00A0___\u00A0»\u00A0________\u00A02023\u00A0г.',
    ]);
    expect(first!.cells[2]!.paragraphs.at(-1)).toBe('30\u00A0августа 2023\u00A0г.');
  });

  it('writes the date line as a full date, blanks with the year, or blanks with 20__', () => {
    expect(approvalDateLine(iso('2023-08-30'))).toBe('30\u00A0августа 2023\u00A0г.');
    // the schema reads «30.08.2023» into the same date
    expect(approvalDateLine(parseIsoDate('30.08.2023'))).toBe('30\u00A0августа 2023\u00A0г.');
    expect(plainSpaces(approvalDateLine(2023))).toBe('« ___ » ________ 2023 г.');
    expect(plainSpaces(approvalDateLine(undefined))).toBe('« ___ » ________ 20__ г.');
  });

  it('writes an order stamp: УТВЕРЖДЁН, the order, «от DD.MM.YYYY № …»', async () => {
    const ordered: Plan = {
      ...plan,
      approvals: [{ stamp: 'УТВЕРЖДЁН', order: 'приказом отдела образования\nадминистрации района', orderDate: iso('2020-06-30'), orderNumber: '01-10/96' }],
    };
    const table = approvalTable(await render(ordered));
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]!.cells[0]!.text).toBe('');
    expect(table.rows[0]!.cells[2]!.paragraphs).toEqual(['УТВЕРЖДЁН', 'приказом отдела образования', 'администрации района', 'от 30.06.2020 №\u00A001-10/96']);
  });

  it('has no visible border on the table or any of its cells', async () => {
    const table = approvalTable(await render(plan));
    const borders = [...table.xml.matchAll(/<w:(?:top|left|bottom|right|start|end|insideH|insideV) w:val="([^"]+)"/g)].map((m) => m[1]);
    expect(borders.length).toBeGreaterThanOrEqual(6 + 4 * 3 * table.rows.length);
    expect(borders.every((value) => value === 'none' || value === 'nil')).toBe(true);
  });

  it('uses 8 cm blocks with the right one flush with the right margin, and fixed widths', async () => {
    for (const orientation of ['portrait', 'landscape'] as const) {
      const table = approvalTable(await render(plan, orientation));
      expect(table.grid[0]).toBe(4536);
      expect(table.grid[2]).toBe(4536);
      expect(table.grid.reduce((sum, width) => sum + width, 0)).toBe(textWidth(orientation));
      expect(table.xml).toContain('<w:tblLayout w:type="fixed"/>');
    }
  });

  it('is followed by an empty paragraph, so Word keeps the two tables apart', async () => {
    const docx = await render(plan);
    expect(docx.blocks.slice(0, 2)).toEqual(['tbl', 'p']);
    expect(docx.paragraphs[0]).toBe('');
  });

  it('leaves no table when there are no stamps', async () => {
    const docx = await render({ ...plan, approvals: [] });
    expect(docx.tables).toHaveLength(1);
    expect(docx.blocks[0]).toBe('p');
    expect(docx.paragraphs[0]).toContain('План работы центра');
  });
});

describe('the title and the signature', () => {
  it('adds the academic year with an en dash', async () => {
    const docx = await render(plan);
    expect(docx.paragraphs).toContain('План работы центра на 2023–2024 учебный год');
  });

  it('adds an explicit period, or nothing', async () => {
    const period: Plan = { ...plan, academicYear: undefined, period: { from: iso('2023-09-01'), to: iso('31.05.2024') } };
    expect((await render(period)).paragraphs).toContain('План работы центра на период с 1\u00A0сентября 2023\u00A0г. по 31\u00A0мая 2024\u00A0г.');
    const bare: Cyclogram = { ...cyclogram, academicYear: undefined };
    expect((await render(bare)).paragraphs[0]).toBe(bare.title);
  });

  it('splits a title written on several lines into paragraphs, bold and centred', async () => {
    const docx = await render({ ...plan, title: 'План работы\nрегионального центра' });
    const at = docx.paragraphs.indexOf('План работы');
    expect(docx.paragraphs[at + 1]).toBe('регионального центра на 2023–2024 учебный год');
    expect(docx.stylesXml).toMatch(/w:styleId="CentreTitle"[\s\S]*?<w:jc w:val="center"\/>[\s\S]*?<w:b\/>[\s\S]*?<\/w:style>/);
  });

  it('signs after the table: position left, name at a right tab stop on the margin', async () => {
    for (const orientation of ['portrait', 'landscape'] as const) {
      const docx = await render(plan, orientation);
      expect(docx.blocks.slice(-3)).toEqual(['tbl', 'p', 'p']);
      expect(docx.paragraphs.at(-1)).toBe('Заведующий ОО\tЛ.В.\u00A0Краснова');
      expect(docx.documentXml).toContain(`<w:tab w:val="right" w:pos="${textWidth(orientation)}"/>`);
    }
  });

  it('writes no signature when there is none', async () => {
    const docx = await render(cyclogram);
    expect(docx.blocks.at(-1)).toBe('tbl');
  });
});

describe('the page', () => {
  it('is A4 portrait with GOST margins, numbered from page 2 in the centre of the header', async () => {
    const docx = await render(plan);
    expect(docx.documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"(?: w:orient="portrait")?\/>/);
    expect(docx.documentXml).toMatch(/<w:pgMar w:top="1134" w:right="567" w:bottom="1134" w:left="1701"/);
    expect(docx.documentXml).toContain('<w:titlePg/>');
    expect(docx.documentXml).toMatch(/<w:headerReference w:type="first"/);
    const numbered = docx.headers.filter((header) => header.includes('PAGE'));
    expect(numbered).toHaveLength(1);
    expect(numbered[0]).toContain('<w:jc w:val="center"/>');
    expect(docx.headers).toHaveLength(2);
  });

  it('turns landscape when the option or the plan says so; the option wins', async () => {
    const landscape = /<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/;
    expect((await render(plan, 'landscape')).documentXml).toMatch(landscape);
    expect((await render({ ...plan, orientation: 'landscape' })).documentXml).toMatch(landscape);
    expect((await render({ ...plan, orientation: 'landscape' }, 'portrait')).documentXml).not.toMatch(landscape);
  });

  it('uses Times New Roman everywhere, 14 pt by default and 12 pt in the table, nothing coloured', async () => {
    const docx = await render(plan);
    const fonts = new Set([...`${docx.stylesXml}${docx.documentXml}`.matchAll(/w:(?:ascii|hAnsi|cs|eastAsia)="([^"]+)"/g)].map((m) => m[1]));
    expect([...fonts]).toEqual(['Times New Roman']);
    expect(docx.stylesXml).toMatch(/<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts [^>]*w:ascii="Times New Roman"[^>]*\/><w:sz w:val="28"\/>/);
    expect(docx.stylesXml).toMatch(/w:styleId="CentreCell"[\s\S]*?<w:sz w:val="24"\/>[\s\S]*?<\/w:style>/);
    const colours = new Set([...docx.stylesXml.matchAll(/<w:color w:val="([^"]+)"/g)].map((m) => m[1]));
    expect([...colours].filter((colour) => colour !== '000000' && colour !== 'auto')).toEqual([]);
    expect(docx.themeXml).toMatch(/<a:majorFont><a:latin typeface="Times New Roman"/);
    expect(docx.themeXml).toMatch(/<a:minorFont><a:latin typeface="Times New Roman"/);
  });

  it('records the title and the organisation in the document properties', async () => {
    const docx = await render(plan);
    expect(docx.coreXml).toContain('<dc:title>План работы центра на 2023–2024 учебный год</dc:title>');
    expect(docx.coreXml).toContain('<dc:creator>ГАУДО «ООДТДМ им.\u00A0В.П.\u00A0Поляничко»</dc:creator>');
  });
});

describe('the input', () => {
  const deepFreeze = <T>(value: T): T => {
    if (value && typeof value === 'object') {
      Object.values(value).forEach(deepFreeze);
      Object.freeze(value);
    }
    return value;
  };

  it('is never modified', async () => {
    const copy = structuredClone(plan);
    const frozen = deepFreeze(structuredClone(plan));
    buildPlanDocument(frozen, { orientation: 'landscape' });
    await renderPlanDocx(frozen, {});
    expect(frozen).toEqual(copy);
  });

  it('gives activity lines that are already typeset, the note alone in italics', () => {
    for (const item of items(plan)) for (const line of activityLines(item)) expect(typeset(line.text)).toBe(line.text);
    const lines = activityLines(items(plan)[1]!);
    expect(lines.filter((line) => line.italics).map((line) => line.text)).toEqual(['Примечание: для родителей']);
  });

  it('gives typeset activity lines for any text', () => {
    const text = fc.stringMatching(/^[А-Яа-я0-9 .,"«»№\-–\n]{1,40}$/);
    const date = fc.constantFrom(iso('2023-09-27'), iso('31.01.2024'));
    const item = fc.record({
      activity: text,
      timing: text,
      responsible: fc.constant<string[]>(['Центр']),
      events: fc.array(fc.record({ title: text, date }), { maxLength: 2 }),
      note: text,
    });
    fc.assert(
      fc.property(item, (generated) => activityLines(generated).every((line) => typeset(line.text) === line.text)),
      { numRuns: 500 },
    );
  });
});
