// A V8 code cache for the runtime's own loads: n10's package bundles (and the npm modules
// they use: bn.js, pako…), which the host's CommonJS loader compiles. Compiling them was the
// largest part of n10's start-up; V8 deserialises a cached compile in a fraction of that.
// (Node 22's module.enableCompileCache does this for every module; node 20 has no such thing,
// so this hooks the host loader's Module.prototype._compile and compiles with vm.Script.)
//
// bin/n10.js installs it before loading dist/cli.js. The program's own modules do not go
// through here (module.ts compiles them). With it, n10's bundles skip the host's search for
// the package.json that says whether a .js file is CommonJS (theirs always are).
//
// - Where: $N10_COMPILE_CACHE if set, else <tmpdir>/n10-compile-cache-<uid> (made 0700; not
//   used if it is not a directory of ours that only we can write, since cached code runs as
//   it is). N10_DISABLE_COMPILE_CACHE=1 turns it off. A directory that cannot be made or
//   written to only means no cache.
// - Under it, one directory per V8 version and architecture; one file per source file and
//   set of V8 flags. The entry's header holds the source's path, size, mtime and ctime and
//   the flags: any difference is a miss. V8 itself checks its version, flags and the
//   source's length, and says so (script.cachedDataRejected): a rejected entry is made again.
// - Written at exit, when the cache was missing or rejected: then V8 serialises every
//   function the run compiled, not only the top level. Each file is written to a temporary
//   name and renamed into place, so concurrent runs only ever see whole entries (the last
//   rename wins; all of them are equally good).
import type * as HostFs from 'node:fs';
import type * as HostVm from 'node:vm';

interface HostModule {
  exports: unknown;
  require(id: string): unknown;
  _compile(content: string, filename: string, format?: string): unknown;
}
type ExtensionLoader = (this: unknown, module: HostModule, filename: string) => void;
type CompileMethod = (this: HostModule, content: string, filename: string, format?: string) => unknown;
interface HostModuleStatics {
  prototype: HostModule & { _compile: CompileMethod };
  _resolveFilename(request: string, parent: HostModule, isMain: boolean, options?: unknown): string;
  _resolveLookupPaths(request: string, parent: HostModule): string[] | null;
  _extensions: Record<string, ExtensionLoader>;
  _cache: Record<string, HostModule>;
}
interface Pending {
  script: HostVm.Script;
  file: string;
  header: string;
}

// Captured now: the program's global object replaces process and Buffer later.
const hostProcess = process;
const HostBuffer = Buffer;
const fs = require('node:fs') as typeof HostFs;
const vm = require('node:vm') as typeof HostVm;
const hostModule = require('node:module') as HostModuleStatics;

const MAGIC = 0x4331304e; // 'N10C'
const WRAP_HEAD = '(function (exports, require, module, __filename, __dirname) { ';
const WRAP_TAIL = '\n})';

let root: string | undefined;
let mustOwnRoot = false;
let dir = '';
/** undefined: not checked yet. */
let rootUsable: boolean | undefined;
let flags = '';
let pending: Pending[] = [];
let installed = false;
/** The entry header of the file the '.js' loader is about to read: made from a stat taken
 * before the read, so that a file changed in between is a miss next time, never an entry
 * that claims the new file for the old code. */
let statted: { filename: string; header: string | undefined } | undefined;

/** Starts compiling the host loader's modules through the cache (once). */
export function install(): void {
  if (installed) return;
  installed = true;
  const env = hostProcess.env;
  if (env.N10_DISABLE_COMPILE_CACHE && env.N10_DISABLE_COMPILE_CACHE !== '0') return;
  if (env.N10_COMPILE_CACHE) {
    // (Absolute now: the program may change directory before a package loads.)
    root = (require('node:path') as typeof import('node:path')).resolve(env.N10_COMPILE_CACHE);
  } else {
    // os.tmpdir()'s rule, without loading os.
    const tmp = (env.TMPDIR || env.TMP || env.TEMP || '/tmp').replace(/(.)\/+$/, '$1');
    const uid = typeof hostProcess.getuid === 'function' ? hostProcess.getuid() : 'user';
    root = `${tmp}/n10-compile-cache-${uid}`;
    mustOwnRoot = true;
  }
  dir = `${root}/v8-${hostProcess.versions.v8}-${hostProcess.arch}`;
  const proto = hostModule.prototype;
  const compileAsUsual = proto._compile;
  proto._compile = function (this: HostModule, content: string, filename: string, format?: string): unknown {
    if ((format !== undefined && format !== 'commonjs') || content.charCodeAt(0) === 35 /* # */) {
      return compileAsUsual.call(this, content, filename, format);
    }
    let fn: (...args: unknown[]) => unknown;
    try {
      fn = compileCached(content, filename);
    } catch {
      // Not a plain CommonJS script (or not valid): the host says what it is.
      return compileAsUsual.call(this, content, filename, format);
    }
    const slash = filename.lastIndexOf('/');
    const dirname = slash > 0 ? filename.slice(0, slash) : '/';
    return fn.call(this.exports, this.exports, makeRequire(this), this, filename, dirname);
  };
  // n10's own bundles (<packages>/<name>/dist/<entry>.js) are CommonJS: the host need not look
  // for the package.json around each to learn that.
  const packages = __dirname.slice(0, __dirname.lastIndexOf('/', __dirname.lastIndexOf('/') - 1) + 1);
  const extensions = hostModule._extensions;
  const jsAsUsual = extensions['.js'];
  extensions['.js'] = function (this: unknown, module: HostModule, filename: string): void {
    statted = { filename, header: usableRoot() ? entryHeader(filename) : undefined };
    if (filename.startsWith(packages) && /^[^/]+\/dist\/[^/]+\.js$/.test(filename.slice(packages.length))) {
      module._compile(fs.readFileSync(filename, 'utf8'), filename, 'commonjs');
      return;
    }
    jsAsUsual.call(this, module, filename);
  };
  hostProcess.on('exit', flush);
}

