// The max-listeners warning text, and the console it goes to: the program's global console
// at the time of the warning (the n10 runtime's own console under n10).

export interface ConsoleLike {
  error(...args: unknown[]): void;
  trace?(...args: unknown[]): void;
}

export const LEAK_WARNING =
  '(node) warning: possible EventEmitter memory leak detected. %d listeners added. ' +
  'Use emitter.setMaxListeners() to increase limit.';

export function programConsole(): ConsoleLike | undefined {
  return (globalThis as { console?: ConsoleLike }).console;
}
