// fork(), the IPC channel and the child's side of it, with children on n10 and on node 0.10,
// and a node 0.10 parent with an n10 child.
import test from 'ava';
import path from 'node:path';
import hostNet from 'node:net';
import cp from '@n10/child_process';
import type { ChildProcessInstance } from '@n10/child_process';
import dgram from '@n10/dgram';
import net from '@n10/net';
import { fixtures, n10, n10Usable, once, oracle, record, run } from './helpers';

const child = path.join(fixtures, 'child.js');
const usable = n10Usable();
const runtimes: Array<[string, string]> = [
  ['n10', n10],
  ['node 0.10', oracle],
];

function forked(execPath: string, args: string[], options: object = {}): ChildProcessInstance {
  return cp.fork(child, args, Object.assign({ execPath, silent: true }, options));
}

function nextMessage(c: ChildProcessInstance): Promise<unknown> {
  return once(c, 'message').then((a) => a[0]);
}

for (const [name, execPath] of runtimes) {
  const it = name === 'n10' && !usable ? test.skip : test;

  it(`fork(modulePath, [args], [options]) on ${name}: args, execArgv, cwd, env; NODE_CHANNEL_FD is gone from the child's env`, async (t) => {
    const c = forked(execPath, ['info', 'x'], { cwd: '/', env: { FOO: 'bar', PATH: process.env.PATH, HOME: process.env.HOME }, execArgv: ['--no-deprecation'] });
    // (Its 'exit' may come before its message: as in 0.10 when the loop was busy meanwhile.)
    const exit = once(c, 'exit');
    const info = (await nextMessage(c)) as Record<string, unknown>;
    t.deepEqual(info, { argv: ['info', 'x'], execArgv: ['--no-deprecation'], cwd: '/', foo: 'bar', connected: true, send: 'function' });
    t.deepEqual(await exit, [0, null]);
  });

  it(`child.send(message) / Event: 'message' with a child on ${name}: JSON values both ways, NODE_ commands are internal`, async (t) => {
    const c = forked(execPath, ['echo']);
    t.deepEqual(await nextMessage(c), { ready: true });
    const values = [1, 'two', null, true, { u: '\u2028\u00e9\ud83d\ude00', n: [1.5, -0] }];
    t.true(c.send({ values }));
    t.deepEqual(await nextMessage(c), { got: { values: JSON.parse(JSON.stringify(values)) } });
    for (const v of ['s', 42, null, false, [], { a: { b: [1] } }]) {
      c.send(v);
      t.deepEqual(await nextMessage(c), { got: v });
    }
    const internal = once(c, 'internalMessage');
    c.send({ cmd: 'NODE_TEST', x: 1 });
    t.deepEqual(await nextMessage(c), { internal: { cmd: 'NODE_TEST', x: 1 } });
    c.send('bye');
    await once(c, 'exit');
    void internal;
  });

  it(`child.send(message, sendHandle) with a child on ${name}: a net.Server, a net.Socket, a dgram.Socket`, async (t) => {
    const c = forked(execPath, ['echo']);
    await nextMessage(c);
    // A server: the child accepts on it.
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const port = (server.address() as { port: number }).port;
    c.send('server', server);
    t.is(await nextMessage(c), 'server-ok');
    server.close();
    const viaServer = await hostRequest(port);
    t.is(viaServer, 'child-server\n');
    // A connection: answered by the child; the parent's socket lets go of it.
    const s2 = net.createServer((s) => {
      c.send('socket', s);
      t.is(s._handle, null);
      t.true(s2._usingSlaves);
      s2.close();
    });
    await new Promise<void>((resolve) => s2.listen(0, '127.0.0.1', () => resolve()));
    t.is(await hostRequest((s2.address() as { port: number }).port), 'child-socket true true\n');
    // A UDP socket.
    const u = dgram.createSocket('udp4');
    await new Promise<void>((resolve) => u.bind(0, '127.0.0.1', () => resolve()));
    const uport = u.address().port;
    c.send('dgram', u);
    u.close();
    t.is(await nextMessage(c), 'dgram-ready');
    const sender = dgram.createSocket('udp4');
    const { Buffer } = await import('@n10/buffer');
    sender.send(new Buffer('ping'), 0, 4, uport, '127.0.0.1', () => sender.close());
    t.is(await nextMessage(c), 'dgram:ping');
    c.send('bye');
    t.deepEqual(await once(c, 'exit'), [0, null]);
  });

  it(`child.disconnect() / Event: 'disconnect' with a child on ${name}: both sides see it; sending after is an 'error'`, async (t) => {
    const c = forked(execPath, ['wait']);
    const out = collect(c.stdout);
    const events = record(c, ['disconnect', 'error', 'exit'], 'exit');
    t.true(c.connected);
    c.disconnect();
    t.false(c.connected);
    c.send('late');
    c.disconnect();
    t.deepEqual(await events, ['disconnect', 'error channel closed', 'error IPC channel is already disconnected', 'exit 0 null']);
    t.is(await out, 'child saw disconnect\n');
  });
}

