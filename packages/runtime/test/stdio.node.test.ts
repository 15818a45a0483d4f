// process.stdout/stderr/stdin of n10 programs, per kind of descriptor, against node 0.10:
// a pipe (spawned with pipes), a file (shell redirection), a terminal (under `script`).
// Plus exit paths that must not lose output, and forced GCs between many small writes.
import test from 'ava';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { n10Bin, oracleBin, tree } from './helpers';

const N10 = `${JSON.stringify(process.execPath)} ${JSON.stringify(n10Bin)}`;
const ORACLE = JSON.stringify(oracleBin);

/** Runs `<runtime> <file> <args>` through sh; returns stdout of the shell command. */
function sh(runtime: string, program: string, shellTail = '', opts: { input?: string } = {}) {
  const dir = tree({ 'prog.js': program });
  const r = spawnSync('/bin/sh', ['-c', `${runtime} prog.js ${shellTail}`], { cwd: dir, encoding: 'utf8', input: opts.input ?? '', timeout: 60000 });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status, dir };
}

function both(program: string, shellTail = '', opts: { input?: string } = {}) {
  return { got: sh(N10, program, shellTail, opts), want: sh(ORACLE, program, shellTail, opts) };
}

const DESCRIBE =
  "function d(s) { return [s.constructor.name, s._type, s.fd, Boolean(s.isTTY), s.readable, s.writable].join(' '); }" +
  "var line = [d(process.stdout), d(process.stderr), process.stdin.constructor.name, process.stdin.fd].join(' | ');";

test('process.stdout: a pipe is a net.Socket over a Pipe', (t) => {
  const { got, want } = both(DESCRIBE + 'console.log(line);');
  t.is(got.stdout, 'Socket pipe 1 false false true | Socket pipe 2 false false true | Socket | 0\n');
  t.is(got.stdout, want.stdout);
});

test('process.stdout: a file (shell redirection) is an fs.SyncWriteStream', (t) => {
  const { got, want } = both(DESCRIBE + "process.stderr.write(line + '\\n'); console.log('to the file');", '> out.txt 2>&1 < /dev/null');
  const g = fs.readFileSync(path.join(got.dir, 'out.txt'), 'utf8');
  const w = fs.readFileSync(path.join(want.dir, 'out.txt'), 'utf8');
  t.is(g, 'SyncWriteStream fs 1 false false true | SyncWriteStream fs 2 false false true | ReadStream | 0\nto the file\n');
  t.is(g, w);
});

test('process.stdout: a terminal (under script) is a tty.WriteStream; stdin a tty.ReadStream', (t) => {
  const run = (runtime: string) => {
    const dir = tree({ 'prog.js': DESCRIBE + 'console.log(line);' });
    const r = spawnSync('script', ['-qec', `${runtime} prog.js`, '/dev/null'], { cwd: dir, encoding: 'utf8', timeout: 60000, input: '' });
    return r.stdout.replace(/\r/g, '');
  };
  const got = run(N10);
  t.is(got, 'WriteStream tty 1 true false true | WriteStream tty 2 true false true | ReadStream | 0\n');
  t.is(got, run(ORACLE));
});

test('writes to a file: appended in order, nothing lost at process.exit()', (t) => {
  const program =
    "for (var i = 0; i < 5000; i++) process.stdout.write('line ' + i + '\\n');" +
    "process.stdout.write(new Buffer('buffer\\n'));" +
    "console.log('%s %d', 'formatted', 42); process.exit(0);";
  const { got } = both(program, '> out.txt');
  const text = fs.readFileSync(path.join(got.dir, 'out.txt'), 'utf8');
  const lines = text.split('\n');
  t.is(lines.length, 5003);
  t.is(lines[4999], 'line 4999');
  t.is(lines[5001], 'formatted 42');
});

test('writes to a pipe are blocking: a large write before process.exit() arrives whole', (t) => {
  const program = "var s = new Buffer(4 * 1024 * 1024); s.fill(120); process.stdout.write(s); process.stdout.write('end'); process.exit(3);";
  const { got, want } = both(program, '| (sleep 0.3; wc -c)');
  t.is(got.stdout.trim(), String(4 * 1024 * 1024 + 3));
  t.is(got.stdout, want.stdout);
});

