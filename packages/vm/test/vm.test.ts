import test from 'ava';
import vm from '@n10/vm';
import { siteOfThrow } from '../../../tools/test-throw-sites';

test('require("vm") has 0.10 shape', (t) => {
  t.is(typeof vm, 'function');
  t.is(vm.Script, vm);
  t.deepEqual(Object.keys(vm), ['Script', 'createScript', 'createContext', 'runInContext', 'runInThisContext', 'runInNewContext']);
  t.deepEqual(Object.keys(vm.Script.prototype), []);
});

test('vm.runInThisContext(code, [filename]) runs in the global scope and names the file in stacks', (t) => {
  t.is(vm.runInThisContext('var n10VmGlobal = 7; n10VmGlobal'), 7);
  t.is((globalThis as Record<string, unknown>).n10VmGlobal, 7);
  delete (globalThis as Record<string, unknown>).n10VmGlobal;
  const err = t.throws(() => vm.runInThisContext('throw new Error("inner")', 'myfile.vm')) as Error;
  t.regex(String(err.stack), /at myfile\.vm:1:7/);
});

test('vm.runInNewContext(code, [sandbox]): copies the sandbox in and the globals out', (t) => {
  const sandbox: Record<string, unknown> = { a: 1, o: { deep: 1 } };
  t.is(vm.runInNewContext('b = a + 1; var c = 3; this.d = 4; o.deep = 2; typeof require', sandbox), 'undefined');
  t.deepEqual({ ...sandbox }, { a: 1, o: { deep: 2 }, b: 2, c: 3, d: 4 });
  t.is(vm.runInNewContext('typeof console + typeof setTimeout + typeof process'), 'undefinedundefinedundefined');
  t.false(vm.runInNewContext('Object') === Object);
});

test('vm.createContext([initSandbox]) and vm.runInContext(code, context): state persists, props copied both ways', (t) => {
  const ctx = vm.createContext({ x: 2 });
  t.is(Object.prototype.toString.call(ctx), '[object Context]');
  t.is(vm.runInContext('x * 2', ctx), 4);
  vm.runInContext('y = x + 1; x = 10', ctx);
  t.deepEqual({ ...ctx }, { x: 10, y: 3 });
  ctx.z = 5;
  t.is(vm.runInContext('z + y', ctx), 8);
  delete ctx.x;
  t.is(vm.runInContext('typeof x', ctx), 'number');
  t.is(ctx.x, 10);
});

test('vm.createScript(code, [filename]) / new vm.Script: methods on the instance, run anywhere', (t) => {
  const script = vm.createScript('k = (typeof k === "number" ? k : 0) + 1', 'file.js');
  t.true(script instanceof vm.Script);
  t.deepEqual(Object.keys(script), ['createContext', 'runInContext', 'runInThisContext', 'runInNewContext']);
  const sb: Record<string, unknown> = {};
  script.runInNewContext(sb);
  t.is(sb.k, 1);
  const ctx = script.createContext({ k: 41 });
  t.is(script.runInContext(ctx), 42);
  t.is(script.runInContext(ctx), 43);
});

test('bad input: 0.10 TypeErrors; syntax errors at compile time', (t) => {
  t.throws(() => vm.runInContext('1', {} as never), { instanceOf: TypeError, message: "needs a 'context' argument." });
  t.throws(() => (vm.runInNewContext as () => unknown)(), { instanceOf: TypeError, message: "needs at least 'code' argument." });
  t.throws(() => new vm.Script('1 +', 'bad.js'), { instanceOf: SyntaxError });
  t.is(vm.runInThisContext(42 as unknown as string), 42);
});

test('vm.runInNewContext(code, [sandbox]): properties copied by descriptor (getters, non-enumerable, read-only), as 0.10 CloneObject', (t) => {
  let n = 0;
  const sb: Record<string, unknown> = {};
  Object.defineProperty(sb, 'g', { get: () => ++n, enumerable: true, configurable: true });
  Object.defineProperty(sb, 'hidden', { value: 3 });
  Object.defineProperty(sb, 'ro', { value: 1, enumerable: true });
  t.deepEqual(vm.runInNewContext('[g + g, typeof hidden, (ro = 2, ro)]', sb), [3, 'number', 1]);
  t.is(n, 2); // the getter went in as a getter, and came back as one (not called)
  t.is(typeof Object.getOwnPropertyDescriptor(sb, 'g')!.get, 'function');
  t.is(sb.ro, 1);
});

