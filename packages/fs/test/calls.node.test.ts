// The one-request calls of the manual, async and Sync, on a scratch directory. Expected
// values are node 0.10.19's (checked on the oracle; conformance/cases/fs runs the same
// behaviours differentially). Serial: several tests use a descriptor after closing it, and
// a concurrent test could be handed that number in between.
import test from 'ava';
import buffer from '@n10/buffer';
import { callback, fs, hostFs, loose, scratch, shape } from './helpers/tmp';

const dir = scratch('calls');
let n = 0;
/** A fresh path in the scratch directory. */
const fresh = (content?: string): string => {
  const p = `${dir}/f${n++}`;
  if (content !== undefined) hostFs.writeFileSync(p, content);
  return p;
};

test.serial('fs.rename(oldPath, newPath, callback) moves a file; callback gets (null)', async (t) => {
  const a = fresh('x');
  const b = fresh();
  const args = await callback(fs.rename, a, b);
  t.deepEqual(args, [null]);
  t.false(hostFs.existsSync(a));
  t.is(hostFs.readFileSync(b, 'utf8'), 'x');
  const [err] = await callback(fs.rename, a, b);
  t.like(shape(err), { message: `ENOENT, rename '${a}'`, errno: 34, code: 'ENOENT', path: a, keys: ['errno', 'code', 'path'] });
});

test.serial('fs.renameSync(oldPath, newPath) moves, and throws the sync error form', (t) => {
  const a = fresh('y');
  const b = fresh();
  t.is(fs.renameSync(a, b), undefined);
  t.is(hostFs.readFileSync(b, 'utf8'), 'y');
  const e = t.throws(() => fs.renameSync(a, b));
  t.deepEqual(shape(e), {
    name: 'Error',
    message: `ENOENT, no such file or directory '${a}'`,
    keys: ['errno', 'code', 'path', 'syscall'],
    errno: 34,
    code: 'ENOENT',
    path: a,
    syscall: 'rename',
  });
});

test.serial('fs.ftruncate(fd, len, callback) cuts or extends; len defaults to 0', async (t) => {
  const p = fresh('0123456789');
  const fd = fs.openSync(p, 'r+');
  t.deepEqual(await callback(fs.ftruncate, fd, 4), [null]);
  t.is(hostFs.readFileSync(p, 'utf8'), '0123');
  t.deepEqual(await callback(fs.ftruncate, fd, 6), [null]);
  t.is(hostFs.readFileSync(p, 'latin1'), '0123\0\0');
  t.deepEqual(await callback(fs.ftruncate, fd), [null]);
  t.is(hostFs.statSync(p).size, 0);
  fs.closeSync(fd);
  const [err] = await callback(fs.ftruncate, fd, 1);
  t.like(shape(err), { message: 'EBADF, ftruncate', code: 'EBADF', errno: 9 });
});

test.serial('fs.ftruncateSync(fd, len) checks len as 0.10 did (integers, numeric strings)', (t) => {
  const p = fresh('0123456789');
  const fd = fs.openSync(p, 'r+');
  fs.ftruncateSync(fd, 5);
  t.is(hostFs.statSync(p).size, 5);
  loose.ftruncateSync(fd, '3');
  t.is(hostFs.statSync(p).size, 3);
  t.throws(() => loose.ftruncateSync(fd, 1.5), { instanceOf: TypeError, message: 'Not an integer' });
  t.throws(() => loose.ftruncateSync(fd, 'x'), { instanceOf: TypeError, message: 'Not an integer' });
  t.throws(() => loose.ftruncateSync('x', 1), { instanceOf: TypeError, message: 'Bad argument' });
  t.like(shape(t.throws(() => fs.ftruncateSync(fd, -1))), { code: 'EINVAL', syscall: 'ftruncate' });
  fs.closeSync(fd);
});

