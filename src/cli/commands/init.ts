import path from 'node:path';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { packageRoot, readTextFile } from '../../workspace/files.js';
import { writeOutput } from '../../workspace/write-output.js';
import { userError } from '../../schema/diagnostic.js';
import type { CliContext } from '../context.js';
import { jsonSchemaOf } from '../../kinds/json-schema.js';
import { defaultSchoolYear } from '../../calendar/reader/school-year.js';
import { academicYearStart, moveToAcademicYear, schoolYearExample } from '../../workspace/example-year.js';
import { today } from '../../workspace/today.js';

/**
 * Creates plans/ with examples to start from (a plan, the registry, the centre, the school year and a
 * contest, each marked `example: true`) and the editors' JSON Schemas, and templates/ with the monitoring form; never overwrites.
 */
export async function initCommand(ctx: CliContext, dir: string | undefined): Promise<number> {
  const root = path.resolve(ctx.cwd, dir ?? '.');
  const firstYear = academicYearStart(today(ctx));
  const template = (name: string) => readTextFile(path.join(packageRoot(), 'templates', name)).replace(/\$schema=\.\.\/plans\//, '$schema=./');
  const monitoringForm = readTextFile(path.join(packageRoot(), 'templates', 'monitoring-form.yaml'));
  const files: [string, string][] = [
    ['plans/example-plan.yaml', moveToAcademicYear(template('example-plan.yaml'), firstYear)],
    ['plans/registry.yaml', template('example-registry.yaml')],
    ['plans/centre.yaml', template('example-centre.yaml')],
    ['plans/school-year.yaml', schoolYearExample(defaultSchoolYear(firstYear))],
    ['plans/example-contest.yaml', moveToAcademicYear(template('example-contest.yaml'), firstYear)],
    ['plans/schemas/plan.schema.json', `${JSON.stringify(jsonSchemaOf('plan'), null, 2)}\n`],
    ['plans/schemas/cyclogram.schema.json', `${JSON.stringify(jsonSchemaOf('cyclogram'), null, 2)}\n`],
    ['plans/schemas/holidays.schema.json', `${JSON.stringify(jsonSchemaOf('holidays'), null, 2)}\n`],
    ['plans/schemas/school-year.schema.json', `${JSON.stringify(jsonSchemaOf('school-year'), null, 2)}\n`],
    ['plans/schemas/registry.schema.json', `${JSON.stringify(jsonSchemaOf('registry'), null, 2)}\n`],
    ['plans/schemas/form.schema.json', `${JSON.stringify(jsonSchemaOf('form'), null, 2)}\n`],
    ['plans/schemas/record.schema.json', `${JSON.stringify(jsonSchemaOf('record'), null, 2)}\n`],
    ['plans/schemas/centre.schema.json', `${JSON.stringify(jsonSchemaOf('centre'), null, 2)}\n`],
    ['plans/schemas/document.schema.json', `${JSON.stringify(jsonSchemaOf('document'), null, 2)}\n`],
    ['plans/schemas/practice.schema.json', `${JSON.stringify(jsonSchemaOf('practice'), null, 2)}\n`],
    ['plans/schemas/contest.schema.json', `${JSON.stringify(jsonSchemaOf('contest'), null, 2)}\n`],
    ['templates/monitoring-form.yaml', monitoringForm],
  ];
  const templates = path.join(root, 'templates');
  await mkdir(templates, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw userError(ctx.display(templates), 'output-failed', { path: ctx.display(templates), reason: error.code ?? error.message });
  });
  for (const [relative, content] of files) {
    const target = path.join(root, relative);
    if (existsSync(target)) {
      ctx.stdout.write(`${ctx.t('init-kept', { path: ctx.display(target) })}\n`);
      continue;
    }
    await writeOutput(ctx, target, content);
    ctx.stdout.write(`${ctx.t('init-created', { path: ctx.display(target) })}\n`);
  }
  const shownDir = dir === undefined ? undefined : ctx.display(root);
  ctx.stdout.write(`${ctx.t('init-next', { dir: shownDir })}\n`);
  return 0;
}
