import test from 'ava';
import * as hostfs from 'node:fs';
import { join } from 'node:path';
import { binding, tempDir } from './helpers';
import type { BindingError, FSReq } from '../src/index';

const { O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_TRUNC, O_APPEND, S_IFMT, S_IFREG, S_IFDIR, S_IFLNK } = binding.constants.fs;
const F = binding.STAT_FIELDS;

/** Runs an async binding fs call: resolves with [err, result]. */
function call<T>(fn: (req: FSReq<T>) => void): Promise<[BindingError | null, T | undefined]> {
  return new Promise((resolve) => fn({ oncomplete: (err, result) => resolve([err, result as T]) }));
}

test('fs sync: open/writeBuffer/writeString/read/fstat/ftruncate/fsync/fdatasync/close', (t) => {
  const file = join(tempDir(t), 'a.txt');
  const fd = binding.open(file, O_RDWR | O_CREAT | O_TRUNC, 0o644);
  t.true(fd > 2);
  t.is(binding.writeBuffer(fd, new Uint8Array([104, 105, 33]), 0, 2, null), 2);
  t.is(binding.writeString(fd, ' é', null, 'utf8'), 3);
  t.is(binding.writeString(fd, '\u00e9', null, 'latin1'), 1);
  t.is(binding.writeString(fd, 'u', null, 'ucs2'), 2);
  t.is(binding.writeString(fd, 'Z', 0, undefined), 1, 'positional write');
  const buf = new Uint8Array(16);
  t.is(binding.read(fd, buf, 1, 8, 0), 8);
  t.deepEqual(Buffer.from(buf.subarray(1, 9)), Buffer.concat([Buffer.from('Zi é'), Buffer.from([0xe9]), Buffer.from('u', 'ucs2')]));
  const st = binding.fstat(fd);
  t.true(st instanceof Float64Array);
  t.is(st.length, 14);
  t.is(st[F.size], 8);
  t.is(st[F.mode] & S_IFMT, S_IFREG);
  t.is(st[F.mode] & 0o777, 0o644 & ~binding.umask());
  t.is(binding.ftruncate(fd, 3), undefined);
  t.is(binding.fstat(fd)[F.size], 3);
  binding.fsync(fd);
  binding.fdatasync(fd);
  binding.close(fd);
  t.is(hostfs.readFileSync(file, 'utf8'), 'Zi ');
});

test('fs sync errors throw an Error {errno (uv), code, syscall, path}; 0.10 shapes come from uvException', (t) => {
  const e = t.throws(() => binding.open('/nope/x', O_RDONLY, 0)) as BindingError;
  t.is(e.message, 'ENOENT');
  t.is(e.errno, binding.uv.UV_ENOENT);
  t.is(e.code, 'ENOENT');
  t.is(e.syscall, 'open');
  t.is(e.path, '/nope/x');
  const sync = binding.uvException(e, 'open', e.path, { sync: true });
  t.is(sync.message, "ENOENT, no such file or directory '/nope/x'");
  t.is(sync.errno, 34);
  const bad = t.throws(() => binding.fstat(99999)) as BindingError;
  t.is(bad.code, 'EBADF');
  t.is(bad.path, undefined);
  t.is(binding.uvException(bad, 'fstat', null, { sync: true }).message, 'EBADF, bad file descriptor');
  const ren = t.throws(() => binding.rename('/nope/a', '/nope/b')) as BindingError;
  t.is(ren.path, '/nope/a');
  t.is(ren.dest, '/nope/b');
});

test('fs async: every op with a trailing req calls req.oncomplete(err, result)', async (t) => {
  const dir = tempDir(t);
  const file = join(dir, 'f.txt');
  const [e1, fd] = await call<number>((req) => binding.open(file, O_WRONLY | O_CREAT | O_APPEND, 0o600, req));
  t.is(e1, null);
  t.true((fd as number) > 2);
  const data = new TextEncoder().encode('async data');
  t.deepEqual(await call((req) => binding.writeBuffer(fd as number, data, 0, data.length, null, req)), [null, 10]);
  t.deepEqual(await call((req) => binding.writeString(fd as number, '!', null, 'ascii', req)), [null, 1]);
  t.deepEqual(await call((req) => binding.fsync(fd as number, req)), [null, undefined]);
  t.deepEqual(await call((req) => binding.close(fd as number, req)), [null, undefined]);

  const [, rfd] = await call<number>((req) => binding.open(file, O_RDONLY, 0, req));
  const buf = new Uint8Array(32);
  t.deepEqual(await call((req) => binding.read(rfd as number, buf, 0, 32, null, req)), [null, 11]);
  t.is(Buffer.from(buf.subarray(0, 11)).toString(), 'async data!');
  const [, st] = await call<Float64Array>((req) => binding.fstat(rfd as number, req));
  t.is((st as Float64Array)[F.size], 11);
  await call((req) => binding.close(rfd as number, req));

  t.deepEqual(await call((req) => binding.mkdir(join(dir, 'sub'), 0o755, req)), [null, undefined]);
  t.deepEqual(await call((req) => binding.rename(file, join(dir, 'sub', 'g.txt'), req)), [null, undefined]);
  t.deepEqual(await call((req) => binding.readdir(dir, req)), [null, ['sub']]);
  t.deepEqual(await call((req) => binding.link(join(dir, 'sub', 'g.txt'), join(dir, 'hard'), req)), [null, undefined]);
  t.deepEqual(await call((req) => binding.symlink('sub/g.txt', join(dir, 'soft'), 0, req)), [null, undefined]);
  t.deepEqual(await call((req) => binding.readlink(join(dir, 'soft'), req)), [null, 'sub/g.txt']);
  const [, lst] = await call<Float64Array>((req) => binding.lstat(join(dir, 'soft'), req));
  t.is((lst as Float64Array)[F.mode] & S_IFMT, S_IFLNK);
  const [, sst] = await call<Float64Array>((req) => binding.stat(join(dir, 'soft'), req));
  t.is((sst as Float64Array)[F.mode] & S_IFMT, S_IFREG);
  t.is((sst as Float64Array)[F.nlink], 2);
  t.deepEqual(await call((req) => binding.chmod(join(dir, 'hard'), 0o640, req)), [null, undefined]);
  t.is(hostfs.statSync(join(dir, 'hard')).mode & 0o777, 0o640);
  t.deepEqual(await call((req) => binding.utimes(join(dir, 'hard'), 1000, 2000.5, req)), [null, undefined]);
  const [, ust] = await call<Float64Array>((req) => binding.stat(join(dir, 'hard'), req));
  t.is((ust as Float64Array)[F.atimeMs], 1000000);
  t.is((ust as Float64Array)[F.mtimeMs], 2000500);
  const uid = binding.getuid();
  const gid = binding.getgid();
  t.deepEqual(await call((req) => binding.chown(join(dir, 'hard'), uid, gid, req)), [null, undefined]);
  t.deepEqual(await call((req) => binding.lchown(join(dir, 'soft'), uid, gid, req)), [null, undefined]);
  t.deepEqual(await call((req) => binding.unlink(join(dir, 'soft'), req)), [null, undefined]);
  t.deepEqual(await call((req) => binding.unlink(join(dir, 'hard'), req)), [null, undefined]);
  t.deepEqual(await call((req) => binding.unlink(join(dir, 'sub', 'g.txt'), req)), [null, undefined]);
  t.deepEqual(await call((req) => binding.rmdir(join(dir, 'sub'), req)), [null, undefined]);
  t.deepEqual(await call((req) => binding.readdir(dir, req)), [null, []]);
});

