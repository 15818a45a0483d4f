// Error stacks as node 0.10 (V8 3.14) wrote them, made when a stack is first read (never at
// throw time: nothing here is on a hot path).
//
// - The header is the error's own toString() at that moment ("<error: …>" when it throws), so
//   an own or inherited toString, or a message changed after construction, shows (vows 0.7
//   rewrites e.message before printing e.stack). Today's engine uses Error.prototype.toString.
// - A frame is named by V8 3.14's rules: a method call is "Type.function [as method]", the
//   type being the receiver's constructor.name ("null" when it has none: 0.10's
//   `null._onTimeout`), a builtin's location is "native".
// - A frame of an n10 package is 0.10's library frame where one exists: its file is the
//   0.10 library file (`events.js`; line and column 0.10's where positions010.ts knows the
//   place, n10's otherwise), a few names are 0.10's
//   (`EventEmitter.emit`, `process._tickCallback`), and the frames of n10's own plumbing
//   (ours, not the program's, with no 0.10 counterpart) are left out, as are the host's
//   (node:internal/…).
//
// The hook is Error.prepareStackTrace, which V8 (through the host) consults at that first read.
// 0.10 programs see it as 0.10 had it: undefined until they set their own (then theirs
// formats), and back to this one when they set it to undefined again.

import { functionCodeFile, rewriteEngineMessage } from './engine-messages';
import events from '@n10/events';
import { moduleFs } from './system';
import { position010 } from './positions010';
import { NATIVE_SOURCES, SOURCES, HIDDEN, EXPORTS_FUNCTIONS, OWNED_FUNCTIONS, ANONYMOUS_CONSTRUCTORS, HIDDEN_SOURCES, HIDDEN_ANONYMOUS, NATIVE_ENTRIES, VM_SCRIPT_METHODS, FUNCTION_NAMES, FRAME_NAMES, TYPE_NAMES } from './library-frames';
import { callSite010, programSite010, shaped010, siteView, type NameParts } from './callsite010';
import { hasAddedCode, originalColumn } from './program-edits';
import { isErrorMaker, programStackLimit } from './stack-limit';
import { noteTopFrame, throwSite, type ThrowSite } from './throw-site';
import { inferredName010 } from './inferred-names';
import { compiledSource, sourceLine } from './compile';
import { constructPosition010 } from './construct-site';
import { loadPosition010 } from './load-site';
import { receiverType010 } from './receiver-types';

interface CallSite {
  getThis(): unknown;
  getTypeName(): string | null;
  getFunctionName(): string | null;
  getMethodName(): string | null;
  getFileName(): string | undefined | null;
  getLineNumber(): number | null;
  getColumnNumber(): number | null;
  getEvalOrigin(): string | undefined;
  getFunction?(): unknown;
  getEnclosingLineNumber?(): number | null;
  getEnclosingColumnNumber?(): number | null;
  getScriptNameOrSourceURL?(): string | null;
  isToplevel(): boolean;
  isEval(): boolean;
  isNative(): boolean;
  isConstructor(): boolean;
  isAsync?(): boolean;
  isPromiseAll?(): boolean;
  toString(): string;
}

// An n10 package's built file: its package name.
const N10_DIST = /[\\/](?:packages|@n10)[\\/]([a-z_0-9]+)[\\/]dist[\\/][^\\/]+$/;
const RUNTIME_FRAME = /[\\/](?:packages|@n10)[\\/]runtime[\\/]dist[\\/][^\\/]+(?::\d+:\d+\)?)?$/;
// The n10 executable's own script, below every stack of the program's.
const N10_BIN = /[\\/](?:packages|@n10)[\\/]runtime[\\/]bin[\\/][^\\/]+$/;

interface Dist {
  /** Lines where a source file's section starts, and its name. */
  sections: { line: number; source: string }[];
  /** `proto2` -> `Writable`: the local aliases of prototypes (`var proto2 = WritableCtor.prototype`). */
  protos: Map<string, string>;
  lines: string[];
}

const dists = new Map<string, Dist>();

