// Every scenario of fixtures/scenarios.js played on @n10/readline over fake streams; the
// transcript (each output write, each input call, each event, line and cursor after each step)
// must be node 0.10's, recorded in fixtures/oracle.json by fixtures/record.js.
import test from 'ava';
import readline from '@n10/readline';
import { EventEmitter } from '@n10/events';
import { Buffer } from '@n10/buffer';
import * as harness from './fixtures/harness.js';
import type { Scenario } from './fixtures/harness.js';
import scenarios from './fixtures/scenarios.js';
import oracle from './fixtures/oracle.json';

// The manual items each scenario exercises (titles cite them).
const ITEMS: Record<string, string> = {
  'plain: lines split on \\n, \\r\\n and \\r': "Event: 'line', Event: 'close' (non-terminal)",
  'plain: partial line at end is a line': "Event: 'close' at input end (an unterminated last line is dropped, as 0.10.19)",
  'plain: empty input end': "Event: 'close' at input end",
  'plain: utf8 split across chunks': "Event: 'line' (UTF-8 split across chunks)",
  'plain: prompt, setPrompt, question': 'rl.setPrompt(prompt, length), rl.prompt([preserveCursor]), rl.question(query, callback) (non-terminal)',
  'plain: pause, resume, close': "rl.pause(), rl.resume(), rl.close(), Event: 'pause', Event: 'resume'",
  'plain: write feeds lines': 'rl.write(data, [key]) (non-terminal)',
  'plain: positional createInterface': 'readline.createInterface(input, output, completer, terminal)',
  'plain: terminal defaults to output.isTTY (false)': 'readline.createInterface(options): terminal defaults to output.isTTY',
  'plain: close from a line listener': "rl.close() from an Event: 'line' listener",
  'plain: end after \\r': "Event: 'line' (\\r at the end of the input)",
  'plain: question answered by the line at end': 'rl.question(query, callback) at input end',
  'tty: terminal defaults to output.isTTY (true)': 'readline.createInterface(options): terminal defaults to output.isTTY',
  'tty: no setRawMode on input': 'Class: Interface, terminal input without setRawMode',
  'tty: no columns (Infinity)': 'Class: Interface, output without columns',
  'tty: typing and enter': "Event: 'line' (terminal: return, enter, \\r\\n)",
  'tty: cursor moves': 'Class: Interface line editing: left/right/home/end, ctrl-a/e/b/f',
  'tty: deleting': 'Class: Interface line editing: backspace, delete, ctrl-h/d/u/k/w, meta-backspace/d, ctrl-shift-backspace/delete',
  'tty: words': 'Class: Interface line editing: meta-b/f, ctrl-left/right, ctrl-w',
  'tty: ctrl-l clears the screen': 'Class: Interface line editing: ctrl-l',
  'tty: escape and unknown keys ignored': 'Class: Interface: escape and unbound keys',
  'tty: paste with newlines': 'rl.write(data, [key]) and pasted lines',
  'tty: long line wraps': 'Class: Interface: lines longer than output.columns',
  'tty: resize': "Class: Interface: the output's 'resize' event",
  'tty: prompt(preserveCursor) and question': 'rl.prompt([preserveCursor]), rl.question(query, callback), rl.setPrompt(prompt, length) (terminal)',
  'tty: edits at the ends of the line': 'Class: Interface line editing at the ends of the line',
  'tty: \\r then a key then \\n': "Event: 'line' (\\r then \\n is one line ending)",
  'tty: \\r then modified keys then \\n': "Event: 'line' (\\r, modified keys, \\n)",
  'tty: history after an empty enter and edits': 'Class: Interface history',
  'tty: shift and ctrl variants': 'Class: Interface: shift/ctrl/meta variants of keys',
  'tty: history up/down': 'Class: Interface history: up/down, ctrl-p/n, no duplicates',
  'tty: history keeps 30': 'Class: Interface history: 30 lines',
  'tty: tab with no completer': 'readline.createInterface(options): no completer',
  'tty: sync completer': 'readline.createInterface(options): completer (sync form)',
  'tty: async completer': 'readline.createInterface(options): completer (async form)',
  'tty: completion groups': 'readline.createInterface(options): completer groups',
  'tty: completion columns': 'readline.createInterface(options): completion listing in columns',
  'tty: completion error and none': 'readline.createInterface(options): completer error',
  'tty: completion none': 'readline.createInterface(options): completer without matches',
  'tty: ctrl-c without SIGINT listener closes': "Event: 'SIGINT' (none: ^C closes), Event: 'close'",
  'tty: ctrl-c with SIGINT listener': "Event: 'SIGINT'",
  'tty: ctrl-d on empty line closes': "Event: 'close' (^D on an empty line)",
  'tty: ctrl-z with SIGTSTP listener': "Event: 'SIGTSTP'",
  'tty: input end closes': "Event: 'close': a terminal input's end is ignored, as 0.10",
  'tty: pause resume close': "rl.pause(), rl.resume(), rl.close() (terminal), Event: 'pause', Event: 'resume'",
  'tty: write with key objects': 'rl.write(data, [key]) with key objects',
  'tty: keypress buffers': 'Class: Interface: UTF-8 keys split across chunks',
};

