// err.stack as node 0.10 (V8 3.14) wrote it: the header, V8 3.14's frame names, and the frames
// of n10's packages shown as 0.10's library frames. Lines and columns of library frames are
// 0.10's only where positions010.ts knows the place, so these comparisons leave them out.
import test from 'ava';
import { n10, oracle, runFileBoth } from './helpers';

/** A stack with paths, lines and columns left out. */
function normal(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/\((?:[^()]*\/)?([^/()]+?):\d+:\d+\)$/, '($1)').replace(/at (?:[^ ]*\/)?([^/ ]+?):\d+:\d+$/, 'at $1'))
    .join('\n');
}

function same(t: import('ava').ExecutionContext, program: string): void {
  const mine = n10(['-e', program]);
  const theirs = oracle(['-e', program]);
  t.is(normal(mine.stdout), normal(theirs.stdout));
  t.not(mine.stdout, '');
}

test('err.stack: a listener called by EventEmitter.emit (events.js), a module frame chain down to startup (node.js)', (t) => {
  same(t, "var E = require('events').EventEmitter; var e = new E(); e.on('x', function () { console.log(new Error('x').stack) }); e.emit('x')");
});

test('err.stack: setTimeout callbacks are null._onTimeout under Timer.listOnTimeout [as ontimeout]', (t) => {
  same(t, "setTimeout(function () { console.log(new Error('t').stack) }, 1)");
});

test('err.stack: process.nextTick callbacks run under process._tickCallback', (t) => {
  same(t, "process.nextTick(function () { console.log(new Error('t').stack.split('\\n').slice(0, 3).join('\\n')) })");
});

test("err.stack: an fs callback's frames; an fs callback's error has none", (t) => {
  same(t, "var fs = require('fs'); fs.stat('.', function () { console.log(new Error('t').stack.split('\\n').slice(0, 3).join('\\n')); fs.stat('/n10-missing', function (er) { console.log(er.stack) }) })");
});

test('err.stack: JSON.parse of bad input is Object.parse (native); a sync fs error is Object.fs.openSync', (t) => {
  same(t, "try { JSON.parse('{x') } catch (e) { console.log(e.stack.split('\\n').slice(0, 2).join('\\n')) } try { require('fs').readFileSync('/n10-missing') } catch (e) { console.log(e.stack.split('\\n').slice(0, 3).join('\\n')) }");
});

test('err.stack: the header is the error\'s toString() at the first read of the stack', (t) => {
  same(t, "var e = new Error('a'); e.message = 'b'; e.toString = function () { return 'own ' + this.message }; console.log(e.stack.split('\\n')[0]); var o = {}; Error.captureStackTrace(o); console.log(o.stack.split('\\n')[0])");
});

test('Error.prepareStackTrace reads as undefined; a program\'s own formats stacks until it is set back', (t) => {
  same(t, "console.log(typeof Error.prepareStackTrace); Error.prepareStackTrace = function (e, s) { return s.length > 0 }; console.log(new Error().stack); Error.prepareStackTrace = undefined; console.log(new Error('z').stack.split('\\n')[0])");
});

test('an uncaught error prints its stack with 0.10 frame names to stderr', (t) => {
  const program = "var E = require('events').EventEmitter; var e = new E(); e.on('x', function () { throw new Error('boom') }); e.emit('x')";
  const mine = n10(['-e', program]);
  const theirs = oracle(['-e', program]);
  t.is(mine.code, 8);
  t.is(normal(mine.stderr), normal(theirs.stderr));
});

test("an uncaught error in a domain with no 'error' listener shows where it was thrown, not events.js:72", (t) => {
  for (const program of [
    "var d = require('domain').create(); d.run(function () { setTimeout(function () { throw new Error('dd') }, 1) })",
    "var d = require('domain').create(); d.run(function () { var E = require('events').EventEmitter; new E().emit('error', new Error('ee')) })",
  ]) {
    const mine = n10(['-e', program]);
    const theirs = oracle(['-e', program]);
    t.is(mine.code, theirs.code);
    t.is(mine.stderr.split('\n').slice(0, 5).join('\n'), theirs.stderr.split('\n').slice(0, 5).join('\n'));
  }
});

test('an uncaught error of a synchronous fs call shows the line of fs.js 0.10 showed, and its frames', (t) => {
  for (const call of ["fs.readFileSync('/n10-missing')", "fs.statSync('/n10-missing')", 'fs.closeSync(999)', "fs.realpathSync('/n10-missing')"]) {
    const program = `var fs = require('fs'); ${call}`;
    const mine = n10(['-e', program]);
    const theirs = oracle(['-e', program]);
    t.is(mine.code, theirs.code);
    t.is(normal(mine.stderr.split('\n').slice(0, 8).join('\n')), normal(theirs.stderr.split('\n').slice(0, 8).join('\n')));
  }
});

test('err.stack: a \'data\' listener of a piped stream and of a socket sits under the stream\'s EventEmitter.emit, as in 0.10', (t) => {
  same(
    t,
    "var stream = require('stream'); var r = new stream.Readable(); r._read = function () { this.push('x'); this.push(null); }; var w = new stream.Writable(); w._write = function (c, e, cb) { cb(); }; r.on('data', function () { console.log(new Error('piped').stack) }); r.pipe(w);",
  );
  same(
    t,
    "var net = require('net'); var s = net.createServer(function (c) { c.end('hi'); }); s.listen(0, '127.0.0.1', function () { var c = net.connect(s.address().port, '127.0.0.1'); c.on('data', function () { console.log(new Error('data').stack); c.destroy(); s.close(); }); });",
  );
});

test('a program\'s own Error.prepareStackTrace gets the frames 0.10 had (n10\'s plumbing left out), and reads back as itself', (t) => {
  const program =
    "function where() { var save = Error.prepareStackTrace; Error.prepareStackTrace = function (_, s) { return s; }; var s = new Error().stack; Error.prepareStackTrace = save; return s.length + ' ' + s[0].getFunctionName() + ' ' + s[1].getFunctionName(); } var e = new (require('events').EventEmitter)(); e.on('x', function onx() { console.log(where()); }); e.emit('x'); setTimeout(function tick() { console.log(where()); }, 1); Error.prepareStackTrace = function mine(e, s) { return 'mine ' + s.length; }; console.log(Error.prepareStackTrace.name, new Error('x').stack);";
  // (A file: under -e, 0.10 had two wrapper frames where n10 has one.)
  const { mine, theirs } = runFileBoth(program);
  t.is(mine.stdout, theirs.stdout);
  t.not(mine.stdout, '');
});
