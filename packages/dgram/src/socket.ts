// dgram.Socket: node 0.10's UDP socket, an EventEmitter over a binding UDP handle.
//
// Observable state as in 0.10: own properties domain, _events, _maxListeners, _handle,
// _receiving, _bindState, type, fd (null, -42 once listening, null again when closed).
// bind() is asynchronous (the address is looked up first), 'listening' then the bind callback;
// send() before a bind binds to the wildcard address and queues the datagram until
// 'listening'; close() emits 'close' at once. Argument checks come before the "Not running"
// check, and the option setters have no such check (0.10 failed on the null handle there).
import binding from '@n10/binding';
import type { ErrnoException, SendReq, SocketAddress } from '@n10/binding';
import { Buffer } from '@n10/buffer';
import type { BufferInstance, ForeignBuffer } from '@n10/buffer';
import { fromUint8Array } from '@n10/buffer/internal';
import { EventEmitter } from '@n10/events';
import type { Listener } from '@n10/events';
import process from '@n10/process';
import { propertyNotAFunction } from '@n10/process/internal';
import util from '@n10/util';
import { bindHandle, bindPort, membership, newHandle, sendHandle, ttlOption, unbound, type DgramHandle, type SocketType } from './handle';
import { activeDomain, enterReqDomain, type ReqDomain } from './req-domain';
import { SYSCALL_LINES, sited } from './throw-sites';

const BIND_STATE_UNBOUND = 0;
const BIND_STATE_BINDING = 1;
const BIND_STATE_BOUND = 2;

/** rinfo of a 'message': the sender and the datagram's size. */
export interface RemoteInfo extends SocketAddress {
  size: number;
}

export type SendCallback = (err: ErrnoException | null, bytes?: number) => void;
type QueuedSend = [BufferInstance, unknown, unknown, unknown, unknown, SendCallback | undefined];

/** A dgram.Socket instance. */
export interface SocketInstance extends EventEmitter {
  _handle: DgramHandle | null;
  _receiving: boolean;
  _bindState: number;
  /** 'udp4' or 'udp6' */
  type: SocketType;
  /** null until listening, then -42 (0.10's placeholder), null again once closed */
  fd: number | null;
  _sendQueue?: QueuedSend[];
  bind(port?: number, address?: string, callback?: () => void): void;
  bind(port: number | undefined, callback: () => void): void;
  /** Adopts a handle bound elsewhere (dgram._createSocketHandle; 0.10's cluster did this). */
  bind(handle: DgramHandle, callback?: () => void): void;
  send(buf: BufferInstance | ForeignBuffer, offset: number, length: number, port: number, address: string, callback?: SendCallback): void;
  /** 0.10's older spelling of send(), with stricter argument checks. */
  sendto(buf: BufferInstance, offset: number, length: number, port: number, address: string, callback?: SendCallback): void;
  close(): void;
  address(): SocketAddress;
  setBroadcast(flag: unknown): void;
  setTTL(ttl: number): number;
  setMulticastTTL(ttl: number): number;
  setMulticastLoopback(flag: unknown): 0 | 1;
  addMembership(multicastAddress: string, multicastInterface?: string): void;
  dropMembership(multicastAddress: string, multicastInterface?: string): void;
  ref(): void;
  unref(): void;
  _healthCheck(): void;
  _stopReceiving(): void;
  on(event: 'message', listener: (msg: BufferInstance, rinfo: RemoteInfo) => void): this;
  on(event: 'listening' | 'close', listener: () => void): this;
  on(event: 'error', listener: (err: ErrnoException) => void): this;
  on(event: string, listener: Listener): this;
}

export interface SocketConstructor {
  new (type: SocketType, listener?: (msg: BufferInstance, rinfo: RemoteInfo) => void): SocketInstance;
  prototype: SocketInstance;
}

function noop(): void {}

// A declaration so that inspect and stacks name it Socket.
function Socket(this: SocketInstance, type: SocketType, listener?: Listener): void {
  EventEmitter.call(this);
  const handle = newHandle(type);
  handle.owner = this;
  this._handle = handle;
  this._receiving = false;
  this._bindState = BIND_STATE_UNBOUND;
  this.type = type;
  this.fd = null;
  if (typeof listener === 'function') this.on('message', listener);
}
util.inherits(Socket, EventEmitter);

const proto = Socket.prototype as SocketInstance;

