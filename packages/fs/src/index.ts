// @n10/fs: node 0.10's require('fs'), on @n10/binding.
//
// The module object has 0.10.19's keys in 0.10's order (on Linux: no lchmod/lchown, which
// 0.10 defined only where O_SYMLINK exists; no FSWatcher, which 0.10 did not export).
// Where the pieces live:
//   native.ts       0.10's binding layer: argument checks, sync/async uv_fs calls, results
//   errors.ts       0.10's fs errors, the missing-callback rules; null-check.ts: nullCheck
//   calls.ts        one-request calls and their Sync twins (open, stat, rename, chmod…)
//   read-write.ts   read/write in the buffer and legacy string forms
//   files.ts        readFile/writeFile/appendFile (+Sync)
//   realpath.ts     the JavaScript realpath with its cache
//   watch.ts        fs.watch and FSWatcher; watch-file.ts: watchFile/unwatchFile, StatWatcher
//   read-stream.ts, write-stream.ts   fs.ReadStream and fs.WriteStream
//   stats.ts        fs.Stats; open-flags.ts: flag strings; coerce.ts: modes and times
//   sync-write-stream.ts  fs.SyncWriteStream (process.stdout/stderr on a file)
import { provideFs } from '@n10/path/internal';
import * as calls from './calls';
import { toUnixTimestamp } from './coerce';
import * as files from './files';
import { fs } from './module-object';
import { stringToFlags } from './open-flags';
import { createReadStream, ReadStream } from './read-stream';
import * as rw from './read-write';
import { realpath, realpathSync } from './realpath';
import { Stats } from './stats';
import { SyncWriteStream } from './sync-write-stream';
import { watch } from './watch';
import { unwatchFile, watchFile } from './watch-file';
import { createWriteStream, WriteStream } from './write-stream';
import type { FsModule } from './types';

export type * from './types';

const face: FsModule = {
  Stats,
  exists: calls.exists,
  existsSync: calls.existsSync,
  readFile: files.readFile as FsModule['readFile'],
  readFileSync: files.readFileSync,
  close: calls.close,
  closeSync: calls.closeSync,
  open: calls.open as FsModule['open'],
  openSync: calls.openSync,
  read: rw.read as FsModule['read'],
  readSync: rw.readSync as FsModule['readSync'],
  write: rw.write as FsModule['write'],
  writeSync: rw.writeSync as FsModule['writeSync'],
  rename: calls.rename,
  renameSync: calls.renameSync,
  truncate: calls.truncate as FsModule['truncate'],
  truncateSync: calls.truncateSync,
  ftruncate: calls.ftruncate as FsModule['ftruncate'],
  ftruncateSync: calls.ftruncateSync,
  rmdir: calls.rmdir,
  rmdirSync: calls.rmdirSync,
  fdatasync: calls.fdatasync,
  fdatasyncSync: calls.fdatasyncSync,
  fsync: calls.fsync,
  fsyncSync: calls.fsyncSync,
  mkdir: calls.mkdir as FsModule['mkdir'],
  mkdirSync: calls.mkdirSync,
  readdir: calls.readdir as FsModule['readdir'],
  readdirSync: calls.readdirSync,
  fstat: calls.fstat as FsModule['fstat'],
  lstat: calls.lstat as FsModule['lstat'],
  stat: calls.stat as FsModule['stat'],
  fstatSync: calls.fstatSync,
  lstatSync: calls.lstatSync,
  statSync: calls.statSync,
  readlink: calls.readlink as FsModule['readlink'],
  readlinkSync: calls.readlinkSync,
  symlink: calls.symlink as FsModule['symlink'],
  symlinkSync: calls.symlinkSync,
  link: calls.link,
  linkSync: calls.linkSync,
  unlink: calls.unlink,
  unlinkSync: calls.unlinkSync,
  fchmod: calls.fchmod,
  fchmodSync: calls.fchmodSync,
  chmod: calls.chmod,
  chmodSync: calls.chmodSync,
  fchown: calls.fchown,
  fchownSync: calls.fchownSync,
  chown: calls.chown,
  chownSync: calls.chownSync,
  _toUnixTimestamp: toUnixTimestamp,
  utimes: calls.utimes,
  utimesSync: calls.utimesSync,
  futimes: calls.futimes,
  futimesSync: calls.futimesSync,
  writeFile: files.writeFile as FsModule['writeFile'],
  writeFileSync: files.writeFileSync,
  appendFile: files.appendFile as FsModule['appendFile'],
  appendFileSync: files.appendFileSync,
  watch: watch as FsModule['watch'],
  watchFile: watchFile as FsModule['watchFile'],
  unwatchFile,
  realpathSync,
  realpath: realpath as FsModule['realpath'],
  createReadStream,
  ReadStream,
  // the legacy name
  FileReadStream: ReadStream,
  createWriteStream,
  WriteStream,
  // the legacy name
  FileWriteStream: WriteStream,
  // 0.10's writer for process.stdout/stderr when they are files (sync-write-stream.ts)
  SyncWriteStream,
};

// The face in 0.10's order; fs._stringToFlags (0.10's own flag reader, used by libraries such
// as graceful-fs's polyfills) is a non-enumerable, read-only own property after readFileSync.
for (const key of Object.keys(face) as (keyof FsModule)[]) {
  (fs as unknown as Record<string, unknown>)[key] = face[key];
  if (key === 'readFileSync') {
    Object.defineProperty(fs, '_stringToFlags', { value: stringToFlags, writable: false, enumerable: false, configurable: false });
  }
}

// path.exists / path.existsSync (deprecated in 0.10) forward to this module.
provideFs(() => fs);

export const {
  exists,
  existsSync,
  readFile,
  readFileSync,
  close,
  closeSync,
  open,
  openSync,
  read,
  readSync,
  write,
  writeSync,
  rename,
  renameSync,
  truncate,
  truncateSync,
  ftruncate,
  ftruncateSync,
  rmdir,
  rmdirSync,
  fdatasync,
  fdatasyncSync,
  fsync,
  fsyncSync,
  mkdir,
  mkdirSync,
  readdir,
  readdirSync,
  fstat,
  lstat,
  stat,
  fstatSync,
  lstatSync,
  statSync,
  readlink,
  readlinkSync,
  symlink,
  symlinkSync,
  link,
  linkSync,
  unlink,
  unlinkSync,
  fchmod,
  fchmodSync,
  chmod,
  chmodSync,
  fchown,
  fchownSync,
  chown,
  chownSync,
  _toUnixTimestamp,
  utimes,
  utimesSync,
  futimes,
  futimesSync,
  writeFile,
  writeFileSync,
  appendFile,
  appendFileSync,
  FileReadStream,
  FileWriteStream,
} = face;
export { Stats, SyncWriteStream, watch, watchFile, unwatchFile, realpath, realpathSync, createReadStream, ReadStream, createWriteStream, WriteStream };

export default fs;
