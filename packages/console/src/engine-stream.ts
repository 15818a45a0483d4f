// Writable-like sinks over the engine's own console, for the default console when no
// program streams are supplied (a browser, or a host program using @n10/console directly).
//
// The engine console is captured when this module loads: the n10 runtime later installs a
// console built on this package as the global one, and the fallback must not call into it.

export interface Writable {
  write(chunk: string): unknown;
}

export interface EngineConsole {
  log(...args: unknown[]): void;
  error(...args: unknown[]): void;
}

const engineConsole = (globalThis as { console?: EngineConsole }).console;

/** A sink printing each complete line through console.log or console.error. */
export function engineStream(method: 'log' | 'error', target: EngineConsole | undefined = engineConsole): Writable {
  let pending = '';
  return {
    write(chunk: string): boolean {
      // An engine console prints whole lines only: hold a partial line until it ends.
      const text = pending + String(chunk);
      const end = text.lastIndexOf('\n');
      if (end < 0) {
        pending = text;
        return true;
      }
      pending = text.slice(end + 1);
      if (target) {
        const lines = text.slice(0, end).split('\n');
        for (let i = 0; i < lines.length; i++) target[method](lines[i]);
      }
      return true;
    },
  };
}
