// Frames of constructor calls that open a statement, placed as V8 3.14 placed them
// (construct-site.ts), and compile errors of eval / new Function / vm code in 0.10's words
// (engine-messages.ts, stack.ts).
import test from 'ava';
import fs from 'node:fs';
import path from 'node:path';
import { root, runFileBoth } from './helpers';

function both(name: string) {
  return runFileBoth(fs.readFileSync(path.join(root, 'conformance/cases/globals', name), 'utf8'));
}

test('err.stack: `new a.F()` opening a statement is placed at its `.`, `new Function(…)` at Function; in an assignment at `new`', (t) => {
  const { mine, theirs } = both('construct-call-columns.js');
  t.is(mine.stdout, theirs.stdout);
  const lines = mine.stdout.split('\n');
  t.true(lines[2].endsWith(':12:6)')); // new a.F();
  t.true(lines[0].endsWith(':10:1)')); // new F(); (F local: nothing recorded)
  t.regex(mine.stdout, /eval at <anonymous> \(.*:47:7\), <anonymous>:2:7\)/);
});

test('SyntaxError of eval and new Function: V8 3.14 messages (Unexpected token ;) and the Function frame as Object.Function (<anonymous>)', (t) => {
  const { mine, theirs } = both('eval-function-syntax-errors.js');
  t.is(mine.stdout, theirs.stdout);
  t.regex(mine.stdout, /^eval \( "Unexpected end of input" true$/m);
  t.regex(mine.stdout, /^new Function "Unexpected identifier" true\nSyntaxError: Unexpected identifier\n {2}\| {5}at Object\.Function \(<anonymous>\)$/m);
  // A context's error keeps its frames down to 0.10's (n10's vm and the host's left out).
  t.regex(mine.stdout, /^Error: r\n {2}\| {5}at g\.vm:1:7\n(?: {2}\| {5}at .*\n){3} {2}\| {5}at Module\._compile \(module\.js:456:26\)$/m);
});
