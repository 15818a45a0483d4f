// readline.Interface: lines from an input stream, with a line editor when the streams are a
// terminal.
//
// Two modes, chosen once at construction:
//  - non-terminal: 'data' is decoded and split into lines on \n, \r\n and \r (a \r at the end
//    of one chunk and a \n at the start of the next are one line ending); what is left when
//    the input ends is dropped, as in 0.10.19;
//  - terminal: the input is put in raw mode and read key by key ('keypress', keys.ts); the
//    line is edited in place on the output with ANSI sequences (emacs keys, history of 30,
//    tab completion), and the input's 'end' is ignored (^D closes).
// Every write to the output happens in 0.10's order and pieces: programs that record their
// output stream, and terminals, see the same bytes.
import { EventEmitter } from '@n10/events';
import { Buffer } from '@n10/buffer';
import { StringDecoder } from '@n10/string_decoder';
import type { StringDecoderInstance } from '@n10/string_decoder';
import process from '@n10/process';
import { inherits } from '@n10/util';
import { clearScreenDown, cursorTo, moveCursor } from './cursor';
import type { CursorOutput } from './cursor';
import { commonPrefix, listCompletions } from './completion';
import { emitKeypressEvents, type Key, type KeypressSource } from './keys';
import { sited } from './throw-sites';

const HISTORY_SIZE = 30;
const LINE_ENDING = /\r?\n|\r(?!\n)/g;

type Fn = (...args: never[]) => unknown;

/** The input stream: a readable stream (process.stdin, a socket, a PassThrough…). */
export interface ReadlineInput {
  on(event: string, listener: Fn): unknown;
  removeListener(event: string, listener: Fn): unknown;
  listeners(event: string): unknown[];
  emit(event: string, ...args: unknown[]): boolean;
  pause(): unknown;
  resume(): unknown;
  /** Present on a terminal (tty.ReadStream): readline turns raw mode on and off. */
  setRawMode?(mode: boolean): unknown;
  isTTY?: boolean;
}

/** The output stream. A terminal's has `columns` and emits 'resize'. */
export interface ReadlineOutput extends CursorOutput {
  on?(event: string, listener: Fn): unknown;
  removeListener?(event: string, listener: Fn): unknown;
  columns?: number;
  isTTY?: boolean;
}

/** [matches, the substring that was matched]; matches may hold '' to separate groups. */
export type CompleterResult = [string[], string];
export type CompleterCallback = (err: Error | null | undefined, result?: CompleterResult) => void;
export type SyncCompleter = (line: string) => CompleterResult;
export type AsyncCompleter = (line: string, callback: CompleterCallback) => void;
export type Completer = SyncCompleter | AsyncCompleter;

export interface InterfaceOptions {
  input: ReadlineInput;
  output?: ReadlineOutput;
  completer?: Completer;
  /** Default: output.isTTY. */
  terminal?: boolean;
}

/** A key as rl.write(data, key) takes it: any of Key's members. */
export type KeyLike = Partial<Key>;

export interface ReadlineInterface extends EventEmitter {
  input: ReadlineInput;
  output: ReadlineOutput;
  completer: AsyncCompleter;
  terminal: boolean;
  /** Terminal mode: the line being edited, the cursor in it, the history (newest first). */
  line?: string;
  cursor?: number;
  history?: string[];
  historyIndex?: number;
  paused?: boolean;
  closed?: boolean;
  prevRows?: number;
  /** output.columns, or Infinity. */
  readonly columns: number;
  _prompt: string;
  _promptLength: number;
  _oldPrompt?: string;
  _questionCallback?: ((answer: string) => void) | null;
  _sawReturn: boolean;
  _decoder?: StringDecoderInstance;
  _line_buffer?: string | null;
  setPrompt(prompt: string, length?: number): void;
  prompt(preserveCursor?: boolean): void;
  question(query: string, callback: (answer: string) => void): void;
  pause(): void;
  resume(): void;
  close(): void;
  write(data: unknown, key?: KeyLike): void;
  clearLine(): void;
  _setRawMode(mode: boolean): unknown;
  _onLine(line: string): void;
  _addHistory(): string;
  _refreshLine(): void;
  _normalWrite(b: unknown): void;
  _insertString(c: string): void;
  _tabComplete(): void;
  _wordLeft(): void;
  _wordRight(): void;
  _deleteLeft(): void;
  _deleteRight(): void;
  _deleteWordLeft(): void;
  _deleteWordRight(): void;
  _deleteLineLeft(): void;
  _deleteLineRight(): void;
  _line(): void;
  _historyNext(): void;
  _historyPrev(): void;
  _getCursorPos(): { cols: number; rows: number };
  _moveCursor(dx: number): void;
  _ttyWrite(s: unknown, key?: KeyLike): void;
}

