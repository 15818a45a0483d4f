// The server side: http.Server (a net.Server that speaks HTTP on each connection),
// http.ServerResponse, and the per-connection machinery (connectionListener), which https
// reuses over TLS streams (it is exported as http._connectionListener, as in 0.10).
//
// A connection carries requests one after another (keep-alive) or several at once
// (pipelining): each parsed request gets a ServerResponse; the first owns the socket, later
// ones buffer their output until the ones before them finish. A response that says it is
// the last (Connection: close, HTTP/1.0 without keep-alive, a body delimited by the close)
// ends the connection once written. 'upgrade' and 'connect' hand the socket to the user
// with whatever bytes came after the request's head.
import type { Buffer } from '@n10/buffer';
import events from '@n10/events';
import net from '@n10/net';
import type { ServerInstance as NetServerInstance } from '@n10/net';
import { inherits } from '@n10/util';
import { freeParser, httpSocketSetup, parsers, type HttpParser, type HttpSocket } from './common';
import type { IncomingMessageInstance } from './incoming';
import { OutgoingMessage, type OutgoingHeaders, type OutgoingMessageInstance } from './outgoing';
import { REQUEST, type ParseError } from './parser';
import { STATUS_CODES } from './status-codes';

const EventEmitter = events.EventEmitter;
const CRLF = '\r\n';

// ---- ServerResponse ----

export interface ServerResponseInstance extends OutgoingMessageInstance {
  statusCode: number;
  _expect_continue?: boolean;
  _sent100?: boolean;
  assignSocket(socket: HttpSocket): void;
  detachSocket(socket: HttpSocket): void;
  writeContinue(): void;
  writeHead(statusCode: number, reasonPhrase?: string, headers?: OutgoingHeaders): void;
  writeHead(statusCode: number, headers?: OutgoingHeaders): void;
  writeHeader(statusCode: number, reasonPhrase?: string | OutgoingHeaders, headers?: OutgoingHeaders): void;
}

export interface ServerResponseConstructor {
  new (req: IncomingMessageInstance): ServerResponseInstance;
  (this: ServerResponseInstance, req: IncomingMessageInstance): void;
  prototype: ServerResponseInstance;
  super_: unknown;
}

const OutgoingCall = OutgoingMessage as unknown as { call(self: object): void };

function ServerResponse(this: ServerResponseInstance, req: IncomingMessageInstance): void {
  OutgoingCall.call(this);
  if (req.method === 'HEAD') this._hasBody = false;
  this.sendDate = true;
  // HTTP/1.0 (or older) clients: no chunks unless they said they take them; no keep-alive
  // unless they asked (see connectionListener, which sets shouldKeepAlive after this).
  if ((req.httpVersionMajor as number) < 1 || (req.httpVersionMinor as number) < 1) {
    this.useChunkedEncodingByDefault = chunkExpression.test(req.headers.te as string);
    this.shouldKeepAlive = false;
  }
}
const ServerResponseCtor = ServerResponse as unknown as ServerResponseConstructor;
inherits(ServerResponseCtor, OutgoingMessage);

const chunkExpression = /chunk/i;
const continueExpression = /100-continue/i;

// `proto`: the runtime names a method assigned through a protoN alias after its class, as
// 0.10's V8 did (a stack shows ServerResponse.writeHead).
const proto = ServerResponseCtor.prototype;

proto.statusCode = 200;

// The socket closed under the response. (A stale call after detachSocket finds no message.)
function onServerResponseClose(this: HttpSocket): void {
  if (this._httpMessage) this._httpMessage.emit('close');
}

proto.assignSocket = function (this: ServerResponseInstance, socket: HttpSocket): void {
  if (socket._httpMessage) throw new Error('socket already assigned to a message');
  socket._httpMessage = this;
  socket.on('close', onServerResponseClose);
  this.socket = socket;
  this.connection = socket;
  this.emit('socket', socket);
  this._flush();
};

proto.detachSocket = function (this: ServerResponseInstance, socket: HttpSocket): void {
  socket.removeListener('close', onServerResponseClose);
  socket._httpMessage = null;
  this.socket = this.connection = null;
};

proto.writeContinue = function (this: ServerResponseInstance): void {
  this._writeRaw('HTTP/1.1 100 Continue' + CRLF + CRLF, 'ascii');
  this._sent100 = true;
};

proto._implicitHeader = function (this: ServerResponseInstance): void {
  this.writeHead(this.statusCode);
};

