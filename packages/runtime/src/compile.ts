// The runtime's script compiler: V8 through the host's `vm`, the one host facility the
// runtime keeps (DESIGN.md). Every compiled source is remembered by file name so that an
// uncaught error can show its source line as 0.10 does (errors.ts).
import { vm } from './host';

const sources = new Map<string, string>();

/** Compiles a module wrapper (or any script) in the program's realm and runs it. */
export function compileWrapper(source: string, filename: string): unknown {
  sources.set(filename, source);
  const script = new vm.Script(source, { filename });
  return script.runInThisContext({ displayErrors: true });
}

/** Runs a script in the global scope (`-e`, `-p`, vm.runInThisContext). */
export function runScript(source: string, filename: string): unknown {
  sources.set(filename, source);
  return new vm.Script(source, { filename }).runInThisContext({ displayErrors: true });
}

/** Line `line` (1-based) of a source this runtime compiled, if it knows it. */
export function sourceLine(filename: string, line: number): string | undefined {
  const src = sources.get(filename);
  if (src === undefined) return undefined;
  return src.split('\n')[line - 1];
}
