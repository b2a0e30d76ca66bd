// `centre init`: a workspace to start from, written beside what is there and never over it.
import path from 'node:path';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { packageRoot, readTextFile } from '../files.js';
import { writeOutput } from '../write-output.js';
import { userError } from '../../schema/diagnostic.js';
import { jsonSchemaOf } from '../../kinds/json-schema.js';
import type { Kind } from '../../kinds/kinds.js';
import { kindNames } from '../../kinds/kind-names.js';
import { defaultSchoolYear } from '../../calendar/reader/school-year.js';
import { academicYearStart, moveToAcademicYear, schoolYearExample } from '../example-year.js';
import { today } from '../today.js';
import type { WorkspaceContext } from '../context.js';

/** One file of the new workspace: written, or kept as it was. */
interface InitFile {
  readonly path: string;
  readonly created: boolean;
}

// every kind but the register of issued numbers, which the commands write, never a person
const schemaKinds: readonly Kind[] = kindNames.filter((kind) => kind !== 'register');

/**
 * Creates plans/ with examples to start from (a plan, the registry, the centre, the school year and a
 * contest, each marked `example: true`) and the editors' JSON Schemas, and templates/ with the
 * monitoring form; never overwrites. Each file is given as it is done, so what was done before a
 * failure is still said.
 */
export async function* createWorkspace(ctx: WorkspaceContext, root: string): AsyncGenerator<InitFile> {
  const firstYear = academicYearStart(today(ctx));
  const template = (name: string) => readTextFile(path.join(packageRoot(), 'templates', name)).replace(/\$schema=\.\.\/plans\//, '$schema=./');
  const monitoringForm = readTextFile(path.join(packageRoot(), 'templates', 'monitoring-form.yaml'));
  const files: [string, string][] = [
    ['plans/example-plan.yaml', moveToAcademicYear(template('example-plan.yaml'), firstYear)],
    ['plans/registry.yaml', template('example-registry.yaml')],
    ['plans/centre.yaml', template('example-centre.yaml')],
    ['plans/school-year.yaml', schoolYearExample(defaultSchoolYear(firstYear))],
    ['plans/example-contest.yaml', moveToAcademicYear(template('example-contest.yaml'), firstYear)],
    ...schemaKinds.map((kind): [string, string] => [`plans/schemas/${kind}.schema.json`, `${JSON.stringify(jsonSchemaOf(kind), null, 2)}\n`]),
    ['templates/monitoring-form.yaml', monitoringForm],
  ];
  const templates = path.join(root, 'templates');
  await mkdir(templates, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw userError(ctx.display(templates), 'output-failed', { path: ctx.display(templates), reason: error.code ?? error.message });
  });
  for (const [relative, content] of files) {
    const target = path.join(root, relative);
    if (existsSync(target)) {
      yield { path: target, created: false };
      continue;
    }
    await writeOutput(ctx, target, content);
    yield { path: target, created: true };
  }
}
