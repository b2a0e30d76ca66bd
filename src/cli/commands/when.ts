// `centre when <phrase>`: how the calendar reads a timing phrase (workspace/use-cases/when.ts), as
// text, JSON or one JSON line per phrase of a file.
import type { CliContext } from '../context.js';
import { printable, renderReading } from '../output/when.js';
import { readWhen, type WhenOptions } from '../../workspace/use-cases/when.js';

export async function whenCommand(
  ctx: CliContext,
  phrase: string | undefined,
  options: WhenOptions & { readonly format: 'text' | 'json' | 'jsonl' },
): Promise<number> {
  const read = await readWhen(ctx, phrase, options);
  if ('one' in read) {
    const { data, reading, period } = read.one;
    const printed = printable(ctx, data, reading);
    if (options.format === 'text') ctx.stdout.write(renderReading(ctx, printed, reading.schedule!, period));
    else ctx.stdout.write(`${JSON.stringify(printed, null, options.format === 'json' ? 2 : undefined)}\n`);
    return 0;
  }
  // every line a phrase; one reading per line (jsonl), a list (json) or blocks (text); a line that cannot be read says why
  const results = read.lines.map((line) => {
    if ('data' in line) return { printed: printable(ctx, line.data, line.reading), schedule: line.reading.schedule!, period: line.period };
    const diagnostic = line.error.diagnostics[0]!;
    return { failed: { phrase: line.phrase, error: ctx.t(diagnostic.code, diagnostic.params) } };
  });
  if (options.format === 'jsonl')
    ctx.stdout.write(results.map((result) => JSON.stringify(result.printed ?? result.failed)).join('\n') + (results.length ? '\n' : ''));
  else if (options.format === 'json')
    ctx.stdout.write(
      `${JSON.stringify(
        results.map((result) => result.printed ?? result.failed),
        null,
        2,
      )}\n`,
    );
  else
    ctx.stdout.write(
      results.map((result) => (result.printed ? renderReading(ctx, result.printed, result.schedule!, result.period!) : `${result.failed!.error}\n`)).join('\n'),
    );
  return results.some((result) => result.failed) ? 1 : 0;
}
