// cluster.Worker: the master's view of a worker (cluster.workers[id]) and the worker's view
// of itself (cluster.worker). Own properties as 0.10: id, uniqueID, workerID (the same
// number), state ('none', 'online', 'listening', 'disconnected', 'dead'), process (the
// ChildProcess in the master, `process` in the worker); `suicide` once it is known.
// The prototype's send/kill/destroy/disconnect act differently on each side (master.ts,
// child.ts set them).
import type { ChildProcessInstance } from '@n10/child_process';
import { EventEmitter } from '@n10/events';
import util from '@n10/util';

/** The end of the channel a Worker talks through: a ChildProcess, or the worker's process. */
export type WorkerProcess = ChildProcessInstance | (EventEmitter & Pick<ChildProcessInstance, 'send' | 'disconnect' | 'connected'>);

export interface WorkerInstance extends EventEmitter {
  id: number;
  uniqueID: number;
  workerID: number;
  state: string;
  process: WorkerProcess;
  suicide?: boolean;
  send(message: unknown, sendHandle?: unknown): boolean | undefined;
  kill(signal?: string): void;
  destroy(signal?: string): void;
  disconnect(): void;
}

export interface WorkerConstructor {
  new (options?: { id?: number; state?: string; process?: WorkerProcess }): WorkerInstance;
  prototype: WorkerInstance;
  super_: unknown;
}

function Worker(this: WorkerInstance, options?: { id?: number; state?: string; process?: WorkerProcess }): void {
  EventEmitter.call(this);
  const o = options || {};
  this.id = o.id || 0;
  this.uniqueID = this.id;
  this.workerID = this.id;
  this.state = o.state || 'none';
  this.process = o.process as WorkerProcess;
}
util.inherits(Worker, EventEmitter);

const WorkerCtor = Worker as unknown as WorkerConstructor;
export { WorkerCtor as Worker };
