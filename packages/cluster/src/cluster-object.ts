// The one cluster object (an EventEmitter, as 0.10's require('cluster') was), its state
// members first, in 0.10's order; index.ts adds the functions.
import assert from '@n10/assert';
import { EventEmitter } from '@n10/events';
import process from '@n10/process';
import type { WorkerConstructor, WorkerInstance } from './worker';

export interface ClusterSettings {
  exec?: string;
  execArgv?: string[];
  args?: string[];
  silent?: boolean;
}

export interface Cluster extends EventEmitter {
  isWorker: boolean;
  isMaster: boolean;
  worker: WorkerInstance | null;
  workers: Record<string, WorkerInstance>;
  settings: ClusterSettings;
  setupMaster(settings?: ClusterSettings): void;
  Worker: WorkerConstructor;
  fork(env?: Record<string, unknown>): WorkerInstance;
  disconnect(callback?: () => void): void;
  _setupWorker(): void;
  _getServer(server: EventEmitter, address: string | null, port: number | null, addressType: number | string | null, fd: number | undefined, callback: (handle: unknown) => void): void;
}

export const cluster = new EventEmitter() as Cluster;
// A worker is a process its master started with NODE_UNIQUE_ID in the environment (the n10
// runtime loads this module while the variable is still there).
cluster.isWorker = 'NODE_UNIQUE_ID' in process.env;
cluster.isMaster = !cluster.isWorker;
cluster.worker = null;
// Only the master keeps workers (a worker sees null, as in 0.10).
cluster.workers = cluster.isMaster ? {} : (null as unknown as Record<string, WorkerInstance>);
cluster.settings = {};

/** 0.10 asserted the side: assert(cluster.isMaster) (AssertionError 'false == true'). */
export function assertSide(master: boolean): void {
  assert(cluster.isMaster === master);
}
