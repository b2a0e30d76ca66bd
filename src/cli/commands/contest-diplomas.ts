// `centre contest diplomas <contest> <sheets…>`: the diplomas and
// participation certificates of a stage, numbered from the register.
import { numberRange } from '../../workspace/contest-register.js';
import { issueDiplomas, type DiplomasOptions } from '../../workspace/use-cases/contest-diplomas.js';
import type { CliContext } from '../context.js';

export async function contestDiplomasCommand(ctx: CliContext, file: string, inputs: string[], options: DiplomasOptions): Promise<number> {
  const issued = await issueDiplomas(ctx, file, inputs, options, {
    registered: (count, register) => ctx.stdout.write(`${ctx.t('register-wrote', { count, path: ctx.display(register) })}\n`),
    written: ({ diplomas, certificates, numbers, target }) =>
      ctx.stdout.write(`${ctx.t('contest-diplomas-wrote', { diplomas, certificates, numbers: numberRange(numbers), path: ctx.display(target) })}\n`),
  });
  if (issued.refused) return 1;
  if (issued.pdf !== undefined) ctx.stdout.write(`${ctx.t('awards-pdf-wrote', { path: ctx.display(issued.pdf) })}\n`);
  return 0;
}
