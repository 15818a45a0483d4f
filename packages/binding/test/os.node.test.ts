import test from 'ava';
import { join } from 'node:path';
import * as hostos from 'node:os';
import { binding, runNode } from './helpers';

test('os queries match the host: hostname, uptime, memory, cpus, type/release, endianness, interfaces', (t) => {
  t.is(binding.getHostname(), hostos.hostname());
  t.true(Math.abs(binding.getUptime() - hostos.uptime()) < 5);
  t.true(binding.getFreeMem() > 0 && binding.getFreeMem() <= binding.getTotalMem());
  t.is(binding.getTotalMem(), hostos.totalmem());
  const cpus = binding.getCPUs();
  t.is(cpus.length, hostos.cpus().length);
  t.deepEqual(Object.keys(cpus[0]), ['model', 'speed', 'times']);
  t.deepEqual(Object.keys(cpus[0].times), ['user', 'nice', 'sys', 'idle', 'irq']);
  t.is(binding.getOSType(), hostos.type());
  t.is(binding.getOSRelease(), hostos.release());
  t.is(binding.getEndianness(), hostos.endianness());
  const ifs = binding.getInterfaceAddresses();
  const host = hostos.networkInterfaces();
  t.deepEqual(Object.keys(ifs).sort(), Object.keys(host).sort());
  const lo = ifs.lo.find((a) => a.family === 'IPv4');
  t.like(lo, { address: '127.0.0.1', netmask: '255.0.0.0', internal: true, mac: '00:00:00:00:00:00' });
  const avg = binding.getLoadAvg();
  t.is(avg.length, 3);
  const out = [0, 0, 0];
  t.is(binding.getLoadAvg(out), out);
});

test('process queries: pid, ppid, uid/gid, groups, cwd, execPath, title, env, memory, hrtime, uptime', (t) => {
  t.is(binding.getpid(), process.pid);
  t.is(binding.getppid(), process.ppid);
  t.is<number | undefined, number | undefined>(binding.getuid(), process.getuid?.());
  t.is<number | undefined, number | undefined>(binding.geteuid(), process.geteuid?.());
  t.is<number | undefined, number | undefined>(binding.getgid(), process.getgid?.());
  t.is<number | undefined, number | undefined>(binding.getegid(), process.getegid?.());
  t.deepEqual(binding.getgroups(), process.getgroups?.());
  t.is(binding.cwd(), process.cwd());
  t.is(binding.getExecPath(), process.execPath);
  t.is(typeof binding.getTitle(), 'string');
  t.is<string | undefined, string | undefined>(binding.getEnv().PATH, process.env.PATH);
  t.is(binding.setEnv('N10_BINDING_TEST', 'yes'), 0);
  t.is(process.env.N10_BINDING_TEST, 'yes', 'the same environment as the host');
  t.is(binding.unsetEnv('N10_BINDING_TEST'), 0);
  t.false('N10_BINDING_TEST' in binding.getEnv());
  const mem = binding.memoryUsage();
  t.deepEqual(Object.keys(mem), ['rss', 'heapTotal', 'heapUsed']);
  t.true(mem.rss > 0 && mem.heapUsed > 0 && mem.heapTotal >= mem.heapUsed);
  t.true(binding.getResidentMemory() > 0);
  const [s, ns] = binding.hrtime();
  t.true(s >= 0 && ns >= 0 && ns < 1e9);
  const f = new Float64Array(2);
  t.is(binding.hrtime(f), f);
  t.true(f[0] * 1e9 + f[1] >= s * 1e9 + ns);
  const u = new Uint32Array(2);
  t.is(binding.hrtime(u), u);
  t.throws(() => binding.hrtime(new Int8Array(2) as never), { instanceOf: TypeError });
  t.true(binding.uptime() > 0 && binding.uptime() < process.uptime() + 1);
});

test('umask(mask) sets and returns the previous mask; umask() only reads', (t) => {
  const old = binding.umask(0o027);
  t.is(binding.umask(), 0o027);
  t.is(binding.umask(old), 0o027);
  t.is(binding.umask(), old);
});

test('chdir(path) → 0 or a negative code; cwd() follows (in a child process)', async (t) => {
  const r = await runNode(`console.log(JSON.stringify([binding.chdir('/tmp'), binding.cwd(), binding.chdir('/nope'), binding.cwd()]))`);
  t.deepEqual(JSON.parse(r.stdout), [0, '/tmp', binding.uv.UV_ENOENT, '/tmp']);
});

test('chdir(path): the host process, whose cwd() is cached, sees the change too; in a worker thread cwd() still follows', async (t) => {
  const worker = `const b = require(${JSON.stringify(join(__dirname, '..'))});
    require('worker_threads').parentPort.postMessage([b.chdir('/tmp'), b.cwd()]);`;
  const r = await runNode(
    `binding.chdir('/usr');
     const seen = [process.cwd(), binding.cwd(), require('path').resolve('x')];
     const { Worker } = require('worker_threads');
     const w = new Worker(${JSON.stringify(worker)}, { eval: true });
     w.on('message', (m) => console.log(JSON.stringify(seen.concat(m))));`,
  );
  t.deepEqual(JSON.parse(r.stdout), ['/usr', '/usr', '/usr/x', 0, '/tmp']);
});

test('setTitle changes what getTitle reports', async (t) => {
  const r = await runNode(`console.log(JSON.stringify([binding.setTitle('n10-title-test'), binding.getTitle()]))`);
  t.deepEqual(JSON.parse(r.stdout), [0, 'n10-title-test']);
});

test('setuid/setgid/setgroups/initgroups: names resolve, unknown names are UV_ENOENT (in a child process)', async (t) => {
  const r = await runNode(
    `console.log(JSON.stringify([
       binding.setgid('no-such-group-n10'), binding.setuid('no-such-user-n10'),
       binding.setgroups(['no-such-group-n10']), binding.initgroups('no-such-user-n10', 0),
       binding.getuid() === 0 ? binding.setgroups([0]) : 'skip',
       binding.getuid() === 0 ? binding.initgroups('root', 'root') : 'skip',
       binding.getuid() === 0 ? binding.setgid('root') : 'skip',
       binding.getuid() === 0 ? binding.setuid(0) : 'skip',
     ]))`,
  );
  const [g, u, sg, ig, ...rest] = JSON.parse(r.stdout) as Array<number | string>;
  t.deepEqual([g, u, sg, ig], [-2, -2, -2, -2]);
  for (const v of rest) t.true(v === 'skip' || v === 0);
});

test('exit(code) leaves through the host process.exit: exit code kept, host exit handlers run', async (t) => {
  const r = await runNode(`process.on('exit', (c) => console.log('host exit', c)); binding.exit(7); console.log('not reached');`);
  t.is(r.code, 7);
  t.is(r.stdout, 'host exit 7\n');
});

test('abort() aborts (SIGABRT)', async (t) => {
  const r = await runNode(`binding.abort()`);
  t.is(r.signal, 'SIGABRT');
});
