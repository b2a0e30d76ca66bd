// A new user's first steps, with the built bin: init a workspace, check it,
// print a schema, export the calendar to a file a calendar program reads.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { expect, it } from 'vitest';
import { spawnCli, temporaryDir } from '../helpers/cli.js';

it('init → validate → schema → calendar --format ics, as a user runs them', () => {
  const dir = temporaryDir();
  expect(spawnCli(['init', 'my-centre'], { cwd: dir }).code).toBe(0);
  const workspace = path.join(dir, 'my-centre');
  const validated = spawnCli(['validate'], { cwd: workspace });
  expect(validated.stdout).toBe('6 file(s) checked: no problems.\n');
  expect(JSON.parse(spawnCli(['schema', 'form']).stdout).properties.kind.const).toBe('form');

  const exported = spawnCli(['calendar', '--from', '2025-09-01', '--format', 'ics', '-o', 'plan.ics'], { cwd: workspace });
  expect(exported.code).toBe(0);
  const events = new ICAL.Component(ICAL.parse(readFileSync(path.join(workspace, 'plan.ics'), 'utf8'))).getAllSubcomponents('vevent');
  expect(exported.stdout).toBe(`wrote plan.ics (${events.length} event(s))\n`);
  expect(events.length).toBeGreaterThan(0);
  for (const event of events) expect(event.getFirstPropertyValue('dtstart')!.toString() >= '2025-09-01').toBe(true);
});