test('an uncaught exception does not lose what was written before it', (t) => {
  const program = "for (var i = 0; i < 20000; i++) process.stdout.write('x'); console.log(); throw new Error('late');";
  const { got, want } = both(program, '| wc -c');
  t.is(got.stdout.trim(), '20001');
  t.is(got.stdout, want.stdout);
});

test('process.stdin from a pipe: paused until read, then data and end', (t) => {
  const program =
    "var chunks = []; process.stdin.setEncoding('utf8');" +
    "setTimeout(function () { process.stdin.on('data', function (d) { chunks.push(d); }); process.stdin.on('end', function () { console.log(JSON.stringify(chunks.join(''))); }); }, 50);";
  const { got, want } = both(program, '', { input: 'héllo\nwörld\n' });
  t.is(got.stdout, '"héllo\\nwörld\\n"\n');
  t.is(got.stdout, want.stdout);
});

test('process.stdin from a file: the file\'s content, then end', (t) => {
  const program = "var n = 0; process.stdin.on('data', function (d) { n += d.length; }); process.stdin.on('end', function () { console.log(n, 'bytes'); });";
  const { got, want } = both(program, '< prog.js');
  t.regex(got.stdout, /^\d+ 'bytes'\n$/);
  t.is(got.stdout, want.stdout);
});

test('an unread stdin pipe does not keep the process alive; pause() lets it end', (t) => {
  const { got, want } = both("process.stdin.resume(); setTimeout(function () { process.stdin.pause(); console.log('paused'); }, 30);", '', { input: '' });
  t.is(got.stdout, 'paused\n');
  t.is(got.stdout, want.stdout);
  const idle = both("process.stdin; console.log('not reading');", '< /dev/zero');
  t.is(idle.got.stdout, 'not reading\n');
  t.is(idle.got.code, 0);
});

test('GC stress: forced collections between many small writes through process.stdout (pipe and file)', (t) => {
  const program =
    "for (var i = 0; i < 4000; i++) { process.stdout.write(i % 2 ? 'line ' + i + '\\n' : new Buffer('line ' + i + '\\n')); if (i % 50 === 0) gc(); }";
  const expected = Array.from({ length: 4000 }, (_, i) => `line ${i}\n`).join('');
  const pipe = sh(`${N10} --expose-gc`, program);
  t.is(pipe.stdout, expected);
  const file = sh(`${N10} --expose-gc`, program, '> out.txt');
  t.is(fs.readFileSync(path.join(file.dir, 'out.txt'), 'utf8'), expected);
});

test('SIGINT/SIGTERM handlers: a program that signals itself (handlers replace the default action)', (t) => {
  const program =
    "process.on('SIGINT', function () { console.log('SIGINT'); process.kill(process.pid, 'SIGTERM'); });" +
    "process.on('SIGTERM', function () { console.log('SIGTERM'); process.exit(4); });" +
    "process.kill(process.pid, 'SIGINT'); setTimeout(function () {}, 5000);";
  const { got, want } = both(program);
  t.is(got.stdout, 'SIGINT\nSIGTERM\n');
  t.is(got.code, 4);
  t.is(got.stdout, want.stdout);
  t.is(got.code, want.code);
});

test('process signal events: SIGTERM/SIGINT with no listener end the program with 143/130 (0.10\'s own handler, even in a busy loop), no \'exit\' event; after the last listener goes, the default action', (t) => {
  for (const [program, code] of [
    ["process.on('exit', function () { console.log('exit'); }); process.kill(process.pid, 'SIGTERM'); setTimeout(function () {}, 5000);", 143],
    ["process.kill(process.pid, 'SIGINT'); while (true) {}", 130],
  ] as const) {
    const { got, want } = both(program);
    t.is(got.code, code, program);
    t.is(got.stdout, '');
    t.is(got.code, want.code);
  }
  const removed = "function f() {} process.on('SIGTERM', f); process.removeListener('SIGTERM', f); process.kill(process.pid, 'SIGTERM'); setTimeout(function () {}, 5000);";
  for (const argv of [[process.execPath, n10Bin], [oracleBin]]) {
    const r = spawnSync(argv[0], [...argv.slice(1), '-e', removed], { encoding: 'utf8', timeout: 20000 });
    t.is(r.status, null, argv.join(' '));
    t.is(r.signal, 'SIGTERM');
  }
});

