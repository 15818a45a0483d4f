import test from 'ava';
import assert from '@n10/assert';
import util from '@n10/util';
import { siteOfThrow } from '../../../tools/test-throw-sites';

type Failure = { name: string; message: string; actual: unknown; expected: unknown; operator: unknown };

// AssertionError is deliberately not a native Error (as in 0.10), which t.throws refuses.
function failure(t: import('ava').ExecutionContext, fn: () => void): Failure {
  let e: Failure | undefined;
  try {
    fn();
  } catch (err) {
    e = err as Failure;
  }
  t.true(e instanceof assert.AssertionError, 'expected an AssertionError');
  if (!e) return {} as Failure;
  t.deepEqual(Object.keys(e), ['name', 'actual', 'expected', 'operator', 'message']);
  t.is(e.name, 'AssertionError');
  return e;
}

test('require("assert") is ok(), carrying the other assertions in 0.10\'s order', (t) => {
  t.is(typeof assert, 'function');
  t.is(assert.ok, assert);
  t.deepEqual(Object.keys(assert), [
    'AssertionError', 'fail', 'ok', 'equal', 'notEqual', 'deepEqual', 'notDeepEqual', 'strictEqual', 'notStrictEqual',
    'throws', 'doesNotThrow', 'ifError',
  ]);
  t.deepEqual(
    [assert, assert.equal, assert.throws, assert.doesNotThrow, assert.fail, assert.ifError, assert.AssertionError].map((f) => f.length),
    [2, 3, 3, 2, 5, 1, 1],
  );
  t.is(util.inspect(assert.equal), '[Function: equal]');
  t.is(util.inspect(assert.throws), '[Function]');
});

test('assert.fail(actual, expected, message, operator)', (t) => {
  let e = failure(t, () => assert.fail(1, 2, undefined, '>'));
  t.is(e.message, '1 > 2');
  t.like(e, { actual: 1, expected: 2, operator: '>' });
  e = failure(t, () => assert.fail(1, 2, 'msg', '>'));
  t.is(e.message, 'msg');
  e = failure(t, () => (assert.fail as (...a: unknown[]) => never)());
  t.is(e.message, '"undefined" undefined "undefined"');
});

test('assert(value, message), assert.ok(value, [message])', (t) => {
  t.notThrows(() => assert(true));
  t.notThrows(() => assert.ok(1));
  let e = failure(t, () => assert(false));
  t.is(e.message, 'false == true');
  t.like(e, { actual: false, expected: true, operator: '==' });
  e = failure(t, () => assert.ok(0, 'zero'));
  t.is(e.message, 'zero');
  e = failure(t, () => (assert as (...a: unknown[]) => void)());
  t.is(e.message, '"undefined" == true');
});

test('assert.equal(actual, expected, [message]) uses ==', (t) => {
  t.notThrows(() => assert.equal(1, '1'));
  t.notThrows(() => assert.equal(null, undefined));
  t.is(failure(t, () => assert.equal(1, 2)).message, '1 == 2');
  t.is(failure(t, () => assert.equal('a', { x: 1 })).message, '"a" == {"x":1}');
  t.is(failure(t, () => assert.equal(NaN, NaN)).message, '"NaN" == "NaN"');
  t.is(failure(t, () => assert.equal(/x/g, Infinity)).message, '"/x/g" == "Infinity"');
  t.is(failure(t, () => assert.equal(new Error('e'), undefined)).message, '{} == "undefined"');
  t.is(failure(t, () => assert.equal({ a: undefined, b: [NaN] }, 1)).message, '{"a":"undefined","b":["NaN"]} == 1');
  t.is(failure(t, () => assert.equal(1, 2, '')).message, '1 == 2');
  const long = failure(t, () => assert.equal(new Array(200).join('y'), 1)).message;
  t.is(long, '"' + new Array(128).join('y') + ' == 1');
});

test('assert.notEqual(actual, expected, [message]) uses !=', (t) => {
  t.notThrows(() => assert.notEqual(1, 2));
  t.is(failure(t, () => assert.notEqual(1, '1')).message, '1 != "1"');
});

test('assert.strictEqual(actual, expected, [message]) and assert.notStrictEqual use === and !==', (t) => {
  t.notThrows(() => assert.strictEqual(1, 1));
  t.is(failure(t, () => assert.strictEqual(1, '1')).message, '1 === "1"');
  t.notThrows(() => assert.notStrictEqual(1, '1'));
  t.is(failure(t, () => assert.notStrictEqual(1, 1)).message, '1 !== 1');
});

