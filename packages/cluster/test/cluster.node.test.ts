// cluster: a master in this process with workers on n10 (and node 0.10), host net clients as
// the peers; whole cluster programs under node 0.10 and n10, compared; masters and workers on
// different runtimes.
import test from 'ava';
import { spawnSync } from 'node:child_process';
import hostNet from 'node:net';
import path from 'node:path';
import cluster from '@n10/cluster';
import type { ChildProcessInstance } from '@n10/child_process';
import type { WorkerInstance } from '@n10/cluster';
import type { EventEmitter } from '@n10/events';
import n10process from '@n10/process';

const root = path.resolve(__dirname, '../../..');
const oracle = path.join(root, 'tools/node010');
const n10 = path.join(root, 'packages/runtime/bin/n10.js');
const fixtures = path.join(__dirname, 'fixtures');
const usable = spawnSync(process.execPath, [n10, '-e', "require('cluster')"], { timeout: 60000 }).status === 0;
const it = usable ? test.serial : test.skip;

function once(emitter: EventEmitter, event: string): Promise<unknown[]> {
  return new Promise((resolve) => emitter.once(event, (...args: unknown[]) => resolve(args)));
}

function request(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const c = hostNet.connect(port, '127.0.0.1');
    let s = '';
    c.setEncoding('utf8');
    c.on('data', (d) => (s += d));
    c.on('end', () => resolve(s));
    c.on('error', reject);
  });
}

function run(runtime: 'oracle' | 'n10', file: string, env: Record<string, string> = {}) {
  const r = spawnSync(runtime === 'oracle' ? oracle : process.execPath, runtime === 'oracle' ? [file] : [n10, file], {
    encoding: 'utf8',
    timeout: 60000,
    env: Object.assign({}, process.env, env),
  });
  return { stdout: r.stdout, status: r.status, stderr: r.stderr };
}

test.serial('cluster.isMaster / cluster.isWorker: a process without NODE_UNIQUE_ID is the master', (t) => {
  t.true(cluster.isMaster);
  t.false(cluster.isWorker);
  t.is(cluster.worker, null);
  t.deepEqual(cluster.workers, {});
  t.deepEqual(cluster.settings, {});
});

it("cluster.setupMaster([settings]); cluster.settings; Event: 'setup' (once: later calls change nothing)", (t) => {
  const events: number[] = [];
  cluster.on('setup', (...args: unknown[]) => events.push(args.length));
  // Workers are n10 programs.
  n10process.execPath = n10;
  cluster.setupMaster({ exec: path.join(fixtures, 'worker.js'), args: [], silent: true });
  cluster.setupMaster({ exec: '/elsewhere.js' });
  t.deepEqual(events, [0]);
  t.deepEqual(cluster.settings, { exec: path.join(fixtures, 'worker.js'), execArgv: n10process.execArgv, args: [], silent: true });
});

const workers: WorkerInstance[] = [];
let sharedPort = 0;

it("cluster.fork([env]); Event: 'fork', 'online', 'listening'; cluster.workers; worker.id, worker.process, worker.state", async (t) => {
  const log: string[] = [];
  for (const e of ['fork', 'online', 'listening']) cluster.on(e, (w: WorkerInstance) => log.push(e + ' ' + w.id));
  const listening: Array<Promise<unknown[]>> = [];
  for (let i = 0; i < 2; i++) {
    const w = cluster.fork({ PORT: '0' });
    t.is(w.state, 'none');
    t.is(typeof (w.process as ChildProcessInstance).pid, 'number');
    t.is(cluster.workers[w.id], w);
    workers.push(w);
    listening.push(once(w, 'listening'));
  }
  t.deepEqual(
    workers.map((w) => w.id),
    [1, 2],
  );
  const addresses = (await Promise.all(listening)).map((a) => a[0] as { address: string; port: number; addressType: number });
  t.is(addresses[0].port, addresses[1].port);
  sharedPort = addresses[0].port;
  t.deepEqual(Object.keys(addresses[0]), ['address', 'port', 'addressType', 'fd']);
  t.is(addresses[0].address, '127.0.0.1');
  t.is(addresses[0].addressType, 4);
  t.deepEqual(
    workers.map((w) => w.state),
    ['listening', 'listening'],
  );
  for (const id of [1, 2]) {
    t.true(log.indexOf('fork ' + id) < log.indexOf('online ' + id));
    t.true(log.indexOf('online ' + id) < log.indexOf('listening ' + id));
  }
  // One listening socket, shared: the kernel hands connections to both workers over time.
  const seen = new Set<string>();
  for (let k = 0; k < 2000 && seen.size < 2; k++) seen.add(await request(addresses[0].port));
  t.deepEqual([...seen].sort(), ['worker1', 'worker2']);
});

it("worker.send(message) and Event: 'message' both ways", async (t) => {
  const w = workers[0];
  const got = once(w, 'message');
  w.send({ echo: [1, 'x', { y: null }] });
  t.deepEqual((await got)[0], { echo: [1, 'x', { y: null }], id: 1, state: 'listening', isWorker: true });
});

