// node 0.10's process.binding('fs') (node_file.cc) over @n10/binding.
//
// fs.ts-level policy (flags, modes, callbacks, streams) lives in the other files; this one
// is the layer under it, doing what 0.10's C++ did between the JS call and libuv:
// - argument checks with 0.10's exact errors ("path must be a string", "Bad argument",
//   "Offset is out of bounds", "Not an integer"…) and its coercions (Int32Value, IntegerValue);
// - with a callback, an asynchronous uv_fs request whose completion calls it as 0.10's After()
//   did: (err) on failure; (null) for close/rename/mkdir…, () for utimes/futimes, (null,
//   value) for open/read/write/readlink/readdir, (null, fs.Stats) for the stats;
// - without one, a real synchronous uv_fs call whose failure throws 0.10's sync error.
import binding from '@n10/binding';
import type { BindingError, FSReq, Position } from '@n10/binding';
import process from '@n10/process';
import { asyncError, isBindingError, syncError } from './errors';
import type { NativeCallback } from './errors';
import { statsFromArray } from './stats';
import { ASYNC_CALL_SITES, sited } from './throw-sites';
import type { FsSite } from './throw-sites';
import type { Stats } from './stats';

// What a completion hands its callback (0.10's After()).
const VOID = 0; // (null)
const NONE = 1; // ()
const VALUE = 2; // (null, result)
const STATS = 3; // (null, Stats)

/** What a request needs of the domain that was active when it was made. */
interface Domain {
  enter(): void;
  exit(): void;
  _disposed?: boolean;
}

const proc = process as unknown as { domain?: Domain | null };

interface ReqWrap {
  cb: NativeCallback;
  kind: number;
  domain: Domain | null;
  oncomplete(err: BindingError | null, result?: unknown): void;
  complete(err: BindingError | null, result?: unknown): void;
}

// One small object per request (0.10's FSReqWrap); the binding calls req.oncomplete. Like
// 0.10's ReqWrap it remembers the active domain, and its completion runs inside it (not at
// all once the domain is disposed), as 0.10's MakeCallback did.
const FSReqWrap = function (this: ReqWrap, cb: NativeCallback, kind: number) {
  this.cb = cb;
  this.kind = kind;
  this.domain = proc.domain || null;
} as unknown as new (cb: NativeCallback, kind: number) => ReqWrap;

FSReqWrap.prototype.oncomplete = function (this: ReqWrap, err: BindingError | null, result?: unknown): void {
  const domain = this.domain;
  if (!domain) return this.complete(err, result);
  if (domain._disposed) return;
  domain.enter();
  this.complete(err, result);
  // Not reached when the callback throws: the domain's error handling exits it, as in 0.10.
  domain.exit();
};

FSReqWrap.prototype.complete = function (this: ReqWrap, err: BindingError | null, result?: unknown): void {
  const cb = this.cb;
  if (err) {
    // A raw completion makes 0.10's error itself (made twice, it would lose its syscall).
    cb(isRaw(cb) || !isBindingError(err) ? err : asyncError(err));
    return;
  }
  switch (this.kind) {
    case VOID:
      cb(null);
      break;
    case NONE:
      cb();
      break;
    case STATS:
      cb(null, statsFromArray(result as Float64Array));
      break;
    default:
      cb(null, result);
  }
};

// A callback that takes the binding's completion as it comes (an error not yet made into
// 0.10's, the raw result) may be the request's own oncomplete, as the functions 0.10's fs gave
// its binding were (fs.read/fs.write's wrapper, fs.exists's cb): a stack then reads
// "Object.wrapper [as oncomplete]". Inside a domain it goes through FSReqWrap, which enters
// the domain and hands it the binding's completion as it came.
const RAW = Symbol('n10.fs.rawCompletion');

export function rawCompletion<F extends NativeCallback>(fn: F): F {
  (fn as unknown as Record<symbol, boolean>)[RAW] = true;
  return fn;
}

/** The error 0.10 handed a completion, from the binding's (or one made already). */
export function completionError(err: unknown): Error | null {
  if (!err) return null;
  return isBindingError(err) ? asyncError(err) : (err as Error);
}

function isRaw(cb: NativeCallback): boolean {
  return (cb as unknown as Record<symbol, boolean>)[RAW] === true;
}

function req<T>(cb: NativeCallback, kind: number): FSReq<T> {
  if (isRaw(cb) && !proc.domain) return { oncomplete: cb } as unknown as FSReq<T>;
  return new FSReqWrap(cb, kind) as unknown as FSReq<T>;
}

function rethrowSync(e: unknown, path?: string): never {
  if (!isBindingError(e)) throw e;
  throw own(syncError(e, path));
}

