// Readable.prototype.wrap(oldStream): a streams2 Readable fed by a pre-0.10 stream's 'data'
// and 'end' events. Back-pressure goes back through the old stream's advisory pause() when
// push() says the buffer is full, and resume() when _read asks for more.
import type { EventEmitter } from '@n10/events';
import { noMethod } from '@n10/buffer/internal';
import type { Readable } from './types';
import { sited } from './sites';

type ReadableStream = Readable<unknown>;

interface OldStream extends EventEmitter {
  pause?(): unknown;
  resume?(): unknown;
  [key: string]: unknown;
}

// Events of the old stream the wrapper re-emits as its own.
const PROXIED_EVENTS = ['error', 'close', 'destroy', 'pause', 'resume'];

export const wrap = function (this: ReadableStream, stream: EventEmitter): ReadableStream {
  const self = this;
  const old = stream as OldStream;
  const state = self._readableState;
  let paused = false;

  // 0.10 failed on `stream.on(…)` here, in V8 3.14's words.
  if (old == null || typeof old.on !== 'function') {
    throw sited(noMethod(old, 'on'), '_stream_readable.js', 782, "  stream.on('end', function() {", 9);
  }

  old.on('end', function () {
    // A decoder's held-back partial character is pushed before the end.
    if (state.decoder && !state.ended) {
      const rest = state.decoder.end();
      if (rest && rest.length) self.push(rest);
    }
    self.push(null);
  });

  old.on('data', function (chunk: unknown) {
    if (state.decoder) chunk = state.decoder.write(chunk as Parameters<typeof state.decoder.write>[0]);
    // Empty and falsy chunks carry nothing (in objectMode too: 0, false and '' are dropped).
    if (!chunk || (!state.objectMode && !(chunk as { length: number }).length)) return;
    if (!self.push(chunk)) {
      paused = true;
      old.pause!();
    }
  });

  // The old stream's own methods (write, destroy, …) are reachable through the wrapper,
  // unless the Readable has one of that name.
  const target = self as unknown as Record<string, unknown>;
  for (const key in old) {
    if (typeof old[key] === 'function' && typeof target[key] === 'undefined') {
      target[key] = function () {
        return (old[key] as Function).apply(old, arguments);
      };
    }
  }

  for (let i = 0; i < PROXIED_EVENTS.length; i++) {
    const ev = PROXIED_EVENTS[i];
    old.on(ev, self.emit.bind(self, ev));
  }

  // Asked for more: let the old stream go again if we paused it.
  self._read = function () {
    if (paused) {
      paused = false;
      old.resume!();
    }
  };

  return self;
};