function dist(file: string): Dist {
  let d = dists.get(file);
  if (d) return d;
  d = { sections: [], protos: new Map(), lines: [] };
  dists.set(file, d);
  let text: string;
  try {
    text = moduleFs.readFile(file);
  } catch {
    return d;
  }
  const lines = (d.lines = text.split('\n'));
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const section = /^\/\/ src\/(?:.*\/)?([\w.-]+)\.ts$/.exec(l);
    if (section) d.sections.push({ line: i + 1, source: section[1] });
    const proto = /^var (proto\d*) = (\w+?)(?:Ctor)?\.prototype;/.exec(l);
    if (proto) d.protos.set(proto[1], proto[2]);
  }
  return d;
}

function sourceOf(d: Dist, line: number | null): string {
  let found = '';
  if (line === null) return found;
  for (const s of d.sections) {
    if (s.line > line) break;
    found = s.source;
  }
  return found;
}

/** 0.10's file for a frame of an n10 package, and the owner of its `proto.x` methods. */
function library(pkg: string, source: string): [string, string | undefined] {
  const table = SOURCES[pkg];
  const entry = table && (table[source] || table['*']);
  return entry ? [entry[0], entry[1]] : [`${pkg}.js`, undefined];
}

function nativeEntry(site: CallSite): boolean {
  const lib = N10_DIST.exec(site.getFileName() || '');
  return !!lib && NATIVE_ENTRIES.has(`${lib[1]} ${site.getFunctionName()}`);
}

// vm was native code in 0.10 but for what its vm.js wrapped: the Script constructor, createScript
// and the Script methods; only their frames show, named as 0.10 named them.
function vmFrame(site: CallSite): string | undefined {
  if (site.isConstructor() && site.getFunctionName() === 'Script') return 'new Script';
  const method = site.getMethodName();
  if (method === 'createScript' && site.getTypeName() === 'Function') return 'Function.Script.createScript';
  if (method === null || !VM_SCRIPT_METHODS.has(method) || site.getTypeName() !== 'Script') return undefined;
  return `Script.(anonymous function) [as ${method}]`;
}

const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** V8 3.14's type name of a receiver: its constructor's name, or null. */
function typeName010(site: CallSite, pkg: string): string | null {
  const self = site.getThis();
  // A strict function's receiver is not shown to this API: today's engine names it instead.
  if (self === undefined) {
    const name = site.getTypeName();
    // Builtin namespaces: V8 3.14 saw their constructor, Object.
    if (name === 'JSON' || name === 'Math') return 'Object';
    // A dotted name is one today's engine inferred for an anonymous constructor
    // (`a.B = function () {}`); V8 3.14 read the constructor's own name, which was ''.
    if (name !== null && name.includes('.')) return null;
    // A timer, under a program's callback: 0.10's Timeout constructor was anonymous
    // ("null._onTimeout", as getThis() gives where no strict frame hides it).
    if (name === 'Timeout' && pkg === '') return null;
    // A receiver a program made: its constructor's own name, as V8 3.14 read it (receiver-types.ts).
    const made = name === null ? undefined : receiverType010(name);
    if (made !== undefined) return made;
    return name !== null && own(TYPE_NAMES, `${pkg} ${name}`) ? TYPE_NAMES[`${pkg} ${name}`] : name;
  }
  try {
    const ctor = (self as { constructor?: { name?: unknown } } | null)?.constructor;
    const name = ctor ? ctor.name : undefined;
    return typeof name === 'string' && name !== '' ? name : null;
  } catch {
    return null;
  }
}

function location(site: CallSite, file: string | undefined, position?: string): string {
  if (site.isNative()) return 'native';
  // A library frame's line:column in 0.10's own file (positions010.ts).
  if (position !== undefined) return `${file}:${position}`;
  let where = '';
  let name: string | null | undefined = file;
  let line = site.getLineNumber();
  if (site.isEval()) {
    name = site.getScriptNameOrSourceURL ? site.getScriptNameOrSourceURL() : null;
    if (!name) {
      const origin = evalOrigin010(site.getEvalOrigin() || '');
      where = `${origin.text}, `;
      // V8 3.14 made a new Function's code `(function(…) {\n…` (its body from line 2); today's
      // engine puts the parameters on a line of their own (the body from line 3).
      if (origin.isFunction && line !== null && line > 1) line--;
    }
  }
  // A builtin: V8 3.14 wrote its library in JS, as "native" code.
  if (!name && !site.isEval() && line === null) return 'native';
  where += name || '<anonymous>';
  if (line !== null) {
    where += `:${line}`;
    const col = site.getColumnNumber();
    if (col) where += `:${col}`;
  }
  return where;
}

