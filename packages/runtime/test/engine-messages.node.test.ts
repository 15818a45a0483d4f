// The engine's own TypeError messages in V8 3.14's words: "Cannot read property 'x' of
// undefined", "Cannot call method 'x' of null", "Cannot set property 'x' of undefined", and
// JSON.stringify's one-line circular-structure message, where 0.10 programs meet them.
import test from 'ava';
import fs from 'node:fs';
import path from 'node:path';
import { n10, root, runFileBoth } from './helpers';

function bothPrint(t: import('ava').ExecutionContext, program: string): void {
  const { mine, theirs } = runFileBoth(program);
  t.is(mine.stdout, theirs.stdout);
  t.is(mine.code, theirs.code);
  t.not(mine.stdout, '');
}

test('err.stack: reading, calling and setting a property of undefined or null, in 0.10\'s words', (t) => {
  bothPrint(
    t,
    [
      "function first(e) { return e.stack.split('\\n')[0]; }",
      'var u, n = null, o = {};',
      'try { u.x } catch (e) { console.log(first(e)) }',
      'try { u.run() } catch (e) { console.log(first(e)) }',
      "try { n['k' + 1] ( 2 ) } catch (e) { console.log(first(e)) }",
      'try { n.x = 1 } catch (e) { console.log(first(e)) }',
      'try { o.a.b.c() } catch (e) { console.log(first(e)) }',
      'try { u[0] } catch (e) { console.log(first(e)) }',
      'try { o.a.b\n  .c() } catch (e) { console.log(first(e)) }',
      "try { u.x } catch (e) { e.stack; console.log(e.message) }",
    ].join('\n'),
  );
});

test('uncaughtException listeners and domains get the 0.10 message', (t) => {
  bothPrint(
    t,
    [
      "process.on('uncaughtException', function (e) { console.log('uncaught:', e.message); });",
      "var d = require('domain').create();",
      "d.on('error', function (e) { console.log('domain:', e.message); });",
      'd.run(function () { setTimeout(function () { var a; a.b(); }, 1); });',
      'setTimeout(function () { var a = null; a.c = 1; }, 5);',
    ].join('\n'),
  );
});

test('an uncaught TypeError on stderr says what 0.10 said', (t) => {
  const mine = n10(['-e', 'var config; config.port']);
  t.regex(mine.stderr, /TypeError: Cannot read property 'port' of undefined/);
  t.is(mine.code, 8);
});

test('JSON.stringify of a circular structure: the one-line message', (t) => {
  bothPrint(t, "var o = {}; o.self = o; try { JSON.stringify(o) } catch (e) { console.log(JSON.stringify(e.message)) }");
});

test('a vm context\'s TypeError says it in 0.10\'s words too; vm.js shows only the Script methods 0.10 wrapped', (t) => {
  bothPrint(
    t,
    [
      "var vm = require('vm');",
      "function frames(e) { return e.stack.split('\\n').slice(0, 3).map(function (l) { return l.replace(/:\\d+:\\d+/g, ''); }).join('|'); }",
      "try { new vm.Script('null.x', 't.vm').runInNewContext({}) } catch (e) { console.log(frames(e)) }",
      // (A call in a vm script reads as a read: the runtime does not keep vm sources.)
      "try { vm.createScript('var u; u.f', 's.vm').runInThisContext() } catch (e) { console.log(frames(e)) }",
      "try { vm.runInNewContext('throw new Error(\"x\")', {}, 'f.vm') } catch (e) { console.log(frames(e)) }",
      "try { vm.createScript('a(1 2)', 'c.vm') } catch (e) { console.log(frames(e)) }",
    ].join('\n'),
  );
});

