// @n10/tty: node 0.10's require('tty'): isatty, and the ReadStreamInstance/WriteStreamInstance that
// process.stdin/stdout are on a terminal: net.Sockets over a binding TTY handle.
import binding from '@n10/binding';
import net from '@n10/net';
import type { SocketInstance, SocketOptions } from '@n10/net';
import process from '@n10/process';
import util from '@n10/util';
import { clearLine, clearScreenDown, cursorTo, moveCursor } from './cursor';
import { sited } from './throw-sites';

export interface ReadStreamInstance extends SocketInstance {
  isRaw: boolean;
  isTTY: true;
  /** Raw mode: keys arrive one by one, unprocessed (no echo, no line editing, no ^C). */
  setRawMode(mode: boolean): void;
}

export interface WriteStreamInstance extends SocketInstance {
  isTTY: true;
  columns?: number;
  rows?: number;
  _refreshSize(): void;
  cursorTo(x: number, y?: number): void;
  moveCursor(dx: number, dy: number): void;
  clearLine(dir: number): void;
  clearScreenDown(): void;
  getWindowSize(): [number | undefined, number | undefined];
}

interface Ctor<T> {
  new (fd: number, options?: SocketOptions): T;
  (fd: number, options?: SocketOptions): T;
  prototype: T;
  super_: unknown;
}

const Socket = net.Socket as unknown as { call(self: object, options: SocketOptions): void };

/** 0.10 took the descriptor's Int32Value ('x' and null are 0); a negative one aborted 0.10. */
function isatty(fd: number): boolean {
  return binding.isTTY(Number(fd) | 0);
}

function ReadStream(this: ReadStreamInstance, fd: number, options?: SocketOptions): ReadStreamInstance | void {
  if (!(this instanceof ReadStream)) return new (ReadStream as unknown as Ctor<ReadStreamInstance>)(fd, options);
  const opts = util._extend(
    { highWaterMark: 0, readable: true, writable: false, handle: new binding.TTY(fd, true) },
    options || {},
  ) as SocketOptions;
  Socket.call(this, opts);
  this.isRaw = false;
  (this as { isTTY: boolean }).isTTY = true;
}
const ReadStreamCtor = ReadStream as unknown as Ctor<ReadStreamInstance>;
util.inherits(ReadStreamCtor, net.Socket);

ReadStreamCtor.prototype.setRawMode = function (this: ReadStreamInstance, flag: boolean) {
  const raw = !!flag;
  (this._handle as unknown as { setRawMode(raw: boolean): number }).setRawMode(raw);
  this.isRaw = raw;
};

function WriteStream(this: WriteStreamInstance, fd: number): WriteStreamInstance | void {
  if (!(this instanceof WriteStream)) return new (WriteStream as unknown as Ctor<WriteStreamInstance>)(fd);
  Socket.call(this, { handle: new binding.TTY(fd, false) as SocketOptions["handle"], readable: false, writable: true });
  const size: number[] = [];
  const err = (this._handle as unknown as { getWindowSize(out: number[]): number }).getWindowSize(size);
  if (!err) {
    this.columns = size[0];
    this.rows = size[1];
  }
}
const WriteStreamCtor = WriteStream as unknown as Ctor<WriteStreamInstance>;
util.inherits(WriteStreamCtor, net.Socket);

// `proto`: the runtime names methods assigned through a protoN alias after their class
// (WriteStream.cursorTo), as 0.10's V8 did.
const proto = WriteStreamCtor.prototype as WriteStreamInstance & Record<string, unknown>;
(proto as { isTTY: boolean }).isTTY = true;

// On SIGWINCH (process.stdout listens): read the size again; 'resize' when it changed.
proto._refreshSize = function (this: WriteStreamInstance) {
  const oldCols = this.columns;
  const oldRows = this.rows;
  const size: number[] = [];
  const err = (this._handle as unknown as { getWindowSize(out: number[]): number }).getWindowSize(size);
  if (err) {
    this.emit('error', binding.errnoException(err, 'getWindowSize'));
    return;
  }
  const [cols, rows] = size;
  if (oldCols !== cols || oldRows !== rows) {
    this.columns = cols;
    this.rows = rows;
    this.emit('resize');
  }
};

// The cursor helpers 0.10 kept here for backwards compatibility (readline's, in 0.10).
proto.cursorTo = function (this: WriteStreamInstance, x: number, y?: number) {
  cursorTo(this, x, y);
};
proto.moveCursor = function (this: WriteStreamInstance, dx: number, dy: number) {
  moveCursor(this, dx, dy);
};
proto.clearLine = function (this: WriteStreamInstance, dir: number) {
  clearLine(this, dir);
};
proto.clearScreenDown = function (this: WriteStreamInstance) {
  clearScreenDown(this);
};
proto.getWindowSize = function (this: WriteStreamInstance) {
  return [this.columns, this.rows];
};

const setRawMode = util.deprecate(function (flag: boolean) {
  const stdin = process.stdin as unknown as Partial<ReadStreamInstance>;
  if (!stdin.isTTY || !stdin.setRawMode) throw sited(new Error("can't set raw mode on non-tty"), 'tty.js', 37, "    throw new Error('can\\'t set raw mode on non-tty');");
  stdin.setRawMode(flag);
}, 'tty.setRawMode: Use `process.stdin.setRawMode()` instead.');

const tty = {
  isatty: function (fd: number) {
    return isatty(fd);
  },
  setRawMode,
  ReadStream: ReadStreamCtor,
  WriteStream: WriteStreamCtor,
};

export { ReadStreamCtor as ReadStream, WriteStreamCtor as WriteStream, isatty, setRawMode };
// Today's engines name a function after the property or variable it is assigned to; 0.10's
// `exports.isatty = function (…)` had '' (what util.inspect and a program reading .name see).
Object.defineProperty(tty.isatty, 'name', { value: '', configurable: true });

export default tty;