test('assert.deepEqual(actual, expected, [message]) — 0.10\'s rules', (t) => {
  const eq = (a: unknown, b: unknown) => {
    try {
      assert.deepEqual(a, b);
      return true;
    } catch (e) {
      if (!(e instanceof assert.AssertionError)) throw e;
      return false;
    }
  };
  function F(this: { a: number }) { this.a = 1; }
  const args = (function (..._a: unknown[]) { return arguments; })(1, 2);
  t.true(eq(1, '1'));
  t.false(eq(null, undefined));
  t.false(eq(NaN, NaN));
  t.false(eq([], ''));
  t.false(eq({ 0: 's', 1: 't', 2: 'r' }, 'str'));
  t.true(eq([1, 2], { 0: 1, 1: 2 }));
  t.true(eq({ a: [1, { b: 2 }] }, { a: [1, { b: '2' }] }));
  t.true(eq({ a: 1, b: 2 }, { b: 2, a: 1 }));
  t.false(eq({ a: undefined }, { b: undefined }));
  t.true(eq(new Date(0), new Date(0)));
  t.false(eq(new Date(0), new Date(1)));
  t.true(eq(/a/g, /a/g));
  t.false(eq(/a/g, /a/i));
  const r = /a/g;
  r.lastIndex = 3;
  t.false(eq(/a/g, r));
  t.true(eq(new (F as unknown as new () => object)(), { a: 1 }));
  t.false(eq(function () {}, function () {}));
  t.false(eq(args, [1, 2]));
  t.true(eq([1, 2], args));
  t.false(eq(new String('a'), 'a'));
  t.true(eq(new Number(1), new Number(2)));
  t.false(eq([1, , 3], [1, undefined, 3]));
  const e = failure(t, () => assert.deepEqual({ a: [1, 2] }, { a: [1, 3] }));
  t.is(e.message, '{"a":[1,2]} deepEqual {"a":[1,3]}');
  const c: Record<string, unknown> = {};
  c.c = c;
  t.throws(() => assert.deepEqual(c, { a: 1 }), { instanceOf: TypeError, message: 'Converting circular structure to JSON' });
});

test('assert.notDeepEqual(actual, expected, [message])', (t) => {
  t.notThrows(() => assert.notDeepEqual([1], [2]));
  t.is(failure(t, () => assert.notDeepEqual([1], [1])).message, '[1] notDeepEqual [1]');
});

test('assert.throws(block, [error], [message]) — constructor, RegExp, validation function', (t) => {
  const thrower = (err: unknown) => () => { throw err; };
  const noop = () => {};
  t.is(failure(t, () => assert.throws(noop)).message, 'Missing expected exception..');
  let e = failure(t, () => assert.throws(noop, Error));
  t.is(e.message, 'Missing expected exception (Error)..');
  t.is(e.expected, Error);
  e = failure(t, () => assert.throws(noop, 'msg'));
  t.is(e.message, 'Missing expected exception. msg');
  t.is(e.expected, null);
  t.is(failure(t, () => assert.throws(noop, TypeError, 'msg')).message, 'Missing expected exception (TypeError). msg');
  t.notThrows(() => assert.throws(thrower(new TypeError('x')), TypeError));
  t.notThrows(() => assert.throws(thrower(new TypeError('x')), Error));
  const other = new TypeError('x');
  t.is(t.throws(() => assert.throws(thrower(other), RangeError)), other);
  t.notThrows(() => assert.throws(thrower(new Error('Wrong value')), /value/));
  t.throws(() => assert.throws(thrower(new Error('x')), /q/), { instanceOf: Error, message: 'x' });
  t.notThrows(() => assert.throws(thrower(new Error('x')), (err: Error) => err.message === 'x'));
  t.throws(() => assert.throws(thrower(new Error('x')), () => false), { message: 'x' });
  t.notThrows(() => assert.throws(thrower('str')));
  t.is(failure(t, () => assert.throws(thrower(0))).message, 'Missing expected exception..');
  t.notThrows(() => assert.throws(1 as unknown as () => void)); // calling 1 throws, which counts
});

