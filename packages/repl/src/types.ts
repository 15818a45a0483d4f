// The REPLServer's shape, shared by the files that make it up.
import type { EventEmitter } from '@n10/events';
import type { ReadlineInterface, ReadlineInput, ReadlineOutput } from '@n10/readline';
import type { EvalFunction, ReplContext } from './eval';
import type { Lines } from './memory';
import type { Command } from './commands';
import type { CompleteCallback } from './complete';

export type { EvalFunction, EvalCallback, ReplContext } from './eval';
export type { Command } from './commands';
export type { CompleteCallback } from './complete';

/** Formats a result for display (default: util.inspect, in colour on a terminal). */
export type Writer = (value: unknown, showHidden?: boolean, depth?: number | null) => string;

/** repl.start(options) and new REPLServer(options). */
export interface ReplOptions {
  /** Default '> '. */
  prompt?: string;
  input?: ReadlineInput;
  output?: ReadlineOutput;
  /** Input and output at once (a socket); process (its stdin and stdout) by default. */
  stream?: ReadlineInput & ReadlineOutput;
  socket?: ReadlineInput & ReadlineOutput;
  /** Default: output.isTTY. */
  terminal?: boolean;
  eval?: EvalFunction;
  /** Default: the terminal value. */
  useColors?: boolean;
  /** Evaluate in the global object rather than in a context of the REPL's own. */
  useGlobal?: boolean;
  /** Do not print undefined results. */
  ignoreUndefined?: boolean;
  writer?: Writer;
}

export interface ReplServerLike extends EventEmitter {
  useGlobal: boolean;
  ignoreUndefined: boolean;
  eval: EvalFunction;
  inputStream: ReadlineInput;
  outputStream: ReadlineOutput;
  lines: Lines;
  context: ReplContext;
  bufferedCommand: string;
  prompt: string;
  rli: ReadlineInterface;
  commands: Record<string, Command>;
  writer: Writer;
  useColors: boolean;
  createContext(): ReplContext;
  resetContext(): void;
  displayPrompt(preserveCursor?: boolean): void;
  complete(line: string, callback: CompleteCallback): void;
  parseREPLKeyword(keyword: string | null | undefined, rest?: string | null): boolean;
  defineCommand(keyword: string, cmd: Command | Command['action']): void;
  memory(cmd: string): void;
  convertToContext(cmd: string): string;
}
