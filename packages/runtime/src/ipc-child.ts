// fork()'s channel and cluster's worker, on the child's side: what node 0.10 set up before
// the program ran (src/node.js startup.processChannel, and the cluster worker start).
//
// - NODE_CHANNEL_FD=<n>: descriptor n is an IPC pipe to the parent. The variable is removed
//   from the environment (grandchildren must not inherit it) and `process` becomes the
//   channel's end: process.send, 'message', process.disconnect, process.connected
//   (child_process._forkChild).
// - NODE_UNIQUE_ID=<id> and a script to run: a cluster worker. require('cluster') is loaded
//   while the variable is there (so cluster.isWorker), its _setupWorker() announces the
//   worker to the master, then the variable is removed.
//
// The host node reads both variables itself before n10 starts (its own start-up opens the
// channel and starts reading it; as a cluster worker it also sends its own "online" message,
// which 0.10 and n10 masters ignore), and removes them from the environment. So the channel
// is taken back from the host here, before the loop's first turn (the host has read nothing
// yet): the host's pipe stops reading and stops counting for the loop, and n10 opens its own
// handle on the same descriptor. Two handles on one descriptor must go together: once n10
// closes its pipe (disconnect, or the process is exiting) the host's pipe is closed at once
// too, before the descriptor can be reused (the host would otherwise close a reused number,
// and libuv aborts on a descriptor closed under a watcher). The worker id the host consumed
// comes back from the host's cluster module.
import { coreModule } from './core-modules';
import type { Process010 } from './process-object';

interface HostChannel {
  fd?: number;
  ref(): void;
  unref(): void;
}
interface HostHandle {
  fd?: number;
  readStop?(): number;
  close?(): void;
}
interface HostProcess {
  channel?: HostChannel;
  _getActiveHandles?(): HostHandle[];
  on(event: 'exit', listener: () => void): unknown;
}

declare const require: (id: string) => unknown;

// The host's process, captured at import (before the program's globals replace it).
const hostProcess = (globalThis as { process?: HostProcess }).process;

/** The host's pipe on the channel, stopped (null if the host opened none). */
function stopHostChannel(): { fd: number; pipe: HostHandle | null } | null {
  const channel = hostProcess && hostProcess.channel;
  if (!channel || typeof channel.fd !== 'number' || channel.fd < 0) return null;
  const fd = channel.fd;
  // The host lists only ref'd handles: ref for a moment to find its pipe. unref() then
  // keeps it unref'd for good (the host's own listeners no longer count).
  channel.ref();
  const handles = hostProcess && hostProcess._getActiveHandles ? hostProcess._getActiveHandles() : [];
  channel.unref();
  let pipe: HostHandle | null = null;
  for (const h of handles) if (h && h.fd === fd && typeof h.readStop === 'function') pipe = h;
  if (pipe && pipe.readStop) pipe.readStop();
  return { fd, pipe };
}

/** The cluster worker id the host took from NODE_UNIQUE_ID, if it did. */
function workerIdFromHost(): string | undefined {
  try {
    const cluster = require('node:cluster') as { worker?: { id?: unknown } | null };
    const id = cluster.worker && cluster.worker.id;
    return id === undefined || id === null ? undefined : String(id);
  } catch {
    return undefined;
  }
}

interface ChildProcessModule {
  _forkChild(fd: number, afterClose?: () => void): void;
}
interface ClusterModule {
  _setupWorker(): void;
}
interface ChannelOwner {
  _channel?: { close(): void } | null;
}

export function setupIpcChild(process: Process010, runsScript: boolean): void {
  const env = process.env;
  let fd = -1;
  let afterClose: (() => void) | undefined;
  if (env.NODE_CHANNEL_FD !== undefined) {
    fd = parseInt(env.NODE_CHANNEL_FD, 10);
    delete env.NODE_CHANNEL_FD;
  } else {
    const host = stopHostChannel();
    if (host) {
      fd = host.fd;
      let hostPipe = host.pipe;
      afterClose = () => {
        if (hostPipe && hostPipe.close) hostPipe.close();
        hostPipe = null;
      };
      // Exiting with the channel open: n10's pipe goes first (then the host's, above).
      (hostProcess as HostProcess).on('exit', () => {
        const ch = (process as unknown as ChannelOwner)._channel;
        if (ch) ch.close();
        if (afterClose) afterClose();
      });
    }
  }
  const id = env.NODE_UNIQUE_ID !== undefined ? env.NODE_UNIQUE_ID : afterClose ? workerIdFromHost() : undefined;
  if (fd >= 0) (coreModule('child_process') as ChildProcessModule)._forkChild(fd, afterClose);
  if (id === undefined) return;
  env.NODE_UNIQUE_ID = id;
  if (!runsScript) return;
  (coreModule('cluster') as ClusterModule)._setupWorker();
  delete env.NODE_UNIQUE_ID;
}
