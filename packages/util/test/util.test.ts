import test from 'ava';
import util from '@n10/util';
import { siteOfThrow } from '../../../tools/test-throw-sites';

test('require("util") has 0.10\'s keys in 0.10\'s order', (t) => {
  t.deepEqual(Object.keys(util), [
    'format', 'deprecate', 'print', 'puts', 'debug', 'error', 'inspect', 'isArray', 'isRegExp', 'isDate', 'isError',
    'p', 'log', 'exec', 'pump', 'inherits', '_extend',
  ]);
  const lengths = Object.keys(util).map((k) => (util as unknown as Record<string, Function>)[k].length);
  t.deepEqual(lengths, [1, 2, 0, 0, 1, 1, 2, 1, 1, 1, 1, 0, 1, 0, 0, 2, 2]);
  t.is(util.inspect(util).split('\n')[0], '{ format: [Function],');
});

test('util.isArray(object)', (t) => {
  t.true(util.isArray([]));
  t.true(util.isArray(new Array(3)));
  t.false(util.isArray({}));
  t.false(util.isArray((function () { return arguments; })()));
});

test('util.isRegExp(object)', (t) => {
  t.true(util.isRegExp(/some regexp/));
  t.true(util.isRegExp(new RegExp('another regexp')));
  t.false(util.isRegExp({}));
  t.false(util.isRegExp({ source: 'x', test() {} }));
});

test('util.isDate(object)', (t) => {
  t.true(util.isDate(new Date()));
  t.false(util.isDate(Date()));
  t.false(util.isDate({}));
});

test('util.isError(object)', (t) => {
  t.true(util.isError(new Error()));
  t.true(util.isError(new TypeError()));
  t.false(util.isError({ name: 'Error', message: 'an error occurred' }));
  t.false(util.isError(Object.create(Error.prototype)));
});

test('util.inherits(constructor, superConstructor) sets prototype and super_', (t) => {
  function Base(this: { base: boolean }) { this.base = true; }
  Base.prototype.hello = function () { return 'hello'; };
  function Child(this: object) { Base.call(this as { base: boolean }); }
  util.inherits(Child, Base);
  const c = new (Child as unknown as new () => { hello(): string; base: boolean })();
  t.is(c.hello(), 'hello');
  t.true(c.base);
  t.true(c instanceof (Base as unknown as Function));
  t.is((Child as unknown as { super_: unknown }).super_, Base);
  t.deepEqual(Object.keys(Child), ['super_']);
  t.deepEqual(Object.getOwnPropertyNames(Child.prototype), ['constructor']);
  t.false(Object.prototype.propertyIsEnumerable.call(Child.prototype, 'constructor'));
  t.throws(() => util.inherits(Child, null as unknown as Function), { instanceOf: TypeError });
});

test('util._extend(origin, add) copies own enumerable keys, last key first', (t) => {
  const o: Record<string, unknown> = { keep: 1 };
  t.is(util._extend(o, { a: 1, b: 2, c: 3 }), o);
  t.deepEqual(Object.keys(o), ['keep', 'c', 'b', 'a']);
  t.deepEqual(util._extend({ x: 1 }, 'str'), { x: 1 });
  t.deepEqual(util._extend({ x: 1 }, null), { x: 1 });
  t.is(util._extend(1, { a: 1 }), 1);
  t.is(util.inspect(util._extend({}, [5, 6])), "{ '0': 5, '1': 6 }");
  t.deepEqual(util._extend({}, Object.create({ inherited: true })), {});
});

test('util.deprecate(fn, msg) warns once through console.error, then calls through', (t) => {
  const con = globalThis.console as unknown as Record<string, unknown>;
  const saved = con.error;
  const messages: unknown[] = [];
  con.error = (m: unknown) => messages.push(m);
  try {
    const f = util.deprecate(function (this: unknown, a: number, b: number) { return [this, a + b]; }, 'f is old');
    t.is(f.name, 'deprecated');
    const self = {};
    t.deepEqual(f.call(self, 1, 2), [self, 3]);
    t.deepEqual(f.call(self, 3, 4), [self, 7]);
    t.deepEqual(messages, ['f is old']);
  } finally {
    con.error = saved;
  }
});

