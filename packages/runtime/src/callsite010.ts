// The call sites a program's own Error.prepareStackTrace is handed, as 0.10 would have handed
// them: a frame of an n10 package reads as the 0.10 library frame it stands for (coffee-script
// 1.6, callsite, tracing libraries format the sites themselves: "Module._compile
// (module.js:456:26)", not n10's built file and line). A program's frames are the engine's own.
// Each is shaped as V8 3.14's CallSite objects were: own `receiver`, `fun` and `pos`, the
// methods inherited (callsite users such as better-assert read `fun`).
import { compiledSource } from './compile';

/** What this module needs of a V8 call site. */
export interface Site {
  getThis(): unknown;
  getFileName(): string | undefined | null;
  toString(): string;
}

// A frame as stack.ts writes it: "name (where)" or "where"; where is "file:line:column",
// "file:line", "native" or a file alone.
const FRAME = /^(?:(.+?) \((.*)\)|(.*))$/;
const PLACE = /^(.*?)(?::(\d+))?(?::(\d+))?$/;

/** A frame name's pieces as V8 3.14's call sites gave them (stack.ts's name010 made them). */
export interface NameParts {
  type: string | null;
  functionName: string;
  method: string | null;
  toplevel: boolean;
}

/**
 * `site` as a 0.10 frame for a program's formatter: `text` is the frame as stack.ts wrote it
 * (frame010), `parts` the pieces of its name where 0.10's rules made it. Without them the name
 * is whole (its type and method included), and the site top-level.
 */
export function callSite010(site: Site, text: string, parts?: NameParts): object {
  const m = FRAME.exec(text) as RegExpExecArray;
  const name = m[1] ?? null;
  const where = m[1] !== undefined ? m[2] : m[3];
  const p = PLACE.exec(where) as RegExpExecArray;
  const native = where === 'native';
  const file = native ? undefined : p[1];
  const line = native || p[2] === undefined ? null : Number(p[2]);
  const column = native || p[3] === undefined ? null : Number(p[3]);
  const isConstructor = name !== null && name.startsWith('new ');
  const functionName = isConstructor ? (name as string).slice(4) : name;
  // The receiver's type, as 0.10's name starts with it ("Timer.listOnTimeout", "process._tickCallback");
  // a plain function's was the global object's, Object.
  const dot = functionName === null || isConstructor ? -1 : functionName.indexOf('.');
  const typeName = isConstructor ? null : dot > 0 ? (functionName as string).slice(0, dot) : 'Object';
  return {
    getThis: () => site.getThis(),
    getTypeName: () => (parts && !isConstructor ? parts.type : typeName),
    getFunction: () => undefined,
    getFunctionName: () => (parts ? parts.functionName || null : functionName),
    getMethodName: () => (parts ? parts.method : null),
    getFileName: () => file,
    getLineNumber: () => line,
    getColumnNumber: () => column,
    getEvalOrigin: () => undefined,
    getScriptNameOrSourceURL: () => file,
    isToplevel: () => (parts ? parts.toplevel : !isConstructor),
    isEval: () => false,
    isNative: () => native,
    isConstructor: () => isConstructor,
    isAsync: () => false,
    isPromiseAll: () => false,
    getPromiseIndex: () => null,
    toString: () => text,
  };
}

// The call site methods a program's frame keeps (the engine's own answers).
const METHODS = [
  'getThis', 'getTypeName', 'getFunction', 'getFunctionName', 'getMethodName', 'getFileName', 'getLineNumber',
  'getColumnNumber', 'getEvalOrigin', 'getScriptNameOrSourceURL', 'isToplevel', 'isEval', 'isNative',
  'isConstructor', 'isAsync', 'isPromiseAll', 'getPromiseIndex', 'getEnclosingLineNumber',
  'getEnclosingColumnNumber', 'getScriptHash', 'getPosition', 'toString',
] as const;

/** A call site's methods on an object of ours, to change some of them. */
export function siteView(site: Site): Record<string, unknown> {
  const view: Record<string, unknown> = {};
  const methods = site as unknown as Record<string, unknown>;
  for (const name of METHODS) {
    const method = methods[name];
    if (typeof method === 'function') view[name] = method.bind(site);
  }
  return view;
}

/**
 * A program's frame for a program's formatter: the engine's answers, but for getTypeName, which
 * V8 3.14 gave as the receiver's constructor's name, or its Object.prototype.toString when the
 * constructor had none ("[object Object]._onTimeout" for a timer; today's engine says Timeout).
 */
export function programSite010(site: Site): object {
  const view = siteView(site);
  const engineTypeName = view.getTypeName as (() => string | null) | undefined;
  view.getTypeName = (): string | null => {
    const self = site.getThis();
    if (self === undefined || self === null) return engineTypeName ? engineTypeName() : null;
    try {
      const ctor = (self as { constructor?: { name?: unknown } }).constructor;
      const name = ctor ? ctor.name : undefined;
      if (typeof name === 'string' && name !== '') return name;
      return Object.prototype.toString.call(self);
    } catch {
      return engineTypeName ? engineTypeName() : null;
    }
  };
  return view;
}

// The methods of a site as V8 3.14's CallSite.prototype had them: not enumerable.
function hideMethods(view: Record<string, unknown>): Record<string, unknown> {
  for (const name of Object.keys(view)) Object.defineProperty(view, name, { enumerable: false });
  return view;
}

/**
 * `view` (a site as 0.10 reads it) shaped as V8 3.14's CallSite: own `receiver` (the frame's
 * `this`), `fun` (its function) and `pos` (its offset in the script), the methods below.
 */
export function shaped010(site: Site & { getFunction?(): unknown }, view: object): object {
  // (The engine's own site: its methods answer only to it, so they go on a view of ours.)
  const methods = view === site ? siteView(site) : (view as Record<string, unknown>);
  const shaped = Object.create(hideMethods(methods)) as Record<string, unknown>;
  shaped.receiver = site.getThis();
  shaped.fun = site.getFunction ? site.getFunction() : undefined;
  shaped.pos = positionOf(view as { getFileName(): unknown; getLineNumber(): unknown; getColumnNumber(): unknown });
  return shaped;
}

/** The offset of a site in a source the runtime compiled (its module wrapper included, as 0.10's), else 0. */
function positionOf(view: { getFileName(): unknown; getLineNumber(): unknown; getColumnNumber(): unknown }): number {
  const file = view.getFileName();
  const line = view.getLineNumber();
  const column = view.getColumnNumber();
  const source = typeof file === 'string' ? compiledSource(file) : undefined;
  if (source === undefined || typeof line !== 'number' || typeof column !== 'number') return 0;
  let at = 0;
  for (let l = 1; l < line && at >= 0; l++) at = source.indexOf('\n', at) + 1;
  return at < 0 ? 0 : at + column - 1;
}
