import test from 'ava';
import util from '@n10/util';
import table from './fixtures/inspect-table.json';

interface Entry {
  source: string;
  args: unknown[];
  expected: string;
}

// Each value is rebuilt from the ES5 source the oracle evaluated (make-inspect-table.cjs).
for (const entry of table as Entry[]) {
  test(`util.inspect(object, [options]) prints ${entry.source.slice(0, 60)} ${JSON.stringify(entry.args)} as node 0.10`, (t) => {
    const value = new Function('return (' + entry.source + ');')();
    const inspect = util.inspect as (...args: unknown[]) => string;
    t.is(inspect(value, ...entry.args), entry.expected);
  });
}

test('util.inspect — function names as V8 3.14 gave them (declared names only)', (t) => {
  const anonymous = function () {};
  const obj = { method: function () {} };
  t.is(util.inspect(anonymous), '[Function]');
  t.is(util.inspect(obj), '{ method: [Function] }');
  t.is(util.inspect(function uniquelyNamedForInspectTest() {}), '[Function: uniquelyNamedForInspectTest]');
  t.is(util.inspect(new Function('a', 'return a')), '[Function]');
  t.is(util.inspect(Function.prototype), '[Function: Empty]');
  t.is(util.inspect(Math.min), '[Function: min]');
  t.is(util.inspect(class Named {}), '[Function: Named]');
  t.is(util.inspect(() => 1), '[Function]');
});

test('util.inspect — Dates: local toString without keys, UTC with keys, 0.10 year format', (t) => {
  t.regex(util.inspect(new Date(0)), /^(Thu|Wed) (Jan 01 1970|Dec 31 1969) \d\d:\d\d:\d\d GMT[+-]\d{4} \(.+\)$/);
  const d = new Date(Date.UTC(-1, 0, 1));
  (d as unknown as { k: number }).k = 1;
  t.is(util.inspect(d), '{ Fri, 01 Jan -1 00:00:00 GMT k: 1 }');
});

test('Customizing util.inspect colors — styles and colors are read at call time', (t) => {
  t.deepEqual(Object.keys(util.inspect.colors), [
    'bold', 'italic', 'underline', 'inverse', 'white', 'grey', 'black', 'blue', 'cyan', 'green', 'magenta', 'red', 'yellow',
  ]);
  t.deepEqual(util.inspect.styles, {
    special: 'cyan', number: 'yellow', boolean: 'yellow', undefined: 'grey', null: 'bold', string: 'green', date: 'magenta', regexp: 'red',
  });
  const saved = util.inspect.styles.number;
  try {
    util.inspect.styles.number = 'red';
    util.inspect.styles.name = 'blue';
    t.is(util.inspect({ n: 5 }, { colors: true }), '{ \u001b[34mn\u001b[39m: \u001b[31m5\u001b[39m }');
    util.inspect.colors.custom = [1, 2];
    util.inspect.styles.number = 'custom';
    t.is(util.inspect(7, { colors: true }), '\u001b[1m7\u001b[2m');
  } finally {
    util.inspect.styles.number = saved;
    delete util.inspect.styles.name;
    delete util.inspect.colors.custom;
  }
  t.is(util.inspect({ n: 5 }, { colors: true }), '{ n: \u001b[33m5\u001b[39m }');
});

test('util.inspect — a custom inspect(depth) gets the remaining depth; util.inspect itself is not called as one', (t) => {
  const depths: unknown[] = [];
  const probe = { inspect: (d: unknown) => (depths.push(d), 'p') };
  util.inspect({ a: { b: probe } });
  util.inspect(probe, { depth: null });
  t.deepEqual(depths, [0, null]);
  t.is(util.inspect({ inspect: util.inspect }, { depth: 0 }), '{ inspect: [Object] }');
});

test('util.inspect — extra options are copied onto the context, as 0.10 does', (t) => {
  t.is(util.inspect({ a: 'x' }, { stylize: (s: string, style: string) => `<${style}:${s}>` }), '{ <name:a>: <string:\'x\'> }');
});

test('util.inspect — a non-enumerable array index prints as [i], as in 0.10', (t) => {
  const a = [1, 2];
  Object.defineProperty(a, 3, { value: 8, enumerable: false });
  (a as unknown as Record<string, unknown>)['01'] = 'skipped, looks numeric';
  t.is(util.inspect(a), '[ 1, 2, , [3]: 8 ]');
});

test('util.inspect — typed arrays, ArrayBuffers and DataViews print their 0.10 own properties', (t) => {
  t.is(
    util.inspect(new Uint8Array([1, 2])),
    "{ '0': 1,\n  '1': 2,\n  BYTES_PER_ELEMENT: 1,\n  get: [Function: get],\n  set: [Function: set],\n" +
      "  slice: [Function: slice],\n  subarray: [Function: subarray],\n" +
      "  buffer: { '0': 1, '1': 2, slice: [Function: slice], byteLength: 2 },\n" +
      '  length: 2,\n  byteOffset: 0,\n  byteLength: 2 }',
  );
  t.is(util.inspect(new ArrayBuffer(0)), '{ slice: [Function: slice], byteLength: 0 }');
  t.is(util.inspect(new ArrayBuffer(2)), "{ '0': 0, '1': 0, slice: [Function: slice], byteLength: 2 }");
  const dv = util.inspect(new DataView(new Uint8Array([5, 6, 7, 8]).buffer, 1, 2));
  t.regex(dv, /^\{ '0': 6,\n {2}'1': 7,\n {2}getUint8: \[Function: getUint8\],/);
  t.regex(dv, /setFloat64: \[Function: setFloat64\],\n {2}buffer: \n {3}\{ '0': 5,/);
  t.regex(dv, /byteOffset: 1,\n {2}byteLength: 2 \}$/);
  const sub = new Uint16Array(new ArrayBuffer(8), 2, 2) as Uint16Array & { foo?: string; self?: unknown };
  sub.foo = 'bar';
  sub.self = sub;
  t.regex(util.inspect(sub), /length: 2,\n {2}byteOffset: 2,\n {2}byteLength: 4,\n {2}foo: 'bar',\n {2}self: \[Circular\] \}$/);
  t.regex(util.inspect({ a: { b: new Uint8Array(1) } }), /buffer: \[Object\],/);
  t.is(util.inspect({ a: { b: { c: new Uint8Array(1) } } }), '{ a: { b: { c: [Object] } } }');
});