test('vm.runInNewContext(code, [sandbox]): the global builtins come back non-enumerable; nothing comes back after a throw', (t) => {
  const sb: Record<string, unknown> = {};
  vm.runInNewContext('x = 1', sb);
  t.deepEqual(Object.keys(sb), ['x']);
  t.is(typeof sb.Array, 'function');
  t.not(sb.Array, Array);
  t.false(Object.getOwnPropertyDescriptor(sb, 'JSON')!.enumerable);
  t.false('Map' in sb); // not a V8 3.14 global
  const thrown: Record<string, unknown> = {};
  t.throws(() => vm.runInNewContext('a = 1; throw new Error("x")', thrown));
  t.deepEqual(Object.getOwnPropertyNames(thrown), []);
});

test('vm.createContext([initSandbox]): a non-object argument is a TypeError', (t) => {
  for (const bad of [5, null, 'abc', undefined]) {
    t.throws(() => vm.createContext(bad as never), {
      instanceOf: TypeError,
      message: 'createContext() accept only object as first argument.',
    });
  }
  t.deepEqual(Object.keys(vm.createContext()), []);
});

test('Class: Script — its methods throw "invalid call to …" when not called on the script', (t) => {
  const script = vm.createScript('1');
  const run = script.runInThisContext;
  t.throws(() => run(), { instanceOf: TypeError, message: 'invalid call to runInThisContext' });
  t.throws(() => script.runInNewContext.call({}), { instanceOf: TypeError, message: 'invalid call to runInNewContext' });
  t.is(script.runInThisContext(), 1);
});

test('vm.runInNewContext(code, [sandbox]): a var declared without a value comes back as a property', (t) => {
  const sandbox: Record<string, unknown> = {};
  vm.runInNewContext('var c; b = 2;', sandbox);
  t.true('c' in sandbox);
  t.is(sandbox.c, undefined);
  t.is(sandbox.b, 2);
  const ctx = vm.createContext();
  vm.runInContext('var q;', ctx);
  t.true('q' in ctx);
});

test('vm.runInNewContext / vm.runInContext(code): a compile error is the context\'s SyntaxError, in 0.10\'s words', (t) => {
  const e1 = t.throws(() => vm.runInNewContext('(', {})) as Error;
  t.false(e1 instanceof SyntaxError);
  t.is(e1.name, 'SyntaxError');
  t.is(e1.message, 'Unexpected end of input');
  const e2 = t.throws(() => vm.runInContext('var = 1', vm.createContext())) as Error;
  t.false(e2 instanceof SyntaxError);
  t.is(e2.message, 'Unexpected token =');
  const e3 = t.throws(() => vm.createScript('}}')) as Error;
  t.true(e3 instanceof SyntaxError);
  t.is(e3.message, 'Unexpected token }');
  t.regex(String(e3.stack), /^SyntaxError: Unexpected token }/);
  const e4 = t.throws(() => vm.runInThisContext('a b')) as Error;
  t.is(e4.message, 'Unexpected identifier');
});

test('vm.createContext / vm.runInNewContext: a context has only the globals of V8 3.14 (no Promise, Map, Symbol, typed arrays, Intl, console)', (t) => {
  t.is(
    vm.runInNewContext('[typeof Promise, typeof Map, typeof Symbol, typeof Proxy, typeof Reflect, typeof Intl, typeof Uint8Array, typeof globalThis, typeof console].join()'),
    'undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined',
  );
  t.is(vm.runInContext('[typeof JSON, typeof Math, typeof escape, typeof parseInt, typeof Array].join()', vm.createContext()), 'object,object,function,function,function');
  // The engine's intrinsics still work without their global names.
  t.deepEqual(vm.runInNewContext('[1, 2, 3].map(function (x) { return x * 2; }).join()'), '2,4,6');
});

