// The client side: http.ClientRequest, http.request / http.get, and the deprecated
// http.Client / http.createClient.
//
// A request gets its socket from an Agent (the pool, see agent.ts), from
// options.createConnection, or from a fresh net connection (agent: false, socketPath). Until
// then, and until the socket connects, what is written is buffered. The socket is handed to
// the request on the next tick ('socket'); the response parser feeds on the socket through
// its ondata/onend hooks (common.ts). When the response ends, a keep-alive socket goes back
// to its agent ('free'); otherwise it is closed.
import { Buffer } from '@n10/buffer';
import events from '@n10/events';
import type { EventEmitter as EventEmitterInstance } from '@n10/events';
import net from '@n10/net';
import type { SocketInstance } from '@n10/net';
import process from '@n10/process';
import url from '@n10/url';
import util, { inherits } from '@n10/util';
import { globalAgent, Agent, type AgentInstance } from './agent';
import { freeParser, httpSocketSetup, parsers, type HttpParser, type HttpSocket } from './common';
import type { IncomingMessageInstance } from './incoming';
import { OutgoingMessage, type OutgoingHeaders, type OutgoingMessageInstance } from './outgoing';
import { RESPONSE, type ParseError } from './parser';

const EventEmitter = events.EventEmitter;

export interface RequestOptions {
  protocol?: string | null;
  host?: string | null;
  hostname?: string | null;
  port?: number | string | null;
  defaultPort?: number;
  localAddress?: string;
  socketPath?: string;
  method?: string;
  path?: string | null;
  headers?: OutgoingHeaders;
  auth?: string | null;
  agent?: AgentInstance | false | null;
  setHost?: boolean;
  createConnection?: (options: Record<string, unknown> | string) => SocketInstance;
}

export type ResponseListener = (res: IncomingMessageInstance) => void;

export interface ClientRequestInstance extends OutgoingMessageInstance {
  agent: AgentInstance | false | null | undefined;
  socketPath: string | undefined;
  method: string;
  path: string;
  parser?: HttpParser | null;
  res?: IncomingMessageInstance;
  maxHeadersCount?: number;
  upgradeOrConnect?: boolean;
  timeoutCb?: (() => void) | null;
  _hadError?: boolean;
  abort(): void;
  onSocket(socket: SocketInstance): void;
  _deferToConnect(method: string | null, args: ArrayLike<unknown> | null, cb?: () => void): void;
  setTimeout(msecs: number, callback?: () => void): void;
  setNoDelay(noDelay?: boolean): void;
  setSocketKeepAlive(enable?: boolean, initialDelay?: number): void;
  clearTimeout(callback?: () => void): void;
}

export interface ClientRequestConstructor {
  new (options: RequestOptions, cb?: ResponseListener): ClientRequestInstance;
  (this: ClientRequestInstance, options: RequestOptions, cb?: ResponseListener): void;
  prototype: ClientRequestInstance;
  super_: unknown;
}

const OutgoingCall = OutgoingMessage as unknown as { call(self: object): void };

