// Evaluation: the default eval (the global context, or a vm context), and how 0.10 tells an
// incomplete command (go on reading lines) from an error to print.
import process from '@n10/process';
import vm from '@n10/vm';
import type { Context } from '@n10/vm';

export type EvalCallback = (err: unknown, result?: unknown) => void;
/** eval(cmd, context, filename, callback): the REPL's evaluator, replaceable by options.eval. */
export type EvalFunction = (cmd: string, context: ReplContext, filename: string, callback: EvalCallback) => void;
export type ReplContext = Record<string, unknown>;

/** The engine's decoration of a compile error ("file:line\nsource\n   ^\n\n"), not 0.10's. */
const COMPILE_DECORATION = /^[^\n]*:\d+\n[^\n]*\n[ \t]*\^*\n\n/;

/**
 * True when `e` means "the command is not finished": a SyntaxError, except those a longer
 * command would not cure (bad regular expressions, strict-mode errors) and JSON.parse's.
 * 0.10 looks at the error's text only, so `throw new SyntaxError()` counts too.
 */
export function isRecoverable(e: unknown): boolean {
  if (!e) return false;
  const err = e as { stack?: unknown };
  let text = typeof err.stack === 'string' && err.stack ? err.stack : String(e);
  text = text.replace(COMPILE_DECORATION, '');
  return (
    /^SyntaxError/.test(text) &&
    !/^SyntaxError: Invalid regular expression/.test(text) &&
    !/^SyntaxError: Invalid flags supplied to RegExp constructor/.test(text) &&
    !/^SyntaxError: .*strict mode.*/i.test(text) &&
    // JSON.parse's own frame: 0.10's engine called it Object.parse, today's JSON.parse.
    !/\n {4}at (?:Object|JSON)\.parse \(/.test(text)
  );
}

/** What the REPL prints for an error: its stack (without the engine's compile decoration), or itself. */
export function describeError(e: unknown): string {
  const stack = (e as { stack?: unknown }).stack;
  if (typeof stack === 'string' && stack) return stack.replace(COMPILE_DECORATION, '');
  return String(stack || e);
}

/** The default evaluator of a REPL: in the global object, or in the REPL's vm context. */
export function makeDefaultEval(useGlobal: () => boolean, beforeRun?: (code: string, context: ReplContext) => void): EvalFunction {
  return function (code: string, context: ReplContext, file: string, cb: EvalCallback) {
    let err: unknown;
    let result: unknown;
    try {
      if (useGlobal()) {
        result = vm.runInThisContext(code, file);
      } else {
        if (beforeRun) beforeRun(code, context);
        result = vm.runInContext(code, context as Context, file);
      }
    } catch (e) {
      err = e;
    }
    // Inside a domain (a REPL made in domain.run, whose line events enter it) 0.10 gave the
    // error to the domain instead, and never called back: not even the paren-less retry.
    const domain = (process as unknown as { domain?: { emit(ev: string, e: unknown): unknown; exit(): void } | null }).domain;
    if (err && domain) {
      domain.emit('error', err);
      domain.exit();
    } else {
      cb(err, result);
    }
  };
}
