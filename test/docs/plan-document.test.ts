import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { approvalDateLine, approvalLines, arrangeApprovals } from '../../src/docs/approval-blocks.js';
import { documentTitle, renderPlanDocx } from '../../src/docs/plan-document.js';
import { activityLines, sectionHeading } from '../../src/docs/plan-table.js';
import { NBSP } from '../../src/docs/russian-text.js';
import { cyclogramSchema, planSchema, type PlanDocument } from '../../src/schema/plan.js';

const plan = planSchema.parse({
  kind: 'plan',
  title: 'План работы центра',
  academicYear: '2023-2024',
  approvals: [
    { stamp: 'СОГЛАСОВАНО', position: 'Первый заместитель министра\nОренбургской области', name: 'Н.А. Гордеева', date: 2023 },
    { stamp: 'УТВЕРЖДАЮ', position: 'Руководитель РМЦ', name: 'Н.К. Антюфеева', date: '2023-08-30' },
    { stamp: 'СОГЛАСОВАНО', position: 'Ректор ОГПУ', name: 'С.А. Алешина' },
  ],
  sections: [
    {
      title: 'Научно-методическое сопровождение',
      items: [
        { activity: 'Консультирование', timing: 'постоянно', responsible: ['Центр'] },
        {
          activity: 'Родительские собрания',
          timing: 'в течение всего периода',
          responsible: ['Министерство', 'Центр'],
          events: [{ title: 'Профориентационный минимум', date: '2023-09-27' }],
          note: 'для родителей 8–11 классов',
        },
      ],
    },
    { title: 'Мониторинг', items: [{ activity: 'Мониторинг курсов', timing: 'ноябрь 2023', responsible: ['Центр'] }] },
  ],
});

async function documentPart(document: PlanDocument, part: string, orientation?: 'portrait' | 'landscape'): Promise<string> {
  const zip = await JSZip.loadAsync(await renderPlanDocx(document, { orientation }));
  return zip.file(part)!.async('string');
}

const documentXml = (document: PlanDocument, orientation?: 'portrait' | 'landscape') => documentPart(document, 'word/document.xml', orientation);

const tablesOf = (xml: string) => xml.split('<w:tbl>').slice(1).map((table) => table.split('</w:tbl>')[0]!);
const rowsOf = (table: string) => table.split(/<w:tr[ >]/).slice(1);
const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe('approval stamps', () => {
  it('puts СОГЛАСОВАНО on the left and УТВЕРЖДАЮ on the right, two to a row', () => {
    const rows = arrangeApprovals(plan.approvals);
    const nameOf = (approval: (typeof rows)[number][number]) => (approval && 'name' in approval ? approval.name : undefined);
    expect(rows.map(([left, right]) => [nameOf(left), nameOf(right)])).toEqual([
      ['Н.А. Гордеева', 'Н.К. Антюфеева'],
      ['С.А. Алешина', undefined],
    ]);
  });

  it('writes the date line as GOST does: full date, year only, or blank', () => {
    expect(approvalDateLine('2023-08-30')).toBe(`30 августа 2023${NBSP}г.`);
    expect(approvalDateLine(2023)).toMatch(/^«\s___\s»\s________ 2023\u00A0г\.$/);
    expect(approvalDateLine(undefined)).toMatch(/^«\s___\s»\s________ 20__\u00A0г\.$/);
  });

  it('prints «УТВЕРЖДЁН приказом … от … № …»', () => {
    const lines = approvalLines({ stamp: 'УТВЕРЖДЁН', order: 'приказом отдела образования', orderDate: '30.06.2020', orderNumber: '01-10/96' });
    expect(lines).toEqual(['УТВЕРЖДЁН', 'приказом отдела образования', 'от 30.06.2020 № 01-10/96']);
  });

  it('lays three stamps out in a borderless table of two rows', async () => {
    const [stamps] = tablesOf(await documentXml(plan));
    const rows = rowsOf(stamps!);
    expect(rows).toHaveLength(2);
    const cells = rows[1]!.split('<w:tc>').slice(1);
    expect(textOf(cells[0]!)).toContain('Алешина');
    expect(textOf(cells[2]!)).toBe('');
    expect(stamps).not.toMatch(/w:val="single"/);
    expect(stamps).toMatch(/<w:tblLayout w:type="fixed"\/>/);
  });
});

