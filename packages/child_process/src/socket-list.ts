// Keeping count of sockets sent over an IPC channel, as 0.10 did (NODE_SOCKET_* messages).
//
// When a server's connection is sent to another process, the sender can no longer see it
// close. The sender's server keeps a SocketListSend per channel and key (the server's
// _connectionKey) and asks the receiver, whose SocketListReceive counts the sockets it got:
//   NODE_SOCKET_GET_COUNT  → NODE_SOCKET_COUNT {count}       (server.getConnections)
//   NODE_SOCKET_NOTIFY_CLOSE → NODE_SOCKET_ALL_CLOSED          (server.close waits for it)
// A channel that closes before the reply answers with an error ('Slave closed before reply').
import { EventEmitter } from '@n10/events';
import util from '@n10/util';
import type { ChannelTarget, InternalMessage } from './channel-types';

interface SocketReply extends InternalMessage {
  key?: string;
  count?: number;
}

export interface SocketListSendInstance extends EventEmitter {
  key: string;
  slave: ChannelTarget;
  _request(msg: SocketReply, cmd: string, callback: (err: Error | null, reply?: SocketReply) => void): void;
  close(callback: (err: Error | null) => void): void;
  getConnections(callback: (err: Error | null, count?: number) => void): void;
}

export interface SocketListReceiveInstance extends EventEmitter {
  key: string;
  slave: ChannelTarget;
  connections: number;
  add(obj: { socket: EventEmitter }): void;
}

function SocketListSend(this: SocketListSendInstance, slave: ChannelTarget, key: string): void {
  EventEmitter.call(this);
  this.key = key;
  this.slave = slave;
}
util.inherits(SocketListSend, EventEmitter);

const sendProto = SocketListSend.prototype as SocketListSendInstance;

sendProto._request = function (msg, cmd, callback) {
  const self = this;
  const slave = this.slave;
  function onclose(): void {
    slave.removeListener('internalMessage', onreply);
    callback(new Error('Slave closed before reply'));
  }
  function onreply(reply: SocketReply): void {
    if (!reply || reply.cmd !== cmd || reply.key !== self.key) return;
    slave.removeListener('disconnect', onclose);
    slave.removeListener('internalMessage', onreply);
    callback(null, reply);
  }
  if (!slave.connected) {
    onclose();
    return;
  }
  slave.send(msg);
  slave.once('disconnect', onclose);
  slave.on('internalMessage', onreply);
};

sendProto.close = function (callback) {
  this._request({ cmd: 'NODE_SOCKET_NOTIFY_CLOSE', key: this.key }, 'NODE_SOCKET_ALL_CLOSED', (err) => callback(err));
};

sendProto.getConnections = function (callback) {
  this._request({ cmd: 'NODE_SOCKET_GET_COUNT', key: this.key }, 'NODE_SOCKET_COUNT', (err, reply) => {
    if (err) callback(err);
    else callback(null, reply && reply.count);
  });
};

function SocketListReceive(this: SocketListReceiveInstance, slave: ChannelTarget, key: string): void {
  EventEmitter.call(this);
  const self = this;
  this.connections = 0;
  this.key = key;
  this.slave = slave;

  function reply(msg: SocketReply): void {
    if (self.slave.connected) self.slave.send(msg);
  }

  slave.on('internalMessage', function (msg: SocketReply) {
    if (!msg || msg.key !== self.key) return;
    if (msg.cmd === 'NODE_SOCKET_NOTIFY_CLOSE') {
      // Nothing open: say so now; else once the last one closes.
      if (self.connections === 0) reply({ cmd: 'NODE_SOCKET_ALL_CLOSED', key: self.key });
      else self.once('empty', () => reply({ cmd: 'NODE_SOCKET_ALL_CLOSED', key: self.key }));
    } else if (msg.cmd === 'NODE_SOCKET_GET_COUNT') {
      reply({ cmd: 'NODE_SOCKET_COUNT', key: self.key, count: self.connections });
    }
  });
}
util.inherits(SocketListReceive, EventEmitter);

(SocketListReceive.prototype as SocketListReceiveInstance).add = function (obj) {
  const self = this;
  this.connections++;
  obj.socket.once('close', () => {
    self.connections--;
    if (self.connections === 0) self.emit('empty');
  });
};

type Ctor<T> = new (slave: ChannelTarget, key: string) => T;
const SocketListSendCtor = SocketListSend as unknown as Ctor<SocketListSendInstance>;
const SocketListReceiveCtor = SocketListReceive as unknown as Ctor<SocketListReceiveInstance>;

export { SocketListSendCtor as SocketListSend, SocketListReceiveCtor as SocketListReceive };