// writeHead(undefined): 0.10 called statusCode.toString() here and failed in V8 3.14's words,
// at http.js:1181 (the site the n10 runtime shows on stderr for an uncaught error).
function noStatusCode(er: TypeError): TypeError {
  const sites = (globalThis as unknown as Record<symbol, WeakMap<object, object> | undefined>)[Symbol.for('n10.throwSites')];
  if (sites) {
    sites.set(er, {
      file: 'http.js',
      line: 1181,
      text: "  var statusLine = 'HTTP/1.1 ' + statusCode.toString() + ' ' +",
      caret: ' '.repeat(44) + '^',
    });
  }
  return er;
}

proto.writeHead = function (this: ServerResponseInstance, statusCode: number): void {
  let reasonPhrase: string;
  let headerIndex: number;
  if (typeof arguments[1] === 'string') {
    reasonPhrase = arguments[1];
    headerIndex = 2;
  } else {
    reasonPhrase = STATUS_CODES[statusCode] || 'unknown';
    headerIndex = 1;
  }
  this.statusCode = statusCode;

  const obj = arguments[headerIndex] as OutgoingHeaders | undefined;
  let headers: OutgoingHeaders | undefined;
  if (obj && this._headers) {
    // Headers from setHeader() and from this call together.
    const set = this._renderHeaders();
    if (Array.isArray(obj)) {
      // (0.10: of the setHeader() headers, only those this list also names are added, after it.)
      const n = obj.length;
      for (let i = 0; i < n; i++) {
        const field = obj[i][0];
        if (set[field] !== undefined) obj.push([field, set[field]]);
      }
      headers = obj;
    } else {
      const keys = Object.keys(obj);
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        if (k) set[k] = obj[k];
      }
      headers = set;
    }
  } else if (this._headers) {
    headers = this._renderHeaders();
  } else {
    headers = obj;
  }

  if (statusCode === undefined || statusCode === null) {
    // Made here, not in the helper, so that the stack opens at writeHead.
    throw noStatusCode(new TypeError("Cannot call method 'toString' of " + String(statusCode)));
  }
  const statusLine = 'HTTP/1.1 ' + statusCode.toString() + ' ' + reasonPhrase + CRLF;

  // No body with 1xx, 204 and 304 (RFC 2616 10.1, 10.2.5, 10.3.5).
  if (statusCode === 204 || statusCode === 304 || (100 <= statusCode && statusCode <= 199)) this._hasBody = false;

  // A client told to wait for 100 Continue that gets a final status instead may still send
  // the body: the connection cannot be reused.
  if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;

  this._storeHeader(statusLine, headers);
} as ServerResponseInstance['writeHead'];

proto.writeHeader = function (this: ServerResponseInstance) {
  (this.writeHead as (...a: unknown[]) => void).apply(this, arguments as unknown as unknown[]);
} as ServerResponseInstance['writeHeader'];

// ---- Server ----

export type RequestListener = (req: IncomingMessageInstance, res: ServerResponseInstance) => void;

export interface ServerInstance extends NetServerInstance {
  httpAllowHalfOpen: boolean;
  timeout: number;
  maxHeadersCount?: number;
  setTimeout(msecs: number, callback?: (socket: HttpSocket) => void): void;
}

export interface ServerConstructor {
  new (requestListener?: RequestListener): ServerInstance;
  (requestListener?: RequestListener): ServerInstance;
  prototype: ServerInstance;
  super_: unknown;
}

const NetServer = net.Server as unknown as { call(self: object, options: object): void };

function Server(this: ServerInstance, requestListener?: RequestListener): ServerInstance | void {
  if (!(this instanceof Server)) return new (Server as unknown as ServerConstructor)(requestListener);
  NetServer.call(this, { allowHalfOpen: true });
  if (requestListener) this.addListener('request', requestListener);
  // Whether a connection whose client has ended its side may still be answered on. (Like
  // squid's half_closed_clients.)
  this.httpAllowHalfOpen = false;
  this.addListener('connection', connectionListener);
  this.addListener('clientError', function (err: Error, conn: HttpSocket) {
    conn.destroy(err);
  });
  this.timeout = 2 * 60 * 1000;
}
const ServerCtor = Server as unknown as ServerConstructor;
inherits(ServerCtor, net.Server);

ServerCtor.prototype.setTimeout = function (this: ServerInstance, msecs: number, callback?: (socket: HttpSocket) => void): void {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
};

