// Module.runMain runs the ticks the main module queued by calling process._tickCallback itself
// (0.10's module.js:499), with no frame of n10's in between: a deep stack in such a tick keeps
// its last frame within Error.stackTraceLimit.
import test from 'ava';
import { runFileBoth } from './helpers';

test('Module.runMain: a tick queued by the main module shows 10 frames down to Function.Module.runMain, as 0.10', (t) => {
  const { mine, theirs } = runFileBoth(
    "function depth(n) { return n === 0 ? new Error('deep').stack : depth(n - 1); }\n" +
      "process.nextTick(function () { var f = depth(6).split('\\n').slice(1); console.log(f.length + ' ' + f[f.length - 1]); });\n" +
      "var replaced = process._tickCallback; process._tickCallback = function () { console.log('program _tickCallback'); return replaced.apply(this, arguments); };\n",
  );
  t.is(mine.stdout, theirs.stdout);
  t.regex(mine.stdout, /^program _tickCallback\n10 {5}at process\._tickCallback \(/);
  const plain = runFileBoth("function depth(n) { return n === 0 ? new Error('deep').stack : depth(n - 1); }\n" +
    "process.nextTick(function () { var f = depth(6).split('\\n').slice(1); console.log(f.length + ' ' + f[f.length - 1]); });\n");
  t.is(plain.mine.stdout, plain.theirs.stdout);
  t.is(plain.mine.stdout, '10     at Function.Module.runMain (module.js:499:11)\n');
});
