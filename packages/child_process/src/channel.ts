// The IPC channel between a parent and a child it forked: 0.10's line-delimited JSON over a
// pipe that can carry handles.
//
// Wire format (what a node 0.10 peer writes and reads, so either end may be one):
// - each message is JSON.stringify(message) + '\n', UTF-8;
// - a message whose `cmd` starts with 'NODE_' is node's own: emitted as 'internalMessage',
//   never as 'message';
// - send(message, handle) writes {cmd: 'NODE_HANDLE', type, msg: message} with the handle
//   (type: net.Server, net.Socket, net.Native, dgram.Socket, dgram.Native); the receiver
//   answers {cmd: 'NODE_HANDLE_ACK'} and emits 'message' (msg, object made from the handle).
//   Until that answer arrives the sender queues every message, so that order is kept.
// - end of the pipe (the other side closed it or died): 'disconnect'.
import type { SendableHandle, WriteReq } from '@n10/binding';
import { fromUint8Array } from '@n10/buffer/internal';
import { StringDecoder } from '@n10/string_decoder';
import type { ChannelPipe, ChannelTarget, HandleMessage, InternalMessage, QueuedMessage } from './channel-types';
import { conversions, handleType } from './handles';
import { binding } from './native';
import { SITES, sited } from './throw-sites';

export type { ChannelTarget, ChannelPipe, InternalMessage, HandleMessage, QueuedMessage } from './channel-types';

// Past this many bytes queued, send() says to slow down (it still queues).
const HIGH_WATER = 65536 * 2;

function noop(): void {}

function isInternal(message: unknown): message is InternalMessage {
  const cmd = message !== null && typeof message === 'object' ? (message as { cmd?: unknown }).cmd : undefined;
  return typeof cmd === 'string' && cmd.indexOf('NODE_') === 0;
}

// An n10 child runs on a newer host node, whose own start-up sends a cluster worker's
// master {cmd: 'NODE_CLUSTER', act: 'online'} (that node's protocol) before n10 takes the
// channel over. No 0.10 peer sends cmd 'NODE_CLUSTER' (0.10's are 'NODE_CLUSTER_<cmd>'), and
// 0.10 ignored it: it is dropped here so that no 'internalMessage' shows it.
function isHostNoise(message: unknown): boolean {
  return isInternal(message) && message.cmd === 'NODE_CLUSTER';
}

// 0.10's name for it, which stacks from a listener of 'message' show.
function handleMessage(target: ChannelTarget, message: unknown, handle: unknown): void {
  target.emit(isInternal(message) ? 'internalMessage' : 'message', message, handle);
}

interface ChannelWrite extends WriteReq {
  sentHandle: SendableHandle | null;
  after?: (handle: SendableHandle) => void;
}

function afterWrite(this: void, _status: number, _handle: unknown, req: WriteReq): void {
  const w = req as ChannelWrite;
  if (w.sentHandle && w.after) w.after(w.sentHandle);
}

/**
 * Makes `target` (a ChildProcess, or the child's `process`) one end of the channel:
 * send(), disconnect(), connected, 'message', 'internalMessage', 'disconnect'.
 * `onClose` runs once the pipe has ended (the parent counts it toward 'close').
 */
