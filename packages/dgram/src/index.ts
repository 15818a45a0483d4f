// @n10/dgram: node 0.10's require('dgram'): UDP sockets over @n10/binding.
//
// { _createSocketHandle, Socket, createSocket }, in 0.10's order. Addresses given to bind()
// and send() are looked up with 0.10's dns.lookup (./lookup.ts, shared with @n10/dns).
import { createSocketHandle, type DgramHandle, type SocketType } from './handle';
import { Socket as SocketCtor, type RemoteInfo, type SocketConstructor, type SocketInstance } from './socket';
import type { BufferInstance } from '@n10/buffer';
import { DNS_KEY, DNS_MODULE_KEY, dnsModule, useDnsModule } from './dns-module';

export type { RemoteInfo, SendCallback, SocketConstructor, SocketInstance } from './socket';
export type { DgramHandle, SocketType } from './handle';

// Both the constructor (value) and the instance type, like a class.
const Socket: SocketConstructor = SocketCtor;
type Socket = SocketInstance;

/** dgram.createSocket(type, [callback]): callback becomes a 'message' listener. */
const createSocket = function (type: SocketType, listener?: (msg: BufferInstance, rinfo: RemoteInfo) => void): SocketInstance {
  return new Socket(type, listener);
};

/** For cluster (0.10): a handle bound to address:port, or null when that fails. */
const _createSocketHandle = function (address: string, port: number, addressType: SocketType, fd?: number): DgramHandle | null {
  return createSocketHandle(address, port, addressType, fd);
};

export interface DgramModule {
  _createSocketHandle: typeof _createSocketHandle;
  Socket: SocketConstructor;
  createSocket: typeof createSocket;
}

const dgram: DgramModule = { _createSocketHandle, Socket, createSocket };
// For @n10/dns and @n10/net (see dns-module.ts); non-enumerable, so 0.10 programs never see them.
Object.defineProperty(dgram, DNS_KEY, { value: useDnsModule });
Object.defineProperty(dgram, DNS_MODULE_KEY, { value: dnsModule });

export { Socket, createSocket, _createSocketHandle };
export default dgram;
