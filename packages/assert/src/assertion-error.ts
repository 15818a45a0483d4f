// AssertionError as 0.10 builds it: own enumerable `name`, `actual`, `expected`,
// `operator`, `message` (in that order), a stack starting at the assert call, and
// instanceof Error without being a native Error (so util.inspect prints its fields, as
// in 0.10, not `[AssertionError: …]`).
import util from '@n10/util';
import { string010 } from '@n10/util/internal';
import { isForeignBuffer } from '@n10/buffer/internal';

export interface AssertionErrorOptions {
  message?: string;
  actual?: unknown;
  expected?: unknown;
  operator?: string;
  stackStartFunction?: Function;
}

export interface AssertionError extends Error {
  name: string;
  actual: unknown;
  expected: unknown;
  operator: string | undefined;
  message: string;
}

export interface AssertionErrorConstructor {
  new (options: AssertionErrorOptions): AssertionError;
  prototype: AssertionError;
  super_: ErrorConstructor;
}

interface CaptureStackTrace {
  captureStackTrace?(target: object, start?: Function): void;
}

// How 0.10 shows values in a generated message: JSON, with undefined, NaN, ±Infinity,
// functions and regexps spelled as their source.
function replacer(this: Record<string, unknown>, key: string, value: unknown): unknown {
  if (value === undefined) return '' + value;
  // A foreign Buffer (the host's own, in a program on a current Node) went through its own
  // toJSON ({ type, data }): 0.10's Buffer#toJSON gave the array of its bytes.
  if (value !== null && typeof value === 'object') {
    const raw = this[key];
    if (raw !== value && isForeignBuffer(raw)) return Array.prototype.slice.call(raw as ArrayLike<number>);
  }
  if (typeof value === 'number' && (value !== value || !isFinite(value))) return value.toString();
  // A function's source as V8 3.14 printed it (`function (){}`), unless it has its own toString.
  if (typeof value === 'function') return string010(value);
  if (value instanceof RegExp) return value.toString();
  return value;
}

function truncate(s: string | undefined, n: number): string | undefined {
  return typeof s === 'string' && s.length >= n ? s.slice(0, n) : s;
}

function show(value: unknown): string | undefined {
  try {
    return JSON.stringify(value, replacer);
  } catch (err) {
    // 0.10's V8 said only this; current engines describe the cycle too.
    if (err instanceof TypeError && /circular structure/i.test(err.message)) {
      throw new TypeError('Converting circular structure to JSON');
    }
    throw err;
  }
}

function generatedMessage(e: AssertionError): string {
  return truncate(show(e.actual), 128) + ' ' + e.operator + ' ' + truncate(show(e.expected), 128);
}

// A declaration (and the bundle's only top-level `AssertionError`) so that its name
// survives bundling.
function AssertionError(this: AssertionError, options: AssertionErrorOptions): void {
  if (!(this instanceof AssertionError)) {
    // Called without `new`: 0.10's sloppy-mode constructor wrote onto whatever `this` was
    // (the assert function for `assert.AssertionError(…)`, the global object for a bare
    // call), and a read-only property such as a function's `name` silently stayed.
    const target = (this == null ? globalThis : Object(this)) as AssertionError;
    sloppyPut(target, 'name', 'AssertionError');
    sloppyPut(target, 'actual', options.actual);
    sloppyPut(target, 'expected', options.expected);
    sloppyPut(target, 'operator', options.operator);
    sloppyPut(target, 'message', options.message || generatedMessage(target));
    const captureFn = (Error as CaptureStackTrace).captureStackTrace;
    if (typeof captureFn === 'function') captureFn(target, options.stackStartFunction || fail);
    return;
  }
  this.name = 'AssertionError';
  this.actual = options.actual;
  this.expected = options.expected;
  this.operator = options.operator;
  this.message = options.message || generatedMessage(this);
  const start = options.stackStartFunction || fail;
  const capture = (Error as CaptureStackTrace).captureStackTrace;
  if (typeof capture === 'function') capture(this, start);
  else this.stack = this.name + ': ' + this.message + '\n' + String(new Error().stack || '');
}

function sloppyPut(target: object, key: string, value: unknown): void {
  try {
    (target as Record<string, unknown>)[key] = value;
  } catch (err) {
    if (!(err instanceof TypeError)) throw err;
  }
}

util.inherits(AssertionError, Error);

export const AssertionErrorClass = AssertionError as unknown as AssertionErrorConstructor;

// The assert module (index.ts binds it): 0.10's fail threw `new assert.AssertionError(…)`, the
// constructor on the module at that moment, which a program may replace.
let assertModule: { AssertionError: AssertionErrorConstructor } | null = null;
export function bindAssertModule(m: typeof assertModule): void {
  assertModule = m;
}

/** Throws an AssertionError built from its arguments. */
export function fail(actual: unknown, expected: unknown, message?: string, operator?: string, stackStartFunction?: Function): never {
  const Ctor = assertModule ? assertModule.AssertionError : AssertionErrorClass;
  throw new Ctor({ message, actual, expected, operator, stackStartFunction });
}
