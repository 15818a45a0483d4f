// The program's `process`: @n10/process (binding-backed), configured for this run.
//
// What the runtime adds to it: the command line (argv, execArgv, execPath), the title node
// 0.10 showed, dlopen, the stdio factory (stdio.ts, loaded on first use), and the spinner:
// an idle handle that runs the ticks left over after maxTickDepth or a throw on the loop's
// next turn, as 0.10's did.
import binding from '@n10/binding';
import type { Idle } from '@n10/binding';
import process, { type N10Process } from '@n10/process';
import { exitOnTerminationSignals, setStdioFactory, useLoop, type StdioFd, type StdioStream } from '@n10/process/internal';
import { processBinding } from './process-binding';
import { dlopen, host } from './host';
import { writeSync } from './system';
import { takeSpareFd, withSpareFd } from './spare-fd';
import type { N10Module } from './module';

export type Process010 = N10Process & {
  mainModule?: N10Module;
  /** `-e`/`-p` source, or the program read from stdin (0.10 set both). */
  _eval?: string;
  /** `-p`/`--print` was given. */
  _print_eval?: boolean;
};

declare const require: (id: string) => unknown;

let stdio: ((fd: StdioFd) => StdioStream) | undefined;

/** stdio.ts is its own build entry, next to this one (dist/stdio.js). */
function createStdio(fd: StdioFd): StdioStream {
  return withSpareFd(() => {
    if (!stdio) stdio = (require(__dirname + '/stdio.js') as { createStdio(fd: StdioFd): StdioStream }).createStdio;
    return stdio(fd);
  });
}

let spinner: Idle | null = null;

function spin(): void {
  if (!spinner) {
    spinner = new binding.Idle();
    // The spinner drains the queue as 0.10's did (process._tickFromSpinner in its stacks);
    // the binding's drain after this callback then finds it empty.
    spinner.onidle = function onSpinnerIdle() {
      (spinner as Idle).stop();
      (process as Process010)._tickFromSpinner();
    };
  }
  spinner.start();
}

/**
 * SIGUSR1: 0.10 started its debugger agent on the first one, saying so on stderr (a
 * program's own 'SIGUSR1' listeners ran too). n10 has no debugger: it keeps the host's (an
 * inspector on port 9229) closed by taking the signal itself (an unref'd Signal handle) and
 * prints 0.10's lines once.
 */
function takeDebugSignal(): void {
  const signum = binding.constants.signals.SIGUSR1;
  if (signum === undefined) return;
  const wrap = new binding.Signal();
  wrap.unref();
  wrap.onsignal = () => {
    wrap.onsignal = () => undefined;
    writeSync(2, 'Hit SIGUSR1 - starting debugger agent.\ndebugger listening on port 5858\n');
  };
  if (wrap.start(signum)) wrap.close();
}

/**
 * Configures the program's process. `argv` is [execPath, script?, ...args] as 0.10 reports
 * it; `execArgv` the runtime options before the script.
 */
export function createProcess(argv: string[], execArgv: string[], execPath: string): Process010 {
  const p = process as Process010;
  p.title = 'node';
  p.arch = host.arch;
  p.argv = argv;
  p.execArgv = execArgv;
  p.execPath = execPath;
  p.dlopen = dlopen;
  p.binding = processBinding(p.binding);
  takeSpareFd();
  setStdioFactory(createStdio);
  useLoop(spin);
  binding.setTickCallback(p._tickCallback);
  takeDebugSignal();
  // SIGINT/SIGTERM with no listener: exit 130/143 as 0.10 (not a death by the signal).
  exitOnTerminationSignals();
  return p;
}
