// fs.watch and its FSWatcher (0.10's, on the binding's FSEvent: inotify on Linux).
//
// fs.FSWatcher is not on the fs module in 0.10 (the manual names the class; the module does
// not export it): watchers come from fs.watch only.
import binding, { errnoException as bindingErrnoException } from '@n10/binding';
import type { FSEvent } from '@n10/binding';
import events from '@n10/events';
import type { EventEmitter } from '@n10/events';
import { inherits } from '@n10/util';
import { nullCheck } from './null-check';
import type { WatchListener, WatchOptions } from './types';
import { SITES, sited } from './throw-sites';

const Emitter = events.EventEmitter;

export interface FSWatcher extends EventEmitter {
  _handle: FSEvent;
  /** Starts the watch; throws Error('watch ENOENT')-style errors (0.10's errnoException). */
  start(filename: string, persistent?: boolean): void;
  /** Stops watching; closing twice is harmless. */
  close(): void;
}

export interface FSWatcherConstructor {
  new (): FSWatcher;
  (this: FSWatcher): void;
  readonly prototype: FSWatcher;
}

const captureStackTrace = (Error as unknown as { captureStackTrace?: (o: object, fn?: Function) => void }).captureStackTrace;

/** 0.10's fs.js made these errors in an errnoException() of its own: its frame is the stack's
 * first ("at errnoException (fs.js…)", then FSWatcher.start), taking one of the
 * Error.stackTraceLimit places (the binding's own frames show in none). */
function errnoException(err: number, syscall: string): Error {
  const e = bindingErrnoException(err, syscall);
  if (captureStackTrace !== undefined) captureStackTrace(e);
  return e;
}

export const FSWatcher = function FSWatcher(this: FSWatcher): void {
  Emitter.call(this);
  const self = this;
  this._handle = new binding.FSEvent();
  this._handle.owner = this;
  this._handle.onchange = function (status: number, event: string, filename: string | null): void {
    if (status) {
      self._handle.close();
      self.emit('error', errnoException(status, 'watch'));
    } else {
      self.emit('change', event, filename);
    }
  };
} as unknown as FSWatcherConstructor;

inherits(FSWatcher, Emitter);

FSWatcher.prototype.start = function (this: FSWatcher, filename: string, persistent?: boolean): void {
  nullCheck(filename);
  if (typeof filename !== 'string') throw new TypeError('Bad arguments');
  // Only `true` keeps the loop alive (0.10 tested IsTrue()).
  const r = this._handle.start(filename, persistent === true);
  if (r) {
    this._handle.close();
    throw sited(errnoException(r, 'watch'), SITES.watchStart);
  }
};

FSWatcher.prototype.close = function (this: FSWatcher): void {
  this._handle.close();
};

export const watch = function (filename: string, ...rest: unknown[]): FSWatcher {
  nullCheck(filename);
  let options: WatchOptions;
  let listener: unknown;
  if ('object' == typeof rest[0]) {
    options = rest[0] as WatchOptions;
    listener = rest[1];
  } else {
    options = {};
    listener = rest[0];
  }
  if (options.persistent === undefined) options.persistent = true;

  const watcher = new FSWatcher();
  watcher.start(filename, options.persistent);
  if (listener) watcher.addListener('change', listener as WatchListener);
  return watcher;
};
