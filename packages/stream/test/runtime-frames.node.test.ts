// The n10 executable places stream frames where 0.10's _stream_*.js had them (rows of
// packages/runtime/src/positions010.ts): a program printing a stack sees 0.10's numbers.
// Needs the runtime built (packages/runtime/dist) and the oracle (tools/node010).
import test from 'ava';
import { n10AndOracle as both } from '../../../tools/test-oracle';

const lib =
  'function lib(where) { console.log(where + "\\n" + new Error().stack.split("\\n").slice(2).filter(function (l) { return !/\\//.test(l); }).join("\\n")); }\n';

test("writable._write calling back with an error: onwriteError (_stream_writable.js:231:5) under onwrite (251:5), the tick's callback at 228:7, 'error' at 233:10", (t) => {
  const program =
    'var S = require("stream");\n' + lib +
    'var w = new S.Writable(); w._write = function (c, e, cb) { cb(new Error("sync")); };\n' +
    'w.on("error", function (er) { lib("error " + er.message); }); w.write("x", function (er) { lib("cb " + er.message); });\n' +
    'var w2 = new S.Writable(); w2._write = function (c, e, cb) { setTimeout(function () { cb(new Error("async")); }, 1); };\n' +
    'w2.on("error", function (er) { lib("error " + er.message); }); w2.write("x", function (er) { lib("cb " + er.message); });\n';
  const { mine, theirs } = both(program);
  t.is(mine, theirs);
  t.regex(theirs, /at onwriteError \(_stream_writable\.js:231:5\)\n {4}at onwrite \(_stream_writable\.js:251:5\)/);
  t.regex(theirs, /at _stream_writable\.js:228:7/);
});

test('readable.pipe(destination) after the source ran out: the write comes from Readable.pipeOnReadable (_stream_readable.js:624:5)', (t) => {
  const program =
    'Error.stackTraceLimit = 30; var S = require("stream");\n' + lib +
    'var r = new S.Readable(); r._read = function () {};\n' +
    'var d = new S.Writable(); d._write = function (c, e, cb) { lib("piped " + c); cb(); };\n' +
    'r.pipe(d); setTimeout(function () { r.push("a"); setTimeout(function () { r.push("b"); }, 5); }, 5);\n';
  const { mine, theirs } = both(program);
  t.is(mine, theirs);
  t.regex(theirs, /at Readable\.pipeOnReadable \(_stream_readable\.js:624:5\)/);
});
