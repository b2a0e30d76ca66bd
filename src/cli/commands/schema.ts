import * as z from 'zod/mini';
import { userError } from '../../schema/diagnostic.js';
import { kindNames, kinds, type Kind } from '../../kinds/kinds.js';
import type { CliContext } from '../context.js';

/** The JSON Schema of a kind of file, for editors (yaml-language-server) and CI. */
export function jsonSchemaOf(kind: Kind): object {
  // draft-7 is what the YAML language server and most editors understand fully.
  return z.toJSONSchema(kinds[kind].schema, { target: 'draft-7', io: 'input' });
}

export function schemaCommand(ctx: CliContext, kind: string): number {
  if (!Object.hasOwn(kinds, kind)) {
    throw userError('centre schema', 'unknown-schema', { kind, kinds: kindNames.join('|') }, 2);
  }
  ctx.stdout.write(`${JSON.stringify(jsonSchemaOf(kind as Kind), null, 2)}\n`);
  return 0;
}
