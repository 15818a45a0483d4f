// @n10/assert: node 0.10's require('assert'), portable.
//
// The module is the function `ok`, carrying the other assertions (0.10's order). Each
// failure throws an AssertionError whose stack starts at the assertion the program called.
import util from '@n10/util';
import { string010 } from '@n10/util/internal';
import { AssertionErrorClass, bindAssertModule, fail } from './assertion-error';
import { isDeepEqual } from './deep-equal';

export type { AssertionError, AssertionErrorOptions, AssertionErrorConstructor } from './assertion-error';

export interface Assert {
  (value: unknown, message?: string): void;
  AssertionError: typeof AssertionErrorClass;
  fail(actual: unknown, expected: unknown, message?: string, operator?: string, stackStartFunction?: Function): never;
  ok(value: unknown, message?: string): void;
  equal(actual: unknown, expected: unknown, message?: string): void;
  notEqual(actual: unknown, expected: unknown, message?: string): void;
  deepEqual(actual: unknown, expected: unknown, message?: string): void;
  notDeepEqual(actual: unknown, expected: unknown, message?: string): void;
  strictEqual(actual: unknown, expected: unknown, message?: string): void;
  notStrictEqual(actual: unknown, expected: unknown, message?: string): void;
  /** `error` may be a constructor, a RegExp (tested against the thrown value) or a validating function. */
  throws(block: () => unknown, error?: Function | RegExp | string, message?: string): void;
  doesNotThrow(block: () => unknown, error?: Function | RegExp | string, message?: string): void;
  ifError(value: unknown): void;
}

function ok(value: unknown, message?: string): void {
  if (!value) fail(value, true, message, '==', assert.ok);
}

const assert = ok as Assert;

assert.AssertionError = AssertionErrorClass;
bindAssertModule(assert);
assert.fail = fail;
assert.ok = ok;

assert.equal = function equal(actual: unknown, expected: unknown, message?: string): void {
  if (actual != expected) fail(actual, expected, message, '==', assert.equal);
};

assert.notEqual = function notEqual(actual: unknown, expected: unknown, message?: string): void {
  if (actual == expected) fail(actual, expected, message, '!=', assert.notEqual);
};

assert.deepEqual = function deepEqual(actual: unknown, expected: unknown, message?: string): void {
  if (!isDeepEqual(actual, expected)) fail(actual, expected, message, 'deepEqual', assert.deepEqual);
};

assert.notDeepEqual = function notDeepEqual(actual: unknown, expected: unknown, message?: string): void {
  if (isDeepEqual(actual, expected)) fail(actual, expected, message, 'notDeepEqual', assert.notDeepEqual);
};

assert.strictEqual = function strictEqual(actual: unknown, expected: unknown, message?: string): void {
  if (actual !== expected) fail(actual, expected, message, '===', assert.strictEqual);
};

assert.notStrictEqual = function notStrictEqual(actual: unknown, expected: unknown, message?: string): void {
  if (actual === expected) fail(actual, expected, message, '!==', assert.notStrictEqual);
};

// Whether the thrown value is the one expected: a RegExp is tested against it (so against
// String(err)), a constructor by instanceof, any other function by returning true.
function expectedException(actual: unknown, expected: unknown): boolean {
  if (!actual || !expected) return false;
  if (util.isRegExp(expected)) return expected.test(actual as string);
  // 0.10's `actual instanceof expected` failed on anything but a function (an object with a
  // call method included), in V8 3.14's words.
  if (typeof expected !== 'function') throw rethrownAt(notAConstructor(actual), 272, INSTANCEOF_LINE, 31);
  // (An arrow function has no prototype for instanceof; it can only be a validator.)
  if ((expected as Function).prototype !== undefined && actual instanceof (expected as Function)) return true;
  return (expected as Function).call({}, actual) === true;
}

const INSTANCEOF_LINE = '  } else if (actual instanceof expected) {';

// V8 3.14's TypeError for `x instanceof <not a function>`. It named the left operand: `#<Ctor>`
// for an object with Object.prototype's toString, else its string form ('object' if it had none).
function notAConstructor(actual: unknown): TypeError {
  let what: string;
  const o = actual as { toString?: unknown; constructor?: { name?: unknown } };
  if (typeof actual === 'function') what = string010(actual);
  else if (typeof actual === 'object' && actual !== null && o.toString === Object.prototype.toString) {
    const name = typeof o.constructor === 'function' ? o.constructor.name : '';
    what = '#<' + (typeof name === 'string' && name ? name : 'Object') + '>';
  } else {
    try {
      what = String(actual);
    } catch {
      what = 'object';
    }
  }
  const er = new TypeError('Expecting a function in instanceof check, but got ' + what);
  // The stack starts in expectedException, where 0.10's instanceof failed.
  const capture = (Error as { captureStackTrace?: (e: object, above: Function) => void }).captureStackTrace;
  if (capture) capture(er, notAConstructor);
  return er;
}

// Named and called as 0.10's was (`_throws.apply(this, …)` from assert.throws), so a stack
// through it shows `Function._throws` as 0.10's did.
function _throws(this: unknown, shouldThrow: boolean, block: () => unknown, expected?: unknown, message?: unknown): void {
  let actual: unknown;
  if (typeof expected === 'string') {
    message = expected;
    expected = null;
  }
  try {
    // V8 3.14's words for calling what is not a function (the block is caught as thrown).
    if (typeof block !== 'function') throw new TypeError((block === null ? 'object' : typeof block) + ' is not a function');
    block();
  } catch (e) {
    actual = e;
  }
  const name = expected && (expected as { name?: unknown }).name;
  const suffix = (name ? ' (' + name + ').' : '.') + (message ? ' ' + message : '.');

  if (shouldThrow && !actual) fail(actual, expected, 'Missing expected exception' + suffix);
  if (!shouldThrow && expectedException(actual, expected)) fail(actual, expected, 'Got unwanted exception' + suffix);
  if ((shouldThrow && actual && expected && !expectedException(actual, expected)) || (!shouldThrow && actual)) {
    throw rethrownAt(actual, 308, '    throw actual;', 10);
  }
}

// 0.10 rethrew the block's error (or ifError's argument) in assert.js, and showed that line
// when it went uncaught: the n10 runtime keeps a registry of throw sites (by error); without
// the runtime there is none.
const THROW_SITES = Symbol.for('n10.throwSites');
function rethrownAt(er: unknown, line: number, text: string, col: number): unknown {
  const sites = (globalThis as unknown as Record<symbol, WeakMap<object, object> | undefined>)[THROW_SITES];
  if (sites && ((typeof er === 'object' && er !== null) || typeof er === 'function')) {
    sites.set(er as object, { file: 'assert.js', line, text, caret: ' '.repeat(col) + '^' });
  }
  return er;
}

// Anonymous, as 0.10's are ([Function] in inspect output); lengths 3 and 2 as there.
assert.throws = function (this: unknown, block: () => unknown, error?: Function | RegExp | string, message?: string): void {
  _throws.call(this, true, block, error, message);
};

assert.doesNotThrow = function (this: unknown, block: () => unknown, message?: Function | RegExp | string): void {
  _throws.call(this, false, block, message, arguments[2]);
} as Assert['doesNotThrow'];

assert.ifError = function (err: unknown): void {
  if (err) throw rethrownAt(err, 324, 'assert.ifError = function(err) { if (err) {throw err;}};', 49);
};

export default assert;
