// The process's standard output and error as commands write to them.
import { fstatSync, writeSync } from 'node:fs';
import type { OutputStream } from '../context.js';

const streamsMade: NodeJS.WriteStream[] = [];

/** Whether everything written has reached the operating system, so that the process may exit at once. */
export function outputWritten(): boolean {
  return streamsMade.every((stream) => stream.writableLength === 0);
}

/**
 * Standard output or error, written to its file descriptor directly: making
 * Node's stream for a pipe loads some thirty internal modules, a few percent
 * of a short run. The stream is made only when it is needed: to ask whether
 * the output is a terminal (when the colours depend on it) and it is a
 * character device (a pipe or a file is never a terminal), or when the
 * descriptor cannot take more at once (a non-blocking pipe), after which all
 * output goes through it, in order.
 *
 * A reader that stops early (`centre validate --format json | head -1`)
 * closes the pipe; the next write fails with EPIPE, which Node raises as an
 * unhandled 'error' event with a stack trace. Nobody is left to read: the
 * rest of the output is dropped and the command ends as it would have,
 * quietly.
 */
export function standardOutput(fd: number, streamOf: () => NodeJS.WriteStream, write: typeof writeSync = writeSync): OutputStream {
  let closed = false;
  let stream: NodeJS.WriteStream | undefined;
  const madeStream = () => {
    if (!stream) {
      stream = streamOf();
      streamsMade.push(stream);
      stream.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE') throw error;
        closed = true;
      });
    }
    return stream;
  };
  let direct = true;
  return {
    get isTTY() {
      return stream || characterDevice(fd) ? madeStream().isTTY : false;
    },
    get columns() {
      return this.isTTY ? madeStream().columns : undefined;
    },
    write: (chunk: string) => {
      if (closed) return true;
      if (!direct) return madeStream().write(chunk);
      const bytes = Buffer.from(chunk, 'utf8');
      let written = 0;
      try {
        while (written < bytes.length) written += write(fd, bytes, written);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') closed = true;
        else if (code === 'EAGAIN') {
          direct = false;
          return madeStream().write(bytes.subarray(written));
        } else throw error;
      }
      return true;
    },
  };
}

function characterDevice(fd: number): boolean {
  try {
    return fstatSync(fd).isCharacterDevice();
  } catch {
    return false; // closed: nothing is shown
  }
}
