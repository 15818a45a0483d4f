// The engine's own errors carry `type` and `arguments` as V8 3.14 gave them: own non-enumerable
// data properties before the message, named for the message template and filled with its values.
import test from 'ava';
import { runCaseBoth, runFileBoth } from './helpers';

function bothPrint(t: import('ava').ExecutionContext, program: string): void {
  const { mine, theirs } = runFileBoth(program);
  t.is(mine.stdout, theirs.stdout);
  t.is(mine.code, theirs.code);
  t.not(mine.stdout, '');
}

test('error.type and error.arguments: reading, setting and calling a property of undefined or null', (t) => {
  bothPrint(
    t,
    [
      'var u, n = null;',
      "function show(e) { console.log(e.type, require('util').inspect(e.arguments), Object.getOwnPropertyNames(e).join(','), Object.keys(e).length); }",
      'try { u.x } catch (e) { show(e) }',
      'try { n.x } catch (e) { show(e) }',
      'try { u[3] } catch (e) { show(e) }',
      'try { n.x = 1 } catch (e) { show(e) }',
      'try { u.run() } catch (e) { show(e) }',
      "try { n['k' + 1](2) } catch (e) { show(e) }",
      'var o = { go: function () { this.nope() } };',
      'try { o.go() } catch (e) { console.log(e.type, e.arguments[0], e.arguments[1] === o) }',
      'try { var f; f() } catch (e) { show(e) }',
    ].join('\n'),
  );
});

test('error.type and error.arguments: an undeclared name, JSON.parse, invalid array length, stack overflow', (t) => {
  bothPrint(
    t,
    [
      "function show(e) { console.log(e.name, e.type, require('util').inspect(e.arguments), Object.getOwnPropertyNames(e).join(',')); }",
      'try { nosuch } catch (e) { show(e) }',
      "try { JSON.parse('{x') } catch (e) { show(e) }",
      "try { JSON.parse('') } catch (e) { show(e) }",
      'try { new Array(-1) } catch (e) { show(e) }',
      'try { (function f() { f() })() } catch (e) { show(e) }',
      'try { var c = {}; c.c = c; JSON.stringify(c) } catch (e) { show(e) }',
      'try { Object.keys(1) } catch (e) { show(e) }',
    ].join('\n'),
  );
});

test('error.type and error.arguments: compile errors of eval and new Function, and Object.create', (t) => {
  bothPrint(
    t,
    [
      "function show(e) { console.log(e.name, e.type, require('util').inspect(e.arguments)); }",
      "['a b', 'var 1', 'var \"s\"', 'a = = 1', '@', 'if (1) {', 'return 1', 'continue'].forEach(function (s) { try { eval(s) } catch (e) { show(e) } });",
      "['\"use strict\"; with (a) {}', '\"use strict\"; delete x', 'l: l: 1'].forEach(function (s) { try { new Function(s) } catch (e) { show(e) } });",
      'try { Object.create(1) } catch (e) { show(e) }',
      "try { Object.create('p') } catch (e) { show(e) }",
      "try { new RegExp('[') } catch (e) { show(e) }",
    ].join('\n'),
  );
});

test('error.type and error.arguments: data properties, seen by util.inspect with showHidden, and kept when written', (t) => {
  bothPrint(
    t,
    [
      "var util = require('util'), u;",
      "try { u.x } catch (e) { console.log(util.inspect(e, { showHidden: true }).split('\\n').slice(0, 4).join('|')); console.log(Object.getOwnPropertyDescriptor(e, 'type')) }",
      "try { u.x = 1 } catch (e) { e.stack; console.log(Object.getOwnPropertyDescriptor(e, 'arguments')) }",
      "try { u.go() } catch (e) { var m = e.message; e.type = 'mine'; console.log(e.type, e.arguments, m) }",
    ].join('\n'),
  );
});

test('error.type and error.arguments: an uncaught engine error in an uncaughtException listener', (t) => {
  bothPrint(
    t,
    [
      'var u;',
      "process.on('uncaughtException', function (e) { console.log(e.type, e.arguments, Object.getOwnPropertyNames(e).join(',')) });",
      'setTimeout(function () { u.later() }, 1);',
    ].join('\n'),
  );
});

test('error.type and error.arguments: conformance case globals/engine-error-kinds.js', (t) => {
  const { mine, theirs } = runCaseBoth('globals/engine-error-kinds.js');
  t.is(mine.stdout, theirs.stdout);
});
