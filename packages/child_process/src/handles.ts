// What send(message, handle) accepts, and what the other end makes of it: 0.10's table of
// handle types. `send` turns the object into the binding handle that travels (and may add
// fields to the message); `got` turns a received handle into an object and hands it over.
import type { SendableHandle, StreamHandle, TCP, UDP } from '@n10/binding';
import dgram from '@n10/dgram';
import type { DgramHandle, SocketType } from '@n10/dgram';
import net from '@n10/net';
import type { ServerInstance, SocketHandle, SocketInstance } from '@n10/net';
import type { ChannelPipe, ChannelTarget, HandleMessage, HandleType } from './channel-types';
import { binding } from './native';
import { SocketListReceive, SocketListSend } from './socket-list';

interface Conversion {
  /** The handle to write with the message; null: send the message alone (nothing to send). */
  send(target: ChannelTarget, message: HandleMessage, obj: unknown): SendableHandle | null;
  /** After the handle was written. */
  sent?(handle: SendableHandle): void;
  got(target: ChannelTarget, message: HandleMessage, handle: SendableHandle, emit: (obj: unknown) => void): void;
}

type SlaveServer = ServerInstance & { _setupSlave?(list: unknown): void };

function noop(): void {}

/** 0.10's name for what `obj` is; a TypeError for anything that cannot be sent. */
/** What kind of handle `obj` is for the channel, or null when it cannot be sent. */
export function handleType(obj: unknown): HandleType | null {
  const b = binding();
  if (obj instanceof net.Socket) return 'net.Socket';
  if (obj instanceof net.Server) return 'net.Server';
  if (obj instanceof b.TCP || obj instanceof b.Pipe) return 'net.Native';
  if (obj instanceof dgram.Socket) return 'dgram.Socket';
  if (obj instanceof b.UDP) return 'dgram.Native';
  return null;
}

type SocketLists = NonNullable<ChannelPipe['sockets']>;

/** The channel's socket lists (kept on its pipe, one set per channel, as in 0.10). */
function socketLists(target: ChannelTarget): SocketLists {
  const channel = target._channel;
  if (!channel) return { send: {}, got: {} };
  if (!channel.sockets) channel.sockets = { send: {}, got: {} };
  return channel.sockets;
}

export const conversions: Record<HandleType, Conversion> = {
  'net.Native': {
    send: (_t, _m, handle) => handle as TCP,
    got: (_t, _m, handle, emit) => emit(handle),
  },

  'net.Server': {
    send: (_t, _m, server) => ((server as ServerInstance)._handle as unknown as SendableHandle) || null,
    got(_t, _m, handle, emit) {
      const server = new net.Server();
      server.listen(handle, () => emit(server));
    },
  },

  'net.Socket': {
    send(target, message, obj) {
      const socket = obj as SocketInstance;
      // Closed, or sent already: the message goes alone.
      if (!socket._handle) return null;
      const server = socket.server as SlaveServer | null | undefined;
      if (server) {
        // The receiver counts the socket for this server from now on.
        const key = server._connectionKey as string;
        message.key = key;
        const lists = socketLists(target).send;
        const first = !lists[key];
        if (first) {
          lists[key] = new SocketListSend(target, key);
          if (typeof server._setupSlave === 'function') server._setupSlave(lists[key]);
          else {
            server._usingSlaves = true;
            server._slaves.push(lists[key]);
          }
        }
        server._connections--;
      }
      // The socket lets go of its handle: it reads no more here and never closes it.
      const handle = socket._handle as SocketHandle;
      handle.onread = noop;
      socket._handle = null;
      return handle as unknown as SendableHandle;
    },
    sent(handle) {
      // The other process has its own descriptor now.
      handle.close();
    },
    got(target, message, handle, emit) {
      const socket = new net.Socket({ handle: handle as StreamHandle as SocketHandle });
      socket.readable = socket.writable = true;
      if (message.key) {
        const lists = socketLists(target).got;
        const list = lists[message.key] || (lists[message.key] = new SocketListReceive(target, message.key));
        list.add({ socket });
      }
      emit(socket);
    },
  },

  'dgram.Native': {
    send: (_t, _m, handle) => handle as UDP,
    got: (_t, _m, handle, emit) => emit(handle),
  },

  'dgram.Socket': {
    send(_t, message, obj) {
      const socket = obj as InstanceType<typeof dgram.Socket>;
      message.dgramType = socket.type;
      return (socket._handle as unknown as SendableHandle) || null;
    },
    got(_t, message, handle, emit) {
      const socket = new dgram.Socket(message.dgramType as SocketType);
      socket.bind(handle as UDP as DgramHandle, () => emit(socket));
    },
  },
};
