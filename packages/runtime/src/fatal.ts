// Uncaught exceptions, as node 0.10 handles them: 'uncaughtException' listeners get the
// error; with none, 'exit' is emitted with code 1, the error is printed (the source line
// with a caret under the throw, then the stack) and the process exits with code 8. A
// listener that throws exits with 7.
import { sourceLine } from './compile';
import type { Process010 } from './process-object';

const FRAME = /^\s*at (?:.*?\()?(.+?):(\d+):(\d+)\)?$/m;

// 0.10 shows a window of at most 78 columns of the line, the caret at most 68 in.
const WINDOW = 78;
const CARET_MAX = 68;

/** "\nfile:line\n<source window>\n<caret>\n", or "" when the throw site is unknown. */
export function exceptionLine(err: unknown): string {
  if (!(err instanceof Error) || typeof err.stack !== 'string') return '';
  const stack = err.stack;
  // A compile error arrives decorated by V8 with its own file:line / source / carets.
  if (err instanceof SyntaxError && /^[^\n]+:\d+\n/.test(stack) && !stack.startsWith(`${err.name}:`)) return '';
  const m = FRAME.exec(stack);
  if (!m) return '';
  const [, file, lineStr, colStr] = m;
  const line = sourceLine(file, Number(lineStr));
  if (line === undefined) return '';
  const col = Number(colStr) - 1;
  const start = Math.max(0, col - CARET_MAX);
  const shown = line.slice(start, start + WINDOW);
  let caret = '';
  for (let i = start; i < col; i++) caret += line[i] === '\t' ? '\t' : ' ';
  return `\n${file}:${lineStr}\n${shown}\n${caret}^\n`;
}

/** The text 0.10 prints for an uncaught exception (without the leading source line). */
export function describeFatal(err: unknown): string {
  if (err instanceof Error && typeof err.stack === 'string') {
    // V8 decorates compile errors as "file:line\nsource\n  ^^^\n\nSyntaxError: …"; 0.10 has no blank line.
    return err.stack.replace(/^([^\n]+:\d+\n[^\n]*\n[ \t]*\^+\n)\n/, '$1');
  }
  if (err instanceof Error) return String(err);
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
    try {
      caught = process._fatalException(err);
    } catch (er) {
      // An 'uncaughtException' listener threw.
      handling = true;
      writeStderr(exceptionLine(er) + describeFatal(er) + '\n');
      process.reallyExit(7);
    }
    if (caught) return;
    handling = true;
    writeStderr(exceptionLine(err) + describeFatal(err) + '\n');
    process.reallyExit(8);
  };
}
