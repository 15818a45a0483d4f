// 0.10's compatibility with pre-0.10 consumers ("old mode"). Adding a 'data' listener, or
// calling pause() or resume(), turns a Readable into an old-style stream: it reads itself on
// every 'readable' and emits each chunk as 'data'; pause() and resume() gate that loop. The
// switch is one-way and replaces pipe/on/addListener/pause/resume with own properties, as in
// 0.10 (programs see them with inspect or Object.keys).
import { nextTick } from '@n10/process';
import { Stream } from './legacy';
import type { Readable } from './types';

type ReadableStream = Readable<unknown>;

// The legacy emitter `on`: once in old mode, adding listeners has no side effects.
const legacyOn = Stream.prototype.on as ReadableStream['on'];
const legacyPipe = Stream.prototype.pipe;

export function emitDataEvents(stream: ReadableStream, startPaused: boolean): void {
  const state = stream._readableState;
  // A piped stream is driven by pipe's flow(); it cannot also be an old-style stream.
  if (state.flowing) throw new Error('Cannot switch to old mode now.');

  let paused = startPaused;
  // Whether a 'readable' came while paused, so that resume() knows data is waiting.
  let readable = false;

  stream.readable = true;
  stream.pipe = legacyPipe;
  stream.addListener = legacyOn;
  stream.on = legacyOn;

  stream.on('readable', function () {
    readable = true;
    let c: unknown;
    while (!paused && (c = stream.read()) !== null) stream.emit('data', c);
    if (c === null) {
      readable = false;
      stream._readableState.needReadable = true;
    }
  });

  stream.pause = function (this: ReadableStream): void {
    paused = true;
    this.emit('pause');
  };

  stream.resume = function (this: ReadableStream): void {
    paused = false;
    if (readable) {
      nextTick(function () {
        stream.emit('readable');
      });
    } else {
      this.read(0);
    }
    this.emit('resume');
  };

  // Start now, in case data is already buffered.
  stream.emit('readable');
}

// The prototype's resume/pause, used only until the first switch to old mode.
export const resume = function (this: ReadableStream): void {
  emitDataEvents(this, false);
  this.read(0);
  this.emit('resume');
};

export const pause = function (this: ReadableStream): void {
  emitDataEvents(this, true);
  this.emit('pause');
};