test("err.stack and the uncaught report's caret: a failed property read at V8 3.14's column (the `.` of o.x, the `(` of o[k]())", (t) => {
  bothPrint(
    t,
    [
      "var o = null, u, k = 'p';",
      "function at(f) { try { f(); } catch (e) { var m = /program\\.js:(\\d+):(\\d+)/.exec(e.stack); return m[2] + ' ' + e.message; } }",
      'console.log(at(function () { o.x; }));',
      'console.log(at(function () { o.f(); }));',
      'console.log(at(function () { o[k](); }));',
      'console.log(at(function () { var z = {}; z.a. b; }));',
      'console.log(at(function () { var z = {}; z.a\n  .b; }));',
      'console.log(at(function () { o.x += 1; }));',
      'console.log(at(function () { u.a.a; }));',
    ].join('\n'),
  );
  const { mine, theirs } = runFileBoth('var cfg = {};\nvar port = cfg.server.port;\n');
  t.is(mine.code, 8);
  t.is(mine.stderr.split('\n').slice(0, 6).join('\n'), theirs.stderr.split('\n').slice(0, 6).join('\n'));
  t.regex(mine.stderr, /\n {21}\^\n/);
});

test("code compiled by vm (runInThisContext, runInNewContext, a REPL's): a call on null is 'Cannot call method', a read placed at its `.`, as 0.10", (t) => {
  bothPrint(
    t,
    [
      "var vm = require('vm');",
      "function show(f) { try { f(); } catch (e) { console.log(e.stack.split('\\n').slice(0, 2).join(' | ')); } }",
      "show(function () { vm.runInThisContext('var o = null;\\no.f();', 'a.vm'); });",
      "show(function () { vm.runInNewContext('var o = null;\\no.f();', {}, 'b.vm'); });",
      "show(function () { vm.runInThisContext('var o = null;\\no.x;', 'c.vm'); });",
      "show(function () { vm.createScript('null.g()').runInThisContext(); });",
      "show(function () { vm.runInContext('var o = null; o.x', vm.createContext({}), 'd.vm'); });",
    ].join('\n'),
  );
});

test("String(e), '' + e and console.log(e) of an engine TypeError: 0.10's words (Error.prototype.toString formats the stack first), then e.message too", (t) => {
  bothPrint(
    t,
    [
      'var u, n = null;',
      'try { u.x } catch (e) { console.log(e) }',
      'try { n.x = 1 } catch (e) { console.log(String(e)) }',
      "try { u.foo() } catch (e) { console.log(e + ''); console.log(e.message) }",
      "try { u.y } catch (e) { console.log([e], require('util').inspect(e)) }",
      'console.log(Error.prototype.toString.call(new TypeError("plain")), String(Error.prototype.toString).indexOf("[native code]") > 0)',
    ].join('\n'),
  );
});

test("a caught engine TypeError's message read before its stack, in a catch clause ending its line (mocha's reporter): 0.10's words; the source prints as written", (t) => {
  bothPrint(
    t,
    [
      'function probe() {',
      '  var u;',
      '  try {',
      '    u.run();',
      '  } catch (err) {',
      "    return err.message + ' | ' + err.stack.split('\\n')[0];",
      '  }',
      '}',
      'console.log(probe());',
      'console.log(probe.toString());',
      'console.log(Object.keys(global).indexOf("__n10caught"));',
    ].join('\n'),
  );
});

test("a one-line try/catch reading e.message: 0.10's words; stack columns after the catch on that line are the program's", (t) => {
  bothPrint(
    t,
    [
      'try { undefined.x; } catch (e) { console.log(e.message); }',
      "try { var q = null; q.f(); } catch (err) { console.log(err.message, err.stack.split('\\n')[1]); }",
      "try { null.z = 1; } catch (e) { console.log(e.message); } var after = new Error('after').stack.split('\\n')[1]; console.log(after);",
      "function g() { try { throw new Error('in g'); } catch (e) { return e.stack.split('\\n')[1] + ' ' + e.message; } }",
      'console.log(g(), g.toString());',
      "var kept = 'catch (e) {'; console.log(kept);",
    ].join('\n'),
  );
});

test('a caught engine TypeError: the message reads in 0.10 words whether message, stack, a write or the descriptor comes first (an accessor until read, as V8 3.14 had it)', (t) => {
  const program = fs.readFileSync(path.join(root, 'conformance/cases/globals/engine-messages-read-order.js'), 'utf8');
  const { mine, theirs } = runFileBoth(program);
  t.is(mine.stdout, theirs.stdout);
  t.regex(mine.stdout, /^desc \{"enumerable":false,"configurable":true\} \[\] \{\}$/m);
  t.regex(mine.stdout, /^write mine TypeError: mine$/m);
});