test('fs async errors: err is the same Error the sync call throws; 0.10 async message via uvException', async (t) => {
  const dir = tempDir(t);
  const [err] = await call((req) => binding.open('/nope', O_RDONLY, 0, req));
  t.truthy(err);
  t.is(err?.code, 'ENOENT');
  t.is(err?.errno, binding.uv.UV_ENOENT);
  t.is(err?.syscall, 'open');
  t.is(err?.path, '/nope');
  const async010 = binding.uvException(err as BindingError, 'open', '/nope');
  t.is(async010.message, "ENOENT, open '/nope'");
  t.deepEqual(Object.keys(async010), ['errno', 'code', 'path']);

  hostfs.mkdirSync(join(dir, 'd'));
  hostfs.writeFileSync(join(dir, 'd', 'x'), '');
  hostfs.writeFileSync(join(dir, 'file'), '');
  const cases: Array<[string, (req: FSReq) => void]> = [
    ['ENOTEMPTY', (req) => binding.rmdir(join(dir, 'd'), req)],
    ['EEXIST', (req) => binding.mkdir(join(dir, 'd'), 0o777, req)],
    ['ENOTDIR', (req) => binding.readdir(join(dir, 'file'), req)],
    ['EISDIR', (req) => binding.read(binding.open(dir, O_RDONLY, 0), new Uint8Array(1), 0, 1, null, req)],
    ['EBADF', (req) => binding.close(99999, req)],
    ['EINVAL', (req) => binding.readlink(join(dir, 'file'), req)],
    ['ENOENT', (req) => binding.utimes(join(dir, 'missing'), 1, 1, req)],
  ];
  for (const [code, fn] of cases) {
    const [e] = await call(fn);
    t.is(e?.code, code, code);
  }
  const [u] = await call((req) => binding.utimes('/nope', 1, 1, req));
  t.is(u?.syscall, 'utime', "0.10's syscall name");
});

test('fs sendfile copies between descriptors', (t) => {
  const dir = tempDir(t);
  hostfs.writeFileSync(join(dir, 'src'), 'sendfile payload');
  const src = binding.open(join(dir, 'src'), O_RDONLY, 0);
  const dst = binding.open(join(dir, 'dst'), O_WRONLY | O_CREAT, 0o644);
  t.is(binding.sendfile(dst, src, 9, 7), 7);
  binding.close(src);
  binding.close(dst);
  t.is(hostfs.readFileSync(join(dir, 'dst'), 'utf8'), 'payload');
});

test('fs: the buffer of an async read is held until oncomplete (gc in between)', async (t) => {
  const dir = tempDir(t);
  hostfs.writeFileSync(join(dir, 'r'), 'x'.repeat(100000));
  const fd = binding.open(join(dir, 'r'), O_RDONLY, 0);
  const results: Array<Promise<[BindingError | null, number | undefined]>> = [];
  const views: WeakRef<Uint8Array>[] = [];
  for (let i = 0; i < 50; i++) {
    const buf = new Uint8Array(100000);
    views.push(new WeakRef(buf));
    results.push(call<number>((req) => binding.read(fd, buf, 0, buf.length, 0, req)));
  }
  const { gc } = await import('./gc');
  gc();
  for (const r of await Promise.all(results)) t.deepEqual(r, [null, 100000]);
  binding.close(fd);
});

test('fs constants and stat fields: directories, modes', (t) => {
  const dir = tempDir(t);
  const st = binding.stat(dir);
  t.is(st[F.mode] & S_IFMT, S_IFDIR);
  t.is(typeof binding.constants.fs.O_EXCL, 'number');
  t.is(binding.constants.fs.S_IRWXU, 0o700);
  t.true(st[F.mtimeMs] > 1e12 && st[F.ino] > 0 && st[F.blksize] > 0);
});
