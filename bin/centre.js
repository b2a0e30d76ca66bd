#!/usr/bin/env node
// CommonJS (bin/package.json says so): a process started from CommonJS never sets up Node's ES module loader.
const centre = require('../dist/centre.cjs');
centre.main().then((code) => {
  // Leave at once when all output is written (the usual case); otherwise let it drain first.
  if (centre.outputWritten()) process.exit(code);
  process.exitCode = code;
});
