// ANSI/VT100 cursor control, written to any stream with a write(string) method.
// (@n10/tty has the same four for tty.WriteStream's methods; a layer-2 package cannot
// import this one, so the copy there is kept in step by the tests of both.)
import { sited } from './throw-sites';

/** Anything that takes a string. */
export interface CursorOutput {
  write(data: string): unknown;
}

/** Moves the cursor to column x (0-based), and to row y when given. */
export const cursorTo = function cursorTo(stream: CursorOutput, x?: number, y?: number): void {
  if (typeof x !== 'number' && typeof y !== 'number') return;
  if (typeof x !== 'number') throw sited(new Error("Can't set cursor row without also setting it's column"), 'readline.js', 1109, '    throw new Error("Can\'t set cursor row without also setting it\'s column");');
  if (typeof y !== 'number') stream.write('\x1b[' + (x + 1) + 'G');
  else stream.write('\x1b[' + (y + 1) + ';' + (x + 1) + 'H');
};

/** Moves the cursor dx columns and dy rows from where it is. */
export const moveCursor = function moveCursor(stream: CursorOutput, dx: number, dy: number): void {
  if (dx < 0) stream.write('\x1b[' + -dx + 'D');
  else if (dx > 0) stream.write('\x1b[' + dx + 'C');
  if (dy < 0) stream.write('\x1b[' + -dy + 'A');
  else if (dy > 0) stream.write('\x1b[' + dy + 'B');
};

/** Clears the line: dir < 0 left of the cursor, dir > 0 right of it, otherwise all of it. */
export const clearLine = function clearLine(stream: CursorOutput, dir?: number): void {
  if ((dir as number) < 0) stream.write('\x1b[1K');
  else if ((dir as number) > 0) stream.write('\x1b[0K');
  else stream.write('\x1b[2K');
};

/** Clears the screen from the cursor down. */
export const clearScreenDown = function clearScreenDown(stream: CursorOutput): void {
  stream.write('\x1b[0J');
};
