// http.Agent: 0.10's pool of client connections, per "host:port[:localAddress]".
//
// At most maxSockets (default 5) connections per name; requests beyond that wait in
// `requests[name]`. Requests default to Connection: keep-alive, but a connection is only
// kept while requests are waiting for it: when a response ends and nothing is queued, the
// socket is destroyed ('free' with no taker). A closed socket (or one that emits
// 'agentRemove', as upgraded ones do) leaves the pool; if requests are queued, a new
// connection is made for them.
//
// `createConnection` is what makes a connection (net.createConnection here; https's agent
// puts tls.connect there), so the pool works over any stream.
import events from '@n10/events';
import type { EventEmitter } from '@n10/events';
import net from '@n10/net';
import type { SocketInstance } from '@n10/net';
import { _extend, inherits } from '@n10/util';

/** What an Agent needs of a request it serves (a ClientRequest). */
export interface AgentRequest {
  onSocket(socket: SocketInstance): void;
  getHeader(name: string): unknown;
}

export interface AgentOptions {
  maxSockets?: number;
  [option: string]: unknown;
}

export interface AgentInstance extends EventEmitter {
  options: AgentOptions;
  requests: Record<string, AgentRequest[]>;
  sockets: Record<string, SocketInstance[]>;
  maxSockets: number;
  defaultPort: number;
  createConnection: (options: Record<string, unknown>) => SocketInstance;
  addRequest(req: AgentRequest, host: string, port: number | string, localAddress?: string): void;
  createSocket(name: string, host: string, port: number | string, localAddress?: string, req?: AgentRequest): SocketInstance;
  removeSocket(s: SocketInstance, name: string, host: string, port: number | string, localAddress?: string): void;
}

export interface AgentConstructor {
  new (options?: AgentOptions): AgentInstance;
  (this: AgentInstance, options?: AgentOptions): void;
  prototype: AgentInstance;
  super_: unknown;
  defaultMaxSockets: number;
}

const EventEmitterCall = events.EventEmitter as unknown as { call(self: object): void };

function poolName(host: string, port: number | string, localAddress?: string): string {
  let name = host + ':' + port;
  if (localAddress) name += ':' + localAddress;
  return name;
}

function Agent(this: AgentInstance, options?: AgentOptions): void {
  EventEmitterCall.call(this);
  const self = this;
  self.options = options || {};
  self.requests = {};
  self.sockets = {};
  self.maxSockets = self.options.maxSockets || AgentCtor.defaultMaxSockets;
  // A response has ended on `socket`: give it to the next request waiting, else close it.
  self.on('free', function (socket: SocketInstance, host: string, port: number | string, localAddress?: string) {
    const name = poolName(host, port, localAddress);
    const queue = self.requests[name];
    if (!socket.destroyed && queue && queue.length) {
      (queue.shift() as AgentRequest).onSocket(socket);
      if (queue.length === 0) delete self.requests[name];
    } else {
      // Nobody waits: no idle connections are kept.
      socket.destroy();
    }
  });
  self.createConnection = net.createConnection as unknown as AgentInstance['createConnection'];
}
const AgentCtor = Agent as unknown as AgentConstructor;
inherits(AgentCtor, events.EventEmitter);

AgentCtor.defaultMaxSockets = 5;

const proto = AgentCtor.prototype;

proto.defaultPort = 80;

proto.addRequest = function (this: AgentInstance, req: AgentRequest, host: string, port: number | string, localAddress?: string): void {
  const name = poolName(host, port, localAddress);
  if (!this.sockets[name]) this.sockets[name] = [];
  if (this.sockets[name].length < this.maxSockets) {
    req.onSocket(this.createSocket(name, host, port, localAddress, req));
  } else {
    if (!this.requests[name]) this.requests[name] = [];
    this.requests[name].push(req);
  }
};

proto.createSocket = function (
  this: AgentInstance,
  name: string,
  host: string,
  port: number | string,
  localAddress?: string,
  req?: AgentRequest,
): SocketInstance {
  const self = this;
  const options = _extend({}, self.options) as Record<string, unknown>;
  options.port = port;
  options.host = host;
  options.localAddress = localAddress;
  // (For TLS: the name the server is asked for, from the Host header when there is one.)
  options.servername = host;
  if (req) {
    const hostHeader = req.getHeader('host');
    if (hostHeader) options.servername = String(hostHeader).replace(/:.*$/, '');
  }

  const s = self.createConnection(options);
  if (!self.sockets[name]) self.sockets[name] = [];
  self.sockets[name].push(s);

  const onFree = function (): void {
    self.emit('free', s, host, port, localAddress);
  };
  s.on('free', onFree);
  // Sockets leave the pool here, and only here: to take one out, close it.
  const onClose = function (): void {
    self.removeSocket(s, name, host, port, localAddress);
  };
  s.on('close', onClose);
  // For connections that leave HTTP (upgrade, CONNECT) and would otherwise hold a slot.
  const onRemove = function (): void {
    self.removeSocket(s, name, host, port, localAddress);
    s.removeListener('close', onClose);
    s.removeListener('free', onFree);
    s.removeListener('agentRemove', onRemove);
  };
  s.on('agentRemove', onRemove);
  return s;
};

proto.removeSocket = function (this: AgentInstance, s: SocketInstance, name: string, host: string, port: number | string, localAddress?: string): void {
  const list = this.sockets[name];
  if (list) {
    const index = list.indexOf(s);
    if (index !== -1) {
      list.splice(index, 1);
      if (list.length === 0) delete this.sockets[name];
    }
  }
  const queue = this.requests[name];
  if (queue && queue.length) {
    // Requests are waiting: a fresh connection for them.
    this.createSocket(name, host, port, localAddress, queue[0]).emit('free');
  }
};

export const globalAgent = new AgentCtor();

export { AgentCtor as Agent };
