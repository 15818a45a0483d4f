import test from 'ava';
import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { binding, tempDir } from './helpers';

test('guessHandleType(fd) and isTTY(fd): FILE, PIPE, TCP, UDP, UNKNOWN', async (t) => {
  const fd = openSync(join(tempDir(t), 'f'), 'w');
  t.is(binding.guessHandleType(fd), 'FILE');
  t.false(binding.isTTY(fd));
  closeSync(fd);
  t.is(binding.guessHandleType(fd), 'UNKNOWN');
  const tcp = new binding.TCP();
  tcp.bind('127.0.0.1', 0);
  t.is(binding.guessHandleType(tcp.fd), 'TCP');
  const udp = new binding.UDP();
  udp.bind('127.0.0.1', 0, 0);
  t.is(binding.guessHandleType(udp.fd), 'UDP');
  const pipe = new binding.Pipe(false);
  t.is(pipe.fd, -1);
  tcp.close();
  udp.close();
  pipe.close();
  t.throws(() => binding.guessHandleType(-1), { instanceOf: RangeError });
});

test('new TTY(fd) on something that is not a terminal throws a BindingError', (t) => {
  const fd = openSync(join(tempDir(t), 'f'), 'w');
  const e = t.throws(() => new binding.TTY(fd, false)) as Error & { code: string; syscall: string };
  t.is(e.code, 'EINVAL');
  t.is(e.syscall, 'uv_tty_init');
  closeSync(fd);
});

// A real terminal: run a child under script(1), which gives it a pseudo-terminal.
const script = spawnSync('script', ['--version']).status === 0;

(script ? test : test.skip)('TTY under a pseudo-terminal: isTTY, getWindowSize, setRawMode, write', (t) => {
  const prelude = `const binding = require(${JSON.stringify(join(__dirname, '..', 'src', 'index.ts'))}).default;`;
  const code = `${prelude}
    const tty = new binding.TTY(1, false);
    const size = [];
    const r = { isTTY: binding.isTTY(1), type: binding.guessHandleType(1), win: tty.getWindowSize(size), size };
    const inp = new binding.TTY(0, true);
    r.raw = inp.setRawMode(true);
    r.normal = inp.setRawMode(false);
    r.reset = binding.resetTTYMode();
    inp.close();
    tty.writeUtf8String({ oncomplete(status) { r.write = status; tty.writeUtf8String({ oncomplete() { tty.close(); } }, 'RESULT' + JSON.stringify(r) + '\\n'); } }, 'via tty ');`;
  const cmd = `stty cols 91 rows 33 2>/dev/null; ${JSON.stringify(process.execPath)} --import=tsx --conditions=n10-source -e ${shellQuote(code)}`;
  const out = spawnSync('script', ['-qec', cmd, '/dev/null'], { cwd: join(__dirname, '..'), encoding: 'utf8', timeout: 30000 });
  const line = out.stdout.split(/\r?\n/).find((l) => l.includes('RESULT'));
  t.truthy(line, out.stdout + out.stderr);
  t.true((line as string).startsWith('via tty RESULT'));
  const r = JSON.parse((line as string).slice('via tty RESULT'.length));
  t.deepEqual(r, { isTTY: true, type: 'TTY', win: 0, size: [91, 33], raw: 0, normal: 0, reset: 0, write: 0 });
});

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
