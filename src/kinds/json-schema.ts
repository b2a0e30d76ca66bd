import * as z from 'zod/mini';
import { kinds, type Kind } from './kinds.js';

/** The JSON Schema of a kind of file, for editors (yaml-language-server) and CI. */
export function jsonSchemaOf(kind: Kind): object {
  // draft-7 is what the YAML language server and most editors understand fully.
  return z.toJSONSchema(kinds[kind].schema, { target: 'draft-7', io: 'input' });
}
