// Environment teardown: every handle and request is tracked per environment and closed by an
// async cleanup hook, so a worker thread that is terminated with handles open (or the process
// exiting with them) ends cleanly, without a crash or a leaked loop.
import test from 'ava';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { runNode, tempDir } from './helpers';

const src = JSON.stringify(join(__dirname, '..', 'src', 'index.ts'));
// Eval'd workers do not get tsx's loader: register its CommonJS hook first.
const tsx = `require(${JSON.stringify(require.resolve('tsx/cjs'))});\n`;

// Opens one of everything, some with requests in flight, then reports 'ready'.
const openEverything = (dir: string): string => `
  const b = require(${src}).default;
  const handles = [];
  const keep = (h) => (handles.push(h), h);
  const server = keep(new b.TCP());
  server.bind('127.0.0.1', 0);
  server.listen(8);
  const addr = {};
  server.getsockname(addr);
  server.onconnection = (s, c) => {
    keep(c);
    c.readStart();
    // a write too big to finish: it is still queued at teardown
    c.writeBuffer({ oncomplete() {} }, new Uint8Array(32 * 1024 * 1024));
    ready();
  };
  const client = keep(new b.TCP());
  client.connect({ oncomplete() {} }, '127.0.0.1', addr.port);
  const t = keep(new b.Timer()); t.ontimeout = () => {}; t.start(60000, 1000);
  const sig = keep(new b.Signal()); sig.onsignal = () => {}; sig.start(b.constants.signals.SIGUSR2);
  const check = keep(new b.Check()); check.start(() => {});
  const udp = keep(new b.UDP()); udp.bind('127.0.0.1', 0, 0); udp.recvStart();
  const ev = keep(new b.FSEvent()); ev.start(${JSON.stringify(dir)}, true);
  const poll = keep(new b.StatWatcher()); poll.start(${JSON.stringify(dir)}, true, 50);
  const pipe = keep(new b.Pipe(false));
  const proc = keep(new b.Process());
  proc.spawn({ file: '/bin/sleep', args: ['sleep', '5'], stdio: [{ type: 'ignore' }, { type: 'pipe', handle: pipe }, { type: 'ignore' }] });
  pipe.readStart();
  const neverSpawned = keep(new b.Process());
  for (let i = 0; i < 200; i++) b.stat(${JSON.stringify(dir)}, { oncomplete() {} });
  b.getaddrinfo({ oncomplete() {} }, 'localhost', 0);
  let said = false;
  function ready() { if (!said) { said = true; report(); } }
`;

test('a worker thread terminated with open handles and requests in flight exits cleanly', async (t) => {
  const dir = tempDir(t);
  for (let round = 0; round < 3; round++) {
    const worker = new Worker(
      tsx + openEverything(dir) + `const { parentPort } = require('node:worker_threads'); function report() { parentPort.postMessage('ready'); }`,
      { eval: true, execArgv: [...process.execArgv] },
    );
    const exited = new Promise<number>((resolve) => worker.on('exit', resolve));
    const errored = new Promise<Error>((resolve) => worker.on('error', resolve));
    const first = await Promise.race([new Promise((r) => worker.once('message', r)), errored]);
    t.is(first, 'ready');
    await worker.terminate();
    t.is(await exited, 1); // terminate() reports exit code 1
  }
});

test('a worker that ends by itself with unref()d handles open exits with code 0', async (t) => {
  const worker = new Worker(
    tsx +
      `const b = require(${src}).default;
     const timer = new b.Timer(); timer.ontimeout = () => {}; timer.start(60000, 0); timer.unref();
     const srv = new b.TCP(); srv.bind('127.0.0.1', 0); srv.listen(1); srv.unref();
     const sig = new b.Signal(); sig.start(b.constants.signals.SIGUSR2); sig.unref();`,
    { eval: true, execArgv: [...process.execArgv] },
  );
  t.is(await new Promise<number>((resolve) => worker.on('exit', resolve)), 0);
});

