// net.SocketInstance: node 0.10's Duplex over a stream handle (TCP, Pipe or TTY from @n10/binding).
//
// The policy is 0.10's lib/net.js: reads start when the readable side wants data and stop
// when push() says the buffer is full; a write completes at once when the handle took all
// of it (writeQueueSize 0) and otherwise when the handle reports it written, which is how
// backpressure reaches the Writable side; end() shuts the handle down once everything is
// written; the two sides close independently only with allowHalfOpen; errors become one
// 'error' event with 0.10's errno/code/syscall, then 'close'.
import type { ConnectReq, ShutdownReq, SocketAddress, StreamHandle, TCP, WriteReq } from '@n10/binding';
import { Buffer } from '@n10/buffer';
import { fromUint8Array } from '@n10/buffer/internal';
import process from '@n10/process';
import stream from '@n10/stream';
import type { DuplexConstructor, DuplexOptions, WriteCallback } from '@n10/stream';

// (@n10/stream's `Duplex` export is the constructor; the instance type is its instance type.)
type Duplex = InstanceType<DuplexConstructor>;
import timers from '@n10/timers';
import { inherits } from '@n10/util';
import { lookup } from './lookup';
import { binding } from './native';
import { sited } from './throw-sites';

/** A handle with the fields 0.10's net keeps on it. */
export type SocketHandle = StreamHandle & {
  owner?: SocketInstance;
  open?(fd: number): number;
  reading?: boolean;
  getsockname?(out: Partial<SocketAddress>): number;
  getpeername?(out: Partial<SocketAddress>): number;
  setNoDelay?(enable: boolean): number;
  setKeepAlive?(enable: boolean, delay?: number): number;
};

export interface SocketOptions extends DuplexOptions {
  /** An open stream handle to wrap (what tty and the server use). */
  handle?: SocketHandle;
  /** A file descriptor to wrap, as a Pipe. */
  fd?: number;
  allowHalfOpen?: boolean;
  readable?: boolean;
  writable?: boolean;
}

export interface SocketInstance extends Duplex {
  _connecting: boolean;
  _handle: SocketHandle | null;
  onend: (() => void) | null;
  destroyed: boolean;
  errorEmitted: boolean;
  bytesRead: number;
  _bytesDispatched: number;
  _pendingData: unknown;
  _pendingEncoding: string;
  _consuming?: boolean;
  _peername?: Partial<SocketAddress>;
  _sockname?: Partial<SocketAddress>;
  _idleTimeout?: number;
  server?: { _connections: number; _emitCloseIfDrained?(): void } | null;
  /** The legacy data hook (0.10's http parser): called instead of push() when set. */
  ondata?: ((buffer: Buffer, start: number, end: number) => void) | null;
  readonly readyState: 'opening' | 'open' | 'readOnly' | 'writeOnly' | 'closed';
  readonly bufferSize: number | undefined;
  readonly remoteAddress: string | undefined;
  readonly remotePort: number | undefined;
  readonly localAddress: string | undefined;
  readonly localPort: number | undefined;
  readonly bytesWritten: number;
  setTimeout(msecs: number, callback?: () => void): void;
  _onTimeout(): void;
  setNoDelay(noDelay?: boolean): void;
  setKeepAlive(enable?: boolean, initialDelay?: number): void;
  address(): Partial<SocketAddress> | null;
  destroySoon(): void;
  _destroy(exception?: Error | null, cb?: WriteCallback): void;
  destroy(exception?: Error | null): void;
  _getpeername(): Partial<SocketAddress>;
  _getsockname(): Partial<SocketAddress>;
  connect(options: ConnectOptions, connectListener?: () => void): SocketInstance;
  connect(port: number | string, host?: string, connectListener?: () => void): SocketInstance;
  connect(path: string, connectListener?: () => void): SocketInstance;
  ref(): void;
  unref(): void;
  listen(...args: unknown[]): void;
}

export interface SocketConstructor {
  new (options?: SocketOptions | number): SocketInstance;
  (options?: SocketOptions | number): SocketInstance;
  (this: SocketInstance, options?: SocketOptions | number): void;
  prototype: SocketInstance;
  super_: unknown;
}

type WriteRequest = WriteReq & { cb?: WriteCallback; oncomplete: typeof afterWrite };

