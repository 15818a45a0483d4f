// net.Server: 0.10's listening socket over a binding TCP or Pipe handle. Each accepted
// handle becomes a net.Socket (readable and writable, counted in _connections); 'listening'
// and bind/listen errors come on the next tick; close() stops accepting and emits 'close'
// once the last connection is gone.
import type { Pipe, SocketAddress, TCP } from '@n10/binding';
import { EventEmitter } from '@n10/events';
import process from '@n10/process';
import util from '@n10/util';
import { lookup } from './lookup';
import { binding } from './native';
import { Socket, errnoException, isPipeName, portNumber, type SocketHandle, type SocketInstance } from './socket';
import { sited } from './throw-sites';

type ListenHandle = Omit<TCP | Pipe, 'onconnection'> & {
  open(fd: number): number;
  listen(backlog: number): number;
  owner?: ServerInstance;
  onconnection?: (status: number, client?: SocketHandle) => void;
};

export interface ServerOptions {
  allowHalfOpen?: boolean;
}

/** The list of a server's sockets sent to one child process (child_process's SocketListSend). */
export interface ServerSlave {
  getConnections(callback: (err: Error | null, count?: number) => void): void;
  close(callback: (err: Error | null) => void): void;
}

export interface ServerInstance extends EventEmitter {
  _connections: number;
  connections: number | null;
  _handle: ListenHandle | null;
  _usingSlaves: boolean;
  _slaves: ServerSlave[];
  allowHalfOpen: boolean;
  maxConnections?: number;
  _pipeName?: string;
  _connectionKey?: string;
  listen(port?: number, host?: string, backlog?: number, callback?: () => void): this;
  listen(port: number, host: string, callback?: () => void): this;
  listen(port: number, callback?: () => void): this;
  listen(callback?: () => void): this;
  listen(path: string, callback?: () => void): this;
  listen(handle: object, callback?: () => void): this;
  _listen2(address: string | null, port: number | null, addressType: number | null, backlog?: number | false, fd?: number): void;
  address(): Partial<SocketAddress> | string | null;
  close(callback?: () => void): this;
  _emitCloseIfDrained(): void;
  _setupSlave(socketList: ServerSlave): void;
  getConnections(callback: (err: Error | null, count: number) => void): void;
  ref(): void;
  unref(): void;
  listenFD(fd: number, type?: string): this;
}

export interface ServerConstructor {
  new (options?: ServerOptions | ((socket: SocketInstance) => void), listener?: (socket: SocketInstance) => void): ServerInstance;
  (options?: ServerOptions | ((socket: SocketInstance) => void), listener?: (socket: SocketInstance) => void): ServerInstance;
  prototype: ServerInstance;
}

function toNumber(x: unknown): number | false {
  const n = Number(x);
  return n >= 0 ? n : false;
}

const CONNECTIONS_DEPRECATED = 'connections property is deprecated. Use getConnections() method';

function Server(this: ServerInstance, options?: unknown, listener?: unknown): ServerInstance | void {
  if (!(this instanceof Server)) return new (Server as unknown as ServerConstructor)(options as ServerOptions, listener as never);
  EventEmitter.call(this);
  const self = this;
  let opts: ServerOptions;
  if (typeof options === 'function') {
    opts = {};
    self.on('connection', options as (s: SocketInstance) => void);
  } else {
    opts = (options as ServerOptions) || {};
    if (typeof listener === 'function') self.on('connection', listener as (s: SocketInstance) => void);
  }
  this._connections = 0;
  Object.defineProperty(this, 'connections', {
    get: util.deprecate(function () {
      return self._usingSlaves ? null : self._connections;
    }, CONNECTIONS_DEPRECATED),
    set: util.deprecate(function (val: number) {
      return (self._connections = val);
    }, CONNECTIONS_DEPRECATED),
    configurable: true,
    enumerable: true,
  });
  this._handle = null;
  this._usingSlaves = false;
  this._slaves = [];
  this.allowHalfOpen = opts.allowHalfOpen || false;
}
const ServerCtor = Server as unknown as ServerConstructor;
util.inherits(ServerCtor, EventEmitter);

