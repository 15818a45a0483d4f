// os over @n10/binding, each item against the host's os module (the same machine) and the
// shapes node 0.10 gave.
import test from 'ava';
import { spawnSync } from 'node:child_process';
import hostOs from 'node:os';
import os from '@n10/os';
import n10process from '@n10/process';

const oracle = (code: string) =>
  JSON.parse(spawnSync(require.resolve('../../../tools/node010'), ['-e', `console.log(JSON.stringify(${code}))`], { encoding: 'utf8' }).stdout);

test("require('os') has 0.10's members, in order", (t) => {
  t.deepEqual(Object.keys(os), [
    'endianness', 'hostname', 'loadavg', 'uptime', 'freemem', 'totalmem', 'cpus', 'type', 'release',
    'networkInterfaces', 'arch', 'platform', 'tmpdir', 'tmpDir', 'getNetworkInterfaces', 'EOL',
  ]);
  t.is(os.tmpDir, os.tmpdir);
});

test('os.tmpdir(): TMPDIR, TMP, TEMP of process.env, else /tmp', (t) => {
  const env = n10process.env;
  const saved = { TMPDIR: env.TMPDIR, TMP: env.TMP, TEMP: env.TEMP };
  try {
    delete env.TMPDIR;
    delete env.TMP;
    delete env.TEMP;
    t.is(os.tmpdir(), '/tmp');
    env.TEMP = '/c/';
    t.is(os.tmpdir(), '/c/');
    env.TMP = '/b';
    t.is(os.tmpdir(), '/b');
    env.TMPDIR = '/a/';
    t.is(os.tmpdir(), '/a/');
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete env[k];
      else env[k] = v;
    }
  }
});

test('os.endianness()', (t) => {
  t.is(os.endianness(), hostOs.endianness());
});

test('os.hostname()', (t) => {
  t.is(os.hostname(), hostOs.hostname());
});

test('os.type(), os.platform(), os.arch(), os.release()', (t) => {
  t.is(os.type(), hostOs.type());
  t.is(os.platform(), hostOs.platform());
  t.is(os.arch(), hostOs.arch());
  t.is(os.release(), hostOs.release());
});

test('os.uptime()', (t) => {
  t.true(Math.abs(os.uptime() - hostOs.uptime()) < 2);
});

test('os.loadavg()', (t) => {
  const l = os.loadavg();
  t.is(l.length, 3);
  t.true(l.every((x) => typeof x === 'number' && x >= 0));
});

test('os.totalmem() and os.freemem()', (t) => {
  t.is(os.totalmem(), hostOs.totalmem());
  t.true(os.freemem() > 0 && os.freemem() <= os.totalmem());
});

test("os.cpus(): one entry per CPU, 0.10's speed (MHz) and times (0.10's units)", (t) => {
  const cpus = os.cpus();
  t.is(cpus.length, hostOs.cpus().length);
  t.deepEqual(Object.keys(cpus[0]), ['model', 'speed', 'times']);
  t.deepEqual(Object.keys(cpus[0].times), ['user', 'nice', 'sys', 'idle', 'irq']);
  const old = oracle("require('os').cpus()[0]") as { speed: number; times: { user: number } };
  t.is(cpus[0].speed, old.speed);
  // 0.10 counted ten times what libuv 1.x reports: compare the order of magnitude.
  const ratio = cpus[0].times.user / old.times.user;
  t.true(ratio > 0.9 && ratio < 1.5, String(ratio));
});

test('os.networkInterfaces(): address, family, internal per address (0.10 had no more)', (t) => {
  const ifs = os.networkInterfaces();
  t.deepEqual(ifs.lo[0], { address: '127.0.0.1', family: 'IPv4', internal: true });
  for (const list of Object.values(ifs)) for (const a of list) t.deepEqual(Object.keys(a), ['address', 'family', 'internal']);
  t.deepEqual(ifs, oracle("require('os').networkInterfaces()"));
  t.deepEqual(os.getNetworkInterfaces(), ifs);
});

test('os.EOL', (t) => {
  t.is(os.EOL, '\n');
});
