// http.OutgoingMessage: what ServerResponse and ClientRequest share. A legacy (0.8-style)
// writable Stream that turns headers and body writes into bytes on its socket.
//
// - Headers are kept as given (setHeader/getHeader/removeHeader, case-insensitive, original
//   case sent) until the first write or end(), which renders the header block once
//   (_storeHeader). The rules there decide the framing: a Content-Length or Transfer-Encoding
//   given by the user is respected; otherwise the body is chunked when the peer can take
//   it, or delimited by closing the connection. Like 0.10, header names are matched by
//   substring ("X-Updated" counts as a Date header).
// - The header goes out with the first body chunk, in the same write (and, for a string
//   body, in its encoding); end(data) on a fresh message makes one write of everything.
// - Until the message owns its socket (a response queued behind earlier ones on a
//   keep-alive connection, a request waiting for a connection), writes are buffered in
//   `output` / `outputEncodings` and flushed when the socket is assigned (_flush).
// - 'finish' is emitted once everything has been handed to the socket.
import { Buffer } from '@n10/buffer';
import type { ForeignBuffer } from '@n10/buffer';
import { adoptBuffer } from '@n10/buffer/internal';
import stream from '@n10/stream';
import timers from '@n10/timers';
import { inherits } from '@n10/util';
import type { EventEmitter } from '@n10/events';
import type { HttpSocket } from './common';

const CRLF = '\r\n';

/** Header values as setHeader/writeHead take them (numbers and arrays are fine). */
export type HeaderValue = string | number | boolean | null | undefined | Array<string | number>;
export type OutgoingHeaders = Record<string, HeaderValue> | Array<[string, HeaderValue]>;

export interface OutgoingMessageInstance extends EventEmitter {
  output: Array<string | Buffer>;
  outputEncodings: Array<string | undefined>;
  writable: boolean;
  /** This is the last message on the connection: close it after. */
  _last: boolean;
  chunkedEncoding: boolean;
  shouldKeepAlive: boolean;
  useChunkedEncodingByDefault: boolean;
  sendDate: boolean;
  _headerSent: boolean;
  _header: string;
  _hasBody: boolean;
  _trailer: string;
  finished: boolean;
  _hangupClose: boolean;
  socket: HttpSocket | null;
  connection: HttpSocket | null;
  _headers?: Record<string, HeaderValue>;
  _headerNames?: Record<string, string>;
  agent?: unknown;
  readonly headersSent: boolean;
  setTimeout(msecs: number, callback?: () => void): void;
  destroy(error?: Error): void;
  _send(data: string | Buffer, encoding?: string): boolean;
  _writeRaw(data: string | Buffer, encoding?: string): boolean;
  _buffer(data: string | Buffer, encoding?: string): boolean;
  _storeHeader(firstLine: string, headers: OutgoingHeaders | null | undefined): void;
  setHeader(name: string, value: HeaderValue): void;
  getHeader(name: string): HeaderValue;
  removeHeader(name: string): void;
  _renderHeaders(): Record<string, HeaderValue>;
  write(chunk: string | Buffer | ForeignBuffer, encoding?: string): boolean;
  addTrailers(headers: OutgoingHeaders): void;
  end(data?: string | Buffer | ForeignBuffer | null, encoding?: string): boolean;
  _finish(): void;
  _flush(): void;
  /** ServerResponse and ClientRequest: render the headers set so far. */
  _implicitHeader(): void;
}

export interface OutgoingMessageConstructor {
  new (): OutgoingMessageInstance;
  (this: OutgoingMessageInstance): void;
  prototype: OutgoingMessageInstance;
  super_: unknown;
}

// ---- the Date header: one string a second ----

let dateCache: string | undefined;
/** The current time as an HTTP date, remade at most once a second (on an unref'd timer). */
function utcDate(): string {
  if (dateCache === undefined) {
    const d = new Date();
    dateCache = d.toUTCString();
    timers.enroll(dateTimer as never, 1000 - d.getMilliseconds());
    (timers as unknown as { _unrefActive(item: unknown): void })._unrefActive(dateTimer);
  }
  return dateCache;
}
const dateTimer = {
  _onTimeout(): void {
    dateCache = undefined;
  },
};

// ---- the message ----

const Stream = stream as unknown as { call(self: object): void };

function OutgoingMessage(this: OutgoingMessageInstance): void {
  Stream.call(this);
  this.output = [];
  this.outputEncodings = [];
  this.writable = true;
  this._last = false;
  this.chunkedEncoding = false;
  this.shouldKeepAlive = true;
  this.useChunkedEncodingByDefault = true;
  this.sendDate = false;
  this._headerSent = false;
  this._header = '';
  this._hasBody = true;
  this._trailer = '';
  this.finished = false;
  this._hangupClose = false;
  this.socket = null;
  this.connection = null;
}
const OutgoingMessageCtor = OutgoingMessage as unknown as OutgoingMessageConstructor;
inherits(OutgoingMessageCtor, stream);

