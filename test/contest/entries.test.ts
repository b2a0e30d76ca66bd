// Applications to a contest through the built command: any column order, the
// school matched to the registry, the nomination by its title, duplicates and
// unknown schools said with their cell or line, new participants added as
// lines at the end of the list and nothing else in the file changed.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { copyOfExampleWorkspace, runCli, spawnCli } from '../helpers/cli.js';
import { contestFile } from './example-sheets.js';

async function applications(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Заявки');
  sheet.addRow(['Номинация', 'Должность', 'ФИО', 'Образовательная организация']);
  sheet.addRow(['«Молодой классный руководитель»', 'учитель математики', 'Ким Денис Александрович', 'МБОУ «СОШ № 6»']);
  sheet.addRow(['Классный руководитель-мастер', 'учитель химии', 'Андреева Мария Сергеевна', 'МБОУ «СОШ № 6»']);
  sheet.addRow(['master', '', 'Оганесян Анаит Гургеновна', 'Частная школа «Горизонт»']);
  await workbook.xlsx.writeFile(file);
}

describe('centre contest entries', () => {
  it('adds the applications as participants, says who is there already and which school is unknown', async () => {
    const dir = copyOfExampleWorkspace();
    await applications(path.join(dir, 'applications.xlsx'));
    writeFileSync(path.join(dir, 'more.csv'), 'ФИО;Школа;Номинация\nКим Денис Александрович;МБОУ «СОШ № 6»;Молодой классный руководитель\n');
    const before = readFileSync(path.join(dir, contestFile), 'utf8');
    const result = spawnCli(['contest', 'entries', contestFile, 'applications.xlsx', 'more.csv'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr.split('\n').filter(Boolean)).toEqual([
      'more.csv:2: warning: Ким Денис Александрович is listed already (applications.xlsx!C2); counted once.',
      'applications.xlsx!C3: warning: Андреева Мария Сергеевна is already a participant; left out.',
      "applications.xlsx!C4: warning: Оганесян Анаит Гургеновна: the registry has no school «Частная школа «Горизонт»»; it is written as given: replace it by the school's registry id, or a juror's conflict of interest with it will not be found.",
    ]);
    expect(result.stdout).toContain('added 2 participant(s) to plans/2024-2025-contest-example.yaml');
    const after = readFileSync(path.join(dir, contestFile), 'utf8');
    const contest = parse(after);
    expect(contest.participants.slice(5)).toEqual([
      { id: 'p06', name: 'Ким Денис Александрович', school: 'gai-6', nomination: 'young', position: 'учитель математики' },
      { id: 'p07', name: 'Оганесян Анаит Гургеновна', school: 'Частная школа «Горизонт»', nomination: 'master' },
    ]);
    // two lines added after the last participant, nothing else changed
    const added = after.split('\n').filter((line) => !before.split('\n').includes(line));
    expect(added).toHaveLength(2);
    expect(after.replace(`${added.join('\n')}\n`, '')).toBe(before);
  });

  it('refuses an unknown nomination, in Russian, and writes nothing', async () => {
    const dir = copyOfExampleWorkspace();
    writeFileSync(path.join(dir, 'list.csv'), 'Участник,Номинация\nКим Денис Александрович,Лучший\n');
    const before = readFileSync(path.join(dir, contestFile), 'utf8');
    const result = await runCli(['contest', 'entries', contestFile, 'list.csv'], { cwd: dir, env: { LANG: 'ru_RU.UTF-8' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'list.csv:2: ошибка: Ким Денис Александрович: нет номинации «Лучший»; укажите одну из: «Молодой классный руководитель», «Классный руководитель-мастер».',
    );
    expect(readFileSync(path.join(dir, contestFile), 'utf8')).toBe(before);
  });
});
