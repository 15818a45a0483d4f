// ANSI cursor movement for a terminal stream (what 0.10's readline wrote).
import { sited } from './throw-sites';

interface Out {
  write(s: string): unknown;
}

export function cursorTo(stream: Out, x: unknown, y?: unknown): void {
  if (typeof x !== 'number' && typeof y !== 'number') return;
  if (typeof x !== 'number') throw sited(new Error("Can't set cursor row without also setting it's column"), 'readline.js', 1109, '    throw new Error("Can\'t set cursor row without also setting it\'s column");');
  if (typeof y !== 'number') stream.write('\x1b[' + (x + 1) + 'G');
  else stream.write('\x1b[' + (y + 1) + ';' + (x + 1) + 'H');
}

export function moveCursor(stream: Out, dx: number, dy: number): void {
  if (dx < 0) stream.write('\x1b[' + -dx + 'D');
  else if (dx > 0) stream.write('\x1b[' + dx + 'C');
  if (dy < 0) stream.write('\x1b[' + -dy + 'A');
  else if (dy > 0) stream.write('\x1b[' + dy + 'B');
}

/** dir < 0: to the left of the cursor; > 0: to the right; 0: the whole line. */
export function clearLine(stream: Out, dir: number): void {
  if (dir < 0) stream.write('\x1b[1K');
  else if (dir > 0) stream.write('\x1b[0K');
  else stream.write('\x1b[2K');
}

export function clearScreenDown(stream: Out): void {
  stream.write('\x1b[0J');
}
