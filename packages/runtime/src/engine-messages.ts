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
import { sameSiteMessage } from './syntax-error';
import { declaresName } from './construct-site';
import { deferKind, kindOf, printed, settleKind } from './engine-kinds';

const READ = /^Cannot read properties of (undefined|null) \(reading '([^]*)'\)$/;
const SET = /^Cannot set properties of (undefined|null) \(setting '([^]*)'\)$/;
const CIRCULAR = /^(Converting circular structure to JSON)\n/;
// Builtins' TypeErrors that V8 3.14 worded otherwise, whatever the values involved.
const BUILTIN: [RegExp, string][] = [
  [/^Method Date\.prototype\.\w+ called on incompatible receiver [^]*$/, 'this is not a Date object.'],
  [/^((?:Boolean|String|Number)\.prototype\.\w+) requires that 'this' be a \w+$/, '$1 is not generic'],
  [/^(Object prototype may only be an Object or null): [^]*$/, '$1'],
  [/^CreateListFromArrayLike called on non-object$/, 'Function.prototype.apply: Arguments list has wrong type'],
];

// Code @n10/vm compiled (file names are the program's: 'repl', 'evalmachine.<anonymous>'…): the
// latest source under each name, for the few names last used.
const vmSources = new Map<string, string>();
const VM_SOURCES_KEPT = 64;

/** Remembers code vm compiled under `file` (the hook engine010.ts lends @n10/vm). */
export function rememberVmSource(file: string, code: string): void {
  vmSources.delete(file);
  if (vmSources.size >= VM_SOURCES_KEPT) vmSources.delete(vmSources.keys().next().value as string);
  vmSources.set(file, code);
}

/** A line (1-based) of a source the runtime compiled, else of one vm compiled. */
function lineOf(file: string, line: number): string | undefined {
  const text = sourceLine(file, line);
  return text !== undefined ? text : vmSourceLine(file, line);
}

/** A line (1-based) of a source vm compiled (one of the last few), if it is kept. */
export function vmSourceLine(file: string, line: number): string | undefined {
  const code = vmSources.get(file);
  return code === undefined ? undefined : code.split('\n')[line - 1];
}

// The engine's own Function.prototype.toString (the program's prints 0.10's layout).
const engineFunctionSource = Function.prototype.toString;
let functionCodes = 0;

/**
 * The code of a function the Function constructor made, as the engine compiled it, remembered
 * under a name of its own for the positions of `site` (its frame): a file name for an EngineSite.
 * Eval code keeps no source to ask for (undefined).
 */
export function functionCodeFile(site: { getFunction?(): unknown; isEval(): boolean }): string | undefined {
  if (!site.isEval() || typeof site.getFunction !== 'function') return undefined;
  const fn = site.getFunction();
  if (typeof fn !== 'function' || fn.name !== 'anonymous') return undefined;
  const source = engineFunctionSource.call(fn);
  if (!source.startsWith('function anonymous(')) return undefined;
  const file = `<new Function ${++functionCodes}>`;
  rememberVmSource(file, `(${source})`);
  return file;
}

/** Where the engine reported the error: the first frame of its stack. */
export interface EngineSite {
  file: string | null | undefined;
  line: number | null;
  column: number | null;
  /** The frame's receiver (`this`), where the engine shows it. */
  receiver?: unknown;
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
  for (const [words, old] of BUILTIN) if (words.test(message)) return message.replace(words, old);
  m = NOT_A_FUNCTION.exec(message);
  if (m && isSourceText(m[1])) return notAFunction010(m[1], site);
  m = NOT_A_CONSTRUCTOR.exec(message);
  if (m && isSourceText(m[1])) return `${typeOf010(valueOf(m[1], site))} is not a function`;
  return undefined;
}