function renamed(text: string): string {
  lastParts = undefined;
  return text;
}

/** A site as a program's formatter sees it: an n10 package's frame as 0.10's library frame (callsite010.ts). */
function shownAs010(site: CallSite): unknown {
  const file = site.getFileName();
  if (typeof file !== 'string' || !N10_DIST.test(file)) return programSite010(site);
  try {
    lastParts = undefined;
    const text = frame010(site);
    return text === undefined ? site : callSite010(site, text, lastParts);
  } catch {
    return site;
  }
}

/** One frame as V8 3.14 wrote it, or undefined for a frame 0.10 did not have. */
/** Whether 0.10 had a frame where `site` is (n10's plumbing it had not is left out). */
function shown010(site: CallSite): boolean {
  try {
    return frame010(site) !== undefined;
  } catch {
    return true;
  }
}

export function frame010(site: CallSite, caller?: CallSite): string | undefined {
  const rawFile = site.getFileName() || undefined;
  if (rawFile !== undefined && (rawFile.startsWith('node:') || N10_BIN.test(rawFile))) return undefined;
  if (site.isAsync && site.isAsync()) return site.toString();
  let functionName = site.getFunctionName() || '';
  // The Function constructor: V8 3.14's was code of its own library, without a source name.
  if (rawFile === undefined && functionName === 'Function' && site.getLineNumber() === null) {
    return site.isConstructor() ? 'Object.Function (<anonymous>)' : 'Function (<anonymous>)';
  }
  const lib = rawFile === undefined ? null : N10_DIST.exec(rawFile);
  const pkg = lib ? lib[1] : '';
  let file = rawFile;
  let source = '';
  let statement = '';
  if (lib) {
    const d = dist(rawFile as string);
    statement = d.lines[(site.getLineNumber() || 0) - 1] || '';
    source = sourceOf(d, site.getLineNumber());
    const [libFile, owner] = library(pkg, source);
    file = libFile;
    // A method assigned through a local alias of a prototype (proto2.write = function …) or
    // on a typed alias's prototype (SocketCtor.prototype.x, ConsoleClass.prototype.x): 0.10
    // named it Writable.write.
    const alias = /^(proto\d*|\w+Ctor|\w+Class)\./.exec(functionName);
    if (alias) {
      const name = alias[1].startsWith('proto') ? d.protos.get(alias[1]) || owner : alias[1].replace(/(?:Ctor|Class)$/, '');
      functionName = (name ? `${name}.` : '') + functionName.slice(alias[0].length);
    } else if (owner && pkg === 'stream' && !functionName.includes('.') && !site.isToplevel() && !site.isConstructor()) {
      // A function installed as a method (proto.resume = resume): 0.10's Readable.resume.
      const method = site.getMethodName();
      if (method && (functionName === '' || functionName === method)) functionName = `${owner}.${method}`;
    }
    const key = `${pkg} ${functionName}`;
    if (own(FUNCTION_NAMES, key)) functionName = FUNCTION_NAMES[key];
    else functionName = assignedName010(site, pkg, functionName);
    // Once domains are in use (require('domain')), 0.10 drained ticks with another function.
    if (functionName === 'process._tickCallback' && (events as unknown as { usingDomains?: boolean }).usingDomains) {
      functionName = 'process._tickDomainCallback';
    }
  }
  if (!lib && rawFile !== undefined) functionName = programFunctionName(site, rawFile) ?? functionName;
  let where = location(site, file);
  let text = name010(site, functionName, pkg, caller);
  if (pkg === 'runtime' && own(NATIVE_SOURCES, source)) {
    // A builtin's stand-in: one native frame, where it was called from.
    if (NATIVE_SOURCES[source] === 'hidden' || (caller !== undefined && builtinStandIn(caller))) return undefined;
    return `${text} (native)`;
  }
  if (lib || (text !== '' && where === 'native')) {
    // Known by the frame's name, or by the function's own (whatever the receiver).
    const key = `${pkg} ${text}`;
    const fnKey = `${pkg} ${functionName}`;
    if (HIDDEN.has(key) || HIDDEN.has(fnKey)) return undefined;
    if (own(FRAME_NAMES, key)) text = renamed(FRAME_NAMES[key]);
    else if (own(FRAME_NAMES, fnKey)) text = renamed(FRAME_NAMES[fnKey]);
    // The runtime's code-cache loader, which loads the runtime itself.
    else if (/[\\/]code-cache\.js$/.test(rawFile as string)) return undefined;
    else if (HIDDEN_SOURCES.has(`${pkg} ${source}`)) return undefined;
    else if (text === '' && HIDDEN_ANONYMOUS.has(`${pkg} ${source}`)) return undefined;
    else if (pkg === 'vm') {
      const vm = vmFrame(site);
      if (vm === undefined) return undefined;
      text = renamed(vm);
    }
    // 0.10's fs.js defined its functions as fs.x = function: "Object.fs.readFileSync".
    // (but for realpath and realpathSync, named functions there).
    else if (pkg === 'fs' && /^Object\.[\w$]+$/.test(text) && !/^Object\.realpath(?:Sync)?$/.test(text)) text = `Object.fs.${text.slice(7)}`;
  }
  // Buffer(…) without new: 0.10's Buffer called itself with new, two frames where n10 has one.
  const bufferCall = pkg === 'buffer' && text === 'Buffer' && !site.isConstructor();
  if (bufferCall) text = 'new Buffer';
  const placed = lib && file ? position010(file, text, statement) : undefined;
  if (placed !== undefined) {
    where = location(site, file, placed.position);
    if (placed.name !== text) text = renamed(placed.name);
  }
  const shown = text === '' ? where : `${text} (${where})`;
  return bufferCall ? `${shown}\n    at Buffer (buffer.js:158:12)` : shown;
}

