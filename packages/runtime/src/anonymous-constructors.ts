// The receiver type names of frames today's engine infers where V8 3.14 saw none.
//
// A frame's receiver type was its constructor's own name in V8 3.14, so `var C = function () {}`
// (inherits(C, EventEmitter)) made an instance's emit frame "EventEmitter.emit": C had no name.
// Today's engine names C after the variable, and for a strict frame (n10's packages are strict)
// gives only that name, not the receiver: "C.EventEmitter.emit". A name the programs assign an
// anonymous function to, and never declare, is such an inferred one.
import { compiledCount, compiledSources } from './compile';

const ASSIGNED = /(?:^|[^\w$.])([A-Za-z_$][\w$]*)\s*=\s*function\s*\(/g;
const DECLARED = /\bfunction\s+([A-Za-z_$][\w$]*)\s*\(/g;

const assigned = new Set<string>();
const declared = new Set<string>();
let scanned = 0;

/** Whether `name` is what today's engine inferred for a constructor the program left unnamed. */
export function inferredConstructorName(name: string): boolean {
  if (compiledCount() > scanned) scan();
  return assigned.has(name) && !declared.has(name);
}

function scan(): void {
  let i = 0;
  for (const source of compiledSources()) {
    if (i++ < scanned) continue;
    for (const m of source.matchAll(ASSIGNED)) assigned.add(m[1]);
    for (const m of source.matchAll(DECLARED)) declared.add(m[1]);
  }
  scanned = i;
}