// 0.10's binding threw from native code: the stack of its error began with the fs.js function
// that called it (Object.fs.statSync), and Error.stackTraceLimit frames were the caller's. The
// errors made here are given that stack again as the call returns through entry(), so that
// this file's frames (and the binding's) neither show nor take the place of the program's.
const ours = new WeakSet<object>();

function own<E extends Error>(e: E): E {
  ours.add(e);
  return e;
}

const captureStackTrace = (Error as unknown as { captureStackTrace?: (o: object, fn: Function) => void }).captureStackTrace;

// An argument the binding refused in an asynchronous call: an uncaught report shows the line
// of 0.10's fs.<name>(…, callback) that called the binding (throw-sites.ts).
function entry<A extends unknown[], R>(fn: (...args: A) => R, asyncSite?: FsSite): (...args: A) => R {
  const call = function (...args: A): R {
    try {
      return fn(...args);
    } catch (e) {
      if (typeof e === 'object' && e !== null && ours.has(e)) {
        if (captureStackTrace !== undefined) captureStackTrace(e, call);
        if (asyncSite !== undefined && typeof args[args.length - 1] === 'function') sited(e, asyncSite);
      }
      throw e;
    }
  };
  return call;
}

// ---------------------------------------------------------------------------------------
// V8's value tests and conversions, as node_file.cc used them.

/** Value::IsInt32: a number that is an int32 (not -0). */
export function isInt32(v: unknown): v is number {
  return typeof v === 'number' && (v | 0) === v && !(v === 0 && 1 / v < 0);
}

/** Value::IsUint32 */
function isUint32(v: unknown): v is number {
  return typeof v === 'number' && v >>> 0 === v && !(v === 0 && 1 / v < 0);
}

/** node_file.cc's IsInt64(value->NumberValue()). */
function isInt64(n: number): boolean {
  return Number.isInteger(n) && n >= -9223372036854775808 && n < 9223372036854775808;
}

/** Value::Int32Value */
function int32Value(v: unknown): number {
  return (v as number) | 0;
}

/** Value::IntegerValue: ToInteger (NaN → 0). */
function integerValue(v: unknown): number {
  const n = Number(v);
  if (n !== n) return 0;
  return Math.trunc(n);
}

/** static_cast<int64_t>(double) as 0.10's V8 and libuv did it on x86-64: truncation, and
 * INT64_MIN (the "integer indefinite") for NaN, infinities and anything out of range. */
function int64Of(n: number): number {
  return n > -9223372036854775808 && n < 9223372036854775808 ? Math.trunc(n) : -9223372036854775808;
}

/** 0.10's GET_OFFSET: a number is a position (IntegerValue); anything else, and a negative
 * result (NaN and infinities become INT64_MIN), means "the current position". */
function offsetOf(v: unknown): Position {
  if (typeof v !== 'number') return -1;
  const n = int64Of(v);
  return n < 0 ? -1 : n;
}

function typeError(message: string): TypeError {
  return own(new TypeError(message));
}

const badArgument = (): TypeError => typeError('Bad argument');

function checkPath(path: unknown, what = 'path'): asserts path is string {
  if (typeof path !== 'string') throw typeError(what + ' must be a string');
}

function checkFd(fd: unknown): asserts fd is number {
  if (!isInt32(fd)) throw badArgument();
}

function isCallback(cb: unknown): cb is NativeCallback {
  return typeof cb === 'function';
}

// ---------------------------------------------------------------------------------------
// The calls. Each returns the sync result, or undefined when given a callback.

function openCall(path: unknown, flags: unknown, mode: unknown, cb?: NativeCallback): number | undefined {
  checkPath(path);
  if (!isInt32(flags)) throw typeError('flags must be an int');
  if (!isInt32(mode)) throw typeError('mode must be an int');
  if (isCallback(cb)) {
    binding.open(path, flags, mode, req<number>(cb, VALUE));
    return undefined;
  }
  try {
    return binding.open(path, flags, mode);
  } catch (e) {
    return rethrowSync(e);
  }
}

function closeCall(fd: unknown, cb?: NativeCallback): void {
  checkFd(fd);
  if (isCallback(cb)) return binding.close(fd, req<void>(cb, VOID));
  try {
    binding.close(fd);
  } catch (e) {
    rethrowSync(e);
  }
}

function checkBuffer(buffer: unknown): asserts buffer is Uint8Array {
  if (!(buffer instanceof Uint8Array)) throw own(new Error('Second argument needs to be a buffer'));
}

