// Stream: the pre-0.10 base class, still require('stream') itself in 0.10. An EventEmitter
// whose pipe() moves 'data' events into dest.write(), pausing the source when write() returns
// false and resuming it on 'drain'. Old-mode readables (see old-mode.ts) borrow this pipe().
import events from '@n10/events';
import type { EventEmitter } from '@n10/events';
import { inherits } from '@n10/util';
import { noMethod } from '@n10/buffer/internal';
import { sited } from './sites';
import type { PipeOptions, Stream as StreamInstance, StreamConstructor, WritableLike } from './types';

const EE = events.EventEmitter;

interface OldSource extends StreamInstance {
  pause?: () => unknown;
  resume?: () => unknown;
}

function Stream(this: EventEmitter): void {
  EE.call(this);
}
// Typed alias; the function keeps its own name (stack traces, inspect) by being a declaration.
const StreamCtor = Stream as unknown as StreamConstructor;
export { StreamCtor as Stream };

inherits(StreamCtor, EE);

StreamCtor.prototype.pipe = function <D extends WritableLike>(this: OldSource, dest: D, options?: PipeOptions): D {
  const source = this;
  // Old-style destinations take anything, and their write() is looked up at every chunk (a
  // program may replace it after piping, as 0.10 allowed).
  const loose = dest as unknown as { write(chunk: unknown): unknown };

  function ondata(chunk: unknown): void {
    if (dest.writable) {
      if (loose.write(chunk) === false && source.pause) source.pause();
    }
  }
  source.on('data', ondata);

  // 0.10 failed on `dest.on(…)` here, in V8 3.14's words.
  if (dest == null || typeof dest.on !== 'function') throw sited(noMethod(dest, 'on'), 'stream.js', 65, "  dest.on('drain', ondrain);", 7);

  function ondrain(): void {
    if (source.readable && source.resume) source.resume();
  }
  dest.on('drain', ondrain);

  // End (or destroy) the destination once, when the source ends (or closes) first. Never
  // process.stdout/stderr, which outlive every pipe.
  if (!dest._isStdio && (!options || options.end !== false)) {
    source.on('end', onend);
    source.on('close', onclose);
  }
  let didOnEnd = false;
  function onend(): void {
    if (didOnEnd) return;
    didOnEnd = true;
    dest.end();
  }
  function onclose(): void {
    if (didOnEnd) return;
    didOnEnd = true;
    if (typeof dest.destroy === 'function') dest.destroy();
  }

  // An error on either side ends the pipe; it is rethrown when nobody else handles it.
  function onerror(this: EventEmitter, er: unknown): void {
    cleanup();
    if (EE.listenerCount(this, 'error') === 0) throw er;
  }
  source.on('error', onerror);
  dest.on('error', onerror);

  function cleanup(): void {
    source.removeListener('data', ondata);
    dest.removeListener('drain', ondrain);
    source.removeListener('end', onend);
    source.removeListener('close', onclose);
    source.removeListener('error', onerror);
    dest.removeListener('error', onerror);
    source.removeListener('end', cleanup);
    source.removeListener('close', cleanup);
    dest.removeListener('close', cleanup);
  }
  source.on('end', cleanup);
  source.on('close', cleanup);
  dest.on('close', cleanup);

  dest.emit('pipe', source);
  return dest;
};