const Readable = stream.Readable;
const DuplexCtor = stream.Duplex as unknown as { call(self: object, options: SocketOptions): void; prototype: Duplex };

function noop(): void {}

/** 0.10's errnoException(err, syscall): Error('<syscall> <CODE>'), code = errno = CODE. */
export function errnoException(err: number, syscall: string): Error {
  return binding().errnoException(err, syscall);
}

/** A handle for a descriptor of a pipe or a TCP socket (0.10's createHandle: a frame of the stack of its error). */
function createHandle(fd: number): SocketHandle {
  const b = binding();
  // 0.10's C++ read the descriptor as an int32 ('3' is 3, 0.5 is 0).
  const type = b.guessHandleType(fd | 0);
  if (type === 'PIPE') return new b.Pipe() as SocketHandle;
  if (type === 'TCP') return new b.TCP() as SocketHandle;
  throw sited(new TypeError('Unsupported fd type: ' + type), 50);
}

function Socket(this: SocketInstance, options?: SocketOptions | number): SocketInstance | void {
  if (!(this instanceof Socket)) return new (Socket as unknown as SocketConstructor)(options);

  this._connecting = false;
  this._handle = null;

  let opts: SocketOptions;
  if (typeof options === 'number') opts = { fd: options }; // the legacy interface
  else if (options === undefined) opts = {};
  else opts = options;
  // A socket is not half-open unless asked (Duplex defaults the other way).
  if (!opts.allowHalfOpen) opts.allowHalfOpen = false;

  DuplexCtor.call(this, opts);

  if (opts.handle) {
    this._handle = opts.handle;
  } else if (opts.fd !== undefined) {
    const handle = createHandle(opts.fd);
    // 0.10 did not look at what open() returned.
    (handle.open as (fd: number) => number)(opts.fd | 0);
    this._handle = handle;
    this.readable = opts.readable !== false;
    this.writable = opts.writable !== false;
  } else {
    // Set once there is a connection.
    this.readable = this.writable = false;
  }

  this.onend = null;

  // Shut the socket down when both sides are done with it.
  this.on('finish', onSocketFinish);
  this.on('_socketEnd', onSocketEnd);

  initSocketHandle(this);

  this._pendingData = null;
  this._pendingEncoding = '';

  // Strings go to the handle as they are (it encodes them).
  this._writableState.decodeStrings = false;

  // With a handle, start the flow of data into the buffer (unless it is not to be read).
  if (this._handle && opts.readable !== false) this.read(0);
}

const SocketCtor = Socket as unknown as SocketConstructor;
inherits(SocketCtor, stream.Duplex);

export function initSocketHandle(self: SocketInstance): void {
  self.destroyed = false;
  self.errorEmitted = false;
  self.bytesRead = 0;
  self._bytesDispatched = 0;
  // Handle creation may be deferred to connect() (or a server's bind).
  if (self._handle) {
    self._handle.owner = self;
    self._handle.onread = onread;
  }
}

// The user has called end() and everything written is out. If the readable side is done
// too (or half-open is not allowed), destroy; else shut the writable side down only.
function onSocketFinish(this: SocketInstance): void {
  if (this._connecting) {
    this.once('connect', onSocketFinish);
    return;
  }
  if (!this.readable || this._readableState.ended) {
    this.destroy();
    return;
  }
  const handle = this._handle;
  if (!handle || !handle.shutdown) {
    this.destroy();
    return;
  }
  const req: ShutdownReq = { oncomplete: afterShutdown };
  const err = handle.shutdown(req);
  if (err) this._destroy(errnoException(err, 'shutdown'));
}

function afterShutdown(_status: number, handle: StreamHandle): void {
  const self = (handle as SocketHandle).owner as SocketInstance;
  // The callback may come after a destroy().
  if (self.destroyed) return;
  if (self._readableState.ended) self.destroy();
  else self.once('_socketEnd', self.destroy);
}

// The peer's EOF arrived: no more bytes are coming. Clean up if the writable side is done.
function onSocketEnd(this: SocketInstance): void {
  this._readableState.ended = true;
  if (this._readableState.endEmitted) {
    this.readable = false;
    maybeDestroy(this);
  } else {
    this.once('end', function (this: SocketInstance) {
      this.readable = false;
      maybeDestroy(this);
    });
    this.read(0);
  }
  if (!this.allowHalfOpen) {
    this.write = writeAfterFIN as SocketInstance['write'];
    this.destroySoon();
  }
}