/** read(fd, buffer, offset, length, position[, cb]) → bytes read */
function readCall(fd: unknown, buffer: unknown, offset: unknown, length: unknown, position: unknown, cb?: NativeCallback): number | undefined {
  if (!isInt32(fd)) throw badArgument();
  checkBuffer(buffer);
  const size = buffer.length;
  const off = int32Value(offset);
  if (off < 0 || off >= size) throw own(new Error('Offset is out of bounds'));
  const len = int32Value(length);
  if (len < 0 || len > size - off) throw own(new Error('Length extends beyond buffer'));
  const pos = offsetOf(position);
  if (isCallback(cb)) {
    binding.read(fd, buffer, off, len, pos, req<number>(cb, VALUE));
    return undefined;
  }
  try {
    return binding.read(fd, buffer, off, len, pos);
  } catch (e) {
    return rethrowSync(e);
  }
}

/** write(fd, buffer, offset, length, position[, cb]) → bytes written */
function writeCall(fd: unknown, buffer: unknown, offset: unknown, length: unknown, position: unknown, cb?: NativeCallback): number | undefined {
  if (!isInt32(fd)) throw badArgument();
  checkBuffer(buffer);
  const size = buffer.length;
  const off = (offset as number) >>> 0;
  if (off >= size) throw own(new Error('Offset is out of bounds'));
  const len = int32Value(length);
  if (len < 0 || off + len > size) throw own(new Error('off + len > buffer.length'));
  if (position !== undefined && position !== null && !isInt64(Number(position))) throw typeError('Not an integer');
  const pos = offsetOf(position);
  if (isCallback(cb)) {
    binding.writeBuffer(fd, buffer, off, len, pos, req<number>(cb, VALUE));
    return undefined;
  }
  try {
    return binding.writeBuffer(fd, buffer, off, len, pos);
  } catch (e) {
    return rethrowSync(e);
  }
}

function renameCall(from: unknown, to: unknown, cb?: NativeCallback): void {
  checkPath(from, 'old path');
  checkPath(to, 'new path');
  if (isCallback(cb)) return binding.rename(from, to, req<void>(cb, VOID));
  try {
    binding.rename(from, to);
  } catch (e) {
    rethrowSync(e);
  }
}

function ftruncateCall(fd: unknown, length: unknown, cb?: NativeCallback): void {
  checkFd(fd);
  if (!isInt64(Number(length))) throw typeError('Not an integer');
  const len = integerValue(length);
  if (isCallback(cb)) return binding.ftruncate(fd, len, req<void>(cb, VOID));
  try {
    binding.ftruncate(fd, len);
  } catch (e) {
    rethrowSync(e);
  }
}

type PathCall = 'rmdir' | 'unlink';

function pathCall(name: PathCall, path: unknown, cb?: NativeCallback): void {
  checkPath(path);
  if (isCallback(cb)) return binding[name](path, req<void>(cb, VOID));
  try {
    binding[name](path);
  } catch (e) {
    rethrowSync(e);
  }
}

function rmdirCall(path: unknown, cb?: NativeCallback): void {
  pathCall('rmdir', path, cb);
}

function unlinkCall(path: unknown, cb?: NativeCallback): void {
  pathCall('unlink', path, cb);
}

function mkdirCall(path: unknown, mode: unknown, cb?: NativeCallback): void {
  if (typeof path !== 'string' || !isInt32(mode)) throw badArgument();
  if (isCallback(cb)) return binding.mkdir(path, mode, req<void>(cb, VOID));
  try {
    binding.mkdir(path, mode);
  } catch (e) {
    rethrowSync(e);
  }
}

function readdirCall(path: unknown, cb?: NativeCallback): string[] | undefined {
  checkPath(path);
  if (isCallback(cb)) {
    binding.readdir(path, req<string[]>(cb, VALUE));
    return undefined;
  }
  try {
    return binding.readdir(path);
  } catch (e) {
    return rethrowSync(e);
  }
}

function statCall(path: unknown, cb?: NativeCallback): Stats | undefined {
  checkPath(path);
  if (isCallback(cb)) {
    binding.stat(path, req<Float64Array>(cb, STATS));
    return undefined;
  }
  let a: Float64Array;
  try {
    a = binding.stat(path);
  } catch (e) {
    return rethrowSync(e);
  }
  return statsFromArray(a);
}

function lstatCall(path: unknown, cb?: NativeCallback): Stats | undefined {
  checkPath(path);
  if (isCallback(cb)) {
    binding.lstat(path, req<Float64Array>(cb, STATS));
    return undefined;
  }
  let a: Float64Array;
  try {
    a = binding.lstat(path);
  } catch (e) {
    return rethrowSync(e);
  }
  return statsFromArray(a);
}

