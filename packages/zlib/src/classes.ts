// Class: zlib.Deflate, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw, Unzip — each a Zlib
// stream over a handle of its mode; callable without `new`, as in 0.10.
import { inherits } from '@n10/util';
import { Mode } from './modes';
import type { ModeNumber } from './modes';
import type { ZlibOptions } from './options';
import { Zlib } from './zlib-stream';
import type { ZlibStream } from './zlib-stream';

/** The constructor of one of the seven stream classes. */
export interface ZlibClass<S extends ZlibStream = ZlibStream> {
  new (opts?: ZlibOptions): S;
  (opts?: ZlibOptions): S;
  prototype: S;
  super_: typeof Zlib;
}

function setUp(self: ZlibStream, opts: ZlibOptions | undefined, mode: ModeNumber): void {
  Zlib.call(self, opts, mode);
}

/** Compress data using deflate. */
function Deflate(this: ZlibStream, opts?: ZlibOptions): ZlibStream | void {
  if (!(this instanceof Deflate)) return new (Deflate as unknown as ZlibClass)(opts);
  setUp(this, opts, Mode.DEFLATE);
}

/** Decompress a deflate stream. */
function Inflate(this: ZlibStream, opts?: ZlibOptions): ZlibStream | void {
  if (!(this instanceof Inflate)) return new (Inflate as unknown as ZlibClass)(opts);
  setUp(this, opts, Mode.INFLATE);
}

/** Compress data using gzip. */
function Gzip(this: ZlibStream, opts?: ZlibOptions): ZlibStream | void {
  if (!(this instanceof Gzip)) return new (Gzip as unknown as ZlibClass)(opts);
  setUp(this, opts, Mode.GZIP);
}

/** Decompress a gzip stream. */
function Gunzip(this: ZlibStream, opts?: ZlibOptions): ZlibStream | void {
  if (!(this instanceof Gunzip)) return new (Gunzip as unknown as ZlibClass)(opts);
  setUp(this, opts, Mode.GUNZIP);
}

/** Compress data using deflate, and do not append a zlib header. */
function DeflateRaw(this: ZlibStream, opts?: ZlibOptions): ZlibStream | void {
  if (!(this instanceof DeflateRaw)) return new (DeflateRaw as unknown as ZlibClass)(opts);
  setUp(this, opts, Mode.DEFLATERAW);
}

/** Decompress a raw deflate stream. */
function InflateRaw(this: ZlibStream, opts?: ZlibOptions): ZlibStream | void {
  if (!(this instanceof InflateRaw)) return new (InflateRaw as unknown as ZlibClass)(opts);
  setUp(this, opts, Mode.INFLATERAW);
}

/** Decompress either a gzip or a deflate stream, by its header (zlib's windowBits + 32). */
function Unzip(this: ZlibStream, opts?: ZlibOptions): ZlibStream | void {
  if (!(this instanceof Unzip)) return new (Unzip as unknown as ZlibClass)(opts);
  setUp(this, opts, Mode.UNZIP);
}

for (const Ctor of [Deflate, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw, Unzip]) inherits(Ctor, Zlib);

// One name each for the constructor (value) and the instance type, like a class.
const DeflateClass = Deflate as unknown as ZlibClass;
type DeflateClass = ZlibStream;
const InflateClass = Inflate as unknown as ZlibClass;
type InflateClass = ZlibStream;
const GzipClass = Gzip as unknown as ZlibClass;
type GzipClass = ZlibStream;
const GunzipClass = Gunzip as unknown as ZlibClass;
type GunzipClass = ZlibStream;
const DeflateRawClass = DeflateRaw as unknown as ZlibClass;
type DeflateRawClass = ZlibStream;
const InflateRawClass = InflateRaw as unknown as ZlibClass;
type InflateRawClass = ZlibStream;
const UnzipClass = Unzip as unknown as ZlibClass;
type UnzipClass = ZlibStream;

export {
  DeflateClass as Deflate,
  InflateClass as Inflate,
  GzipClass as Gzip,
  GunzipClass as Gunzip,
  DeflateRawClass as DeflateRaw,
  InflateRawClass as InflateRaw,
  UnzipClass as Unzip,
};
