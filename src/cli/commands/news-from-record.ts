// `centre news from-record <plan> <item>`: a news draft from an item of the plan's record marked held
// (workspace/use-cases/news-from-record.ts).
import type { CliContext } from '../context.js';
import { draftNewsFromRecord } from '../../workspace/use-cases/news-from-record.js';

export interface NewsFromRecordOptions {
  /** The draft's file, instead of news/<date>-<title>.md in the workspace. */
  readonly output?: string;
}

export async function newsFromRecordCommand(ctx: CliContext, planArg: string, itemArg: string, options: NewsFromRecordOptions): Promise<number> {
  const draft = await draftNewsFromRecord(ctx, planArg, itemArg, options.output);
  ctx.stdout.write(`${ctx.t('news-draft-written', { path: ctx.display(draft.path), item: draft.item })}\n`);
  return 0;
}
