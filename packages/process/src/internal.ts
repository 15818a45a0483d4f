// @n10/process/internal: for the n10 runtime and sibling packages, not part of 0.10's
// process. Reaches the one process object through the package's public entry (kept external
// in the build), so both entries share one tick queue.
import process from '@n10/process';
import { INTERNAL, type ProcessInternals } from './internal-key';

export type { ProcessInternals } from './internal-key';
export type { StdioFactory, StdioFd, StdioStream, N10Process } from './index';

const internals = (process as unknown as Record<symbol, ProcessInternals>)[INTERNAL];

export const { setStdioFactory, peekStdio, useLoop, pendingTicks, exitOnTerminationSignals, useDomains, native, applyCallback, propertyNotAFunction } = internals;
export { process };