it("a worker that dies: Event: 'disconnect' then 'exit' (code), worker.suicide false; the other keeps serving", async (t) => {
  const w = workers[0];
  const events: string[] = [];
  w.on('disconnect', () => events.push('disconnect ' + w.state));
  cluster.once('exit', (cw: WorkerInstance, code: number, signal: string) => events.push(`cluster exit ${cw.id} ${code} ${signal}`));
  const exit = once(w, 'exit');
  w.send('crash');
  t.deepEqual(await exit, [3, null]);
  t.deepEqual(events, ['disconnect disconnected', 'cluster exit 1 3 null']);
  t.is(w.state, 'dead');
  t.false(w.suicide);
  t.false('1' in cluster.workers);
});

it('worker.kill([signal]) / worker.destroy: suicide true, disconnected at once, then killed', async (t) => {
  const w = cluster.fork({ PORT: '0' });
  await once(w, 'listening');
  const exit = once(w, 'exit');
  const disconnected = once(w, 'disconnect');
  w.kill('SIGKILL');
  t.true(w.suicide);
  t.is(w.state, 'disconnected');
  await disconnected;
  t.deepEqual(await exit, [null, 'SIGKILL']);
  t.true(w.suicide);
});

it('worker.disconnect(): the worker closes its server and its channel, and exits', async (t) => {
  const w = cluster.fork({ PORT: '0' });
  await once(w, 'listening');
  const log: string[] = [];
  w.on('disconnect', () => log.push('disconnect'));
  w.on('exit', (code: number) => log.push('exit ' + code));
  const exit = once(w, 'exit');
  w.disconnect();
  t.true(w.suicide);
  await exit;
  t.deepEqual(log, ['disconnect', 'exit 0']);
});

it('cluster.disconnect([callback]): every worker disconnects, then the callback; the shared handles close', async (t) => {
  t.deepEqual(Object.keys(cluster.workers), ['2']);
  t.is(await request(sharedPort), 'worker2');
  const order: string[] = [];
  cluster.workers[2].once('disconnect', () => order.push('worker disconnect'));
  cluster.once('disconnect', () => order.push('cluster disconnect'));
  await new Promise<void>((resolve) =>
    cluster.disconnect(() => {
      order.push('callback');
      resolve();
    }),
  );
  // 0.10's order: the worker's listeners (the callback among them), then the cluster's.
  t.deepEqual(order, ['worker disconnect', 'callback', 'cluster disconnect']);
  t.deepEqual(cluster.workers, {});
  // Nothing listens on the shared port any more.
  await t.throwsAsync(request(sharedPort), { code: 'ECONNREFUSED' });
});

it('a worker that cannot have its port (another process holds it): bind EADDRINUSE in the worker', async (t) => {
  const blocker = hostNet.createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve()));
  const port = (blocker.address() as { port: number }).port;
  const src = `
    var cluster = require('cluster'), net = require('net');
    if (cluster.isMaster) { cluster.fork().on('message', function (m) { console.log(JSON.stringify(m)); }); }
    else net.createServer().on('error', function (e) { process.send([e.message, e.code, e.syscall]); process.exit(0); }).listen(${port}, '127.0.0.1');`;
  const file = path.join(require('node:os').tmpdir(), `n10-cluster-inuse-${process.pid}.js`);
  require('node:fs').writeFileSync(file, src);
  const want = run('oracle', file);
  const got = run('n10', file);
  blocker.close();
  t.is(want.stdout, '["bind EADDRINUSE","EADDRINUSE","bind"]\n');
  t.is(got.stdout, want.stdout);
});

for (const [name, runtime, env] of [
  ['n10 master, n10 workers', 'n10', {}],
  ['n10 master, node 0.10 workers', 'n10', { WORKER_EXEC: oracle }],
  ['node 0.10 master, n10 workers', 'oracle', { WORKER_EXEC: n10 }],
] as Array<[string, 'oracle' | 'n10', Record<string, string>]>) {
  (usable ? test : test.skip)(`two workers share one TCP server, a crash, cluster.disconnect: ${name} as two node 0.10 processes`, (t) => {
    const file = path.join(fixtures, 'shared.js');
    const want = run('oracle', file);
    t.regex(want.stdout, /answered by worker1 worker2/);
    const got = run(runtime, file, env);
    t.is(got.stdout, want.stdout);
    t.is(got.status, 0);
  });
}

(usable ? test : test.skip)('cluster.worker in a worker (id, state, process), NODE_UNIQUE_ID removed, fork/setupMaster assert; the module in the master', (t) => {
  const file = path.join(fixtures, 'inside.js');
  const want = run('oracle', file);
  const got = run('n10', file);
  t.is(got.stdout, want.stdout);
  t.regex(want.stdout, /AssertionError: false == true/);
});

(usable ? test : test.skip)("Event: 'exit' before 'online' for a worker that ended before the master's loop first polled (0.10)", (t) => {
  // The conformance case itself (CI also runs it through the harness).
  const file = path.join(__dirname, '../../../conformance/cases/cluster/worker-exit-before-online.js');
  const want = run('oracle', file);
  const got = run('n10', file);
  t.is(want.stdout, 'fork 1 none\nworker exit 4 null suicide false\nexit 1 dead\nonline 1 online\nmessage "hi"\ndisconnect 1 disconnected\n');
  t.is(got.stdout, want.stdout);
});
