// The seeds' founding order (with its regulation as appendix 1) and the
// Asekeevka regulation, built by `centre plan build` and read back through
// LibreOffice: what a methodologist would print.
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { docxToPdf, expectInOrder, normaliseText, pdfToText } from '../helpers/libreoffice.js';
import { copyOfExampleWorkspace } from '../helpers/cli.js';

describe('plan build of a kind: document', () => {
  it('lays out the order: issuer, type, date · place · number, numbered clauses, signature, appendix with its mark', async () => {
    const workspace = copyOfExampleWorkspace();
    const out = mkdtempSync(path.join(os.tmpdir(), 'centre-doc-'));
    const result = await runCli(['plan', 'build', 'plans/2020-gai-order-383.yaml', 'plans/asekeevka-regulation.yaml', '-o', out], { cwd: workspace });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('2020-gai-order-383.docx (6 clause(s), 1 appendix(es))');
    const text = normaliseText(await pdfToText(docxToPdf(path.join(out, '2020-gai-order-383.docx'), out)));
    const order = load(readFileSync(path.join(workspace, 'plans', '2020-gai-order-383.yaml'), 'utf8')) as {
      clauses: (string | { text: string; clauses: string[] })[];
    };
    expectInOrder(text, [
      'ОТДЕЛ ОБРАЗОВАНИЯ',
      'ПРИКАЗ',
      '01.09.2020',
      'г. Гай',
      '№ 383',
      'О создании муниципального центра',
      'ПРИКАЗЫВАЮ:',
      '1. Создать муниципальный центр',
      '3. Рекомендовать руководителю МБОУ «СОШ № 6»:',
      '3.1. Определить состав',
      '3.5. Обеспечить актуализацию',
      '4.5. Направлять информацию',
      '6. Контроль за исполнением приказа',
      'Н.Н. Шпота',
      'С приказом ознакомлены:',
      'Приложение 1 к приказу № 383 от 01.09.2020',
      'ПОЛОЖЕНИЕ',
      '1. Общие положения',
      '1.1. Положение определяет',
      '2.2. Основные задачи Центра:',
      '– реализация инновационных механизмов',
      '3.4. Организационно-массовое:',
      '6. Дальнейшее развитие раздела Центра',
    ]);
    expect(order.clauses).toHaveLength(6);
    const regulation = normaliseText(await pdfToText(docxToPdf(path.join(out, 'asekeevka-regulation.docx'), out)));
    expectInOrder(regulation, [
      'УТВЕРЖДАЮ',
      'Руководитель отдела образования',
      'Р.М. Гильманова',
      'ПОЛОЖЕНИЕ',
      '«О муниципальном центре',
      'Задачи:',
      '– реализация инновационных механизмов',
    ]);
    expect(regulation).not.toMatch(/\b1\. В целях/); // numbered: false
  }, 180_000);
});
