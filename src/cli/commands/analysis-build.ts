import type { CliContext } from '../context.js';
export async function analysisBuildCommand(ctx: CliContext, records: string[], options: { year?: string; output?: string }): Promise<number> {
  void ctx; void records; void options;
  return 2;
}