export interface InterfaceConstructor {
  new (input: ReadlineInput | InterfaceOptions, output?: ReadlineOutput, completer?: Completer, terminal?: boolean): ReadlineInterface;
  (input: ReadlineInput | InterfaceOptions, output?: ReadlineOutput, completer?: Completer, terminal?: boolean): ReadlineInterface;
  prototype: ReadlineInterface;
  super_: unknown;
}

/** 0.10's engine message for reading a member of null/undefined (programs print them). */
function readOf(what: unknown, member: string): TypeError {
  return new TypeError("Cannot read property '" + member + "' of " + what);
}

function Interface(
  this: ReadlineInterface,
  input: ReadlineInput | InterfaceOptions,
  output?: ReadlineOutput,
  completer?: Completer,
  terminal?: boolean,
): ReadlineInterface | void {
  if (!(this instanceof Interface)) return new InterfaceCtor(input, output, completer, terminal);
  this._sawReturn = false;
  EventEmitter.call(this);

  // One options object, or the four arguments.
  if (input && (input as InterfaceOptions).input) {
    const o = input as InterfaceOptions;
    output = o.output;
    completer = o.completer;
    terminal = o.terminal;
    input = o.input;
  }
  const inp = input as ReadlineInput;
  const complete: Completer = completer || (() => [] as unknown as CompleterResult);
  if (typeof complete !== 'function') throw sited(new TypeError("Argument 'completer' must be a function"), 'readline.js', 67, "    throw new TypeError('Argument \\'completer\\' must be a function');");
  if (terminal === undefined) {
    if (output == null) throw readOf(output, 'isTTY');
    terminal = !!output.isTTY;
  }

  const self = this;
  this.output = output as ReadlineOutput;
  this.input = inp;
  // Both completer forms become the callback form.
  this.completer =
    complete.length === 2
      ? (complete as AsyncCompleter)
      : function (v: string, callback: CompleterCallback) {
          callback(null, (complete as SyncCompleter)(v));
        };
  this.setPrompt('> ');
  this.terminal = !!terminal;

  if (!this.terminal) {
    const ondata = (data: unknown) => self._normalWrite(data);
    // 0.10.19 drops a last line that has no line ending.
    const onend = () => self.close();
    inp.on('data', ondata);
    inp.on('end', onend);
    this.once('close', () => {
      inp.removeListener('data', ondata);
      inp.removeListener('end', onend);
    });
    this._decoder = new StringDecoder('utf8');
  } else {
    const onkeypress = (s: unknown, key?: Key) => self._ttyWrite(s, key);
    const onresize = () => self._refreshLine();
    emitKeypressEvents(inp as unknown as KeypressSource);
    inp.on('keypress', onkeypress);
    this._setRawMode(true);
    this.terminal = true;
    this.line = '';
    this.cursor = 0;
    this.history = [];
    this.historyIndex = -1;
    const out = output as ReadlineOutput & { on(e: string, l: Fn): unknown; removeListener(e: string, l: Fn): unknown };
    out.on('resize', onresize);
    this.once('close', () => {
      inp.removeListener('keypress', onkeypress);
      out.removeListener('resize', onresize);
    });
  }
  inp.resume();
}

