// The calendar follows the school year: weekly and monthly work stops in the summer holidays, at the
// federal default's last day of lessons, or at the school's own when the workspace has a school-year file.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOfExampleWorkspace, runCli } from '../helpers/cli.js';
import { besidesShippedWarnings } from '../helpers/shipped.js';

interface Row {
  date: string;
  kind: string;
  title: string;
  section: string;
}

const rows = async (cwd: string, from: string, to: string) =>
  JSON.parse((await runCli(['calendar', '--from', from, '--to', to, '--format', 'json'], { cwd })).stdout) as Row[];

describe('the calendar in the summer holidays', () => {
  it.each([
    ['2020-2021', '2021-06-01', '2021-08-31'],
    ['2023-2024', '2024-06-01', '2024-08-31'],
  ])('lists no weekly or monthly item of the %s plans in June–August', async (_, from, to) => {
    const listed = await rows(copyOfExampleWorkspace(), from, to);
    // a weekly or monthly item would come at least twice in July–August; a quarterly one comes once at most
    const summer = listed.filter((row) => row.kind === 'recurring' && row.date >= from.replace('-06-', '-07-'));
    const counts = new Map<string, number>();
    for (const row of summer) counts.set(row.title, (counts.get(row.title) ?? 0) + 1);
    expect([...counts.values()].filter((count) => count > 1)).toEqual([]);
  });

  it("stops the cyclogram's weekly visits at the last day of lessons of the school-year file", async () => {
    const workspace = copyOfExampleWorkspace();
    writeFileSync(
      path.join(workspace, 'plans', 'school-year.yaml'),
      [
        'kind: school-year',
        'academicYear: 2020-2021',
        'terms:',
        '  - {from: 2020-09-01, to: 2020-10-30}',
        '  - {from: 2020-11-09, to: 2020-12-29}',
        '  - {from: 2021-01-11, to: 2021-03-19}',
        '  - {from: 2021-03-29, to: 2021-05-14}',
        '',
      ].join('\n'),
    );
    const weekly = (await rows(workspace, '2021-05-01', '2021-06-30')).filter((row) => row.section === 'Еженедельно');
    expect(weekly.length).toBeGreaterThan(0);
    expect(weekly.every((row) => row.date <= '2021-05-14')).toBe(true);
    const byDefault = (await rows(copyOfExampleWorkspace(), '2021-05-01', '2021-06-30')).filter((row) => row.section === 'Еженедельно');
    expect(byDefault.some((row) => row.date > '2021-05-14')).toBe(true);
  });

  it('says when the dates depend on the federal default, and not once the workspace has its own school year', async () => {
    const workspace = copyOfExampleWorkspace();
    const plan = [
      'kind: plan',
      'title: План',
      'academicYear: 2024-2025',
      'sections:',
      '  - title: Раздел',
      '    items:',
      '      - activity: Олимпиада',
      '        timing: в течение II четверти',
      '        responsible: [Центр]',
      '',
    ];
    writeFileSync(path.join(workspace, 'plans', 'olympiad.yaml'), plan.join('\n'));
    const byDefault = await runCli(['calendar', '--from', '2024-11-01', '--to', '2024-12-31', '--format', 'json'], { cwd: workspace });
    expect(byDefault.stderr).toContain('note: terms and holidays of 2024–2025 from the federal calendar');
    expect((JSON.parse(byDefault.stdout) as Row[]).find((row) => row.title === 'Олимпиада')).toMatchObject({ date: '2024-11-05' });
    writeFileSync(
      path.join(workspace, 'plans', 'school-year.yaml'),
      [
        'kind: school-year',
        'academicYear: 2024-2025',
        'terms:',
        '  - {from: 2024-09-02, to: 2024-10-25}',
        '  - {from: 2024-11-11, to: 2024-12-27}',
        '  - {from: 2025-01-09, to: 2025-03-21}',
        '  - {from: 2025-03-31, to: 2025-05-23}',
        '',
      ].join('\n'),
    );
    const own = await runCli(['calendar', '--from', '2024-11-01', '--to', '2024-12-31', '--format', 'json'], { cwd: workspace });
    expect(besidesShippedWarnings(own.stderr)).toBe('');
    expect((JSON.parse(own.stdout) as Row[]).find((row) => row.title === 'Олимпиада')).toMatchObject({ date: '2024-11-11' });
  });

  it('exports iCalendar with a UID for every event when the workspace has its own school year', async () => {
    const workspace = copyOfExampleWorkspace();
    writeFileSync(
      path.join(workspace, 'plans', 'school-year.yaml'),
      [
        'kind: school-year',
        'academicYear: 2023-2024',
        'terms:',
        '  - {from: 2023-09-01, to: 2023-10-27}',
        '  - {from: 2023-11-07, to: 2023-12-29}',
        '  - {from: 2024-01-09, to: 2024-03-22}',
        '  - {from: 2024-04-01, to: 2024-05-24}',
        '',
      ].join('\n'),
    );
    const result = await runCli(['calendar', '--from', '2023-09-01', '--to', '2024-08-31', '--format', 'ics'], { cwd: workspace });
    expect(result.code).toBe(0);
    const events = result.stdout.split('BEGIN:VEVENT').slice(1);
    expect(events.length).toBeGreaterThan(10);
    for (const event of events) expect(event).toMatch(/\r?\nUID:[^\r\n]+@/);
  });
});
