// What V8 3.14 did that today's engine does otherwise, put back by the runtime, each checked
// against node 0.10 on its conformance case (stdout and stderr alike).
import test from 'ava';
import { runCaseBoth } from './helpers';

function same(t: import('ava').ExecutionContext, rel: string, expect: RegExp): void {
  const { mine, theirs } = runCaseBoth(rel);
  t.is(mine.stdout, theirs.stdout);
  t.is(mine.stderr, theirs.stderr);
  t.regex(mine.stdout + mine.stderr, expect);
}

test('calling what is not a function: V8 3.14 messages from the value (this, globals) or the likeliest', (t) => {
  same(t, 'globals/not-a-function-messages.js', /Object #<Thing> has no method 'missing'/);
});

test('builtins on the wrong receiver: V8 3.14 messages (this is not a Date object.)', (t) => {
  same(t, 'globals/builtin-receiver-errors.js', /toISOString TypeError: this is not a Date object\./);
});

test('a stack overflow: no stack (undefined), the uncaught report at the entered function', (t) => {
  same(t, 'globals/stack-overflow.js', /caught undefined true \[\] Maximum call stack size exceeded/);
});

test('a failed call on a call result: Cannot call method at the name', (t) => {
  same(t, 'globals/engine-call-on-results.js', /Cannot call method 'slice' of undefined \d+:24/);
});

test('a vm context has its own Error.stackTraceLimit (10), its stacks counted against it', (t) => {
  same(t, 'vm/context-stack-limit.js', /^10\n3\n3\n3\n10 /);
});

test('code made at run time: a context ReferenceError at the name, new Function calls as Cannot call method', (t) => {
  same(t, 'vm/engine-errors-made-code.js', /Cannot call method 'toJS' of undefined/);
});

test('uncaughtException listeners and domain handlers: process._fatalException frames', (t) => {
  same(t, 'process/fatal-exception-listener-frames.js', /at process\._fatalException \(node\.js:272:26\)/);
});

test('ticks a -e program left: run from process._tickFromSpinner', (t) => {
  same(t, 'process/eval-tick-spinner.js', /_tickFromSpinner \(node\.js:390:15\)/);
});

test('require caches: _realpathCache per directory and link, _pathCache keyed by JSON', (t) => {
  same(t, 'modules/resolution-caches.js', /'R\/alias': 'R\/real'/);
});

test('require prints 0.10 source', (t) => {
  same(t, 'modules/require-source.js', /function require\(path\) \{/);
});

test("Function.prototype.bind: bound functions named '' as V8 3.14's, calling and constructing as the engine's", (t) => {
  same(t, 'globals/bound-functions.js', /^"" 1 function \(\) \{ \[native code\] \} t,1,2 function\n/);
});

test('an uncaught error that left a bound function: no source line above it (V8 3.14 lost its message), but from -e code', (t) => {
  same(t, 'globals/bound-function-uncaught.js', /setTimeout\(function \(\) \{ undefined\.y \}\.bind\(this\), 1\); 8 \["","TypeError/);
});