test('a file descriptor kind 0.10 cannot use as stdout (closed) fails as 0.10 did, only when used', (t) => {
  const { got } = both("console.error('ok');", '>&-');
  t.is(got.code, 0);
  t.is(got.stderr, 'ok\n');
  void os;
});

test('process.stdout as a pipe whose reader is gone: write() returns true, EPIPE comes later through the write callback and \'error\' (twice), as 0.10', (t) => {
  // Errors are reported by the write request a loop iteration later (libuv 0.10), after the
  // writes queued behind the failed one; the socket is then destroyed.
  const program =
    'var L = []; setTimeout(function () {' +
    "process.stdout.on('error', function (e) { L.push('error:' + e.code + ':' + e.syscall); });" +
    "process.stdout.on('close', function () { L.push('close'); });" +
    "for (var i = 0; i < 3; i++) { var r = process.stdout.write('hello ' + i + '\\n', function (e) { L.push('cb:' + (e && e.code)); }); L.push('w' + i + ':' + r); }" +
    "L.push('queue:' + process.stdout._handle.writeQueueSize);" +
    "process.nextTick(function () { L.push('tick'); });" +
    "setImmediate(function () { L.push('immediate destroyed=' + process.stdout.destroyed); });" +
    "}, 300); process.on('exit', function (c) { process.stderr.write(L.join(' ') + ' exit:' + c + '\\n'); });";
  const { got, want } = both(program, '| true');
  t.is(
    got.stderr,
    'w0:true w1:true w2:true queue:8 tick cb:EPIPE error:EPIPE:write error:EPIPE:write immediate destroyed=true close exit:0\n',
  );
  t.is(got.stderr, want.stderr);
});

test('console.log of many lines into `head`: the EPIPE is an uncaught error after the program has run (exit 8)', (t) => {
  const program = "for (var i = 0; i < 50000; i++) console.log('line ' + i); process.on('exit', function (c) { process.stderr.write('exit ' + c + ' ' + i + '\\n'); });";
  const { got, want } = both(program, '| head -1; exit 0');
  t.is(got.stdout, 'line 0\n');
  t.is(got.stderr.split('\n')[0], 'exit 1 50000');
  t.is(got.stderr.split('\n')[0], want.stderr.split('\n')[0]);
  t.regex(got.stderr, /Error: write EPIPE/);
});

test("an uncaught EPIPE of process.stdout shows 0.10's stack: errnoException, then afterWrite called from native code", (t) => {
  const program = "setTimeout(function () { for (var i = 0; i < 50000; i++) console.log('line ' + i); }, 100);";
  const { got, want } = both(program, '| head -1; exit 0');
  const stack = got.stderr.slice(got.stderr.indexOf('Error: write EPIPE'));
  t.is(stack, 'Error: write EPIPE\n    at errnoException (net.js:901:11)\n    at Object.afterWrite (net.js:718:19)\n');
  t.is(stack, want.stderr.slice(want.stderr.indexOf('Error: write EPIPE')));
});

test('process.stdin from a file is an fs.ReadStream that closes after \'end\' (autoClose, as 0.10)', (t) => {
  const program =
    "var L = []; process.stdin.on('data', function (d) { L.push('data ' + d.length); });" +
    "process.stdin.on('end', function () { L.push('end'); }); process.stdin.on('close', function () { L.push('close'); });" +
    "process.on('exit', function () { console.log(L.join(' ')); });";
  const dir = tree({ 'prog.js': program, 'input.txt': 'abc\n' });
  const run = (rt: string) => spawnSync('/bin/sh', ['-c', `${rt} prog.js < input.txt`], { cwd: dir, encoding: 'utf8' }).stdout;
  t.is(run(N10), 'data 4 end close\n');
  t.is(run(N10), run(ORACLE));
});