const InterfaceCtor = Interface as unknown as InterfaceConstructor;
inherits(InterfaceCtor, EventEmitter);
const proto = InterfaceCtor.prototype;

// Members in 0.10's order (Object.keys(Interface.prototype) lists them), as anonymous
// functions ([Function] when inspected).

Object.defineProperty(proto, 'columns', {
  configurable: true,
  enumerable: true,
  get(this: ReadlineInterface) {
    return this.output && this.output.columns ? this.output.columns : Infinity;
  },
});

proto.setPrompt = function (this: ReadlineInterface, prompt: string, length?: number) {
  this._prompt = prompt;
  if (length) {
    this._promptLength = length;
  } else {
    const lines = prompt.split(/[\r\n]/);
    this._promptLength = lines[lines.length - 1].length;
  }
};

proto._setRawMode = function (this: ReadlineInterface, mode: boolean) {
  if (typeof this.input.setRawMode === 'function') return this.input.setRawMode(mode);
  return undefined;
};

proto.prompt = function (this: ReadlineInterface, preserveCursor?: boolean) {
  if (this.paused) this.resume();
  if (this.terminal) {
    if (!preserveCursor) this.cursor = 0;
    this._refreshLine();
  } else {
    this.output.write(this._prompt);
  }
};

proto.question = function (this: ReadlineInterface, query: string, cb: (answer: string) => void) {
  if (typeof cb !== 'function') return;
  if (this._questionCallback) {
    // One question at a time: a second one shows the first again.
    this.prompt();
  } else {
    this._oldPrompt = this._prompt;
    this.setPrompt(query);
    this._questionCallback = cb;
    this.prompt();
  }
};

proto._onLine = function (this: ReadlineInterface, line: string) {
  if (this._questionCallback) {
    const cb = this._questionCallback;
    this._questionCallback = null;
    this.setPrompt(this._oldPrompt as string);
    cb(line);
  } else {
    this.emit('line', line);
  }
};

proto._addHistory = function (this: ReadlineInterface) {
  const line = this.line as string;
  const history = this.history as string[];
  if (line.length === 0) return '';
  if (history.length === 0 || history[0] !== line) {
    history.unshift(line);
    if (history.length > HISTORY_SIZE) history.pop();
  }
  this.historyIndex = -1;
  return history[0];
};

// Redraws prompt and line from the start of the prompt's first row, then puts the cursor
// back. 0.10's arithmetic counts the prompt's whole string (escape codes and newlines too)
// for the line's rows, and _promptLength for the cursor's.
proto._refreshLine = function (this: ReadlineInterface) {
  const columns = this.columns;
  const line = this._prompt + this.line;
  const lineCols = line.length % columns;
  const lineRows = (line.length - lineCols) / columns;
  const cursorPos = this._getCursorPos();

  const prevRows = this.prevRows || 0;
  if (prevRows > 0) moveCursor(this.output, 0, -prevRows);
  cursorTo(this.output, 0);
  clearScreenDown(this.output);
  this.output.write(line);
  // A line that ends exactly at the right edge: make the terminal open the next row.
  if (lineCols === 0) this.output.write(' ');
  cursorTo(this.output, cursorPos.cols);
  const diff = lineRows - cursorPos.rows;
  if (diff > 0) moveCursor(this.output, 0, -diff);
  this.prevRows = cursorPos.rows;
};

proto.close = function (this: ReadlineInterface) {
  if (this.closed) return;
  this.pause();
  if (this.terminal) this._setRawMode(false);
  this.closed = true;
  this.emit('close');
};

proto.pause = function (this: ReadlineInterface) {
  if (this.paused) return;
  this.input.pause();
  this.paused = true;
  this.emit('pause');
};

proto.resume = function (this: ReadlineInterface) {
  if (!this.paused) return;
  this.input.resume();
  this.paused = false;
  this.emit('resume');
};

proto.write = function (this: ReadlineInterface, d: unknown, key?: KeyLike) {
  if (this.paused) this.resume();
  if (this.terminal) this._ttyWrite(d, key);
  else this._normalWrite(d);
};

