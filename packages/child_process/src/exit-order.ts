// When a child's 'exit' comes relative to its output, as node 0.10 had it.
//
// libuv 0.10 learnt of a child's end from SIGCHLD through a signal pipe polled like any other
// descriptor, in the order the descriptors became ready, and a stdio pipe that starts reading
// is only added to the poll set at the next poll. So:
// - a child that had already ended when the loop first polled one of its pipes (a quick
//   `echo`, or a parent busy after spawn()) had its 'exit' first, then that pipe's output
//   (and the IPC channel's messages);
// - the end of a pipe (the child closing it as it ends) and the exit came in one loop turn:
//   the end, then 'exit', before the pipe's 'close'; even an unref()'d child had its 'exit'
//   when the pipes that kept the loop alive ended.
// libuv 1.x handles signals after the other I/O of a poll, and sometimes a turn later.
//
// So the exit is reported here as soon as it is known by a peek (Process#exited: waitid with
// WNOWAIT, which leaves the child for libuv to reap): right before the poll that first watches
// a new pipe of the child (from a one-shot Idle), and after the poll in which a pipe of the
// child ended (from a one-shot Check, before the closing handles' callbacks).
// libuv's own onexit then only closes the handle.
import type { Check, Idle, Pipe, Process } from '@n10/binding';
import { binding } from './native';

type OnRead = NonNullable<Pipe['onread']>;
type ReadArgs = Parameters<OnRead>;

export interface ExitOrder {
  /** Watch a pipe the child writes to (a stdio pipe, or the IPC channel). */
  watch(pipe: Pipe): void;
}

let idle: Idle | null = null;
const beforePoll: Array<() => void> = [];
let check: Check | null = null;
const afterPoll: Array<() => void> = [];

function oncheck(): void {
  (check as Check).stop();
  const due = afterPoll.splice(0);
  for (const fn of due) fn();
}

/** Once the I/O callbacks of this poll are done (a one-shot Check: it is started last, so it
 * runs first in the check phase, before the immediates). */
function atPollEnd(fn: () => void): void {
  afterPoll.push(fn);
  if (!check) {
    check = new (binding().Check)();
    check.unref();
  }
  if (afterPoll.length === 1) check.start(oncheck);
}

function onidle(): void {
  (idle as Idle).stop();
  const due = beforePoll.splice(0);
  for (const fn of due) fn();
}

function atNextPoll(fn: () => void): void {
  beforePoll.push(fn);
  if (!idle) {
    idle = new (binding().Idle)();
    idle.unref();
  }
  if (beforePoll.length === 1) idle.start(onidle);
}

/**
 * `handle`: the child's Process; `report(exitStatus, termSignal)` reports its exit once
 * (the caller ignores later calls, and libuv's own onexit after it).
 */
export function exitOrder(handle: Process, reported: () => boolean, report: (exitStatus: number, termSignal: number) => void): ExitOrder {
  function reportIfEnded(): void {
    if (reported()) return;
    const status = handle.exited();
    if (status) report(status[0], status[1]);
  }

  function endsWithExit(pipe: Pipe): void {
    const onread = pipe.onread as OnRead;
    pipe.onread = function (this: Pipe, ...args: ReadArgs): void {
      onread.apply(this, args);
      // After this poll's other reads (the child's other pipes end with it), before the
      // handles closed meanwhile report their 'close'.
      if (args[0] < 0 && !reported()) atPollEnd(reportIfEnded);
    };
  }

  return {
    watch(pipe: Pipe): void {
      // Its first start is when the poll first sees it.
      pipe.readStart = function (this: Pipe): number {
        delete (pipe as Partial<Pipe>).readStart;
        endsWithExit(pipe);
        atNextPoll(reportIfEnded);
        return pipe.readStart();
      };
    },
  };
}
