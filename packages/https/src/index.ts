// @n10/https: node 0.10's require('https'): http over tls, reusing @n10/http whole.
//
// - Server: a tls.Server whose secure connections go to http's connection listener
//   (http._connectionListener), so requests, responses, keep-alive and 'clientError' are
//   http's own. It advertises NPN http/1.1 and http/1.0 unless given NPNProtocols.
// - request/get: http.ClientRequest with defaultPort 443 and tls.connect as the connection
//   maker. Requests that carry TLS options (ca, cert, ciphers, key, passphrase, pfx,
//   rejectUnauthorized) get an Agent of their own, as in 0.10, so a pool never mixes them;
//   the others share globalAgent.
import http from '@n10/http';
import type { Agent as AgentInstance, AgentOptions, ClientRequest as ClientRequestInstance, RequestOptions, ResponseListener, RequestListener } from '@n10/http';
import type { SocketInstance } from '@n10/net';
import tls from '@n10/tls';
import type { CleartextStreamInstance, ConnectOptions, TlsServerInstance, TlsServerOptions } from '@n10/tls';
import url from '@n10/url';
import { _extend, inherits } from '@n10/util';

export type HttpsServerOptions = TlsServerOptions;

export interface HttpsServerInstance extends TlsServerInstance {
  httpAllowHalfOpen: boolean;
  timeout?: number;
}

export interface HttpsServerConstructor {
  new (options: HttpsServerOptions, requestListener?: RequestListener): HttpsServerInstance;
  (options: HttpsServerOptions, requestListener?: RequestListener): HttpsServerInstance;
  prototype: HttpsServerInstance;
}

export interface HttpsRequestOptions extends RequestOptions, Omit<ConnectOptions, 'host' | 'port' | 'localAddress' | 'path'> {}

export interface HttpsAgentConstructor {
  new (options?: AgentOptions): AgentInstance;
  (this: AgentInstance, options?: AgentOptions): void;
  prototype: AgentInstance;
}

const TlsServerCall = tls.Server as unknown as { call(self: object, options: object, listener: unknown): void };

function Server(this: HttpsServerInstance, opts: HttpsServerOptions, requestListener?: RequestListener): HttpsServerInstance | void {
  if (!(this instanceof Server)) return new ServerCtor(opts, requestListener);
  if (opts && !opts.NPNProtocols) opts.NPNProtocols = ['http/1.1', 'http/1.0'];
  TlsServerCall.call(this, opts, http._connectionListener);
  this.httpAllowHalfOpen = false;
  if (requestListener) this.addListener('request', requestListener);
  this.addListener('clientError', function (_err: Error, conn: { destroy(): void }) {
    conn.destroy();
  });
}
const ServerCtor = Server as unknown as HttpsServerConstructor;
inherits(ServerCtor, tls.Server);

function createServer(opts: HttpsServerOptions, requestListener?: RequestListener): HttpsServerInstance {
  return new ServerCtor(opts, requestListener);
}

/** createConnection(options) | (port, options) | (port, host, options) | (port[, host]) → tls.connect */
function createConnection(...args: unknown[]): CleartextStreamInstance {
  let options: ConnectOptions = {};
  if (args[0] !== null && typeof args[0] === 'object') {
    options = args[0] as ConnectOptions;
  } else if (args[1] !== null && typeof args[1] === 'object') {
    options = args[1] as ConnectOptions;
    options.port = args[0] as number;
  } else if (args[2] !== null && typeof args[2] === 'object') {
    options = args[2] as ConnectOptions;
    options.port = args[0] as number;
    options.host = args[1] as string;
  } else {
    if (typeof args[0] === 'number') options.port = args[0];
    if (typeof args[1] === 'string') options.host = args[1];
  }
  return tls.connect(options);
}

const AgentCall = http.Agent as unknown as { call(self: object, options?: AgentOptions): void };

function Agent(this: AgentInstance, options?: AgentOptions): void {
  AgentCall.call(this, options);
  this.createConnection = createConnection as unknown as AgentInstance['createConnection'];
}
const AgentCtor = Agent as unknown as HttpsAgentConstructor;
inherits(AgentCtor, http.Agent);
AgentCtor.prototype.defaultPort = 443;

const globalAgent: AgentInstance = new AgentCtor();

const TLS_OPTIONS = ['ca', 'cert', 'ciphers', 'key', 'passphrase', 'pfx', 'rejectUnauthorized'];

/** https.request(options | url[, callback]) */
const request = function (options: HttpsRequestOptions | string, cb?: ResponseListener): ClientRequestInstance {
  let opts = (typeof options === 'string' ? url.parse(options) : options) as HttpsRequestOptions;
  if (opts.protocol && opts.protocol !== 'https:') throw new Error('Protocol:' + opts.protocol + ' not supported.');
  opts = _extend({ createConnection: createConnection, defaultPort: 443 }, opts) as unknown as HttpsRequestOptions;
  if (typeof opts.agent === 'undefined') {
    const o = opts as Record<string, unknown>;
    const own = TLS_OPTIONS.some((k) => typeof o[k] !== 'undefined');
    opts.agent = own ? new AgentCtor(opts as AgentOptions) : globalAgent;
  }
  return new http.ClientRequest(opts as RequestOptions, cb);
};

/** https.get(options | url[, callback]): exports.request() then end(), as 0.10 (a replaced https.request sees it). */
const get = function (options: HttpsRequestOptions | string, cb?: ResponseListener): ClientRequestInstance {
  const req = https.request(options, cb);
  req.end();
  return req;
};

export interface Https {
  Server: HttpsServerConstructor;
  createServer: typeof createServer;
  globalAgent: AgentInstance;
  Agent: HttpsAgentConstructor;
  request: typeof request;
  get: typeof get;
}

const https: Https = {
  Server: ServerCtor,
  createServer,
  globalAgent,
  Agent: AgentCtor,
  request,
  get,
};

// 0.10's request and get are anonymous function expressions (exports.request = function …).
for (const key of ['request', 'get'] as const) {
  Object.defineProperty(https[key], 'name', { value: '', configurable: true });
}

export { ServerCtor as Server, createServer, globalAgent, AgentCtor as Agent, request, get, createConnection };
export type { SocketInstance };
export default https;
