// Standard output is written to its descriptor directly; the stream Node
// would make is made only when it is needed, and then keeps the order.
import { EventEmitter } from 'node:events';
import { closeSync, openSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputWritten, standardOutput } from '../../src/cli/output/standard-output.js';
import { temporaryDir } from '../helpers/cli.js';

class FakeStream extends EventEmitter {
  written: string[] = [];
  writableLength = 0;
  isTTY = true;
  columns = 132;
  write(chunk: string | Uint8Array): boolean {
    this.written.push(Buffer.from(chunk).toString('utf8'));
    return true;
  }
}

const failure = (code: string) => Object.assign(new Error(code), { code });

describe('standardOutput', () => {
  it('writes every byte to the descriptor, in pieces when the system takes part, without making the stream', () => {
    const taken: string[] = [];
    let made = 0;
    const out = standardOutput(
      7,
      () => (made++, new FakeStream() as unknown as NodeJS.WriteStream),
      (fd, buffer, offset) => {
        expect(fd).toBe(7);
        const piece = (buffer as Buffer).subarray(offset as number, (offset as number) + 5);
        taken.push(piece.toString('latin1'));
        return piece.length;
      },
    );
    out.write('Сроки: 15 декабря');
    out.write('!');
    expect(Buffer.from(taken.join(''), 'latin1').toString('utf8')).toBe('Сроки: 15 декабря!');
    expect(taken.length).toBeGreaterThan(2);
    expect(made).toBe(0);
  });

  it('goes on through the stream, in order, once the descriptor would block', () => {
    const stream = new FakeStream();
    let calls = 0;
    const out = standardOutput(
      1,
      () => stream as unknown as NodeJS.WriteStream,
      (_fd, buffer, offset) => {
        calls++;
        if (calls === 2) throw failure('EAGAIN');
        return Math.min(3, (buffer as Buffer).length - (offset as number));
      },
    );
    out.write('abcdefgh');
    out.write('ij');
    expect(stream.written).toEqual(['defgh', 'ij']);
    expect(calls).toBe(2);
  });

  it('drops the rest quietly when the reader has gone, and throws what it cannot explain', () => {
    let calls = 0;
    const out = standardOutput(
      1,
      () => new FakeStream() as unknown as NodeJS.WriteStream,
      () => {
        calls++;
        throw failure('EPIPE');
      },
    );
    expect(out.write('one')).toBe(true);
    expect(out.write('two')).toBe(true);
    expect(calls).toBe(1);
    const broken = standardOutput(
      1,
      () => new FakeStream() as unknown as NodeJS.WriteStream,
      () => {
        throw failure('EIO');
      },
    );
    expect(() => broken.write('x')).toThrow('EIO');
  });

  it('says a file or a pipe is no terminal without making the stream', () => {
    const dir = temporaryDir();
    const fifo = path.join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    let made = 0;
    // a FIFO opened for reading and writing does not wait for a reader (Linux)
    for (const fd of [openSync(path.join(dir, 'file'), 'w'), openSync(fifo, 'r+')]) {
      try {
        const out = standardOutput(fd, () => (made++, new FakeStream() as unknown as NodeJS.WriteStream));
        expect(out.isTTY).toBe(false);
        expect(out.columns).toBeUndefined();
      } finally {
        closeSync(fd);
      }
    }
    expect(made).toBe(0);
    const closed = standardOutput(9999, () => (made++, new FakeStream() as unknown as NodeJS.WriteStream));
    expect(closed.isTTY).toBe(false);
    expect(made).toBe(0);
  });

  it('makes the stream to say whether a character device is a terminal, and waits for what it holds', () => {
    const stream = new FakeStream();
    const device = openSync('/dev/null', 'w');
    let made = 0;
    const out = standardOutput(
      device,
      () => (made++, stream as unknown as NodeJS.WriteStream),
      () => 0,
    );
    expect(out.isTTY).toBe(true);
    expect(out.columns).toBe(132);
    stream.isTTY = false;
    expect(out.columns).toBeUndefined();
    expect(out.isTTY).toBe(false);
    expect(made).toBe(1);
    closeSync(device);
    stream.writableLength = 10;
    expect(outputWritten()).toBe(false);
    stream.writableLength = 0;
    expect(outputWritten()).toBe(true);
    stream.emit('error', failure('EPIPE'));
    expect(out.write('after')).toBe(true);
    expect(() => stream.emit('error', failure('EBADF'))).toThrow('EBADF');
  });
});
