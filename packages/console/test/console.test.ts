import test from 'ava';
import console, { Console } from '@n10/console';
import assert from '@n10/assert';
import util from '@n10/util';
import { engineStream } from '../src/engine-stream';

function sink() {
  const chunks: string[] = [];
  return { chunks, write(chunk: string) { chunks.push(String(chunk)); return true; } };
}

function make() {
  const out = sink();
  const err = sink();
  return { out, err, c: new Console(out, err) };
}

test('require("console") is a Console instance with .Console, shaped as 0.10\'s', (t) => {
  t.true(console instanceof Console);
  t.is(console.Console, Console);
  t.deepEqual(Object.keys(console), ['log', 'info', 'warn', 'error', 'dir', 'time', 'timeEnd', 'trace', 'assert', 'Console']);
  t.deepEqual(Object.getOwnPropertyNames(console).slice(0, 3), ['_stdout', '_stderr', '_times']);
  t.deepEqual(Object.keys(Console.prototype), ['log', 'info', 'warn', 'error', 'dir', 'time', 'timeEnd', 'trace', 'assert']);
  t.deepEqual(Object.keys(Console.prototype).map((k) => (Console.prototype as unknown as Record<string, Function>)[k].length), [0, 0, 0, 0, 1, 1, 1, 0, 1]);
  t.is(Console.length, 2);
  t.is(util.inspect(console).split('\n').pop(), '  Console: [Function: Console] }');
});

test('console.log([data], [...]) formats like util.format to stdout', (t) => {
  const { out, err, c } = make();
  c.log('count: %d', 42);
  c.log('%s:%s', 'foo');
  c.log('x', { a: { b: { c: { d: 1 } } } }, [1]);
  c.log();
  t.deepEqual(out.chunks, ['count: 42\n', 'foo:%s\n', 'x { a: { b: { c: [Object] } } } [ 1 ]\n', '\n']);
  t.deepEqual(err.chunks, []);
  t.is(c.log('r'), undefined);
});

test('console.info([data], [...]) is console.log', (t) => {
  const { out, c } = make();
  c.info('i %j', { x: 1 });
  t.deepEqual(out.chunks, ['i {"x":1}\n']);
  t.is(Console.prototype.info, Console.prototype.log);
});

test('console.error([data], [...]) and console.warn write to stderr', (t) => {
  const { out, err, c } = make();
  c.error('e %s', 'x', 2);
  c.warn('w');
  t.deepEqual(err.chunks, ['e x 2\n', 'w\n']);
  t.deepEqual(out.chunks, []);
  t.is(Console.prototype.warn, Console.prototype.error);
});

test('console.dir(obj) prints util.inspect(obj) to stdout', (t) => {
  const { out, c } = make();
  c.dir({ a: { b: { c: { d: 1 } } } });
  c.dir({ inspect: () => 'custom' });
  (c.dir as (...a: unknown[]) => void)('s', 'ignored');
  t.deepEqual(out.chunks, ['{ a: { b: { c: [Object] } } }\n', 'custom\n', "'s'\n"]);
});

test('console.time(label) and console.timeEnd(label)', (t) => {
  const { out, c } = make();
  c.time('label');
  c.timeEnd('label');
  t.is(out.chunks.length, 1);
  t.regex(out.chunks[0], /^label: \d+ms\n$/);
  t.throws(() => c.timeEnd('never'), { instanceOf: Error, message: 'No such label: never' });
  c._times.zero = 0;
  t.throws(() => c.timeEnd('zero'), { message: 'No such label: zero' });
  t.is(c.time('again'), undefined);
  t.is(typeof c._times.again, 'number');
});

test('console.trace(label) prints "Trace: <label>" and the stack to stderr', (t) => {
  const { err, c } = make();
  c.trace('here %d', 5);
  c.trace();
  t.is(err.chunks.length, 2);
  const [first, second] = err.chunks.map((s) => s.split('\n'));
  t.is(first[0], 'Trace: here 5');
  t.is(second[0], 'Trace');
  t.true(first.length > 1);
});

test('console.assert(expression, [message]) throws an AssertionError with the formatted message', (t) => {
  const { c } = make();
  t.notThrows(() => c.assert(true, 'fine'));
  t.notThrows(() => c.assert(1));
  const grab = (fn: () => void) => {
    try {
      fn();
    } catch (e) {
      return e as { message: string; actual: unknown; expected: unknown; operator: unknown };
    }
    return undefined;
  };
  const e = grab(() => c.assert(false, 'assertion %s %d', 'message', 7));
  t.true(e instanceof assert.AssertionError);
  t.like(e, { message: 'assertion message 7', actual: false, expected: true, operator: '==' });
  t.is(grab(() => c.assert(0))?.message, 'false == true');
});

test('Console(stdout, [stderr]): stderr defaults to stdout, new is optional, methods are bound', (t) => {
  const only = sink();
  const d = (Console as unknown as (o: unknown) => InstanceType<typeof Console>)(only);
  t.true(d instanceof Console);
  d.error('to the only stream');
  const log = d.log;
  log('detached');
  t.deepEqual(only.chunks, ['to the only stream\n', 'detached\n']);
  t.is(d._stdout, only);
  t.is(d._stderr, only);
  t.false(Object.prototype.propertyIsEnumerable.call(d, '_stdout'));
  for (const bad of [undefined, null, {}, { write: 'no' }]) {
    t.throws(() => new Console(bad as never), { instanceOf: TypeError, message: 'Console expects a writable stream instance' });
  }
});

test('Console.call(instance, stdout, stderr) re-targets an existing console (how a runtime supplies streams)', (t) => {
  const first = make();
  const out = sink();
  const err = sink();
  (Console as unknown as Function).call(first.c, out, err);
  first.c.log('now here');
  first.c.error('and here');
  t.deepEqual(first.out.chunks, []);
  t.deepEqual(out.chunks, ['now here\n']);
  t.deepEqual(err.chunks, ['and here\n']);
});

test('the default console writes whole lines through the engine console', (t) => {
  const lines: string[] = [];
  const target = { log: (s: unknown) => lines.push('log ' + s), error: (s: unknown) => lines.push('error ' + s) };
  const out = engineStream('log', target);
  const err = engineStream('error', target);
  const c = new Console(out, err);
  c.log('one\ntwo');
  c.error('bad');
  out.write('partial ');
  out.write('line\n');
  t.deepEqual(lines, ['log one', 'log two', 'error bad', 'log partial line']);
  t.truthy(console._stdout && typeof console._stdout.write === 'function');
});

test('Console — the export is the constructor and the instance type', (t) => {
  const out = sink();
  const typed: Console = new Console(out);
  typed.log('typed');
  t.deepEqual(out.chunks, ['typed\n']);
});

test('new Console(stdout, [stderr]): the bound methods and Console.prototype.trace have no name, as in 0.10', (t) => {
  const c = new Console({ write() {} } as never);
  for (const k of ['log', 'info', 'warn', 'error', 'dir', 'time', 'timeEnd', 'trace', 'assert']) {
    t.is((c as unknown as Record<string, Function>)[k].name, '', k);
  }
  t.is(Console.prototype.trace.name, '');
});
