// SecurePair, CleartextStream and EncryptedStream: node 0.10's tls model. A SecurePair owns one
// native Connection (an SSL between memory BIOs) and two streams2 Duplexes ("CryptoStreams"):
// - cleartext: what the program reads and writes (plaintext);
// - encrypted: what goes to and comes from the peer (usually piped both ways to a socket).
//
// One function, cycle(), moves everything that can move: the peer's ciphertext into the SSL,
// plaintext out of it into the cleartext side, the program's writes into it, and ciphertext
// out to the encrypted side; it drives the handshake and notices its end ('secure').
// Backpressure: a write on either side completes only once its bytes have been passed on,
// and a side whose reader is full (push() returned false) is not fed until it asks (_read).
import type { Connection, RawPeerCertificate } from '@n10/binding';
import { Buffer } from '@n10/buffer';
import { fromUint8Array } from '@n10/buffer/internal';
import type { CredentialsInstance } from '@n10/crypto';
import { EventEmitter } from '@n10/events';
import process from '@n10/process';
import stream from '@n10/stream';
import type { DuplexConstructor, DuplexOptions } from '@n10/stream';
import { inherits } from '@n10/util';
import { createCredentials, nativeContext } from './context';
import { binding } from './native';

type Duplex = InstanceType<DuplexConstructor>;
type Callback = (err?: Error | null) => void;

/** getPeerCertificate(): 0.10's shape (the binding's fields, subject and issuer parsed). */
export interface PeerCertificate extends Omit<RawPeerCertificate, 'subject' | 'issuer'> {
  subject?: Record<string, string | string[]>;
  issuer?: Record<string, string | string[]>;
}

export interface CipherInfo {
  name: string;
  version: string;
}

export interface SocketLike extends EventEmitter {
  remoteAddress?: string;
  remotePort?: number;
  address?(): unknown;
  setTimeout?(msecs: number, cb?: () => void): void;
  setNoDelay?(noDelay?: boolean): void;
  setKeepAlive?(enable?: boolean, delay?: number): void;
  destroy?(err?: Error): void;
  destroySoon?(): void;
  end?(): void;
}

export interface CryptoStreamInstance extends Duplex {
  pair: SecurePairInstance;
  socket?: SocketLike;
  _opposite: CryptoStreamInstance;
  _wants: boolean;
  _destroyed: boolean;
  _pendingCallback: Callback | null;
  _doneFlag: boolean;
  _ended: boolean;
  _finished: boolean;
  destroyed?: boolean;
  /** What the pair hands the program inside this side's read() (see throughClearRead). */
  _n10Deliver?: { chunk: Buffer | null; reading: boolean } | null;
  /** 0.10's legacy data hook (http uses it): called instead of push() when set. */
  ondata?: ((buffer: Buffer, start: number, end: number) => void) | null;
  onend?: (() => void) | null;
  readonly readyState: string;
  readonly remoteAddress: string | undefined;
  readonly remotePort: number | undefined;
  readonly bytesWritten?: number;
  address(): unknown;
  setTimeout(msecs: number, cb?: () => void): void;
  setNoDelay(noDelay?: boolean): void;
  setKeepAlive(enable?: boolean, delay?: number): void;
  getPeerCertificate(): PeerCertificate | null;
  /** 0.10's: the session as a 'binary' string (node_crypto encoded it so), undefined before. */
  getSession(): string | undefined;
  isSessionReused(): boolean;
  getCipher(): CipherInfo | null;
  destroy(err?: Error): void;
  destroySoon(): void;
}

export interface CleartextStreamInstance extends CryptoStreamInstance {
  authorized: boolean;
  authorizationError?: string;
  npnProtocol?: string | false;
  servername?: string | false;
  encrypted: CryptoStreamInstance;
  server?: unknown;
}

export type EncryptedStreamInstance = CryptoStreamInstance;

export interface SecurePairOptions {
  server?: SecurePairServer | null;
  NPNProtocols?: Uint8Array | string[] | null;
  SNICallback?: ((servername: string) => unknown) | null;
  servername?: string | null;
  session?: Uint8Array | null;
  cleartext?: DuplexOptions;
  encrypted?: DuplexOptions;
}

/** What a pair asks of its server (tls.Server). */
export interface SecurePairServer extends EventEmitter {
  SNICallback?: ((servername: string) => unknown) | null;
  NPNProtocols?: Uint8Array | null;
}

export interface SecurePairInstance extends EventEmitter {
  server: SecurePairServer | null;
  credentials: CredentialsInstance;
  ssl: Connection | null;
  cleartext: CleartextStreamInstance;
  encrypted: EncryptedStreamInstance;
  servername?: string | false;
  npnProtocol?: string | false;
  _isServer: boolean;
  _requestCert: boolean;
  _rejectUnauthorized: boolean;
  _secureEstablished: boolean;
  _resumingSession: boolean;
  _destroyed: boolean;
  _doneFlag: boolean;
  /** handOver: return with a chunk for the ondata hook left in _n10Pending (see _write). */
  cycle(handOver?: boolean): void;
  destroy(): void;
  error(err?: Error): void;
  maybeInitFinished(): void;
  takeEncrypted(): Buffer | null;
  flushEncrypted(held?: Buffer | null): void;
}

export interface SecurePairConstructor {
  new (credentials?: CredentialsInstance | null, isServer?: boolean, requestCert?: boolean, rejectUnauthorized?: boolean, options?: SecurePairOptions): SecurePairInstance;
  (credentials?: CredentialsInstance | null, isServer?: boolean, requestCert?: boolean, rejectUnauthorized?: boolean, options?: SecurePairOptions): SecurePairInstance;
  prototype: SecurePairInstance;
}

