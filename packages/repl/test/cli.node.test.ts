// End to end, against node 0.10.19: `n10 -i` with piped input (stdout byte for byte), and
// `n10` on a terminal (under script(1): every byte the terminal shows); readline programs on a
// terminal are in packages/readline/test/pty.node.test.ts. Needs the runtime built
// (packages/runtime/dist) and the oracle (tools/node010).
import test from 'ava';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runOnPty, shellQuote } from '../../readline/test/pty';

const root = path.resolve(__dirname, '../../..');
const oracle = path.join(root, 'tools/node010');
const n10 = path.join(root, 'packages/runtime/bin/n10.js');
const NODE10 = shellQuote(oracle);
const N10 = `${shellQuote(process.execPath)} ${shellQuote(n10)}`;
const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'n10-repl-cli-'));
const env = { ...process.env, NODE_PATH: '', NODE_DISABLE_COLORS: '', NODE_NO_READLINE: '' };

function piped(cmd: string[], input: string, extraEnv: Record<string, string> = {}) {
  const r = spawnSync(cmd[0], cmd.slice(1), { input, cwd, env: { ...env, ...extraEnv }, encoding: 'latin1' });
  return { stdout: r.stdout, status: r.status };
}

const oracleCmd = [oracle];
const n10Cmd = [process.execPath, n10];

// Without errors: stdout must be the same bytes.
const PIPED = [
  '1+1\n',
  '1+1',
  '',
  '.help\n1\n_\nvar a = [1, 2]\na.length\n_\n{a: {b: {c: {d: 1}}}}\n',
  'function f(x) {\nreturn x * 2\n}\nf(21)\n.break\nx(\n.break\n"end"\n',
  'module.id\ntypeof require\nrequire.main\nObject.keys(global)\nfs === require("fs")\n',
  '.exit\n1\n',
  'process.stdin.isTTY\nprocess.stdout.isTTY\n',
  '\n\n   \nundefined\nnull\n',
];

for (const input of PIPED) {
  test(`n10 -i with piped input is node 0.10's, byte for byte: ${JSON.stringify(input).slice(0, 50)}`, (t) => {
    const want = piped([...oracleCmd, '-i'], input);
    const got = piped([...n10Cmd, '-i'], input);
    t.is(got.stdout, want.stdout);
    t.is(got.status, want.status);
  });
}

test('echo 1+1 | n10 -i (NODE_DISABLE_COLORS and NODE_NO_READLINE have nothing to change)', (t) => {
  for (const e of [{ NODE_DISABLE_COLORS: '1' }, { NODE_NO_READLINE: '1' }] as Record<string, string>[]) {
    t.is(piped([...n10Cmd, '-i'], '1+1\n', e).stdout, piped([...oracleCmd, '-i'], '1+1\n', e).stdout);
  }
});

test('n10 -i with piped input: errors print their stack (frames aside)', (t) => {
  const input = 'throw new Error("boom")\nfoo.bar\nnpm install x\n';
  const strip = (s: string) => s.replace(/\n {4}at [^\n]*/g, '');
  t.is(strip(piped([...n10Cmd, '-i'], input).stdout), strip(piped([...oracleCmd, '-i'], input).stdout));
});

async function samePty(t: import('ava').ExecutionContext, program: string, chunks: string[], extraEnv: Record<string, string> = {}) {
  const opts = { cwd, env: { NODE_PATH: '', ...extraEnv } };
  const want = await runOnPty(`${NODE10} ${program}`, chunks, opts);
  const got = await runOnPty(`${N10} ${program}`, chunks, opts);
  t.is(got.output, want.output);
  t.is(got.code, want.code);
  t.true(want.output.length > 0);
}

// Keys: each chunk gets an answer (output) from the program.
const SESSION = [
  '1+1\r', '[1,"a",{b:null}]\r', 'var abc = {xyz: 1}\r', 'ab', 'c', '\t', '.', '\t', '\x15', '\x1b[A', '\x1b[A', '\x1b[B', '\x15',
  'function f() {\r', 'return 42\r', '}\r', 'f()\r', 'x = [\r', '\x03', '.help\r', 'abc', '\x1b[D', '\x1b[D', 'X', '\x01', '\x05', '\x17', '\x0c',
  '"a long line that is wider than the terminal is, so it wraps"\r', '\x03', '\x03',
];

test('n10 with no arguments on a terminal starts the REPL: the bytes node 0.10 writes (prompt, echo, colours, editing, history, completion, ^C twice)', async (t) => {
  await samePty(t, '', SESSION);
});

test('n10 -i on a terminal, ending with ^D', async (t) => {
  await samePty(t, '-i', ['1\r', 'abc', '\x15', '\x04']);
});

test('n10 on a terminal with NODE_DISABLE_COLORS=1', async (t) => {
  await samePty(t, '', ['[1, "two", null]\r', '.exit\r'], { NODE_DISABLE_COLORS: '1' });
});

test('n10 on a terminal with NODE_NO_READLINE=1 (cooked terminal: it echoes)', async (t) => {
  await samePty(t, '', ['1+1\r', '"x"\r', '\x04'], { NODE_NO_READLINE: '1' });
});

test('the terminal is back in its mode after the REPL exits', async (t) => {
  const chunks = ['.exit\r'];
  const opts = { cwd, env: { NODE_PATH: '' } };
  const want = await runOnPty(`${NODE10}; stty -a | tr ' ' '\\n' | grep -E '^-?(icanon|echo|isig|opost)$'`, chunks, opts);
  const got = await runOnPty(`${N10}; stty -a | tr ' ' '\\n' | grep -E '^-?(icanon|echo|isig|opost)$'`, chunks, opts);
  t.is(got.output, want.output);
  t.regex(got.output, /\nicanon/);
});

test.after.always(() => {
  fs.rmSync(cwd, { recursive: true, force: true });
});
