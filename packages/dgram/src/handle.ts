// The UDP handle under a dgram.Socket, and the 0.10 behaviours dgram relied on from libuv 0.10
// that libuv 1.x changed (kept here, in one place, so socket.ts reads like 0.10's dgram):
// - every bind set SO_REUSEADDR (two 0.10 sockets can bind one port; EADDRINUSE comes only
//   from a socket that did not ask for reuse, such as a current node's);
// - ports were truncated to 16 bits (bind(-1) bound 65535, bind(70000) bound 4464);
// - options on a socket that has no descriptor yet failed with EBADF (libuv 1.x binds it
//   implicitly for multicast calls), after the TTL range checks; getsockname on one: EINVAL;
// - multicast groups were IPv4 only: anything else was EINVAL (and an interface that is not an
//   IPv4 address, ENODEV).
import binding from '@n10/binding';
import type { UDP } from '@n10/binding';
import { DIRECT_LOOKUP, lookup } from './dns-module';
import type { LookupCallback, LookupRequest } from './lookup';
import { isIPv4 } from './is-ip';
import { sited } from './throw-sites';

export type SocketType = 'udp4' | 'udp6';

/** A binding UDP handle as dgram uses it: with its address family's lookup, as in 0.10. */
export interface DgramHandle extends UDP {
  lookup(address: unknown, callback: LookupCallback): LookupRequest;
  owner?: unknown;
  [DIRECT_LOOKUP]?: boolean;
}

const UV_UDP_REUSEADDR = 4;

function lookup4(this: DgramHandle, address: unknown, callback: LookupCallback): LookupRequest {
  return lookup(address || '0.0.0.0', 4, callback, this[DIRECT_LOOKUP]);
}

function lookup6(this: DgramHandle, address: unknown, callback: LookupCallback): LookupRequest {
  return lookup(address || '::0', 6, callback, this[DIRECT_LOOKUP]);
}

/** A new handle for 'udp4' or 'udp6'; throws 0.10's error for any other type (its stack starts here, in 0.10's newHandle). */
export function newHandle(type: unknown): DgramHandle {
  if (type === 'unix_dgram') throw sited(new Error('unix_dgram sockets are not supported any more.'), 85);
  if (type !== 'udp4' && type !== 'udp6') throw sited(new Error('Bad socket type specified. Valid types are: udp4, udp6'), 87);
  const handle = new binding.UDP() as DgramHandle;
  handle.lookup = type === 'udp4' ? lookup4 : lookup6;
  return handle;
}

/** 0.10's port argument: `port || 0`, to int32, low 16 bits (htons). */
export function bindPort(port: unknown): number {
  return ((port as number) | 0) & 0xffff;
}

function isV6(handle: DgramHandle): boolean {
  return handle.lookup === lookup6;
}

/** bind with 0.10's flags (always SO_REUSEADDR); 0 or a negative code. */
export function bindHandle(handle: DgramHandle, ip: string, port: number): number {
  return isV6(handle) ? handle.bind6(ip, port, UV_UDP_REUSEADDR) : handle.bind(ip, port, UV_UDP_REUSEADDR);
}

export function sendHandle(handle: DgramHandle, req: Parameters<UDP['send']>[0], buf: ArrayBufferView, offset: number, length: number, port: number, ip: string): number {
  return isV6(handle) ? handle.send6(req, buf, offset, length, port, ip) : handle.send(req, buf, offset, length, port, ip);
}

/** No descriptor yet (never bound): 0.10's libuv answered option calls with EBADF. */
export function unbound(handle: DgramHandle): boolean {
  return handle.fd < 0;
}

/** libuv 0.10 checked a TTL's range (after int32 truncation) before touching the socket. */
export function ttlOption(handle: DgramHandle, ttl: number, multicast: boolean): number {
  const value = ttl | 0;
  if (value < (multicast ? 0 : 1) || value > 255) return binding.uv.UV_EINVAL;
  if (unbound(handle)) return binding.uv.UV_EBADF;
  return multicast ? handle.setMulticastTTL(value) : handle.setTTL(value);
}

export function membership(handle: DgramHandle, add: boolean, group: unknown, iface: unknown): number {
  if (unbound(handle)) return binding.uv.UV_EBADF;
  const address = String(group);
  // inet_addr made anything else 255.255.255.255: not a group to join (EINVAL), nor one
  // joined (EADDRNOTAVAIL)
  if (!isIPv4(address)) return add ? binding.uv.UV_EINVAL : binding.uv.UV_EADDRNOTAVAIL;
  // No interface (undefined or null): the kernel picks. An interface that is not an IPv4
  // address was INADDR_NONE to libuv 0.10, which the kernel refused with ENODEV.
  const via = iface === undefined || iface === null ? undefined : String(iface);
  if (via !== undefined && !isIPv4(via)) return binding.uv.UV_ENODEV;
  return add ? handle.addMembership(address, via) : handle.dropMembership(address, via);
}

/** 0.10's dgram._createSocketHandle(address, port, addressType, fd): a bound handle, or null. */
export function createSocketHandle(address: string, port: number, addressType: unknown, fd?: number): DgramHandle | null {
  // Opening an inherited descriptor (cluster workers, fd >= 0) is not supported by the binding.
  if (typeof fd === 'number' && fd >= 0) return null;
  const handle = newHandle(addressType);
  if (port || address) {
    const err = bindHandle(handle, address, bindPort(port));
    if (err) {
      handle.close();
      return null;
    }
  }
  return handle;
}