/** Whether a frame is in the runtime's stand-in for a builtin (NATIVE_SOURCES). */
function builtinStandIn(site: CallSite): boolean {
  const rawFile = site.getFileName();
  const lib = rawFile ? N10_DIST.exec(rawFile) : null;
  return !!lib && lib[1] === 'runtime' && own(NATIVE_SOURCES, sourceOf(dist(rawFile as string), site.getLineNumber()));
}

/** The name 0.10's library gave a function through its assignment (`exports.join`, `Buffer.concat`). */
function assignedName010(site: CallSite, pkg: string, functionName: string): string {
  if (site.isConstructor()) return functionName || (own(ANONYMOUS_CONSTRUCTORS, pkg) ? ANONYMOUS_CONSTRUCTORS[pkg] : '');
  const name = functionName || (site.isToplevel() ? '' : site.getMethodName() || '');
  if (name === '') return functionName;
  if (own(EXPORTS_FUNCTIONS, pkg) && EXPORTS_FUNCTIONS[pkg].includes(name)) return `exports.${name}`;
  const owners = own(OWNED_FUNCTIONS, pkg) ? OWNED_FUNCTIONS[pkg] : undefined;
  return owners && own(owners, name) ? `${owners[name]}.${name}` : functionName;
}

/** The name V8 3.14 gave an anonymous function of a program's source (inferred-names.ts), if known. */
function programFunctionName(site: CallSite, file: string): string | undefined {
  const source = compiledSource(file);
  if (source === undefined || !site.getEnclosingLineNumber || !site.getEnclosingColumnNumber) return undefined;
  const line = site.getEnclosingLineNumber();
  const column = site.getEnclosingColumnNumber();
  return line && column ? inferredName010(file, source, line, column) : undefined;
}

// The pieces of the last frame name010 made, for a program's formatter (callsite010.ts); left
// undefined when frame010 then named the frame otherwise.
let lastParts: NameParts | undefined;

/** A frame's name by V8 3.14's rules ('' for an anonymous function called plainly). */
function name010(site: CallSite, name: string, pkg: string, caller?: CallSite): string {
  // An accessor of an object literal (`get port() {}`) was named by its key alone in V8 3.14.
  const functionName = /^[gs]et [^ ]/.test(name) ? name.slice(4) : name;
  const isConstructor = site.isConstructor();
  lastParts = { type: null, functionName, method: null, toplevel: !isConstructor };
  if (isConstructor) return `new ${functionName || '<anonymous>'}`;
  if (site.isToplevel() && !evalOnObject(site, functionName, caller)) return functionName;
  const type = typeName010(site, pkg);
  const method = methodName010(site);
  lastParts = { type, functionName, method, toplevel: false };
  if (!functionName) return `${type}.${method || '<anonymous>'}`;
  let text = type && functionName.indexOf(type) !== 0 ? `${type}.${functionName}` : functionName;
  if (method && functionName.lastIndexOf(`.${method}`) !== functionName.length - method.length - 1) text += ` [as ${method}]`;
  return text;
}