const proto = OutgoingMessageCtor.prototype;

proto.setTimeout = function (this: OutgoingMessageInstance, msecs: number, callback?: () => void): void {
  if (callback) this.on('timeout', callback);
  if (!this.socket) {
    this.once('socket', function (socket: HttpSocket) {
      socket.setTimeout(msecs);
    });
  } else {
    this.socket.setTimeout(msecs);
  }
};

proto.destroy = function (this: OutgoingMessageInstance, error?: Error): void {
  if (this.socket) this.socket.destroy(error);
  else {
    this.once('socket', function (socket: HttpSocket) {
      socket.destroy(error);
    });
  }
};

/**
 * Sends body bytes, the header first if it has not gone yet: in the same string when the
 * body is a string in a text encoding, else as its own (ascii) write just before.
 */
proto._send = function (this: OutgoingMessageInstance, data: string | Buffer, encoding?: string): boolean {
  if (!this._headerSent) {
    if (typeof data === 'string' && encoding !== 'hex' && encoding !== 'base64') {
      data = this._header + data;
    } else {
      this.output.unshift(this._header);
      this.outputEncodings.unshift('ascii');
    }
    this._headerSent = true;
  }
  return this._writeRaw(data, encoding);
};

/** Writes to the socket if this message owns it (after anything buffered), else buffers. */
proto._writeRaw = function (this: OutgoingMessageInstance, data: string | Buffer, encoding?: string): boolean {
  if (data.length === 0) return true;
  const conn = this.connection;
  if (conn && conn._httpMessage === this && conn.writable && !conn.destroyed) {
    // What was buffered goes first.
    while (this.output.length) {
      if (!conn.writable) {
        this._buffer(data, encoding);
        return false;
      }
      const c = this.output.shift() as string | Buffer;
      const e = this.outputEncodings.shift();
      conn.write(c, e);
    }
    return conn.write(data, encoding);
  }
  // A destroyed socket whose 'close' has not come yet: the bytes go nowhere.
  if (conn && conn.destroyed) return false;
  this._buffer(data, encoding);
  return false;
};

/** Buffers data until the socket is ours, one write each (0.10.19 joined nothing: each goes
 * to the socket as its own write when the socket is assigned). */
proto._buffer = function (this: OutgoingMessageInstance, data: string | Buffer, encoding?: string): boolean {
  this.output.push(data);
  this.outputEncodings.push(encoding);
  return false;
};

// Header names that steer the framing, matched anywhere in the name, any case.
const connectionExpression = /Connection/i;
const transferEncodingExpression = /Transfer-Encoding/i;
const closeExpression = /close/i;
const chunkExpression = /chunk/i;
const contentLengthExpression = /Content-Length/i;
const dateExpression = /Date/i;
const expectExpression = /Expect/i;
const lineBreaks = /[\r\n]/;
const lineBreaksAndFold = /[\r\n]+[ \t]*/g;

interface HeaderState {
  sentConnectionHeader: boolean;
  sentContentLengthHeader: boolean;
  sentTransferEncodingHeader: boolean;
  sentDateHeader: boolean;
  sentExpect: boolean;
  messageHeader: string;
}

function storeHeader(self: OutgoingMessageInstance, state: HeaderState, field: string, value: unknown): void {
  // No response splitting: line breaks (and the white space after them) are removed.
  if (lineBreaks.test(value as string)) value = String(value).replace(lineBreaksAndFold, '');
  state.messageHeader += field + ': ' + value + CRLF;

  if (connectionExpression.test(field)) {
    state.sentConnectionHeader = true;
    if (closeExpression.test(value as string)) self._last = true;
    else self.shouldKeepAlive = true;
  } else if (transferEncodingExpression.test(field)) {
    state.sentTransferEncodingHeader = true;
    if (chunkExpression.test(value as string)) self.chunkedEncoding = true;
  } else if (contentLengthExpression.test(field)) {
    state.sentContentLengthHeader = true;
  } else if (dateExpression.test(field)) {
    state.sentDateHeader = true;
  } else if (expectExpression.test(field)) {
    state.sentExpect = true;
  }
}

