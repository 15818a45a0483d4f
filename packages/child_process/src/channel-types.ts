// The shapes an IPC channel works with (shared by channel.ts, handles.ts, socket-list.ts).
import type { Pipe } from '@n10/binding';
import type { EventEmitter } from '@n10/events';
import type { SocketListReceiveInstance, SocketListSendInstance } from './socket-list';

/** A message whose `cmd` starts with NODE_: node's own, emitted as 'internalMessage'. */
export interface InternalMessage {
  cmd: string;
  [key: string]: unknown;
}

/** What send(message, handle) puts on the wire for a handle (0.10's NODE_HANDLE). */
export interface HandleMessage extends InternalMessage {
  cmd: 'NODE_HANDLE';
  type: HandleType;
  msg: unknown;
  /** net.Socket from a server: the server's _connectionKey (for the socket lists) */
  key?: string;
  /** dgram.Socket: 'udp4' or 'udp6' */
  dgramType?: string;
}

export type HandleType = 'net.Native' | 'net.Server' | 'net.Socket' | 'dgram.Native' | 'dgram.Socket';

/** The IPC pipe with the state the channel keeps on it. */
export interface ChannelPipe extends Pipe {
  /** A message is partly read (disconnect() waits for it). */
  buffering?: boolean;
  sockets?: {
    send: Record<string, SocketListSendInstance>;
    got: Record<string, SocketListReceiveInstance>;
  };
}

export interface QueuedMessage {
  message: unknown;
  handle: unknown;
}

/** A ChildProcess in the parent, or `process` in the child: the ends of a channel. */
export interface ChannelTarget extends EventEmitter {
  _channel: ChannelPipe | null;
  _handleQueue: QueuedMessage[] | null;
  connected: boolean;
  send(message: unknown, sendHandle?: unknown): boolean | undefined;
  disconnect(): void;
}
