// @n10/zlib: node 0.10's require('zlib'), portable (compression by pako).
//
// The module object has 0.10's members in 0.10's order: the handle class `Zlib` and the Z_*
// constants (which 0.10 copied from its binding), the limits, `codes`, the seven stream
// classes, their create* functions and the seven convenience methods. The stream base class
// (zlib-stream.ts) is not on it, as in 0.10. handle.ts is the seam where a native zlib can
// replace pako.
import { Deflate, DeflateRaw, Gunzip, Gzip, Inflate, InflateRaw, Unzip } from './classes';
import type { ZlibClass } from './classes';
import { codes, flushes, limits, returnCodes, tuning, version } from './constants';
import type { Codes } from './constants';
import { deflate, deflateRaw, gunzip, gzip, inflate, inflateRaw, unzip } from './convenience';
import type { ZlibCallback, ZlibInput } from './convenience';
import { Zlib } from './handle';
import type { ZlibHandle } from './handle';
import type { ZlibOptions } from './options';
import type { ZlibStream } from './zlib-stream';

export type { ZlibOptions } from './options';
export type { ZlibCallback, ZlibInput } from './convenience';
export type { ZlibStream, ZlibError, ZlibConstructor } from './zlib-stream';
export type { ZlibClass } from './classes';
export type { ZlibHandle, ZlibHandleConstructor, ModeNumber } from './handle';
export type { Codes } from './constants';

type Flushes = typeof flushes;
type ReturnCodes = typeof returnCodes;
type Tuning = typeof tuning;
type Version = typeof version;
type Limits = typeof limits;

/** require('zlib') of node 0.10. */
export interface ZlibModule extends Flushes, ReturnCodes, Tuning, Version, Limits {
  /** The handle class (0.10's binding.Zlib). */
  Zlib: { new (mode: number): ZlibHandle; prototype: ZlibHandle };
  codes: Codes;
  Deflate: ZlibClass;
  Inflate: ZlibClass;
  Gzip: ZlibClass;
  Gunzip: ZlibClass;
  DeflateRaw: ZlibClass;
  InflateRaw: ZlibClass;
  Unzip: ZlibClass;
  createDeflate(options?: ZlibOptions): ZlibStream;
  createInflate(options?: ZlibOptions): ZlibStream;
  createDeflateRaw(options?: ZlibOptions): ZlibStream;
  createInflateRaw(options?: ZlibOptions): ZlibStream;
  createGzip(options?: ZlibOptions): ZlibStream;
  createGunzip(options?: ZlibOptions): ZlibStream;
  createUnzip(options?: ZlibOptions): ZlibStream;
  deflate(buf: ZlibInput, callback: ZlibCallback): void;
  gzip(buf: ZlibInput, callback: ZlibCallback): void;
  deflateRaw(buf: ZlibInput, callback: ZlibCallback): void;
  unzip(buf: ZlibInput, callback: ZlibCallback): void;
  inflate(buf: ZlibInput, callback: ZlibCallback): void;
  gunzip(buf: ZlibInput, callback: ZlibCallback): void;
  inflateRaw(buf: ZlibInput, callback: ZlibCallback): void;
}

const createDeflate = function (o?: ZlibOptions) {
  return new Deflate(o);
};
const createInflate = function (o?: ZlibOptions) {
  return new Inflate(o);
};
const createDeflateRaw = function (o?: ZlibOptions) {
  return new DeflateRaw(o);
};
const createInflateRaw = function (o?: ZlibOptions) {
  return new InflateRaw(o);
};
const createGzip = function (o?: ZlibOptions) {
  return new Gzip(o);
};
const createGunzip = function (o?: ZlibOptions) {
  return new Gunzip(o);
};
const createUnzip = function (o?: ZlibOptions) {
  return new Unzip(o);
};

// 0.10's create* and convenience functions were anonymous ([Function] when inspected).
for (const fn of [
  createDeflate,
  createInflate,
  createDeflateRaw,
  createInflateRaw,
  createGzip,
  createGunzip,
  createUnzip,
  deflate,
  gzip,
  deflateRaw,
  unzip,
  inflate,
  gunzip,
  inflateRaw,
]) {
  Object.defineProperty(fn, 'name', { value: '', configurable: true });
}

const zlib: ZlibModule = {
  Zlib,
  ...flushes,
  ...returnCodes,
  ...tuning,
  ...version,
  ...limits,
  codes,
  Deflate,
  Inflate,
  Gzip,
  Gunzip,
  DeflateRaw,
  InflateRaw,
  Unzip,
  createDeflate,
  createInflate,
  createDeflateRaw,
  createInflateRaw,
  createGzip,
  createGunzip,
  createUnzip,
  deflate,
  gzip,
  deflateRaw,
  unzip,
  inflate,
  gunzip,
  inflateRaw,
};

export {
  Zlib,
  codes,
  Deflate,
  Inflate,
  Gzip,
  Gunzip,
  DeflateRaw,
  InflateRaw,
  Unzip,
  createDeflate,
  createInflate,
  createDeflateRaw,
  createInflateRaw,
  createGzip,
  createGunzip,
  createUnzip,
  deflate,
  gzip,
  deflateRaw,
  unzip,
  inflate,
  gunzip,
  inflateRaw,
};
export default zlib;
