// Where the charts are drawn: in a worker thread when the command runs from
// its bundle (dist/analysis-chart-worker.cjs beside it), else in this thread
// (tests that run the sources). Either way the same renderChart draws them.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RenderedChart } from './chart-render.js';

export interface ChartRenderer {
  render(specs: readonly Record<string, unknown>[]): Promise<RenderedChart[]>;
  /** Stops the worker; call when done, or when the command stops early. */
  close(): void;
}

/** Started first thing, so that the chart libraries load while the files are read. */
export function startChartRenderer(): ChartRenderer {
  const workerFile = new URL('./analysis-chart-worker.cjs', import.meta.url);
  if (workerFile.protocol !== 'file:' || !existsSync(fileURLToPath(workerFile))) return inThread();
  const worker = new Worker(workerFile);
  worker.unref();
  return {
    render: (specs) =>
      new Promise((resolve, reject) => {
        worker.once('message', (message: { charts?: RenderedChart[]; error?: string }) =>
          message.charts ? resolve(message.charts) : reject(new Error(message.error)),
        );
        worker.once('error', reject);
        worker.postMessage(specs);
      }),
    close: () => void worker.terminate(),
  };
}

function inThread(): ChartRenderer {
  return {
    render: async (specs) => {
      const { renderChart } = await import('./chart-render.js');
      const charts: RenderedChart[] = [];
      for (const spec of specs) charts.push(await renderChart(spec));
      return charts;
    },
    close: () => undefined,
  };
}