// ---- module settings (tls.CLIENT_RENEG_LIMIT / WINDOW are read at each renegotiation) ----

export const settings = { CLIENT_RENEG_LIMIT: 3, CLIENT_RENEG_WINDOW: 600 };

// ---- helpers ----

const SCRATCH_SIZE = 64 * 1024;
let scratch: Buffer | null = null;
function scratchBuffer(): Buffer {
  if (!scratch) scratch = new Buffer(SCRATCH_SIZE);
  return scratch;
}

// 0.10's CryptoStreams read into a 10 MiB slab (SlabBuffer), one per stream.
const SLAB_SIZE = 10 * 1024 * 1024;
const slabLeft = new WeakMap<object, number>();

/**
 * One 0.10 CryptoStream._read(highWaterMark) worth of output: SSL reads into one chunk, each
 * asking for what is left of the high-water mark, while what was read is less than that
 * (0.10.19's loop: records coalesce up to about half of it), never past the end of the
 * stream's slab. Returns the bytes read (0: nothing now; -1: the peer's close_notify).
 */
function readOut(stream: CryptoStreamInstance, pair: PairPrivate, ssl: Connection, which: 'clearOut' | 'encOut', buf: Buffer): number {
  let left = slabLeft.get(stream) ?? SLAB_SIZE;
  let size = (stream as unknown as { _readableState: { highWaterMark: number } })._readableState.highWaterMark;
  let bytesRead = 0;
  let read: number;
  do {
    if (left === 0) {
      read = 0;
      break;
    }
    read = ssl[which](buf, bytesRead, Math.min(size, left, buf.length - bytesRead));
    if (read > 0) {
      bytesRead += read;
      size -= read;
      left -= read;
    }
  } while (read > 0 && bytesRead < size && pair.ssl);
  slabLeft.set(stream, left === 0 ? SLAB_SIZE : left);
  return bytesRead > 0 ? bytesRead : read;
}

/** A fresh Buffer with src's first n bytes (one native copy, no zero-fill pass in JS). */
function copyOut(src: Uint8Array, n: number): Buffer {
  const out = new Uint8Array(n);
  out.set(new Uint8Array(src.buffer, src.byteOffset, n));
  return fromUint8Array(out) as unknown as Buffer;
}

/** 0.10's parseCertString: "A=x\nB=y" → {A: 'x', B: 'y'}; a repeated field → an array. */
export function parseCertString(s: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const line of s.split('\n')) {
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    const key = line.slice(0, eq);
    const value = line.slice(eq + 1);
    const prev = out[key];
    if (prev === undefined) out[key] = value;
    else if (Array.isArray(prev)) prev.push(value);
    else out[key] = [prev, value];
  }
  return out;
}

// X509_V_ERR_* → 0.10's names.
const VERIFY_ERRORS: Record<number, string> = {
  [-1]: 'UNABLE_TO_GET_ISSUER_CERT',
  2: 'UNABLE_TO_GET_ISSUER_CERT',
  3: 'UNABLE_TO_GET_CRL',
  4: 'UNABLE_TO_DECRYPT_CERT_SIGNATURE',
  5: 'UNABLE_TO_DECRYPT_CRL_SIGNATURE',
  6: 'UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY',
  7: 'CERT_SIGNATURE_FAILURE',
  8: 'CRL_SIGNATURE_FAILURE',
  9: 'CERT_NOT_YET_VALID',
  10: 'CERT_HAS_EXPIRED',
  11: 'CRL_NOT_YET_VALID',
  12: 'CRL_HAS_EXPIRED',
  13: 'ERROR_IN_CERT_NOT_BEFORE_FIELD',
  14: 'ERROR_IN_CERT_NOT_AFTER_FIELD',
  15: 'ERROR_IN_CRL_LAST_UPDATE_FIELD',
  16: 'ERROR_IN_CRL_NEXT_UPDATE_FIELD',
  17: 'OUT_OF_MEM',
  18: 'DEPTH_ZERO_SELF_SIGNED_CERT',
  19: 'SELF_SIGNED_CERT_IN_CHAIN',
  20: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  21: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  22: 'CERT_CHAIN_TOO_LONG',
  23: 'CERT_REVOKED',
  24: 'INVALID_CA',
  25: 'PATH_LENGTH_EXCEEDED',
  26: 'INVALID_PURPOSE',
  27: 'CERT_UNTRUSTED',
  28: 'CERT_REJECTED',
};

type CaptureStackTrace = { captureStackTrace?(target: object, start?: Function): void };

/**
 * The peer's verification outcome as 0.10's verifyError(): null or Error(<CODE>). 0.10 made
 * that Error in C++, so its stack opens at the caller (tls.js's 'secure' handler, or the
 * program calling pair.ssl.verifyError()): `above` is the frame to leave out with this one.
 */
export function verifyError(pair: SecurePairInstance, above?: Function): Error | null {
  if (!pair.ssl) return null;
  const code = (binding().Connection.prototype.verifyError as () => number).call(pair.ssl);
  if (code === 0) return null;
  const err = new Error(VERIFY_ERRORS[code] || 'UNSPECIFIED');
  const capture = (Error as CaptureStackTrace).captureStackTrace;
  if (capture) capture(err, above || verifyError);
  return err;
}

/** 0.10's NPN wire form from a list of names (or a Buffer already in that form). */
export function convertNPNProtocols(protocols: unknown): Buffer | null {
  if (!protocols) return null;
  if (Array.isArray(protocols)) {
    let size = 0;
    for (const p of protocols) size += 1 + Buffer.byteLength(String(p));
    const buf = new Buffer(size);
    let off = 0;
    for (const p of protocols) {
      const len = Buffer.byteLength(String(p));
      buf[off] = len;
      buf.write(String(p), off + 1);
      off += 1 + len;
    }
    return buf;
  }
  if (Buffer.isBuffer(protocols)) return protocols as Buffer;
  return null;
}