test.serial('fs.truncate(path, len, callback) as 0.10.19: opens with w, so the content becomes zeros', async (t) => {
  const p = fresh('0123456789');
  t.deepEqual(await callback(fs.truncate, p, 3), [null]);
  t.is(hostFs.readFileSync(p, 'latin1'), '\0\0\0');
  const fd = fs.openSync(p, 'r+');
  hostFs.writeFileSync(p, 'abcdef');
  t.deepEqual(await callback(fs.truncate, fd, 2), [null], 'a descriptor goes to ftruncate');
  t.is(hostFs.readFileSync(p, 'utf8'), 'ab');
  fs.closeSync(fd);
  const [err] = await callback(fs.truncate, `${dir}/missing/x`, 1);
  t.like(shape(err), { code: 'ENOENT', message: `ENOENT, open '${dir}/missing/x'` });
});

test.serial('fs.truncateSync(path, len) as 0.10.19: creates a missing file, zero-fills', (t) => {
  const p = fresh();
  fs.truncateSync(p, 2);
  t.is(hostFs.readFileSync(p, 'latin1'), '\0\0');
  hostFs.writeFileSync(p, 'abc');
  fs.truncateSync(p);
  t.is(hostFs.statSync(p).size, 0);
});

test.serial('fs.chown(path, uid, gid, callback) and fs.chownSync: same owner succeeds, bad ids throw', async (t) => {
  const p = fresh('x');
  const { uid, gid } = hostFs.statSync(p);
  t.deepEqual(await callback(fs.chown, p, uid, gid), [null]);
  t.is(fs.chownSync(p, uid, gid), undefined);
  t.throws(() => fs.chownSync(p, -1, 0), { instanceOf: TypeError, message: 'uid must be an unsigned int' });
  t.throws(() => loose.chownSync(p, 0, '0'), { instanceOf: TypeError, message: 'gid must be an unsigned int' });
  t.throws(() => loose.chownSync(1, 0, 0), { instanceOf: TypeError, message: 'path must be a string' });
  const [err] = await callback(fs.chown, `${p}-nope`, uid, gid);
  t.like(shape(err), { code: 'ENOENT', message: `ENOENT, chown '${p}-nope'` });
});

test.serial('fs.fchown(fd, uid, gid, callback) and fs.fchownSync', async (t) => {
  const p = fresh('x');
  const { uid, gid } = hostFs.statSync(p);
  const fd = fs.openSync(p, 'r');
  t.deepEqual(await callback(fs.fchown, fd, uid, gid), [null]);
  t.is(fs.fchownSync(fd, uid, gid), undefined);
  t.throws(() => loose.fchownSync('x', 0, 0), { instanceOf: TypeError, message: 'fd must be an int' });
  fs.closeSync(fd);
  t.like(shape(t.throws(() => fs.fchownSync(fd, uid, gid))), { code: 'EBADF', message: 'EBADF, bad file descriptor' });
});

test.serial('fs.lchown and fs.lchownSync are absent on Linux, as in 0.10 (defined only with O_SYMLINK)', (t) => {
  t.is(typeof loose.lchown, 'undefined');
  t.is(typeof loose.lchownSync, 'undefined');
  t.false('lchown' in fs);
});

test.serial('fs.chmod(path, mode, callback) takes numbers and octal strings', async (t) => {
  const p = fresh('x');
  t.deepEqual(await callback(fs.chmod, p, 0o600), [null]);
  t.is(hostFs.statSync(p).mode & 0o7777, 0o600);
  t.deepEqual(await callback(fs.chmod, p, '4750'), [null]);
  t.is(hostFs.statSync(p).mode & 0o7777, 0o4750);
  t.throws(() => fs.chmod(p, 'xyz'), { instanceOf: TypeError, message: 'Bad argument' });
});

test.serial('fs.chmodSync(path, mode)', (t) => {
  const p = fresh('x');
  fs.chmodSync(p, '0640');
  t.is(hostFs.statSync(p).mode & 0o777, 0o640);
  t.like(shape(t.throws(() => fs.chmodSync(`${p}-nope`, 0o644))), { code: 'ENOENT', syscall: 'chmod' });
});

