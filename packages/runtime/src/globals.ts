// The program's global object: node 0.10's globals and nothing of the host's.
//
// One realm (DESIGN.md, "The program's global object"): n10's packages and the program share
// it, so ECMAScript's own builtins stay (n10 code uses them). Everything the host node adds
// (process, Buffer, fetch, URL, TextEncoder, structuredClone, WebAssembly…) is removed, and
// 0.10's globals are installed in 0.10's order, enumerable as 0.10 has them.

import { functionSource } from '@n10/util/internal';
import { installCaught } from './caught-errors';
import { withoutAddedCode } from './program-edits';
import { installThrown } from './thrown-values';
import { installStackLimit } from './stack-limit';
import { sort } from './array-sort';
import { asNative, nativeSource, replaceBuiltin, sourceByText } from './native-functions';
import { installStackFormat } from './stack';

/** ECMAScript's own globals: kept (non-enumerable, as in any engine). */
const ECMASCRIPT = new Set([
  'Object', 'Function', 'Array', 'Number', 'parseFloat', 'parseInt', 'Infinity', 'NaN', 'undefined',
  'Boolean', 'String', 'Symbol', 'Date', 'Promise', 'RegExp', 'Error', 'AggregateError', 'EvalError',
  'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError', 'globalThis', 'JSON', 'Math',
  'ArrayBuffer', 'Uint8Array', 'Int8Array', 'Uint16Array', 'Int16Array', 'Uint32Array',
  'Int32Array', 'Float32Array', 'Float64Array', 'Uint8ClampedArray', 'BigUint64Array', 'BigInt64Array',
  'DataView', 'Map', 'BigInt', 'Set', 'WeakMap', 'WeakSet', 'Proxy', 'Reflect', 'FinalizationRegistry',
  'WeakRef', 'decodeURI', 'decodeURIComponent', 'encodeURI', 'encodeURIComponent', 'escape',
  'unescape', 'eval', 'isFinite', 'isNaN', 'SharedArrayBuffer', 'Atomics', 'Iterator',
]);

/** 0.10 made its typed arrays enumerable globals, listed first in Object.keys(global). */
const TYPED_ARRAYS_010 = [
  'ArrayBuffer', 'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
  'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array', 'DataView',
];

export interface Globals010 {
  process: unknown;
  Buffer: unknown;
  setTimeout: unknown;
  setInterval: unknown;
  clearTimeout: unknown;
  clearInterval: unknown;
  setImmediate: unknown;
  clearImmediate: unknown;
  console: unknown;
}

type GlobalRecord = Record<string, unknown>;

/** Removes every host global that is not ECMAScript's own. */
export function scrubHostGlobals(): void {
  const g = globalThis as unknown as GlobalRecord;
  // 0.10 was built without ICU: no Intl for programs (libraries test for it). n10's date
  // formatter still asks it for zone names, under a registered symbol.
  Object.defineProperty(g, Symbol.for('n10.intl'), { value: g.Intl });
  for (const name of Object.getOwnPropertyNames(g)) {
    if (ECMASCRIPT.has(name)) continue;
    const desc = Object.getOwnPropertyDescriptor(g, name);
    if (desc && desc.configurable) delete g[name];
  }
}

/**
 * The Error constructor's own statics as V8 3.14 had them: `captureStackTrace` and
 * `stackTraceLimit`, both enumerable (Object.keys(Error) and util.inspect(Error) show them),
 * and no `prepareStackTrace` to a program's eyes (stack.ts formats stacks behind it).
 */
function errorStatics010(): void {
  const E = Error as unknown as GlobalRecord;
  const capture = E.captureStackTrace;
  const limit = E.stackTraceLimit;
  delete E.prepareStackTrace;
  delete E.captureStackTrace;
  delete E.stackTraceLimit;
  E.captureStackTrace = capture;
  E.stackTraceLimit = limit;
  // Stacks as V8 3.14 wrote them (stack.ts); Error.prepareStackTrace still reads as undefined.
  installStackFormat(Error);
  installStackLimit(globalThis);
}

const ANONYMOUS_NATIVE = 'function () { [native code] }';

/** Whether `fn` is some realm's Function.prototype (its constructor's prototype is itself). */
function isFunctionPrototype(fn: Function): boolean {
  const ctor = Object.getOwnPropertyDescriptor(fn, 'constructor')?.value as { prototype?: unknown } | undefined;
  return typeof ctor === 'function' && ctor.prototype === fn;
}

/**
 * Function.prototype.toString as V8 3.14 wrote a function: "function " + its name + the source
 * from its parameter list on (`function (){}` for the source `function(){}`). Classes, arrows
 * and methods, which 0.10 could not parse, print as today's engine prints them.
 */
function functionToString010(): void {
  const functionPrototype = Function.prototype;
  const toString = function toString(this: Function) {
    if (typeof this !== 'function') throw new TypeError('Function.prototype.toString is not generic');
    // V8 3.14's Function.prototype (a vm context's too) was a function named Empty, with an
    // empty body; today's engine prints it as an anonymous native function.
    if (this === functionPrototype) return 'function Empty() {}';
    let source = nativeSource(this);
    if (source === undefined) {
      const text = functionSource(this);
      source = sourceByText(text) ?? withoutAddedCode(text);
    }
    return source === ANONYMOUS_NATIVE && isFunctionPrototype(this) ? 'function Empty() {}' : source;
  };
  Object.defineProperty(functionPrototype, 'name', { value: 'Empty', writable: false, enumerable: false, configurable: true });
  Object.defineProperty(Function.prototype, 'toString', {
    value: asNative(toString, 'toString'),
    writable: true,
    enumerable: false,
    configurable: true,
  });
}

/** Installs 0.10's globals, in 0.10's order (Object.keys(global) matches the oracle's). */
export function install010Globals(values: Globals010): void {
  const g = globalThis as unknown as GlobalRecord;
  errorStatics010();
  functionToString010();
  installCaught(globalThis);
  installThrown(globalThis);
  replaceBuiltin(Array.prototype, 'sort', sort);
  for (const name of TYPED_ARRAYS_010) {
    const value = g[name];
    delete g[name];
    g[name] = value;
  }
  g.global = g;
  g.process = values.process;
  g.GLOBAL = g;
  g.root = g;
  g.Buffer = values.Buffer;
  g.setTimeout = values.setTimeout;
  g.setInterval = values.setInterval;
  g.clearTimeout = values.clearTimeout;
  g.clearInterval = values.clearInterval;
  g.setImmediate = values.setImmediate;
  g.clearImmediate = values.clearImmediate;
  g.console = values.console;
}
