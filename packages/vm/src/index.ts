// @n10/vm: node 0.10's require('vm'), on the host engine's V8 contexts.
import { createContext, type Context } from './context';
import { Script, compile, runCompiledInNewContext, runInContextChecked } from './script';

function createScript(code: string, filename?: string): Script {
  return new Script(code, filename);
}

function runInContext(code: string, context: Context, filename?: string): unknown {
  return runInContextChecked(code, context, filename);
}

function runInThisContext(code: string, filename?: string): unknown {
  return compile(code, filename).runInThisContext({ displayErrors: false });
}

function runInNewContext(code: string, sandbox?: object, filename?: string): unknown {
  return runCompiledInNewContext(compile(code, filename), sandbox);
}

const vm = { Script, createScript, createContext, runInContext, runInThisContext, runInNewContext };

export type { Context };
export { Script, createScript, createContext, runInContext, runInThisContext, runInNewContext };
export default vm;
