// Runs `centre report merge` as the bin does, and reports the process's peak
// memory when it ends (Node has no way to ask for a child's).
import { main } from '../dist/centre.js';

const code = await main(process.argv.slice(2), { cwd: process.cwd(), env: { ...process.env, NO_COLOR: '1' }, stdout: { write: () => true }, stderr: process.stderr });
process.stderr.write(`${JSON.stringify({ code, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
process.exitCode = code;
