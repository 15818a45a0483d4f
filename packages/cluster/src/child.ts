// The worker's side: _setupWorker (run at start-up by the runtime, as 0.10's node.js did),
// and _getServer, which every listen() goes through (the @n10/net seam).
import type { ListenHandle, ListenHook } from '@n10/net';
import net from '@n10/net';
import process from '@n10/process';
import type { EventEmitter } from '@n10/events';
import { cluster } from './cluster-object';
import { dispatcher, sendInternal, type ClusterMessage } from './messages';
import { Worker, type WorkerInstance, type WorkerProcess } from './worker';

type Server = EventEmitter & {
  _handle?: unknown;
  address?(): { port?: number } | string | null;
  close(callback?: () => void): unknown;
};

// `process` as the worker's end of the channel (child_process._forkChild made it one).
const channel = process as unknown as WorkerProcess;

// The servers this worker asked the master for (disconnect() closes them).
const servers: Server[] = [];

function worker(): WorkerInstance {
  return cluster.worker as WorkerInstance;
}

export function setupWorker(): void {
  const w = new Worker({ id: +(process.env.NODE_UNIQUE_ID as string) | 0, process: channel, state: 'online' });
  cluster.worker = w;

  process.once('disconnect', () => {
    w.emit('disconnect');
    // The master went away without asking: nothing left to do here.
    if (!w.suicide) process.exit(0);
  });
  process.on('internalMessage', dispatcher(w, { disconnect: () => w.disconnect() }));
  process.on('message', (message: unknown, handle: unknown) => w.emit('message', message, handle));
  process.once('exit', (code: number) => {
    w.state = 'dead';
    w.emit('exit', code);
  });

  const setHook = (net as unknown as Record<symbol, (hook: ListenHook | null) => void>)[Symbol.for('n10.net.setListenHook')];
  if (typeof setHook === 'function') setHook(listenHook);

  sendInternal(w, { cmd: 'online' });
}

/** net's listen() in a worker: the handle comes from the master (0.10's _getServer), and a
 * port other than the one asked for means the master could not bind it. */
const listenHook: ListenHook = (server, address, port, addressType, fd, callback) => {
  getServer(server, address, port, addressType, fd, (handle) => {
    const h = handle as (ListenHandle & { getsockname?(out: { port?: number }): number }) | null;
    if (h && port && typeof h.getsockname === 'function') {
      const out: { port?: number } = {};
      h.getsockname(out);
      if (out.port !== port) {
        callback('EADDRINUSE', null);
        return;
      }
    }
    callback(null, h || null);
  });
};

/** cluster._getServer(server, address, port, addressType, fd, callback(handle)). */
export function getServer(
  server: EventEmitter,
  address: string | null,
  port: number | null,
  addressType: number | string | null,
  fd: number | undefined,
  callback: (handle: unknown) => void,
): void {
  const w = worker();
  const message: ClusterMessage = { fd, addressType, port, address };
  servers.push(server as Server);
  sendInternal(w, Object.assign({}, message, { cmd: 'queryServer' }), undefined, (_reply, handle) => {
    callback(handle);
  });
  // Once it listens, the master hears of it (with the port it got).
  server.once('listening', () => {
    w.state = 'listening';
    const s = server as Server;
    const a = s.address ? s.address() : null;
    message.cmd = 'listening';
    message.port = (a && typeof a === 'object' && a.port) || port;
    sendInternal(w, message);
  });
}

/** worker.disconnect() in the worker: tell the master, close the servers, then the channel. */
export function disconnectSelf(w: WorkerInstance): void {
  w.suicide = true;
  if (!channel.connected) return;
  sendInternal(w, { cmd: 'suicide' }, undefined, () => {
    const open = servers.filter((s) => s._handle);
    let left = open.length;
    const done = (): void => {
      if (channel.connected) channel.disconnect();
    };
    if (left === 0) done();
    for (const s of open) {
      s.close(() => {
        if (--left === 0) done();
      });
    }
  });
}

/** worker.kill() in the worker: tell the master it is on purpose, then exit. */
export function killSelf(w: WorkerInstance): void {
  w.suicide = true;
  if (!channel.connected) {
    process.exit(0);
    return;
  }
  sendInternal(w, { cmd: 'suicide' }, undefined, () => process.exit(0));
}
