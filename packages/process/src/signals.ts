// Signal events: process.on('SIGINT', …) starts a binding Signal handle for that signal on
// the first listener and closes it when the last listener goes, as 0.10 did by overriding
// process.on/addListener/removeListener (own properties, listed last in Object.keys). The
// handle is unref'd: a signal listener alone does not keep the process alive.
import type { Binding, Signal } from '@n10/binding';
import type { EventEmitter, EventEmitterConstructor, Listener } from '@n10/events';

export interface SignalTarget extends EventEmitter {
  emit(event: string, ...args: unknown[]): boolean;
}

/** Is `type` a signal name this platform knows (0.10: 'SIG…' and in require('constants'))? */
export function signalNumber(b: Binding | null, type: unknown): number | undefined {
  if (!b || typeof type !== 'string' || type.slice(0, 3) !== 'SIG') return undefined;
  const signals = b.constants.signals;
  return Object.prototype.hasOwnProperty.call(signals, type) ? signals[type] : undefined;
}

/** The signals 0.10 ended the process on with an exit code (128 + signum): node.cc's own
 * handler, there until the program listens (after its last listener goes: the default). */
const EXIT_SIGNALS = ['SIGINT', 'SIGTERM'];

/** Returns the runtime's switch for 0.10's exit on SIGINT/SIGTERM (see EXIT_SIGNALS). */
export function installSignalListeners(p: SignalTarget, Emitter: EventEmitterConstructor, native: () => Binding | null): () => void {
  const wraps: Record<string, Signal> = Object.create(null);

  function installExit(b: Binding, type: string): void {
    const signum = signalNumber(b, type);
    if (signum !== undefined && typeof b.signalExit === 'function') b.signalExit(signum);
  }
  const addListener = Emitter.prototype.addListener;
  const removeListener = Emitter.prototype.removeListener;

  function on(this: SignalTarget, type: string, listener: Listener) {
    const b = native();
    const signum = signalNumber(b, type);
    if (b && signum !== undefined && !wraps[type]) {
      const wrap = new b.Signal();
      wrap.unref();
      wrap.onsignal = () => {
        p.emit(type);
      };
      const err = wrap.start(signum);
      if (err) {
        wrap.close();
        throw b.errnoException(err, 'uv_signal_start');
      }
      wraps[type] = wrap;
    }
    return addListener.call(this, type, listener);
  }

  function off(this: SignalTarget, type: string, listener: Listener) {
    const ret = removeListener.call(this, type, listener);
    const wrap = wraps[type];
    if (wrap && Emitter.listenerCount(this, type) === 0) {
      wrap.close();
      delete wraps[type];
      // The handle's close leaves the default action (0.10's did too: its own handler is
      // not put back).
    }
    return ret;
  }

  p.addListener = on as SignalTarget['addListener'];
  p.on = on as SignalTarget['on'];
  p.removeListener = off as SignalTarget['removeListener'];

  return () => {
    const b = native();
    if (!b) return;
    for (const type of EXIT_SIGNALS) if (!wraps[type]) installExit(b, type);
  };
}
