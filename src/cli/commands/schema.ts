import type { CliContext } from '../context.js';
import { jsonSchemaText } from '../../workspace/use-cases/schema.js';

export function schemaCommand(ctx: CliContext, kind: string): number {
  ctx.stdout.write(jsonSchemaText(kind));
  return 0;
}