// A callee as today's engine names it (source text: `f`, `o.m`, `a.b(...).c`), not a value
// (the builtins' "5 is not a function") nor words already V8 3.14's, which n10's packages throw
// ("undefined is not a function", "Property 'cb' of object #<Object> is not a function").
const VALUE_WORDS = /^(?:undefined|null|object|number|string|boolean|function|symbol|true|false|NaN|Infinity|-?\d[\w.+-]*|["'#[].*|Property '.*|Object .*|function .*)$/;
function isSourceText(callee: string): boolean {
  return !VALUE_WORDS.test(callee);
}

// The callee's source text in today's "x is not a function" / "x is not a constructor".
function calleeText(message: string): string | undefined {
  const m = NOT_A_FUNCTION.exec(message) || NOT_A_CONSTRUCTOR.exec(message);
  return m && isSourceText(m[1]) ? m[1] : undefined;
}

// Today's engine names the callee by its source text; V8 3.14 spoke of its value.
const NOT_A_FUNCTION = /^(.+) is not a function$/;
const NOT_A_CONSTRUCTOR = /^(.+) is not a constructor$/;
const NAME = /^[A-Za-z_$][\w$]*$/;
const MEMBER = /^(.*)\.([A-Za-z_$][\w$]*)$/;
const UNKNOWN = Symbol('unknown');

/**
 * V8 3.14's message for calling `callee` (source text), a value that is not a function: "Object
 * <receiver> has no method 'm'" (no such property) or "Property 'm' of object <receiver> is not
 * a function" for a method; "<type> is not a function" for a variable ("Property 'x' of object
 * #<Object>" for a global's). The values are known for `this` (the frame's receiver) and for
 * globals; another receiver is taken for a plain object without the method, another variable
 * for undefined, the likeliest.
 */
function notAFunction010(callee: string, site: EngineSite | undefined): string {
  if (NAME.test(callee)) {
    if (isGlobal(callee, site)) return `Property '${callee}' of object #<Object> is not a function`;
    return `${typeOf010(UNKNOWN)} is not a function`;
  }
  const m = MEMBER.exec(callee);
  if (!m) return `${typeOf010(UNKNOWN)} is not a function`;
  const receiver = valueOf(m[1], site);
  if (receiver === UNKNOWN || receiver === null || receiver === undefined) return `Object #<Object> has no method '${m[2]}'`;
  let has = false;
  try {
    has = (receiver as Record<string, unknown>)[m[2]] !== undefined;
  } catch {
    has = false;
  }
  return has ? `Property '${m[2]}' of object ${describe010(receiver)} is not a function` : `Object ${describe010(receiver)} has no method '${m[2]}'`;
}

// The value of `text` where the engine failed, if it can be known: `this` (the frame's
// receiver, where shown) or a global the program did not declare.
function valueOf(text: string, site: EngineSite | undefined): unknown {
  if (text === 'this') return site && 'receiver' in site && site.receiver !== undefined ? site.receiver : UNKNOWN;
  if (NAME.test(text) && isGlobal(text, site)) return (globalThis as Record<string, unknown>)[text];
  return UNKNOWN;
}

function isGlobal(name: string, site: EngineSite | undefined): boolean {
  if (!Object.prototype.hasOwnProperty.call(globalThis, name)) return false;
  return !(site && site.file && declaresName(site.file, name));
}

// typeof as V8 3.14 named a value that is not a function (null: object); unknown: undefined.
function typeOf010(value: unknown): string {
  if (value === UNKNOWN) return 'undefined';
  return value === null ? 'object' : typeof value;
}

// A receiver as V8 3.14's messages wrote it: its string form, or #<Constructor> for an object
// whose toString is Object.prototype's.
function describe010(value: unknown): string {
  if (typeof value !== 'object' && typeof value !== 'function') return String(value);
  try {
    const o = value as { toString?: unknown; constructor?: { name?: unknown } };
    if (typeof o.toString !== 'function') return typeof value;
    if (o.toString !== Object.prototype.toString) return String(value);
    const name = o.constructor && typeof o.constructor.name === 'string' && o.constructor.name !== '' ? o.constructor.name : 'Object';
    return `#<${name}>`;
  } catch {
    return '#<Object>';
  }
}

// An error of this realm or of a vm context's (known there by its brand and name).
function isErrorOf(error: unknown, ctor: Function, name: string): boolean {
  if (error instanceof ctor) return true;
  return typeof error === 'object' && error !== null && Object.prototype.toString.call(error) === '[object Error]' && (error as Error).name === name;
}
const isTypeError = (error: unknown): error is TypeError => isErrorOf(error, TypeError, 'TypeError');
const isReferenceError = (error: unknown): error is ReferenceError => isErrorOf(error, ReferenceError, 'ReferenceError');
const isSyntaxError = (error: unknown): error is SyntaxError => isErrorOf(error, SyntaxError, 'SyntaxError');
const isRangeError = (error: unknown): error is RangeError => isErrorOf(error, RangeError, 'RangeError');

// The engine's error classes, by name, for engine-kinds.ts.
function engineClass(error: unknown): string | undefined {
  if (isTypeError(error)) return 'TypeError';
  if (isReferenceError(error)) return 'ReferenceError';
  if (isRangeError(error)) return 'RangeError';
  if (isSyntaxError(error)) return 'SyntaxError';
  return undefined;
}

// The object a method was missing from, for the kind's `arguments`: known for `this` and a
// global; else the plain object the message guesses. (The prototype Object.create refused:
// today's message printed it.)
function receiverOf(todayMessage: string, site: EngineSite | undefined): unknown {
  const proto = /^Object prototype may only be an Object or null: ([^]*)$/.exec(todayMessage);
  if (proto) return printed(proto[1]);
  const callee = calleeText(todayMessage);
  const m = callee === undefined ? null : MEMBER.exec(callee);
  const receiver = m ? valueOf(m[1], site) : UNKNOWN;
  return receiver === UNKNOWN || receiver === null || receiver === undefined ? {} : receiver;
}

// Gives an engine error (its message now in 0.10's words) its `arguments` and `type`.
function settleKindOf(error: unknown, todayMessage: string | undefined, site: EngineSite | undefined): void {
  if (typeof error !== 'object' || error === null) return;
  const name = engineClass(error);
  let message: unknown;
  try {
    message = (error as Error).message;
  } catch {
    message = undefined;
  }
  if (name === undefined || typeof message !== 'string') return settleKind(error, undefined);
  settleKind(error, kindOf(name, message, todayMessage === undefined ? {} : receiverOf(todayMessage, site)));
}

// A pending kind's read before the stack was formatted: format it (which settles the kind),
// else (the stack formatted before, or by a program's own Error.prepareStackTrace) take it
// from the message as it is.
function formatForKind(error: object): void {
  void (error as Error).stack;
  settleKindOf(error, undefined, undefined);
}

/**
 * V8 3.14's words for a compile error of code this runtime did not compile (eval, new Function,
 * vm.runInContext's own): those that do not depend on the source (syntax-error.ts rewrites the
 * rest, with the source, for code it compiles; an eval's or Function's source is not kept).
 */
function syntaxMessage010(message: string): string | undefined {
  // (The strict eval/arguments message names the token from the source: syntax-error.ts.)
  return message === 'Unexpected eval or arguments in strict mode' ? undefined : sameSiteMessage(message);
}

/** Is `error` one whose message this module rewrites (when its stack is formatted)? */
function hasEngineMessage(error: unknown): error is TypeError | SyntaxError {
  if (isSyntaxError(error)) return syntaxMessage010(error.message) !== undefined;
  if (!isTypeError(error)) return false;
  const message = error.message;
  return (
    READ.test(message) ||
    SET.test(message) ||
    CIRCULAR.test(message) ||
    calleeText(message) !== undefined ||
    BUILTIN.some(([words]) => words.test(message))
  );
}

// Errors whose message is still that accessor, with the engine's message and its enumerability.
const unsettled = new WeakMap<object, { value: string; enumerable: boolean }>();

// The message as the plain data property it was (a write's value, else the engine's).
function settle(error: object, value?: unknown): void {
  const engine = unsettled.get(error);
  if (engine === undefined) return;
  unsettled.delete(error);
  Object.defineProperty(error, 'message', { value: arguments.length > 1 ? value : engine.value, writable: true, enumerable: engine.enumerable, configurable: true });
}

// One accessor pair for all (no closures: a catch clause pays two property definitions).
const LAZY_MESSAGE = {
  get(this: Error): unknown {
    settle(this);
    void this.stack;
    return this.message;
  },
  set(this: Error, value: unknown): void {
    settle(this, value);
  },
};

/**
 * Puts an engine error's message in V8 3.14's words for a reader that comes before its stack:
 * formatting the stack (stack.ts) rewrites it. Formatting costs tens of microseconds, and most
 * catch clauses read neither, so the message becomes an accessor that formats the stack on its
 * first read (or gives way to a write) and is then the plain data property it was.
 */
export function settleEngineMessage(error: unknown): void {
  if (!hasEngineMessage(error)) {
    // (A message already 0.10's: its kind, `arguments` and `type`, now.)
    if (error instanceof Object || (typeof error === 'object' && error !== null)) settleKindOf(error, undefined, undefined);
    return;
  }
  const own = Object.getOwnPropertyDescriptor(error, 'message');
  if (!own || !own.configurable || !own.writable) {
    void error.stack;
    return;
  }
  unsettled.set(error, { value: own.value as string, enumerable: own.enumerable === true });
  Object.defineProperty(error, 'message', { get: LAZY_MESSAGE.get, set: LAZY_MESSAGE.set, enumerable: own.enumerable, configurable: true });
  // (Its kind too is known once the message is rewritten.)
  deferKind(error, formatForKind);
}

/**
 * Rewrites an engine error's message (an own data property) to V8 3.14's words, in place; gives
 * the column V8 3.14 reported for it at `site` where that differs (else undefined).
 */
export function rewriteEngineMessage(error: unknown, site: EngineSite | undefined): number | undefined {
  if (isReferenceError(error)) {
    settleKindOf(error, undefined, site);
    return site ? nameColumn010(site, error.message) : undefined;
  }
  // (The stack formatted before the message was read: the engine's message, as data, first.)
  if (typeof error === 'object' && error !== null) settle(error);
  const syntax = isSyntaxError(error);
  if (!syntax && !isTypeError(error)) {
    settleKindOf(error, undefined, site);
    return undefined;
  }
  const own = Object.getOwnPropertyDescriptor(error, 'message');
  if (!own || typeof own.value !== 'string' || !own.writable) {
    settleKindOf(error, undefined, site);
    return undefined;
  }
  const old = syntax ? syntaxMessage010(own.value) : message010(own.value, site);
  if (old !== undefined) (error as Error).message = old;
  settleKindOf(error, own.value, site);
  if (syntax) return undefined;
  const m = READ.exec(own.value);
  return m && site ? readColumn010(site, m[2]) : undefined;
}

/**
 * Where V8 3.14 placed a failed property read (today's engine: the property name, the `[` of a
 * computed access, or the object's start in `o.x++` / `o.x += 1`): at the `.` before the name of
 * a read (`o.x`, `o. x`), the name of a call (`o.f()`, the same today), the `(` of a computed
 * call (`o[k]()`), the `[` of a computed read (the same today).
 */
function readColumn010(site: EngineSite, property: string): number | undefined {
  if (!site.file || !site.line || !site.column) return undefined;
  const text = lineOf(site.file, site.line);
  if (text === undefined) return undefined;
  const i = site.column - 1;
  if (text[i] === '[') {
    if (!calledAt(site)) return undefined;
    let j = afterBrackets(text, i);
    if (j < 0) return undefined;
    while (text[j] === ' ' || text[j] === '\t') j++;
    return j + 1;
  }
  // A property of a call's result (`f().x`): today's engine points at the `.`, as V8 3.14 did
  // for a read; for a call (`f().g()`) V8 3.14 pointed at the name.
  if (text[i] === '.') return calledAt(site) ? nameAfterDot(text, i) + 1 : undefined;
  if (!/[\w$]/.test(text[i] || '') || calledAt(site)) return undefined;
  let j = i - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
  if (j >= 0 && text[j] === '.') return j + 1;
  // `o.x++`, `o.x += 1`: today's engine points at `o`.
  const compound = /^[\w$]+\s*\.\s*([\w$]+)/.exec(text.slice(i));
  if (compound && compound[1] === property) return i + compound[0].indexOf('.') + 1;
  return undefined;
}

/**
 * Where V8 3.14 placed an undefined name's ReferenceError: at the name, where today's engine may
 * point at what starts the expression around it (`(missing)`, `return (x + 1)`, `y = ((z))`):
 * the name's first use from there on, on that line.
 */
function nameColumn010(site: EngineSite, message: string): number | undefined {
  const m = /^([A-Za-z_$][\w$]*) is not defined$/.exec(message);
  if (!m || !site.file || !site.line || !site.column) return undefined;
  const text = lineOf(site.file, site.line);
  if (text === undefined || text.startsWith(m[1], site.column - 1)) return undefined;
  const use = new RegExp(`(^|[^\\w$.])${m[1].replace(/\$/g, '\\$')}(?![\\w$])`).exec(text.slice(site.column - 1));
  return use ? site.column + use.index + use[1].length : undefined;
}

// Is the property access at the site (1-based line and column, in a source this runtime
// compiled) the callee of a call? Unknown sources count as reads.
function calledAt(site: EngineSite): boolean {
  if (!site.file || !site.line || !site.column) return false;
  const text = lineOf(site.file, site.line);
  if (text === undefined) return false;
  let i = site.column - 1;
  if (text[i] === '[') {
    i = afterBrackets(text, i);
    if (i < 0) return false;
  } else {
    if (text[i] === '.') i = nameAfterDot(text, i);
    while (i < text.length && /[\w$]/.test(text[i])) i++;
  }
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return text[i] === '(';
}

// The index of the name after the `.` at `dot` (blanks skipped).
function nameAfterDot(text: string, dot: number): number {
  let i = dot + 1;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
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
