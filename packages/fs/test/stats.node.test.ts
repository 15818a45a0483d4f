// Class: fs.Stats.
import test from 'ava';
import { fs, hostFs, scratch } from './helpers/tmp';

const dir = scratch('stats');
hostFs.writeFileSync(`${dir}/file`, 'hello');
hostFs.symlinkSync('file', `${dir}/link`);

test('Class: fs.Stats: fields in 0.10 order, times as Dates with whole seconds', (t) => {
  const s = fs.statSync(`${dir}/file`);
  const host = hostFs.statSync(`${dir}/file`);
  t.deepEqual(Object.keys(s), ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks', 'atime', 'mtime', 'ctime']);
  t.is(s.dev, host.dev);
  t.is(s.ino, host.ino);
  t.is(s.mode, host.mode);
  t.is(s.nlink, host.nlink);
  t.is(s.uid, host.uid);
  t.is(s.size, 5);
  t.is(s.blocks, host.blocks);
  for (const d of [s.atime, s.mtime, s.ctime]) {
    t.true(d instanceof Date);
    t.is(d.getTime() % 1000, 0);
  }
  t.is(s.mtime.getTime(), Math.floor(host.mtimeMs / 1000) * 1000);
});

test('fs.Stats is methods: isFile, isDirectory, isSymbolicLink (lstat), isCharacterDevice…', (t) => {
  const f = fs.statSync(`${dir}/file`);
  t.true(f.isFile());
  t.false(f.isDirectory());
  t.false(f.isSymbolicLink());
  t.true(fs.statSync(dir).isDirectory());
  t.true(fs.lstatSync(`${dir}/link`).isSymbolicLink());
  t.false(fs.statSync(`${dir}/link`).isSymbolicLink());
  const dev = fs.statSync('/dev/null');
  t.true(dev.isCharacterDevice());
  t.false(dev.isBlockDevice());
  t.false(dev.isFIFO());
  t.false(dev.isSocket());
});

test('fs.Stats is a constructor as 0.10 exposes it: anonymous, no arguments, empty instances', (t) => {
  t.is(fs.Stats.name, '');
  t.is(fs.Stats.length, 0);
  const s = new fs.Stats();
  t.deepEqual(Object.keys(s), []);
  t.true(s instanceof fs.Stats);
  s.mode = 0o40755;
  t.true(s.isDirectory());
  t.true(s._checkModeProperty(0o40000));
  t.deepEqual(Object.getOwnPropertyNames(fs.Stats.prototype), [
    'constructor', '_checkModeProperty', 'isDirectory', 'isFile', 'isBlockDevice', 'isCharacterDevice', 'isSymbolicLink', 'isFIFO', 'isSocket',
  ]);
  t.is(fs.statSync(dir).constructor, fs.Stats);
});
