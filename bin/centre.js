#!/usr/bin/env node
import { main } from '../dist/centre.js';

const code = await main();
// Leave at once when all output is written (the usual case); otherwise let it drain first.
if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
process.exitCode = code;