// ---- the ClientHello, read before OpenSSL sees it (SNI and resumeSession) ----

interface Hello {
  sessionId: Buffer;
  servername: string | null;
}

/** A whole ClientHello (null: not yet complete; false: not one we can read). */
function parseHello(data: Buffer): Hello | null | false {
  if (data.length < 5) return null;
  if (data[0] !== 22) return false; // not a handshake record: OpenSSL will say what it is
  const recLen = (data[3] << 8) | data[4];
  if (data.length < 5 + recLen) return recLen > 16384 + 2048 ? false : null;
  const h = data.slice(5, 5 + recLen);
  if (h.length < 4 || h[0] !== 1) return false;
  const msgLen = (h[1] << 16) | (h[2] << 8) | h[3];
  if (4 + msgLen > h.length) return false; // spans records: give up reading it
  let p = 4 + 2 + 32;
  if (p + 1 > h.length) return false;
  const sidLen = h[p];
  const sessionId = copyOut(h.slice(p + 1, p + 1 + sidLen) as Buffer, Math.min(sidLen, Math.max(0, h.length - p - 1)));
  p += 1 + sidLen;
  let servername: string | null = null;
  if (p + 2 <= h.length) {
    p += 2 + ((h[p] << 8) | h[p + 1]); // cipher suites
    if (p + 1 <= h.length) p += 1 + h[p]; // compression
    if (p + 2 <= h.length) {
      const end = Math.min(h.length, p + 2 + ((h[p] << 8) | h[p + 1]));
      p += 2;
      while (p + 4 <= end) {
        const type = (h[p] << 8) | h[p + 1];
        const len = (h[p + 2] << 8) | h[p + 3];
        const ext = p + 4;
        if (type === 0 && ext + 5 <= end && h[ext + 2] === 0) {
          const nameLen = (h[ext + 3] << 8) | h[ext + 4];
          servername = h.toString('utf8', ext + 5, Math.min(end, ext + 5 + nameLen));
        }
        p = ext + len;
      }
    }
  }
  return { sessionId, servername };
}

// ---- CryptoStream ----

const DuplexCall = stream.Duplex as unknown as { call(self: object, options?: DuplexOptions): void };

function CryptoStream(this: CryptoStreamInstance, pair: SecurePairInstance, options?: DuplexOptions): void {
  DuplexCall.call(this, options);
  this.pair = pair;
  this._wants = false;
  this._destroyed = false;
  this._pendingCallback = null;
  this._doneFlag = false;
  this._ended = false;
  this._finished = false;
  this.once('finish', onCryptoStreamFinish);
  this.once('end', onCryptoStreamEnd);
}
const CryptoStreamCtor = CryptoStream as unknown as {
  new (pair: SecurePairInstance, options?: DuplexOptions): CryptoStreamInstance;
  prototype: CryptoStreamInstance;
};
inherits(CryptoStreamCtor, stream.Duplex);

function onCryptoStreamFinish(this: CryptoStreamInstance): void {
  this._finished = true;
  this.pair.cycle();
}

// As 0.10: the stream's onend hook (http's socketOnEnd) is read when 'end' comes, before the
// program's 'end' listeners; a hook cleared meanwhile (http's freeParser on 'close') is not called.
function onCryptoStreamEnd(this: CryptoStreamInstance): void {
  this._ended = true;
  if (this.onend) this.onend();
}

// The prototypes' local aliases are proto, proto2, proto3: the runtime names a method assigned
// through a `protoN` alias after its class, as 0.10's V8 did for X.prototype.m = function
// (a stack shows SecurePair.maybeInitFinished, CleartextStream.CryptoStream.destroy).
const proto = CryptoStreamCtor.prototype;

// 0.10 named these two (function read, function write): "CleartextStream.read [as _read]".
proto._read = function read(this: CryptoStreamInstance) {
  const pair = this.pair as PairPrivate;
  const deliver = this._n10Deliver;
  if (deliver) {
    // The pair's 'secure' or a chunk for the ondata hook, handed over here (throughClearRead);
    // the read that was pending before stays pending.
    this._n10Deliver = null;
    this._readableState.reading = deliver.reading;
    if (deliver.chunk === null) pair.maybeInitFinished();
    else if (this.ondata) this.ondata(deliver.chunk, 0, deliver.chunk.length);
    return;
  }
  // The cleartext side of an established pair reads the plaintext that is there now, inside
  // this read() (as 0.10's CryptoStream._read did: one read's worth, pushed synchronously,
  // so the read() that asked returns it together with what was buffered).
  if (this === pair.cleartext && pair.ssl && !pair._destroyed && pair._secureEstablished && !pair._clearEnded && !this.ondata && !pair._resumingSession && !pair._inSecureEmit) {
    const buf = scratchBuffer();
    const n = readOut(this, pair, pair.ssl, 'clearOut', buf);
    if (n > 0) {
      this._wants = false;
      this.push(copyOut(buf, n));
      pair.cycle();
      return;
    }
  }
  this._wants = true;
  pair.cycle();
};

proto._write = function write(this: CryptoStreamInstance, chunk: unknown, _encoding: string, cb: Callback) {
  const pair = this.pair;
  if (pair._destroyed || !pair.ssl) {
    cb(); // written into nothing, as 0.10 did after destroy
    return;
  }
  const self = this as CryptoStreamInstance & { _queue?: Buffer[] };
  if (!self._queue) self._queue = [];
  self._queue.push(chunk as Buffer);
  this._pendingCallback = cb;
  // As 0.10's write, which read the plaintext out with cleartext.read(0): the ondata hook is
  // called inside that read (CleartextStream.read [as _read] under this write in a stack).
  const p = pair as PairPrivate;
  p.cycle(true);
  while (p._n10Pending && !p._cycling) {
    // A cycle the hook starts (a response written) waits for this one, as inside cycle().
    p._cycling = true;
    const deliver = beginDelivery(p);
    try {
      p.cleartext.read(0);
      endDelivery(p, deliver);
    } finally {
      p._cycling = false;
    }
    if (p._again) p._again = false;
    p.cycle(true);
  }
};

