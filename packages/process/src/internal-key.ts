// The symbol under which the process object carries its internals (see internal.ts).
import type { Binding } from './native';
import type { StdioFactory, StdioFd, StdioStream } from './stdio';

export const INTERNAL: unique symbol = Symbol.for('n10.process.internals') as never;

export interface ProcessInternals {
  /** Makes process.stdin/stdout/stderr from now on (the runtime's 0.10 choice of kinds). */
  setStdioFactory(factory: StdioFactory): void;
  /** A stdio stream if it was made already (nothing is made by asking). */
  peekStdio(fd: StdioFd): StdioStream | undefined;
  /** Native loop mode for the tick queue: `spin` schedules a drain on the loop's next turn;
   * `microtaskDrain` false leaves draining to the binding's callbacks and the spinner. */
  useLoop(spin: (() => void) | null, microtaskDrain?: boolean): void;
  pendingTicks(): number;
  /** SIGINT and SIGTERM end the process with 128 + signum when nobody listens (0.10's own
   * handler; the runtime's choice, not a library's). */
  exitOnTerminationSignals(): void;
  /** Turns domains on (0.10's process._usingDomains): ticks then run in their domain. */
  useDomains(): void;
  /** The binding, or null (loaded on first call). */
  native(): Binding | null;
  /** `callback.apply(self, args)` failing as 0.10's V8 did (v8-messages.ts). */
  applyCallback(callback: unknown, self: unknown, args: unknown[]): unknown;
  /** 0.10's "Property 'name' of object X is not a function". */
  propertyNotAFunction(obj: unknown, name: string): TypeError;
}
