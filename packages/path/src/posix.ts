// POSIX path functions with node 0.10's results (written from the manual and the oracle).
import process from '@n10/process';
import { normalizeSegments } from './normalize-array';
import { noMethod, sited } from './errors';

// 0.10's join, relative (and win32's _makeLong) called exports.normalize / exports.resolve: the
// module object's, which a program may replace. index.ts binds the module object; until then
// (this file used alone) they call the functions here.
interface Dispatch {
  normalize(p: string): string;
  resolve(...paths: string[]): string;
}
let exportsOf: Dispatch = {
  normalize: (p) => normalize(p),
  resolve: (...paths) => resolve(...paths),
};
export function bindModule(m: Dispatch): void {
  exportsOf = m;
}

/** The parts of a path: root ('/' or ''), dir (with its trailing '/'), base, ext. */
interface Parts {
  root: string;
  dir: string;
  base: string;
  ext: string;
}

/**
 * Splits like 0.10: trailing slashes are ignored; the extension runs from the last '.' of
 * the base name, except that a name starting with its only dot ('.bashrc'), '.' and '..'
 * have none. Non-strings are converted with String(), as 0.10's regexp exec did.
 */
function split(p: unknown): Parts {
  const s = String(p);
  const root = s.charCodeAt(0) === 47 /* / */ ? '/' : '';
  let end = s.length;
  while (end > root.length && s.charCodeAt(end - 1) === 47) end--;
  const baseStart = Math.max(s.lastIndexOf('/', end - 1) + 1, root.length);
  const base = s.slice(baseStart, end);
  const dot = base.lastIndexOf('.');
  const ext = dot > 0 && base !== '..' ? base.slice(dot) : '';
  return { root, dir: s.slice(root.length, baseStart), base, ext };
}

function nonEmpty(segment: string): boolean {
  return segment !== '';
}

// The lines of 0.10's path.js (its posix half) that threw these.
const RESOLVE_LINE = "        throw new TypeError('Arguments to path.resolve must be strings');";
const JOIN_LINE = "        throw new TypeError('Arguments to path.join must be strings');";

/** path.resolve([from ...], to) */
export const resolve = function (...paths: string[]): string {
  let resolved = '';
  let absolute = false;
  for (let i = paths.length - 1; i >= -1 && !absolute; i--) {
    const p: unknown = i >= 0 ? paths[i] : process.cwd();
    if (typeof p !== 'string') throw sited(new TypeError('Arguments to path.resolve must be strings'), 313, RESOLVE_LINE, 14);
    if (p === '') continue;
    resolved = p + '/' + resolved;
    absolute = p.charCodeAt(0) === 47;
  }
  const tail = normalizeSegments(resolved.split('/'), !absolute).join('/');
  return (absolute ? '/' : '') + tail || '.';
};

/** path.normalize(p) */
export const normalize = function (p: string): string {
  if (typeof p !== 'string' && (p == null || typeof (p as { charAt?: unknown }).charAt !== 'function')) {
    throw sited(noMethod(p, 'charAt'), 336, "    var isAbsolute = path.charAt(0) === '/',", 26);
  }
  const absolute = p.charAt(0) === '/';
  const trailingSlash = p.substr(-1) === '/';
  let tail = normalizeSegments(p.split('/'), !absolute).join('/');
  if (!tail && !absolute) tail = '.';
  if (tail && trailingSlash) tail += '/';
  return (absolute ? '/' : '') + tail;
};

/** path.join([path1], [path2], [...]) */
export const join = function (...paths: string[]): string {
  const kept = paths.filter((p: unknown) => {
    if (typeof p !== 'string') throw sited(new TypeError('Arguments to path.join must be strings'), 360, JOIN_LINE, 14);
    return p !== '';
  });
  return exportsOf.normalize(kept.join('/'));
};

/** path.relative(from, to) */
export const relative = function (from: string, to: string): string {
  const fromParts = exportsOf.resolve(from).split('/').filter(nonEmpty);
  const toParts = exportsOf.resolve(to).split('/').filter(nonEmpty);
  const length = Math.min(fromParts.length, toParts.length);
  let same = 0;
  while (same < length && fromParts[same] === toParts[same]) same++;
  const up: string[] = [];
  for (let i = same; i < fromParts.length; i++) up.push('..');
  return up.concat(toParts.slice(same)).join('/');
};

/** path.dirname(p) */
export const dirname = function (p: string): string {
  const { root, dir } = split(p);
  if (!root && !dir) return '.';
  return root + dir.slice(0, -1);
};

/** path.basename(p, [ext]) */
export const basename = function (p: string, ext?: string): string {
  const base = split(p).base;
  if (ext && base.substr(-1 * ext.length) === ext) return base.substr(0, base.length - ext.length);
  return base;
};

/** path.extname(p) */
export const extname = function (p: string): string {
  return split(p).ext;
};

export const sep = '/';
export const delimiter = ':';

/** Long-path prefixing is a win32 matter; on POSIX 0.10 returns its argument. */
export const makeLong = function (p: string): string {
  return p;
};