function fstatCall(fd: unknown, cb?: NativeCallback): Stats | undefined {
  checkFd(fd);
  if (isCallback(cb)) {
    binding.fstat(fd, req<Float64Array>(cb, STATS));
    return undefined;
  }
  let a: Float64Array;
  try {
    a = binding.fstat(fd);
  } catch (e) {
    return rethrowSync(e);
  }
  return statsFromArray(a);
}

type FdCall = 'fsync' | 'fdatasync';

function fdCall(name: FdCall, fd: unknown, cb?: NativeCallback): void {
  checkFd(fd);
  if (isCallback(cb)) return binding[name](fd, req<void>(cb, VOID));
  try {
    binding[name](fd);
  } catch (e) {
    rethrowSync(e);
  }
}

function fsyncCall(fd: unknown, cb?: NativeCallback): void {
  fdCall('fsync', fd, cb);
}

function fdatasyncCall(fd: unknown, cb?: NativeCallback): void {
  fdCall('fdatasync', fd, cb);
}

// 0.10 named link's and symlink's arguments the other way round in its messages.
function checkTwoPaths(first: unknown, second: unknown): void {
  checkPath(first, 'dest path');
  checkPath(second, 'src path');
}

function linkCall(existing: unknown, newPath: unknown, cb?: NativeCallback): void {
  checkTwoPaths(existing, newPath);
  if (isCallback(cb)) return binding.link(existing as string, newPath as string, req<void>(cb, VOID));
  try {
    binding.link(existing as string, newPath as string);
  } catch (e) {
    rethrowSync(e);
  }
}

const SYMLINK_DIR = 1;
const SYMLINK_JUNCTION = 2;

/** type: 'dir', 'junction', 'file', or null; another string is an error. */
function symlinkCall(target: unknown, path: unknown, type: unknown, cb?: NativeCallback): void {
  checkTwoPaths(target, path);
  let flags = 0;
  if (typeof type === 'string') {
    if (type === 'dir') flags = SYMLINK_DIR;
    else if (type === 'junction') flags = SYMLINK_JUNCTION;
    else if (type !== 'file') throw own(new Error('Unknown symlink type'));
  }
  if (isCallback(cb)) return binding.symlink(target as string, path as string, flags, req<void>(cb, VOID));
  try {
    binding.symlink(target as string, path as string, flags);
  } catch (e) {
    // A failed sync symlink names the link's path, the async one its target (0.10).
    rethrowSync(e, path as string);
  }
}

function readlinkCall(path: unknown, cb?: NativeCallback): string | undefined {
  checkPath(path);
  if (isCallback(cb)) {
    binding.readlink(path, req<string>(cb, VALUE));
    return undefined;
  }
  try {
    return binding.readlink(path);
  } catch (e) {
    return rethrowSync(e);
  }
}

function chmodCall(path: unknown, mode: unknown, cb?: NativeCallback): void {
  if (typeof path !== 'string' || !isInt32(mode)) throw badArgument();
  if (isCallback(cb)) return binding.chmod(path, mode, req<void>(cb, VOID));
  try {
    binding.chmod(path, mode);
  } catch (e) {
    rethrowSync(e);
  }
}

function fchmodCall(fd: unknown, mode: unknown, cb?: NativeCallback): void {
  if (!isInt32(fd) || !isInt32(mode)) throw badArgument();
  if (isCallback(cb)) return binding.fchmod(fd, mode, req<void>(cb, VOID));
  try {
    binding.fchmod(fd, mode);
  } catch (e) {
    rethrowSync(e);
  }
}

function checkOwner(uid: unknown, gid: unknown): void {
  if (!isUint32(uid)) throw typeError('uid must be an unsigned int');
  if (!isUint32(gid)) throw typeError('gid must be an unsigned int');
}

function chownCall(path: unknown, uid: unknown, gid: unknown, cb?: NativeCallback): void {
  checkPath(path);
  checkOwner(uid, gid);
  // The binding takes ids as int32: 0xffffffff ("leave as is") is -1 there.
  const u = (uid as number) | 0;
  const g = (gid as number) | 0;
  if (isCallback(cb)) return binding.chown(path, u, g, req<void>(cb, VOID));
  try {
    binding.chown(path, u, g);
  } catch (e) {
    rethrowSync(e);
  }
}

function fchownCall(fd: unknown, uid: unknown, gid: unknown, cb?: NativeCallback): void {
  if (!isInt32(fd)) throw typeError('fd must be an int');
  checkOwner(uid, gid);
  const u = (uid as number) | 0;
  const g = (gid as number) | 0;
  if (isCallback(cb)) return binding.fchown(fd, u, g, req<void>(cb, VOID));
  try {
    binding.fchown(fd, u, g);
  } catch (e) {
    rethrowSync(e);
  }
}