function collect(stream: unknown): Promise<string> {
  return new Promise((resolve) => {
    let s = '';
    const r = stream as { on(e: string, f: (d?: unknown) => void): void };
    r.on('data', (d) => (s += String(d)));
    r.on('end', () => resolve(s));
  });
}

function hostRequest(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const c = hostNet.connect(port, '127.0.0.1');
    let s = '';
    c.setEncoding('utf8');
    c.on('data', (d) => (s += d));
    c.on('end', () => resolve(s));
    c.on('error', reject);
  });
}

const withN10 = usable ? test : test.skip;

withN10("the child's channel keeps it alive only while it listens for 'message' or 'disconnect'", async (t) => {
  const quiet = cp.fork(child, ['quiet'], { execPath: n10, silent: true });
  t.deepEqual(await once(quiet, 'exit'), [0, null]);
  const waiting = cp.fork(child, ['wait'], { execPath: n10, silent: true });
  let exited = false;
  waiting.on('exit', () => (exited = true));
  await new Promise((r) => setTimeout(r, 1500));
  t.false(exited);
  waiting.disconnect();
  await once(waiting, 'exit');
});

withN10("Event: 'close' waits for the channel too; fork()'s stdio is the parent's unless silent", async (t) => {
  const c = cp.fork(child, ['info'], { execPath: n10 });
  t.deepEqual(c.stdio, [null, null, null, null]);
  const log = record(c, ['message', 'disconnect', 'exit', 'close'], 'close');
  const events = (await log).map((e) => e.split(' ')[0]);
  // ('exit' comes first when the child had ended before the loop first polled: 0.10 did that.)
  t.true(events.indexOf('message') >= 0 && events.indexOf('message') < events.indexOf('disconnect'));
  t.true(events.indexOf('disconnect') < events.indexOf('close'));
  t.true(events.indexOf('exit') < events.indexOf('close'));
  const s = cp.fork(child, ['quiet'], { execPath: n10, silent: true });
  t.truthy(s.stdout);
  t.is(await collect(s.stdout), 'quiet child ran\n');
});

test('child.send: undefined and handles that cannot be sent are TypeErrors', async (t) => {
  const c = cp.fork(child, ['wait'], { execPath: oracle, silent: true });
  t.throws(() => c.send(undefined), { instanceOf: TypeError, message: 'message cannot be undefined' });
  t.throws(() => c.send('x', {}), { instanceOf: TypeError, message: "This handle type can't be sent" });
  c.disconnect();
  await once(c, 'exit');
});

test('fork: a missing module ends the child with code 8 (node 0.10 child)', async (t) => {
  const c = cp.fork('/n10/no/such/module.js', [], { execPath: oracle, silent: true });
  t.deepEqual(await once(c, 'exit'), [8, null]);
});

withN10('fork: a missing module ends an n10 child with code 8', async (t) => {
  const c = cp.fork('/n10/no/such/module.js', [], { execPath: n10, silent: true });
  t.deepEqual(await once(c, 'exit'), [8, null]);
});

withN10('a node 0.10 parent and an n10 child (and the reverse) see what two node 0.10 processes see', (t) => {
  const parent = path.join(fixtures, 'parent.js');
  const strip = (s: string) =>
    s
      .split('\n')
      .filter((l) => !l.startsWith('child disconnect'))
      .join('\n');
  const want = run('oracle', [parent]);
  t.is(want.status, 0);
  const cases: Array<['oracle' | 'n10', string | undefined]> = [
    ['oracle', n10],
    ['n10', oracle],
    ['n10', undefined],
  ];
  for (const [runtime, childExec] of cases) {
    const env = Object.assign({}, process.env, childExec ? { CHILD_EXEC: childExec } : {});
    const got = run(runtime, [parent], { env });
    t.is(strip(got.stdout), strip(want.stdout), `${runtime} parent, child on ${childExec || 'n10'}`);
    t.is(got.status, 0);
  }
});

