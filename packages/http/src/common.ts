// What the server and the client share: the pool of parsers (0.10's http.parsers, a FreeList
// of HTTPParser objects) and the callbacks that turn parser events into IncomingMessages, and
// the helpers that start and stop a socket's reading underneath the parser.
//
// The parser is fed through the socket's legacy `ondata(buffer, start, end)` hook (and its
// end through `onend`), as in 0.10: bytes never go through the socket's Readable buffer
// while HTTP owns the connection, and an 'upgrade' or 'connect' handler gets a socket whose
// Readable side is untouched. A stream that https (tls) hands over must honour the same two
// hooks.
import type { SocketInstance } from '@n10/net';
import { IncomingMessage, type IncomingMessageInstance } from './incoming';
import type { OutgoingMessageInstance } from './outgoing';
import { HTTPParser, REQUEST, type HTTPParserInstance, type HeadersInfo } from './parser';
import type { Buffer } from '@n10/buffer';

/** A socket carrying HTTP: net.Socket (or a tls stream) plus what http keeps on it. */
export type HttpSocket = SocketInstance & {
  /** The message (response on a server, request on a client) that owns the socket now. */
  _httpMessage?: OutgoingMessageInstance | null;
  parser?: HttpParser | null;
};

/** A parser from the pool, with the fields http keeps on it. */
export interface HttpParser extends HTTPParserInstance {
  _headers: string[];
  _url: string;
  socket?: HttpSocket | null;
  incoming?: IncomingMessageInstance | null;
  /** 2 × maxHeadersCount (names and values); 0 or less: no limit. */
  maxHeaderPairs?: number;
  onIncoming?: ((message: IncomingMessageInstance, shouldKeepAlive: boolean) => boolean | void) | null;
}

/** 0.10's FreeList: a pool of up to `max` objects made by `constructor`. */
export interface FreeListInstance<T> {
  name: string;
  constructor: () => T;
  max: number;
  list: T[];
  alloc(): T;
  free(obj: T): void;
}

export interface FreeListConstructor {
  new <T>(name: string, max: number, ctor: () => T): FreeListInstance<T>;
  prototype: FreeListInstance<unknown>;
}

function FreeList<T>(this: FreeListInstance<T>, name: string, max: number, ctor: () => T): void {
  this.name = name;
  this.constructor = ctor;
  this.max = max;
  this.list = [];
}
const FreeListCtor = FreeList as unknown as FreeListConstructor;
FreeListCtor.prototype.alloc = function <T>(this: FreeListInstance<T>): T {
  return this.list.length ? (this.list.shift() as T) : this.constructor.apply(this, arguments as unknown as []);
};
FreeListCtor.prototype.free = function <T>(this: FreeListInstance<T>, obj: T): void {
  if (this.list.length < this.max) this.list.push(obj);
};
export { FreeListCtor as FreeList };

// ---- parser callbacks (`this` is the parser) ----

// Header pairs that came in batches: the message's headers before its end, else trailers.
function parserOnHeaders(this: HttpParser, headers: string[], url: string): void {
  this._headers = this._headers.concat(headers);
  this._url += url;
}

function parserOnHeadersComplete(this: HttpParser, info: HeadersInfo): boolean {
  const parser = this;
  let headers = info.headers;
  let url = info.url;
  if (!headers) {
    headers = parser._headers;
    parser._headers = [];
  }
  if (!url) {
    url = parser._url;
    parser._url = '';
  }
  const message = new IncomingMessage(parser.socket as HttpSocket);
  parser.incoming = message;
  message.httpVersionMajor = info.versionMajor;
  message.httpVersionMinor = info.versionMinor;
  message.httpVersion = info.versionMajor + '.' + info.versionMinor;
  message.url = url;

  // maxHeadersCount, counted in names and values.
  let n = headers.length;
  const max = parser.maxHeaderPairs as number;
  if (max > 0 && max < n) n = max;
  for (let i = 0; i < n; i += 2) message._addHeaderLine(headers[i], headers[i + 1]);

  if (info.method) message.method = info.method;
  else message.statusCode = info.statusCode as number;
  message.upgrade = info.upgrade;

  // An upgrade (or CONNECT) is handed over after execute() returns, with the bytes after it.
  if (info.upgrade) return false;
  return !!(parser.onIncoming as NonNullable<HttpParser['onIncoming']>)(message, info.shouldKeepAlive);
}

function parserOnBody(this: HttpParser, b: Buffer, start: number, len: number): void {
  const message = this.incoming;
  // A message nobody will read (dumped, or its parser taken back) drops its body.
  if (!message) return;
  if (len > 0 && !message._dumped) {
    if (!message.push(b.slice(start, start + len))) readStop(message.socket);
  }
}

function parserOnMessageComplete(this: HttpParser): void {
  const parser = this;
  const message = parser.incoming;
  if (message) {
    message.complete = true;
    // Trailers come in a batch.
    const headers = parser._headers;
    if (headers) {
      for (let i = 0; i < headers.length; i += 2) message._addHeaderLine(headers[i], headers[i + 1]);
      parser._headers = [];
      parser._url = '';
    }
    message.push(null);
  }
  // Read on: the next message may be waiting.
  const socket = parser.socket;
  if (socket && socket.readable) readStart(socket);
}

/** http.parsers: up to 1000 idle parsers, reused across connections. */
export const parsers = new FreeListCtor<HttpParser>('parsers', 1000, function (): HttpParser {
  const parser = new HTTPParser(REQUEST) as HttpParser;
  parser._headers = [];
  parser._url = '';
  parser.onHeaders = parserOnHeaders;
  parser.onHeadersComplete = parserOnHeadersComplete;
  parser.onBody = parserOnBody as HttpParser['onBody'];
  parser.onMessageComplete = parserOnMessageComplete;
  return parser;
});

/** Gives a parser back to the pool, unhooking it from its socket (and request). */
export function freeParser(parser: HttpParser | null | undefined, req?: { parser?: HttpParser | null } | null): void {
  if (parser) {
    parser._headers = [];
    parser.onIncoming = null;
    const socket = parser.socket;
    if (socket) {
      socket.onend = null;
      socket.ondata = null;
      socket.parser = null;
    }
    parser.socket = null;
    parser.incoming = null;
    parsers.free(parser);
  }
  if (req) req.parser = null;
}

type ReadingHandle = { readStart?(): number; readStop?(): number; reading?: boolean };

/** Resumes the socket's reads (the parser wants more). */
export function readStart(socket: HttpSocket | null | undefined): void {
  const h = socket && (socket._handle as ReadingHandle | null);
  if (!h || !h.readStart) return;
  h.reading = true;
  h.readStart();
}

/** Pauses the socket's reads (a message's buffer is full). */
export function readStop(socket: HttpSocket | null | undefined): void {
  const h = socket && (socket._handle as ReadingHandle | null);
  if (!h || !h.readStop) return;
  h.reading = false;
  h.readStop();
}

function ondrain(this: HttpSocket): void {
  if (this._httpMessage) this._httpMessage.emit('drain');
}

/** The socket's 'drain' is the message's. */
export function httpSocketSetup(socket: HttpSocket): void {
  socket.removeListener('drain', ondrain);
  socket.on('drain', ondrain);
}
