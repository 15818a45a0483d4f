// ChildProcess: 0.10's EventEmitter over a binding Process handle.
//
// Observable as in 0.10: own properties in order (domain, _events, _maxListeners,
// _closesNeeded, _closesGot, connected, signalCode, exitCode, killed, _handle, then pid,
// stdin, stdout, stderr, stdio and, with an IPC channel, _channel, _handleQueue, send,
// disconnect); prototype spawn, kill, ref, unref.
//
// Events: 'exit' (code, signal) when the process ends; 'close' (code, signal) once it has
// ended AND every readable stdio pipe and the IPC channel have closed (a channel the parent
// disconnected itself never counts, so 'close' does not come then: 0.10 did the same);
// 'error' when it could not be spawned (then no 'exit') or a signal could not be sent.
import type { Pipe, Process } from '@n10/binding';
import { EventEmitter } from '@n10/events';
import net from '@n10/net';
import type { SocketHandle, SocketInstance } from '@n10/net';
import process from '@n10/process';
import util from '@n10/util';
import { setupChannel, type ChannelPipe, type ChannelTarget } from './channel';
import { binding } from './native';
import { signalFor, signalName } from './signals';
import { failSpawn, isForkFailure } from './spawn-error';
import { exitOrder } from './exit-order';
import { closePipes, stdioEntry, type NormalizedStdio, type StdioSpec } from './stdio';
import { SITES, sited } from './throw-sites';

/** What ChildProcess#spawn takes (0.10's internal form; spawn() builds it). */
export interface SpawnInternalOptions {
  file: string;
  args: string[];
  cwd?: string;
  envPairs: string[];
  stdio?: StdioSpec;
  detached?: boolean;
  uid?: number;
  gid?: number;
}

export type Signal = string | number;

export interface ChildProcessInstance extends ChannelTarget {
  _closesNeeded: number;
  _closesGot: number;
  signalCode: string | null;
  exitCode: number | null;
  killed: boolean;
  _handle: (Process & { owner?: ChildProcessInstance }) | null;
  pid?: number;
  stdin: SocketInstance | null;
  stdout: SocketInstance | null;
  stderr: SocketInstance | null;
  stdio: Array<SocketInstance | null>;
  spawn(options: SpawnInternalOptions): number;
  kill(signal?: Signal): boolean;
  ref(): void;
  unref(): void;
}

export interface ChildProcessConstructor {
  new (): ChildProcessInstance;
  prototype: ChildProcessInstance;
}

function ChildProcess(this: ChildProcessInstance): void {
  EventEmitter.call(this);
  this._closesNeeded = 1;
  this._closesGot = 0;
  this.connected = false;
  this.signalCode = null;
  this.exitCode = null;
  this.killed = false;
  const handle = new (binding().Process)() as Process & { owner?: ChildProcessInstance };
  handle.owner = this;
  handle.onexit = onexit;
  this._handle = handle;
}

util.inherits(ChildProcess, EventEmitter);

/** The binding's Process as a ChildProcess uses it. */
type ProcessHandle = Process & { owner?: ChildProcessInstance; reported?: boolean };

// libuv's report of the end. It may have been reported already, from a peek (exit-order.ts):
// then the handle, kept open until now so that libuv could reap the child, only closes.
function onexit(this: ProcessHandle, exitStatus: number, termSignal: number): void {
  this.close();
  if (!this.reported) reportExit(this, exitStatus, termSignal);
}

function reportExit(handle: ProcessHandle, exitStatus: number, termSignal: number): void {
  handle.reported = true;
  const self = handle.owner as ChildProcessInstance;
  if (termSignal) self.signalCode = signalName(termSignal);
  else self.exitCode = exitStatus;
  if (self.stdin) self.stdin.destroy();
  self._handle = null;
  self.emit('exit', self.exitCode, self.signalCode);
  // Output nobody reads must not hold 'close' back.
  process.nextTick(() => flushStdio(self));
  maybeClose(self);
}

export function maybeClose(self: ChildProcessInstance): void {
  self._closesGot++;
  if (self._closesGot === self._closesNeeded) self.emit('close', self.exitCode, self.signalCode);
}

export function flushStdio(self: ChildProcessInstance): void {
  for (const stream of self.stdio) {
    if (!stream || !stream.readable || stream._consuming || stream._readableState.flowing) continue;
    stream.resume();
  }
}

function quiet(pipe: Pipe): void {
  pipe.readStart = () => 0;
  pipe.readStop = () => 0;
}

/** The parent's side of a stdio pipe: stdin is written to, the others are read from. */
function createSocket(pipe: Pipe, readable: boolean): SocketInstance {
  const socket = new net.Socket({ handle: pipe as SocketHandle });
  socket.readable = readable;
  socket.writable = !readable;
  return socket;
}

const proto = ChildProcess.prototype as ChildProcessInstance;

