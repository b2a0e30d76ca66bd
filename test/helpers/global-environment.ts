// Run once before any test file, in vitest's main process, whose environment every worker and every
// process a test starts inherits.
//
// NODE_EXTRA_CA_CERTS, where a machine sets it (this one does, to a 220 KB bundle), makes every Node
// process read and parse those certificates as it starts: 48 ms of processor for `node -e 0`
// instead of 18. The suite starts some 600 of them (the built command, mostly) and opens no TLS
// connection (npm in test/cli/readme.test.ts runs offline), so it goes without.
export default function setup(): void {
  delete process.env.NODE_EXTRA_CA_CERTS;
}
