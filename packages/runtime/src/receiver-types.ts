// The receiver type names of library frames, for receivers a program made.
//
// V8 3.14 named a frame's receiver type after `receiver.constructor.name`. Today's engine names
// it after the function that made the object, by the name it inferred, and for a strict frame
// (n10's packages are strict) gives only that name, not the receiver. The two part where the
// program's source says so, which is read here (each source once):
// - `var C = function () {}` (and `C = function () {}`), never declared: C had no name, so the
//   frame had no type ("EventEmitter.emit", not "C.EventEmitter.emit");
// - `C.prototype = new S(…)` or `Object.create(S.prototype)`: an instance's constructor is S's
//   ("Stream.pipe", not "Charm.Stream.pipe"); `C.prototype = {…}`: Object's;
//   unless the source sets C.prototype.constructor or a `constructor: C` again.
import { compiledCount, compiledSources } from './compile';

const ASSIGNED = /(?:^|[^\w$.])([A-Za-z_$][\w$]*)\s*=\s*function\s*\(/g;
const DECLARED = /\bfunction\s+([A-Za-z_$][\w$]*)\s*\(/g;
const PROTOTYPE = /(?:^|[^\w$.])([A-Za-z_$][\w$]*)\.prototype\s*=\s*(?:new\s+(?:[\w$]+\.)*([A-Za-z_$][\w$]*)|Object\.create\(\s*(?:[\w$]+\.)*([A-Za-z_$][\w$]*)\.prototype\s*\)|(\{))/g;
const CONSTRUCTOR = /(?:([A-Za-z_$][\w$]*)\.prototype\.constructor\s*=|\bconstructor\s*:\s*([A-Za-z_$][\w$]*))/g;

const assigned = new Set<string>();
const declared = new Set<string>();
const prototypeOf = new Map<string, string>();
const constructorSet = new Set<string>();
let scanned = 0;

/**
 * V8 3.14's type name for a receiver today's engine calls `name` (a strict frame's): null for
 * none, undefined where it is the same.
 */
export function receiverType010(name: string): string | null | undefined {
  if (compiledCount() > scanned) scan();
  if (constructorSet.has(name)) return undefined;
  const made = prototypeOf.get(name);
  if (made !== undefined) return made;
  return assigned.has(name) && !declared.has(name) ? null : undefined;
}

function scan(): void {
  let i = 0;
  for (const source of compiledSources()) {
    if (i++ < scanned) continue;
    for (const m of source.matchAll(ASSIGNED)) assigned.add(m[1]);
    for (const m of source.matchAll(DECLARED)) declared.add(m[1]);
    for (const m of source.matchAll(PROTOTYPE)) prototypeOf.set(m[1], m[2] || m[3] || 'Object');
    for (const m of source.matchAll(CONSTRUCTOR)) constructorSet.add(m[1] || m[2]);
  }
  scanned = i;
}
