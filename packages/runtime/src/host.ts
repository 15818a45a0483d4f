// What the runtime takes from the host node: the engine, and nothing of the OS (that is
// @n10/binding's: see system.ts, process-object.ts, stdio.ts).
//
// - V8: script compilation (`vm`), V8 flags, `gc`;
// - native addons: the host's dlopen (0.10's process.dlopen);
// - the host process's hooks that the engine reports through: 'uncaughtException' (a throw
//   from a binding callback arrives as napi_fatal_exception) and 'exit' (the loop ended);
// - the command line the engine was started with, and its architecture (no binding query);
// - the host's module loader, which loads n10's own packages (their CJS builds): taught the
//   direct path of each '@n10/<name>[/<entry>]' (see below).
// Captured at start-up, before the program's global object is scrubbed of host globals.
// cli.ts imports this file first.
// (Plain requires: an `import * as` of a host module copies its every property into a
// namespace object at start-up, a millisecond for these four.)
const hostVm = require('node:vm') as typeof import('node:vm');
const hostFs = require('node:fs') as typeof import('node:fs');
const hostModule = require('node:module') as typeof import('node:module');
const hostPath = require('node:path') as typeof import('node:path');

type HostProcess = NodeJS.Process;
const hostProcess: HostProcess = process;

export const vm = hostVm;

export const host = {
  argv: hostProcess.argv.slice(),
  arch: hostProcess.arch,
  on: hostProcess.on.bind(hostProcess) as HostProcess['on'],
};

const v8 = (): typeof import('node:v8') => require('node:v8') as typeof import('node:v8');

/** V8 options given on the command line (--harmony, --stack-size, …). */
export function setV8Flags(flags: string[]): void {
  noteV8Flags(flags);
  for (const f of flags) v8().setFlagsFromString(f);
}

/** `--expose-gc`: V8 only creates `gc` in contexts made after the flag is set. */
export function exposeGc(): () => void {
  noteV8Flags(['--expose-gc']);
  v8().setFlagsFromString('--expose-gc');
  return hostVm.runInNewContext('gc') as () => void;
}

/** Before V8's flags change: the code cache keys what it compiles from then on by them too
 * (a cache made under other flags is not for this V8). code-cache.ts is its own build entry, loaded by bin/n10.js. */
function noteV8Flags(flags: string[]): void {
  try {
    (require(__dirname + '/code-cache.js') as typeof import('./code-cache')).noteV8Flags(flags);
  } catch {
    // not running from dist/ (the library, under a test runner): no cache to tell
  }
}

/** Dynamic-library loading for `.node` addons (0.10's process.dlopen). */
export function dlopen(module: { exports: unknown }, filename: string): void {
  hostProcess.dlopen(module, filename);
}

// n10's packages sit next to this one (packages/<name>, or node_modules/@n10/<name> when
// installed). Resolving '@n10/x' through node_modules and each package.json's "exports" was
// a third of n10's start-up; the CJS entry of each is dist/<entry>.js, so go there directly
// (once per request; anything else, or a file that is not there, resolves as usual).
type Resolve = (request: string, ...rest: unknown[]) => string;
const loader = hostModule as unknown as { _resolveFilename: Resolve };
const resolveAsUsual = loader._resolveFilename;
const packagesDir = hostPath.resolve(__dirname, '..', '..');
const resolved = new Map<string, string | false>();

loader._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]): string {
  if (request.charCodeAt(0) === 64 /* @ */ && request.startsWith('@n10/')) {
    let file = resolved.get(request);
    if (file === undefined) {
      const [name, entry = 'index', more] = request.slice(5).split('/');
      file = false;
      if (name && more === undefined && entry.indexOf('.') < 0) {
        const candidate = hostPath.join(packagesDir, name, 'dist', entry + '.js');
        if (hostFs.existsSync(candidate)) file = candidate;
      }
      resolved.set(request, file);
    }
    if (file) return file;
  }
  return resolveAsUsual.call(this, request, ...rest);
};
