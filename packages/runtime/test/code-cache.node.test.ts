// The runtime's V8 code cache for its own package bundles (src/code-cache.ts): where it is
// written, that a bad or foreign cache is never used and never breaks a program.
import test from 'ava';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { n10, n10Bin } from './helpers';

const PROGRAM = ['-p', "require('util').inspect({ a: [1, 2] }) + ' ' + typeof require('stream').Readable"];
const OUTPUT = "{ a: [ 1, 2 ] } function\n";

function scratch(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'n10-cc-'));
}

/** Every cache entry under dir (v8-<version>-<arch>/<hash>.v8), by path. */
function entries(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  if (!fs.existsSync(dir)) return out;
  for (const sub of fs.readdirSync(dir)) {
    for (const f of fs.readdirSync(path.join(dir, sub))) out.set(path.join(dir, sub, f), fs.readFileSync(path.join(dir, sub, f)));
  }
  return out;
}

test('code cache: the first run writes one entry per bundle it loaded; the next run uses them and writes nothing', (t) => {
  const cache = path.join(scratch(), 'cache');
  const first = n10(PROGRAM, { env: { N10_COMPILE_CACHE: cache } });
  t.is(first.stdout, OUTPUT);
  const written = entries(cache);
  t.true(written.size >= 5);
  for (const [file, data] of written) {
    t.regex(path.basename(file), /^[0-9a-f]{16}\.v8$/);
    t.is(data.readUInt32LE(0), 0x4331304e);
    t.is(fs.statSync(file).mode & 0o777, 0o600);
  }
  t.deepEqual(
    fs.readdirSync(cache).map((d) => d.startsWith(`v8-${process.versions.v8}-`)),
    [true],
  );
  const mtimes = [...written.keys()].map((f) => fs.statSync(f).mtimeMs);
  const second = n10(PROGRAM, { env: { N10_COMPILE_CACHE: cache } });
  t.is(second.stdout, OUTPUT);
  t.deepEqual(
    [...written.keys()].map((f) => fs.statSync(f).mtimeMs),
    mtimes,
  );
  t.is(entries(cache).size, written.size);
});

test('code cache: entries of garbage, truncated entries and V8 data it refuses are not used, and are made again', (t) => {
  const cache = path.join(scratch(), 'cache');
  t.is(n10(PROGRAM, { env: { N10_COMPILE_CACHE: cache } }).stdout, OUTPUT);
  const good = entries(cache);
  let i = 0;
  for (const [file, data] of good) {
    const header = 12 + data.readUInt32LE(4);
    const kind = i++ % 3;
    if (kind === 0) fs.writeFileSync(file, 'not a cache entry');
    else if (kind === 1) fs.writeFileSync(file, data.subarray(0, data.length - 100));
    else fs.writeFileSync(file, Buffer.concat([data.subarray(0, header), Buffer.alloc(data.length - header, 0x5a)]));
  }
  const r = n10(PROGRAM, { env: { N10_COMPILE_CACHE: cache } });
  t.is(r.stderr, '');
  t.is(r.stdout, OUTPUT);
  const again = entries(cache);
  t.is(again.size, good.size);
  for (const data of again.values()) {
    t.is(data.readUInt32LE(0), 0x4331304e);
    t.is(12 + data.readUInt32LE(4) + data.readUInt32LE(8), data.length);
    t.not(data[data.length - 1], 0x5a);
  }
});

test('code cache: a cache directory that cannot be made only means no cache', (t) => {
  const dir = scratch();
  fs.writeFileSync(path.join(dir, 'file'), '');
  const r = n10(PROGRAM, { env: { N10_COMPILE_CACHE: path.join(dir, 'file', 'cache') } });
  t.is(r.stderr, '');
  t.is(r.stdout, OUTPUT);
  t.is(r.code, 0);
});

test('code cache: the default directory is <tmpdir>/n10-compile-cache-<uid>, made 0700; one that others can write to is not used', (t) => {
  const tmp = scratch();
  const env = { TMPDIR: tmp, N10_COMPILE_CACHE: undefined };
  t.is(n10(PROGRAM, { env }).stdout, OUTPUT);
  const own = path.join(tmp, `n10-compile-cache-${process.getuid!()}`);
  t.is(fs.statSync(own).mode & 0o777, 0o700);
  t.true(entries(own).size > 0);

  const tmp2 = scratch();
  const shared = path.join(tmp2, `n10-compile-cache-${process.getuid!()}`);
  fs.mkdirSync(shared);
  fs.chmodSync(shared, 0o777);
  // Someone else's entries (these are good ones, but whoever could write there could have
  // written anything) are not read, and nothing is written.
  fs.cpSync(own, shared, { recursive: true });
  const before = entries(shared);
  const r = n10(PROGRAM, { env: { TMPDIR: tmp2, N10_COMPILE_CACHE: undefined } });
  t.is(r.stdout, OUTPUT);
  t.deepEqual(entries(shared), before);
});

test('code cache: N10_DISABLE_COMPILE_CACHE=1 writes nothing', (t) => {
  const cache = path.join(scratch(), 'cache');
  t.is(n10(PROGRAM, { env: { N10_COMPILE_CACHE: cache, N10_DISABLE_COMPILE_CACHE: '1' } }).stdout, OUTPUT);
  t.false(fs.existsSync(cache));
});

test('code cache: V8 flags given to n10 key the entries of what is compiled after them', (t) => {
  const cache = path.join(scratch(), 'cache');
  const env = { N10_COMPILE_CACHE: cache };
  t.is(n10(PROGRAM, { env }).stdout, OUTPUT);
  const plain = entries(cache).size;
  t.is(n10(['--expose-gc', ...PROGRAM], { env }).stdout, OUTPUT);
  t.true(entries(cache).size > plain);
  t.is(n10(['--expose-gc', ...PROGRAM], { env }).stdout, OUTPUT);
  t.is(n10(PROGRAM, { env }).stdout, OUTPUT);
});

test('code cache: concurrent first runs all succeed and leave whole entries', async (t) => {
  const cache = path.join(scratch(), 'cache');
  const run = () =>
    new Promise<string>((resolve) => {
      const child = spawn(process.execPath, [n10Bin, ...PROGRAM], { env: { ...process.env, NODE_PATH: '', N10_COMPILE_CACHE: cache } });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d));
      child.on('close', () => resolve(out));
    });
  const outs = await Promise.all([run(), run(), run(), run()]);
  t.deepEqual(outs, [OUTPUT, OUTPUT, OUTPUT, OUTPUT]);
  const all = entries(cache);
  t.false([...all.keys()].some((f) => f.endsWith('.tmp')));
  for (const data of all.values()) t.is(12 + data.readUInt32LE(4) + data.readUInt32LE(8), data.length);
  t.is((await run()), OUTPUT);
});

test('code cache: a relative N10_COMPILE_CACHE is taken from the directory n10 started in, whatever the program does', (t) => {
  const dir = scratch();
  fs.mkdirSync(path.join(dir, 'elsewhere'));
  const r = n10(['-e', "process.chdir('elsewhere'); require('stream'); console.log('ok')"], { cwd: dir, env: { N10_COMPILE_CACHE: 'cache' } });
  t.is(r.stdout, 'ok\n');
  t.true(entries(path.join(dir, 'cache')).size > 0);
  t.false(fs.existsSync(path.join(dir, 'elsewhere', 'cache')));
});
