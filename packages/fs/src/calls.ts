// The plain calls: every fs function that is one uv_fs request, and its Sync twin, with
// 0.10's argument handling in front (nullCheck, modeNum, flag strings, timestamps, the
// callback rules of errors.ts). Checks on the arguments' types are native.ts's, as they were
// the binding's in 0.10.
import { modeNum, toUnixTimestamp } from './coerce';
import { makeCallback, maybeCallback } from './errors';
import { nullCheck } from './null-check';
import type { NativeCallback } from './errors';
import { fs } from './module-object';
import * as native from './native';
import { stringToFlags } from './open-flags';
import { EXISTS_SITE, sited } from './throw-sites';
import type { Stats } from './stats';
import type { Mode, NoResultCallback, OpenFlags, PathLike, Time } from './types';

/** 0666: the default mode of a new file. */
export const DEFAULT_FILE_MODE = 438;
/** 0777: the default mode of a new directory. */
const DEFAULT_DIR_MODE = 511;

export const exists = function (path: PathLike, callback?: (exists: boolean) => void): void {
  // The request's own oncomplete, as in 0.10 ("Object.cb [as oncomplete]"); it needs only
  // whether there was an error.
  const cb = native.rawCompletion(function cb(err?: unknown): void {
    if (callback) callback(err ? false : true);
  });
  if (!nullCheck(path, cb)) return;
  try {
    native.stat(path, cb);
  } catch (e) {
    throw typeof e === 'object' && e !== null ? sited(e, EXISTS_SITE) : e;
  }
};

export const existsSync = function (path: PathLike): boolean {
  try {
    nullCheck(path);
    native.stat(path);
    return true;
  } catch {
    return false;
  }
};

export const close = function (fd: number, callback?: NoResultCallback): void {
  native.close(fd, makeCallback(callback));
};

export const closeSync = function (fd: number): void {
  return native.close(fd);
};

export const open = function (path: PathLike, flags: OpenFlags, mode?: unknown, _callback?: unknown): void {
  // eslint-disable-next-line prefer-rest-params
  const callback = makeCallback(arguments[arguments.length - 1]);
  const m = modeNum(mode, DEFAULT_FILE_MODE);
  if (!nullCheck(path, callback)) return;
  // Its own statement: a stack from a bad flag shows 0.10's column of the stringToFlags call.
  const flag = stringToFlags(flags);
  native.open(path, flag, m, callback);
};

export const openSync = function (path: PathLike, flags: OpenFlags, mode?: Mode | null): number {
  const m = modeNum(mode, DEFAULT_FILE_MODE);
  nullCheck(path);
  const flag = stringToFlags(flags);
  return native.open(path, flag, m) as number;
};

export const rename = function (oldPath: PathLike, newPath: PathLike, callback?: NoResultCallback): void {
  const cb = makeCallback(callback);
  if (!nullCheck(oldPath, cb)) return;
  if (!nullCheck(newPath, cb)) return;
  native.rename(oldPath, newPath, cb);
};

export const renameSync = function (oldPath: PathLike, newPath: PathLike): void {
  nullCheck(oldPath);
  nullCheck(newPath);
  return native.rename(oldPath, newPath);
};

// 0.10.19's truncate and truncateSync open the file with 'w' (O_CREAT|O_TRUNC) before the
// ftruncate: a missing file is created, and the old contents are lost (the file comes back
// as `len` zero bytes). That is what the oracle does; later 0.10 releases fixed it.
export const truncate = function (path: PathLike | number, len?: unknown, callback?: unknown): void {
  if (typeof path === 'number') {
    // the legacy form: a file descriptor
    return fs.ftruncate(path, len as number, callback as NoResultCallback);
  }
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  const cb = maybeCallback(callback);
  fs.open(path, 'w', function (er: Error | null, fd?: number) {
    if (er) return cb(er);
    native.ftruncate(fd, len, function (er1?: unknown) {
      fs.close(fd as number, function (er2: Error | null) {
        cb(er1 || er2);
      });
    });
  } as (err: Error | null, fd: number) => void);
};

export const truncateSync = function (path: PathLike | number, len?: number): void {
  if (typeof path === 'number') return fs.ftruncateSync(path, len);
  if (len === undefined) len = 0;
  const fd = fs.openSync(path, 'w');
  let ret: void;
  try {
    ret = fs.ftruncateSync(fd, len);
  } finally {
    fs.closeSync(fd);
  }
  return ret;
};

export const ftruncate = function (fd: number, len?: unknown, callback?: unknown): void {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  native.ftruncate(fd, len, makeCallback(callback));
};

export const ftruncateSync = function (fd: number, len?: number): void {
  if (len === undefined) len = 0;
  return native.ftruncate(fd, len);
};

export const rmdir = function (path: PathLike, callback?: NoResultCallback): void {
  const cb = makeCallback(callback);
  if (!nullCheck(path, cb)) return;
  native.rmdir(path, cb);
};

export const rmdirSync = function (path: PathLike): void {
  nullCheck(path);
  return native.rmdir(path);
};

export const fdatasync = function (fd: number, callback?: NoResultCallback): void {
  native.fdatasync(fd, makeCallback(callback));
};

export const fdatasyncSync = function (fd: number): void {
  return native.fdatasync(fd);
};

export const fsync = function (fd: number, callback?: NoResultCallback): void {
  native.fsync(fd, makeCallback(callback));
};

export const fsyncSync = function (fd: number): void {
  return native.fsync(fd);
};

export const mkdir = function (path: PathLike, mode?: unknown, callback?: unknown): void {
  if (typeof mode === 'function') callback = mode;
  const cb = makeCallback(callback);
  if (!nullCheck(path, cb)) return;
  native.mkdir(path, modeNum(mode, DEFAULT_DIR_MODE), cb);
};

