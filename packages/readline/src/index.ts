// @n10/readline: node 0.10's require('readline').
//
// Portable: streams in, streams out, no binding (a browser bundle works over any pair of
// stream-like objects). process is used only for ^Z (SIGTSTP) in terminal mode.
import { Interface as InterfaceCtor } from './interface';
import type { Completer, InterfaceConstructor, InterfaceOptions, ReadlineInput, ReadlineOutput, ReadlineInterface } from './interface';
import { emitKeypressEvents } from './keys';
import { clearLine, clearScreenDown, cursorTo, moveCursor } from './cursor';

export type {
  ReadlineInterface,
  InterfaceConstructor,
  InterfaceOptions,
  ReadlineInput,
  ReadlineOutput,
  Completer,
  CompleterResult,
  CompleterCallback,
  SyncCompleter,
  AsyncCompleter,
  KeyLike,
} from './interface';
export type { Key, KeypressSource } from './keys';
export type { CursorOutput } from './cursor';

// One name for the constructor (value) and the instance type, like a class.
const Interface: InterfaceConstructor = InterfaceCtor;
type Interface = ReadlineInterface;

/** readline.createInterface(options) or (input, output, completer, terminal). */
const createInterface = function (
  input: ReadlineInput | InterfaceOptions,
  output?: ReadlineOutput,
  completer?: Completer,
  terminal?: boolean,
) {
  return new Interface(input, output, completer, terminal);
};

const readline = {
  createInterface,
  Interface,
  emitKeypressEvents,
  cursorTo,
  moveCursor,
  clearLine,
  clearScreenDown,
};

export { createInterface, Interface, emitKeypressEvents, cursorTo, moveCursor, clearLine, clearScreenDown };
// Today's engines name a function after the property or variable it is assigned to; 0.10's
// `exports.createInterface = function (…)` had '' (what util.inspect and a program reading .name see).
Object.defineProperty(readline.createInterface, 'name', { value: '', configurable: true });

export default readline;
