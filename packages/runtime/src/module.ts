// The module system: node 0.10's `require('module')`.
//
// Programs and libraries patch this object (Module._load, Module._resolveFilename,
// Module._extensions, Module.prototype.require …), so every internal step calls through the
// public properties exactly where 0.10 does, and the enumerable shape matches 0.10's.
import { compileWrapper } from './compile';
import { ASSERT_SITE, setThrowSite, type ThrowSite } from './throw-site';
import { coreModule, isCoreModule } from './core-modules';
import path from '@n10/path';
import { dlopen } from './host';
import { moduleFs, system } from './system';
import { withSource } from './native-functions';

export interface N10Require {
  (id: string): unknown;
  resolve(request: string): string;
  main: N10Module | undefined;
  extensions: Record<string, ExtensionLoader>;
  registerExtension(): never;
  cache: Record<string, N10Module>;
}

export type ExtensionLoader = (module: N10Module, filename: string) => void;

export interface N10Module {
  id: string;
  exports: unknown;
  parent: N10Module | null;
  filename: string | null;
  loaded: boolean;
  children: N10Module[];
  paths?: string[];
  load(filename: string): void;
  require(id: string): unknown;
  _compile(content: string, filename: string): unknown;
}

interface ModuleStatics {
  new (id: string, parent?: N10Module | null): N10Module;
  (id: string, parent?: N10Module | null): void;
  prototype: N10Module;
  _contextLoad: boolean;
  _cache: Record<string, N10Module>;
  _pathCache: Record<string, string>;
  _extensions: Record<string, ExtensionLoader>;
  globalPaths: string[];
  wrapper: [string, string];
  wrap(script: string): string;
  _debug(...args: unknown[]): void;
  _realpathCache: Record<string, string>;
  _findPath(request: string, paths: string[]): string | false;
  _nodeModulePaths(from: string): string[];
  _resolveLookupPaths(request: string, parent: N10Module | null | undefined): [string, string[]];
  _load(request: string, parent: N10Module | null | undefined, isMain?: boolean): unknown;
  _resolveFilename(request: string, parent: N10Module | null | undefined): string;
  runMain(): void;
  _initPaths(): void;
  requireRepl(): unknown;
  Module: ModuleStatics;
}

/** Hooks the runtime fills in: the process object the module system reports to. */
export const moduleHooks = {
  setMainModule: (_m: N10Module): void => undefined,
  mainModule: (): N10Module | undefined => undefined,
  mainFilename: (): string => '',
  afterMain: (): void => undefined,
  assert: (ok: unknown, message: string): void => {
    if (!ok) throw new Error(message);
  },
};

// Where 0.10's module.js (and assert.js) threw the loader's errors: an uncaught one shows
// that line, as 0.10's report did (throw-site.ts).
function site(file: string, line: number, text: string, caretCol: number): ThrowSite {
  return { file, line, text, caret: ' '.repeat(caretCol) + '^' };
}
const NOT_FOUND_SITE = site('module.js', 340, '    throw err;', 10);
const PACKAGE_JSON_SITE = site('module.js', 117, '    throw e;', 10);
const JSON_SITE = site('module.js', 485, '    throw err;', 10);

function thrownAt<E>(err: E, where: ThrowSite): E {
  if (typeof err === 'object' && err !== null) setThrowSite(err, where);
  return err;
}

function check(ok: unknown, message: string): void {
  try {
    moduleHooks.assert(ok, message);
  } catch (e) {
    throw thrownAt(e, ASSERT_SITE);
  }
}

let modulePaths: string[] = [];

const Module = function Module(this: N10Module, id: string, parent?: N10Module | null) {
  this.id = id;
  this.exports = {};
  this.parent = parent || null;
  if (parent && parent.children) parent.children.push(this);
  this.filename = null;
  this.loaded = false;
  this.children = [];
} as unknown as ModuleStatics;

// 0.10 lists exactly these own statics, in this order.
Module._contextLoad = Number(system.env.NODE_MODULE_CONTEXTS) > 0;
Module._cache = {};
Module._pathCache = {};
Module._extensions = {};
Module.globalPaths = [];
Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
Module.wrap = function (script: string): string {
  return Module.wrapper[0] + script + Module.wrapper[1];
};

const debugModule = /\bmodule\b/.test(system.env.NODE_DEBUG || '');
Module._debug = debugModule
  ? function (...args: unknown[]) {
      process_stderr(`${args.map(String).join(' ')}\n`);
    }
  : function () {};

