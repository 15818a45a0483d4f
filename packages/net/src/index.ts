// @n10/net: node 0.10's require('net'), on @n10/binding's stream handles.
import { isIP, isIPv4, isIPv6 } from './is-ip';
import { Server as ServerCtor, createServerHandle, setListenHook, type ServerConstructor, type ServerInstance, type ServerOptions } from './server';
import {
  Socket as SocketCtor,
  normalizeConnectArgs,
  type ConnectOptions,
  type SocketConstructor,
  type SocketInstance,
} from './socket';

export type { SocketConstructor, SocketOptions, SocketHandle, SocketInstance, ConnectOptions } from './socket';
export type { ServerConstructor, ServerInstance, ServerOptions, ServerSlave, ListenHook, ListenHandle } from './server';

// Both the constructors (values) and the instance types, like classes.
const Socket: SocketConstructor = SocketCtor;
type Socket = SocketInstance;
const Server: ServerConstructor = ServerCtor;
type Server = ServerInstance;

type ConnectionListener = (socket: SocketInstance) => void;

const net = {
  createServer: function (options?: ServerOptions | ConnectionListener, listener?: ConnectionListener): ServerInstance {
    return new Server(options, listener);
  },
  createConnection: connect,
  connect,
  _normalizeConnectArgs: normalizeConnectArgs,
  Socket,
  Stream: Socket,
  Server,
  _createServerHandle: createServerHandle,
  isIP,
  isIPv4,
  isIPv6,
  _setSimultaneousAccepts: function (_handle?: unknown): void {},
};

/** net.connect(options | port[, host] | path[, connectListener]) */
function connect(...args: unknown[]): SocketInstance {
  const [options, cb] = normalizeConnectArgs(args);
  const s = new Socket(options as ConnectOptions);
  return s.connect(options, cb);
}

// 0.10's members are anonymous function expressions ([Function] when inspected).
for (const key of ['createServer', 'connect', '_createServerHandle', 'isIP', 'isIPv4', 'isIPv6', '_setSimultaneousAccepts'] as const) {
  Object.defineProperty(net[key], 'name', { value: '', configurable: true });
}

// The cluster seam (server.ts ListenHook): a symbol, so not one of 0.10's members.
Object.defineProperty(net, Symbol.for('n10.net.setListenHook'), { value: setListenHook });

const createServer = net.createServer;
export { Socket, Server, connect, connect as createConnection, createServer, isIP, isIPv4, isIPv6 };
export default net;
