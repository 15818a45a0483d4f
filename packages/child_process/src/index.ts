// @n10/child_process: node 0.10's require('child_process'), on @n10/binding's Process and
// Pipe handles: { fork, _forkChild, exec, execFile, spawn }, in 0.10's order.
import process from '@n10/process';
import { forkChild } from './channel';
import type { ChannelTarget } from './channel';
import { exec, execFile, execFileOwner } from './exec';
import { fork } from './fork';
import { spawn } from './spawn';

export type { ChildProcessInstance, ChildProcessConstructor, Signal } from './child-process';
export type { SpawnOptions } from './spawn';
export type { ExecOptions, ExecCallback, ExecError } from './exec';
export type { ForkOptions } from './fork';
export type { StdioSpec } from './stdio';
export type { ChannelTarget, InternalMessage, HandleMessage } from './channel';

/** The child's side of fork(): makes `process` one end of the channel on descriptor `fd`
 * (process.send, 'message', disconnect, connected). The runtime calls it at start-up when
 * the parent announced a channel (NODE_CHANNEL_FD). n10 adds `afterClose`: called right
 * after the channel's pipe is closed. */
const _forkChild = function (fd: number, afterClose?: () => void): void {
  forkChild(process as unknown as ChannelTarget, fd, afterClose);
};

export interface ChildProcessModule {
  fork: typeof fork;
  _forkChild: typeof _forkChild;
  exec: typeof exec;
  execFile: typeof execFile;
  spawn: typeof spawn;
}

const childProcess: ChildProcessModule = { fork, _forkChild, exec, execFile, spawn };
execFileOwner(childProcess);

export { fork, _forkChild, exec, execFile, spawn };
export default childProcess;
