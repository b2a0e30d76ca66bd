#!/usr/bin/env node
// CommonJS (bin/package.json says so): a process started from CommonJS never sets up Node's ES module loader.
require('../dist/centre.cjs')
  .main()
  .then((code) => {
    // Leave at once when all output is written (the usual case); otherwise let it drain first.
    if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
    process.exitCode = code;
  });