/** Called before V8 flags are set after start-up (`n10 --harmony`, --expose-gc): what was
 * compiled so far is written now, under the flags it was compiled with, and what is compiled
 * from now on is keyed by the new ones. */
export function noteV8Flags(list: string[]): void {
  if (root === undefined) return;
  flush();
  flags += list.join(' ') + ' ';
}

function entryHeader(filename: string): string | undefined {
  try {
    const st = fs.statSync(filename);
    return JSON.stringify([filename, st.size, st.mtimeMs, st.ctimeMs, flags]);
  } catch {
    return undefined;
  }
}

function compileCached(content: string, filename: string): (...args: unknown[]) => unknown {
  const source = WRAP_HEAD + content + WRAP_TAIL;
  // Only what the '.js' loader read just now has a header (another route: no cache).
  const header = statted !== undefined && statted.filename === filename ? statted.header : undefined;
  statted = undefined;
  let cachedData: Buffer | undefined;
  const file = header === undefined ? '' : `${dir}/${hash(filename + '\0' + flags)}.v8`;
  if (header !== undefined) cachedData = readEntry(file, header);
  const script = new vm.Script(source, { filename, cachedData });
  if (header !== undefined && (cachedData === undefined || script.cachedDataRejected)) {
    pending.push({ script, file, header });
  }
  return script.runInThisContext() as (...args: unknown[]) => unknown;
}

/** The host loader's `require` for a module (as its makeRequireFunction makes it). */
function makeRequire(mod: HostModule): NodeJS.Require {
  const require = function require(id: string): unknown {
    return mod.require(id);
  } as NodeJS.Require;
  const resolve = function resolve(request: string, options?: unknown): string {
    return hostModule._resolveFilename(request, mod, false, options);
  } as NodeJS.RequireResolve;
  resolve.paths = function paths(request: string): string[] | null {
    return hostModule._resolveLookupPaths(request, mod);
  };
  require.resolve = resolve;
  require.main = hostProcess.mainModule;
  require.extensions = hostModule._extensions as unknown as NodeJS.Require['extensions'];
  require.cache = hostModule._cache as unknown as NodeJS.Require['cache'];
  return require;
}

/** Whether the cache directory may be read: absent (nothing to read), or ours alone. */
function usableRoot(): boolean {
  if (rootUsable === undefined) rootUsable = checkRoot(false);
  return rootUsable;
}

function checkRoot(mustExist: boolean): boolean {
  if (!mustOwnRoot) return true;
  let st: HostFs.Stats;
  try {
    st = fs.lstatSync(root as string);
  } catch {
    return !mustExist;
  }
  return st.isDirectory() && st.uid === hostProcess.getuid?.() && (st.mode & 0o022) === 0;
}

function readEntry(file: string, header: string): Buffer | undefined {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  if (buf.length < 12 || buf.readUInt32LE(0) !== MAGIC) return undefined;
  const headerLength = buf.readUInt32LE(4);
  const dataLength = buf.readUInt32LE(8);
  if (12 + headerLength + dataLength !== buf.length) return undefined;
  if (buf.toString('utf8', 12, 12 + headerLength) !== header) return undefined;
  return buf.subarray(12 + headerLength);
}

function flush(): void {
  if (pending.length === 0 || root === undefined) return;
  const list = pending;
  pending = [];
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch {
    return;
  }
  // Made now, or there already: ours alone, or nothing is written.
  if (!checkRoot(true)) return;
  for (const entry of list) {
    const tmp = `${entry.file}.${hostProcess.pid}.tmp`;
    try {
      const data = entry.script.createCachedData();
      const header = HostBuffer.from(entry.header, 'utf8');
      const fixed = HostBuffer.alloc(12);
      fixed.writeUInt32LE(MAGIC, 0);
      fixed.writeUInt32LE(header.length, 4);
      fixed.writeUInt32LE(data.length, 8);
      fs.writeFileSync(tmp, HostBuffer.concat([fixed, header, data]), { mode: 0o600 });
      fs.renameSync(tmp, entry.file);
    } catch {
      try {
        fs.unlinkSync(tmp);
      } catch {
        // nothing was written
      }
    }
  }
}

/** 64 bits of FNV-1a (two 32-bit halves), as hex: a file name for a path. */
function hash(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