proto._normalWrite = function (this: ReadlineInterface, b: unknown) {
  if (b === undefined) return;
  // Whatever it is (a string, or null: progress 1.0 wrote rl.write(null, key) to a pipe), it
  // goes through the decoder, as in 0.10: null fails inside StringDecoder#write.
  let string = (this._decoder as StringDecoderInstance).write(b as Parameters<StringDecoderInstance['write']>[0]);
  if (this._sawReturn) {
    string = string.replace(/^\n/, '');
    this._sawReturn = false;
  }
  if (this._line_buffer) {
    string = this._line_buffer + string;
    this._line_buffer = null;
  }
  LINE_ENDING.lastIndex = 0;
  if (LINE_ENDING.test(string)) {
    this._sawReturn = /\r$/.test(string);
    const lines = string.split(LINE_ENDING);
    // The unfinished rest (or '') waits for the next chunk.
    this._line_buffer = lines.pop() as string;
    // forEach with a function of its own, as 0.10 did: a throw in a 'line' listener shows
    // "Interface.<anonymous>" and "Array.forEach (native)" between _onLine and _normalWrite.
    lines.forEach(function (this: ReadlineInterface, line: string) {
      this._onLine(line);
    }, this);
  } else if (string) {
    this._line_buffer = string;
  }
};

proto._insertString = function (this: ReadlineInterface, c: string) {
  const line = this.line as string;
  const cursor = this.cursor as number;
  if (cursor < line.length) {
    this.line = line.slice(0, cursor) + c + line.slice(cursor);
    this.cursor = cursor + c.length;
    this._refreshLine();
  } else {
    this.line = line + c;
    this.cursor = cursor + c.length;
    // At the right edge the terminal needs the whole line to wrap it.
    if (this._getCursorPos().cols === 0) this._refreshLine();
    else this.output.write(c);
  }
};

proto._tabComplete = function (this: ReadlineInterface) {
  const self = this;
  self.pause();
  self.completer((self.line as string).slice(0, self.cursor), function (err, rv) {
    self.resume();
    if (err) return;
    const completions = rv && rv[0];
    const completeOn = (rv && rv[1]) as string;
    if (!completions || !completions.length) return;
    if (completions.length === 1) {
      self._insertString(completions[0].slice(completeOn.length));
    } else {
      self.output.write('\r\n');
      listCompletions(self.output, completions, self.columns);
      // Insert what every match has in common beyond what was typed.
      const prefix = commonPrefix(completions.filter((e) => !!e));
      if (prefix.length > completeOn.length) self._insertString(prefix.slice(completeOn.length));
    }
    self._refreshLine();
  });
};

// A word, for moving and deleting: a run of word characters or of other non-space
// characters, with the spaces that follow it.
const WORD_BEFORE = /([^\w\s]+|\w+|)\s*$/;
const WORD_AFTER = /^(\s+|\W+|\w+)\s*/;

proto._wordLeft = function (this: ReadlineInterface) {
  if ((this.cursor as number) > 0) {
    const leading = (this.line as string).slice(0, this.cursor);
    const match = leading.match(WORD_BEFORE) as RegExpMatchArray;
    this._moveCursor(-match[0].length);
  }
};

proto._wordRight = function (this: ReadlineInterface) {
  const line = this.line as string;
  if ((this.cursor as number) < line.length) {
    const trailing = line.slice(this.cursor);
    const match = trailing.match(WORD_AFTER) as RegExpMatchArray;
    this._moveCursor(match[0].length);
  }
};

proto._deleteLeft = function (this: ReadlineInterface) {
  const line = this.line as string;
  const cursor = this.cursor as number;
  if (cursor > 0 && line.length > 0) {
    this.line = line.slice(0, cursor - 1) + line.slice(cursor);
    this.cursor = cursor - 1;
    this._refreshLine();
  }
};