proto.setTimeout = function (this: CryptoStreamInstance, msecs: number, cb?: () => void) {
  if (this.socket && this.socket.setTimeout) this.socket.setTimeout(msecs, cb);
};
proto.setNoDelay = function (this: CryptoStreamInstance, noDelay?: boolean) {
  if (this.socket && this.socket.setNoDelay) this.socket.setNoDelay(noDelay);
};
proto.setKeepAlive = function (this: CryptoStreamInstance, enable?: boolean, delay?: number) {
  if (this.socket && this.socket.setKeepAlive) this.socket.setKeepAlive(enable, delay);
};

Object.defineProperty(proto, 'bytesWritten', {
  get: function (this: CryptoStreamInstance) {
    return this.socket ? (this.socket as unknown as { bytesWritten: number }).bytesWritten : 0;
  },
});

proto.getPeerCertificate = function (this: CryptoStreamInstance) {
  const ssl = this.pair.ssl;
  if (!ssl) return null;
  const raw = ssl.getPeerCertificate();
  if (!raw) return {}; // 0.10: an empty object when the peer sent none
  const c: PeerCertificate = {};
  if (raw.subject !== undefined) c.subject = parseCertString(raw.subject);
  if (raw.issuer !== undefined) c.issuer = parseCertString(raw.issuer);
  if (raw.subjectaltname !== undefined) c.subjectaltname = raw.subjectaltname;
  if (raw.modulus !== undefined) c.modulus = raw.modulus;
  if (raw.exponent !== undefined) c.exponent = raw.exponent;
  if (raw.valid_from !== undefined) c.valid_from = raw.valid_from;
  if (raw.valid_to !== undefined) c.valid_to = raw.valid_to;
  if (raw.fingerprint !== undefined) c.fingerprint = raw.fingerprint;
  if (raw.ext_key_usage !== undefined) c.ext_key_usage = raw.ext_key_usage;
  return c;
};

proto.getSession = function (this: CryptoStreamInstance) {
  const ssl = this.pair.ssl;
  const s = ssl ? ssl.getSession() : undefined;
  return s ? new Buffer(s).toString('binary') : undefined;
};

proto.isSessionReused = function (this: CryptoStreamInstance) {
  const ssl = this.pair.ssl;
  return ssl ? ssl.isSessionReused() : false;
};

proto.getCipher = function (this: CryptoStreamInstance) {
  const ssl = this.pair.ssl;
  const c = ssl ? ssl.getCurrentCipher() : undefined;
  if (!c) return null;
  // 0.10's OpenSSL 1.0.1 named every TLS cipher's version so.
  return { name: c.name, version: 'TLSv1/SSLv3' };
};

proto.destroySoon = function (this: CryptoStreamInstance) {
  if (this.writable) this.end();
  if (this._writableState.finished && this._opposite._ended) this.destroy();
  else {
    const self = this;
    let waiting = 2;
    const done = function (): void {
      if (--waiting === 0) self.destroy();
    };
    if (this._writableState.finished) waiting--;
    else this.once('finish', done);
    if (this._opposite._ended) waiting--;
    else this._opposite.once('end', done);
    if (waiting === 0) this.destroy();
  }
};

proto.destroy = function (this: CryptoStreamInstance, err?: Error) {
  if (this._destroyed) return;
  (this.pair as PairPrivate)._closeHadError = this === this.pair.cleartext && !!err;
  this.pair.destroy();
};

Object.defineProperty(proto, 'readyState', {
  get: function (this: CryptoStreamInstance) {
    if (this._destroyed) return 'closed';
    if (this.readable && this.writable) return 'open';
    if (this.readable) return 'readOnly';
    if (this.writable) return 'writeOnly';
    return 'closed';
  },
});

// ---- CleartextStream / EncryptedStream ----

function CleartextStream(this: CleartextStreamInstance, pair: SecurePairInstance, options?: DuplexOptions): void {
  CryptoStream.call(this, pair, options);
  this.authorized = false;
}
const CleartextStreamCtor = CleartextStream as unknown as {
  new (pair: SecurePairInstance, options?: DuplexOptions): CleartextStreamInstance;
  prototype: CleartextStreamInstance;
};
inherits(CleartextStreamCtor, CryptoStreamCtor);

const proto2 = CleartextStreamCtor.prototype;
proto2.address = function (this: CleartextStreamInstance) {
  return this.socket && this.socket.address ? this.socket.address() : undefined;
};
Object.defineProperty(proto2, 'remoteAddress', {
  get: function (this: CleartextStreamInstance) {
    return this.socket && this.socket.remoteAddress;
  },
});
Object.defineProperty(proto2, 'remotePort', {
  get: function (this: CleartextStreamInstance) {
    return this.socket && this.socket.remotePort;
  },
});

function EncryptedStream(this: EncryptedStreamInstance, pair: SecurePairInstance, options?: DuplexOptions): void {
  CryptoStream.call(this, pair, options);
}
const EncryptedStreamCtor = EncryptedStream as unknown as {
  new (pair: SecurePairInstance, options?: DuplexOptions): EncryptedStreamInstance;
  prototype: EncryptedStreamInstance;
};
inherits(EncryptedStreamCtor, CryptoStreamCtor);