test('assert.doesNotThrow(block, [message])', (t) => {
  t.notThrows(() => assert.doesNotThrow(() => {}));
  const err = new Error('d');
  t.is(t.throws(() => assert.doesNotThrow(() => { throw err; })), err);
  t.is(t.throws(() => assert.doesNotThrow(() => { throw err; }, 'mm')), err);
  const e = failure(t, () => assert.doesNotThrow(() => { throw err; }, Error, 'mm'));
  t.is(e.message, 'Got unwanted exception (Error). mm');
  t.is(e.actual, err);
  t.is(failure(t, () => assert.doesNotThrow(() => { throw new Error('abc'); }, /b/)).message, 'Got unwanted exception..');
  t.notThrows(() => assert.doesNotThrow(() => { throw 0; }));
});

test('assert.ifError(value) throws the value when it is truthy', (t) => {
  const err = new Error('from callback');
  t.is(t.throws(() => assert.ifError(err)), err);
  t.is(t.throws(() => assert.ifError('str'), { any: true }), 'str');
  t.notThrows(() => assert.ifError(null));
  t.notThrows(() => assert.ifError(0));
});

test('AssertionError: fields, message, toString, inspect output, stack header', (t) => {
  const e = new assert.AssertionError({ actual: 1, expected: 2, operator: 'op' });
  t.true(e instanceof Error);
  t.false(util.isError(e));
  t.is(e.message, '1 op 2');
  t.is(String(e), 'AssertionError: 1 op 2');
  t.is(util.inspect(e), "{ name: 'AssertionError',\n  actual: 1,\n  expected: 2,\n  operator: 'op',\n  message: '1 op 2' }");
  t.is(String(e.stack).split('\n')[0], 'AssertionError: 1 op 2');
  t.is(assert.AssertionError.super_, Error);
  t.deepEqual(Object.getOwnPropertyNames(assert.AssertionError.prototype), ['constructor']);
  const custom = new assert.AssertionError({ message: 'custom', actual: 1 });
  t.is(custom.message, 'custom');
});

test('assert.deepEqual(actual, expected, [message]): a function in the message is its source as V8 3.14 printed it', (t) => {
  const f = new Function('return function(){}')() as () => void;
  const g = new Function('return function  g (a) {}')() as () => void;
  t.is(failure(t, () => assert.deepEqual(f, g)).message, '"function (){}" deepEqual "function g(a) {}"');
});

test('assert.doesNotThrow / assert.throws rethrowing the block\'s error, and assert.ifError(value): 0.10\'s assert.js site (308, 324) is noted for the runtime', (t) => {
  t.deepEqual(siteOfThrow(t, () => assert.doesNotThrow(() => { throw new Error('x'); })), {
    file: 'assert.js', line: 308, text: '    throw actual;', caret: '          ^',
  });
  t.is(siteOfThrow(t, () => assert.throws(() => { throw new Error('x'); }, TypeError))?.line, 308);
  t.deepEqual(siteOfThrow(t, () => assert.ifError(new Error('e'))), {
    file: 'assert.js', line: 324, text: 'assert.ifError = function(err) { if (err) {throw err;}};', caret: ' '.repeat(49) + '^',
  });
  // a primitive is thrown as it is, with nothing noted
  let thrown: unknown;
  try {
    assert.ifError('str');
  } catch (e) {
    thrown = e;
  }
  t.is(thrown, 'str');
});

test('assert.throws(block, [error], [message]) and assert.doesNotThrow(block, [message]) call the block from `_throws` on assert, as 0.10 did (a stack shows Function._throws)', (t) => {
  type Site = { getTypeName(): string | null; getFunctionName(): string | null };
  const saved = Error.prepareStackTrace;
  const seen: string[] = [];
  const record = () => {
    const holder: { stack?: Site[] } = {};
    Error.prepareStackTrace = (_e, frames) => frames;
    Error.captureStackTrace(holder);
    const sites = holder.stack as Site[];
    Error.prepareStackTrace = saved;
    const site = sites[1];
    // (The receiver's type name is the engine's own: n10's runtime prints Function, as 0.10.)
    seen.push(String(site.getFunctionName()));
  };
  try {
    // record is the block itself: the frame below it is the caller of the block.
    t.is(failure(t, () => assert.throws(record)).message, 'Missing expected exception..');
    assert.doesNotThrow(record);
  } finally {
    Error.prepareStackTrace = saved;
  }
  t.deepEqual(seen, ['_throws', '_throws']);
});

