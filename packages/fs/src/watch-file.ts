// fs.watchFile / fs.unwatchFile and 0.10's StatWatcher (stat polling: the binding's
// StatWatcher, uv_fs_poll).
//
// One StatWatcher per filename (the string as given: 0.10.19 does not resolve it, so 'a' and
// './a' are two watchers), shared by every listener of that name. Listeners get
// (current, previous) fs.Stats; a missing file reads as all-zero Stats. As in 0.10, polls
// that keep failing do not repeat the event unless nlink changes, and unwatching emits
// 'stop' (then runs the tick queue, as 0.10's MakeCallback did) before the watcher stops.
import binding from '@n10/binding';
import type { StatWatcher as StatWatcherHandle } from '@n10/binding';
import events from '@n10/events';
import type { EventEmitter } from '@n10/events';
import process from '@n10/process';
import { _extend as extend, inherits } from '@n10/util';
import { nullCheck } from './null-check';
import { statsFromArray } from './stats';
import type { WatchFileListener, WatchFileOptions } from './types';
import { SITES, sited } from './throw-sites';

const Emitter = events.EventEmitter;

export interface StatWatcher extends EventEmitter {
  /** The binding's poller; onstop is 0.10's, called as the watcher stops. */
  _handle: StatWatcherHandle & { onstop?: () => void };
  start(filename: string, persistent: boolean, interval: number): void;
  stop(): void;
}

interface StatWatcherConstructor {
  new (): StatWatcher;
  (this: StatWatcher): void;
  readonly prototype: StatWatcher;
}

export const StatWatcher = function StatWatcher(this: StatWatcher): void {
  Emitter.call(this);
  const self = this;
  this._handle = new binding.StatWatcher();
  // uv_fs_poll reports more than 0.10's callers expected: curb it for compatibility.
  let oldStatus = -1;
  this._handle.onchange = function (current: Float64Array, previous: Float64Array, status: number): void {
    const newStatus = status < 0 ? -1 : 0;
    const curr = statsFromArray(current);
    const prev = statsFromArray(previous);
    if (oldStatus === -1 && newStatus === -1 && curr.nlink === prev.nlink) return;
    oldStatus = newStatus;
    self.emit('change', curr, prev);
  };
  // 0.10's handle called onstop (through MakeCallback: its ticks ran after it) as it stopped.
  this._handle.onstop = function (): void {
    self.emit('stop');
  };
} as unknown as StatWatcherConstructor;

inherits(StatWatcher, Emitter);

StatWatcher.prototype.start = function (this: StatWatcher, filename: string, persistent: boolean, interval: number): void {
  nullCheck(filename);
  // 0.10 took the path's string value, persistent's truth and interval as a uint32.
  this._handle.start(String(filename), !!persistent, interval >>> 0);
};

StatWatcher.prototype.stop = function (this: StatWatcher): void {
  const handle = this._handle;
  if (typeof handle.onstop === 'function') handle.onstop();
  const tick = (process as { _tickCallback?: () => void })._tickCallback;
  if (typeof tick === 'function') tick();
  handle.stop();
};

const statWatchers: Record<string, StatWatcher | undefined> = {};

function inStatWatchers(filename: string): StatWatcher | undefined {
  return Object.prototype.hasOwnProperty.call(statWatchers, filename) ? statWatchers[filename] : undefined;
}

export const watchFile = function (filename: string, ...rest: unknown[]): StatWatcher {
  nullCheck(filename);
  let listener: unknown;
  // 5007 ms is what libev used to use: slow, but 0.10 kept it.
  let options: Required<WatchFileOptions> = { interval: 5007, persistent: true };
  if ('object' == typeof rest[0]) {
    options = extend(options, rest[0]);
    listener = rest[1];
  } else {
    listener = rest[0];
  }
  if (!listener) throw sited(new Error('watchFile requires a listener function'), SITES.watchFileListener);

  let stat = inStatWatchers(filename);
  if (!stat) {
    stat = statWatchers[filename] = new StatWatcher();
    stat.start(filename, options.persistent, options.interval);
  }
  stat.addListener('change', listener as WatchFileListener);
  return stat;
};

export const unwatchFile = function (filename: string, listener?: WatchFileListener): void {
  nullCheck(filename);
  const stat = inStatWatchers(filename);
  if (!stat) return;
  if (typeof listener === 'function') stat.removeListener('change', listener);
  else stat.removeAllListeners('change');
  if (Emitter.listenerCount(stat, 'change') === 0) {
    stat.stop();
    statWatchers[filename] = undefined;
  }
};
