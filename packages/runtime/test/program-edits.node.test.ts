// The code the runtime adds to a program's catch clauses and throws (program-edits.ts): where
// it goes, where it does not (strings, comments, property names), and the columns it moves, put
// back.
import test from 'ava';
import { originalColumn, withRuntimeCalls, withoutAddedCode } from '../src/program-edits';
import { installCaught } from '../src/caught-errors';
import { installThrown, thrownBy } from '../src/thrown-values';

test('each catch clause of code gets the call after its brace; strings and line comments are left alone', (t) => {
  const source = [
    "var s = 'catch (e) {';",
    '// catch (e) { in a comment',
    'try { a(); } catch (e) { b(e); } c();',
    'try {',
    '} catch (err) {',
    '}',
  ].join('\n');
  const run = withRuntimeCalls('test:a', source);
  t.deepEqual(run.split('\n'), [
    "var s = 'catch (e) {';",
    '// catch (e) { in a comment',
    'try { a(); } catch (e) { e=__n10caught(e); b(e); } c();',
    'try {',
    '} catch (err) { err=__n10caught(err);',
    '}',
  ]);
  t.is(withoutAddedCode(run), source);
});

test('columns after an added call on its line map back to the source as written; others stay', (t) => {
  const source = 'x;\ntry { a(); } catch (e) { b(e); } c(); try { d(); } catch (f) { g(); }\ny;';
  const run = withRuntimeCalls('test:b', source);
  const runLine = run.split('\n')[1];
  const line = source.split('\n')[1];
  for (const name of ['a()', 'b(e)', 'c()', 'd()', 'g()']) {
    t.is(originalColumn('test:b', 2, runLine.indexOf(name) + 1), line.indexOf(name) + 1, name);
  }
  t.is(originalColumn('test:b', 3, 1), 1);
  t.is(originalColumn('test:b', 1, 2), 2);
});

test('each throw statement assigns its value to a numbered slot first; property names and strings are left alone', (t) => {
  const source = [
    'function f(e) { if (e) throw e; else throw(new Error("x")); }',
    "var o = { throw: 1, 'throw': 2 }; o.throw(3); s = 'throw x';",
    '/* a comment */ throw 5',
    'switch (x) { case 1: throw y }',
    'do throw z; while (0)',
    '// throw in a comment',
  ].join('\n');
  const run = withRuntimeCalls('test:throws', source).split('\n');
  const slot = / __n10thrown\[(\d+)\]=/g;
  t.deepEqual(
    run.map((line) => line.replace(slot, ' T=')),
    [
      'function f(e) { if (e) throw T= e; else throw T=(new Error("x")); }',
      "var o = { throw: 1, 'throw': 2 }; o.throw(3); s = 'throw x';",
      '/* a comment */ throw T= 5',
      'switch (x) { case 1: throw T= y }',
      'do throw T= z; while (0)',
      '// throw in a comment',
    ],
  );
  t.is(withoutAddedCode(run.join('\n')), source);
  // The slots number statements of the file; a value assigned to one is the one it threw.
  const numbers = run.join('\n').match(slot)!.map((m) => Number(/\[(\d+)\]/.exec(m)![1]));
  t.is(new Set(numbers).size, 5);
});

test('a value thrown through a slot is known by its throw statement until a catch clause takes it', (t) => {
  const source = 'throw "x"';
  const run = withRuntimeCalls('test:slot', source);
  const number = Number(/\[(\d+)\]/.exec(run)![1]);
  const realm = {} as typeof globalThis;
  installThrown(realm);
  installCaught(realm);
  const slots = (realm as unknown as Record<string, Record<number, unknown>>).__n10thrown;
  const caught = (realm as unknown as Record<string, (e: unknown) => unknown>).__n10caught;
  slots[number] = 'x';
  t.deepEqual(thrownBy('x'), { file: 'test:slot', keyword: 0, expression: 6 });
  caught('x');
  t.is(thrownBy('x'), undefined);
});

test('an anonymous function assigned to a variable or given as an object key\'s value gets 0|| before it (no inferred name); others are left alone', (t) => {
  const source = [
    'var f = function () {}, g = function(a) {};',
    'h =',
    '  function () {};',
    'var o = { k: function () {}, n: function named() {} };',
    'o.m = function () {}; x == function () {}; y += function () {};',
    'return function () {}; (function () {})(); new function () {};',
    'c ? function () {} : function () {};',
  ].join('\n');
  const run = withRuntimeCalls('test:unnamed', source);
  t.deepEqual(run.split('\n'), [
    'var f = 0||function () {}, g = 0||function(a) {};',
    'h =',
    '  0||function () {};',
    'var o = { k: 0||function () {}, n: function named() {} };',
    'o.m = function () {}; x == function () {}; y += function () {};',
    'return function () {}; (function () {})(); new function () {};',
    'c ? function () {} : 0||function () {};',
  ]);
  t.is(withoutAddedCode(run), source);
  t.is(originalColumn('test:unnamed', 1, run.split('\n')[0].indexOf('g =') + 1), source.split('\n')[0].indexOf('g =') + 1);
});
