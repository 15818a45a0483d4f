// readline programs on a terminal (under script(1)), under node 0.10.19 and under n10: every
// byte the terminal shows must be the same. Needs the runtime built (packages/runtime/dist)
// and the oracle (tools/node010).
import test from 'ava';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { runOnPty, shellQuote } from './pty';

const root = path.resolve(__dirname, '../../..');
const NODE10 = shellQuote(path.join(root, 'tools/node010'));
const N10 = `${shellQuote(process.execPath)} ${shellQuote(path.join(root, 'packages/runtime/bin/n10.js'))}`;
const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'n10-readline-pty-'));

async function same(t: import('ava').ExecutionContext, name: string, program: string, chunks: string[], columns?: number) {
  const file = path.join(cwd, name + '.js');
  fs.writeFileSync(file, program);
  const opts = { cwd, columns, env: { NODE_PATH: '' } };
  const want = await runOnPty(`${NODE10} ${shellQuote(file)}`, chunks, opts);
  const got = await runOnPty(`${N10} ${shellQuote(file)}`, chunks, opts);
  t.is(got.output, want.output);
  t.is(got.code, want.code);
  t.true(want.output.length > 0);
}

// The manual's Tiny CLI, with a completer, a question and a SIGINT listener.
const CLI = `
var readline = require('readline'),
    rl = readline.createInterface(process.stdin, process.stdout, function (line) {
      return [['hello', 'help', 'world'].filter(function (w) { return w.indexOf(line) === 0; }), line];
    });
rl.setPrompt('OHAI> ');
rl.prompt();
rl.on('line', function (line) {
  switch (line.trim()) {
    case 'hello': console.log('world!'); break;
    case 'q':
      rl.question('Really? ', function (a) { console.log('answer:', a); rl.prompt(); });
      return;
    default: console.log('Say what? I might have heard \`' + line.trim() + '\`'); break;
  }
  rl.prompt();
}).on('close', function () {
  console.log('Have a great day!');
  process.exit(0);
}).on('SIGINT', function () { console.log('sigint'); rl.prompt(); });
`;

test('readline.createInterface(input, output, completer) on a terminal: editing, completion, history, question, SIGINT, ^D (the Tiny CLI)', async (t) => {
  await same(t, 'cli', CLI, [
    'hel', '\t', '\r', 'abc', '\x1b[D', '\x1b[D', 'X', '\x01', '\x05', '\x17', '\r', 'h', '\t', '\r', '\x1b[A', '\x1b[A', '\r',
    'q\r', 'yes\r', '\x03', 'xyz', '\x15', '\x04',
  ]);
});

// Every key readline decodes, as the terminal sends it.
const KEYS = `
var readline = require('readline');
readline.emitKeypressEvents(process.stdin);
process.stdin.setRawMode(true);
process.stdin.on('keypress', function (ch, key) {
  console.log(JSON.stringify([ch, key]));
  if (key && key.ctrl && key.name === 'd') process.exit(0);
});
process.stdin.resume();
console.log('ready');
`;

test('readline.emitKeypressEvents on a terminal: the keys node 0.10 decodes', async (t) => {
  await same(t, 'keys', KEYS, [
    'a', 'Z', ' ', '\t', '\r', '\x7f', '\x1b', '\x1b[A', '\x1b[B', '\x1b[C', '\x1b[D', '\x1b[H', '\x1b[F', '\x1bOH', '\x1b[1~', '\x1b[3~', '\x1b[5~',
    '\x1b[1;5C', '\x1b[1;3D', '\x1bb', '\x1bB', '\x1b\x7f', '\x1bOP', '\x1b[15~', '\x1b[Z', 'é', 'paste', '\x01', '\x03', '\x1a', '\x04',
  ]);
});

// Lines wider than the terminal, redrawn as they wrap.
const WRAP = `
var readline = require('readline');
var rl = readline.createInterface({ input: process.stdin, output: process.stdout });
rl.setPrompt('wrap> ');
rl.prompt();
rl.on('line', function (l) { console.log(l.length); rl.prompt(); });
rl.on('close', function () { process.exit(0); });
`;

