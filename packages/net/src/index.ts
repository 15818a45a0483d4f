// @n10/net: node 0.10's require('net').
//
// This stage: net.Socket over a stream handle (what process.stdin/stdout and tty streams
// are), net.Stream (the legacy name) and isIP/isIPv4/isIPv6. Servers and connect() come with
// the net issue.
import { isIP, isIPv4, isIPv6 } from './is-ip';
import { Socket as SocketCtor, type SocketConstructor, type SocketInstance } from './socket';

export type { SocketConstructor, SocketOptions, SocketHandle, SocketInstance } from './socket';

// Both the constructor (value) and the instance type, like a class.
const Socket: SocketConstructor = SocketCtor;
type Socket = SocketInstance;

const net = {
  Socket,
  Stream: Socket,
  isIP,
  isIPv4,
  isIPv6,
};

export { Socket, isIP, isIPv4, isIPv6 };
export default net;