test.serial('fs.fchmod(fd, mode, callback) and fs.fchmodSync(fd, mode)', async (t) => {
  const p = fresh('x');
  const fd = fs.openSync(p, 'r');
  t.deepEqual(await callback(fs.fchmod, fd, 0o604), [null]);
  t.is(hostFs.statSync(p).mode & 0o777, 0o604);
  fs.fchmodSync(fd, '600');
  t.is(hostFs.statSync(p).mode & 0o777, 0o600);
  t.throws(() => loose.fchmodSync(fd), { instanceOf: TypeError, message: 'Bad argument' });
  fs.closeSync(fd);
});

test.serial('fs.lchmod and fs.lchmodSync are absent on Linux, as in 0.10', (t) => {
  t.is(typeof loose.lchmod, 'undefined');
  t.is(typeof loose.lchmodSync, 'undefined');
});

test.serial('fs.stat(path, callback) follows links; fs.lstat(path, callback) does not; fs.fstat(fd, callback)', async (t) => {
  const p = fresh('hello');
  const l = `${dir}/link${n++}`;
  hostFs.symlinkSync(p, l);
  const [e1, s1] = (await callback(fs.stat, l)) as [null, InstanceType<typeof fs.Stats>];
  t.is(e1, null);
  t.true(s1.isFile());
  t.is(s1.size, 5);
  const [, s2] = (await callback(fs.lstat, l)) as [null, InstanceType<typeof fs.Stats>];
  t.true(s2.isSymbolicLink());
  const fd = fs.openSync(p, 'r');
  const [, s3] = (await callback(fs.fstat, fd)) as [null, InstanceType<typeof fs.Stats>];
  t.is(s3.ino, s1.ino);
  fs.closeSync(fd);
  const [err, none] = await callback(fs.stat, `${p}-nope`);
  t.like(shape(err), { code: 'ENOENT', message: `ENOENT, stat '${p}-nope'`, keys: ['errno', 'code', 'path'] });
  t.is(none, undefined);
});

test.serial('fs.statSync(path), fs.lstatSync(path), fs.fstatSync(fd)', (t) => {
  const p = fresh('abc');
  const host = hostFs.statSync(p);
  const s = fs.statSync(p);
  t.true(s instanceof fs.Stats);
  t.is(s.size, 3);
  t.is(s.ino, host.ino);
  t.is(s.mode, host.mode);
  t.true(fs.lstatSync(dir).isDirectory());
  const fd = fs.openSync(p, 'r');
  t.is(fs.fstatSync(fd).size, 3);
  fs.closeSync(fd);
  t.like(shape(t.throws(() => fs.lstatSync(`${p}/x`))), { code: 'ENOTDIR', syscall: 'lstat' });
  t.throws(() => loose.fstatSync('1'), { instanceOf: TypeError, message: 'Bad argument' });
});

test.serial('fs.link(srcpath, dstpath, callback) and fs.linkSync make hard links', async (t) => {
  const p = fresh('x');
  const q = fresh();
  t.deepEqual(await callback(fs.link, p, q), [null]);
  t.is(hostFs.statSync(p).nlink, 2);
  const r = fresh();
  fs.linkSync(p, r);
  t.is(hostFs.statSync(p).nlink, 3);
  t.like(shape(t.throws(() => fs.linkSync(p, r))), { code: 'EEXIST', path: p, syscall: 'link' });
  t.throws(() => loose.linkSync(1, r), { instanceOf: TypeError, message: 'dest path must be a string' });
});

test.serial('fs.symlink(srcpath, dstpath, [type], callback): type dir/file/junction, else Error', async (t) => {
  const l1 = fresh();
  t.deepEqual(await callback(fs.symlink, 'target-a', l1), [null]);
  t.is(hostFs.readlinkSync(l1), 'target-a');
  const l2 = fresh();
  t.deepEqual(await callback(fs.symlink, 'target-b', l2, 'dir'), [null]);
  t.is(hostFs.readlinkSync(l2), 'target-b');
  const [err] = await callback(fs.symlink, 'target-c', l1);
  t.like(shape(err), { code: 'EEXIST', message: "EEXIST, symlink 'target-c'", path: 'target-c' });
  t.throws(() => fs.symlink('x', fresh(), 'bogus', () => t.fail()), { message: 'Unknown symlink type' });
});

