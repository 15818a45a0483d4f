// What util reaches in its environment: the program's `process` (for stdio and the
// deprecation flags) and, when there is no process, the engine's own console.
// Both are looked up at call time, so the n10 runtime's globals are the ones used.

export interface WritableLike {
  write(chunk: string): unknown;
}

export interface ProcessLike {
  stdout?: WritableLike;
  stderr?: WritableLike;
  noDeprecation?: boolean;
  throwDeprecation?: boolean;
  traceDeprecation?: boolean;
}

export interface ConsoleLike {
  log(...args: unknown[]): void;
  error(...args: unknown[]): void;
  trace?(...args: unknown[]): void;
}

interface Globals {
  process?: ProcessLike;
  console?: ConsoleLike;
}

const globals = globalThis as unknown as Globals;

// Captured now: a runtime that later replaces the global console with one built on this
// package must not make the fallback call back into itself.
const engineConsole: ConsoleLike | undefined = globals.console;

export function hostProcess(): ProcessLike | undefined {
  const p = globals.process;
  return p && typeof p === 'object' ? p : undefined;
}

/** The program's console (0.10 modules print warnings through the global console). */
export function programConsole(): ConsoleLike | undefined {
  return globals.console ?? engineConsole;
}

/** Writes text to stdout or stderr: the process streams when there are any, else the engine console. */
export function writeTo(which: 'stdout' | 'stderr', text: string): void {
  const stream = hostProcess()?.[which];
  if (stream && typeof stream.write === 'function') {
    stream.write(text);
    return;
  }
  if (!engineConsole) return;
  // A console prints whole lines: drop the one trailing newline it would add again.
  const line = text.endsWith('\n') ? text.slice(0, -1) : text;
  if (which === 'stdout') engineConsole.log(line);
  else engineConsole.error(line);
}
