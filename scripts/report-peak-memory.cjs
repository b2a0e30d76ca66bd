// Preloaded by `npm run bench` (node --require): writes the process's peak
// memory (MB) and the processor time it used (ms), as JSON, to the file named
// by CENTRE_BENCH_PEAK_FILE when it ends. Node has no way to ask for a
// child's, and /usr/bin/time is not everywhere. On a busy machine the
// processor time says more than the time on the clock.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  const file = process.env.CENTRE_BENCH_PEAK_FILE;
  if (!file) return;
  const usage = process.resourceUsage();
  writeFileSync(file, JSON.stringify({ mb: usage.maxRSS / 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
});