test.serial('fs.symlinkSync(srcpath, dstpath, [type]): a failure names the link path', (t) => {
  const l = fresh();
  fs.symlinkSync('somewhere', l, 'file');
  t.is(hostFs.readlinkSync(l), 'somewhere');
  t.like(shape(t.throws(() => fs.symlinkSync('elsewhere', l))), { code: 'EEXIST', path: l, syscall: 'symlink' });
});

test.serial('fs.readlink(path, callback) and fs.readlinkSync(path)', async (t) => {
  const l = fresh();
  hostFs.symlinkSync('../some/where', l);
  t.deepEqual(await callback(fs.readlink, l), [null, '../some/where']);
  t.is(fs.readlinkSync(l), '../some/where');
  const p = fresh('x');
  const [err] = await callback(fs.readlink, p);
  t.like(shape(err), { code: 'EINVAL', errno: 18, message: `EINVAL, readlink '${p}'` });
});

test.serial('fs.realpath(path, [cache], callback) resolves links and fills the cache', async (t) => {
  const real = hostFs.realpathSync(dir);
  const sub = `${real}/rp${n++}`;
  hostFs.mkdirSync(sub);
  hostFs.writeFileSync(`${sub}/file`, 'x');
  hostFs.symlinkSync('.', `${sub}/self-dir`);
  hostFs.symlinkSync('self-dir/file', `${sub}/link`);
  t.deepEqual(await callback(fs.realpath, `${sub}/link`), [null, `${sub}/file`]);
  const cache: Record<string, string> = {};
  t.deepEqual(await callback(fs.realpath, `${sub}/self-dir/self-dir/link`, cache), [null, `${sub}/file`]);
  t.is(cache[`${sub}/self-dir/self-dir/link`], `${sub}/file`);
  t.is(cache[sub], sub);
  // 0.10 reads answers from the cache without touching the disk
  const seeded = { [`${sub}/virtual`]: '/from/the/cache' };
  t.deepEqual(await callback(fs.realpath, `${sub}/virtual`, seeded), [null, '/from/the/cache']);
});

test.serial('fs.realpath and fs.realpathSync report ELOOP through symlink loops', async (t) => {
  const a = fresh();
  const b = fresh();
  hostFs.symlinkSync(b, a);
  hostFs.symlinkSync(a, b);
  const [err] = await callback(fs.realpath, `${a}/x`);
  t.like(shape(err), { code: 'ELOOP', errno: 51, message: `ELOOP, stat '${a}'` });
  t.like(shape(t.throws(() => fs.realpathSync(a))), { code: 'ELOOP', syscall: 'stat', message: `ELOOP, too many symbolic links encountered '${a}'` });
});

test.serial('fs.realpathSync(path, [cache]) resolves relative paths against the cwd', (t) => {
  const here = process.cwd();
  t.is(fs.realpathSync('.'), hostFs.realpathSync(here));
  const cache: Record<string, string> = {};
  t.is(fs.realpathSync(dir, cache), hostFs.realpathSync(dir));
  t.true(Object.keys(cache).length > 0);
  t.throws(() => loose.realpathSync(1), { instanceOf: TypeError, message: 'Arguments to path.resolve must be strings' });
});

test.serial('fs.unlink(path, callback) and fs.unlinkSync(path)', async (t) => {
  const p = fresh('x');
  t.deepEqual(await callback(fs.unlink, p), [null]);
  t.false(hostFs.existsSync(p));
  const q = fresh('y');
  fs.unlinkSync(q);
  t.false(hostFs.existsSync(q));
  t.like(shape(t.throws(() => fs.unlinkSync(dir))), { code: 'EISDIR', errno: 28, syscall: 'unlink' });
});