// ---- SecurePair ----

interface PairPrivate extends SecurePairInstance {
  _cycling: boolean;
  _again: boolean;
  _started: boolean;
  _helloDone: boolean;
  _helloBuf: Buffer | null;
  _shutdownSent: boolean;
  _encEnded: boolean;
  _clearEnded: boolean;
  _handshakes: number;
  _renegTimes: number[];
  _clearCbs: Callback[];
  _closeHadError?: boolean;
  _inSecureEmit?: boolean;
  /** Reading plaintext for the ondata hook: a chunk read, to hand over; more may follow. */
  _n10OndataRun?: boolean;
  _n10Pending?: Buffer | null;
}

function SecurePair(
  this: PairPrivate,
  credentials?: CredentialsInstance | null,
  isServer?: boolean,
  requestCert?: boolean,
  rejectUnauthorized?: boolean,
  options?: SecurePairOptions,
): SecurePairInstance | void {
  if (!(this instanceof SecurePair)) {
    return new SecurePairCtor(credentials, isServer, requestCert, rejectUnauthorized, options);
  }
  EventEmitter.call(this);
  const opts = options || {};
  this.server = opts.server || null;
  this._secureEstablished = false;
  this._isServer = !!isServer;
  this._requestCert = !!requestCert;
  this._rejectUnauthorized = !!rejectUnauthorized;
  this._resumingSession = false;
  this._destroyed = false;
  this._doneFlag = false;
  this._cycling = false;
  this._again = false;
  this._started = false;
  this._helloDone = !this._isServer;
  this._helloBuf = null;
  this._shutdownSent = false;
  this._encEnded = false;
  this._clearEnded = false;
  this._handshakes = 0;
  this._renegTimes = [];
  this._clearCbs = [];

  const self = this;
  this.credentials = credentials || createCredentials({});
  const ctx = nativeContext(this.credentials);
  // SSL_VERIFY_PEER (1) | SSL_VERIFY_FAIL_IF_NO_PEER_CERT (2), for a server that asks.
  const verifyMode = this._isServer && this._requestCert ? (this._rejectUnauthorized ? 3 : 1) : 0;
  const servername = !this._isServer && opts.servername ? String(opts.servername) : null;
  this.ssl = new (binding().Connection)(ctx, this._isServer, servername, verifyMode);
  // 0.10 programs ask pair.ssl.verifyError() for null or Error('<CODE>').
  Object.defineProperty(this.ssl, 'verifyError', {
    value: function verifyErrorOfConnection(): Error | null {
      return verifyError(self, verifyErrorOfConnection);
    },
    configurable: true,
    writable: true,
  });

  // NPN: a server advertises its list (without one, an empty list, as 0.10 did); a client
  // picks from it (without a list of its own it says "http/1.1" and its npnProtocol is false).
  const npn = convertNPNProtocols(opts.NPNProtocols);
  if (npn) this.ssl.setNPNProtocols(npn);
  else if (this._isServer) this.ssl.setNPNProtocols(new Buffer(0));
  if (opts.session && !this._isServer) this.ssl.setSession(opts.session);

  this.cleartext = new CleartextStreamCtor(this, opts.cleartext);
  this.encrypted = new EncryptedStreamCtor(this, opts.encrypted);
  // What @n10/http calls to pause and resume reading under its parser (readStop/readStart
  // on socket._handle): the cleartext side stops taking plaintext, so the peer is held back.
  const cleartext = this.cleartext as CleartextStreamInstance & { _n10ReadStopped?: boolean };
  Object.defineProperty(cleartext, '_handle', {
    value: {
      readStart: function (): number {
        cleartext._n10ReadStopped = false;
        self.cycle();
        return 0;
      },
      readStop: function (): number {
        cleartext._n10ReadStopped = true;
        return 0;
      },
    },
    writable: true,
    configurable: true,
    enumerable: false,
  });
  this.cleartext._opposite = this.encrypted;
  this.encrypted._opposite = this.cleartext;
  this.cleartext.encrypted = this.encrypted;

  process.nextTick(function () {
    if (self._destroyed || !self.ssl) return;
    if (!self._isServer) {
      self._started = true;
      try {
        self.ssl.start();
      } catch (e) {
        self.error(e as Error);
        return;
      }
    }
    self.cycle();
  });
}
const SecurePairCtor = SecurePair as unknown as SecurePairConstructor;
inherits(SecurePairCtor, EventEmitter);

const proto3 = SecurePairCtor.prototype as PairPrivate;

proto3.cycle = function (this: PairPrivate, handOver?: boolean) {
  if (this._destroyed || !this.ssl) return;
  if (this._cycling) {
    this._again = true;
    return;
  }
  this._cycling = true;
  try {
    let rounds = 0;
    do {
      this._again = false;
      if (step(this)) this._again = true;
      if (this._n10Pending) {
        // A chunk for the ondata hook: handed over inside the cleartext side's read(0), by
        // the write that asked (see _write) or here.
        if (handOver) {
          this._cycling = false;
          return;
        }
        const deliver = beginDelivery(this);
        this.cleartext.read(0);
        endDelivery(this, deliver);
      }
      if (++rounds > 10000) break;
    } while (this._again && !this._destroyed && this.ssl);
  } catch (e) {
    this._cycling = false;
    if (this._destroyed && (e as { code?: unknown } | null)?.code === 'ERR_N10_STATE') return; // closed under us by a listener
    // OpenSSL's verdicts end the connection; anything else (a listener that threw) is the
    // program's exception and goes on up, as in 0.10.
    if (isSslError(e)) {
      this.error(e as Error);
      return;
    }
    throw e;
  }
  this._cycling = false;
};

interface Delivery {
  chunk: Buffer | null;
  reading: boolean;
}

