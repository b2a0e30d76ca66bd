// A contest's dates on `centre calendar` and in the .ics, read back by ical.js.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyOfExampleWorkspace, runCli } from '../helpers/cli.js';
import { shippedExampleContest } from '../helpers/shipped.js';

describe('contest dates on the calendar', () => {
  // the shipped contest is an example, which the calendar leaves out beside plans of the workspace's own: here it is the centre's
  let workspace: string;
  beforeAll(() => {
    workspace = copyOfExampleWorkspace();
    const file = path.join(workspace, shippedExampleContest);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^example: true$/m, 'example: false'));
  });

  it('lists applications, each stage and the results, each with its line in the contest file', async () => {
    const result = await runCli(['calendar', 'plans/', '--from', '2025-01-01', '--to', '2025-03-31'], { cwd: workspace });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '13.01.2025 Mon  Муниципальный конкурс профессионального мастерства «Самый классный классный»: приём заявок (until 31.01.2025)',
    );
    expect(result.stdout).toContain('«Самый классный классный»: заочный тур (until 14.02.2025)');
    expect(result.stdout).toContain('plans/2024-2025-contest-example.yaml:38');
    expect(result.stdout).toContain('14.03.2025 Fri  Муниципальный конкурс профессионального мастерства «Самый классный классный»: подведение итогов');
  });

  it('exports them to iCalendar as all-day events', async () => {
    const result = await runCli(['calendar', 'plans/', '--from', '2025-01-01', '--to', '2025-03-31', '-f', 'ics'], { cwd: workspace });
    expect(result.code).toBe(0);
    const events = new ICAL.Component(ICAL.parse(result.stdout)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    const stage = events.find((event) => event.summary.endsWith('заочный тур'))!;
    expect([stage.startDate.toString(), stage.endDate.toString()]).toEqual(['2025-02-03', '2025-02-15']);
    expect(events.map((event) => event.summary.split(': ').at(-1))).toEqual(['приём заявок', 'заочный тур', 'очный тур', 'подведение итогов']);
  });

  it('leaves the contest out while it is marked as an example, and says so', async () => {
    const result = await runCli(['calendar', '--from', '2025-01-01', '--to', '2025-03-31'], { cwd: copyOfExampleWorkspace() });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('Самый классный классный');
    expect(result.stderr).toContain(`${shippedExampleContest}: an example (example: true), left out of the calendar and the .ics`);
  });
});
