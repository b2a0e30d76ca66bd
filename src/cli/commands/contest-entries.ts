// `centre contest entries <contest> <applications…>`: the applications added
// to the contest's participants; with an error nothing is written.
import { addContestEntries } from '../../workspace/use-cases/contest-entries.js';
import type { CliContext } from '../context.js';

export async function contestEntriesCommand(ctx: CliContext, file: string, inputs: string[]): Promise<number> {
  const entries = await addContestEntries(ctx, file, inputs);
  if (entries.refused) {
    ctx.stderr.write(`${ctx.t('entries-refused')}\n`);
    return 1;
  }
  ctx.stdout.write(`${ctx.t('entries-wrote', { count: entries.added, path: ctx.display(entries.contestFile) })}\n`);
  return 0;
}