/** Leaves the pending chunk for the cleartext side's _read, which read(0) calls next. */
function beginDelivery(pair: PairPrivate): Delivery {
  const chunk = pair._n10Pending as Buffer;
  pair._n10Pending = null;
  const clear = pair.cleartext;
  const rs = clear._readableState as { reading: boolean };
  const deliver = { chunk: chunk, reading: rs.reading };
  clear._n10Deliver = deliver;
  rs.reading = false;
  return deliver;
}

/** If read(0) did not get to _read (a full or ended buffer), the hook gets the chunk here. */
function endDelivery(pair: PairPrivate, deliver: Delivery): void {
  const clear = pair.cleartext;
  if (clear._n10Deliver !== deliver) return;
  clear._n10Deliver = null;
  (clear._readableState as { reading: boolean }).reading = deliver.reading;
  if (deliver.chunk && clear.ondata) clear.ondata(deliver.chunk, 0, deliver.chunk.length);
}

/**
 * 0.10 read the SSL inside the cleartext side's read() (CleartextStream.read [as _read], called
 * through Readable.read by every write into the pair), so that is where 'secure' and the
 * ondata hook were called from: a listener's stack shows those frames. The cycle hands 'secure'
 * over through cleartext.read(0) here (a chunk for the hook: beginDelivery/endDelivery around a
 * read(0) of the caller's, so that no frame of n10's stands between); the stream's state is
 * left as it was, but for what read(0) itself does.
 */
function throughClearRead(pair: PairPrivate): void {
  const clear = pair.cleartext;
  const rs = clear._readableState as { reading: boolean };
  const deliver = { chunk: null, reading: rs.reading };
  clear._n10Deliver = deliver;
  rs.reading = false;
  clear.read(0);
  if (clear._n10Deliver === deliver) {
    // read(0) did not get to _read (a full or ended buffer): at once.
    clear._n10Deliver = null;
    rs.reading = deliver.reading;
    pair.maybeInitFinished();
  }
}

