// How the binding calls into JS (shared/DESIGN.md "Native binding rules"): one callback, then
// the n10 tick queue, then the next callback; exceptions go to 'uncaughtException'.
import test from 'ava';
import { runNode } from './helpers';

test('setTickCallback(fn): the tick callback runs after every callback, before the next one', async (t) => {
  const r = await runNode(`
    const log = [];
    const ticks = [];
    binding.setTickCallback(function () { while (ticks.length) ticks.shift()(); });
    const a = new binding.Timer(), b = new binding.Timer();
    a.ontimeout = () => { log.push('timer a'); ticks.push(() => log.push('tick from a')); };
    b.ontimeout = () => { log.push('timer b'); ticks.push(() => log.push('tick from b')); };
    a.start(5, 0); b.start(5, 0); // the same expiry: both run in one loop iteration
    const c = new binding.Timer(); c.ontimeout = () => { console.log(JSON.stringify(log)); a.close(); b.close(); c.close(); };
    c.start(30, 0);`);
  t.is(r.stderr, '');
  t.deepEqual(JSON.parse(r.stdout), ['timer a', 'tick from a', 'timer b', 'tick from b']);
});

test("without setTickCallback, the face finds @n10/process's _tickCallback on the first callback", async (t) => {
  const r = await runNode(`
    const proc = require('@n10/process').default;
    const real = proc._tickCallback;
    let calls = 0;
    proc._tickCallback = function () { calls++; return real.apply(this, arguments); };
    const log = [];
    const a = new binding.Timer(), b = new binding.Timer();
    a.ontimeout = () => { log.push('a'); proc.nextTick(() => log.push('tick a')); };
    b.ontimeout = () => { log.push('b'); proc.nextTick(() => log.push('tick b')); };
    a.start(5, 0); b.start(5, 0);
    const c = new binding.Timer(); c.ontimeout = () => { console.log(JSON.stringify({ log, calls })); a.close(); b.close(); c.close(); };
    c.start(30, 0);`);
  t.is(r.stderr, '');
  t.deepEqual(JSON.parse(r.stdout), { log: ['a', 'tick a', 'b', 'tick b'], calls: 2 });
});

test("a callback that throws reaches process 'uncaughtException' (napi_fatal_exception); later callbacks still run", async (t) => {
  const r = await runNode(`
    process.on('uncaughtException', (e) => console.log('caught', e.message));
    const a = new binding.Timer();
    a.ontimeout = () => { throw new Error('from ontimeout'); };
    a.start(1, 0);
    const b = new binding.Timer();
    b.ontimeout = () => { console.log('b still runs'); a.close(); b.close(); };
    b.start(20, 0);`);
  t.is(r.stdout, 'caught from ontimeout\nb still runs\n');
  t.is(r.code, 0);
});

test('an uncaught throw from a callback ends the process with the error printed (exit code 1), no abort', async (t) => {
  const r = await runNode(`
    const a = new binding.Timer();
    a.ontimeout = () => { throw new Error('nobody catches this'); };
    a.start(1, 0);`);
  t.is(r.code, 1);
  t.is(r.signal, null);
  t.regex(r.stderr, /nobody catches this/);
});

test('a throwing tick callback is raised the same way', async (t) => {
  const r = await runNode(`
    process.on('uncaughtException', (e) => { console.log('caught', e.message); binding.setTickCallback(null); });
    binding.setTickCallback(() => { throw new Error('from tick'); });
    const a = new binding.Timer();
    a.ontimeout = () => { console.log('timer'); a.close(); };
    a.start(1, 0);`);
  t.is(r.stdout, 'timer\ncaught from tick\n');
});

test('callbacks run in the handle async context (async_hooks sees one resource per handle)', async (t) => {
  const r = await runNode(`
    const ah = require('node:async_hooks');
    const types = new Set();
    ah.createHook({ init(id, type) { if (type.startsWith('N10_')) types.add(type); } }).enable();
    const tm = new binding.Timer();
    let inside;
    tm.ontimeout = () => { inside = ah.executionAsyncId(); tm.close(); };
    tm.start(1, 0);
    binding.stat('.', { oncomplete() { setImmediate(() => console.log(JSON.stringify({ types: [...types].sort(), inside: inside > 1 }))); } });`);
  t.deepEqual(JSON.parse(r.stdout), { types: ['N10_FSREQWRAP', 'N10_TIMERWRAP'], inside: true });
});

test('setTickCallback(fn, pending): the call is skipped while pending[0] is 0', async (t) => {
  const r = await runNode(`
    const pending = new Int32Array(1);
    let calls = 0;
    binding.setTickCallback(() => { calls++; pending[0] = 0; }, pending);
    const tm = new binding.Timer();
    let n = 0;
    tm.ontimeout = () => {
      n++;
      if (n === 2 || n === 4) pending[0] = 1; // "a tick was queued" by these two callbacks
      if (n === 5) { tm.close(); console.log(JSON.stringify({ n, calls })); } else tm.start(0, 0);
    };
    tm.start(0, 0);
    let threw = false;
    try { binding.setTickCallback(() => {}, new Uint8Array(1)); } catch (e) { threw = e instanceof TypeError; }
    console.log(threw);`);
  t.is(r.stderr, '');
  t.deepEqual(r.stdout.trim().split('\n').map((l) => JSON.parse(l)), [true, { n: 5, calls: 2 }]);
});
