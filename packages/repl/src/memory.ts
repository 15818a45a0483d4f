// What a REPL remembers of its session: every line (for .save, and for completing local
// variables inside an unfinished function), and the open blocks, counted the way 0.10 did:
// '{' and '(' open, '}' and ')' close, anywhere on the line (in strings too). The count of
// open blocks is what the '...' prompt shows and how .save indents.

export interface Level {
  /** Index in the lines of the line that opened the block. */
  line: number;
  /** How many more openers than closers that line had (what is left of them). */
  depth: number;
  /** The line looks like a function head: completion drops it to reach its locals. */
  isFunction: boolean;
}

export type Lines = string[] & { level: Level[] };

export function newLines(): Lines {
  const lines = [] as unknown as Lines;
  lines.level = [];
  return lines;
}

function count(s: string, re: RegExp): number {
  const m = s.match(re);
  return m ? m.length : 0;
}

/** Records one line of input. */
export function remember(lines: Lines, cmd: string): void {
  if (!lines.level) lines.level = [];
  if (!cmd) {
    lines.push('');
    // An empty line closes every block.
    lines.level = [];
    return;
  }
  // Indented two spaces for each open block beyond the first.
  const open = lines.level.length;
  lines.push((open > 1 ? new Array(open).join('  ') : '') + cmd);

  let depth = count(cmd, /[{(]/g) - count(cmd, /[})]/g);
  if (depth > 0) {
    lines.level.push({ line: lines.length - 1, depth, isFunction: /\s*function\s*/.test(cmd) });
    return;
  }
  // Closers use up the innermost blocks first.
  while (depth < 0) {
    const top = lines.level.pop();
    if (!top) return;
    const left = top.depth + depth;
    if (left > 0) {
      top.depth = left;
      lines.level.push(top);
      return;
    }
    depth = left;
  }
}

/** The '...' prompt for a command that goes on: one '..' more per open block beyond the first. */
export function continuationPrompt(lines: Lines): string {
  return '...' + new Array(lines.level.length).join('..') + ' ';
}