test.serial('fs.rmdir(path, callback) and fs.rmdirSync(path)', async (t) => {
  const d = fresh();
  hostFs.mkdirSync(d);
  t.deepEqual(await callback(fs.rmdir, d), [null]);
  t.false(hostFs.existsSync(d));
  hostFs.mkdirSync(d);
  hostFs.writeFileSync(`${d}/x`, '');
  t.like(shape(t.throws(() => fs.rmdirSync(d))), { code: 'ENOTEMPTY', errno: 53 });
  const [err] = await callback(fs.rmdir, `${d}/x`);
  t.like(shape(err), { code: 'ENOTDIR', message: `ENOTDIR, rmdir '${d}/x'` });
});

test.serial('fs.mkdir(path, [mode], callback): default 0777 & umask, numbers or octal strings', async (t) => {
  const a = fresh();
  t.deepEqual(await callback(fs.mkdir, a), [null]);
  t.true(hostFs.statSync(a).isDirectory());
  const b = fresh();
  t.deepEqual(await callback(fs.mkdir, b, 0o700), [null]);
  t.is(hostFs.statSync(b).mode & 0o777, 0o700);
  const c = fresh();
  t.deepEqual(await callback(fs.mkdir, c, '711'), [null]);
  t.is(hostFs.statSync(c).mode & 0o777, 0o711);
  const [err] = await callback(fs.mkdir, a);
  t.like(shape(err), { code: 'EEXIST', errno: 47, message: `EEXIST, mkdir '${a}'` });
});

test.serial('fs.mkdirSync(path, [mode])', (t) => {
  const a = fresh();
  fs.mkdirSync(a, 0o750);
  t.is(hostFs.statSync(a).mode & 0o777, 0o750);
  t.throws(() => fs.mkdirSync(fresh(), 'xyz'), { instanceOf: TypeError, message: 'Bad argument' });
  t.like(shape(t.throws(() => fs.mkdirSync(a))), { code: 'EEXIST', syscall: 'mkdir', path: a });
});

test.serial('fs.readdir(path, callback) lists names without . and ..', async (t) => {
  const d = fresh();
  hostFs.mkdirSync(d);
  for (const name of ['b', 'a', '.dot', 'c d']) hostFs.writeFileSync(`${d}/${name}`, '');
  const [err, names] = (await callback(fs.readdir, d)) as [null, string[]];
  t.is(err, null);
  t.deepEqual([...names].sort(), ['.dot', 'a', 'b', 'c d']);
  const [err2] = await callback(fs.readdir, `${d}/a`);
  t.like(shape(err2), { code: 'ENOTDIR', message: `ENOTDIR, readdir '${d}/a'` });
});

test.serial('fs.readdirSync(path)', (t) => {
  const d = fresh();
  hostFs.mkdirSync(d);
  t.deepEqual(fs.readdirSync(d), []);
  hostFs.writeFileSync(`${d}/z`, '');
  t.deepEqual(fs.readdirSync(d), ['z']);
  t.like(shape(t.throws(() => fs.readdirSync(`${d}/nope`))), { code: 'ENOENT', syscall: 'readdir' });
});

test.serial('fs.close(fd, callback) and fs.closeSync(fd)', async (t) => {
  const p = fresh('x');
  const fd = fs.openSync(p, 'r');
  t.deepEqual(await callback(fs.close, fd), [null]);
  const [err] = await callback(fs.close, fd);
  t.deepEqual(shape(err), { name: 'Error', message: 'EBADF, close', keys: ['errno', 'code'], errno: 9, code: 'EBADF' });
  const fd2 = fs.openSync(p, 'r');
  t.is(fs.closeSync(fd2), undefined);
  t.like(shape(t.throws(() => fs.closeSync(fd2))), { message: 'EBADF, bad file descriptor', syscall: 'close' });
  t.throws(() => loose.closeSync(1.5), { instanceOf: TypeError, message: 'Bad argument' });
});

