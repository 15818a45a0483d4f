// The REPL, as node 0.10 started it: `n10` with no script and stdin a terminal, or `n10 -i`.
//
// 0.10 loaded its repl as a module of the program ('repl', in the current directory), so that
// the REPL's `require` resolves from there and `module` is that module. @n10/repl asks for
// this module through a hook on the process object (Symbol.for('n10.repl.module')); it is
// installed at start-up, so that a program's own repl.start() gets it too.
import path from '@n10/path';
import type { EventEmitter } from '@n10/events';
import { coreModule } from './core-modules';
import { Module, makeRequire, type N10Module, type N10Require } from './module';
import type { Process010 } from './process-object';

const MODULE_HOOK = Symbol.for('n10.repl.module');

interface ReplModule {
  module: N10Module;
  require: N10Require;
}

export function installReplModule(process: Process010): void {
  let made: ReplModule | undefined;
  (process as unknown as Record<symbol, () => ReplModule>)[MODULE_HOOK] = () => {
    if (!made) {
      const module = new Module('repl');
      // 0.10's: no parent (undefined), the repl module's exports, a file in the cwd.
      (module as { parent?: unknown }).parent = undefined;
      module.exports = coreModule('repl');
      module.filename = path.resolve('repl');
      module.paths = Module._nodeModulePaths(module.filename);
      made = { module, require: makeRequire(module) };
    }
    return made;
  };
}

/** Starts the REPL on stdin/stdout; its end ends the process. */
export function startRepl(process: Process010): void {
  const options: { useGlobal: boolean; ignoreUndefined: boolean; terminal?: boolean; useColors?: boolean } = {
    useGlobal: true,
    ignoreUndefined: false,
  };
  if (parseInt(process.env.NODE_NO_READLINE as string, 10)) options.terminal = false;
  if (parseInt(process.env.NODE_DISABLE_COLORS as string, 10)) options.useColors = false;
  const repl = (coreModule('repl') as { start(o: typeof options): EventEmitter }).start(options);
  repl.on('exit', () => {
    process.exit();
  });
}