/**
 * Direct eval code run with an object for `this` (a module's top level, a method): today's
 * engine calls every eval frame top-level, on the global object; V8 3.14 named it by its
 * receiver, the `this` of the function that called eval ("Object.eval").
 */
function evalOnObject(site: CallSite, functionName: string, caller: CallSite | undefined): boolean {
  if (functionName !== 'eval' || !site.isEval() || caller === undefined) return false;
  try {
    // Eval code has no function of its own (a new Function's function has one), and is seen
    // running on the global object (a frame hidden under strict code shows neither: left as is).
    if (site.getThis() !== globalThis || (site as { getFunction?(): unknown }).getFunction?.() !== undefined) return false;
    const self = caller.getThis();
    return typeof self === 'object' && self !== null && self !== globalThis;
  } catch {
    return false;
  }
}

/**
 * The property of the receiver holding the called function. Where today's engine finds none,
 * V8 3.14 still looked through every enumerable property, array indexes included (`Array.cb [as
 * 0]` for `handlers[0]()`), and took the one that held the function, if only one did.
 */
function methodName010(site: CallSite): string | null {
  const today = site.getMethodName();
  if (today !== null) return today;
  const fn = site.getFunction ? site.getFunction() : undefined;
  const self = site.getThis();
  if (typeof fn !== 'function' || self === null || (typeof self !== 'object' && typeof self !== 'function')) return null;
  let found: string | null = null;
  for (const prop in self as object) {
    let holder: object | null = self as object;
    let d: PropertyDescriptor | undefined;
    while (holder !== null && (d = Object.getOwnPropertyDescriptor(holder, prop)) === undefined) holder = Object.getPrototypeOf(holder) as object | null;
    if (d && 'value' in d && d.value === fn) {
      if (found !== null) return null;
      found = prop;
    }
  }
  return found;
}

function fsCallbackError(sites: CallSite[]): boolean {
  const dist = (site: CallSite, pkg: string, name: string): boolean => {
    const m = N10_DIST.exec(site.getFileName() || '');
    return !!m && m[1] === pkg && site.getFunctionName() === name;
  };
  return dist(sites[0], 'binding', 'uvException') && dist(sites[1], 'fs', 'asyncError');
}

let formatting = false;

/** The header: the error's toString() as it is now. */
function header010(error: unknown): string {
  if (formatting) return Error.prototype.toString.call(error);
  formatting = true;
  try {
    return String((error as { toString(): unknown }).toString());
  } catch (e) {
    try {
      return `<error: ${String(e)}>`;
    } catch {
      return '<error>';
    }
  } finally {
    formatting = false;
  }
}

/** Where 0.10's library threw `error`, if an n10 package said (throw-site.ts). */
function librarySite(error: unknown): ThrowSite | undefined {
  const site = throwSite(error);
  return site !== undefined && !/[\\/]/.test(site.file) ? site : undefined;
}

/**
 * A library error 0.10 made by calling its constructor without `new` (`throw TypeError('…')`,
 * as its throw site's line says): V8 3.14 showed that call as a frame of its own.
 */