test('a worker calling exit() (the host process.exit) with handles open ends only itself', async (t) => {
  const worker = new Worker(
    tsx +
      `const b = require(${src}).default;
     const srv = new b.TCP(); srv.bind('127.0.0.1', 0); srv.listen(1);
     const timer = new b.Timer(); timer.ontimeout = () => {}; timer.start(60000, 0);
     b.exit(3);`,
    { eval: true, execArgv: [...process.execArgv] },
  );
  t.is(await new Promise<number>((resolve) => worker.on('exit', resolve)), 3);
});

test('the process exits cleanly with everything open: through exit(0), and at the natural end with unref()d handles', async (t) => {
  const dir = tempDir(t);
  const viaExit = await runNode(openEverything(dir) + `function report() { console.log('ready'); b.exit(0); }`);
  t.is(viaExit.stderr, '');
  t.is(viaExit.stdout, 'ready\n');
  t.is(viaExit.code, 0);
  t.is(viaExit.signal, null);

  const natural = await runNode(
    openEverything(dir) +
      `function report() { console.log('ready'); for (const h of handles) h.unref(); client.close(); }`,
  );
  t.is(natural.stderr, '');
  t.is(natural.stdout, 'ready\n');
  t.is(natural.code, 0);
});

// Thread-pool work (crypto, zlib) in flight when a worker is terminated: queued work is
// cancelled, running work finishes (or, for prime generation, stops) before the environment
// goes, and the objects it used are freed after it. More requests than pool threads, so some
// are still queued.
const busyWork = (getBinding: string): string => `
  const b = ${getBinding};
  const Z = b.constants.zlib;
  const big = new Uint8Array(8 << 20);
  for (let i = 0; i < big.length; i++) big[i] = (i * 2654435761) >>> 24;
  for (let i = 0; i < 3; i++) {
    const z = new b.Zlib(Z.GZIP); z.init(15, 9, 9, 0);
    z.write(Z.Z_FINISH, big, 0, big.length, new Uint8Array(16 << 20), 0, 16 << 20, { oncomplete() {} });
  }
  const z2 = new b.Zlib(Z.DEFLATE); z2.init(15, 9, 9, 0);
  z2.write(Z.Z_NO_FLUSH, big, 0, big.length, new Uint8Array(1 << 20), 0, 1 << 20, { oncomplete() {} });
  z2.close(); // pending: after the write
  for (let i = 0; i < 3; i++) b.pbkdf2(new Uint8Array(8), new Uint8Array(8), 300000, 64, 'sha512', { oncomplete() {} });
  b.generatePrime(4096, true, Uint8Array.of(24), Uint8Array.of(11), { oncomplete() {} });
  b.randomFill(new Uint8Array(1 << 20), 0, 1 << 20, { oncomplete() {} });
  const h = new b.Hash('sha256'); h.update(big);
  const c = new b.CipherBase(); c.init('aes-128-cbc', new Uint8Array(16), new Uint8Array(16), true); c.update(big);
`;

test('a worker terminated with zlib writes, pbkdf2, prime generation and random fills in flight exits cleanly', async (t) => {
  for (let round = 0; round < 2; round++) {
    const worker = new Worker(tsx + busyWork(`require(${src}).default`) + `require('node:worker_threads').parentPort.postMessage('ready');`, {
      eval: true,
      execArgv: [...process.execArgv],
    });
    const exited = new Promise<number>((resolve) => worker.on('exit', resolve));
    t.is(await new Promise((r) => worker.once('message', r)), 'ready');
    const started = Date.now();
    await worker.terminate();
    t.is(await exited, 1);
    // A 4096-bit safe prime takes minutes: generation stops at teardown instead.
    t.true(Date.now() - started < 20000, `terminated in ${Date.now() - started} ms`);
  }
});

test('the process exits through exit(0) with crypto and zlib work in flight', async (t) => {
  const r = await runNode(busyWork('binding') + `console.log('ready'); setTimeout(() => b.exit(0), 50);`);
  t.is(r.stderr, '');
  t.is(r.stdout, 'ready\n');
  t.is(r.code, 0);
});