/** Renders the header block (sent with the first body bytes, or now for Expect). */
proto._storeHeader = function (this: OutgoingMessageInstance, firstLine: string, headers: OutgoingHeaders | null | undefined): void {
  const state: HeaderState = {
    sentConnectionHeader: false,
    sentContentLengthHeader: false,
    sentTransferEncodingHeader: false,
    sentDateHeader: false,
    sentExpect: false,
    messageHeader: firstLine,
  };

  if (headers) {
    const keys = Object.keys(headers);
    const isArray = Array.isArray(headers);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      let field: string;
      let value: unknown;
      if (isArray) {
        const pair = (headers as unknown as Record<string, [string, unknown]>)[key];
        field = pair[0];
        value = pair[1];
      } else {
        field = key;
        value = (headers as Record<string, unknown>)[key];
      }
      if (Array.isArray(value)) {
        for (let j = 0; j < value.length; j++) storeHeader(this, state, field, value[j]);
      } else {
        storeHeader(this, state, field, value);
      }
    }
  }

  if (this.sendDate === true && state.sentDateHeader === false) state.messageHeader += 'Date: ' + utcDate() + CRLF;

  // Keep-alive needs a way to find the end of the body (a length, chunks) or an agent's
  // pooling; without one the connection closes after this message.
  if (state.sentConnectionHeader === false) {
    const keepAlive = this.shouldKeepAlive && (state.sentContentLengthHeader || this.useChunkedEncodingByDefault || this.agent);
    if (keepAlive) {
      state.messageHeader += 'Connection: keep-alive\r\n';
    } else {
      this._last = true;
      state.messageHeader += 'Connection: close\r\n';
    }
  }

  if (state.sentContentLengthHeader === false && state.sentTransferEncodingHeader === false) {
    if (this._hasBody) {
      if (this.useChunkedEncodingByDefault) {
        state.messageHeader += 'Transfer-Encoding: chunked\r\n';
        this.chunkedEncoding = true;
      } else {
        this._last = true;
      }
    } else {
      // No body: no terminating chunk either.
      this.chunkedEncoding = false;
    }
  }

  this._header = state.messageHeader + CRLF;
  this._headerSent = false;

  // Expect: 100-continue waits for the server's go-ahead: the header goes now.
  if (state.sentExpect) this._send('');
};

proto.setHeader = function (this: OutgoingMessageInstance, name: string, value: HeaderValue): void {
  if (arguments.length < 2) throw new Error('`name` and `value` are required for setHeader().');
  if (this._header) throw new Error("Can't set headers after they are sent.");
  const key = name.toLowerCase();
  this._headers = this._headers || {};
  this._headerNames = this._headerNames || {};
  this._headers[key] = value;
  this._headerNames[key] = name;
};

proto.getHeader = function (this: OutgoingMessageInstance, name: string): HeaderValue {
  if (arguments.length < 1) throw new Error('`name` is required for getHeader().');
  if (!this._headers) return undefined;
  return this._headers[name.toLowerCase()];
};

proto.removeHeader = function (this: OutgoingMessageInstance, name: string): void {
  if (arguments.length < 1) throw new Error('`name` is required for removeHeader().');
  if (this._header) throw new Error("Can't remove headers after they are sent.");
  if (!this._headers) return;
  const key = name.toLowerCase();
  delete this._headers[key];
  delete (this._headerNames as Record<string, string>)[key];
};

/** The headers set so far, under the names they were set with. */
proto._renderHeaders = function (this: OutgoingMessageInstance): Record<string, HeaderValue> {
  if (this._header) throw new Error("Can't render headers after they are sent to the client.");
  const set = this._headers;
  if (!set) return {};
  const names = this._headerNames as Record<string, string>;
  const headers: Record<string, HeaderValue> = {};
  const keys = Object.keys(set);
  for (let i = 0; i < keys.length; i++) headers[names[keys[i]]] = set[keys[i]];
  return headers;
};

Object.defineProperty(proto, 'headersSent', {
  configurable: true,
  enumerable: true,
  get(this: OutgoingMessageInstance) {
    return !!this._header;
  },
});

const crlfBuf = new Buffer('\r\n');

proto.write = function (this: OutgoingMessageInstance, chunk: string | Buffer, encoding?: string): boolean {
  if (!this._header) this._implicitHeader();
  // (HEAD, 204, 304: the body is dropped.)
  if (!this._hasBody) return true;
  if (typeof chunk !== 'string' && !Buffer.isBuffer(chunk)) throw new TypeError('first argument must be a string or Buffer');
  // A foreign Buffer (a current Node's own) is sent through an n10 Buffer over its memory.
  if (typeof chunk !== 'string') chunk = adoptBuffer(chunk) as Buffer;
  // Nothing to send; go on writing.
  if (chunk.length === 0) return true;

  if (!this.chunkedEncoding) return this._send(chunk, encoding);
  if (typeof chunk === 'string' && encoding !== 'hex' && encoding !== 'base64') {
    const len = Buffer.byteLength(chunk, encoding);
    return this._send(len.toString(16) + CRLF + chunk + CRLF, encoding);
  }
  // A buffer: its size line, itself and CRLF in one buffer (0.10's chunkify), one write.
  if (typeof chunk !== 'string') return this._send(chunkify(chunk, '', '', false), encoding);
  // A string that cannot share a write with text: size line (carrying the header, if it has
  // not gone yet), the chunk, CRLF.
  const len = Buffer.byteLength(chunk, encoding);
  this._send(len.toString(16) + CRLF, 'ascii');
  this._send(chunk, encoding);
  return this._send(CRLF);
};

