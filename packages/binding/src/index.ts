// @n10/binding: n10's native libuv binding, shaped like node 0.10's process.binding()
// wraps (tcp_wrap, pipe_wrap, tty_wrap, udp_wrap, timer_wrap, process_wrap, signal_wrap,
// fs, fs_event_wrap, cares_wrap, os, crypto, zlib) in one object, plus the error vocabulary
// that turns its libuv codes into 0.10's errors.
//
// The contract (every class, request and function, documented): ./types.ts.
// The error builders for fs/net policy: ./errors.ts.
import {
  ERRNO_010,
  code010,
  codeOf,
  describe010,
  errno010,
  errnoException,
  setErrname,
  uvException,
} from './errors';
import { loadNative } from './load';
import { STAT_FIELDS } from './types';
import type { NativeBinding } from './types';
import type * as T from './types';

export * from './types';
export type { ErrLike, ErrnoException, UVException, UVExceptionOptions } from './errors';

/** The native addon plus the TypeScript-side vocabulary. */
export interface Binding extends NativeBinding {
  /** libuv code → name: { '-2': 'ENOENT', '-4095': 'EOF', … } (the inverse of `uv`) */
  uvErrorNames: Readonly<Record<number, string>>;
  STAT_FIELDS: typeof STAT_FIELDS;
  ERRNO_010: typeof ERRNO_010;
  codeOf: typeof codeOf;
  code010: typeof code010;
  errno010: typeof errno010;
  describe010: typeof describe010;
  errnoException: typeof errnoException;
  uvException: typeof uvException;
}

const native = loadNative();
setErrname(native.errname);

declare const require: ((id: string) => unknown) | undefined;

interface TickQueue {
  _tickCallback?: () => void;
  /** optional: an Int32Array whose [0] is the number of pending ticks (see setTickCallback) */
  _tickState?: Int32Array;
}

interface TickSource extends TickQueue {
  default?: TickQueue;
}

// The n10 tick queue runs after every callback into JS. Whoever owns it (the runtime,
// @n10/process) may register it with setTickCallback; until then, on the first callback,
// look for @n10/process here (not a dependency: binding sits below process, and the lookup
// is optional: without it, @n10/process drains its queue from a microtask).
function lazyTick(): void {
  let queue: TickQueue | undefined;
  try {
    if (typeof require === 'function') {
      const p = require('@n10/process') as TickSource;
      queue = p._tickCallback ? p : p.default;
    }
  } catch {
    queue = undefined;
  }
  const tick = queue?._tickCallback;
  if (typeof tick !== 'function') {
    native.setTickCallback(null);
    return;
  }
  const state = queue?._tickState;
  native.setTickCallback(tick, state instanceof Int32Array ? state : undefined);
  tick();
}
native.setTickCallback(lazyTick);

const uvErrorNames: Record<number, string> = {};
for (const key of Object.keys(native.uv)) uvErrorNames[native.uv[key]] = key.slice(3); // 'UV_ENOENT' → 'ENOENT'

const binding: Binding = Object.assign(native, {
  uvErrorNames,
  STAT_FIELDS,
  ERRNO_010,
  codeOf,
  code010,
  errno010,
  describe010,
  errnoException,
  uvException,
});

// Each handle class is a value (the constructor) and a type (its instances), as with a class.
export const TCP: T.TCPConstructor = binding.TCP;
export type TCP = T.TCP;
export const Pipe: T.PipeConstructor = binding.Pipe;
export type Pipe = T.Pipe;
export const TTY: T.TTYConstructor = binding.TTY;
export type TTY = T.TTY;
export const UDP: T.UDPConstructor = binding.UDP;
export type UDP = T.UDP;
export const Timer: T.TimerConstructor = binding.Timer;
export type Timer = T.Timer;
export const Check: T.CheckConstructor = binding.Check;
export type Check = T.Check;
export const Idle: T.IdleConstructor = binding.Idle;
export type Idle = T.Idle;
export const Process: T.ProcessConstructor = binding.Process;
export type Process = T.Process;
export const Signal: T.SignalConstructor = binding.Signal;
export type Signal = T.Signal;
export const FSEvent: T.FSEventConstructor = binding.FSEvent;
export type FSEvent = T.FSEvent;
export const StatWatcher: T.StatWatcherConstructor = binding.StatWatcher;
export type StatWatcher = T.StatWatcher;
export const Hash: T.HashConstructor = binding.Hash;
export type Hash = T.Hash;
export const Hmac: T.HmacConstructor = binding.Hmac;
export type Hmac = T.Hmac;
export const CipherBase: T.CipherBaseConstructor = binding.CipherBase;
export type CipherBase = T.CipherBase;
export const Sign: T.SignConstructor = binding.Sign;
export type Sign = T.Sign;
export const Verify: T.VerifyConstructor = binding.Verify;
export type Verify = T.Verify;
export const Zlib: T.ZlibConstructor = binding.Zlib;
export type Zlib = T.Zlib;
export const SecureContext: T.SecureContextConstructor = binding.SecureContext;
export type SecureContext = T.SecureContext;
export const Connection: T.ConnectionConstructor = binding.Connection;
export type Connection = T.Connection;

export const { setTickCallback, errname, uv, constants } = binding;
export const { randomFill, pbkdf2, bytesToKey, getHashes, getCiphers, getCipherInfo, getHashInfo, modPow, generatePrime, checkPrime } = binding;
export { uvErrorNames };

export { ERRNO_010, codeOf, code010, errno010, describe010, errnoException, uvException };

export default binding;
