// A caught engine error's message in V8 3.14's words.
//
// The runtime rewrites an engine TypeError's message ("Cannot read properties of undefined
// (reading 'x')" → "Cannot call method 'x' of undefined") when its stack is first formatted
// (engine-messages.ts). A program that reads e.message in its catch block before e.stack would
// still see today's words: mocha's reporter does, and then cannot find the message in the
// stack. So in a program's source, each `catch (e) {` that ends its line gets after its brace a
// call that formats the stack first: ` e=__n10caught(e);`. Only at a line's end, so that no
// column of the program moves (its stacks and carets stay 0.10's); Function#toString and the
// source lines the runtime shows leave it out again.
import { hasEngineMessage } from './engine-messages';

const CAUGHT = '__n10caught';
const CATCH = /\bcatch[ \t]*\([ \t]*([A-Za-z_$][\w$]*)[ \t]*\)[ \t]*\{[ \t]*(?=\r?\n)/g;
const ADDED = / ([A-Za-z_$][\w$]*)=__n10caught\(\1\);(?=\r?\n)/g;

/** `source` with each line-ending catch clause calling __n10caught on its error. */
export function withCaughtCalls(source: string): string {
  if (source.indexOf('catch') < 0) return source;
  return source.replace(CATCH, (clause: string, name: string) => `${clause} ${name}=${CAUGHT}(${name});`);
}

/** A text of such a source (a function's, say) without those calls. */
export function withoutCaughtCalls(text: string): string {
  return text.indexOf(CAUGHT) < 0 ? text : text.replace(ADDED, '');
}

/** The function the calls reach: a global of the program's realm no enumeration shows. */
export function installCaught(realm: typeof globalThis): void {
  const caught = function (error: unknown): unknown {
    if (hasEngineMessage(error)) void (error as { stack?: unknown }).stack;
    return error;
  };
  Object.defineProperty(realm, CAUGHT, { value: caught, writable: false, enumerable: false, configurable: false });
}