export function setupChannel(target: ChannelTarget, channel: ChannelPipe, onClose?: () => void, afterClose?: () => void): void {
  target._channel = channel;
  target._handleQueue = null;

  const decoder = new StringDecoder('utf8');
  let partial = '';
  // Handles received and not yet matched with their NODE_HANDLE message. A read that brings
  // a handle may also bring lines written before it (the kernel stops a read after the
  // bytes the descriptor came with, not before): the handle goes with the NODE_HANDLE line,
  // which may even end in a later read.
  const handles: SendableHandle[] = [];
  let closed = false;
  // disconnect() while a message was half read: finishes when it is complete (or the pipe ends).
  let pendingFinish: (() => void) | null = null;

  function closeChannel(): void {
    if (closed) return;
    closed = true;
    channel.onread = noop;
    channel.close();
    if (afterClose) afterClose();
  }

  channel.buffering = false;
  channel.onread = function (nread: number, buffer: Uint8Array | undefined, recvHandle: SendableHandle | undefined) {
    if (nread > 0 && buffer) {
      partial += decoder.write(fromUint8Array(buffer));
      if (recvHandle) handles.push(recvHandle);
      let start = 0;
      let end: number;
      while ((end = partial.indexOf('\n', start)) >= 0) {
        const message: unknown = JSON.parse(partial.slice(start, end));
        start = end + 1;
        if (isHostNoise(message)) continue;
        const handle = isInternal(message) && message.cmd === 'NODE_HANDLE' ? handles.shift() : undefined;
        handleMessage(target, message, handle);
      }
      partial = partial.slice(start);
      channel.buffering = partial.length > 0;
      return;
    }
    if (nread < 0) {
      // The other end is gone (EOF, or an error such as ECONNRESET: the same to us).
      channel.buffering = false;
      if (pendingFinish) pendingFinish();
      else if (target.connected) target.disconnect();
      closeChannel();
      if (onClose) onClose();
    }
  };

  // node's own messages: handles and their acknowledgements.
  target.on('internalMessage', function (message: InternalMessage, handle: SendableHandle | undefined) {
    if (message.cmd === 'NODE_HANDLE_ACK') {
      const queue = target._handleQueue;
      target._handleQueue = null;
      if (queue) for (const q of queue) target.send(q.message, q.handle);
      return;
    }
    if (message.cmd !== 'NODE_HANDLE') return;
    // Acknowledge at once: the sender holds everything else back until then.
    target.send({ cmd: 'NODE_HANDLE_ACK' });
    const m = message as HandleMessage;
    const emit = (obj: unknown) => handleMessage(target, m.msg, obj);
    const conversion = handle ? conversions[m.type] : undefined;
    if (conversion && handle) conversion.got(target, m, handle, emit);
    else emit(undefined);
  });

  target.send = function (this: ChannelTarget, message: unknown, sendHandle?: unknown): boolean | undefined {
    if (message === undefined) throw sited(new TypeError('message cannot be undefined'), SITES.sendUndefined);
    if (!this.connected) {
      this.emit('error', new Error('channel closed'));
      return undefined;
    }
    let payload: unknown = message;
    let native: SendableHandle | null = null;
    let after: ((h: SendableHandle) => void) | undefined;
    if (sendHandle) {
      const type = handleType(sendHandle);
      if (type === null) throw sited(new TypeError("This handle type can't be sent"), SITES.handleType);
      // One handle in flight at a time.
      if (this._handleQueue) {
        this._handleQueue.push({ message, handle: sendHandle });
        return undefined;
      }
      const wrapped: HandleMessage = { cmd: 'NODE_HANDLE', type, msg: message };
      native = conversions[type].send(this, wrapped, sendHandle);
      after = conversions[type].sent;
      payload = native ? wrapped : message;
    } else if (this._handleQueue && !(isInternal(message) && message.cmd === 'NODE_HANDLE_ACK')) {
      // Behind a handle that is not acknowledged yet: keep the order.
      this._handleQueue.push({ message, handle: null });
      return undefined;
    }

    const req: ChannelWrite = { oncomplete: afterWrite, sentHandle: native, after };
    const string = JSON.stringify(payload) + '\n';
    const err = native ? channel.writeUtf8String(req, string, native) : channel.writeUtf8String(req, string);
    if (err) {
      this.emit('error', binding().errnoException(err, 'write', '- cannot write IPC message'));
    } else if (native && !this._handleQueue) {
      this._handleQueue = [];
    }
    return channel.writeQueueSize < HIGH_WATER;
  };

  target.connected = true;

  target.disconnect = function (this: ChannelTarget): void {
    if (!this.connected) {
      this.emit('error', new Error('IPC channel is already disconnected'));
      return;
    }
    this.connected = false;
    this._channel = null;
    let fired = false;
    const finish = (): void => {
      if (fired) return;
      fired = true;
      pendingFinish = null;
      target.removeListener('message', finish);
      target.removeListener('internalMessage', finish);
      closeChannel();
      target.emit('disconnect');
    };
    if (channel.buffering) {
      pendingFinish = finish;
      this.once('message', finish);
      this.once('internalMessage', finish);
      return;
    }
    finish();
  };

  channel.readStart();
}

/** The child's end: `process` gets the channel on descriptor `fd` (0.10's _forkChild). The
 * pipe keeps the process alive only while someone listens for 'message' or 'disconnect'.
 * `afterClose` runs right after the pipe is closed (the runtime's hook, see ipc-child.ts). */
export function forkChild(target: ChannelTarget, fd: number, afterClose?: () => void): void {
  const b = binding();
  const pipe = new b.Pipe(true) as ChannelPipe;
  const err = pipe.open(fd);
  if (err) throw b.errnoException(err, 'open');
  pipe.unref();
  setupChannel(target, pipe, undefined, afterClose);

  let refs = 0;
  target.on('newListener', function (name: string) {
    if (name !== 'message' && name !== 'disconnect') return;
    if (++refs === 1) pipe.ref();
  });
  target.on('removeListener', function (name: string) {
    if (name !== 'message' && name !== 'disconnect') return;
    if (--refs === 0) pipe.unref();
  });
}
