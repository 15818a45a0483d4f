// @n10/cluster: node 0.10's require('cluster'): an EventEmitter with isWorker, isMaster,
// worker, workers, settings, setupMaster, Worker, fork, disconnect, _setupWorker, _getServer
// (0.10's order). Workers are fork()ed n10 (or node) processes; in a worker, every net
// listen() asks the master for the handle (through @n10/net's listen seam), so all workers
// share one listening socket, as in 0.10.
import { disconnectSelf, getServer, killSelf, setupWorker } from './child';
import { assertSide, cluster } from './cluster-object';
import { disconnect, disconnectWorker, fork, killWorker, setupMaster } from './master';
import { Worker, type WorkerInstance } from './worker';

export type { Cluster, ClusterSettings } from './cluster-object';
export type { WorkerInstance, WorkerConstructor } from './worker';

const proto = Worker.prototype as WorkerInstance;

proto.send = function (this: WorkerInstance, message: unknown, sendHandle?: unknown) {
  return this.process.send(message, sendHandle);
};

// destroy and kill are one function (0.10 kept the old name).
proto.destroy = function (this: WorkerInstance, signal?: string): void {
  if (cluster.isMaster) killWorker(this, signal);
  else killSelf(this);
};
proto.kill = proto.destroy;

proto.disconnect = function (this: WorkerInstance): void {
  if (cluster.isMaster) disconnectWorker(this);
  else disconnectSelf(this);
};

// 0.10's members are anonymous function expressions ([Function] when inspected).
cluster.setupMaster = function (settings) {
  setupMaster(settings);
};
cluster.Worker = Worker;
cluster.fork = function (env) {
  return fork(env);
};
cluster.disconnect = function (callback) {
  disconnect(callback);
};
cluster._setupWorker = function () {
  assertSide(false);
  setupWorker();
};
cluster._getServer = function (server, address, port, addressType, fd, callback) {
  getServer(server, address, port, addressType, fd, callback);
};

export default cluster;