// After the peer's FIN, a clearer error than "write after end".
function writeAfterFIN(this: SocketInstance, _chunk: unknown, encoding?: unknown, cb?: unknown): boolean {
  const callback = typeof encoding === 'function' ? encoding : cb;
  const er = new Error('This socket has been ended by the other party') as Error & { code: string };
  er.code = 'EPIPE';
  this.emit('error', er);
  if (typeof callback === 'function') {
    process.nextTick(() => {
      (callback as (e: Error) => void)(er);
    });
  }
  // 0.10's returned nothing.
  return undefined as unknown as boolean;
}

const proto = SocketCtor.prototype as SocketInstance & Record<string, unknown>;

proto.read = function (this: SocketInstance, n?: number) {
  if (n === 0) return Readable.prototype.read.call(this, n);
  // Past the first real read, use Readable's read directly.
  this.read = Readable.prototype.read;
  this._consuming = true;
  return this.read(n);
} as SocketInstance['read'];

// 0.10's legacy Socket#listen went through the server's listen machinery, which a Socket
// lacks: it threw. (Kept for the shape of Socket.prototype.)
proto.listen = function (this: SocketInstance, ...args: unknown[]) {
  this.on('connection', args[0] as () => void);
  throw new TypeError("Object #<Socket> has no method '_listen2'");
};

proto.setTimeout = function (this: SocketInstance, msecs: number, callback?: () => void) {
  if (msecs > 0 && !isNaN(msecs) && isFinite(msecs)) {
    timers.enroll(this as never, msecs);
    (timers as unknown as { _unrefActive(item: unknown): void })._unrefActive(this);
    if (callback) this.once('timeout', callback);
  } else if (msecs === 0) {
    timers.unenroll(this as never);
    if (callback) this.removeListener('timeout', callback);
  }
};

proto._onTimeout = function (this: SocketInstance) {
  this.emit('timeout');
};

proto.setNoDelay = function (this: SocketInstance, enable?: boolean) {
  // Backwards compatibility: true when `enable` is omitted.
  const h = this._handle;
  if (h && h.setNoDelay) h.setNoDelay(enable === undefined ? true : !!enable);
};

proto.setKeepAlive = function (this: SocketInstance, setting?: boolean, msecs?: number) {
  const h = this._handle;
  if (h && h.setKeepAlive) h.setKeepAlive(!!setting, ~~((msecs as number) / 1000));
};

proto.address = function (this: SocketInstance) {
  const h = this._handle;
  if (h && h.getsockname) {
    const out: Partial<SocketAddress> = {};
    return h.getsockname(out) ? null : out;
  }
  return null;
};

