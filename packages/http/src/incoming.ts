// http.IncomingMessage: a request on the server, a response on the client. A streams2
// Readable whose buffer the parser fills directly (see common.ts); reading it is what lets
// the socket read on: when the buffer is full the socket stops, and _read starts it again.
//
// 0.10's quirks kept: a message is "consumed" once anybody reads it (read(), 'data',
// resume(), pipe()); one nobody consumes is dumped when its response is done, so that the
// connection can go on to the next message.
import stream from '@n10/stream';
import type { ReadableConstructor, Readable as ReadableInstance } from '@n10/stream';
import { inherits } from '@n10/util';
import type { HttpSocket } from './common';
import { readStart } from './common';

export interface IncomingMessageInstance extends ReadableInstance {
  socket: HttpSocket;
  connection: HttpSocket;
  httpVersion: string | null;
  httpVersionMajor?: number;
  httpVersionMinor?: number;
  complete: boolean;
  headers: Record<string, string | string[]>;
  trailers: Record<string, string | string[]>;
  _pendings: unknown[];
  _pendingIndex: number;
  url: string;
  method: string | null;
  statusCode: number | null;
  client: HttpSocket;
  _consuming: boolean;
  _dumped: boolean;
  upgrade?: boolean;
  /** On the client: the request this responds to. */
  req?: unknown;
  setTimeout(msecs: number, callback?: () => void): void;
  destroy(error?: Error): void;
  _addHeaderLine(field: string, value: string): void;
  _dump(): void;
}

export interface IncomingMessageConstructor {
  new (socket: HttpSocket): IncomingMessageInstance;
  (this: IncomingMessageInstance, socket: HttpSocket): void;
  prototype: IncomingMessageInstance;
  super_: ReadableConstructor;
}

const Readable = stream.Readable;
const readableRead = Readable.prototype.read;

function IncomingMessage(this: IncomingMessageInstance, socket: HttpSocket): void {
  (Readable as unknown as { call(self: object): void }).call(this);
  this.socket = socket;
  this.connection = socket;
  this.httpVersion = null;
  this.complete = false;
  this.headers = {};
  this.trailers = {};
  this.readable = true;
  // (Unused since 0.10; kept for the shape.)
  this._pendings = [];
  this._pendingIndex = 0;
  // Requests only.
  this.url = '';
  this.method = null;
  // Responses only.
  this.statusCode = null;
  this.client = socket;
  // Whether anybody has read it (else it is dumped once its response is done).
  this._consuming = false;
  // Whether it can no longer be read, so its body is dropped.
  this._dumped = false;
}
const IncomingMessageCtor = IncomingMessage as unknown as IncomingMessageConstructor;
inherits(IncomingMessageCtor, Readable);

const proto = IncomingMessageCtor.prototype;

proto.setTimeout = function (this: IncomingMessageInstance, msecs: number, callback?: () => void): void {
  if (callback) this.on('timeout', callback);
  this.socket.setTimeout(msecs);
};

// The first read marks the message consumed; later reads are Readable's own.
proto.read = function (this: IncomingMessageInstance, n?: number) {
  this._consuming = true;
  this.read = readableRead as IncomingMessageInstance['read'];
  return this.read(n);
} as IncomingMessageInstance['read'];

// The parser pushes the body as it comes; all a read has to do is let the socket flow.
proto._read = function (this: IncomingMessageInstance): void {
  if (!this.socket.readable) this.push(null);
  else readStart(this.socket);
};

// (A socket already taken away means something else is closing the connection.)
proto.destroy = function (this: IncomingMessageInstance, error?: Error): void {
  if (this.socket) this.socket.destroy(error);
};

/**
 * Adds a header (or, once the body is complete, a trailer). Repeated headers: Set-Cookie
 * collects an array; the list-valued ones below and any x-* join with ', '; others keep the
 * first value.
 */
proto._addHeaderLine = function (this: IncomingMessageInstance, field: string, value: string): void {
  const dest = this.complete ? this.trailers : this.headers;
  field = field.toLowerCase();
  const prev = dest[field];
  if (field === 'set-cookie') {
    if (prev !== undefined) (prev as string[]).push(value);
    else dest[field] = [value];
  } else if (JOINED[field] === true || (field.charCodeAt(0) === 120 /* x */ && field.charCodeAt(1) === 45) /* - */) {
    if (prev !== undefined) dest[field] = prev + ', ' + value;
    else dest[field] = value;
  } else if (prev === undefined) {
    dest[field] = value;
  }
};

const JOINED: Record<string, boolean> = Object.create(null);
for (const name of [
  'accept',
  'accept-charset',
  'accept-encoding',
  'accept-language',
  'connection',
  'cookie',
  'pragma',
  'link',
  'www-authenticate',
  'proxy-authenticate',
  'sec-websocket-extensions',
  'sec-websocket-protocol',
]) {
  JOINED[name] = true;
}

/** Throws the rest of the body away (nobody is going to read it). */
proto._dump = function (this: IncomingMessageInstance): void {
  if (this._dumped) return;
  this._dumped = true;
  if (this.socket.parser) this.socket.parser.incoming = null;
  this.push(null);
  readStart(this.socket);
  this.read();
};

export { IncomingMessageCtor as IncomingMessage };