proto.spawn = function (this: ChildProcessInstance, options: SpawnInternalOptions): number {
  const self = this;
  // 0.10: `options.stdio || 'pipe'` (0, '', null and false are 'pipe' too). A string is a
  // shorthand; anything else that is not an array is a TypeError, before any pipe is made.
  // (The checks and the reduce are here, not in a helper: their errors' stacks show this frame.)
  let specs = (options.stdio || 'pipe') as unknown;
  if (typeof specs === 'string') {
    switch (specs) {
      case 'ignore':
        specs = ['ignore', 'ignore', 'ignore'];
        break;
      case 'pipe':
        specs = ['pipe', 'pipe', 'pipe'];
        break;
      case 'inherit':
        specs = [0, 1, 2];
        break;
      default:
        throw sited(new TypeError('Incorrect value of stdio option: ' + specs), SITES.stdioString);
    }
  } else if (!Array.isArray(specs)) {
    throw sited(new TypeError('Incorrect value of stdio option: ' + String(specs)), SITES.stdioOther);
  }
  // The caller's own array grows to three entries, as it did in 0.10.
  const list = specs as unknown[];
  while (list.length < 3) list.push(undefined);
  const stdio = list.reduce<NormalizedStdio>(stdioEntry, { entries: [], ipcFd: -1 });
  const envPairs = options.envPairs.slice();
  // Tell the child where its channel is.
  if (stdio.ipc) envPairs.push('NODE_CHANNEL_FD=' + stdio.ipcFd);

  const handle = this._handle as Process;
  // 0.10's binding refused a file that is not a string (after the pipes were made).
  if (typeof options.file !== 'string') {
    closePipes(stdio);
    handle.close();
    this._handle = null;
    throw sited(new TypeError('Bad argument'), SITES.badArgument);
  }
  const err = handle.spawn({
    file: options.file,
    args: options.args,
    cwd: options.cwd,
    envPairs,
    stdio: stdio.entries.map((e) => e.option),
    detached: !!options.detached,
    uid: options.uid,
    gid: options.gid,
  });

  // Out of processes, memory or descriptors: 0.10 threw at once.
  if (err && isForkFailure(err)) {
    closePipes(stdio);
    handle.close();
    this._handle = null;
    throw binding().errnoException(err, 'spawn');
  }

  // (0.10 had a pid even when the program then failed to start: the fork had happened.)
  this.pid = handle.pid;
  // Pipes of a child that never started are not open: reading them waits for the ends
  // failSpawn plays back.
  if (err) for (const e of stdio.entries) if (e.pipe) quiet(e.pipe);

  // The exit reported when 0.10 reported it, relative to the output (exit-order.ts).
  if (!err) {
    const h = handle as ProcessHandle;
    const order = exitOrder(
      h,
      () => !!h.reported,
      (exitStatus, termSignal) => reportExit(h, exitStatus, termSignal),
    );
    stdio.entries.forEach((e, i) => {
      if (e.pipe && (e.ipc || i > 0)) order.watch(e.pipe);
    });
  }

  // A socket over each pipe (the IPC pipe is the channel's, below).
  // A stream handle shared with the child (a net.Socket's, say) got one too in 0.10: a second
  // Socket over the same handle, which took its reads over, and whose 'close' the child's
  // 'close' waits for (its 'exit' destroys it when it is stdin).
  const sockets = stdio.entries.map((entry, i): SocketInstance | null => {
    const handle = entry.option.type === 'wrap' ? (entry.option.handle as Pipe) : entry.pipe;
    if (!handle || entry.ipc) return null;
    const socket = createSocket(handle, i > 0);
    if (i > 0) {
      this._closesNeeded++;
      socket.on('close', () => maybeClose(self));
    }
    return socket;
  });
  this.stdin = sockets[0] || null;
  this.stdout = sockets[1] || null;
  this.stderr = sockets[2] || null;
  this.stdio = sockets;

  if (stdio.ipc) {
    this._closesNeeded++;
    setupChannel(this, stdio.ipc as ChannelPipe, () => maybeClose(self));
  }

  // It never ran: report it as 0.10 did, from the loop (see spawn-error.ts).
  if (err) failSpawn(this, err, options, stdio);
  return err;
};

proto.kill = function (this: ChildProcessInstance, sig?: Signal): boolean {
  const signal = signalFor(sig);
  if (signal === undefined) throw sited(new Error('Unknown signal: ' + sig), SITES.unknownSignal);
  if (!this._handle) return false;
  // A program that could not be started is still a child until its 'error' (spawn-error.ts):
  // in 0.10 it was a forked process, and signalling it worked.
  const err = this.pid === undefined ? 0 : this._handle.kill(signal);
  if (err === 0) {
    this.killed = true;
    return true;
  }
  const b = binding();
  const code = b.codeOf(err);
  if (code === 'ESRCH') {
    // Gone already.
  } else if (code === 'EINVAL' || code === 'ENOSYS') {
    throw b.errnoException(err, 'kill');
  } else {
    this.emit('error', b.errnoException(err, 'kill'));
  }
  return false;
};

proto.ref = function (this: ChildProcessInstance): void {
  if (this._handle) this._handle.ref();
};

proto.unref = function (this: ChildProcessInstance): void {
  if (this._handle) this._handle.unref();
};

const ChildProcessCtor = ChildProcess as unknown as ChildProcessConstructor;
export { ChildProcessCtor as ChildProcess };