function checkTimes(atime: unknown, mtime: unknown): void {
  if (typeof atime !== 'number') throw typeError('atime must be a number');
  if (typeof mtime !== 'number') throw typeError('mtime must be a number');
}

// libuv 0.10 set times with utime(2) for a path (whole seconds: the time_t of the double) and
// futimes(2) for a descriptor (a timeval: tv_sec the truncated seconds, tv_usec computed as an
// unsigned long, which wraps for negative times). The binding (libuv 1.x) takes exact
// fractional seconds, so the time 0.10 would have stored is computed here.
const TWO64_MOD_1E6 = 551616; // 2^64 % 1e6
const TWO63_MOD_1E6 = 775808; // 2^63 % 1e6 (INT64_MIN read as unsigned)

function utimeTime(t: number): number {
  return int64Of(t);
}

function futimeTime(t: number): number {
  const sec = int64Of(t);
  const micros = t * 1e6;
  let usec: number;
  if (!(micros > -9223372036854775808 && micros < 9223372036854775808)) usec = TWO63_MOD_1E6;
  else if (micros >= 0) usec = Math.trunc(micros) % 1e6;
  else usec = (((TWO64_MOD_1E6 + (Math.trunc(micros) % 1e6)) % 1e6) + 1e6) % 1e6;
  return sec + usec / 1e6;
}

/** Times in seconds. */
function utimesCall(path: unknown, atime: unknown, mtime: unknown, cb?: NativeCallback): void {
  checkPath(path);
  checkTimes(atime, mtime);
  const a = utimeTime(atime as number);
  const m = utimeTime(mtime as number);
  if (isCallback(cb)) return binding.utimes(path, a, m, req<void>(cb, NONE));
  try {
    binding.utimes(path, a, m);
  } catch (e) {
    rethrowSync(e);
  }
}

function futimesCall(fd: unknown, atime: unknown, mtime: unknown, cb?: NativeCallback): void {
  if (!isInt32(fd)) throw typeError('fd must be an int');
  checkTimes(atime, mtime);
  const a = futimeTime(atime as number);
  const m = futimeTime(mtime as number);
  if (isCallback(cb)) return binding.futimes(fd, a, m, req<void>(cb, NONE));
  try {
    binding.futimes(fd, a, m);
  } catch (e) {
    rethrowSync(e);
  }
}

// The calls as fs.js made them (see entry()).
export const open = entry(openCall, ASYNC_CALL_SITES.open);
export const close = entry(closeCall, ASYNC_CALL_SITES.close);
export const read = entry(readCall, ASYNC_CALL_SITES.read);
export const write = entry(writeCall, ASYNC_CALL_SITES.write);
export const rename = entry(renameCall, ASYNC_CALL_SITES.rename);
export const ftruncate = entry(ftruncateCall, ASYNC_CALL_SITES.ftruncate);
export const rmdir = entry(rmdirCall, ASYNC_CALL_SITES.rmdir);
export const unlink = entry(unlinkCall, ASYNC_CALL_SITES.unlink);
export const mkdir = entry(mkdirCall, ASYNC_CALL_SITES.mkdir);
export const readdir = entry(readdirCall, ASYNC_CALL_SITES.readdir);
export const stat = entry(statCall, ASYNC_CALL_SITES.stat);
export const lstat = entry(lstatCall, ASYNC_CALL_SITES.lstat);
export const fstat = entry(fstatCall, ASYNC_CALL_SITES.fstat);
export const fsync = entry(fsyncCall, ASYNC_CALL_SITES.fsync);
export const fdatasync = entry(fdatasyncCall, ASYNC_CALL_SITES.fdatasync);
export const link = entry(linkCall, ASYNC_CALL_SITES.link);
export const symlink = entry(symlinkCall, ASYNC_CALL_SITES.symlink);
export const readlink = entry(readlinkCall, ASYNC_CALL_SITES.readlink);
export const chmod = entry(chmodCall, ASYNC_CALL_SITES.chmod);
export const fchmod = entry(fchmodCall, ASYNC_CALL_SITES.fchmod);
export const chown = entry(chownCall, ASYNC_CALL_SITES.chown);
export const fchown = entry(fchownCall, ASYNC_CALL_SITES.fchown);
export const utimes = entry(utimesCall, ASYNC_CALL_SITES.utimes);
export const futimes = entry(futimesCall, ASYNC_CALL_SITES.futimes);