test('require("vm"): its functions have no name and 0.10\'s lengths', (t) => {
  const v = vm as unknown as Record<string, Function>;
  t.deepEqual(
    ['createScript', 'createContext', 'runInContext', 'runInThisContext', 'runInNewContext'].map((k) => [v[k].name, v[k].length]),
    [['', 3], ['', 0], ['', 0], ['', 0], ['', 0]],
  );
  t.is(vm.Script.length, 3);
});

test('vm compile errors: a host may lend its V8 3.14 wording through globalThis[Symbol.for("n10.vm.syntaxError010")]', (t) => {
  const key = Symbol.for('n10.vm.syntaxError010');
  const g = globalThis as Record<symbol, unknown>;
  const seen: string[] = [];
  g[key] = (err: Error, source: string) => {
    seen.push(source);
    if (err.message === 'missing ) after argument list') err.message = 'Unexpected number';
    return err;
  };
  try {
    t.is((t.throws(() => vm.runInThisContext('foo(1 2)')) as Error).message, 'Unexpected number');
    t.is((t.throws(() => vm.runInNewContext('var = 1')) as Error).message, 'Unexpected token =');
    t.deepEqual(seen, ['foo(1 2)', 'var = 1']);
  } finally {
    delete g[key];
  }
});

test('vm tells a host hook of the code it compiles (Symbol.for("n10.vm.compiled"): file name and source)', (t) => {
  const key = Symbol.for('n10.vm.compiled');
  const g = globalThis as unknown as Record<symbol, unknown>;
  const seen: string[] = [];
  const saved = g[key];
  g[key] = (file: string, code: string) => seen.push(`${file}:${code}`);
  try {
    vm.runInThisContext('1 + 1', 'one.vm');
    vm.runInNewContext('2', {}, 'two.vm');
    vm.createScript('3');
  } finally {
    if (saved === undefined) delete g[key];
    else g[key] = saved;
  }
  t.deepEqual(seen, ['one.vm:1 + 1', 'two.vm:2', 'undefined:3']);
});

test('vm file names: evalmachine.<anonymous> only when the argument is absent; an explicit undefined, and Script / createScript without one, name the file "undefined" (0.10 counted arguments)', (t) => {
  const file = (f: () => unknown): string => {
    try {
      f();
    } catch (e) {
      const m = /\n\s+at (?:.* \()?([^():]+):1:\d+/.exec(String((e as Error).stack));
      return m ? m[1] : String((e as Error).stack);
    }
    return 'no throw';
  };
  t.is(file(() => vm.runInThisContext('null.g()')), 'evalmachine.<anonymous>');
  t.is(file(() => vm.runInThisContext('null.g()', undefined)), 'undefined');
  t.is(file(() => vm.runInNewContext('null.g()', {})), 'evalmachine.<anonymous>');
  t.is(file(() => vm.runInNewContext('null.g()', {}, undefined)), 'undefined');
  t.is(file(() => vm.runInContext('null.g()', vm.createContext(), undefined)), 'undefined');
  t.is(file(() => vm.createScript('null.g()').runInThisContext()), 'undefined');
  t.is(file(() => new vm.Script('null.g()', 'f.js').runInThisContext()), 'f.js');
});

test('script.runInThisContext() / runInNewContext() / runInContext(): an error out of the code is sited at 0.10\'s vm.js:41 (the Script method that called the binding)', (t) => {
  const want = { file: 'vm.js', line: 41, text: '        return ns[f].apply(ns, arguments);', caret: ' '.repeat(21) + '^' };
  t.deepEqual(siteOfThrow(t, () => vm.createScript('null.x', 'f.vm').runInThisContext()), want);
  t.deepEqual(siteOfThrow(t, () => vm.createScript('throw new Error("e")', 'f.vm').runInNewContext({})), want);
  const sandbox = { f: () => { throw new RangeError('from a function the code called'); } };
  t.deepEqual(siteOfThrow(t, () => new vm.Script('f()', 'f.vm').runInContext(vm.createContext(sandbox))), want);
  t.is(vm.createScript('1 + 1').runInThisContext(), 2);
});
