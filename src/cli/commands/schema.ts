import { userError } from '../../schema/diagnostic.js';
import { kindNames, kinds, type Kind } from '../../kinds/kinds.js';
import { jsonSchemaOf } from '../../kinds/json-schema.js';
import type { CliContext } from '../context.js';

export function schemaCommand(ctx: CliContext, kind: string): number {
  if (!Object.hasOwn(kinds, kind)) {
    throw userError('centre schema', 'unknown-schema', { kind, kinds: kindNames.join('|') }, 2);
  }
  ctx.stdout.write(`${JSON.stringify(jsonSchemaOf(kind as Kind), null, 2)}\n`);
  return 0;
}
