// Uncaught exceptions, as node 0.10 handles them: 'uncaughtException' listeners get the
// error; with none, 'exit' is emitted with code 1, the error is printed (the source line
// with a caret under the throw, then the stack) and the process exits with code 8. A
// listener that throws exits with 7.
import { settleEngineMessage } from './engine-messages';
import { sameSiteMessage } from './syntax-error';
import { exceptionLine, siteKeeper, throwSite } from './throw-site';
import type { Process010 } from './process-object';

/** The text 0.10 prints for an uncaught exception (without the leading source line). */
export function describeFatal(err: unknown): string {
  // node.cc's ReportException: the thrown object's "stack", whatever it is (an Error from
  // another realm, a vm context's, included), when it has a non-empty one; else "name:
  // message" for an object that has both, else the value itself.
  const isObject = (typeof err === 'object' && err !== null) || typeof err === 'function';
  const obj = err as { stack?: unknown; name?: unknown; message?: unknown };
  const trace = isObject ? obj.stack : undefined;
  if (trace !== undefined && typeof trace !== 'string' && String(trace).length > 0) return String(trace);
  if (typeof trace !== 'string' || trace.length === 0) {
    if (isObject && obj.message !== undefined && obj.name !== undefined) return `${String(obj.name)}: ${String(obj.message)}`;
    return String(err);
  }
  if (isObject && typeof obj.stack === 'string') {
    const err = obj as Error;
    let stack = obj.stack;
    // A compile error from eval or new Function: at least 0.10's words for it.
    const message = err instanceof SyntaxError && !throwSite(err) ? sameSiteMessage(err.message) : undefined;
    if (message !== undefined && stack.startsWith(`${err.name}: ${err.message}\n`)) {
      stack = `${err.name}: ${message}` + stack.slice(err.name.length + 2 + err.message.length);
    }
    // The host's own frames (node:internal/…) are not the program's and 0.10 had none.
    return stack
      .split('\n')
      .filter((l) => !/^\s+at (?:.*\(node:.*\)|node:\S*)$/.test(l))
      .join('\n');
  }
  return String(err);
}

export function makeFatalHandler(process: Process010, writeStderr: (s: string) => void) {
  let handling = false;
  return function onFatalException(err: unknown): void {
    if (handling) {
      // An error while reporting an error: 0.10 gives up with 7.
      writeStderr(describeFatal(err) + '\n');
      process.reallyExit(7);
    }
    // 0.10's process._fatalException: the active domain, else 'uncaughtException'
    // listeners; not caught, it has emitted 'exit' (1) already.
    let caught = false;
    // Listeners print err.message: the engine's TypeErrors say it in 0.10's words once their
    // stack is formatted (engine-messages.ts), so format it now for those alone (any other
    // error's stack stays unformatted, its header taken when first read, as in 0.10).
    settleEngineMessage(err);
    // A domain with no 'error' listener rethrows the error from its emit('error') (events
    // says that site is events.js:72); 0.10 caught that inside and showed the first one.
    const keepSite = siteKeeper(err);
    try {
      caught = process._fatalException(err);
    } catch (er) {
      // An 'uncaughtException' listener threw.
      handling = true;
      writeStderr(exceptionLine(er) + describeFatal(er) + '\n');
      process.reallyExit(7);
    }
    if (caught) return;
    if ((err as { domainThrown?: unknown } | null)?.domainThrown === true) keepSite();
    handling = true;
    writeStderr(exceptionLine(err) + describeFatal(err) + '\n');
    process.reallyExit(8);
  };
}