test('util.pump(readableStream, writableStream, [callback]) — data, drain, end, close, errors', (t) => {
  type Handler = (...args: unknown[]) => void;
  const log: string[] = [];
  function mock(name: string) {
    const handlers: Record<string, Handler[]> = {};
    return {
      handlers,
      addListener(event: string, fn: Handler) { (handlers[event] ||= []).push(fn); return this; },
      fire(event: string, ...args: unknown[]) { (handlers[event] || []).forEach((fn) => fn(...args)); },
      write(chunk: unknown) { log.push(`${name}.write ${chunk}`); return chunk !== 'full'; },
      end() { log.push(`${name}.end`); },
      pause() { log.push(`${name}.pause`); },
      resume() { log.push(`${name}.resume`); },
      destroy() { log.push(`${name}.destroy`); },
    };
  }
  const con = globalThis.console as unknown as Record<string, unknown>;
  const saved = con.error;
  con.error = () => {}; // the one-time deprecation notice
  try {
    const r = mock('r');
    const w = mock('w');
    util.pump(r, w, (...args: unknown[]) => log.push(`callback ${args.length} ${args[0]}`));
    t.deepEqual(Object.keys(r.handlers), ['data', 'end', 'close', 'error']);
    t.deepEqual(Object.keys(w.handlers), ['drain', 'error']);
    r.fire('data', 'a');
    r.fire('data', 'full');
    w.fire('drain');
    r.fire('end');
    r.fire('close');
    r.fire('close');
    const r2 = mock('r2');
    const w2 = mock('w2');
    util.pump(r2, w2, (e) => log.push(`callback2 ${e}`));
    r2.fire('error', 'E1');
    w2.fire('error', 'E2');
  } finally {
    con.error = saved;
  }
  t.deepEqual(log, [
    'w.write a', 'w.write full', 'r.pause', 'r.resume', 'w.end', 'callback 3 undefined',
    'w2.end', 'callback2 E1', 'r2.destroy',
  ]);
});

test('util.inherits(constructor, superConstructor) — bad arguments fail as in 0.10 (V8 3.14 messages; a primitive constructor is left alone)', (t) => {
  const inherits = util.inherits as (a: unknown, b: unknown) => void;
  const F = function () {};
  t.throws(() => inherits(null, F), { instanceOf: TypeError, message: "Cannot set property 'super_' of null" });
  t.throws(() => inherits(undefined, F), { instanceOf: TypeError, message: "Cannot set property 'super_' of undefined" });
  t.throws(() => inherits(function () {}, null), { instanceOf: TypeError, message: "Cannot read property 'prototype' of null" });
  t.throws(() => inherits(function () {}, {}), { instanceOf: TypeError, message: 'Object prototype may only be an Object or null' });
  t.notThrows(() => inherits(5, F));
  t.notThrows(() => inherits('s', F));
  const G = function () {};
  t.throws(() => inherits(G, undefined));
  t.is((G as unknown as { super_: unknown }).super_, undefined);
  t.true('super_' in G); // set before the failure, as 0.10 did
});

test('util.format, util.inherits, util._extend…: anonymous, as 0.10\'s exports.x = function … were', (t) => {
  const u = util as unknown as Record<string, Function>;
  for (const k of ['format', 'deprecate', 'print', 'puts', 'debug', 'error', 'log', 'inherits', '_extend']) t.is(u[k].name, '', k);
});

test('util.inherits with a missing or bad constructor: the throw site in 0.10\'s util.js (554, 555) is noted for the runtime', (t) => {
  const F = function () {} as unknown as Function;
  t.deepEqual(siteOfThrow(t, () => util.inherits(F, undefined as unknown as Function)), {
    file: 'util.js', line: 555, text: '  ctor.prototype = Object.create(superCtor.prototype, {', caret: ' '.repeat(42) + '^',
  });
  t.deepEqual(siteOfThrow(t, () => util.inherits(undefined as unknown as Function, F)), {
    file: 'util.js', line: 554, text: '  ctor.super_ = superCtor;', caret: ' '.repeat(14) + '^',
  });
  t.is(siteOfThrow(t, () => util.inherits(F, { prototype: 5 } as unknown as Function))?.caret, ' '.repeat(26) + '^');
});