Object.defineProperty(proto, 'readyState', {
  get(this: SocketInstance) {
    if (this._connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  },
});

Object.defineProperty(proto, 'bufferSize', {
  get(this: SocketInstance) {
    if (this._handle) return this._handle.writeQueueSize + this._writableState.length;
    return undefined;
  },
});

// Start the handle reading until push() says the buffer has enough.
proto._read = function (this: SocketInstance, n: number) {
  const h = this._handle;
  if (this._connecting || !h) {
    this.once('connect', this._read.bind(this, n));
  } else if (!h.reading) {
    h.reading = true;
    const err = h.readStart();
    if (err) this._destroy(errnoException(err, 'read'));
  }
};

proto.end = function (this: SocketInstance, data?: unknown, encoding?: unknown) {
  (DuplexCtor.prototype.end as (this: SocketInstance, d?: unknown, e?: unknown) => void).call(this, data, encoding);
  this.writable = false;
  // In case we are waiting for an EOF.
  if (this.readable && !this._readableState.endEmitted) this.read(0);
  else maybeDestroy(this);
} as SocketInstance['end'];

function maybeDestroy(socket: SocketInstance): void {
  if (!socket.readable && !socket.writable && !socket.destroyed && !socket._connecting && !socket._writableState.length) {
    socket.destroy();
  }
}

proto.destroySoon = function (this: SocketInstance) {
  if (this.writable) this.end();
  if (this._writableState.finished) this.destroy();
  else this.once('finish', this.destroy);
};

proto._destroy = function (this: SocketInstance, exception?: Error | null, cb?: WriteCallback) {
  const self = this;
  function fireErrorCallbacks(): void {
    if (cb) cb(exception);
    if (exception && !self.errorEmitted) {
      process.nextTick(() => {
        self.emit('error', exception);
      });
      self.errorEmitted = true;
    }
  }

  if (this.destroyed) {
    fireErrorCallbacks();
    return;
  }

  self._connecting = false;
  this.readable = this.writable = false;
  timers.unenroll(this as never);

  const h = this._handle;
  if (h) {
    const isException = !!exception;
    const onclose = closeCallback(self, isException);
    h.close(onclose);
    // 0.10's binding kept the callback as the handle's own `close` and called it as that
    // method: a throw in a 'close' listener shows "TCP.close" (a later close() of the
    // dropped handle calls it again, as there).
    (h as unknown as { close: () => void }).close = onclose;
    h.onread = noop;
    this._handle = null;
  }

  // Set before the error callbacks, so that a destroy() from one of them does nothing.
  this.destroyed = true;
  fireErrorCallbacks();

  if (this.server) {
    this.server._connections--;
    if (this.server._emitCloseIfDrained) this.server._emitCloseIfDrained();
  }
};

// The handle's close callback: anonymous (made here, not named by a declaration), as 0.10's.
function closeCallback(self: SocketInstance, isException: boolean): () => void {
  return () => {
    self.emit('close', isException);
  };
}

proto.destroy = function (this: SocketInstance, exception?: Error | null) {
  this._destroy(exception);
};

// Each read: bytes, the end of the stream, or an error.
function onread(this: SocketHandle, nread: number, buffer: Uint8Array | undefined): void {
  const handle = this;
  const self = handle.owner as SocketInstance;
  if (!self || handle !== self._handle) return;

  (timers as unknown as { _unrefActive(item: unknown): void })._unrefActive(self);

  if (nread > 0 && buffer) {
    self.bytesRead += nread;
    const chunk = fromUint8Array(buffer);
    let ret = true;
    if (self.ondata) self.ondata(chunk, 0, chunk.length);
    else ret = self.push(chunk);
    // Enough buffered: stop reading until _read() asks again.
    if (handle.reading && !ret) {
      handle.reading = false;
      const err = handle.readStop();
      if (err) self._destroy(errnoException(err, 'read'));
    }
  } else if (nread === binding().uv.UV_EOF) {
    // Before maybeDestroy, so that 'end' comes before 'close'.
    self.push(null);
    if (self._readableState.length === 0) {
      self.readable = false;
      maybeDestroy(self);
    }
    // The socket is no longer readable: start shutting down, whether or not the data has
    // been consumed.
    self.emit('_socketEnd');
    if (self.onend) self.once('end', self.onend);
  } else if (nread < 0) {
    self._destroy(errnoException(nread, 'read'));
  }
}

proto._getpeername = function (this: SocketInstance) {
  const h = this._handle;
  if (!h || !h.getpeername) return {};
  if (!this._peername) {
    const out: Partial<SocketAddress> = {};
    if (h.getpeername(out)) return {};
    this._peername = out;
  }
  return this._peername;
};

Object.defineProperty(proto, 'remoteAddress', {
  enumerable: true,
  configurable: true,
  get(this: SocketInstance) {
    return this._getpeername().address;
  },
});

Object.defineProperty(proto, 'remotePort', {
  enumerable: true,
  configurable: true,
  get(this: SocketInstance) {
    return this._getpeername().port;
  },
});

proto._getsockname = function (this: SocketInstance) {
  const h = this._handle;
  if (!h || !h.getsockname) return {};
  if (!this._sockname) {
    const out: Partial<SocketAddress> = {};
    if (h.getsockname(out)) return {};
    this._sockname = out;
  }
  return this._sockname;
};

Object.defineProperty(proto, 'localAddress', {
  enumerable: true,
  configurable: true,
  get(this: SocketInstance) {
    return this._getsockname().address;
  },
});

Object.defineProperty(proto, 'localPort', {
  enumerable: true,
  configurable: true,
  get(this: SocketInstance) {
    return this._getsockname().port;
  },
});

proto.write = function (this: SocketInstance, chunk: unknown, encoding?: unknown, cb?: unknown) {
  if (typeof chunk !== 'string' && !Buffer.isBuffer(chunk)) throw sited(new TypeError('invalid data'), 612);
  return (DuplexCtor.prototype.write as (this: SocketInstance, c: unknown, e?: unknown, f?: unknown) => boolean).apply(this, arguments as never);
} as SocketInstance['write'];

proto._write = function (this: SocketInstance, data: unknown, encoding: string, cb: WriteCallback) {
  // Still connecting: hold this one; the Writable side holds the rest meanwhile.
  if (this._connecting) {
    this._pendingData = data;
    this._pendingEncoding = encoding;
    this.once('connect', function (this: SocketInstance) {
      this._write(data, encoding, cb);
    });
    return;
  }
  this._pendingData = null;
  this._pendingEncoding = '';

  (timers as unknown as { _unrefActive(item: unknown): void })._unrefActive(this);

  const h = this._handle;
  if (!h) {
    this._destroy(new Error('This socket is closed.'), cb);
    return;
  }

  const req = { oncomplete: afterWrite } as WriteRequest;
  const enc = Buffer.isBuffer(data) ? 'buffer' : encoding;
  const err = writeTo(h, req, data, enc);
  if (err) {
    this._destroy(errnoException(err, 'write'), cb);
    return;
  }

  this._bytesDispatched += req.bytes || 0;

  // All of it went out: more can be written now. Else wait until the queue clears.
  if (h.writeQueueSize === 0) cb();
  else req.cb = cb;
};

/** Hands data to the handle, encoded as asked (0.10's createWriteReq). */
function writeTo(h: StreamHandle, req: WriteReq, data: unknown, encoding: string): number {
  switch (encoding) {
    case 'buffer':
      return h.writeBuffer(req, data as Uint8Array);
    case 'utf8':
    case 'utf-8':
      return h.writeUtf8String(req, data as string);
    case 'ascii':
      // 0.10's V8 wrote 'ascii' its own way (Buffer's 'ascii' encoder has it), not as latin1.
      return h.writeBuffer(req, new Buffer(data as string, 'ascii'));
    case 'binary':
      return h.writeLatin1String(req, data as string);
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return h.writeUcs2String(req, data as string);
    default:
      return h.writeBuffer(req, new Buffer(data as string, encoding));
  }
}

Object.defineProperty(proto, 'bytesWritten', {
  enumerable: true,
  configurable: true,
  get(this: SocketInstance) {
    let bytes = this._bytesDispatched;
    const state = this._writableState;
    const data = this._pendingData;
    for (const el of state.buffer) {
      if (Buffer.isBuffer(el.chunk)) bytes += el.chunk.length;
      else bytes += Buffer.byteLength(el.chunk as string, el.encoding);
    }
    if (data) {
      if (Buffer.isBuffer(data)) bytes += data.length;
      else bytes += Buffer.byteLength(data as string, this._pendingEncoding);
    }
    return bytes;
  },
});

function afterWrite(status: number, handle: StreamHandle, req: WriteReq): void {
  const self = (handle as SocketHandle).owner as SocketInstance;
  // The callback may come after a destroy().
  if (!self || self.destroyed) return;
  const r = req as WriteRequest;
  if (status) {
    self._destroy(errnoException(status, 'write'), r.cb);
    return;
  }
  (timers as unknown as { _unrefActive(item: unknown): void })._unrefActive(self);
  if (r.cb) r.cb.call(self);
}

/** What connect() takes once its arguments are normalized. */
export interface ConnectOptions {
  port?: number | string;
  host?: string;
  path?: string;
  family?: number;
  localAddress?: string;
  allowHalfOpen?: boolean;
}

function toNumber(x: unknown): number | false {
  const n = Number(x);
  return n >= 0 ? n : false;
}

/** A string that is not a number names a pipe (a UNIX socket path). */
export function isPipeName(s: unknown): s is string {
  return typeof s === 'string' && toNumber(s) === false;
}

/** 0.10's normalizeConnectArgs: (options | path | port[, host])[, cb] → [options, cb?]. */
export function normalizeConnectArgs(args: ArrayLike<unknown>): [ConnectOptions, (() => void)?] {
  let options: ConnectOptions = {};
  if (args[0] !== null && typeof args[0] === 'object') options = args[0] as ConnectOptions;
  else if (isPipeName(args[0])) options.path = args[0];
  else {
    options.port = args[0] as number;
    if (typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  return typeof cb === 'function' ? [options, cb as () => void] : [options];
}

proto.connect = function (this: SocketInstance, options?: unknown, cb?: unknown): SocketInstance {
  if (this.write !== proto.write) this.write = proto.write;
  if (options === null || typeof options !== 'object') {
    const [o, c] = normalizeConnectArgs(arguments);
    return this.connect(o, c);
  }
  const opts = options as ConnectOptions;
  if (this.destroyed) {
    // Reconnecting a destroyed socket: a fresh start for both sides.
    const rs = this._readableState as { reading: boolean; ended: boolean };
    const ws = this._writableState as { ended: boolean; ending: boolean; finished: boolean };
    rs.reading = false;
    rs.ended = false;
    ws.ended = false;
    ws.ending = false;
    ws.finished = false;
    this.destroyed = false;
    this._handle = null;
  }
  const self = this;
  const pipe = !!opts.path;
  if (!this._handle) {
    const b = binding();
    this._handle = (pipe ? new b.Pipe() : new b.TCP()) as SocketHandle;
    initSocketHandle(this);
  }
  if (typeof cb === 'function') self.once('connect', cb as () => void);
  unrefActive(this);
  self._connecting = true;
  self.writable = true;

  if (pipe) {
    connectHandle(self, opts.path as string);
  } else if (!opts.host) {
    connectHandle(self, '127.0.0.1', opts.port, 4);
  } else {
    // 0.10 looked the host up with no family: the first address getaddrinfo gives, v4 or v6.
    lookup(opts.host, (err, ip, addressType) => {
      // Destroyed meanwhile.
      if (!self._connecting) return;
      if (err) {
        // Nobody listens yet when net.connect() returned: the error waits a tick.
        process.nextTick(() => {
          self.emit('error', err);
          self._destroy();
        });
      } else {
        unrefActive(self);
        const family = addressType || 4;
        connectHandle(self, ip || (family === 4 ? '127.0.0.1' : '0:0:0:0:0:0:0:1'), opts.port, family, opts.localAddress);
      }
    });
  }
  return self;
} as SocketInstance['connect'];

function unrefActive(item: unknown): void {
  (timers as unknown as { _unrefActive(item: unknown): void })._unrefActive(item);
}

/**
 * A port as 0.10's TCPWrap took it: the argument's Int32Value, stored into the 16-bit
 * sin_port by uv_ip4_addr (70000 is 4464, -1 is 65535, 'abc' is 0).
 */
export function portNumber(port: unknown): number {
  return (Number(port) | 0) & 0xffff;
}

function connectHandle(self: SocketInstance, address: string, port?: unknown, addressType?: number, localAddress?: string): void {
  const h = self._handle as SocketHandle & {
    bind?(a: string, p: number): number;
    bind6?(a: string, p: number): number;
    connect(req: ConnectReq, ...rest: unknown[]): number;
    connect6?(req: ConnectReq, a: string, p: number): number;
  };
  if (localAddress) {
    const err = addressType === 6 ? h.bind6!(localAddress, 0) : h.bind!(localAddress, 0);
    if (err) {
      self._destroy(errnoException(err, 'bind'));
      return;
    }
  }
  const req: ConnectReq = { oncomplete: afterConnect };
  let err: number;
  if (addressType === 6) err = h.connect6!(req, address, portNumber(port));
  else if (addressType === 4) err = h.connect(req, address, portNumber(port));
  else err = h.connect(req, address);
  if (err) self._destroy(errnoException(err, 'connect'));
}

function afterConnect(status: number, handle: StreamHandle, _req: ConnectReq, readable: boolean, writable: boolean): void {
  const self = (handle as SocketHandle).owner as SocketInstance;
  // The callback may come after a destroy().
  if (!self || self.destroyed) return;
  self._connecting = false;
  if (status === 0) {
    self.readable = readable;
    self.writable = writable;
    unrefActive(self);
    self.emit('connect');
    // Start the first read (or find the EOF at once): reads no bytes.
    if (readable) self.read(0);
  } else {
    self._destroy(errnoException(status, 'connect'));
  }
}

proto.ref = function (this: SocketInstance) {
  if (this._handle) this._handle.ref();
};

proto.unref = function (this: SocketInstance) {
  if (this._handle) this._handle.unref();
};

export type { ConnectReq, TCP };
export { SocketCtor as Socket };