function startListening(socket: SocketInstance): void {
  const handle = socket._handle as DgramHandle;
  handle.onmessage = onMessage;
  handle.recvStart();
  socket._receiving = true;
  socket._bindState = BIND_STATE_BOUND;
  socket.fd = -42;
  socket.emit('listening');
}

function replaceHandle(socket: SocketInstance, handle: DgramHandle): void {
  const old = socket._handle as DgramHandle;
  handle.lookup = old.lookup;
  handle.owner = socket;
  old.close();
  socket._handle = handle;
}

function onMessage(this: DgramHandle, nread: number, handle: DgramHandle, buf?: Uint8Array, rinfo?: RemoteInfo): void {
  const socket = handle.owner as SocketInstance;
  if (nread < 0) {
    socket.emit('error', binding.errnoException(binding.code010(nread), 'recvmsg'));
    return;
  }
  // libuv 0.10 could not tell an empty datagram from "nothing to read": 0.10 never emitted one.
  if (nread === 0 || !buf || !rinfo) return;
  rinfo.size = nread;
  socket.emit('message', fromUint8Array(buf), rinfo);
}

proto.bind = function (this: SocketInstance, port?: unknown, address?: unknown): void {
  this._healthCheck();
  if (this._bindState !== BIND_STATE_UNBOUND) throw sited(new Error('Socket is already bound'), 163);
  this._bindState = BIND_STATE_BINDING;
  const last: unknown = arguments[arguments.length - 1];
  if (typeof last === 'function') this.once('listening', last as Listener);
  // A handle made elsewhere (0.10's cluster passed a bound one): adopt it and listen.
  if (port instanceof binding.UDP) {
    replaceHandle(this, port as DgramHandle);
    startListening(this);
    return;
  }
  const handle = this._handle as DgramHandle;
  handle.lookup(typeof address === 'function' ? undefined : address, (err, ip) => {
    if (err) {
      this._bindState = BIND_STATE_UNBOUND;
      this.emit('error', err);
      return;
    }
    // closed while the address was being looked up
    if (!this._handle) return;
    const r = bindHandle(handle, ip as string, bindPort(port));
    if (r) {
      // 0.10 emitted first and reset the state after: a bind() from the 'error' listener throws.
      this.emit('error', binding.errnoException(binding.code010(r), 'bind'));
      this._bindState = BIND_STATE_UNBOUND;
      return;
    }
    startListening(this);
  });
} as SocketInstance['bind'];

proto.sendto = function (this: SocketInstance, buffer, offset, length, port, address, callback): void {
  if (typeof offset !== 'number' || typeof length !== 'number') throw sited(new Error('send takes offset and length as args 2 and 3'), 227);
  if (typeof address !== 'string') throw sited(new Error(this.type + ' sockets must send to port, address'), 230);
  this.send(buffer, offset, length, port, address, callback);
};

interface SendWrap {
  oncomplete(status: number, handle: unknown, req: SendWrap): void;
  cb: SendCallback;
  bytes: number;
}

// 0.10's afterSend did not look at the status: a datagram the kernel refused once queued
// (EMSGSIZE: larger than 65507 bytes, or an address of the other family, which libuv 0.10
// made 255.255.255.255 or ::) still called back (null, buffer.length). It called req.cb only
// when set, so a callback that is not a function failed there with V8 3.14's words for a
// property call.
function afterSend(_status: number, _handle: unknown, wrap: SendWrap): void {
  if (!wrap.cb) return;
  // Made here, so that its stack opens at afterSend (the helper only words it).
  if (typeof wrap.cb !== 'function') throw new TypeError(propertyNotAFunction(wrap, 'cb').message);
  wrap.cb(null, wrap.bytes);
}

const UV_ECANCELED = binding.uv.UV_ECANCELED;

function sent(): void {
  // The binding's completion: 0.10's callback has already run (see flushSends).
}

// When 0.10 sent. Its libuv only queued a datagram and watched the socket for writability:
// the next poll phase wrote it and called the callback at once, so a send callback always ran
// before the datagram could be received (even by a socket of the same process), and after
// the timers and immediates due before that poll. libuv 1.x writes at once and calls back a
// turn later, after receipts. So a send whose address is known waits here for the loop's idle
// phase (just before its poll), then is written and called back in one go, each callback
// followed by its ticks, as 0.10's MakeCallback did for each request.
interface DueSend {
  socket: SocketInstance;
  buf: BufferInstance;
  off: number;
  len: number;
  port: number;
  ip: string;
  cb: SendCallback;
  // The domain active when 0.10 made the send request (in the lookup's callback, run in the
  // domain of the send).
  domain: ReqDomain | null;
}