proto._deleteRight = function (this: ReadlineInterface) {
  const line = this.line as string;
  const cursor = this.cursor as number;
  this.line = line.slice(0, cursor) + line.slice(cursor + 1);
  this._refreshLine();
};

proto._deleteWordLeft = function (this: ReadlineInterface) {
  const cursor = this.cursor as number;
  if (cursor > 0) {
    const line = this.line as string;
    let leading = line.slice(0, cursor);
    const match = leading.match(WORD_BEFORE) as RegExpMatchArray;
    leading = leading.slice(0, leading.length - match[0].length);
    this.line = leading + line.slice(cursor);
    this.cursor = leading.length;
    this._refreshLine();
  }
};

proto._deleteWordRight = function (this: ReadlineInterface) {
  const line = this.line as string;
  const cursor = this.cursor as number;
  if (cursor < line.length) {
    const trailing = line.slice(cursor);
    const match = trailing.match(WORD_AFTER) as RegExpMatchArray;
    this.line = line.slice(0, cursor) + trailing.slice(match[0].length);
    this._refreshLine();
  }
};

proto._deleteLineLeft = function (this: ReadlineInterface) {
  this.line = (this.line as string).slice(this.cursor);
  this.cursor = 0;
  this._refreshLine();
};

proto._deleteLineRight = function (this: ReadlineInterface) {
  this.line = (this.line as string).slice(0, this.cursor);
  this._refreshLine();
};

proto.clearLine = function (this: ReadlineInterface) {
  this._moveCursor(+Infinity);
  this.output.write('\r\n');
  this.line = '';
  this.cursor = 0;
  this.prevRows = 0;
};

proto._line = function (this: ReadlineInterface) {
  const line = this._addHistory();
  this.clearLine();
  this._onLine(line);
};

proto._historyNext = function (this: ReadlineInterface) {
  const index = this.historyIndex as number;
  if (index > 0) {
    this.historyIndex = index - 1;
    this.line = (this.history as string[])[index - 1];
    this.cursor = this.line.length;
    this._refreshLine();
  } else if (index === 0) {
    this.historyIndex = -1;
    this.cursor = 0;
    this.line = '';
    this._refreshLine();
  }
};

proto._historyPrev = function (this: ReadlineInterface) {
  const index = this.historyIndex as number;
  const history = this.history as string[];
  if (index + 1 < history.length) {
    this.historyIndex = index + 1;
    this.line = history[index + 1];
    this.cursor = this.line.length;
    this._refreshLine();
  }
};

proto._getCursorPos = function (this: ReadlineInterface) {
  const columns = this.columns;
  const pos = (this.cursor as number) + this._promptLength;
  const cols = pos % columns;
  const rows = (pos - cols) / columns;
  return { cols, rows };
};

// Moves the cursor dx characters (clamped to the line); a move within the row is a cursor
// movement, one to another row redraws the line.
proto._moveCursor = function (this: ReadlineInterface, dx: number) {
  const oldCursor = this.cursor as number;
  const oldPos = this._getCursorPos();
  let cursor = oldCursor + dx;
  if (cursor < 0) cursor = 0;
  else if (cursor > (this.line as string).length) cursor = (this.line as string).length;
  this.cursor = cursor;
  const newPos = this._getCursorPos();
  if (oldPos.rows === newPos.rows) {
    moveCursor(this.output, cursor - oldCursor, 0);
    this.prevRows = newPos.rows;
  } else {
    this._refreshLine();
  }
};

