// The engine's own error messages, as V8 3.14 worded them.
//
// Today's V8 says "Cannot read properties of undefined (reading 'x')" for both a read and a
// call where 0.10 said "Cannot read property 'x' of undefined" or "Cannot call method 'x' of
// undefined", and "Cannot set properties of null (setting 'x')" for "Cannot set property 'x'
// of null". Programs print these: uncaught on stderr, in 'uncaughtException' and domain
// 'error' handlers, in err.stack. The engine makes the message where it throws, beyond
// reach; the runtime rewrites it when the error's stack is first formatted (stack.ts), which
// the uncaught paths always do first. A message a program read before that stays today's.
//
// Read or call: the engine's position for these errors is the property name (or the `[` of a
// computed access); what follows it in the source tells whether the value was being called.

import { sourceLine } from './compile';

const READ = /^Cannot read properties of (undefined|null) \(reading '([^]*)'\)$/;
const SET = /^Cannot set properties of (undefined|null) \(setting '([^]*)'\)$/;
const CIRCULAR = /^(Converting circular structure to JSON)\n/;

/** Where the engine reported the error: the first frame of its stack. */
export interface EngineSite {
  file: string | null | undefined;
  line: number | null;
  column: number | null;
}

/** V8 3.14's message for the failure today's engine reported as `message`, or undefined if it words it the same. */
export function message010(message: string, site: EngineSite | undefined): string | undefined {
  let m = READ.exec(message);
  if (m) {
    const verb = site && calledAt(site) ? 'call method' : 'read property';
    return `Cannot ${verb} '${m[2]}' of ${m[1]}`;
  }
  m = SET.exec(message);
  if (m) return `Cannot set property '${m[2]}' of ${m[1]}`;
  m = CIRCULAR.exec(message);
  if (m) return m[1];
  return undefined;
}

// A TypeError of this realm or of a vm context's.
function isTypeError(error: unknown): error is TypeError {
  if (error instanceof TypeError) return true;
  return typeof error === 'object' && error !== null && Object.prototype.toString.call(error) === '[object Error]' && (error as Error).name === 'TypeError';
}

/** Is `error` one whose message this module rewrites (when its stack is formatted)? */
export function hasEngineMessage(error: unknown): boolean {
  if (!isTypeError(error)) return false;
  const message = error.message;
  return READ.test(message) || SET.test(message) || CIRCULAR.test(message);
}

/** Rewrites an engine error's message (an own data property) to V8 3.14's words, in place. */
export function rewriteEngineMessage(error: unknown, site: EngineSite | undefined): void {
  if (!isTypeError(error)) return;
  const own = Object.getOwnPropertyDescriptor(error, 'message');
  if (!own || typeof own.value !== 'string' || !own.writable) return;
  const old = message010(own.value, site);
  if (old !== undefined) error.message = old;
}

// Is the property access at the site (1-based line and column, in a source this runtime
// compiled) the callee of a call? Unknown sources count as reads.
function calledAt(site: EngineSite): boolean {
  if (!site.file || !site.line || !site.column) return false;
  const text = sourceLine(site.file, site.line);
  if (text === undefined) return false;
  let i = site.column - 1;
  if (text[i] === '[') {
    i = afterBrackets(text, i);
    if (i < 0) return false;
  } else {
    while (i < text.length && /[\w$]/.test(text[i])) i++;
  }
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return text[i] === '(';
}

// The index after the `]` that closes the `[` at `open`, skipping strings; -1 if not on this line.
function afterBrackets(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++;
    } else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return i + 1;
  }
  return -1;
}
