// The README's first command, run as a user would, on a copy of the shipped
// workspace; then every document is opened in LibreOffice and read back.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyOfExampleWorkspace, repoRoot, spawnCli, type RunResult } from '../helpers/cli.js';
import { columnTexts, convertToPdf, expectInOrder, joinLines, normaliseText, pdfLines, type PdfLine } from '../helpers/libreoffice.js';
import type { PlanDocument } from '../../src/schema/plan.js';
import { validateText } from '../../src/kinds/validate.js';
import { besidesShippedWarnings, diagnosticHeads, shippedWarningHeads } from '../helpers/shipped.js';

const planFiles = readdirSync(path.join(repoRoot, 'plans')).filter(
  (name) => name.endsWith('.yaml') && /^kind: (plan|cyclogram)$/m.test(readFileSync(path.join(repoRoot, 'plans', name), 'utf8')),
);

/**
 * Compares content, not typography (which has its own tests): quotes and dashes
 * are unified and spaces dropped on both sides, since typesetting adds no-break
 * spaces («2021г.» → «2021 г.») and line breaks fall anywhere.
 */
const comparable = (text: string) =>
  normaliseText(text)
    .replace(/[«»„“”"]/g, '"')
    .replace(/[–—-]/g, '-')
    .replace(/\s+/g, '');

let workspace: string;
let build: RunResult;
const rendered = new Map<string, PdfLine[]>();

beforeAll(() => {
  workspace = copyOfExampleWorkspace();
  build = spawnCli(['plan', 'build', 'plans/'], { cwd: workspace });
  const docxFiles = planFiles.map((file) => path.join(workspace, 'out', file.replace(/\.yaml$/, '.docx')));
  convertToPdf(docxFiles).forEach((pdf, index) => rendered.set(planFiles[index]!, pdfLines(pdf)));
});

describe('centre plan build plans/ (the README command)', () => {
  it('writes one DOCX per plan and says so', () => {
    // only the warnings the seeds call for
    expect(diagnosticHeads(build.stderr)).toEqual(shippedWarningHeads());
    expect(besidesShippedWarnings(build.stderr)).toBe('');
    expect(build.code).toBe(0);
    for (const file of planFiles) {
      const docx = `out/${file.replace(/\.yaml$/, '.docx')}`;
      expect(existsSync(path.join(workspace, docx)), docx).toBe(true);
      expect(build.stdout).toMatch(new RegExp(`^wrote ${docx} \\(\\d+ section\\(s\\), \\d+ item\\(s\\), \\d+ approval block\\(s\\)\\)$`, 'm'));
    }
  });

  for (const file of planFiles) {
    describe(file, () => {
      const validated = validateText(file, readFileSync(path.join(repoRoot, 'plans', file), 'utf8')).validated;
      const plan = validated!.value as PlanDocument;
      const docxPath = () => path.join(workspace, 'out', file.replace(/\.yaml$/, '.docx'));
      const items = plan.sections.flatMap((section) => section.items);

      it('reads back in LibreOffice: title, approval blocks, sections, items, timings, parties, in order', () => {
        const lines = rendered.get(file)!;
        const all = comparable(joinLines(lines));
        const { columns } = columnTexts(lines);
        const column = (sample: string) => comparable(columns.find((text) => comparable(text).includes(comparable(sample))) ?? '');

        // СОГЛАСОВАНО down the left, the approving stamps down the right, each above the title
        const stampLines = (a: PlanDocument['approvals'][number]) =>
          'name' in a ? [a.stamp, ...a.position.split('\n'), a.name] : 'meeting' in a && a.meeting !== undefined ? [a.stamp, a.meeting] : [a.stamp, a.order!];
        const agreed = plan.approvals.filter((a) => a.stamp === 'СОГЛАСОВАНО').flatMap(stampLines);
        const approving = plan.approvals.filter((a) => a.stamp !== 'СОГЛАСОВАНО').flatMap(stampLines);
        if (agreed.length > 0) expectInOrder(column(agreed[1]!), agreed.map(comparable));
        if (approving.length > 0) expectInOrder(column(approving[1]!), approving.map(comparable));
        for (const stamp of [...agreed, ...approving].slice(0, 1)) expect(all.indexOf(comparable(stamp))).toBeLessThan(all.indexOf(comparable(plan.title)));
        const activities = items.flatMap((item) => [
          ...item.activity.split('\n').map((line) => line.replace(/^- /, '')),
          ...(item.events ?? []).map((event) => event.title),
        ]);
        expectInOrder(column(activities[0]!), activities.map(comparable));
        const parties = items.flatMap((item) => item.responsible ?? []);
        expectInOrder(column(parties[0]!), parties.map(comparable));
        const timings = items.flatMap((item) => (item.timing ? [item.timing] : []));
        if (timings.length > 0) expectInOrder(column(timings[0]!), timings.map(comparable));
        const headings = plan.sections.map((section) => ('title' in section ? section.title : section.periodicity));
        // the title and the section rows span the full width, so reading order keeps them whole
        expectInOrder(all, [plan.title, ...headings].map(comparable));
        if (plan.signature) expectInOrder(all, [parties.at(-1)!, plan.signature.position, plan.signature.name].map(comparable));
      });

      it('repeats the table header on every page and numbers pages from the second one', () => {
        const lines = rendered.get(file)!;
        const pages = Math.max(...lines.map((line) => line.page));
        for (let page = 1; page <= pages; page++) {
          const onPage = lines.filter((line) => line.page === page);
          const top = Math.min(...onPage.map((line) => line.y));
          const pageNumber = onPage.find((line) => line.text === String(page) && line.y === top);
          if (page === 1) expect(pageNumber, 'no number on the first page').toBeUndefined();
          else expect(pageNumber, `page ${page} is numbered at the top`).toBeDefined();
          expect(
            onPage.some((line) => line.text === 'Ответственные'),
            `header row on page ${page}`,
          ).toBe(true);
        }
      });

      it('numbers the items continuously across sections', () => {
        const numbers = rendered
          .get(file)!
          .map((line) => line.text)
          .filter((text) => /^\d+\.$/.test(text));
        expect(numbers).toEqual(items.map((_, index) => `${index + 1}.`));
      });

      it('repeats only the header row, spans section rows over all columns, keeps rows whole', async () => {
        const zip = await JSZip.loadAsync(readFileSync(docxPath()));
        const xml = await zip.file('word/document.xml')!.async('string');
        const tables = xml.split('<w:tbl>').slice(1);
        const planTable = tables.find((table) => table.includes('<w:tblHeader/>'))!;
        const rows = planTable.match(/<w:tr[ >]/g)!;
        expect(rows).toHaveLength(1 + plan.sections.length + items.length);
        expect(planTable.match(/<w:tblHeader\/>/g)).toHaveLength(1);
        const columns = planTable.match(/<w:gridCol /g)!.length;
        const spans = planTable.match(/<w:gridSpan w:val="(\d+)"\/>/g) ?? [];
        expect(spans).toHaveLength(plan.sections.length);
        for (const span of spans) expect(span).toContain(`w:val="${columns}"`);
        expect(planTable.match(/<w:cantSplit\/>/g)!.length).toBe(1 + plan.sections.length + items.length);
        // the approval table, when there is one, has no visible border
        if (plan.approvals.length > 0) expect(tables[0]).not.toMatch(/w:val="single"/);
      });
    });
  }
});