test('util.format(%j, circular) and %s/%d of an unconvertible object: the TypeError\'s site in 0.10\'s util.js (41, 39, 40) is noted for the runtime', (t) => {
  const o: Record<string, unknown> = {};
  o.o = o;
  t.deepEqual(siteOfThrow(t, () => util.format('%j', o)), {
    file: 'util.js', line: 41, text: "      case '%j': return JSON.stringify(args[i++]);", caret: ' '.repeat(29) + '^',
  });
  const bare = Object.create(null) as object;
  t.deepEqual(siteOfThrow(t, () => util.format('%s', bare)), {
    file: 'util.js', line: 39, text: "      case '%s': return String(args[i++]);", caret: ' '.repeat(24) + '^',
  });
  t.is(siteOfThrow(t, () => util.format('x %d', bare))?.line, 40);
  // An error the object's own toString throws is the program's: no util.js site.
  t.is(siteOfThrow(t, () => util.format('%s', { toString() { throw new Error('own'); } })), undefined);
  t.is(util.format('%s %d', { toString: () => 'ts', valueOf: () => 5 }, { valueOf: () => 7 }), 'ts 7');
});

test('util.log(string) with no message, null or an object without a callable toString: V8 3.14\'s TypeError, sited at 0.10\'s util.js:491', (t) => {
  const log = util.log as (msg?: unknown) => void;
  const site = siteOfThrow(t, () => log());
  t.deepEqual(site, { file: 'util.js', line: 491, text: "  exports.puts(timestamp() + ' - ' + msg.toString());", caret: ' '.repeat(41) + '^' });
  t.is(t.throws(() => log())?.message, "Cannot call method 'toString' of undefined");
  t.is(t.throws(() => log(null))?.message, "Cannot call method 'toString' of null");
  t.is(t.throws(() => log({ toString: 5 }))?.message, "Property 'toString' of object object is not a function");
  t.is(t.throws(() => log(Object.create(null)))?.message, "Object object has no method 'toString'");
});

test('util.puts, print, error, debug with an unconvertible object: the TypeError\'s site in 0.10\'s util.js (93, 86, 105, 99)', (t) => {
  const bare = Object.create(null) as object;
  const u = util as unknown as Record<'puts' | 'print' | 'error' | 'debug', (x: unknown) => void>;
  t.is(siteOfThrow(t, () => u.puts(bare))?.line, 93);
  t.is(siteOfThrow(t, () => u.print(bare))?.caret, ' '.repeat(25) + '^');
  t.is(siteOfThrow(t, () => u.error(bare))?.text, "    process.stderr.write(arguments[i] + '\\n');");
  t.is(siteOfThrow(t, () => u.debug(bare))?.caret, ' '.repeat(33) + '^');
});

test('util.isError(object) — the native error prototypes count as errors, as in 0.10', (t) => {
  for (const E of [Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError]) {
    t.true(util.isError(E.prototype));
  }
  t.false(util.isError(Object.create(Error.prototype)));
});

test('util.inspect(object) — Error.prototype prints as [Error]', (t) => {
  t.is(util.inspect(Error.prototype), '[Error]');
  t.is(util.inspect({ p: TypeError.prototype }), '{ p: [TypeError] }');
  t.is(util.inspect(Object.create(Error.prototype)), '{}');
  t.is(
    util.inspect(Error.prototype, { showHidden: true, depth: 0 }),
    "{ [Error]\n  [constructor]: [Object],\n  [name]: 'Error',\n  [message]: '',\n  [toString]: [Object] }",
  );
});

test('util.inspect(object, {showHidden}) — a stack from Error.captureStackTrace prints [Getter/Setter]', (t) => {
  const o: { stack?: string } = {};
  Error.captureStackTrace(o);
  t.is(util.inspect(o, { showHidden: true }), '{ [stack]: [Getter/Setter] }');
  t.is(util.inspect({ a: 1, stack: 'mine' }, { showHidden: true }), "{ a: 1, stack: 'mine' }");
});
