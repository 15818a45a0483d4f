// Readable.prototype.pipe/unpipe: 0.10's streams2 pipe. The source is read one chunk at a
// time in flow(); each chunk is written to every destination and then emitted as 'data'.
// When a destination's write() returns false, flow stops until every such destination has
// said 'drain' (awaitDrain counts them). When the buffer runs dry, flow resumes on the next
// 'readable'.
import { noMethod } from '@n10/buffer/internal';
import { sited } from './sites';
import events from '@n10/events';
import { nextTick } from '@n10/process';
import { dataEmit } from './emit';
import { emitDataEvents } from './old-mode';
import type { Listener, PipeOptions, Readable, WritableLike } from './types';

type ReadableStream = Readable<unknown>;

const EE = events.EventEmitter;

// Destinations take whatever the source produces.
interface LooseWritable {
  write(chunk: unknown): unknown;
}

export const pipe = function <D extends WritableLike>(this: ReadableStream, dest: D, pipeOpts?: PipeOptions): D {
  const src = this;
  const state = src._readableState;

  switch (state.pipesCount) {
    case 0:
      state.pipes = dest;
      break;
    case 1:
      state.pipes = [state.pipes as WritableLike, dest];
      break;
    default:
      (state.pipes as WritableLike[]).push(dest);
      break;
  }
  state.pipesCount += 1;

  // process.stdout and process.stderr are never ended by a pipe.
  const doEnd = (!pipeOpts || pipeOpts.end !== false) && !(dest != null && dest._isStdio === true);
  const endFn = doEnd ? onend : cleanup;
  if (state.endEmitted) nextTick(endFn);
  else src.once('end', endFn);

  // 0.10 failed on `dest.on(…)`, in V8 3.14's words (programs print them), at this line.
  if (dest == null || typeof dest.on !== 'function') {
    throw sited(noMethod(dest, 'on'), '_stream_readable.js', 476, "  dest.on('unpipe', onunpipe);", 7);
  }

  dest.on('unpipe', onunpipe);
  function onunpipe(readable: unknown): void {
    if (readable !== src) return;
    cleanup();
  }

  function onend(): void {
    dest.end();
  }

  // Each drain from this destination counts down awaitDrain; at zero the flow restarts.
  const ondrain = onDrainOf(src);
  dest.on('drain', ondrain);

  function cleanup(): void {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    src.removeListener('end', onend);
    src.removeListener('end', cleanup);
    // A destination we were waiting on will not say 'drain' to us any more: count it as done.
    if (!dest._writableState || dest._writableState.needDrain) ondrain.call(dest);
  }

  // An error on the destination unpipes it, and is rethrown (as an 'error' event nobody
  // handles) when it was our listener alone that caught it.
  function onerror(er: unknown): void {
    unpipe();
    if (EE.listenerCount(dest, 'error') === 0) dest.emit('error', er);
  }
  // Our error listener goes first, before any the program added, as in 0.10.
  prependErrorListener(dest, onerror);

  // The destination closing or finishing ends the pipe too (through unpipe(), as 0.10: a
  // stack from the 'unpipe' event shows it).
  function onclose(): void {
    dest.removeListener('finish', onfinish);
    unpipe();
  }
  dest.once('close', onclose);
  function onfinish(): void {
    dest.removeListener('close', onclose);
    unpipe();
  }
  dest.once('finish', onfinish);
  function unpipe(): void {
    src.unpipe(dest);
  }

  dest.emit('pipe', src);

  // Start flowing on the next tick, so that the caller can still add listeners.
  if (!state.flowing) {
    src.on('readable', pipeOnReadable);
    state.flowing = true;
    nextTick(function () {
      flow(src);
    });
  }
  return dest;
};

function prependErrorListener(dest: WritableLike, listener: Listener): void {
  const listeners = dest._events && dest._events.error;
  if (!listeners) dest.on('error', listener);
  else if (Array.isArray(listeners)) listeners.unshift(listener);
  else dest._events!.error = [listener, listeners];
}

function onDrainOf(src: ReadableStream): () => void {
  return function () {
    const state = src._readableState;
    state.awaitDrain--;
    if (state.awaitDrain === 0) flow(src);
  };
}

// Moves chunks from the source into every destination until one needs to drain or the
// buffer runs dry.
function flow(src: ReadableStream): void {
  const state = src._readableState;
  let chunk: unknown;
  state.awaitDrain = 0;

  while (state.pipesCount && (chunk = src.read()) !== null) {
    if (state.pipesCount === 1) write(state.pipes as unknown as LooseWritable, chunk, state);
    else {
      // The live list: a destination unpiped by a write shifts the later ones down, and the
      // one moved into its place misses this chunk (as in 0.10.19, checked on the oracle).
      const c = chunk;
      (state.pipes as unknown as LooseWritable[]).forEach(function write(dest) {
        if (dest.write(c) === false) state.awaitDrain++;
      });
    }
    dataEmit.call(src, chunk);
    if (state.awaitDrain > 0) return;
  }

  // Every destination was unpiped: stop, and hand over to 'data' listeners if any.
  if (state.pipesCount === 0) {
    state.flowing = false;
    if (EE.listenerCount(src, 'data') > 0) emitDataEvents(src, false);
    return;
  }
  // Out of data: the next 'readable' restarts the flow.
  state.ranOut = true;
}

// A function of its own, named as 0.10's: a stack through a pipe shows "at write".
function write(dest: LooseWritable, chunk: unknown, state: ReadableStream['_readableState']): void {
  if (dest.write(chunk) === false) state.awaitDrain++;
}

// One shared function, so that unpipe can remove it by identity.
function pipeOnReadable(this: ReadableStream): void {
  const state = this._readableState;
  if (state.ranOut) {
    state.ranOut = false;
    flow(this);
  }
}

export const unpipe = function (this: ReadableStream, dest?: WritableLike): ReadableStream {
  const state = this._readableState;
  if (state.pipesCount === 0) return this;

  if (state.pipesCount === 1) {
    // Not ours: nothing to do.
    if (dest && dest !== state.pipes) return this;
    if (!dest) dest = state.pipes as WritableLike;
    state.pipes = null;
    state.pipesCount = 0;
    this.removeListener('readable', pipeOnReadable);
    state.flowing = false;
    if (dest) dest.emit('unpipe', this);
    return this;
  }

  if (!dest) {
    // All of them.
    const dests = state.pipes as WritableLike[];
    const len = state.pipesCount;
    state.pipes = null;
    state.pipesCount = 0;
    this.removeListener('readable', pipeOnReadable);
    state.flowing = false;
    for (let i = 0; i < len; i++) dests[i].emit('unpipe', this);
    return this;
  }

  const dests = state.pipes as WritableLike[];
  const i = dests.indexOf(dest);
  if (i === -1) return this;
  dests.splice(i, 1);
  state.pipesCount -= 1;
  if (state.pipesCount === 1) state.pipes = dests[0];
  dest.emit('unpipe', this);
  return this;
};

