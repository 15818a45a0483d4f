// The runtime's script compiler: V8 through the host's `vm`, the one host facility the
// runtime keeps (DESIGN.md). Every compiled source is remembered by file name so that an
// uncaught error can show its source line as 0.10 does (fatal.ts); compile errors are
// reported in 0.10's words (syntax-error.ts).
import { vm } from './host';
import { syntaxError010 } from './syntax-error';
import { writeSync } from './system';
import { exceptionLine } from './throw-site';
import { forgetAddedCode, withRuntimeCalls } from './program-edits';

const sources = new Map<string, string>();

// A program's source runs with the runtime's calls after its catch clauses and throws
// (program-edits.ts); what is kept to show (source lines, names) is the source as written: the
// two have the same lines, and columns that program-edits.ts maps back. Should the edits ever
// make a source fail to compile, it runs as written.
function compile(source: string, filename: string): InstanceType<typeof vm.Script> {
  sources.set(filename, source);
  const run = withRuntimeCalls(filename, source);
  try {
    return new vm.Script(run, { filename });
  } catch (e) {
    if (run === source) throw syntaxError010(e, source);
  }
  forgetAddedCode(filename);
  try {
    return new vm.Script(source, { filename });
  } catch (e) {
    throw syntaxError010(e, source);
  }
}

/**
 * Compiles a module wrapper in the program's realm and runs it (giving the function). A
 * compile error shows its site on stderr at once, as 0.10's did (throw-site.ts).
 */
export function compileWrapper(source: string, filename: string): unknown {
  let script;
  try {
    script = compile(source, filename);
  } catch (e) {
    const site = exceptionLine(e);
    if (site) writeSync(2, site);
    throw e;
  }
  return script.runInThisContext({ displayErrors: false });
}

/**
 * Runs a script in the global scope (`-e`, `-p`, a program on stdin). A throw is not
 * decorated by the host: fatal.ts shows its site once, as 0.10 did.
 */
export function runScript(source: string, filename: string): unknown {
  return compile(source, filename).runInThisContext({ displayErrors: false });
}

/** runScript for the program read from stdin: a function of its own, for its 0.10 frame ([stdin]-wrapper). */
export function runStdinScript(source: string): unknown {
  return compile(source, '[stdin]').runInThisContext({ displayErrors: false });
}

/** The sources this runtime compiled, in the order it first compiled them. */
export function compiledSources(): IterableIterator<string> {
  return sources.values();
}

/** How many sources this runtime compiled (a file compiled again counts once). */
export function compiledCount(): number {
  return sources.size;
}

/** The whole of a source this runtime compiled (a module's with its wrapper), if it knows it. */
export function compiledSource(filename: string): string | undefined {
  return sources.get(filename);
}

/** Line `line` (1-based) of a source this runtime compiled, if it knows it. */
export function sourceLine(filename: string, line: number): string | undefined {
  const src = sources.get(filename);
  if (src === undefined) return undefined;
  return src.split('\n')[line - 1];
}