/** A bound handle for (address, port), a pipe (port -1, type -1), or an open fd; null on error. */
function createServerHandle(address: string | null, port: number | null, addressType: number | null, fd?: number): ListenHandle | number {
  const b = binding();
  let handle: ListenHandle;
  if (typeof fd === 'number' && fd >= 0) {
    const type = b.guessHandleType(fd);
    handle = (type === 'PIPE' ? new b.Pipe() : new b.TCP()) as ListenHandle;
    const err = handle.open(fd);
    if (err) {
      handle.close();
      return err;
    }
    return handle;
  }
  if (port === -1 && addressType === -1) handle = new b.Pipe() as ListenHandle;
  else handle = new b.TCP() as ListenHandle;
  let err = 0;
  if (address || port) {
    if (port === -1 && addressType === -1) err = (handle as Pipe).bind(address as string);
    else if (addressType === 6) err = (handle as TCP).bind6(address as string, portNumber(port));
    else err = (handle as TCP).bind(address as string, portNumber(port));
  }
  if (err) {
    handle.close();
    return err;
  }
  return handle;
}

const proto = ServerCtor.prototype as ServerInstance;

/**
 * The cluster seam (0.10's cluster._getServer): in a cluster worker @n10/cluster sets this,
 * and listen() asks it for the handle instead of binding one here (the master binds it once
 * and sends it to every worker). The hook calls back with an error code ('EADDRINUSE': the
 * server emits 'bind <code>') or a handle (null: bind here after all). listen(handle) does
 * not ask. Set through net[Symbol.for('n10.net.setListenHook')] (see index.ts).
 */
export type ListenHook = (
  server: ServerInstance,
  address: string | null,
  port: number | null,
  addressType: number | null,
  fd: number | undefined,
  callback: (err: string | number | null, handle: ListenHandle | null) => void,
) => void;

let listenHook: ListenHook | null = null;

export function setListenHook(hook: ListenHook | null): void {
  listenHook = hook;
}

function listenVia(self: ServerInstance, address: string | null, port: number | null, addressType: number | null, backlog?: number | false, fd?: number): void {
  if (!listenHook) {
    self._listen2(address, port, addressType, backlog, fd);
    return;
  }
  listenHook(self, address, port, addressType, fd, (err, handle) => {
    if (err) {
      self.emit('error', errnoException(err as number, 'bind'));
      return;
    }
    if (handle) self._handle = handle;
    self._listen2(address, port, addressType, backlog, fd);
  });
}

proto._listen2 = function (this: ServerInstance, address, port, addressType, backlog, fd) {
  const self = this;
  if (!self._handle) {
    const made = createServerHandle(address, port, addressType, fd);
    if (typeof made === 'number') {
      const error = errnoException(made, 'listen');
      process.nextTick(() => {
        self.emit('error', error);
      });
      return;
    }
    self._handle = made;
  }
  self._handle.onconnection = onconnection;
  self._handle.owner = self;
  // 511: the kernel rounds backlog + 1 up to a power of two (512).
  const err = self._handle.listen(backlog || 511);
  if (err) {
    const ex = errnoException(err, 'listen');
    self._handle.close();
    self._handle = null;
    process.nextTick(() => {
      self.emit('error', ex);
    });
    return;
  }
  this._connectionKey = addressType + ':' + address + ':' + port;
  process.nextTick(() => {
    self.emit('listening');
  });
};

