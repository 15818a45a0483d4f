// The n10 executable places Buffer frames where 0.10's buffer.js had them (rows of
// packages/runtime/src/positions010.ts): a program printing a stack sees 0.10's numbers.
// Needs the runtime built (packages/runtime/dist) and the oracle (tools/node010).
import test from 'ava';
import { n10AndOracle as both } from '../../../tools/test-oracle';

test('Buffer.isEncoding(encoding) with no toLowerCase method, one that is not a function, or one that throws: the frame is Function.Buffer.isEncoding (buffer.js:246:32)', (t) => {
  const program =
    'function show(f) { try { f(); } catch (e) { console.log(e.stack.split("\\n").filter(function (l) { return !/\\//.test(l); }).join("\\n")); } }\n' +
    'show(function () { Buffer.isEncoding(1); }); show(function () { Buffer.isEncoding({ toLowerCase: 5 }); });\n' +
    'show(function () { Buffer.isEncoding({ toLowerCase: function () { throw new Error("low"); } }); });\n';
  const { mine, theirs } = both(program);
  t.is(mine, theirs);
  t.regex(theirs, /^TypeError: Object 1 has no method 'toLowerCase'\n {4}at Function\.Buffer\.isEncoding \(buffer\.js:246:32\)/);
});
