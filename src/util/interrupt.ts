// Ctrl+C (SIGINT), SIGTERM or a closed terminal (SIGHUP) while a command holds
// temporary files, locks or a LibreOffice it started: they are removed or ended,
// then the process ends by the same signal, as it would have without us (unless
// another part of centre listens for it: site serve closes its server). While
// a cleanup is registered, the signal waits for the running synchronous step
// to finish (Node calls listeners between steps), so a step that writes a set
// of files and its list as one synchronous run is never cut in half by these
// signals.

type Cleanup = () => void;

const cleanups = new Set<Cleanup>();
const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function onSignal(signal: NodeJS.Signals): void {
  for (const cleanup of cleanups) {
    try {
      cleanup();
    } catch {
      // the others still run; the process is ending anyway
    }
  }
  cleanups.clear();
  for (const name of signals) process.off(name, onSignal);
  // the default action again, so the shell sees the signal (exit status 130 for SIGINT, 143 for SIGTERM)
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

/** Runs `cleanup` if the process is interrupted before the returned function is called. */
export function cleanUpOnInterrupt(cleanup: Cleanup): () => void {
  if (cleanups.size === 0) for (const name of signals) process.on(name, onSignal);
  cleanups.add(cleanup);
  return () => {
    cleanups.delete(cleanup);
    if (cleanups.size === 0) for (const name of signals) process.off(name, onSignal);
  };
}