const dueSends: DueSend[] = [];
let sendIdle: InstanceType<typeof binding.Idle> | null = null;

function flushSends(): void {
  const batch = dueSends.splice(0, dueSends.length);
  let i = 0;
  try {
    while (i < batch.length) {
      const due = batch[i++];
      writeDue(due);
      process._tickCallback();
    }
  } finally {
    // A callback threw: the rest still go, on the next turn, before later sends.
    if (i < batch.length) dueSends.unshift(...batch.slice(i));
    if (dueSends.length === 0 && sendIdle) sendIdle.stop();
  }
}

function writeDue(due: DueSend): void {
  const handle = due.socket._handle as DgramHandle | null;
  // Closed since: 0.10's libuv cancelled the request, and afterSend still called back.
  if (handle) sendHandle(handle, { oncomplete: sent } as SendReq, due.buf, due.off, due.len, due.port, due.ip);
  completeSend(due, 0, handle);
}

// Called as 0.10's binding did, as the request's method (stacks show Object.afterSend [as
// oncomplete]), inside the request's domain.
function completeSend(due: DueSend, status: number, handle: unknown): void {
  if (!enterReqDomain(due.domain)) return;
  const req = { oncomplete: afterSend, cb: due.cb, bytes: due.buf.length } as SendWrap;
  req.oncomplete(status, handle, req);
  if (due.domain) due.domain.exit();
}

function queueSend(due: DueSend): void {
  dueSends.push(due);
  if (!sendIdle) {
    sendIdle = new binding.Idle();
    sendIdle.onidle = flushSends;
  }
  if (dueSends.length === 1) sendIdle.start();
}

proto.send = function (this: SocketInstance, buffer: unknown, offset: unknown, length: unknown, port: unknown, address: unknown, callback?: SendCallback): void {
  if (!Buffer.isBuffer(buffer)) throw sited(new TypeError('First argument must be a buffer object.'), 245);
  const buf = buffer as BufferInstance;
  const off = (offset as number) | 0;
  if (off < 0) throw sited(new RangeError('Offset should be >= 0'), 249);
  if (off >= buf.length) throw sited(new RangeError('Offset into buffer too large'), 252);
  // A zero-length datagram is allowed (0.10 sent it; receivers never saw it).
  const len = (length as number) | 0;
  if (len < 0) throw sited(new RangeError('Length should be >= 0'), 258);
  if (off + len > buf.length) throw sited(new RangeError('Offset + length beyond buffer length'), 261);
  const p = (port as number) | 0;
  if (p <= 0 || p > 65535) throw sited(new RangeError('Port should be > 0 and < 65536'), 265);
  const cb: SendCallback = callback || noop;

  this._healthCheck();
  if (this._bindState === BIND_STATE_UNBOUND) this.bind(0, null as unknown as string);
  // Not bound yet: queue the datagram until 'listening', then send it as if called then.
  if (this._bindState !== BIND_STATE_BOUND) {
    if (!this._sendQueue) {
      this._sendQueue = [];
      this.once('listening', () => {
        const queue = this._sendQueue as QueuedSend[];
        this._sendQueue = undefined;
        for (let i = 0; i < queue.length; i++) this.send.apply(this, queue[i] as Parameters<SocketInstance['send']>);
      });
    }
    this._sendQueue.push([buf, offset, length, port, address, callback]);
    return;
  }

  const handle = this._handle as DgramHandle;
  // (The lookup's callback runs in this domain too: 0.10 made the request there.)
  const domain = activeDomain();
  handle.lookup(address, (err, ip) => {
    if (err) {
      cb(err);
      this.emit('error', err);
      return;
    }
    if (!this._handle) return;
    queueSend({ socket: this, buf, off, len, port: p, ip: ip as string, cb, domain });
  });
};

// Sends of this socket not yet written when it closes: 0.10's libuv cancelled them as the
// handle finished closing (after the immediates of that turn) and afterSend still called back.
function cancelSends(socket: SocketInstance): DueSend[] {
  const cancelled: DueSend[] = [];
  for (let i = 0; i < dueSends.length; ) {
    if (dueSends[i].socket === socket) cancelled.push(dueSends.splice(i, 1)[0]);
    else i++;
  }
  if (dueSends.length === 0 && sendIdle) sendIdle.stop();
  return cancelled;
}

