// A worker thread that draws the analysis's charts: it loads Vega and resvg
// while the command reads the plan and the record, and draws while the
// command builds the document's tables, on the machine's other core.
import { parentPort } from 'node:worker_threads';
import { renderChart } from './chart-render.js';

// the chart libraries are loaded with chart-render, before the first message
parentPort!.on('message', (specs: Record<string, unknown>[]) => {
  void Promise.resolve()
    .then(async () => {
      const charts = [];
      for (const spec of specs) charts.push(await renderChart(spec));
      parentPort!.postMessage(
        { charts },
        charts.map((chart) => chart.png.buffer as ArrayBuffer),
      );
    })
    .catch((error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
});
