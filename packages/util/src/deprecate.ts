// util.deprecate: wraps fn so that its first call prints msg through the global console
// (or throws / traces, per process.throwDeprecation / traceDeprecation). As in 0.10,
// process.noDeprecation is read once, when the wrapper is made.
import { hostProcess, programConsole } from './host';

const deprecate = function <F extends Function>(fn: F, msg: string): F {
  if (hostProcess()?.noDeprecation === true) return fn;
  let warned = false;
  function deprecated(this: unknown): unknown {
    if (!warned) {
      const proc = hostProcess();
      if (proc?.throwDeprecation) throw new Error(msg);
      const con = programConsole();
      if (proc?.traceDeprecation && con?.trace) con.trace(msg);
      else con?.error(msg);
      warned = true;
    }
    // eslint-disable-next-line prefer-rest-params
    return fn.apply(this, arguments as unknown as unknown[]);
  }
  return deprecated as unknown as F;
};

export default deprecate;
