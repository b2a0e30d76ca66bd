// `centre certificates <plan> <item> <attendance>`: numbered participation
// certificates for an event of a plan, and its participants in the year's record.
import { numberRange } from '../../workspace/contest-register.js';
import { issueCertificates, type CertificatesOptions } from '../../workspace/use-cases/certificates.js';
import type { CliContext } from '../context.js';

export async function certificatesCommand(
  ctx: CliContext,
  planArg: string,
  itemArg: string,
  attendanceArg: string,
  options: CertificatesOptions,
): Promise<number> {
  const issued = await issueCertificates(ctx, planArg, itemArg, attendanceArg, options, {
    registered: (count, register) => ctx.stdout.write(`${ctx.t('register-wrote', { count, path: ctx.display(register) })}\n`),
    written: (numbers, target) =>
      ctx.stdout.write(`${ctx.t('certificates-wrote', { count: numbers.length, numbers: numberRange(numbers), path: ctx.display(target) })}\n`),
    recorded: ({ added, printed, title, record }) => {
      const item = `${printed}. ${title.length > 60 ? `${title.slice(0, 59).trimEnd()}…` : title}`;
      ctx.stdout.write(`${ctx.t(added ? 'done-added' : 'done-updated', { item, path: ctx.display(record) })}\n`);
    },
  });
  if (issued.refused) return 1;
  if (issued.pdf !== undefined) ctx.stdout.write(`${ctx.t('awards-pdf-wrote', { path: ctx.display(issued.pdf) })}\n`);
  return 0;
}
