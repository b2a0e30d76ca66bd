// `centre schema <kind>`: the JSON Schema of a file kind, for an editor.
import { userError } from '../../schema/diagnostic.js';
import { kindNames, kinds, type Kind } from '../../kinds/kinds.js';
import { jsonSchemaOf } from '../../kinds/json-schema.js';

/** The JSON Schema of a kind, as the text of a file; a kind centre does not know is a usage error. */
export function jsonSchemaText(kind: string): string {
  if (!Object.hasOwn(kinds, kind)) {
    throw userError('centre schema', 'unknown-schema', { kind, kinds: kindNames.join('|') }, 2);
  }
  return `${JSON.stringify(jsonSchemaOf(kind as Kind), null, 2)}\n`;
}
