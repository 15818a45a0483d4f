// Eval code's frames named as V8 3.14 named them (stack.ts evalOnObject): "Object.eval" for
// direct eval run with an object for `this`, "eval" with the global object.
import test from 'ava';
import fs from 'node:fs';
import path from 'node:path';
import { root, runFileBoth } from './helpers';

test('err.stack: direct eval at a module top level or in a method is Object.eval, in a plain function eval; new Function frames unchanged', (t) => {
  const program = fs.readFileSync(path.join(root, 'conformance/cases/globals/eval-frame-names.js'), 'utf8');
  const { mine, theirs } = runFileBoth(program);
  t.is(mine.stdout, theirs.stdout);
  t.regex(mine.stdout, /^module eval: Object\.eval < Object\.<anonymous>$/m);
});
