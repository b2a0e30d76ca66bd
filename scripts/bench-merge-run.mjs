// Runs a merge (`centre report merge`, `centre contest merge`) as the bin does, and reports the process's peak
// memory when it ends (Node has no way to ask for a child's).
import { main } from '../dist/centre.js';

const code = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: { ...process.env, NO_COLOR: '1' },
  stdout: { write: () => true },
  stderr: process.stderr,
});
const usage = process.resourceUsage();
process.stderr.write(`${JSON.stringify({ code, maxRssMb: usage.maxRSS / 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 })}\n`);
process.exitCode = code;
