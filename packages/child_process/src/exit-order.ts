// The order of a child's 'exit' and its output, as node 0.10 had it.
//
// libuv 0.10 learnt of a child's end from SIGCHLD through a signal pipe polled like any other
// descriptor, in the order the descriptors became ready; a stdio pipe that starts reading is
// only added to the poll set at the next poll. So when the child had already ended by the
// first poll that watches one of its pipes (a quick `echo`, or a parent busy after spawn()),
// the signal pipe was ready first: 'exit' came, then that pipe's data and end. A pipe that was
// already being polled when the child wrote came first instead. libuv 1.x always handles
// signals after the other I/O of a poll, so the output came first in every case.
//
// Here: when a pipe first starts reading, a one-shot Idle (it runs right before the poll)
// peeks whether the child has ended (Process#exited never reaps it). If it has, and its exit
// is not reported yet, that pipe's reads are held and played back after 'exit', those of all
// the child's pipes in the order they came (each in its own tick, as each was its own
// callback; the IPC channel's messages too). The exit is certain to come, so
// nothing is lost and nothing waits longer than that loop turn.
//
// Each watched pipe's end also checks for an ended child (see endsWithExit).
import type { Idle, Pipe, Process } from '@n10/binding';
import process from '@n10/process';
import { binding } from './native';

type OnRead = NonNullable<Pipe['onread']>;
type ReadArgs = Parameters<OnRead>;

/** What a child's pipes hold back until its exit is reported. */
export interface ExitOrder {
  /** Set from the exit callback: lets held reads go. */
  release(): void;
  /** Watch a pipe the child writes to (a stdio pipe, or the IPC channel). */
  watch(pipe: Pipe): void;
}

let idle: Idle | null = null;
const beforePoll: Array<() => void> = [];

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

export function exitOrder(getHandle: () => Process | null): ExitOrder {
  // Reads held back, of every held pipe, in the order they came.
  const held: Array<{ pipe: Pipe; onread: OnRead; args: ReadArgs }> = [];
  const restores: Array<() => void> = [];
  let exited = false;

  function hold(pipe: Pipe): void {
    const onread = pipe.onread as OnRead;
    const holder = function (...args: ReadArgs): void {
      held.push({ pipe, onread, args });
    };
    pipe.onread = holder;
    restores.push(() => {
      // Unless something else took the handle's reads over meanwhile.
      if (pipe.onread === holder) pipe.onread = onread;
    });
  }

  function playNext(): void {
    const read = held.shift();
    if (!read) return;
    read.onread.apply(read.pipe, read.args);
    if (held.length) process.nextTick(playNext);
  }

  // A pipe's end and the child's exit came in the same loop turn in 0.10 (the SIGCHLD that
  // follows the end interrupted the poll, which then saw both), so even a child that was
  // unref()'d had its 'exit' when the pipes that kept the loop alive ended. Here the signal
  // may come a turn later, when nothing keeps the loop alive any more: so when a pipe ends
  // and the child has ended, the Process is ref()'d until its exit is reported.
  function endsWithExit(pipe: Pipe): void {
    const onread = pipe.onread as OnRead;
    pipe.onread = function (this: Pipe, ...args: ReadArgs): void {
      if (args[0] < 0 && !exited) {
        const handle = getHandle();
        if (handle && handle.exited()) handle.ref();
      }
      onread.apply(this, args);
    };
  }

  return {
    release(): void {
      exited = true;
      for (const fn of restores.splice(0)) fn();
      if (held.length) process.nextTick(playNext);
    },
    watch(pipe: Pipe): void {
      // Only its first start matters: that is when the poll first sees it.
      pipe.readStart = function (this: Pipe): number {
        delete (pipe as Partial<Pipe>).readStart;
        endsWithExit(pipe);
        atNextPoll(() => {
          const handle = getHandle();
          if (!exited && handle && handle.exited()) hold(pipe);
        });
        return pipe.readStart();
      };
    },
  };
}