describe('plan table', () => {
  it('numbers items continuously across sections and repeats only the header row', async () => {
    const table = tablesOf(await documentXml(plan))[1]!;
    const rows = rowsOf(table);
    const items = plan.sections.flatMap((section) => section.items);
    expect(rows).toHaveLength(1 + plan.sections.length + items.length);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows.slice(1).some((row) => row.includes('<w:tblHeader/>'))).toBe(false);
    expect(rows.every((row) => row.includes('<w:cantSplit/>'))).toBe(true);
    const numbers = rows.map((row) => /<w:t(?: [^>]*)?>(\d+)\.<\/w:t>/.exec(row)?.[1]).filter(Boolean);
    expect(numbers).toEqual(items.map((_, index) => String(index + 1)));
  });

  it('spans section rows over every column and keeps them with the next row', async () => {
    const table = tablesOf(await documentXml(plan))[1]!;
    const columns = table.match(/<w:gridCol /g)!.length;
    const sectionRows = rowsOf(table).filter((row) => row.includes('<w:gridSpan'));
    expect(sectionRows).toHaveLength(plan.sections.length);
    for (const row of sectionRows) {
      expect(row).toContain(`<w:gridSpan w:val="${columns}"/>`);
      expect(row).toContain('<w:keepNext/>');
    }
    expect(textOf(sectionRows[1]!)).toBe(sectionHeading(plan, 1));
    expect(sectionHeading(plan, 1)).toBe('II. Мониторинг');
  });

  it('lists dated sub-events and the note inside the activity cell', () => {
    const lines = activityLines(plan.sections[0]!.items[1]!);
    expect(lines).toEqual([
      { text: 'Родительские собрания' },
      { text: `– «Профориентационный минимум» (27 сентября 2023${NBSP}г.)` },
      { text: 'Примечание: для родителей 8–11 классов', italics: true },
    ]);
  });

  it('has four columns for a plan; a cyclogram has no «Сроки» unless an item gives one', async () => {
    const headers = async (document: PlanDocument) => {
      const table = tablesOf(await documentXml(document)).find((t) => t.includes('<w:tblHeader/>'))!;
      return rowsOf(table)[0]!.split('<w:tc>').slice(1).map(textOf);
    };
    expect(await headers(plan)).toEqual(['№п/п', 'Наименование мероприятия', 'Сроки', 'Ответственные']);
    const cyclogram = cyclogramSchema.parse({
      kind: 'cyclogram',
      title: 'Циклограмма',
      sections: [{ periodicity: 'Ежемесячно', items: [{ activity: 'Вебинар', responsible: ['Отдел образования'] }] }],
      signature: { position: 'Заведующий ОО', name: 'Л.В.Краснова' },
    });
    expect(await headers(cyclogram)).toEqual(['№п/п', 'Мероприятие', 'Ответственные']);
    cyclogram.sections[0]!.items[0]!.timing = 'каждый 3-й понедельник месяца';
    expect(await headers(cyclogram)).toEqual(['№п/п', 'Мероприятие', 'Сроки', 'Ответственные']);
    const xml = await documentXml(cyclogram);
    expect(textOf(tablesOf(xml).at(-1)!)).toBe(`Заведующий ООЛ.В.${NBSP}Краснова`);
  });
});

describe('page', () => {
  it('is A4 portrait with GOST margins, Times New Roman, page numbers from page 2', async () => {
    const xml = await documentXml(plan);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"[^>]*\/>/);
    expect(xml).not.toContain('w:orient="landscape"');
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="567" w:bottom="1134" w:left="1701"/);
    expect(xml).toContain('<w:titlePg/>');
    // fonts come from the styles, all Times New Roman; the body names none of its own
    const styles = await documentPart(plan, 'word/styles.xml');
    const fonts = [...styles.matchAll(/<w:rFonts w:ascii="([^"]+)"/g)].map((m) => m[1]);
    expect(fonts.length).toBeGreaterThan(0);
    expect(new Set(fonts)).toEqual(new Set(['Times New Roman']));
    expect(xml).not.toContain('<w:rFonts');
    const usedStyles = new Set([...xml.matchAll(/<w:pStyle w:val="([^"]+)"\/>/g)].map((m) => m[1]!));
    for (const style of usedStyles) expect(styles).toContain(`w:styleId="${style}"`);
  });

  it('turns the page for landscape, from the plan or the option', async () => {
    const landscape = /<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/;
    expect(await documentXml(plan, 'landscape')).toMatch(landscape);
    expect(await documentXml({ ...plan, orientation: 'landscape' })).toMatch(landscape);
    expect(await documentXml({ ...plan, orientation: 'landscape' }, 'portrait')).not.toMatch(landscape);
  });

  it('adds the academic year or the period to the title', () => {
    expect(documentTitle(plan)).toBe('План работы центра на 2023–2024 учебный год');
    const withPeriod = { ...plan, academicYear: undefined, period: { from: '2023-09-01', to: '31.05.2024' } };
    expect(documentTitle(withPeriod)).toBe(`План работы центра на период с 1 сентября 2023${NBSP}г. по 31 мая 2024${NBSP}г.`);
  });
});
