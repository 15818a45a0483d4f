// @n10/repl: node 0.10's require('repl').
//
// { writer, _builtinLibs, REPLServer, start } (and `repl`, the first REPL started). Runs over
// any pair of streams; evaluates with @n10/vm in the global object or a context of its own.
// Under the n10 runtime the REPL is a module of the program (its `require` resolves from the
// current directory); `n10` with no script starts one on stdin/stdout.
import type { ReadlineInput, ReadlineOutput } from '@n10/readline';
import { REPLServer, builtinLibs, defaultWriter, setModuleExports, setWriterSource } from './server';
import type { EvalFunction } from './eval';
import type { ReplOptions, ReplServerLike, Writer } from './types';

export type { ReplOptions, ReplServerLike, Writer, EvalFunction, EvalCallback, ReplContext, Command, CompleteCallback } from './types';

/** Starts a REPL: repl.start(options), or 0.10's (prompt, stream, eval, useGlobal, ignoreUndefined). */
const start = function (
  prompt?: string | ReplOptions,
  source?: ReadlineInput & ReadlineOutput,
  evalFn?: EvalFunction,
  useGlobal?: boolean,
  ignoreUndefined?: boolean,
): ReplServerLike {
  const server = new REPLServer(prompt, source, evalFn, useGlobal, ignoreUndefined);
  if (!repl.repl) repl.repl = server;
  return server;
};

interface ReplModule {
  writer: Writer;
  _builtinLibs: string[];
  REPLServer: typeof REPLServer;
  start: typeof start;
  /** The first REPL started. */
  repl?: ReplServerLike;
}

const repl: ReplModule = {
  writer: defaultWriter,
  _builtinLibs: builtinLibs,
  REPLServer,
  start,
};

setModuleExports(repl);
setWriterSource(() => repl.writer);

const writer = defaultWriter;
const _builtinLibs = builtinLibs;
export { writer, _builtinLibs, REPLServer, start };
export default repl;
