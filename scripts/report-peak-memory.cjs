// Preloaded by `npm run bench` (node --require): writes the process's peak
// memory, in MB, to the file named by CENTRE_BENCH_PEAK_FILE when it ends.
// Node has no way to ask for a child's, and /usr/bin/time is not everywhere.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  const file = process.env.CENTRE_BENCH_PEAK_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS / 1024));
});