/** Moves what can move once; true if anything did. */
function step(pair: PairPrivate): boolean {
  const ssl = pair.ssl as Connection;
  const clear = pair.cleartext as CleartextStreamInstance & { _queue?: Buffer[] };
  const enc = pair.encrypted as EncryptedStreamInstance & { _queue?: Buffer[] };
  const buf = scratchBuffer();
  let progress = false;

  // 1. The peer's ciphertext in (a server reads the ClientHello first).
  if (enc._queue && enc._queue.length && !pair._resumingSession) {
    const chunks = enc._queue;
    enc._queue = [];
    for (const chunk of chunks) {
      if (!pair._helloDone) {
        pair._helloBuf = pair._helloBuf ? Buffer.concat([pair._helloBuf, chunk]) : chunk;
        const hello = parseHello(pair._helloBuf);
        if (hello === null) continue; // more to come
        pair._helloDone = true;
        const data = pair._helloBuf;
        pair._helloBuf = null;
        if (hello) {
          onClientHello(pair, hello, data);
          if (pair._destroyed || !pair.ssl) return false;
          if (pair._resumingSession) {
            // The rest waits for the resumeSession callback.
            enc._queue.push(...chunks.slice(chunks.indexOf(chunk) + 1));
            break;
          }
          continue;
        }
        ssl.encIn(data, 0, data.length);
      } else {
        ssl.encIn(chunk, 0, chunk.length);
      }
      progress = true;
    }
  }

  // 2. Handshake: a client starts it; either side is driven by reads.
  if (!pair._isServer && !pair._started) {
    pair._started = true;
    ssl.start();
    progress = true;
  }

  // 3. Plaintext out, while the cleartext side wants it.
  let drained = pair._clearEnded;
  if (!pair._clearEnded) {
    if (!pair._secureEstablished) {
      // The handshake first: no plaintext is read before 'secure'. (A renegotiation later
      // runs inside SSL_read, which also takes the application data around it.)
      if (!ssl.isInitFinished()) {
        if (ssl.start() === 1) progress = true;
      } else {
        progress = true; // 'secure' below, then the plaintext
      }
    } else if (clear._wants || pair._n10OndataRun || (clear.ondata && !(clear as { _n10ReadStopped?: boolean })._n10ReadStopped)) {
      for (;;) {
        const n = readOut(clear, pair, ssl, 'clearOut', buf);
        if (n > 0) {
          progress = true;
          const chunk = copyOut(buf, n);
          if (clear.ondata) {
            // cycle() hands it to the hook (through the cleartext side's read(), as 0.10 did),
            // then comes back here for the rest of what there is to read.
            pair._n10OndataRun = true;
            pair._n10Pending = chunk;
            return true;
          } else {
            // One read's worth for this _read(); the stream asks again (and reads the rest
            // inside its read(), see _read) when it wants more.
            // 0.10 pushed it inside the stream's own read() (CleartextStream.read [as _read]),
            // where the readable state is sync: 'readable' (and the 'data' of a listener) came
            // on the next tick, after the ticks already queued, never inside this cycle.
            clear._wants = false;
            const rs = (clear as unknown as { _readableState: { sync: boolean } })._readableState;
            const wasSync = rs.sync;
            rs.sync = true;
            try {
              clear.push(chunk);
            } finally {
              rs.sync = wasSync;
            }
            break;
          }
          if (pair._destroyed || !pair.ssl) return false;
          continue;
        }
        // (-1: the peer's close_notify. As in 0.10, the cleartext side ends with the
        // encrypted one, when the peer's TCP stream ends.)
        drained = true;
        break;
      }
      pair._n10OndataRun = false;
    }
  }
  if (pair._destroyed || !pair.ssl) return false;

  // 4. The handshake's end, renegotiations, new sessions.
  if (!pair._secureEstablished && ssl.isInitFinished()) {
    pair._secureEstablished = true;
    // 0.10 finished the handshake inside the cleartext side's read: a 'data' listener added
    // by a 'secure'/'secureConnect'/'secureConnection' listener got the plaintext already
    // there only after those listeners returned (see _read), never inside its on('data').
    pair._inSecureEmit = true;
    try {
      throughClearRead(pair);
    } finally {
      pair._inSecureEmit = false;
    }
    if (pair._destroyed || !pair.ssl) return false;
    progress = true;
  }
  const hs = ssl.handshakes();
  if (hs !== pair._handshakes) {
    const renegs = hs - Math.max(pair._handshakes, 1);
    pair._handshakes = hs;
    if (pair._isServer && renegs > 0 && pair._secureEstablished) onRenegotiation(pair, renegs);
    if (pair._destroyed || !pair.ssl) return false;
  }
  if (pair._isServer) {
    const made = ssl.takeNewSession();
    if (made && pair.server) pair.server.emit('newSession', new Buffer(made[0]), new Buffer(made[1]));
  }

  // 5. The program's plaintext in, once the handshake is done.
  if (pair._secureEstablished && clear._queue && clear._queue.length) {
    while (clear._queue.length) {
      const chunk = clear._queue[0];
      const n = ssl.clearIn(chunk, 0, chunk.length);
      if (n <= 0) break;
      progress = true;
      if (n < chunk.length) clear._queue[0] = chunk.slice(n) as Buffer;
      else clear._queue.shift();
    }
    if (clear._queue.length === 0 && clear._pendingCallback) {
      pair._clearCbs.push(clear._pendingCallback);
      clear._pendingCallback = null;
    }
  }

  // 6. Close notify, once the program ended its side and all of it went in.
  if (clear._finished && !pair._shutdownSent && pair._secureEstablished && !(clear._queue && clear._queue.length)) {
    pair._shutdownSent = true;
    ssl.shutdown();
    progress = true;
  }

  // 7. Ciphertext out, while the encrypted side wants it.
  if (enc._wants) {
    for (;;) {
      const n = ssl.encOut(buf, 0, buf.length);
      if (n <= 0) break;
      progress = true;
      if (!enc.push(copyOut(buf, n))) {
        enc._wants = false;
        break;
      }
      if (pair._destroyed || !pair.ssl) return false;
    }
  }
  if (pair._destroyed || !pair.ssl) return false;
  const encPending = ssl.encPending();

  // 8. Write callbacks: plaintext written once its ciphertext has gone out; ciphertext
  // taken once the cleartext side is not full (or the handshake needed it).
  if (encPending === 0 && pair._clearCbs.length) {
    const cbs = pair._clearCbs;
    pair._clearCbs = [];
    for (const cb of cbs) cb();
    progress = true;
  }
  if (enc._pendingCallback && !(enc._queue && enc._queue.length) && !pair._resumingSession) {
    if (drained || !pair._secureEstablished) {
      const cb = enc._pendingCallback;
      enc._pendingCallback = null;
      cb();
      progress = true;
    }
  }

  // 9. Ends: our close_notify out → the encrypted side ends; the peer's ciphertext ended →
  // the cleartext side ends (after what was in it).
  if (pair._shutdownSent && encPending === 0 && !pair._encEnded) {
    pair._encEnded = true;
    enc.push(null);
    progress = true;
  }
  if (enc._finished && !pair._clearEnded && !(enc._queue && enc._queue.length) && !pair._resumingSession) {
    if (!pair._secureEstablished) {
      // The peer went away in the handshake.
      pair.error();
      return false;
    }
    // Over a socket, the end comes with the socket's close (pipe.ts), after 'close' as in 0.10.
    if (drained && !clear.socket) endCleartextOf(pair);
  }
  return progress;
}

export function endCleartext(pair: SecurePairInstance): void {
  endCleartextOf(pair as PairPrivate);
}

function endCleartextOf(pair: PairPrivate): void {
  if (pair._clearEnded) return;
  pair._clearEnded = true;
  const clear = pair.cleartext;
  clear.push(null);
  if (clear.ondata || clear._readableState.length === 0) clear.read(0);
}

function onClientHello(pair: PairPrivate, hello: Hello, data: Buffer): void {
  const ssl = pair.ssl as Connection;
  const server = pair.server;
  if (hello.servername) {
    pair.servername = hello.servername;
    const sni = server && server.SNICallback;
    if (sni) {
      const ctx = sni(hello.servername);
      if (ctx) ssl.setContext(nativeContext(ctx));
    }
  }
  let once = false;
  const feed = function (err?: Error | null, session?: Uint8Array | null): void {
    if (once) return;
    once = true;
    if (pair._destroyed || !pair.ssl) return;
    if (err) {
      pair.destroy();
      return;
    }
    if (session) pair.ssl.loadSession(session);
    pair.ssl.encIn(data, 0, data.length);
    pair._resumingSession = false;
    pair.cycle();
  };
  pair._resumingSession = true;
  if (hello.sessionId.length > 0 && server && server.emit('resumeSession', hello.sessionId, feed)) return;
  // Nobody to ask: on at once (inside this cycle).
  once = true;
  if (pair._destroyed) return;
  ssl.encIn(data, 0, data.length);
  pair._resumingSession = false;
}

function onRenegotiation(pair: PairPrivate, count: number): void {
  const now = Date.now();
  for (let i = 0; i < count; i++) pair._renegTimes.push(now);
  const window = settings.CLIENT_RENEG_WINDOW * 1000;
  pair._renegTimes = pair._renegTimes.filter((t) => now - t <= window);
  if (pair._renegTimes.length > settings.CLIENT_RENEG_LIMIT) {
    const err = new Error('TLS session renegotiation attack detected.');
    pair.cleartext.emit('error', err);
    pair.destroy();
  }
}

