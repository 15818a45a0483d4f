// tty in a terminal: programs run under `script` (a pseudo-terminal) by n10 and by node
// 0.10, outputs compared. The window size is set with stty first; 'resize' is provoked by
// changing it while the program runs (the kernel sends SIGWINCH).
import test from 'ava';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const n10 = path.resolve(__dirname, '../../runtime/bin/n10.js');
const oracle = path.resolve(__dirname, '../../../tools/node010');

function inTerminal(cmd: string, program: string, before = 'stty cols 100 rows 40'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n10-tty-'));
  const file = path.join(dir, 'prog.js');
  fs.writeFileSync(file, program);
  const r = spawnSync('script', ['-qec', `${before}; ${cmd} ${file}`, '/dev/null'], { encoding: 'utf8', timeout: 30000, input: '' });
  return r.stdout.replace(/\r/g, '');
}

function both(program: string, before?: string): [string, string] {
  return [inTerminal(`${process.execPath} ${n10}`, program, before), inTerminal(oracle, program, before)];
}

test('tty.isatty(fd): true for the terminal, false otherwise', (t) => {
  const [got, want] = both("var tty = require('tty'); console.log(tty.isatty(0), tty.isatty(1), tty.isatty(2), tty.isatty(99))");
  t.is(got, 'true true true false\n');
  t.is(got, want);
});

test('tty.isatty(fd): the argument is taken as an Int32, as 0.10 did (\'x\', null, \'1\' name descriptors 0, 0 and 1)', (t) => {
  const [got, want] = both("var tty = require('tty'); console.log(tty.isatty('x'), tty.isatty(null), tty.isatty('1'), tty.isatty(1.5), tty.isatty({}))");
  t.is(got, 'true true true true true\n');
  t.is(got, want);
});

test('Class: WriteStream: process.stdout on a terminal, ws.columns and ws.rows', (t) => {
  const program =
    "var tty = require('tty'); var o = process.stdout;" +
    "console.log(o instanceof tty.WriteStream, o.isTTY, o._type, o.columns, o.rows, o.getWindowSize(), o.writable, o.readable);" +
    "console.log(process.stderr instanceof tty.WriteStream, process.stderr.columns);";
  const [got, want] = both(program);
  t.is(got, "true true 'tty' 100 40 [ 100, 40 ] true false\ntrue 100\n");
  t.is(got, want);
});

test("Event: 'resize': when the window size changes (SIGWINCH)", (t) => {
  const program =
    "process.stdout.on('resize', function () { console.log('resize', process.stdout.columns, process.stdout.rows); process.exit(0); });" +
    "console.log('ready', process.stdout.columns); setTimeout(function () { console.log('no resize'); }, 5000);";
  const before = 'stty cols 100 rows 40; (sleep 1; stty cols 90 < /dev/tty) & true';
  const [got, want] = both(program, before);
  t.is(got, 'ready 100\nresize 90 40\n');
  t.is(got, want);
});

test('Class: ReadStream: process.stdin on a terminal; rs.isRaw; rs.setRawMode(mode)', (t) => {
  const program =
    "var tty = require('tty'); var i = process.stdin;" +
    "console.log(i instanceof tty.ReadStream, i.isTTY, i.isRaw, i._readableState.highWaterMark);" +
    "i.setRawMode(true); console.log(i.isRaw); i.setRawMode(false); console.log(i.isRaw);";
  const [got, want] = both(program);
  t.is(got, 'true true false 0\ntrue\nfalse\n');
  t.is(got, want);
});

test('tty.setRawMode(mode): deprecated, sets raw mode on process.stdin', (t) => {
  const program = "require('tty').setRawMode(true); console.log(process.stdin.isRaw); process.stdin.setRawMode(false);";
  const [got, want] = both(program);
  t.true(got.endsWith('true\n'), got);
  t.true(got.includes('tty.setRawMode: Use `process.stdin.setRawMode()` instead.'));
  t.is(got, want);
});

test('cursor helpers write ANSI sequences (cursorTo, moveCursor, clearLine, clearScreenDown)', (t) => {
  const program =
    "var o = process.stdout; o.cursorTo(2); o.cursorTo(1, 2); o.moveCursor(-1, 1); o.moveCursor(3, -2); o.clearLine(-1); o.clearLine(1); o.clearLine(0); o.clearScreenDown(); o.write('\\n');";
  const [got, want] = both(program);
  t.is(got, '\x1b[3G\x1b[3;2H\x1b[1D\x1b[1B\x1b[3C\x1b[2A\x1b[1K\x1b[0K\x1b[2K\x1b[0J\n');
  t.is(got, want);
});

test('a terminal stdin can be read, then paused so the program ends', (t) => {
  const program = "process.stdin.resume(); process.stdin.on('data', function(){}); setTimeout(function(){ process.stdin.pause(); console.log('paused'); }, 100);";
  const [got, want] = both(program);
  t.is(got, 'paused\n');
  t.is(got, want);
});

test('tty.isatty is anonymous, as 0.10\'s exports.isatty = function', async (t) => {
  const tty = (await import('../src/index')).default;
  t.is(tty.isatty.name, '');
  t.is(tty.isatty.length, 1);
});

test("ws.cursorTo(x, y) without x: an uncaught report shows 0.10's readline.js:1109 site, as 0.10", (t) => {
  const [got, want] = both('process.stdout.cursorTo(undefined, 3);');
  const head = (s: string) => s.split('\n').slice(0, 5).join('\n');
  t.is(head(got), '\nreadline.js:1109\n    throw new Error("Can\'t set cursor row without also setting it\'s column");\n          ^\nError: Can\'t set cursor row without also setting it\'s column');
  t.is(head(got), head(want));
});

test("tty.setRawMode(mode) without a terminal stdin: an uncaught report shows 0.10's tty.js:37 site", (t) => {
  const run = (cmd: string[]) => spawnSync(cmd[0], cmd.slice(1).concat(['-e', 'require("tty").setRawMode(true)']), { encoding: 'utf8', input: '' }).stderr;
  const head = (s: string) => s.split('\n').slice(0, 6).join('\n');
  const got = run([process.execPath, n10]);
  t.is(head(got), head(run([oracle])));
  t.regex(got, /\ntty\.js:37\n {4}throw new Error\('can\\'t set raw mode on non-tty'\);\n {10}\^\n/);
});
