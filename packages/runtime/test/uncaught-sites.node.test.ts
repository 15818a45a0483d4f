// What an uncaught error prints before its stack (and its first frame), as 0.10 printed it: a blank line always, then
// the site when it is known (a program line, or a library line 0.10 showed).
import test from 'ava';
import { n10, oracle } from './helpers';

function head(text: string): string {
  return text.split('\n').slice(0, 5).join('\n');
}

for (const program of [
  "console.timeEnd('nope')",
  'var o = {}; o.o = o; JSON.stringify(o)',
  "throw 'a string'",
  "JSON.parse('{')",
  "require('fs').readFileSync('/')",
  "require('fs').writeSync(99, 'x')",
  "require('fs').fsyncSync(99)",
]) {
  test(`an uncaught error's header on stderr as 0.10's: ${program}`, (t) => {
    const mine = n10(['-e', program]);
    const theirs = oracle(['-e', program]);
    t.is(mine.code, theirs.code);
    t.is(head(mine.stderr), head(theirs.stderr));
  });
}
