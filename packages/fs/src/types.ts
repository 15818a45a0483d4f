// The public shape of node 0.10's require('fs'), for TypeScript callers.
import type { BufferInstance, ForeignBuffer } from '@n10/buffer';
import type { FsError } from './errors';
import type { FSWatcher, FSWatcherConstructor } from './watch';
import type { StatWatcher } from './watch-file';
import type { ReadStream, ReadStreamConstructor, ReadStreamOptions } from './read-stream';
import type { WriteStream, WriteStreamConstructor, WriteStreamOptions } from './write-stream';
import type { Stats, StatsConstructor } from './stats';
import type { SyncWriteStreamConstructor, SyncWriteStreamInstance } from './sync-write-stream';

export type { SyncWriteStreamConstructor, SyncWriteStreamInstance };
export type { FsError, Stats, StatsConstructor, FSWatcher, FSWatcherConstructor, StatWatcher };
export type { ReadStream, ReadStreamConstructor, ReadStreamOptions, WriteStream, WriteStreamConstructor, WriteStreamOptions };

export type Buffer = BufferInstance;
/** What fs takes where 0.10 took a Buffer: n10's, or a foreign one (a current Node's own, npm `buffer`'s). */
export type BufferArg = Buffer | ForeignBuffer;
/** A path: 0.10 required strings (non-strings are TypeErrors from the binding). */
export type PathLike = string;
/** A mode: a number, or an octal string such as '0644'. */
export type Mode = number | string;
/** An open flag string ('r', 'r+', 'rs', 'rs+', 'w', 'wx', 'w+', 'wx+', 'a', 'ax', 'a+',
 * 'ax+') or the O_* number. */
export type OpenFlags = string | number;
/** Seconds since the epoch, or a Date. */
export type Time = number | Date;

export type NoResultCallback = (err: FsError | null) => void;
export type ResultCallback<T> = (err: FsError | null, result: T) => void;
export type ReadCallback = (err: FsError | null, bytesRead: number, buffer: Buffer) => void;
export type WriteCallback = (err: FsError | null | undefined, written: number, buffer?: Buffer) => void;
/** The legacy string form of fs.read: (err, string, bytesRead). */
export type ReadStringCallback = (err: FsError | null, str: string, bytesRead: number) => void;

export interface ReadFileOptions {
  encoding?: string | null;
  flag?: OpenFlags;
}

export interface WriteFileOptions {
  encoding?: string | null;
  mode?: Mode;
  flag?: OpenFlags;
}

export interface WatchOptions {
  /** Keep the process running while watching. Default true. */
  persistent?: boolean;
}

export interface WatchFileOptions {
  persistent?: boolean;
  /** Poll interval in ms. Default 5007. */
  interval?: number;
}

export type WatchListener = (event: 'rename' | 'change', filename: string | null) => void;
export type WatchFileListener = (curr: Stats, prev: Stats) => void;
export type RealpathCache = Record<string, string>;

/** The value of require('fs'), key for key as node 0.10.19 on Linux (no lchmod, lchown:
 * 0.10 defined those only where O_SYMLINK exists). */