test('util.inspect(object, {showHidden: true}) — Errors and RegExps with V8 3.14 own properties', (t) => {
  const e = new Error('h') as Error & { code?: number };
  e.code = 1;
  t.is(
    util.inspect(e, { showHidden: true }),
    "{ [Error: h]\n  [stack]: [Getter/Setter],\n  [arguments]: undefined,\n  [type]: undefined,\n  [message]: 'h',\n  code: 1 }",
  );
  t.is(util.inspect(new Error(), { showHidden: true }), '{ [Error]\n  [stack]: [Getter/Setter],\n  [arguments]: undefined,\n  [type]: undefined }');
  const r = /q/gi as RegExp & { extra?: number };
  r.extra = 1;
  t.is(
    util.inspect(r, { showHidden: true }),
    "{ /q/gi\n  [source]: 'q',\n  [global]: true,\n  [ignoreCase]: true,\n  [multiline]: false,\n  [lastIndex]: 0,\n  extra: 1 }",
  );
  t.is(util.inspect(e), '{ [Error: h] code: 1 }');
});

test('util.inspect — a RegExp match result shows index and input only, as in 0.10 (no ES2018 groups)', (t) => {
  t.is(util.inspect('abc'.match(/b/)), "[ 'b', index: 1, input: 'abc' ]");
  t.is(util.inspect(/(a)(x)?/.exec('ab')), "[ 'a', 'a', undefined, index: 0, input: 'ab' ]");
  t.is(util.inspect('a1b2'.match(/\d/g)), "[ '1', '2' ]");
  // An array of a program's own with such properties keeps a groups that has a value.
  const own = Object.assign(['x'], { index: 0, input: 'x', groups: 1 });
  t.is(util.inspect(own), "[ 'x', index: 0, input: 'x', groups: 1 ]");
});

test('util.inspect(object, [options]): options merged by util._extend, looked up on the module as 0.10 did; only an object is merged', (t) => {
  const nested = { a: { b: { c: { d: 1 } } } };
  t.is(util.inspect(nested, 'abc' as never), '{ a: { b: { c: [Object] } } }');
  t.is(util.inspect(nested, 5 as never), '{ a: { b: { c: [Object] } } }');
  const fn = Object.assign(function () {}, { depth: 0 });
  t.is(util.inspect(nested, fn as never), '{ a: { b: { c: [Object] } } }', 'a function is not merged');
  t.is(util.inspect(nested, Object.assign([true], { depth: 0 }) as never), '{ a: [Object] }', 'an array is');
  const saved = util._extend;
  const calls: unknown[] = [];
  util._extend = function (origin: object, add: unknown) {
    calls.push(add);
    return saved(origin, add);
  } as typeof util._extend;
  try {
    t.is(util.inspect(nested, { depth: 0 }), '{ a: [Object] }');
    util.inspect(nested, true);
    util.inspect(nested);
  } finally {
    util._extend = saved;
  }
  t.deepEqual(calls, [{ depth: 0 }]);
});

test('util.inspect(object): Error.prototype.toString and RegExp.prototype.toString as they are at the call (a program may replace them, as 0.10 allowed)', (t) => {
  const errorToString = Error.prototype.toString;
  const regExpToString = RegExp.prototype.toString;
  try {
    Error.prototype.toString = function (this: Error) {
      return `E<${this.message}>`;
    };
    RegExp.prototype.toString = function (this: RegExp) {
      return `R<${this.source}>`;
    };
    t.is(util.inspect(new Error('m')), '[E<m>]');
    t.is(util.inspect({ r: /b/ }), '{ r: R<b> }');
  } finally {
    Error.prototype.toString = errorToString;
    RegExp.prototype.toString = regExpToString;
  }
  t.is(util.inspect([new Error('m'), /b/g]), '[ [Error: m], /b/g ]');
});

test('util.inspect(new Function(…)) is [Function] (V8 3.14 named those \'\'), also under a Function.prototype.toString that writes 0.10\'s source (the n10 runtime\'s)', (t) => {
  const made = new Function('a', 'return a');
  function anonymous(x: unknown): unknown { return x; }
  t.is(util.inspect(made), '[Function]');
  const engineToString = Function.prototype.toString;
  const like010 = function toString(this: Function): string {
    const src = engineToString.call(this);
    return src.replace(/^function anonymous\(([^)]*)\n\) \{\n/, 'function anonymous($1) {\n');
  };
  Object.defineProperty(Function.prototype, 'toString', { value: like010, writable: true, configurable: true, enumerable: false });
  try {
    t.is(String(made), 'function anonymous(a) {\nreturn a\n}');
    t.is(util.inspect(made), '[Function]');
    t.is(util.inspect([Function(), new Function('a,b', 'c', '')]), '[ [Function], [Function] ]');
    t.is(util.inspect(anonymous), '[Function: anonymous]', 'a function declared with that name keeps it');
  } finally {
    Object.defineProperty(Function.prototype, 'toString', { value: engineToString, writable: true, configurable: true, enumerable: false });
  }
});
