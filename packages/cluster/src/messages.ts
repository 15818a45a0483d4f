// cluster's messages between master and workers, over the fork() channel, as 0.10 wrote them
// (so that either side may be a node 0.10 process):
// - every one is an internal message: cmd 'NODE_CLUSTER_' + the command (online,
//   queryServer, listening, suicide, disconnect);
// - a request that wants an answer carries _requestEcho '<worker id>:<n>'; the answer is
//   {_queryEcho: that, cmd: 'NODE_CLUSTER_NODE_CLUSTER_'} (0.10 prefixed its empty reply
//   command twice), with the server handle for queryServer.
import type { WorkerInstance } from './worker';

export const PREFIX = 'NODE_CLUSTER_';

export interface ClusterMessage {
  cmd?: string;
  _requestEcho?: string;
  _queryEcho?: string;
  [key: string]: unknown;
}

export type Reply = (message: ClusterMessage, handle: unknown) => void;

let queryIds = 0;
const pending: Record<string, Reply> = {};

/** Sends `message` (its cmd prefixed) to the other side of `worker`; `callback` gets the
 * answer. */
export function sendInternal(worker: WorkerInstance, message: ClusterMessage, handle?: unknown, callback?: Reply): void {
  const out: ClusterMessage = Object.assign({}, message);
  out.cmd = PREFIX + (out.cmd || '');
  if (callback) {
    const id = worker.id + ':' + ++queryIds;
    out._requestEcho = id;
    pending[id] = callback;
  }
  worker.process.send(out, handle);
}

/** Answers a request that asked for one. */
export function reply(worker: WorkerInstance, request: ClusterMessage, handle?: unknown): void {
  if (typeof request._requestEcho !== 'string') return;
  sendInternal(worker, { _queryEcho: request._requestEcho, cmd: PREFIX }, handle);
}

/**
 * An 'internalMessage' listener for `worker`'s channel: answers go to their callback, cluster
 * commands to `handlers[command]`; node's other internal messages are not cluster's.
 */
export function dispatcher(
  worker: WorkerInstance,
  handlers: Record<string, (message: ClusterMessage, handle: unknown) => void>,
): (message: ClusterMessage, handle: unknown) => void {
  return function (message, handle) {
    if (!message || typeof message !== 'object') return;
    const echo = message._queryEcho;
    if (typeof echo === 'string' && pending[echo]) {
      const callback = pending[echo];
      delete pending[echo];
      callback(message, handle);
      return;
    }
    const cmd = message.cmd;
    if (typeof cmd !== 'string' || cmd.indexOf(PREFIX) !== 0) return;
    const handler = handlers[cmd.slice(PREFIX.length)];
    if (handler && Object.prototype.hasOwnProperty.call(handlers, cmd.slice(PREFIX.length))) handler(message, handle);
  };
}