function ClientRequest(this: ClientRequestInstance, options: RequestOptions, cb?: ResponseListener): void {
  let self: ClientRequestInstance | null = this;
  OutgoingCall.call(self);

  self.agent = options.agent === undefined ? globalAgent : options.agent;

  const defaultPort = options.defaultPort || 80;
  const port = options.port || defaultPort;
  const host = options.hostname || options.host || 'localhost';
  const setHost = options.setHost === undefined;

  self.socketPath = options.socketPath;

  const method = (self.method = (options.method || 'GET').toUpperCase());
  self.path = options.path || '/';
  if (cb) self.once('response', cb);

  const headers = options.headers;
  if (!Array.isArray(headers)) {
    if (headers) {
      const keys = Object.keys(headers);
      for (let i = 0; i < keys.length; i++) self.setHeader(keys[i], headers[keys[i]]);
    }
    if (host && !self.getHeader('host') && setHost) {
      let hostHeader = host;
      if (port && +port !== defaultPort) hostHeader += ':' + port;
      self.setHeader('Host', hostHeader);
    }
  }

  if (options.auth && !self.getHeader('Authorization')) {
    self.setHeader('Authorization', 'Basic ' + new Buffer(options.auth).toString('base64'));
  }

  // GET, HEAD and CONNECT are sent without a body unless one is framed explicitly; other
  // methods' bodies are chunked (even DELETE's and OPTIONS', in 0.10).
  self.useChunkedEncodingByDefault = !(method === 'GET' || method === 'HEAD' || method === 'CONNECT');

  if (Array.isArray(headers)) {
    self._storeHeader(self.method + ' ' + self.path + ' HTTP/1.1\r\n', headers);
  } else if (self.getHeader('expect')) {
    // Expect: the header goes out at once.
    self._storeHeader(self.method + ' ' + self.path + ' HTTP/1.1\r\n', self._renderHeaders());
  }

  if (self.socketPath) {
    self._last = true;
    self.shouldKeepAlive = false;
    if (options.createConnection) self.onSocket(options.createConnection(self.socketPath));
    else self.onSocket(net.createConnection(self.socketPath));
  } else if (self.agent) {
    // Pooled: keep-alive by default.
    self._last = false;
    self.shouldKeepAlive = true;
    self.agent.addRequest(self as never, host, port, options.localAddress);
  } else {
    // agent: false: one connection, closed after the response.
    self._last = true;
    self.shouldKeepAlive = false;
    let conn: SocketInstance;
    if (options.createConnection) {
      const o = options as Record<string, unknown>;
      o.port = port;
      o.host = host;
      conn = options.createConnection(o);
    } else {
      conn = net.createConnection({ port: port as number, host, localAddress: options.localAddress });
    }
    self.onSocket(conn);
  }

  // Once connected, what was written goes out.
  self._deferToConnect(null, null, function () {
    (self as ClientRequestInstance)._flush();
    self = null;
  });
}
const ClientRequestCtor = ClientRequest as unknown as ClientRequestConstructor;
inherits(ClientRequestCtor, OutgoingMessage);

const proto = ClientRequestCtor.prototype;

proto._implicitHeader = function (this: ClientRequestInstance): void {
  this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', this._renderHeaders());
};

proto.abort = function (this: ClientRequestInstance): void {
  // No more response data is wanted.
  if (this.res) this.res._dump();
  else {
    this.once('response', function (res: IncomingMessageInstance) {
      res._dump();
    });
  }
  if (this.socket) {
    this.socket.destroy();
  } else {
    // Not connected yet: destroy the socket once there is one.
    this._deferToConnect('destroy', []);
  }
};

function createHangUpError(): Error {
  const error = new Error('socket hang up') as Error & { code: string };
  error.code = 'ECONNRESET';
  return error;
}

function socketCloseListener(this: HttpSocket): void {
  const socket = this;
  const parser = socket.parser;
  const req = socket._httpMessage as ClientRequestInstance;
  req.emit('close');
  const res = req.res;
  if (res && res.readable) {
    // Closed before the response's 'end'.
    res.emit('aborted');
    res.on('end', function () {
      res.emit('close');
    });
    res.push(null);
  } else if (!res && !req._hadError) {
    // Closed before any response: that is the request's error.
    req.emit('error', createHangUpError());
    req._hadError = true;
  }
  // What was not written is dropped.
  if (req.output) req.output.length = 0;
  if (req.outputEncodings) req.outputEncodings.length = 0;
  if (parser) {
    parser.finish();
    freeParser(parser, req);
  }
}

function socketErrorListener(this: HttpSocket, err: Error): void {
  const socket = this;
  const parser = socket.parser;
  const req = socket._httpMessage as ClientRequestInstance | null;
  if (req) {
    req.emit('error', err);
    // Later errors from the same failure are not reported again.
    req._hadError = true;
  }
  if (parser) {
    parser.finish();
    freeParser(parser, req);
  }
  socket.destroy();
}

function socketOnEnd(this: HttpSocket): void {
  const socket = this;
  const req = socket._httpMessage as ClientRequestInstance;
  const parser = socket.parser;
  if (!req.res) {
    // The server hung up without a response.
    req.emit('error', createHangUpError());
    req._hadError = true;
  }
  if (parser) {
    parser.finish();
    freeParser(parser, req);
  }
  socket.destroy();
}

