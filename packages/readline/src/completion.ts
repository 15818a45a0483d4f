// Tab completion's listing: what 0.10 prints when a completer returns several matches.
import type { CursorOutput } from './cursor';

/**
 * Prints `group` in rows of `maxColumns` items, each item padded to `width` except the last
 * of a row, every row ended by \r\n, and one empty row after the group.
 */
export function printGroup(output: CursorOutput, group: string[], width: number, maxColumns: number): void {
  if (group.length === 0) return;
  const rows = Math.ceil(group.length / maxColumns);
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < maxColumns; col++) {
      const i = row * maxColumns + col;
      if (i >= group.length) break;
      const item = group[i];
      output.write(item);
      // 0.10 wrote the padding a space at a time; a terminal sees the same bytes either way,
      // a program's output stream sees the same write() calls.
      if (col < maxColumns - 1) for (let s = item.length; s < width; s++) output.write(' ');
    }
    output.write('\r\n');
  }
  output.write('\r\n');
}

/** The longest prefix every string shares. */
export function commonPrefix(strings: string[]): string {
  if (strings.length === 0) return '';
  let lo = strings[0];
  let hi = strings[0];
  for (const s of strings) {
    if (s < lo) lo = s;
    if (s > hi) hi = s;
  }
  // The first and last in sort order differ earliest; what they share, all share.
  let n = 0;
  while (n < lo.length && lo.charAt(n) === hi.charAt(n)) n++;
  return lo.slice(0, n);
}

/** Lists `completions` (groups separated by '') in columns as wide as `columns` allows. */
export function listCompletions(output: CursorOutput, completions: string[], columns: number): void {
  let longest = 0;
  for (const c of completions) if (c.length > longest) longest = c.length;
  const width = longest + 2;
  const maxColumns = Math.floor(columns / width) || 1;
  let group: string[] = [];
  for (const c of completions) {
    if (c === '') {
      printGroup(output, group, width, maxColumns);
      group = [];
    } else {
      group.push(c);
    }
  }
  printGroup(output, group, width, maxColumns);
}