Module._realpathCache = {};

// Cached reads of package.json "main" (0.10 caches per directory, including misses).
const packageMainCache: Record<string, string | false> = {};

function readPackageMain(requestPath: string): string | false {
  if (Object.prototype.hasOwnProperty.call(packageMainCache, requestPath)) return packageMainCache[requestPath];
  const jsonPath = path.resolve(requestPath, 'package.json');
  if (moduleFs.kind(jsonPath) !== 'file') return (packageMainCache[requestPath] = false);
  const json = moduleFs.readFile(jsonPath);
  let main: string | false;
  try {
    main = (JSON.parse(json) as { main?: string }).main || false;
  } catch (e) {
    const err = e as Error & { path?: string };
    err.path = jsonPath;
    err.message = 'Error parsing ' + jsonPath + ': ' + err.message;
    throw thrownAt(err, PACKAGE_JSON_SITE);
  }
  return (packageMainCache[requestPath] = typeof main === 'string' ? main : false);
}

/** A regular file (not a directory) at requestPath, resolved through symlinks. */
function tryFile(requestPath: string): string | false {
  if (moduleFs.kind(requestPath) !== 'file') return false;
  return realpath(requestPath);
}

function realpath(p: string): string {
  return moduleFs.realpath(p, Module._realpathCache);
}

function tryExtensions(p: string, exts: string[]): string | false {
  for (const ext of exts) {
    const filename = tryFile(p + ext);
    if (filename) return filename;
  }
  return false;
}

function tryPackage(requestPath: string, exts: string[]): string | false {
  const main = readPackageMain(requestPath);
  if (!main) return false;
  const filename = path.resolve(requestPath, main);
  return tryFile(filename) || tryExtensions(filename, exts) || tryExtensions(path.resolve(filename, 'index'), exts);
}

Module._findPath = function (request: string, paths: string[]): string | false {
  const exts = Object.keys(Module._extensions);
  // An absolute request is looked up on its own (0.10's key names it with paths ['']).
  if (request.charAt(0) === '/') paths = [''];
  const trailingSlash = request.slice(-1) === '/';
  const cacheKey = JSON.stringify({ request, paths });
  if (Module._pathCache[cacheKey]) return Module._pathCache[cacheKey];
  for (const dir of paths) {
    const basePath = path.resolve(dir, request);
    let filename: string | false = false;
    if (!trailingSlash) {
      filename = tryFile(basePath);
      if (!filename) filename = tryExtensions(basePath, exts);
    }
    if (!filename) filename = tryPackage(basePath, exts);
    if (!filename) filename = tryExtensions(path.resolve(basePath, 'index'), exts);
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

// Every module of a directory gets the same list (a copy: programs push onto module.paths).
const nodeModulePathsCache = new Map<string, string[]>();

Module._nodeModulePaths = function (from: string): string[] {
  let paths = nodeModulePathsCache.get(from);
  if (paths === undefined) {
    const parts = path.resolve(from).split('/');
    paths = [];
    for (let tip = parts.length - 1; tip >= 0; tip--) {
      if (parts[tip] === 'node_modules') continue;
      paths.push(parts.slice(0, tip + 1).concat('node_modules').join('/'));
    }
    // (A relative `from` depends on the working directory: not kept.)
    if (from.charCodeAt(0) === 47 /* / */) nodeModulePathsCache.set(from, paths);
  }
  return paths.slice();
};

Module._resolveLookupPaths = function (request, parent): [string, string[]] {
  if (isCoreModule(request)) return [request, []];
  const start = request.substring(0, 2);
  if (start !== './' && start !== '..') {
    let paths = modulePaths;
    if (parent) {
      if (!parent.paths) parent.paths = [];
      paths = parent.paths.concat(paths);
    }
    return [request, paths];
  }
  // A relative request from something that is not a file module (the REPL, -e).
  if (!parent || !parent.id || !parent.filename) {
    return [request, ['.'].concat(modulePaths)];
  }
  const isIndex = /^index\.\w+?$/.test(path.basename(parent.filename));
  const parentIdPath = isIndex ? parent.id : path.dirname(parent.id);
  let id = path.resolve(parentIdPath, request);
  if (parentIdPath === '.' && id.indexOf('/') === -1) id = './' + id;
  return [id, [path.dirname(parent.filename)]];
};

Module._load = function (request, parent, isMain) {
  const filename = Module._resolveFilename(request, parent);
  const cached = Module._cache[filename];
  if (cached) return cached.exports;
  if (isCoreModule(filename)) return coreModule(filename);

  const module = new Module(filename, parent);
  if (isMain) {
    moduleHooks.setMainModule(module);
    module.id = '.';
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) delete Module._cache[filename];
  }
  return module.exports;
};

Module._resolveFilename = function (request, parent) {
  if (isCoreModule(request)) return request;
  const [, paths] = Module._resolveLookupPaths(request, parent);
  const filename = Module._findPath(request, paths);
  if (!filename) {
    const err = new Error("Cannot find module '" + request + "'") as Error & { code: string };
    err.code = 'MODULE_NOT_FOUND';
    throw thrownAt(err, NOT_FOUND_SITE);
  }
  return filename;
};

Module.prototype.load = function (this: N10Module, filename: string) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  let extension = path.extname(filename) || '.js';
  if (!Module._extensions[extension]) extension = '.js';
  Module._extensions[extension](this, filename);
  this.loaded = true;
};