/** One chunk of a chunked body in one buffer: [header] size CRLF bytes CRLF [0 CRLF trailer CRLF]. */
function chunkify(chunk: Buffer, header: string, trailer: string, last: boolean): Buffer {
  const size = chunk.length.toString(16);
  // (Headers are one byte a character, so their string length is their byte length.)
  const buf = new Buffer(header.length + size.length + 2 + chunk.length + 2 + (last ? 3 + trailer.length + 2 : 0));
  let off = 0;
  if (header.length) off += buf.write(header, off, header.length, 'ascii');
  off += buf.write(size, off, size.length, 'ascii');
  off += crlfBuf.copy(buf, off);
  off += chunk.copy(buf, off);
  off += crlfBuf.copy(buf, off);
  if (last) {
    off += buf.write('0\r\n', off, 3, 'ascii');
    if (trailer.length) off += buf.write(trailer, off, trailer.length, 'ascii');
    crlfBuf.copy(buf, off);
  }
  return buf;
}

proto.addTrailers = function (this: OutgoingMessageInstance, headers: OutgoingHeaders): void {
  this._trailer = '';
  const keys = Object.keys(headers);
  const isArray = Array.isArray(headers);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    let field: string;
    let value: unknown;
    if (isArray) {
      const pair = (headers as unknown as Record<string, [string, unknown]>)[key];
      field = pair[0];
      value = pair[1];
    } else {
      field = key;
      value = (headers as Record<string, unknown>)[key];
    }
    this._trailer += field + ': ' + value + CRLF;
  }
};

proto.end = function (this: OutgoingMessageInstance, data?: string | Buffer | null, encoding?: string): boolean {
  if (this.finished) return false;
  if (!this._header) this._implicitHeader();
  if (data && !this._hasBody) data = null;
  if (data && typeof data !== 'string') data = (adoptBuffer(data) ?? data) as Buffer;

  const conn = this.connection;
  let ret = false;
  // The common case (writeHead, then end with the body) in one write.
  let hot = this._headerSent === false && !!data && data.length > 0 && this.output.length === 0 && !!conn && conn.writable && conn._httpMessage === this;
  // 0.10 wrote a big buffer (past 120 KiB) apart from the header, and a hex or base64 string
  // through write().
  if (hot && typeof data !== 'string' && (data as Buffer).length > 120 * 1024) hot = false;
  if (encoding === 'hex' || encoding === 'base64') hot = false;

  if (hot) {
    const c = conn as HttpSocket;
    if (typeof data === 'string') {
      if (this.chunkedEncoding) {
        const l = Buffer.byteLength(data, encoding).toString(16);
        ret = c.write(this._header + l + CRLF + data + '\r\n0\r\n' + this._trailer + '\r\n', encoding);
      } else {
        ret = c.write(this._header + data, encoding);
      }
    } else if (Buffer.isBuffer(data)) {
      if (this.chunkedEncoding) {
        ret = c.write(chunkify(data, this._header, this._trailer, true));
      } else {
        // (Headers are one byte a character, so their string length is their byte length.)
        const header = this._header;
        const buf = new Buffer(header.length + data.length);
        buf.write(header, 0, header.length, 'ascii');
        data.copy(buf, header.length);
        ret = c.write(buf);
      }
    } else {
      throw new TypeError('first argument must be a string or Buffer');
    }
    this._headerSent = true;
  } else {
    if (data) ret = this.write(data, encoding);
    // The last chunk, or (for a message without chunks) the header if nothing has gone yet.
    if (this.chunkedEncoding) ret = this._send('0\r\n' + this._trailer + '\r\n', 'ascii');
    else ret = this._send('');
  }

  this.finished = true;
  // All of it is with the socket: done (else _flush finishes when the socket is assigned).
  if (this.output.length === 0 && (this.connection as HttpSocket)._httpMessage === this) this._finish();
  return ret;
};

proto._finish = function (this: OutgoingMessageInstance): void {
  this.emit('finish');
};

/** The socket is ours now: write what was buffered, and finish if end() was called. */
proto._flush = function (this: OutgoingMessageInstance): void {
  const socket = this.socket;
  if (!socket || !socket.writable) return;
  let ret: boolean | undefined;
  while (this.output.length) {
    const data = this.output.shift() as string | Buffer;
    const encoding = this.outputEncodings.shift();
    ret = socket.write(data, encoding);
  }
  if (this.finished) this._finish();
  else if (ret) this.emit('drain');
};

export { OutgoingMessageCtor as OutgoingMessage };