test('Class: Interface on a narrow terminal: lines that wrap', async (t) => {
  await same(t, 'wrap', WRAP, ['abcdefghij', 'klmnopqrst', 'u', '\x1b[D', '\x01', 'X', '\x05', '\x7f', '\r', '\x1b[A', '\x15', '\x04'], 20);
});

// terminal: false on a terminal: the terminal echoes (cooked), readline splits lines.
const PLAIN = `
var readline = require('readline');
var rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: false });
rl.on('line', function (l) { console.log('line', JSON.stringify(l)); if (l === 'end') rl.close(); });
rl.on('close', function () { console.log('closed'); process.exit(0); });
console.log('ready');
`;

test('readline.createInterface(options) with terminal: false on a terminal', async (t) => {
  await same(t, 'plain', PLAIN, ['one\r', 'two words\r', 'end\r']);
});

// close() gives the terminal back in its mode.
const CLOSE = `
var readline = require('readline');
var rl = readline.createInterface({ input: process.stdin, output: process.stdout });
rl.question('name? ', function (a) { console.log('hi', a); rl.close(); });
`;

test('rl.close() on a terminal: raw mode off again', async (t) => {
  const file = path.join(cwd, 'close.js');
  fs.writeFileSync(file, CLOSE);
  const check = "; stty -a | tr ' ' '\\n' | grep -E '^-?(icanon|echo|isig)$'";
  const opts = { cwd, env: { NODE_PATH: '' } };
  const want = await runOnPty(`${NODE10} ${shellQuote(file)}${check}`, ['bob\r'], opts);
  const got = await runOnPty(`${N10} ${shellQuote(file)}${check}`, ['bob\r'], opts);
  t.is(got.output, want.output);
  t.regex(got.output, /\nicanon/);
});

// ^Z without a 'SIGTSTP' listener stops the process; fg brings 'pause', 'SIGCONT' and raw mode
// back. Needs job control, so a shell in tmux: the screens (text) are compared.
const SUSPEND = `
var readline = require('readline');
var rl = readline.createInterface(process.stdin, process.stdout);
['pause', 'resume', 'SIGCONT'].forEach(function (e) { rl.on(e, function () { console.log('event', e); }); });
rl.on('SIGCONT', function () { rl.prompt(); });
rl.on('line', function (l) { console.log('line', JSON.stringify(l)); if (l === 'q') rl.close(); else rl.prompt(); });
rl.prompt();
`;

function tmux(args: string[]): string {
  return spawnSync('tmux', args, { encoding: 'utf8' }).stdout;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function suspendScreen(runtime: string): Promise<string> {
  const dir = fs.mkdtempSync(path.join(cwd, 'suspend-'));
  fs.writeFileSync(path.join(dir, 'suspend.js'), SUSPEND);
  fs.writeFileSync(path.join(dir, 'prog'), `#!/bin/sh\nexec ${runtime} suspend.js\n`, { mode: 0o755 });
  const name = 'n10rl' + process.pid + path.basename(dir).replace(/\W/g, '');
  tmux(['new-session', '-d', '-s', name, '-x', '80', '-y', '30', '-c', dir, 'TERM=xterm bash --norc --noprofile -i']);
  const screen = () => tmux(['capture-pane', '-t', name, '-p']);
  const keys = async (...k: string[]) => {
    tmux(['send-keys', '-t', name, ...k]);
    await sleep(1000);
  };
  try {
    await keys("PS1='$ '; clear", 'Enter');
    tmux(['send-keys', '-t', name, './prog', 'Enter']);
    // the program is up when its prompt shows
    for (let i = 0; i < 100 && !/^>/m.test(screen()); i++) await sleep(100);
    await keys('ab');
    await keys('C-z');
    await keys('fg', 'Enter');
    await keys('c', 'Enter');
    await keys('q', 'Enter');
    return screen().replace(/\n+$/, '');
  } finally {
    tmux(['kill-session', '-t', name]);
  }
}

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
(hasTmux ? test.serial : test.skip)("Event: 'SIGTSTP' (none: ^Z stops the process) and Event: 'SIGCONT', 'pause' on fg", async (t) => {
  const want = await suspendScreen(NODE10);
  const got = await suspendScreen(N10);
  t.is(got, want);
  t.regex(want, /Stopped/);
  t.regex(want, /event SIGCONT/);
});

test.after.always(() => {
  fs.rmSync(cwd, { recursive: true, force: true });
});
