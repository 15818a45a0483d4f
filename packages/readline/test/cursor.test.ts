// readline.cursorTo / moveCursor / clearLine / clearScreenDown: the bytes 0.10 writes.
import test from 'ava';
import readline from '@n10/readline';

function capture(fn: (out: { write(s: string): void }) => void): string[] {
  const w: string[] = [];
  fn({ write: (s: string) => w.push(s) });
  return w;
}

test('readline.cursorTo(stream, x, [y])', (t) => {
  t.deepEqual(capture((o) => readline.cursorTo(o, 3)), ['\x1b[4G']);
  t.deepEqual(capture((o) => readline.cursorTo(o, 3, 4)), ['\x1b[5;4H']);
  t.deepEqual(capture((o) => readline.cursorTo(o)), []);
  t.throws(() => readline.cursorTo({ write() {} }, undefined, 2), { message: "Can't set cursor row without also setting it's column" });
});

test('readline.moveCursor(stream, dx, dy)', (t) => {
  t.deepEqual(capture((o) => readline.moveCursor(o, 0, 0)), []);
  t.deepEqual(capture((o) => readline.moveCursor(o, -2, 3)), ['\x1b[2D', '\x1b[3B']);
  t.deepEqual(capture((o) => readline.moveCursor(o, 2, -3)), ['\x1b[2C', '\x1b[3A']);
});

test('readline.clearLine(stream, dir) and readline.clearScreenDown(stream)', (t) => {
  t.deepEqual(
    capture((o) => {
      readline.clearLine(o, -1);
      readline.clearLine(o, 1);
      readline.clearLine(o, 0);
      readline.clearScreenDown(o);
    }),
    ['\x1b[1K', '\x1b[0K', '\x1b[2K', '\x1b[0J'],
  );
});

test("readline's face is 0.10's", (t) => {
  t.deepEqual(Object.keys(readline), ['createInterface', 'Interface', 'emitKeypressEvents', 'cursorTo', 'moveCursor', 'clearLine', 'clearScreenDown']);
  t.is(readline.Interface.length, 4);
  t.is(readline.createInterface.length, 4);
});

// The runtime shows an uncaught error's site from a registry (Symbol.for('n10.throwSites'));
// readline notes there where 0.10's readline.js threw what it threw.
test.serial("readline.cursorTo(stream, x, y) without x, and createInterface(input, output, completer) with a completer that is not a function: noted at 0.10's readline.js line for the uncaught report", (t) => {
  const key = Symbol.for('n10.throwSites');
  const g = globalThis as unknown as Record<symbol, WeakMap<object, unknown> | undefined>;
  const had = g[key];
  const sites = had || new WeakMap<object, unknown>();
  if (!had) g[key] = sites;
  try {
    const out = { write: () => true };
    t.deepEqual(sites.get(t.throws(() => readline.cursorTo(out as never, undefined as never, 3)) as object), {
      file: 'readline.js',
      line: 1109,
      text: '    throw new Error("Can\'t set cursor row without also setting it\'s column");',
      caret: '          ^',
    });
    const input = { on: () => input, resume: () => input, pause: () => input };
    const site = sites.get(t.throws(() => readline.createInterface(input as never, out as never, 5 as never)) as object) as { line: number };
    t.is(site.line, 67);
  } finally {
    if (!had) delete g[key];
  }
});