/** One key of terminal input: `s` the characters, `key` what they decoded to. */
proto._ttyWrite = function (this: ReadlineInterface, s: unknown, keyArg?: KeyLike) {
  const key: KeyLike = keyArg || {};
  if (key.name === 'escape') return;

  if (key.ctrl && key.shift) {
    switch (key.name) {
      case 'backspace':
        this._deleteLineLeft();
        break;
      case 'delete':
        this._deleteLineRight();
        break;
    }
  } else if (key.ctrl) {
    switch (key.name) {
      case 'c':
        if (this.listeners('SIGINT').length) this.emit('SIGINT');
        else this.close();
        break;
      case 'h':
        this._deleteLeft();
        break;
      case 'd':
        // EOF on an empty line; otherwise delete under the cursor.
        if (this.cursor === 0 && (this.line as string).length === 0) this.close();
        else if ((this.cursor as number) < (this.line as string).length) this._deleteRight();
        break;
      case 'u':
        this.cursor = 0;
        this.line = '';
        this._refreshLine();
        break;
      case 'k':
        this._deleteLineRight();
        break;
      case 'a':
        this._moveCursor(-Infinity);
        break;
      case 'e':
        this._moveCursor(+Infinity);
        break;
      case 'b':
        this._moveCursor(-1);
        break;
      case 'f':
        this._moveCursor(+1);
        break;
      case 'l':
        cursorTo(this.output, 0, 0);
        clearScreenDown(this.output);
        this._refreshLine();
        break;
      case 'n':
        this._historyNext();
        break;
      case 'p':
        this._historyPrev();
        break;
      case 'z':
        suspend(this);
        break;
      case 'w':
      case 'backspace':
        this._deleteWordLeft();
        break;
      case 'delete':
        this._deleteWordRight();
        break;
      case 'left':
        this._wordLeft();
        break;
      case 'right':
        this._wordRight();
        break;
    }
  } else if (key.meta) {
    switch (key.name) {
      case 'b':
        this._wordLeft();
        break;
      case 'f':
        this._wordRight();
        break;
      case 'd':
      case 'delete':
        this._deleteWordRight();
        break;
      case 'backspace':
        this._deleteWordLeft();
        break;
    }
  } else {
    // A \n right after a \r ends no second line; any other key in between forgets the \r.
    if (this._sawReturn && key.name !== 'enter') this._sawReturn = false;
    switch (key.name) {
      case 'return':
        this._sawReturn = true;
        this._line();
        break;
      case 'enter':
        if (this._sawReturn) this._sawReturn = false;
        else this._line();
        break;
      case 'backspace':
        this._deleteLeft();
        break;
      case 'delete':
        this._deleteRight();
        break;
      case 'tab':
        this._tabComplete();
        break;
      case 'left':
        this._moveCursor(-1);
        break;
      case 'right':
        this._moveCursor(+1);
        break;
      case 'home':
        this._moveCursor(-Infinity);
        break;
      case 'end':
        this._moveCursor(+Infinity);
        break;
      case 'up':
        this._historyPrev();
        break;
      case 'down':
        this._historyNext();
        break;
      default: {
        let text = s;
        if (Buffer.isBuffer(text)) text = text.toString('utf-8');
        if (text) {
          if (typeof text !== 'string') {
            // 0.10 called text.split: its engine's message for a value without one.
            throw new TypeError('Object ' + String(text) + " has no method 'split'");
          }
          // Pasted text: each line ends one line of input.
          const lines = text.split(/\r\n|\n|\r/);
          for (let i = 0; i < lines.length; i++) {
            if (i > 0) this._line();
            this._insertString(lines[i]);
          }
        }
      }
    }
  }
};

/** ^Z: 'SIGTSTP' if somebody listens, else stop the process; 'pause' and 'SIGCONT' on fg. */
function suspend(rl: ReadlineInterface): void {
  if (process.platform === 'win32') return;
  if (rl.listeners('SIGTSTP').length) {
    rl.emit('SIGTSTP');
    return;
  }
  process.once('SIGCONT', function () {
    // An interface that was paused before ^Z stays quiet.
    if (!rl.paused) {
      // Paused and resumed after SIGCONT, so that SIGINT, SIGTSTP and EOF arrive again.
      rl.pause();
      rl.emit('SIGCONT');
    }
    // The terminal came back cooked: raw again, and the line redrawn.
    rl._setRawMode(true);
    rl._refreshLine();
  });
  rl._setRawMode(false);
  process.kill(process.pid, 'SIGTSTP');
}

export { InterfaceCtor as Interface };