test.serial('fs.open(path, flags, [mode], callback) with every flag string', async (t) => {
  const expectations: Array<[string, boolean, boolean, boolean, boolean]> = [
    // flag, opens a missing file, can read, can write, opens an existing file
    ['r', false, true, false, true],
    ['r+', false, true, true, true],
    ['rs', false, true, false, true],
    ['rs+', false, true, true, true],
    ['w', true, false, true, true],
    ['wx', true, false, true, false],
    ['w+', true, true, true, true],
    ['wx+', true, true, true, false],
    ['a', true, false, true, true],
    ['ax', true, false, true, false],
    ['a+', true, true, true, true],
    ['ax+', true, true, true, false],
  ];
  for (const [flag, createsMissing, reads, writes, opensExisting] of expectations) {
    const missing = fresh();
    const [e1, fd1] = (await callback(fs.open, missing, flag)) as [Error | null, number | undefined];
    t.is(e1 === null, createsMissing, `${flag} on a missing file`);
    if (fd1 !== undefined) fs.closeSync(fd1);
    const existing = fresh('abc');
    const [e2, fd2] = (await callback(fs.open, existing, flag, 0o644)) as [Error | null, number];
    t.is(e2 === null, opensExisting, `${flag} on an existing file`);
    if (e2) {
      t.like(shape(e2), { code: 'EEXIST' });
      continue;
    }
    let canRead = true;
    try {
      fs.readSync(fd2, new buffer.Buffer(1), 0, 1, 0);
    } catch {
      canRead = false;
    }
    let canWrite = true;
    try {
      fs.writeSync(fd2, 'Z', null);
    } catch {
      canWrite = false;
    }
    t.is(canRead, reads, `${flag} reads`);
    t.is(canWrite, writes, `${flag} writes`);
    fs.closeSync(fd2);
    if (flag[0] === 'a') t.is(hostFs.readFileSync(existing, 'utf8'), 'abcZ', `${flag} appends`);
    if (flag[0] === 'w') t.is(hostFs.readFileSync(existing, 'utf8'), 'Z', `${flag} truncates`);
  }
});

test.serial('fs.openSync(path, flags, [mode]): modes, numeric flags, unknown flags', (t) => {
  const p = fresh();
  const fd = fs.openSync(p, 'w', '0600');
  t.is(hostFs.statSync(p).mode & 0o777, 0o600 & ~process.umask());
  fs.closeSync(fd);
  const fd2 = fs.openSync(p, hostFs.constants.O_RDONLY);
  t.is(typeof fd2, 'number');
  fs.closeSync(fd2);
  t.throws(() => fs.openSync(p, 'rw'), { instanceOf: Error, message: 'Unknown file open flag: rw' });
  t.throws(() => fs.openSync(p, 'R'), { message: 'Unknown file open flag: R' });
  t.throws(() => loose.openSync(p), { instanceOf: TypeError, message: 'flags must be an int' });
  t.throws(() => fs.openSync(p, 'r', 'abc'), { instanceOf: TypeError, message: 'mode must be an int' });
  t.throws(() => loose.openSync(7, 'r'), { instanceOf: TypeError, message: 'path must be a string' });
  t.like(shape(t.throws(() => fs.openSync(dir, 'w'))), { code: 'EISDIR', message: `EISDIR, illegal operation on a directory '${dir}'` });
});

test.serial('fs.utimes(path, atime, mtime, callback): seconds or Dates, stored in whole seconds as 0.10 (utime(2)); the callback gets no arguments', async (t) => {
  const p = fresh('x');
  t.deepEqual(await callback(fs.utimes, p, 1000.25, new Date(2000500)), []);
  const st = hostFs.statSync(p);
  t.is(st.atimeMs, 1000000);
  t.is(st.mtimeMs, 2000000);
  const [err] = await callback(fs.utimes, `${p}-nope`, 1, 2);
  t.like(shape(err), { code: 'ENOENT', message: `ENOENT, utime '${p}-nope'` });
  t.throws(() => loose.utimes(p, '1', 2, () => t.fail()), { message: 'Cannot parse time: 1' });
});