Module.prototype.require = function (this: N10Module, request: string) {
  check(typeof request === 'string', 'path must be a string');
  check(request, 'missing path');
  return Module._load(request, this);
};

/** The `require` a module's code receives (0.10: one per compiled module). */
// Programs print require's source (assert messages of objects holding it, util.inspect with
// showHidden): 0.10's text, its parameter named path.
const REQUIRE_SOURCE = 'function require(path) {\n    return self.require(path);\n  }';
const REGISTER_EXTENSION_SOURCE =
  "function () {\n    throw new Error('require.registerExtension() removed. Use ' +\n                    'require.extensions instead.');\n  }";

export function makeRequire(self: N10Module): N10Require {
  const require = withSource<(request: string) => unknown>(function require(request: string) {
    return self.require(request);
  }, REQUIRE_SOURCE) as N10Require;
  require.resolve = function (request: string) {
    return Module._resolveFilename(request, self);
  };
  require.main = moduleHooks.mainModule();
  require.extensions = Module._extensions;
  require.registerExtension = withSource(function () {
    throw new Error('require.registerExtension() removed. Use require.extensions instead.');
  }, REGISTER_EXTENSION_SOURCE);
  require.cache = Module._cache;
  return require;
}

Module.prototype._compile = function (this: N10Module, content: string, filename: string) {
  content = content.replace(/^#!.*/, '');
  const require = makeRequire(this);
  const dirname = path.dirname(filename);
  const fn = compileWrapper(Module.wrap(content), filename) as (...args: unknown[]) => unknown;
  return fn.call(this.exports, this.exports, require, this, filename, dirname);
};

function stripBOM(content: string): string {
  return content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
}

Module._extensions['.js'] = function (module, filename) {
  module._compile(stripBOM(moduleFs.readFile(filename)), filename);
};

Module._extensions['.json'] = function (module, filename) {
  const content = moduleFs.readFile(filename);
  try {
    module.exports = JSON.parse(stripBOM(content));
  } catch (e) {
    const err = e as Error;
    err.message = filename + ': ' + err.message;
    throw thrownAt(err, JSON_SITE);
  }
};

Module._extensions['.node'] = function (module, filename) {
  dlopen(module, filename);
};

Module.runMain = function () {
  Module._load(moduleHooks.mainFilename(), null, true);
  moduleHooks.afterMain();
};

Module._initPaths = function () {
  let paths = [path.resolve(system.execPath, '..', '..', 'lib', 'node')];
  const home = system.env.HOME;
  if (home) {
    paths.unshift(path.resolve(home, '.node_libraries'));
    paths.unshift(path.resolve(home, '.node_modules'));
  }
  const nodePath = system.env.NODE_PATH;
  if (nodePath) paths = nodePath.split(':').filter(Boolean).concat(paths);
  modulePaths = paths;
  Module.globalPaths = modulePaths.slice(0);
};

Module.requireRepl = function () {
  return Module._load('repl', null);
};

Module.Module = Module;
Module._initPaths();

// Module._debug writes through whatever stderr the runtime has installed.
let process_stderr: (s: string) => void = () => undefined;
export function setModuleDebugWriter(write: (s: string) => void): void {
  process_stderr = write;
}

export { Module };