const deps = { EventEmitter, Buffer };

for (const s of scenarios as Scenario[]) {
  test(`${ITEMS[s.name] || s.name} — ${s.name}`, (t) => {
    const got = harness.run(readline, s, deps) as string[];
    t.deepEqual(got, (oracle as Record<string, string[]>)[s.name]);
  });
}

test('every recorded scenario is played', (t) => {
  t.deepEqual(
    (scenarios as Scenario[]).map((s) => s.name),
    Object.keys(oracle),
  );
  for (const s of scenarios as Scenario[]) t.truthy(ITEMS[s.name], s.name);
});

test('readline.createInterface is anonymous, as in 0.10', (t) => {
  t.is(readline.createInterface.name, '');
  t.is(readline.createInterface.length, 4);
});

test("Event: 'line': a listener's throw leaves through a forEach over the chunk's lines, as 0.10's _normalWrite", (t) => {
  const input = Object.assign(new EventEmitter(), { resume() {}, pause() {} });
  const rl = readline.createInterface({ input, output: null, terminal: false } as never);
  const seen: string[] = [];
  rl.on('line', (line: string) => {
    seen.push(line);
    if (line === 'boom') throw new Error('bad line');
  });
  const e = t.throws(() => input.emit('data', 'one\nboom\nlost\nrest'));
  t.regex(String(e?.stack), /_onLine[\s\S]*\bforEach\b[\s\S]*_normalWrite/);
  // The lines after the throw in that chunk are gone; the unfinished rest is kept.
  input.emit('data', '\nnext\n');
  t.deepEqual(seen, ['one', 'boom', 'rest', 'next']);
});

test('rl.write(data, [key]) (non-terminal): data goes through the StringDecoder, as 0.10 (null fails there: rl.write(null, key) of progress 1.0 on a pipe)', (t) => {
  const input = Object.assign(new EventEmitter(), { resume() {}, pause() {} });
  const rl = readline.createInterface({ input, output: null, terminal: false } as never);
  const seen: string[] = [];
  rl.on('line', (line: string) => seen.push(line));
  rl.write('a\u00e9\n');
  rl.write(new Buffer([0xc3]));
  rl.write(new Buffer([0xa9, 0x0a]));
  t.deepEqual(seen, ['a\u00e9', '\u00e9']);
  const e = t.throws(() => rl.write(null, { ctrl: true, name: 'u' }), { instanceOf: TypeError, message: "Cannot read property 'length' of null" });
  // (Under node the frame is the decoder's source file; bundled for a browser, its name.)
  t.regex(String(e?.stack), /(?:StringDecoder\.write \(|\.write \([^)]*string[-_]decoder)[\s\S]*_normalWrite/);
});