test('Class: assert.AssertionError — a failed assertion throws with the constructor on the module at that moment, as 0.10\'s fail did (replaceable)', (t) => {
  const Original = assert.AssertionError;
  class Mine {
    operator: unknown;
    constructor(options: { operator?: unknown }) {
      this.operator = options.operator;
    }
  }
  (assert as unknown as { AssertionError: unknown }).AssertionError = Mine;
  let thrown: unknown;
  try {
    assert.equal(1, 2);
  } catch (e) {
    thrown = e;
  } finally {
    assert.AssertionError = Original;
  }
  t.true(thrown instanceof Mine);
  t.is((thrown as Mine).operator, '==');
  t.is(failure(t, () => assert.equal(1, 2)).name, 'AssertionError');
});

test('assert.throws(block, [error]) / doesNotThrow with an error that is not a function, RegExp or string: 0.10\'s instanceof TypeError (it named the thrown value), sited at assert.js:272', (t) => {
  const thrower = (v: unknown) => () => {
    throw v;
  };
  const withCall = { call: () => true } as unknown as Function;
  const cases: [() => void, string][] = [
    [() => assert.throws(thrower(new Error('x')), 5 as unknown as Function), 'Error: x'],
    [() => assert.throws(thrower(new Error('x')), withCall), 'Error: x'],
    [() => assert.throws(thrower('str'), {} as unknown as Function), 'str'],
    [() => assert.throws(thrower({ a: 1 }), true as unknown as Function), '#<Object>'],
    [() => assert.throws(thrower(Object.create(null)), [] as unknown as Function), 'object'],
    [() => assert.doesNotThrow(thrower([1, 2]), {} as unknown as Function), '1,2'],
  ];
  for (const [fn, what] of cases) {
    const er = t.throws(fn, { instanceOf: TypeError });
    t.is(er?.message, 'Expecting a function in instanceof check, but got ' + what);
  }
  t.deepEqual(siteOfThrow(t, cases[0][0]), { file: 'assert.js', line: 272, text: '  } else if (actual instanceof expected) {', caret: ' '.repeat(31) + '^' });
  // Nothing thrown, or a falsy value thrown: expected is never looked at.
  let missing: { name?: string; message?: string } | undefined;
  try {
    assert.throws(() => {}, 5 as unknown as Function);
  } catch (er) {
    missing = er as { name?: string; message?: string };
  }
  t.is(missing?.name, 'AssertionError');
  t.is(missing?.message, 'Missing expected exception..');
  t.notThrows(() => assert.doesNotThrow(() => {}, 5 as unknown as Function));
});

test('assert.throws(block) / doesNotThrow(block) with a block that is not a function: calling it fails with V8 3.14\'s TypeError (object/undefined/number is not a function), caught as the thrown value', (t) => {
  const cases: [unknown, string][] = [
    [null, 'object is not a function'],
    [undefined, 'undefined is not a function'],
    [5, 'number is not a function'],
    ['s', 'string is not a function'],
    [{}, 'object is not a function'],
    [true, 'boolean is not a function'],
  ];
  for (const [block, message] of cases) {
    let thrown: unknown;
    try {
      assert.doesNotThrow(block as () => void);
    } catch (e) {
      thrown = e;
    }
    t.true(thrown instanceof TypeError);
    t.is((thrown as Error).message, message);
    t.notThrows(() => assert.throws(block as () => void));
  }
});

test('assert.AssertionError(options) called without new writes onto its receiver, as 0.10 did', (t) => {
  const o: Record<string, unknown> = {};
  const Ctor = assert.AssertionError as unknown as (this: object, options: object) => void;
  t.is(Ctor.call(o, { actual: 1, expected: 2, operator: '==' }), undefined);
  t.deepEqual(Object.keys(o), ['name', 'actual', 'expected', 'operator', 'message']);
  t.is(o.message, '1 == 2');
  t.is(typeof o.stack, 'string');
  // A function receiver: its read-only `name` stays, the rest is written.
  const f = function target(): void {};
  t.notThrows(() => Ctor.call(f, { message: 'm' }));
  t.is(f.name, 'target');
  t.is((f as unknown as Record<string, unknown>).message, 'm');
});