function callBackCancelled(this: { cancelled?: DueSend[] }): void {
  const cancelled = this.cancelled as DueSend[];
  this.cancelled = undefined;
  while (cancelled.length > 0) {
    completeSend(cancelled.shift() as DueSend, UV_ECANCELED, null);
    process._tickCallback();
  }
}

proto.close = function (this: SocketInstance): void {
  this._healthCheck();
  this._stopReceiving();
  const handle = this._handle as DgramHandle & { cancelled?: DueSend[] };
  const cancelled = dueSends.length > 0 ? cancelSends(this) : [];
  if (cancelled.length > 0) {
    handle.cancelled = cancelled;
    handle.close(callBackCancelled);
  } else handle.close();
  this._handle = null;
  this.emit('close');
};

proto.address = function (this: SocketInstance): SocketAddress {
  this._healthCheck();
  const handle = this._handle as DgramHandle;
  const out: Partial<SocketAddress> = {};
  const r = unbound(handle) ? binding.uv.UV_EINVAL : handle.getsockname(out);
  if (r) throw sited(binding.errnoException(binding.code010(r), 'getsockname'), 337);
  return out as SocketAddress;
};

// The setters below reach the handle without a health check, as 0.10's did: on a closed
// socket they fail the way 0.10 did (V8 3.14's words for a method call on null).
function liveHandle(socket: SocketInstance, method: string): DgramHandle {
  if (!socket._handle) throw new TypeError("Cannot call method '" + method + "' of null");
  return socket._handle;
}

function check(r: number, syscall: string): void {
  if (r) throw sited(binding.errnoException(binding.code010(r), syscall), SYSCALL_LINES[syscall] as number);
}

proto.setBroadcast = function (this: SocketInstance, flag: unknown): void {
  const handle = liveHandle(this, 'setBroadcast');
  check(unbound(handle) ? binding.uv.UV_EBADF : handle.setBroadcast(!!flag), 'setBroadcast');
};

proto.setTTL = function (this: SocketInstance, ttl: unknown): number {
  if (typeof ttl !== 'number') throw sited(new TypeError('Argument must be a number'), 352);
  const handle = liveHandle(this, 'setTTL');
  check(ttlOption(handle, ttl, false), 'setTTL');
  return ttl;
} as SocketInstance['setTTL'];

proto.setMulticastTTL = function (this: SocketInstance, ttl: unknown): number {
  if (typeof ttl !== 'number') throw sited(new TypeError('Argument must be a number'), 365);
  const handle = liveHandle(this, 'setMulticastTTL');
  check(ttlOption(handle, ttl, true), 'setMulticastTTL');
  return ttl;
} as SocketInstance['setMulticastTTL'];

proto.setMulticastLoopback = function (this: SocketInstance, flag: unknown): 0 | 1 {
  const on = flag ? 1 : 0;
  const handle = liveHandle(this, 'setMulticastLoopback');
  check(unbound(handle) ? binding.uv.UV_EBADF : handle.setMulticastLoopback(on === 1), 'setMulticastLoopback');
  return on;
};

proto.addMembership = function (this: SocketInstance, multicastAddress: unknown, multicastInterface?: unknown): void {
  this._healthCheck();
  if (!multicastAddress) throw sited(new Error('multicast address must be specified'), 392);
  check(membership(this._handle as DgramHandle, true, multicastAddress, multicastInterface), 'addMembership');
} as SocketInstance['addMembership'];

proto.dropMembership = function (this: SocketInstance, multicastAddress: unknown, multicastInterface?: unknown): void {
  this._healthCheck();
  if (!multicastAddress) throw sited(new Error('multicast address must be specified'), 406);
  check(membership(this._handle as DgramHandle, false, multicastAddress, multicastInterface), 'dropMembership');
} as SocketInstance['dropMembership'];

proto._healthCheck = function (this: SocketInstance): void {
  // handle.close() has been called: the socket is done
  if (!this._handle) throw sited(new Error('Not running'), 417);
};

proto._stopReceiving = function (this: SocketInstance): void {
  if (!this._receiving) return;
  (this._handle as DgramHandle).recvStop();
  this._receiving = false;
  this.fd = null;
};

proto.ref = function (this: SocketInstance): void {
  if (this._handle) this._handle.ref();
};

proto.unref = function (this: SocketInstance): void {
  if (this._handle) this._handle.unref();
};

const SocketCtor = Socket as unknown as SocketConstructor;
export { SocketCtor as Socket };
