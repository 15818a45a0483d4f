// @n10/vm: node 0.10's require('vm'), on the host engine's V8 contexts.
import { createContext, type Context } from './context';
import { DEFAULT_FILENAME, Script, compile, runCompiledInNewContext, runInContextChecked, source } from './script';

// Anonymous function expressions: 0.10's inspect shows these as [Function].
const createScript = function (code: string, filename?: string): Script {
  return new Script(code, filename);
};

const runInContext = function (code: string, context: Context, filename?: string): unknown {
  return runInContextChecked(code, context, arguments.length > 2 ? filename : DEFAULT_FILENAME);
};

const runInThisContext = function (code: string, filename?: string): unknown {
  return compile(code, arguments.length > 1 ? filename : DEFAULT_FILENAME).runInThisContext({ displayErrors: false });
};

const runInNewContext = function (code: string, sandbox?: object, filename?: string): unknown {
  return runCompiledInNewContext(source(code, arguments.length > 2 ? filename : DEFAULT_FILENAME), sandbox);
};

// 0.10's were native functions with no name and .length 0, except createScript
// (`function(code, ctx, name)`) and Script (3); today's engine names a function after its const.
for (const [fn, length] of [[createScript, 3], [createContext, 0], [runInContext, 0], [runInThisContext, 0], [runInNewContext, 0]] as const) {
  Object.defineProperty(fn, 'name', { value: '', configurable: true });
  Object.defineProperty(fn, 'length', { value: length, configurable: true });
}
Object.defineProperty(Script, 'length', { value: 3, configurable: true });

// 0.10's require('vm') is the Script constructor itself, carrying the module functions.
interface VmModule {
  new (code: string, filename?: string): Script;
  (code: string, filename?: string): Script;
  Script: typeof Script;
  createScript: typeof createScript;
  createContext: typeof createContext;
  runInContext: typeof runInContext;
  runInThisContext: typeof runInThisContext;
  runInNewContext: typeof runInNewContext;
}

const vm = Object.assign(Script, {
  Script,
  createScript,
  createContext,
  runInContext,
  runInThisContext,
  runInNewContext,
}) as unknown as VmModule;

export type { Context };
export { Script, createScript, createContext, runInContext, runInThisContext, runInNewContext };
export default vm;
