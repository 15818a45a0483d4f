// Frames a program sees in the stacks of stream errors: named as 0.10's functions were.
import test from 'ava';
import stream from '@n10/stream';

test('writable.write(chunk): the TypeError for a chunk that is not a string or Buffer is made in validChunk, as in 0.10', (t) => {
  const w = new stream.Writable();
  w._write = (_c: unknown, _e: string, cb: () => void) => cb();
  let caught: Error | undefined;
  w.on('error', (e: Error) => {
    caught = e;
  });
  const saved = Error.prepareStackTrace;
  Error.prepareStackTrace = (_e, frames) => frames;
  try {
    w.write(5 as unknown as string);
    const sites = (caught as unknown as { stack: { getFunctionName(): string | null }[] }).stack;
    t.is(sites[0].getFunctionName(), 'validChunk');
  } finally {
    Error.prepareStackTrace = saved;
  }
});