export interface FsModule {
  Stats: StatsConstructor;
  exists(path: PathLike, callback?: (exists: boolean) => void): void;
  existsSync(path: PathLike): boolean;
  readFile(filename: PathLike, callback: ResultCallback<Buffer>): void;
  readFile(filename: PathLike, options: string | ReadFileOptions | null | undefined, callback: ResultCallback<string | Buffer>): void;
  readFileSync(filename: PathLike, options?: string | ReadFileOptions | null): string | Buffer;
  close(fd: number, callback?: NoResultCallback): void;
  closeSync(fd: number): void;
  open(path: PathLike, flags: OpenFlags, callback: ResultCallback<number>): void;
  open(path: PathLike, flags: OpenFlags, mode: Mode | null | undefined, callback: ResultCallback<number>): void;
  openSync(path: PathLike, flags: OpenFlags, mode?: Mode | null): number;
  read(fd: number, buffer: BufferArg, offset: number, length: number, position: number | null | undefined, callback?: ReadCallback): void;
  read(fd: number, length: number, position: number | null | undefined, encoding: string | null | undefined, callback?: ReadStringCallback): void;
  readSync(fd: number, buffer: BufferArg, offset: number, length: number, position?: number | null): number;
  readSync(fd: number, length: number, position: number | null | undefined, encoding?: string | null): [string, number];
  write(fd: number, buffer: BufferArg, offset: number, length: number, position: number | null | undefined, callback?: WriteCallback): void;
  write(fd: number, data: unknown, position?: number | null, encoding?: string | null, callback?: WriteCallback): void;
  writeSync(fd: number, buffer: BufferArg, offset: number, length: number, position?: number | null): number;
  writeSync(fd: number, data: unknown, position?: number | null, encoding?: string | null): number;
  rename(oldPath: PathLike, newPath: PathLike, callback?: NoResultCallback): void;
  renameSync(oldPath: PathLike, newPath: PathLike): void;
  truncate(path: PathLike | number, len?: number | NoResultCallback, callback?: NoResultCallback): void;
  truncateSync(path: PathLike | number, len?: number): void;
  ftruncate(fd: number, len?: number | NoResultCallback, callback?: NoResultCallback): void;
  ftruncateSync(fd: number, len?: number): void;
  rmdir(path: PathLike, callback?: NoResultCallback): void;
  rmdirSync(path: PathLike): void;
  fdatasync(fd: number, callback?: NoResultCallback): void;
  fdatasyncSync(fd: number): void;
  fsync(fd: number, callback?: NoResultCallback): void;
  fsyncSync(fd: number): void;
  mkdir(path: PathLike, mode?: Mode | NoResultCallback | null, callback?: NoResultCallback): void;
  mkdirSync(path: PathLike, mode?: Mode | null): void;
  readdir(path: PathLike, callback?: ResultCallback<string[]>): void;
  readdirSync(path: PathLike): string[];
  fstat(fd: number, callback?: ResultCallback<Stats>): void;
  lstat(path: PathLike, callback?: ResultCallback<Stats>): void;
  stat(path: PathLike, callback?: ResultCallback<Stats>): void;
  fstatSync(fd: number): Stats;
  lstatSync(path: PathLike): Stats;
  statSync(path: PathLike): Stats;
  readlink(path: PathLike, callback?: ResultCallback<string>): void;
  readlinkSync(path: PathLike): string;
  /** type: 'dir', 'file' or 'junction' (Windows); ignored elsewhere. */
  symlink(srcpath: PathLike, dstpath: PathLike, type?: string | NoResultCallback | null, callback?: NoResultCallback): void;
  symlinkSync(srcpath: PathLike, dstpath: PathLike, type?: string | null): void;
  link(srcpath: PathLike, dstpath: PathLike, callback?: NoResultCallback): void;
  linkSync(srcpath: PathLike, dstpath: PathLike): void;
  unlink(path: PathLike, callback?: NoResultCallback): void;
  unlinkSync(path: PathLike): void;
  fchmod(fd: number, mode: Mode, callback?: NoResultCallback): void;
  fchmodSync(fd: number, mode: Mode): void;
  chmod(path: PathLike, mode: Mode, callback?: NoResultCallback): void;
  chmodSync(path: PathLike, mode: Mode): void;
  fchown(fd: number, uid: number, gid: number, callback?: NoResultCallback): void;
  fchownSync(fd: number, uid: number, gid: number): void;
  chown(path: PathLike, uid: number, gid: number, callback?: NoResultCallback): void;
  chownSync(path: PathLike, uid: number, gid: number): void;
  _toUnixTimestamp(time: Time): number;
  utimes(path: PathLike, atime: Time, mtime: Time, callback?: (err?: FsError) => void): void;
  utimesSync(path: PathLike, atime: Time, mtime: Time): void;
  futimes(fd: number, atime: Time, mtime: Time, callback?: (err?: FsError) => void): void;
  futimesSync(fd: number, atime: Time, mtime: Time): void;
  writeFile(filename: PathLike, data: unknown, callback?: NoResultCallback): void;
  writeFile(filename: PathLike, data: unknown, options: string | WriteFileOptions | null | undefined, callback?: NoResultCallback): void;
  writeFileSync(filename: PathLike, data: unknown, options?: string | WriteFileOptions | null): void;
  appendFile(filename: PathLike, data: unknown, callback?: NoResultCallback): void;
  appendFile(filename: PathLike, data: unknown, options: string | WriteFileOptions | null | undefined, callback?: NoResultCallback): void;
  appendFileSync(filename: PathLike, data: unknown, options?: string | WriteFileOptions | null): void;
  watch(filename: PathLike, listener?: WatchListener): FSWatcher;
  watch(filename: PathLike, options: WatchOptions, listener?: WatchListener): FSWatcher;
  watchFile(filename: PathLike, listener: WatchFileListener): StatWatcher;
  watchFile(filename: PathLike, options: WatchFileOptions, listener: WatchFileListener): StatWatcher;
  unwatchFile(filename: PathLike, listener?: WatchFileListener): void;
  realpathSync(path: PathLike, cache?: RealpathCache | null): string;
  realpath(path: PathLike, callback: ResultCallback<string>): void;
  realpath(path: PathLike, cache: RealpathCache | null | undefined, callback: ResultCallback<string>): void;
  createReadStream(path: PathLike | null, options?: ReadStreamOptions): ReadStream;
  ReadStream: ReadStreamConstructor;
  FileReadStream: ReadStreamConstructor;
  createWriteStream(path: PathLike | null, options?: WriteStreamOptions): WriteStream;
  WriteStream: WriteStreamConstructor;
  FileWriteStream: WriteStreamConstructor;
  SyncWriteStream: SyncWriteStreamConstructor;
}
