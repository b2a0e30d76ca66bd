// The jury's protocol through the built command, opened in LibreOffice and
// read back as a user sees it; refused while the results are provisional.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, spawnCli, temporaryDir } from '../helpers/cli.js';
import { docxToPdf, expectInOrder, normaliseText, pdfToText } from '../helpers/libreoffice.js';
import { contestFile, fill, fillAll, sheetOf, stageFolder, writeSheets } from './example-sheets.js';

describe('centre contest protocol', () => {
  it('writes the protocol of the stage: members present, ranking per nomination, decision, signatures', async () => {
    const dir = writeSheets();
    fillAll(dir);
    const result = spawnCli(['contest', 'protocol', contestFile, stageFolder, '--stage', 'distance'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const docx = path.join(dir, 'out/contest/samyj-klassnyj-2025-distance-protocol.docx');
    expect(result.stdout).toContain('out/contest/samyj-klassnyj-2025-distance-protocol.docx');
    const text = normaliseText(await pdfToText(docxToPdf(docx, temporaryDir('centre-protocol-'))));
    expectInOrder(text, [
      'ПРОТОКОЛ',
      'заседания жюри',
      'Муниципальный конкурс профессионального мастерства «Самый классный классный»',
      'Заочный тур',
      '14 февраля 2025 г.',
      'Присутствовали члены жюри:',
      '– О.П. Лебедева, методист (председатель жюри);',
      '– В.С. Орлов, заместитель директора по воспитательной работе;',
      'Номинация «Молодой классный руководитель»',
      'Балл (из 20)',
      'Андреева Мария Сергеевна',
      'МБОУ «СОШ № 6»',
      'проходит в этап «Очный тур»',
      'Номинация «Классный руководитель-мастер»',
      'Решение жюри:',
      'Допустить к этапу «Очный тур» в номинации «Молодой классный руководитель»: Андреева Мария Сергеевна',
      'Председатель жюри',
      'О.П. Лебедева',
    ]);
    // the score of the second participant in the table, with a decimal comma: (16 + 15) / 2
    expect(text).toMatch(/Борисов Илья Андреевич[\s\S]{0,80}15,5/);
  });

  it('refuses provisional results and writes nothing', async () => {
    const dir = writeSheets();
    fillAll(dir);
    fill(dir, 'orlov', { E9: 9 });
    const result = await runCli(['contest', 'protocol', contestFile, stageFolder, '--stage', 'distance'], { cwd: dir, env: { LANG: 'ru_RU.UTF-8' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `${sheetOf('orlov')}!E9: Борисов Илья Андреевич, «Ясность педагогической позиции»: 9 больше наибольшего балла 5; попросите члена жюри исправить оценку.`,
    );
    expect(result.stderr).toContain('Протокол записывается только по полным итогам');
    expect(() => readFileSync(path.join(dir, 'out/contest/samyj-klassnyj-2025-distance-protocol.docx'))).toThrow();
  });

  it('refuses a date that is not one, as a usage error', async () => {
    const dir = writeSheets();
    const result = await runCli(['contest', 'protocol', contestFile, stageFolder, '--stage', 'distance', '--date', '31.02.2025'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('«31.02.2025» is not a date; write it as 2023-09-27 or 27.09.2023.');
  });
});