test.serial('fs.utimesSync(path, atime, mtime): whole seconds, truncated toward zero; NaN as INT64_MIN (clamped)', (t) => {
  const p = fresh('x');
  fs.utimesSync(p, 5.5, -1.5);
  t.is(hostFs.statSync(p).atimeMs, 5000);
  t.is(hostFs.statSync(p).mtimeMs, -1000);
  fs.utimesSync(p, 1, NaN);
  t.is(hostFs.statSync(p).mtimeMs, -2147483648000);
  t.like(shape(t.throws(() => fs.utimesSync(`${p}-nope`, 1, 1))), { syscall: 'utime', code: 'ENOENT' });
});

test.serial('fs.futimes(fd, atime, mtime, callback) and fs.futimesSync: microseconds kept (a timeval, as 0.10)', async (t) => {
  const p = fresh('x');
  const fd = fs.openSync(p, 'r');
  t.deepEqual(await callback(fs.futimes, fd, 10, 20.5), []);
  t.is(hostFs.statSync(p).mtimeMs, 20500);
  fs.futimesSync(fd, new Date(30000), new Date(40250));
  t.is(hostFs.statSync(p).mtimeMs, 40250);
  fs.futimesSync(fd, 1, -2.75);
  t.is(fs.fstatSync(fd).mtime.getTime(), -2000, "0.10's tv_sec: truncated toward zero");
  fs.closeSync(fd);
  const [err] = await callback(fs.futimes, fd, 1, 1);
  t.like(shape(err), { message: 'EBADF, futime', code: 'EBADF' });
});

test.serial('fs.fsync(fd, callback) and fs.fsyncSync(fd) (and fdatasync)', async (t) => {
  const p = fresh('x');
  const fd = fs.openSync(p, 'r+');
  t.deepEqual(await callback(fs.fsync, fd), [null]);
  t.is(fs.fsyncSync(fd), undefined);
  t.deepEqual(await callback(fs.fdatasync, fd), [null]);
  t.is(fs.fdatasyncSync(fd), undefined);
  fs.closeSync(fd);
  t.like(shape(t.throws(() => fs.fsyncSync(fd))), { code: 'EBADF', syscall: 'fsync' });
});

test.serial('fs.exists(path, callback) and fs.existsSync(path)', async (t) => {
  const p = fresh('x');
  t.deepEqual(await callback(fs.exists, p), [true]);
  t.deepEqual(await callback(fs.exists, `${p}-nope`), [false]);
  t.deepEqual(await callback(fs.exists, `${p}\u0000`), [false]);
  t.true(fs.existsSync(p));
  t.false(fs.existsSync(`${p}-nope`));
  t.false(loose.existsSync(42) as boolean, 'never throws');
  t.throws(() => loose.exists(42, () => t.fail()), { instanceOf: TypeError, message: 'path must be a string' });
});

test.serial("fs.open(path, flags): fs._stringToFlags is 0.10's flag reader (non-enumerable, read-only, after readFileSync); 'rs'/'rs+' carry 0.10's O_SYNC, 4096", (t) => {
  const d = Object.getOwnPropertyDescriptor(fs, '_stringToFlags');
  t.truthy(d);
  t.deepEqual([typeof d?.value, d?.writable, d?.enumerable, d?.configurable], ['function', false, false, false]);
  t.is(Object.getOwnPropertyNames(fs).indexOf('_stringToFlags'), 5);
  t.false(Object.keys(fs).includes('_stringToFlags'));
  const toFlags = d?.value as (f: unknown) => unknown;
  t.deepEqual(['r', 'rs', 'rs+', 'w', 'wx', 'a+', 'xa+'].map(toFlags), [0, 4096, 4098, 577, 705, 1090, 1218]);
  t.is(toFlags(7), 7);
  t.throws(() => toFlags('R'), { message: 'Unknown file open flag: R' });
  const p = fresh('x');
  const fd = fs.openSync(p, 'rs+');
  const flags = parseInt(/flags:\s*(\d+)/.exec(hostFs.readFileSync(`/proc/self/fdinfo/${fd}`, 'utf8'))?.[1] ?? '0', 8);
  fs.closeSync(fd);
  t.true((flags & 4096) !== 0);
  t.false((flags & 0o4000000) !== 0);
});