function socketOnData(this: HttpSocket, d: Buffer, start: number, end: number): void {
  const socket = this;
  const req = socket._httpMessage as ClientRequestInstance;
  const parser = socket.parser as HttpParser;
  const ret = parser.execute(d, start, end - start);
  if (ret instanceof Error) {
    freeParser(parser, req);
    socket.destroy();
    req.emit('error', ret as ParseError);
    req._hadError = true;
    return;
  }
  const res = parser.incoming;
  if (res && res.upgrade) {
    // Upgrade or CONNECT: the socket leaves HTTP, with the bytes after the response head.
    req.res = res;
    socket.ondata = null;
    socket.onend = null;
    parser.finish();
    const bodyHead = d.slice(start + (ret as number), end);
    const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    if (EventEmitter.listenerCount(req, eventName) > 0) {
      req.upgradeOrConnect = true;
      // Out of the agent's pool.
      socket.emit('agentRemove');
      socket.removeListener('close', socketCloseListener);
      socket.removeListener('error', socketErrorListener);
      req.emit(eventName, res, socket, bodyHead);
      req.emit('close');
    } else {
      // Nobody to hand it to.
      socket.destroy();
    }
    freeParser(parser, req);
  } else if (res && res.complete && res.statusCode !== 100) {
    // (After 100 Continue the real response is still to come on this parser.)
    freeParser(parser, req);
  }
}

// A response head has been parsed (`this` is the parser).
function parserOnIncomingClient(this: HttpParser, res: IncomingMessageInstance, shouldKeepAlive: boolean): boolean {
  const socket = this.socket as HttpSocket;
  const req = socket._httpMessage as ClientRequestInstance;

  // The response belongs to the request's domain.
  const reqDomain = (req as { domain?: unknown }).domain;
  if (reqDomain && !(res as { domain?: unknown }).domain) (res as { domain?: unknown }).domain = reqDomain;

  if (req.res) {
    // A second response to one request.
    socket.destroy();
    return false;
  }
  req.res = res;

  // The answer to CONNECT is a tunnel: handled as an upgrade, without a body.
  if (req.method === 'CONNECT') {
    res.upgrade = true;
    return true;
  }

  // A response to HEAD has no body, whatever its Content-Length says.
  const isHeadResponse = req.method === 'HEAD';

  if (res.statusCode === 100) {
    // Not the response yet: the body may be sent.
    delete req.res;
    req.emit('continue');
    return true;
  }

  // Keep-alive only if the server agrees.
  if (req.shouldKeepAlive && !shouldKeepAlive && !req.upgradeOrConnect) req.shouldKeepAlive = false;

  req.res = res;
  res.req = req;

  // First, so the socket is looked after whatever the user's listeners do.
  res.on('end', responseOnEnd);
  const handled = req.emit('response', res);
  // Nobody can read it: throw it away, so the socket does not stall.
  if (!handled) res._dump();

  return isHeadResponse;
}

function responseOnEnd(this: IncomingMessageInstance): void {
  const res = this;
  const req = res.req as ClientRequestInstance;
  const socket = req.socket as HttpSocket;
  if (!req.shouldKeepAlive) {
    if (socket.writable) socket.destroySoon();
  } else {
    if (req.timeoutCb) {
      socket.setTimeout(0, req.timeoutCb);
      req.timeoutCb = null;
    }
    socket.removeListener('close', socketCloseListener);
    socket.removeListener('error', socketErrorListener);
    // Back to the agent, after the user's 'end' listeners have run.
    process.nextTick(function () {
      socket.emit('free');
    });
  }
}

proto.onSocket = function (this: ClientRequestInstance, socketArg: SocketInstance): void {
  const req = this;
  const socket = socketArg as HttpSocket;
  process.nextTick(function () {
    const parser = parsers.alloc();
    req.socket = socket;
    req.connection = socket;
    parser.reinitialize(RESPONSE);
    parser.socket = socket;
    parser.incoming = null;
    req.parser = parser;
    socket.parser = parser;
    socket._httpMessage = req;
    httpSocketSetup(socket);
    // (Set every time: the parser may come from elsewhere.)
    parser.maxHeaderPairs = typeof req.maxHeadersCount === 'number' ? req.maxHeadersCount << 1 : 2000;
    socket.on('error', socketErrorListener);
    socket.ondata = socketOnData;
    socket.onend = socketOnEnd;
    socket.on('close', socketCloseListener);
    parser.onIncoming = parserOnIncomingClient;
    req.emit('socket', socket);
  });
};

/** Calls socket[method](...args) and then cb, once there is a socket and it is connected. */
proto._deferToConnect = function (this: ClientRequestInstance, method: string | null, args: ArrayLike<unknown> | null, cb?: () => void): void {
  const self = this;
  function call(): void {
    const socket = self.socket as HttpSocket & Record<string, unknown>;
    if (method) (socket[method] as (...a: unknown[]) => void).apply(socket, args as unknown[]);
    if (cb) cb();
  }
  function onSocket(): void {
    if ((self.socket as HttpSocket).writable) call();
    else (self.socket as HttpSocket).once('connect', call);
  }
  if (!self.socket) self.once('socket', onSocket);
  else onSocket();
};

