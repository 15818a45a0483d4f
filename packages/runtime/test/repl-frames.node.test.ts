// A REPL command's error: its REPL frames named and placed as 0.10's repl.js had them
// (positions010.ts: REPLServer.self.eval at 110:21 / 112:21 and 122:7, the line handler's
// self.eval calls at 239:12 and 249:20).
import test from 'ava';
import fs from 'node:fs';
import path from 'node:path';
import { root, runFileBoth } from './helpers';

test('repl: an error in a command shows REPLServer.self.eval (repl.js:110:21 / 112:21, 122:7) and repl.js:239:12 / 249:20, as 0.10', (t) => {
  const program = fs.readFileSync(path.join(root, 'conformance/cases/repl/error-frames.js'), 'utf8');
  const { mine, theirs } = runFileBoth(program);
  t.is(mine.stdout, theirs.stdout);
  t.regex(mine.stdout, /at REPLServer\.self\.eval \(repl\.js:112:21\)/);
});