/** The last handshake flight, read out of OpenSSL (not yet sent): see flushEncrypted. */
proto3.takeEncrypted = function (this: PairPrivate): Buffer | null {
  const ssl = this.ssl;
  if (!ssl || this._destroyed) return null;
  const buf = scratchBuffer();
  const parts: Buffer[] = [];
  for (;;) {
    const n = ssl.encOut(buf, 0, buf.length);
    if (n <= 0) break;
    parts.push(copyOut(buf, n));
  }
  return parts.length ? (parts.length === 1 ? parts[0] : Buffer.concat(parts)) : null;
};

/**
 * Sends the flight taken before 'secureConnection' was emitted, with the first write the
 * program made in that listener in the same chunk (0.10 read both in one encrypted read:
 * the peer gets them in one segment). Sent even if the listener destroyed the connection,
 * so that the peer still finishes its handshake (as in 0.10; a rejected one is cut off
 * before that).
 */
proto3.flushEncrypted = function (this: PairPrivate, held?: Buffer | null) {
  let out = held || null;
  const ssl = this.ssl;
  const clear = this.cleartext as CleartextStreamInstance & { _queue?: Buffer[] };
  if (ssl && !this._destroyed && clear._queue && clear._queue.length) {
    const chunk = clear._queue[0];
    const n = ssl.clearIn(chunk, 0, chunk.length);
    if (n > 0) {
      if (n < chunk.length) clear._queue[0] = chunk.slice(n) as Buffer;
      else clear._queue.shift();
      if (clear._queue.length === 0 && clear._pendingCallback) {
        this._clearCbs.push(clear._pendingCallback);
        clear._pendingCallback = null;
      }
      const more = this.takeEncrypted();
      if (more) out = out ? Buffer.concat([out, more]) : more;
    }
  }
  if (out && out.length && !this.encrypted.push(out)) this.encrypted._wants = false;
};

proto3.maybeInitFinished = function (this: PairPrivate) {
  if (this.ssl && !this.servername) {
    const name = this.ssl.getServername();
    this.servername = name ? name : false;
  }
  this.npnProtocol = this.ssl ? this.ssl.getNegotiatedProtocol() : false;
  this.emit('secure');
};

proto3.destroy = function (this: PairPrivate) {
  if (this._destroyed) return;
  this._destroyed = true;
  this._doneFlag = true;
  const self = this;
  const clear = this.cleartext;
  const enc = this.encrypted;
  clear._destroyed = enc._destroyed = true;
  clear.destroyed = enc.destroyed = true;
  clear.readable = clear.writable = false;
  enc.readable = enc.writable = false;
  if (this.ssl) {
    this.ssl.close();
    this.ssl = null;
  }
  // 'close' on the next tick (0.10's CryptoStream.destroy), the encrypted side's first, each
  // with had_error (false, or true for cleartext.destroy(err)); then the cleartext side's 'end'
  // (pushed in that tick, so emitted after 'close': 0.10's order, whatever closed it).
  const clearHadError = this._closeHadError === true;
  process.nextTick(function () {
    enc.emit('close', false);
    endCleartextOf(self);
    clear.emit('close', clearHadError);
  });
};

/** An error the binding raised for OpenSSL (or the TLS state machine), not the program's. */
function isSslError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.indexOf('ERR_OSSL_') === 0 || code === 'ERR_N10_TLS' || code === 'ERR_N10_CRYPTO');
}

/** OpenSSL's verdict as 0.10 gave it (node_crypto's Exception::Error(text)): an Error with
 * the message only; the binding's code, reason, library and opensslCode go. */
function plainSslError(e: Error): Error {
  const x = e as Error & Record<string, unknown>;
  delete x.code;
  delete x.reason;
  delete x.library;
  delete x.opensslCode;
  return e;
}

proto3.error = function (this: PairPrivate, err?: Error) {
  if (this._destroyed) return;
  if (err && isSslError(err)) plainSslError(err);
  if (!this._secureEstablished) {
    let e = err as (Error & { code?: string; sslError?: string }) | undefined;
    // No verdict (the peer went away) or a clean close_notify: 'socket hang up', with the
    // SSL error's text (if any) as sslError.
    if (!e || e.message === 'ZERO_RETURN') {
      const reset = new Error('socket hang up') as Error & { code?: string; sslError?: string };
      reset.code = 'ECONNRESET';
      reset.sslError = e && e.message;
      e = reset;
    }
    // The error first, then the destroy and its 'close' (0.10's order: an http request over it
    // sees one 'socket hang up', then 'close').
    const self = this as PairPrivate & { _handshakeFailed?: boolean };
    if (self._handshakeFailed) return;
    self._handshakeFailed = true;
    try {
      this.emit('error', e);
    } finally {
      this.destroy();
    }
  } else if (err && this._isServer && this._rejectUnauthorized && /peer did not return a certificate/.test(err.message)) {
    this.destroy();
  } else {
    this.cleartext.emit('error', err || new Error('socket hang up'));
  }
};

export {
  SecurePairCtor as SecurePair,
  CleartextStreamCtor as CleartextStream,
  EncryptedStreamCtor as EncryptedStream,
  CryptoStreamCtor as CryptoStream,
};

/** tls.createSecurePair([credentials], [isServer], [requestCert], [rejectUnauthorized]) */
export function createSecurePair(
  credentials?: CredentialsInstance | null,
  isServer?: boolean,
  requestCert?: boolean,
  rejectUnauthorized?: boolean,
): SecurePairInstance {
  return new SecurePairCtor(credentials, !!isServer, !!requestCert, !!rejectUnauthorized);
}
