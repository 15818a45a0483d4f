// A program's own Error.prepareStackTrace gets 0.10's call sites (callsite010.ts): library
// frames name 0.10's files and places, program frames type their receiver as V8 3.14 did; an
// uncaught error so formatted still shows its site on stderr (from the noted top frame).
import test from 'ava';
import fs from 'node:fs';
import path from 'node:path';
import { root, runFileBoth } from './helpers';

test('Error.prepareStackTrace set by the program: call sites of library frames read as 0.10 (events.js:92:17, timers.js:110:15, fs.js:107:15, node.js:415:13)', (t) => {
  const program = fs.readFileSync(path.join(root, 'conformance/cases/globals/prepare-stack-trace-sites.js'), 'utf8');
  const { mine, theirs } = runFileBoth(program);
  t.is(mine.stdout, theirs.stdout);
  t.regex(mine.stdout, /Timer\.listOnTimeout \[as ontimeout\] \(timers\.js:110:15\) \{Timer\}/);
});

test("an uncaught error whose stack the program's formatter wrote (coffee-script's) still shows its site on stderr, as 0.10", (t) => {
  const { mine, theirs } = runFileBoth(
    "Error.prepareStackTrace = function (e, frames) { return e + '\\n  at ' + frames.length + ' frames'; };\n" +
      "setTimeout(function () {\n  throw new Error('late');\n}, 1);\n",
  );
  t.is(mine.code, 8);
  t.is(mine.stderr, theirs.stderr);
  t.regex(mine.stderr, /program\.js:3\n {2}throw new Error\('late'\);\n {8}\^/);
});
