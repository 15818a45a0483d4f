// The master's side: setupMaster, fork, disconnect, and the answers to what workers ask.
//
// A worker's listen() arrives as queryServer {address, port, addressType, fd}: the master
// binds a handle once per distinct request (net._createServerHandle; dgram's for 'udp4' and
// 'udp6') and sends that same handle to every worker that asks; each worker listens on it,
// and the kernel spreads the connections among them (0.10 had no round-robin). The handles
// stay with the master until cluster.disconnect().
import childProcess from '@n10/child_process';
import type { ChildProcessInstance } from '@n10/child_process';
import dgram from '@n10/dgram';
import net from '@n10/net';
import process from '@n10/process';
import util from '@n10/util';
import { assertSide, cluster, type ClusterSettings } from './cluster-object';
import { dispatcher, reply, sendInternal, type ClusterMessage } from './messages';
import { Worker, type WorkerInstance } from './worker';

interface ServerHandle {
  close(): void;
}

let ids = 0;
let configured = false;
const handles: Record<string, ServerHandle> = {};

/** setupMaster([settings]): the first call decides; later ones do nothing. */
export function setupMaster(options?: ClusterSettings): void {
  assertSide(true);
  if (configured) return;
  configured = true;
  const o = options || {};
  cluster.settings = {
    exec: o.exec || process.argv[1],
    execArgv: o.execArgv || process.execArgv,
    args: o.args || process.argv.slice(2),
    silent: o.silent || false,
  };
  cluster.emit('setup');
}

export function fork(env?: Record<string, unknown>): WorkerInstance {
  assertSide(true);
  setupMaster();
  const id = ++ids;
  const settings = cluster.settings;
  const envCopy = util._extend(util._extend({}, process.env as Record<string, unknown>), env as Record<string, unknown>) as Record<string, unknown>;
  envCopy.NODE_UNIQUE_ID = String(id);
  const child = childProcess.fork(settings.exec as string, settings.args, {
    env: envCopy,
    silent: settings.silent,
    execArgv: settings.execArgv,
  });
  const worker = new Worker({ id, process: child });
  cluster.workers[id] = worker;
  watch(worker, child);
  process.nextTick(() => cluster.emit('fork', worker));
  return worker;
}

function gone(worker: WorkerInstance): void {
  if (cluster.workers[worker.id] === worker) delete cluster.workers[worker.id];
}

function watch(worker: WorkerInstance, child: ChildProcessInstance): void {
  child.on(
    'internalMessage',
    dispatcher(worker, {
      online() {
        worker.state = 'online';
        worker.emit('online');
        cluster.emit('online', worker);
      },
      queryServer(message) {
        reply(worker, message, serverHandle(message));
      },
      listening(message) {
        worker.state = 'listening';
        const address = { address: message.address, port: message.port, addressType: message.addressType, fd: message.fd };
        worker.emit('listening', address);
        cluster.emit('listening', worker, address);
      },
      suicide(message) {
        worker.suicide = true;
        reply(worker, message);
      },
    }),
  );
  child.once('disconnect', () => {
    worker.state = 'disconnected';
    worker.suicide = !!worker.suicide;
    gone(worker);
    worker.emit('disconnect');
    cluster.emit('disconnect', worker);
  });
  child.once('exit', (code: number | null, signal: string | null) => {
    worker.state = 'dead';
    worker.suicide = !!worker.suicide;
    gone(worker);
    worker.emit('exit', code, signal);
    cluster.emit('exit', worker, code, signal);
  });
  child.on('message', (message: unknown, handle: unknown) => worker.emit('message', message, handle));
  child.on('error', (err: Error) => worker.emit('error', err));
}

/** The handle for a worker's listen(), bound once per request; undefined if it cannot be. */
function serverHandle(message: ClusterMessage): ServerHandle | undefined {
  const address = message.address as string | null;
  const port = message.port as number | null;
  const addressType = message.addressType as number | string | null;
  const fd = message.fd as number | undefined;
  const key = [address, port, addressType, fd].join(':');
  if (handles[key]) return handles[key];
  let made: unknown;
  if (addressType === 'udp4' || addressType === 'udp6') made = dgram._createSocketHandle(address as string, port as number, addressType, fd);
  else made = net._createServerHandle(address, port, addressType as number | null, fd);
  if (!made || typeof made !== 'object') return undefined;
  handles[key] = made as ServerHandle;
  return handles[key];
}

function closeHandles(): void {
  for (const key of Object.keys(handles)) {
    handles[key].close();
    delete handles[key];
  }
}

/** cluster.disconnect([callback]): every worker disconnects; then the master's handles close. */
export function disconnect(callback?: () => void): void {
  assertSide(true);
  const workers = Object.keys(cluster.workers).map((id) => cluster.workers[id]);
  if (workers.length === 0) {
    closeHandles();
    if (callback) callback();
    return;
  }
  let left = workers.length;
  for (const worker of workers) {
    worker.once('disconnect', () => {
      if (--left > 0) return;
      closeHandles();
      if (callback) callback();
    });
    worker.disconnect();
  }
}

/** worker.kill([signal]) in the master: no more messages, then the signal. */
export function killWorker(worker: WorkerInstance, signal?: string): void {
  worker.suicide = true;
  const child = worker.process as ChildProcessInstance;
  if (child.connected) child.disconnect();
  child.kill(signal || 'SIGTERM');
}

/** worker.disconnect() in the master: the worker closes its servers, then its channel. */
export function disconnectWorker(worker: WorkerInstance): void {
  worker.suicide = true;
  sendInternal(worker, { cmd: 'disconnect' });
}