function constructorFrame(site: ThrowSite | undefined): string {
  const call = site && /\bthrow (\w*Error)\(/.exec(site.text);
  return call ? `\n    at ${call[1]} (<anonymous>)` : '';
}

/** The throwing frame of a library error, placed at 0.10's throw site: its line, the thrown expression's column. */
function atThrowSite(frame: string, site: ThrowSite): string {
  // A rethrow (`throw err;`), or an error a function made (`throw errnoException(…)`, its own
  // frame on top in 0.10; not `throw TypeError(…)`, whose frame is the throw's): made, and its
  // frame placed, elsewhere.
  if (/\bthrow\s+[A-Za-z_$][\w$.]*\s*;?\s*(?:\/\/.*)?$/.test(site.text)) return frame;
  if (/\bthrow\s+(?!new\b)(?![\w$]*Error\()[A-Za-z_$][\w$.]*\(/.test(site.text)) return frame;
  // "name (file:line:column)" or "file:line:column", the file a library's (no directory); of a
  // frame standing for several (Buffer(…)), the first.
  const lines = frame.split('\n');
  const m = /^(?:(.*) \()?([^()\\/ ]+):\d+:\d+(\)?)$/.exec(lines[0]);
  if (!m || m[2] !== site.file || (m[1] === undefined) !== (m[3] === '')) return frame;
  const where = `${site.file}:${site.line}:${site.caret.indexOf('^') + 1}`;
  lines[0] = m[1] === undefined ? where : `${m[1]} (${where})`;
  return lines.join('\n');
}

/**
 * A site of a program's line where the runtime added code (program-edits.ts), with the
 * columns as the program wrote them; any other site as it is.
 */
function asWritten(site: CallSite): CallSite {
  const file = site.getFileName();
  if (typeof file !== 'string' || !hasAddedCode(file)) return site;
  const line = site.getLineNumber();
  const enclosing = site.getEnclosingLineNumber ? site.getEnclosingLineNumber() : null;
  if (!(line !== null && hasAddedCode(file, line)) && !(enclosing !== null && hasAddedCode(file, enclosing))) return site;
  const view = siteView(site);
  const at = (l: number | null, c: number | null): number | null => (l === null || c === null ? c : originalColumn(file as string, l, c));
  view.getColumnNumber = () => at(line, site.getColumnNumber());
  if (site.getEnclosingColumnNumber) view.getEnclosingColumnNumber = () => at(enclosing, (site.getEnclosingColumnNumber as () => number | null)());
  view.toString = () => site.toString();
  return view as unknown as CallSite;
}

/**
 * An eval frame's origin as V8 3.14 wrote it (`eval at f (file:line:col)`), and whether the code
 * came from the Function constructor (called where the origin's position is, in a program's source).
 */
function evalOrigin010(origin: string): { text: string; isFunction: boolean } {
  const m = /^(eval at .* \()([^()]+):(\d+):(\d+)\)$/.exec(origin);
  if (!m) return { text: origin, isFunction: false };
  const [, head, file, line, column] = m;
  const text = sourceLine(file, Number(line));
  const isFunction = text !== undefined && /^(?:new\s+)?Function\b/.test(text.slice(Number(column) - 1));
  const placed = constructPosition010(file, Number(line), Number(column));
  return { text: placed ? `${head}${file}:${placed.line}:${placed.column})` : origin, isFunction };
}

/** A program's call of a constructor at a statement's start, where V8 3.14 placed it (construct-site.ts). */
function asConstructed010(site: CallSite): CallSite {
  return placedBy(site, constructPosition010);
}

/** A program's frame as V8 3.14 placed it: a constructor call (construct-site.ts) or a property load calling a getter (load-site.ts). */
function asPlaced010(site: CallSite): CallSite {
  const constructed = asConstructed010(site);
  return constructed !== site ? constructed : placedBy(site, loadPosition010);
}

function placedBy(site: CallSite, position010: (file: string, line: number, column: number) => { line: number; column: number } | undefined): CallSite {
  const file = site.getFileName();
  // (Positions cost: only a program's frames are asked for theirs.)
  if (typeof file !== 'string' || compiledSource(file) === undefined) return site;
  const line = site.getLineNumber();
  const column = site.getColumnNumber();
  if (line === null || column === null) return site;
  const placed = position010(file, line, column);
  if (placed === undefined) return site;
  const view = siteView(site);
  view.getLineNumber = () => placed.line;
  view.getColumnNumber = () => placed.column;
  view.toString = () => site.toString();
  return view as unknown as CallSite;
}

/**
 * The sites as 0.10's formatters saw them: columns as the program wrote them (asWritten), and
 * the engine's own message put in V8 3.14's words (engine-messages.ts), its top frame at the
 * column V8 3.14 gave a failed property read where that differs.
 */
function sites010(error: unknown, engineSites: CallSite[]): CallSite[] {
  if (engineSites.length > 0 && isErrorMaker(engineSites[0])) engineSites = engineSites.slice(1);
  // (The top frame threw: no load of its own to place; its engine errors are placed below.)
  const sites = engineSites.map((site, i) => (i === 0 ? asConstructed010(asWritten(site)) : asPlaced010(asWritten(site))));
  const top = sites[0];
  const column = rewriteEngineMessage(
    error,
    top && { file: top.getFileName() || functionCodeFile(top), line: top.getLineNumber(), column: top.getColumnNumber(), receiver: top.getThis() },
  );
  if (column !== undefined && top) {
    const view = siteView(top);
    view.getColumnNumber = () => column;
    view.toString = () => top.toString();
    sites[0] = view as unknown as CallSite;
  }
  return sites;
}

/** How many frames the program's Error.stackTraceLimit lets a stack show. */
function frameCount(error: unknown): number {
  const limit = programStackLimit(error);
  // V8 3.14 took a negative limit for no limit.
  return typeof limit !== 'number' ? 0 : limit < 0 ? Infinity : limit;
}

// V8 3.14 found a stack overflow on entering a function, and placed it at the `(` of the
// function's parameters; today's engine gives the function's start (its `function`, or a `(`
// around it) as the frame's enclosing position.
function noteOverflowSite(error: unknown, top: CallSite): void {
  const file = top.getFileName();
  const line = top.getEnclosingLineNumber ? top.getEnclosingLineNumber() : null;
  const column = top.getEnclosingColumnNumber ? top.getEnclosingColumnNumber() : null;
  if (!file || !line || !column) return;
  const text = sourceLine(file, line);
  const head = text === undefined ? null : /^\(*\s*function\b\s*[\w$]*\s*\(/.exec(text.slice(column - 1));
  noteTopFrame(error, file, line, head ? column + head[0].length - 1 : column);
}

// The engine's RangeError for a stack overflow (of this realm or a vm context's).
function isStackOverflow(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as Error).message === 'Maximum call stack size exceeded' &&
    (error instanceof RangeError || (error as Error).name === 'RangeError')
  );
}

/** A whole stack, as 0.10 printed err.stack. */
export function prepareStackTrace010(error: unknown, engineSites: CallSite[]): string | undefined {
  // A limit of 0: V8 3.14 gave the error a stack of undefined.
  if (programStackLimit(error) === 0) return undefined;
  const sites = sites010(error, engineSites);
  // Nor did it give a stack overflow one (an uncaught one still showed its site).
  if (isStackOverflow(error)) {
    const top = sites[0];
    if (top) noteOverflowSite(error, top);
    return undefined;
  }
  let out = header010(error);
  // An fs callback's error: 0.10 made it in C++, with no frames.
  if (sites.length > 1 && fsCallbackError(sites)) return out;
  let thrown = librarySite(error);
  const made = constructorFrame(thrown);
  out += made;
  // The program's Error.stackTraceLimit frames (the engine captured more: stack-limit.ts), V8
  // 3.14's constructor frame one of them.
  let room = frameCount(error) - (made ? 1 : 0);
  for (let i = 0; i < sites.length && room > 0; i++) {
    const site = sites[i];
    let line: string | undefined;
    try {
      line = frame010(site, sites[i + 1]);
    } catch {
      line = site.toString();
    }
    if (line !== undefined && thrown !== undefined) {
      line = atThrowSite(line, thrown);
      thrown = undefined;
    }
    if (line !== undefined) {
      if (line.indexOf('\n') < 0) {
        out += `\n    at ${line}`;
        room--;
      } else {
        // One n10 frame may stand for several of 0.10's (the -e wrapper's).
        const frames = line.split('\n    at ').slice(0, room);
        out += `\n    at ${frames.join('\n    at ')}`;
        room -= frames.length;
      }
    }
    if (nativeEntry(site)) break;
  }
  return out;
}

/**
 * Makes the engine's Error.prepareStackTrace format stacks as 0.10 did. The program's own Error
 * is another function (stack-limit.ts), where Error.prepareStackTrace reads as undefined (0.10's
 * value) until the program sets one; so with none set only the host reads this getter. Once the
 * program has set one, its reads come here too (through its Error's accessor): a sloppy getter's
 * `caller` is the program's (sloppy) function, null for strict code (the host's, the runtime's,
 * a program's strict code or top-level script); then the first caller past the runtime's frames
 * tells (the host's is node:internal/…).
 */
// The main realm's formatter state and Error (callSitesAbove).
let mainProbe: { state: { probing: boolean }; error: ErrorConstructor } | undefined;

/**
 * The engine's call sites above `above` (`frames` of them), unformatted: what it is cheap to
 * look up a stack by (function names, files), not to show.
 */
export function callSitesAbove(above: Function, frames: number): CallSite[] | undefined {
  if (mainProbe === undefined) return undefined;
  const s = probeStack(mainProbe.state, mainProbe.error, above, frames);
  return Array.isArray(s) ? (s as CallSite[]) : undefined;
}

/**
 * The stack above `above`, `frames` deep, as the formatter's probing mode leaves it: the call
 * sites, or a string where the host is formatting a stack already (V8 formats the probe itself).
 */
function probeStack(state: { probing: boolean }, error: ErrorConstructor, above: Function, frames: number): unknown {
  const statics = error as unknown as { stackTraceLimit: unknown };
  const limit = statics.stackTraceLimit;
  const probe: { stack?: unknown } = {};
  state.probing = true;
  try {
    statics.stackTraceLimit = frames;
    error.captureStackTrace(probe, above);
    return probe.stack;
  } finally {
    statics.stackTraceLimit = limit;
    state.probing = false;
  }
}

export function installStackFormat(E: ErrorConstructor): void {
  const state = { user: undefined as unknown, probing: false };
  if (mainProbe === undefined) mainProbe = { state, error: E };
  const sites = (_e: unknown, s: CallSite[]): CallSite[] => s;
  const fromHost = (getter: Function): boolean => {
    try {
      // A read through the program's Error (stack-limit.ts) comes through its accessor: the
      // reader is the first frame past the runtime's.
      const s = probeStack(state, E, getter, 3) as CallSite[] | string | undefined;
      // Within the host's formatting, V8 formats the probe itself (a string).
      if (typeof s === 'string') {
        const frames = s.split('\n').slice(1);
        return /\(node:/.test(frames.find((l) => !RUNTIME_FRAME.test(l) && !/\(<anonymous>\)$/.test(l)) || '');
      }
      const reader = Array.isArray(s) ? s.find((site) => site.getFileName() && !RUNTIME_FRAME.test(site.getFileName() || '')) : undefined;
      const file = reader ? reader.getFileName() : undefined;
      return typeof file === 'string' && file.startsWith('node:');
    } catch {
      return true;
    }
  };
  const format = function prepareStackTrace(error: unknown, frames: CallSite[]): string | undefined {
    return prepareStackTrace010(error, frames);
  };
  // A program's own formatter, as the host calls it: given the frames 0.10 would have had (n10's
  // plumbing left out), so that callers found by index (bunyan's src, callsite) are the program's.
  let userOwn: unknown;
  let userForHost: unknown;
  const forHost = (user: unknown): unknown => {
    if (typeof user !== 'function') return user;
    if (user !== userOwn) {
      userOwn = user;
      userForHost = function prepareStackTrace(this: unknown, error: unknown, frames: CallSite[]): unknown {
        const sites = sites010(error, frames);
        const top = sites[0];
        if (top) noteTopFrame(error, top.getFileName(), top.getLineNumber(), top.getColumnNumber());
        const shown = sites.filter(shown010).slice(0, frameCount(error));
        return (user as (e: unknown, f: unknown[]) => unknown).call(this, error, shown.map((site) => shaped010(site, shownAs010(site) as object)));
      };
    }
    return userForHost;
  };
  // Made with Function so that it is sloppy whatever the bundle's mode ('caller' is readable).
  const makeGetter = new Function(
    'state',
    'format',
    'sites',
    'fromHost',
    'forHost',
    'return function prepareStackTrace() { if (state.probing) return sites; ' +
      'if (state.user === undefined) return format; ' +
      'return prepareStackTrace.caller === null && fromHost(prepareStackTrace) ? forHost(state.user) : state.user; };',
  ) as (state: { user: unknown; probing: boolean }, format: typeof prepareStackTrace010, s: typeof sites, h: typeof fromHost, u: typeof forHost) => () => unknown;
  Object.defineProperty(E, 'prepareStackTrace', {
    get: makeGetter(state, format, sites, fromHost, forHost),
    set(value: unknown) {
      state.user = value === format ? undefined : value;
    },
    enumerable: false,
    configurable: true,
  });
}