proto.listen = function (this: ServerInstance, ...args: unknown[]) {
  const self = this;
  const lastArg = args[args.length - 1];
  if (typeof lastArg === 'function') self.once('listening', lastArg as () => void);
  const port = toNumber(args[0]);
  // The backlog is the third argument, or the second when no host is given.
  const backlog = toNumber(args[1]) || toNumber(args[2]);
  const b = binding();

  if (args.length === 0 || typeof args[0] === 'function') {
    // A random port.
    listenVia(self, '0.0.0.0', 0, null, backlog);
  } else if (args[0] && typeof args[0] === 'object') {
    let h = args[0] as { _handle?: unknown; handle?: unknown; fd?: unknown };
    if (h._handle) h = h._handle as typeof h;
    else if (h.handle) h = h.handle as typeof h;
    if (h instanceof b.TCP) {
      self._handle = h as unknown as ListenHandle;
      self._listen2(null, -1, -1, backlog);
    } else if (typeof h.fd === 'number' && h.fd >= 0) {
      listenVia(self, null, null, null, backlog, h.fd);
    } else {
      throw sited(new Error('Invalid listen argument: ' + h), 1116);
    }
  } else if (isPipeName(args[0])) {
    // A UNIX socket.
    const pipeName = (self._pipeName = args[0]);
    listenVia(self, pipeName, -1, -1, backlog);
  } else if (args[1] === undefined || typeof args[1] === 'function' || typeof args[1] === 'number') {
    // A port, no host.
    listenVia(self, '0.0.0.0', port as number, 4, backlog);
  } else {
    // A port and a host.
    lookup(args[1] as string, (err, ip, addressType) => {
      if (err) self.emit('error', err);
      else listenVia(self, ip || '0.0.0.0', port as number, ip ? (addressType as number) : 4, backlog);
    });
  }
  return self;
} as ServerInstance['listen'];

proto.address = function (this: ServerInstance) {
  const h = this._handle as (ListenHandle & { getsockname?(out: Partial<SocketAddress>): number }) | null;
  if (h && h.getsockname) {
    const out: Partial<SocketAddress> = {};
    return h.getsockname(out) ? null : out;
  }
  if (this._pipeName) return this._pipeName;
  return null;
};

function onconnection(this: ListenHandle, status: number, clientHandle?: SocketHandle): void {
  const self = this.owner as ServerInstance;
  if (status || !clientHandle) {
    self.emit('error', errnoException(status, 'accept'));
    return;
  }
  if (self.maxConnections && self._connections >= self.maxConnections) {
    clientHandle.close();
    return;
  }
  const socket = new Socket({ handle: clientHandle, allowHalfOpen: self.allowHalfOpen });
  socket.readable = socket.writable = true;
  self._connections++;
  socket.server = self;
  self.emit('connection', socket);
}

proto.getConnections = function (this: ServerInstance, cb: (err: Error | null, count: number) => void) {
  function end(err: Error | null, connections?: number): void {
    process.nextTick(() => cb(err, connections as number));
  }
  if (!this._usingSlaves) return end(null, this._connections);
  // Sockets sent to children (child.send(socket)): each child's list counts its own.
  let left = this._slaves.length;
  let total = this._connections;
  function oncount(err: Error | null, count?: number): void {
    if (err) {
      left = -1;
      return end(err);
    }
    total += count as number;
    if (--left === 0) return end(null, total);
  }
  for (const slave of this._slaves) slave.getConnections(oncount);
};

proto.close = function (this: ServerInstance, cb?: () => void) {
  if (!this._handle) throw sited(new Error('Not running'), 1225);
  if (cb) this.once('close', cb);
  this._handle.close();
  this._handle = null;
  if (this._usingSlaves) {
    // 'close' waits for the children to close the sockets sent to them; the extra count
    // keeps it from being emitted while they answer.
    const self = this;
    let left = this._slaves.length;
    const onSlaveClose = (): void => {
      if (--left !== 0) return;
      self._connections = 0;
      self._emitCloseIfDrained();
    };
    this._connections++;
    for (const slave of this._slaves) slave.close(onSlaveClose);
  } else {
    this._emitCloseIfDrained();
  }
  return this;
};

/** Counts, from now on, the connections of this server sent to a child (0.10's child_process calls it). */
proto._setupSlave = function (this: ServerInstance, socketList: ServerSlave) {
  this._usingSlaves = true;
  this._slaves.push(socketList);
};

proto._emitCloseIfDrained = function (this: ServerInstance) {
  const self = this;
  if (self._handle || self._connections) return;
  process.nextTick(() => {
    self.emit('close');
  });
};

proto.listenFD = util.deprecate(function (this: ServerInstance, fd: number) {
  return this.listen({ fd });
}, 'listenFD is deprecated. Use listen({fd: <number>}).') as ServerInstance['listenFD'];

proto.ref = function (this: ServerInstance) {
  if (this._handle) this._handle.ref();
};

proto.unref = function (this: ServerInstance) {
  if (this._handle) this._handle.unref();
};

export { ServerCtor as Server, createServerHandle };
export type { ListenHandle };