proto.setTimeout = function (this: ClientRequestInstance, msecs: number, callback?: () => void): void {
  if (callback) this.once('timeout', callback);
  const self = this;
  function emitTimeout(): void {
    self.emit('timeout');
  }
  if (this.socket && this.socket.writable) {
    if (this.timeoutCb) this.socket.setTimeout(0, this.timeoutCb);
    this.timeoutCb = emitTimeout;
    this.socket.setTimeout(msecs, emitTimeout);
    return;
  }
  // (Kept so that it is cleared when the response ends.)
  this.timeoutCb = emitTimeout;
  if (this.socket) {
    const sock = this.socket;
    this.socket.once('connect', function () {
      sock.setTimeout(msecs, emitTimeout);
    });
    return;
  }
  this.once('socket', function (sock: HttpSocket) {
    sock.once('connect', function () {
      sock.setTimeout(msecs, emitTimeout);
    });
  });
};

proto.setNoDelay = function (this: ClientRequestInstance) {
  this._deferToConnect('setNoDelay', arguments);
} as ClientRequestInstance['setNoDelay'];

proto.setSocketKeepAlive = function (this: ClientRequestInstance) {
  this._deferToConnect('setKeepAlive', arguments);
} as ClientRequestInstance['setSocketKeepAlive'];

proto.clearTimeout = function (this: ClientRequestInstance, cb?: () => void): void {
  this.setTimeout(0, cb);
};

/** http.request(options | url, [callback]) */
export function request(options: RequestOptions | string, cb?: ResponseListener): ClientRequestInstance {
  const opts: RequestOptions = typeof options === 'string' ? (url.parse(options) as unknown as RequestOptions) : options;
  if (opts.protocol && opts.protocol !== 'http:') throw new Error('Protocol:' + opts.protocol + ' not supported.');
  return new ClientRequestCtor(opts, cb);
}

// ---- the deprecated Client ----

export interface ClientInstance extends EventEmitterInstance {
  host: string;
  port: number | string;
  agent: AgentInstance;
  _decoder?: { end(): string } | null;
  request(method: string, path?: string | OutgoingHeaders, headers?: OutgoingHeaders): ClientRequestInstance;
}

export interface ClientConstructor {
  new (port?: number | string, host?: string): ClientInstance;
  (port?: number | string, host?: string): ClientInstance;
  prototype: ClientInstance;
}

const EventEmitterCall = EventEmitter as unknown as { call(self: object): void };

function Client(this: ClientInstance, port?: number | string, host?: string): ClientInstance | void {
  if (!(this instanceof Client)) return new (Client as unknown as ClientConstructor)(port, host);
  EventEmitterCall.call(this);
  host = host || 'localhost';
  port = port || 80;
  this.host = host;
  this.port = port;
  // One connection at a time, as the old client had.
  this.agent = new Agent({ host, port, maxSockets: 1 });
}
const ClientCtor = Client as unknown as ClientConstructor;
inherits(ClientCtor, EventEmitter);

ClientCtor.prototype.request = function (this: ClientInstance, method: string, path?: string | OutgoingHeaders, headers?: OutgoingHeaders) {
  const self = this;
  const options: RequestOptions = {};
  options.host = self.host;
  options.port = self.port;
  if (method[0] === '/') {
    headers = path as OutgoingHeaders;
    path = method;
    method = 'GET';
  }
  options.method = method;
  options.path = path as string;
  options.headers = headers;
  options.agent = self.agent;
  const c = new ClientRequestCtor(options);
  c.on('error', function (e: Error) {
    self.emit('error', e);
  });
  // The old client emitted 'end' when the socket ended.
  c.on('socket', function (s: HttpSocket) {
    s.on('end', function () {
      if (self._decoder) {
        const ret = self._decoder.end();
        if (ret) self.emit('data', ret);
      }
      self.emit('end');
    });
  });
  return c;
} as ClientInstance['request'];

export const DeprecatedClient = util.deprecate(ClientCtor as unknown as (...args: unknown[]) => unknown, 'http.Client will be removed soon. Do not use it.') as unknown as ClientConstructor;

export const createClient = util.deprecate(function (port?: number | string, host?: string): ClientInstance {
  return new ClientCtor(port, host);
}, 'http.createClient is deprecated. Use `http.request` instead.') as (port?: number | string, host?: string) => ClientInstance;

export { ClientRequestCtor as ClientRequest };