export const mkdirSync = function (path: PathLike, mode?: Mode | null): void {
  nullCheck(path);
  return native.mkdir(path, modeNum(mode, DEFAULT_DIR_MODE));
};

export const readdir = function (path: PathLike, callback?: (err: Error | null, files?: string[]) => void): void {
  const cb = makeCallback(callback);
  if (!nullCheck(path, cb)) return;
  native.readdir(path, cb);
};

export const readdirSync = function (path: PathLike): string[] {
  nullCheck(path);
  return native.readdir(path) as string[];
};

export const fstat = function (fd: number, callback?: (err: Error | null, stats?: Stats) => void): void {
  native.fstat(fd, makeCallback(callback));
};

export const lstat = function (path: PathLike, callback?: (err: Error | null, stats?: Stats) => void): void {
  const cb = makeCallback(callback);
  if (!nullCheck(path, cb)) return;
  native.lstat(path, cb);
};

export const stat = function (path: PathLike, callback?: (err: Error | null, stats?: Stats) => void): void {
  const cb = makeCallback(callback);
  if (!nullCheck(path, cb)) return;
  native.stat(path, cb);
};

export const fstatSync = function (fd: number): Stats {
  return native.fstat(fd) as Stats;
};

export const lstatSync = function (path: PathLike): Stats {
  nullCheck(path);
  return native.lstat(path) as Stats;
};

export const statSync = function (path: PathLike): Stats {
  nullCheck(path);
  return native.stat(path) as Stats;
};

export const readlink = function (path: PathLike, callback?: (err: Error | null, target?: string) => void): void {
  const cb = makeCallback(callback);
  if (!nullCheck(path, cb)) return;
  native.readlink(path, cb);
};

export const readlinkSync = function (path: PathLike): string {
  nullCheck(path);
  return native.readlink(path) as string;
};

export const symlink = function (destination: PathLike, path: PathLike, type_?: unknown, _callback?: unknown): void {
  const type = typeof type_ === 'string' ? type_ : null;
  // eslint-disable-next-line prefer-rest-params
  const cb = makeCallback(arguments[arguments.length - 1]);
  if (!nullCheck(destination, cb)) return;
  if (!nullCheck(path, cb)) return;
  native.symlink(destination, path, type, cb);
};

export const symlinkSync = function (destination: PathLike, path: PathLike, type?: string | null): void {
  const t = typeof type === 'string' ? type : null;
  nullCheck(destination);
  nullCheck(path);
  return native.symlink(destination, path, t);
};

export const link = function (srcpath: PathLike, dstpath: PathLike, callback?: NoResultCallback): void {
  const cb = makeCallback(callback);
  if (!nullCheck(srcpath, cb)) return;
  if (!nullCheck(dstpath, cb)) return;
  native.link(srcpath, dstpath, cb);
};

export const linkSync = function (srcpath: PathLike, dstpath: PathLike): void {
  nullCheck(srcpath);
  nullCheck(dstpath);
  return native.link(srcpath, dstpath);
};

export const unlink = function (path: PathLike, callback?: NoResultCallback): void {
  const cb = makeCallback(callback);
  if (!nullCheck(path, cb)) return;
  native.unlink(path, cb);
};

export const unlinkSync = function (path: PathLike): void {
  nullCheck(path);
  return native.unlink(path);
};

export const fchmod = function (fd: number, mode: Mode, callback?: NoResultCallback): void {
  native.fchmod(fd, modeNum(mode), makeCallback(callback));
};

export const fchmodSync = function (fd: number, mode: Mode): void {
  return native.fchmod(fd, modeNum(mode));
};

export const chmod = function (path: PathLike, mode: Mode, callback?: NoResultCallback): void {
  const cb = makeCallback(callback);
  if (!nullCheck(path, cb)) return;
  native.chmod(path, modeNum(mode), cb);
};

export const chmodSync = function (path: PathLike, mode: Mode): void {
  nullCheck(path);
  return native.chmod(path, modeNum(mode));
};

export const fchown = function (fd: number, uid: number, gid: number, callback?: NoResultCallback): void {
  native.fchown(fd, uid, gid, makeCallback(callback));
};

export const fchownSync = function (fd: number, uid: number, gid: number): void {
  return native.fchown(fd, uid, gid);
};

export const chown = function (path: PathLike, uid: number, gid: number, callback?: NoResultCallback): void {
  const cb = makeCallback(callback);
  if (!nullCheck(path, cb)) return;
  native.chown(path, uid, gid, cb);
};

export const chownSync = function (path: PathLike, uid: number, gid: number): void {
  nullCheck(path);
  return native.chown(path, uid, gid);
};

export const utimes = function (path: PathLike, atime: Time, mtime: Time, callback?: (err?: Error) => void): void {
  const cb = makeCallback(callback);
  if (!nullCheck(path, cb)) return;
  native.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), cb);
};

export const utimesSync = function (path: PathLike, atime: Time, mtime: Time): void {
  nullCheck(path);
  const a = toUnixTimestamp(atime);
  const m = toUnixTimestamp(mtime);
  native.utimes(path, a, m);
};

export const futimes = function (fd: number, atime: Time, mtime: Time, callback?: (err?: Error) => void): void {
  const a = toUnixTimestamp(atime);
  const m = toUnixTimestamp(mtime);
  native.futimes(fd, a, m, makeCallback(callback));
};

export const futimesSync = function (fd: number, atime: Time, mtime: Time): void {
  const a = toUnixTimestamp(atime);
  const m = toUnixTimestamp(mtime);
  native.futimes(fd, a, m);
};

/** The callback type the native layer takes, for the files that build on it. */
export type { NativeCallback };