/** A new connection on an HTTP server (`this`): parse requests off it and answer them. */
export function connectionListener(this: ServerInstance, socketArg: unknown): void {
  const self = this;
  const socket = socketArg as HttpSocket;
  // Responses waiting for the socket, and requests not yet answered, in order.
  const outgoing: ServerResponseInstance[] = [];
  const incoming: IncomingMessageInstance[] = [];

  function abortIncoming(): void {
    while (incoming.length) {
      const req = incoming.shift() as IncomingMessageInstance;
      req.emit('aborted');
      req.emit('close');
    }
  }

  function serverSocketCloseListener(this: HttpSocket): void {
    // The parser can serve another connection.
    if (this.parser) freeParser(this.parser);
    abortIncoming();
  }

  httpSocketSetup(socket);

  // Idle connections are destroyed, unless somebody listens for 'timeout' on the request,
  // the response or the server: then it is theirs to handle.
  if (self.timeout) socket.setTimeout(self.timeout);
  socket.on('timeout', function () {
    const req = socket.parser && socket.parser.incoming;
    const reqTimeout = req && !req.complete && req.emit('timeout', socket);
    const res = socket._httpMessage;
    const resTimeout = res && res.emit('timeout', socket);
    const serverTimeout = self.emit('timeout', socket);
    if (!reqTimeout && !resTimeout && !serverTimeout) socket.destroy();
  });

  const parser = parsers.alloc();
  parser.reinitialize(REQUEST);
  parser.socket = socket;
  socket.parser = parser;
  parser.incoming = null;
  // (Set every time: the parser may come from another server.)
  parser.maxHeaderPairs = typeof self.maxHeadersCount === 'number' ? self.maxHeadersCount << 1 : 2000;

  socket.addListener('error', function (this: HttpSocket, e: Error) {
    self.emit('clientError', e, this);
  });

  socket.ondata = function (d: Buffer, start: number, end: number): void {
    const ret = parser.execute(d, start, end - start);
    if (ret instanceof Error) {
      socket.destroy(ret as ParseError);
      return;
    }
    const req = parser.incoming;
    if (req && req.upgrade) {
      // Upgrade or CONNECT: the rest of the bytes are the new protocol's.
      const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
      if (EventEmitter.listenerCount(self, eventName) > 0) {
        socket.ondata = null;
        socket.onend = null;
        socket.removeListener('close', serverSocketCloseListener);
        parser.finish();
        freeParser(parser, req as { parser?: HttpParser | null });
        const bodyHead = d.slice(start + (ret as number), end);
        socket.readable = true;
        self.emit(eventName, req, req.socket, bodyHead);
      } else {
        // Nobody to hand it to.
        socket.destroy();
      }
    }
  };

  socket.onend = function (): void {
    const ret = parser.finish();
    if (ret instanceof Error) {
      socket.destroy(ret);
      return;
    }
    if (!self.httpAllowHalfOpen) {
      abortIncoming();
      if (socket.writable) socket.end();
    } else if (outgoing.length) {
      outgoing[outgoing.length - 1]._last = true;
    } else if (socket._httpMessage) {
      socket._httpMessage._last = true;
    } else if (socket.writable) {
      socket.end();
    }
  };

  socket.addListener('close', serverSocketCloseListener);

  // A request's head has been parsed: make its response and hand both to the user.
  parser.onIncoming = function (req: IncomingMessageInstance, shouldKeepAlive: boolean): boolean {
    incoming.push(req);
    const res = new ServerResponseCtor(req);
    res.shouldKeepAlive = shouldKeepAlive;

    if (socket._httpMessage) {
      // Earlier responses are still being written: wait in line.
      outgoing.push(res);
    } else {
      res.assignSocket(socket);
    }

    // Written out: the next response may have the socket, or the connection ends.
    res.on('finish', function () {
      incoming.shift();
      // A request body nobody read is drained, so the next request can be parsed.
      if (!req._consuming) req._dump();
      res.detachSocket(socket);
      if (res._last) {
        socket.destroySoon();
      } else {
        const next = outgoing.shift();
        if (next) next.assignSocket(socket);
      }
    });

    const expect = req.headers.expect;
    if (expect !== undefined && req.httpVersionMajor === 1 && req.httpVersionMinor === 1 && continueExpression.test(expect as string)) {
      res._expect_continue = true;
      if (EventEmitter.listenerCount(self, 'checkContinue') > 0) {
        self.emit('checkContinue', req, res);
      } else {
        res.writeContinue();
        self.emit('request', req, res);
      }
    } else {
      self.emit('request', req, res);
    }
    // (Not a response to HEAD: the request's body, if any, is parsed.)
    return false;
  };
}

export { ServerResponseCtor as ServerResponse, ServerCtor as Server };