withN10('sent connections are still counted (NODE_SOCKET_*): a node 0.10 parent with an n10 child', (t) => {
  const program = path.join(fixtures, 'slaves.js');
  const want = run('oracle', [program]);
  const got = run('oracle', [program], { env: Object.assign({}, process.env, { CHILD_EXEC: n10 }) });
  t.is(got.stdout, want.stdout);
  t.regex(want.stdout, /getConnections null 1/);
});

test("sent connections are still counted (NODE_SOCKET_*): the server's socket list asks a node 0.10 child", async (t) => {
  const c = cp.fork(path.join(fixtures, 'slaves.js'), ['child'], { execPath: oracle, silent: true });
  type SlaveList = { getConnections(cb: (e: Error | null, n?: number) => void): void; close(cb: (e: Error | null) => void): void };
  const server = net.createServer((s) => {
    c.send('sock', s);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const reply = hostRequest((server.address() as { port: number }).port);
  await once(server, 'connection');
  const list = server._slaves[0] as SlaveList;
  t.truthy(list);
  t.true(server._usingSlaves);
  const count = await new Promise<number | undefined>((resolve) => list.getConnections((_e, n) => resolve(n)));
  t.is(count, 1);
  const closed = new Promise<Error | null>((resolve) => list.close(resolve));
  t.is(await reply, 'bye\n');
  t.is(await closed, null);
  server.close();
  c.send('done');
  t.deepEqual(await once(c, 'exit'), [0, null]);
});

withN10('a handle that arrives in one read with the messages before it goes with its NODE_HANDLE message', async (t) => {
  const c = cp.fork(child, ['echo'], { execPath: n10, silent: true });
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as { port: number }).port;
  // Written before the child reads anything: one read brings all three, and the descriptor.
  c.send('first');
  c.send({ cmd: 'NODE_TEST', x: 1 });
  c.send('server', server);
  const got: unknown[] = [];
  await new Promise<void>((resolve) => {
    c.on('message', (m: unknown) => {
      got.push(m);
      if (m === 'server-ok') resolve();
    });
  });
  t.deepEqual(got, [{ ready: true }, { got: 'first' }, { internal: { cmd: 'NODE_TEST', x: 1 } }, 'server-ok']);
  server.close();
  t.is(await hostRequest(port), 'child-server\n');
  c.send('bye');
  await once(c, 'exit');
});

test("Event: 'message' is emitted from handleMessage, 0.10's name for it (a listener's stack shows it)", async (t) => {
  const c = cp.fork(child, ['info'], { execPath: oracle, silent: true });
  const exit = once(c, 'exit');
  const stack = await new Promise<string>((resolve) => {
    c.once('message', () => resolve(new Error('here').stack || ''));
  });
  t.regex(stack, /\bat handleMessage \(/);
  await exit;
});

withN10("emitted errors (send on a closed channel, disconnect twice, exec's maxBuffer) have their first frame at 0.10's child_process.js lines", (t) => {
  const program = path.join(fixtures, 'error-frames.js');
  const want = [
    'Error: channel closed |    at ChildProcess.target.send (child_process.js:402:26)',
    'Error: IPC channel is already disconnected |    at ChildProcess.target.disconnect (child_process.js:476:26)',
    'Error: stdout maxBuffer exceeded. |    at Socket.<anonymous> (child_process.js:678:13)',
    'Error: stderr maxBuffer exceeded. |    at Socket.<anonymous> (child_process.js:686:13)',
    '',
  ].join('\n');
  t.is(run('oracle', [program]).stdout, want);
  t.is(run('n10', [program]).stdout, want);
});

withN10("spawn, execFile and send argument errors have 0.10's frames (exports.spawn, ChildProcess.spawn, the stdio.reduce callback)", (t) => {
  const program = path.join(fixtures, 'argument-error-frames.js');
  const want = run('oracle', [program]);
  t.regex(want.stdout, /at child_process\.js:901:13\n    at Array\.reduce \(native\)\n    at ChildProcess\.spawn \(child_process\.js:856:17\)/);
  t.is(run('n10', [program]).stdout, want.stdout);
});
