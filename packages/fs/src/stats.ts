// fs.Stats: what stat/lstat/fstat and the watchFile listeners receive.
//
// As in 0.10, fs.Stats is a constructor taking no arguments (0.10's was native and
// anonymous: `fs.Stats.name` is ''), instances carry dev, mode, nlink, uid, gid, rdev,
// blksize, ino, size, blocks, atime, mtime, ctime as own properties in that order, and the
// three times are Dates with whole seconds (0.10 read st_atime, not st_atim). dev, mode,
// nlink, uid, gid, rdev and blksize were int32s there (a uid of 3000000000 reads as
// -1294967296); ino, size and blocks are plain numbers.
import binding from '@n10/binding';

export interface Stats {
  dev: number;
  mode: number;
  nlink: number;
  uid: number;
  gid: number;
  rdev: number;
  blksize: number;
  ino: number;
  size: number;
  blocks: number;
  atime: Date;
  mtime: Date;
  ctime: Date;
  /** true when (mode & S_IFMT) === property */
  _checkModeProperty(property: number): boolean;
  isDirectory(): boolean;
  isFile(): boolean;
  isBlockDevice(): boolean;
  isCharacterDevice(): boolean;
  /** Only meaningful for lstat results. */
  isSymbolicLink(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
}

export interface StatsConstructor {
  new (): Stats;
  (this: Stats): void;
  readonly prototype: Stats;
}

const c = binding.constants.fs;
const S_IFMT = c.S_IFMT ?? 0o170000;
const S_IFDIR = c.S_IFDIR ?? 0o040000;
const S_IFREG = c.S_IFREG ?? 0o100000;
const S_IFBLK = c.S_IFBLK ?? 0o060000;
const S_IFCHR = c.S_IFCHR ?? 0o020000;
const S_IFLNK = c.S_IFLNK ?? 0o120000;
const S_IFIFO = c.S_IFIFO ?? 0o010000;
const S_IFSOCK = c.S_IFSOCK ?? 0o140000;

// An anonymous function expression, so that its name stays '' as 0.10's.
export const Stats: StatsConstructor = [function (this: Stats): void {}][0] as unknown as StatsConstructor;

const proto = Stats.prototype;
proto._checkModeProperty = function (this: Stats, property: number): boolean {
  return (this.mode & S_IFMT) === property;
};
proto.isDirectory = function (this: Stats): boolean {
  return this._checkModeProperty(S_IFDIR);
};
proto.isFile = function (this: Stats): boolean {
  return this._checkModeProperty(S_IFREG);
};
proto.isBlockDevice = function (this: Stats): boolean {
  return this._checkModeProperty(S_IFBLK);
};
proto.isCharacterDevice = function (this: Stats): boolean {
  return this._checkModeProperty(S_IFCHR);
};
proto.isSymbolicLink = function (this: Stats): boolean {
  return this._checkModeProperty(S_IFLNK);
};
proto.isFIFO = function (this: Stats): boolean {
  return this._checkModeProperty(S_IFIFO);
};
proto.isSocket = function (this: Stats): boolean {
  return this._checkModeProperty(S_IFSOCK);
};

/** Whole seconds, as 0.10 (time_t) had them. */
function secondsDate(ms: number): Date {
  return new Date(Math.floor(ms / 1000) * 1000);
}

// Builds instances with every field assigned in 0.10's order in one constructor, so they all
// share one hidden class (faster than filling an empty `new Stats()`); same prototype, so
// `instanceof fs.Stats` and `.constructor` are 0.10's.
const Filled = function (this: Stats, a: Float64Array): void {
  this.dev = a[0] | 0;
  this.mode = a[1] | 0;
  this.nlink = a[2] | 0;
  this.uid = a[3] | 0;
  this.gid = a[4] | 0;
  this.rdev = a[5] | 0;
  this.blksize = a[6] | 0;
  this.ino = a[7];
  this.size = a[8];
  this.blocks = a[9];
  this.atime = secondsDate(a[10]);
  this.mtime = secondsDate(a[11]);
  this.ctime = secondsDate(a[12]);
} as unknown as new (a: Float64Array) => Stats;
Filled.prototype = proto;

/** A Stats from the binding's Float64Array (STAT_FIELDS order). */
export function statsFromArray(a: Float64Array): Stats {
  return new Filled(a);
}
