// win32 path functions with node 0.10's results: what require('path') is when
// process.platform is 'win32'. Written from the manual and from probing 0.10's behaviour.
import process from '@n10/process';
import { normalizeSegments } from './normalize-array';

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

function isSlash(code: number): boolean {
  return code === 47 /* / */ || code === 92 /* \ */;
}

/** Index of the first slash at or after `from` (or s.length). */
function nextSlash(s: string, from: number): number {
  let i = from;
  while (i < s.length && !isSlash(s.charCodeAt(i))) i++;
  return i;
}

/**
 * A path's device: a drive ('C:') or a UNC root ('\\server\share', any slashes), or ''.
 * A UNC root needs exactly two leading slashes and a non-empty server and share.
 */
function deviceOf(s: string): string {
  const c0 = s.charCodeAt(0);
  if (s.charCodeAt(1) === 58 /* : */ && ((c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122))) return s.slice(0, 2);
  if (!isSlash(c0) || !isSlash(s.charCodeAt(1)) || s.length < 3 || isSlash(s.charCodeAt(2))) return '';
  let i = nextSlash(s, 2);
  if (i === s.length) return '';
  while (i < s.length && isSlash(s.charCodeAt(i))) i++;
  if (i === s.length) return '';
  return s.slice(0, nextSlash(s, i));
}

interface DeviceParts {
  device: string;
  /** '\\' or '/' when the path is rooted on its device, else ''. */
  rootSlash: string;
  tail: string;
  isUnc: boolean;
  isAbsolute: boolean;
}

function splitDevice(s: string): DeviceParts {
  const device = deviceOf(s);
  const rootSlash = isSlash(s.charCodeAt(device.length)) ? s.charAt(device.length) : '';
  const isUnc = device !== '' && device.charAt(1) !== ':';
  return { device, rootSlash, tail: s.slice(device.length + rootSlash.length), isUnc, isAbsolute: rootSlash !== '' || isUnc };
}

/** '//server//share' -> '\\server\share' */
function normalizeUncRoot(device: string): string {
  return '\\\\' + device.replace(/^[\\/]+/, '').replace(/[\\/]+/g, '\\');
}

const SEPARATORS = /[\\/]+/;

/** root (device + root slash), dir (with trailing slash), base, ext — as posix.ts, for '\' and '/'. */
function split(p: unknown): { root: string; dir: string; base: string; ext: string } {
  const s = String(p);
  const { device, rootSlash, tail } = splitDevice(s);
  let end = tail.length;
  while (end > 0 && isSlash(tail.charCodeAt(end - 1))) end--;
  let baseStart = end;
  while (baseStart > 0 && !isSlash(tail.charCodeAt(baseStart - 1))) baseStart--;
  const base = tail.slice(baseStart, end);
  const dot = base.lastIndexOf('.');
  const ext = dot > 0 && base !== '..' ? base.slice(dot) : '';
  return { root: device + rootSlash, dir: tail.slice(0, baseStart), base, ext };
}

/** path.resolve([from ...], to) */
export const resolve = function (...paths: string[]): string {
  let resolvedDevice = '';
  let resolvedTail = '';
  let resolvedAbsolute = false;
  let lastIsUnc = false;
  for (let i = paths.length - 1; i >= -1; i--) {
    let p: unknown;
    if (i >= 0) {
      p = paths[i];
    } else if (!resolvedDevice) {
      p = process.cwd();
    } else {
      // The current directory of that drive, which Windows keeps in the '=C:' variables.
      const driveCwd = process.env['=' + resolvedDevice];
      p = driveCwd && driveCwd.substr(0, 3).toLowerCase() === resolvedDevice.toLowerCase() + '\\' ? driveCwd : resolvedDevice + '\\';
    }
    if (typeof p !== 'string') throw new TypeError('Arguments to path.resolve must be strings');
    if (p === '') continue;
    const parts = splitDevice(p);
    lastIsUnc = parts.isUnc;
    if (parts.device && resolvedDevice && parts.device.toLowerCase() !== resolvedDevice.toLowerCase()) continue;
    if (!resolvedDevice) resolvedDevice = parts.device;
    if (!resolvedAbsolute) {
      resolvedTail = parts.tail + '\\' + resolvedTail;
      resolvedAbsolute = parts.isAbsolute;
    }
    if (resolvedDevice && resolvedAbsolute) break;
  }
  // 0.10 asks whether the last path it looked at was UNC, not the device it kept.
  if (lastIsUnc) resolvedDevice = normalizeUncRoot(resolvedDevice);
  const tail = normalizeSegments(resolvedTail.split(SEPARATORS), !resolvedAbsolute).join('\\');
  return resolvedDevice + (resolvedAbsolute ? '\\' : '') + tail || '.';
};

/** path.normalize(p) */
export const normalize = function (p: string): string {
  const { device, tail, isUnc, isAbsolute } = splitDevice(p);
  const trailingSlash = isSlash(tail.charCodeAt(tail.length - 1));
  let out = normalizeSegments(tail.split(SEPARATORS), !isAbsolute).join('\\');
  if (!out && !isAbsolute) out = '.';
  if (out && trailingSlash) out += '\\';
  return (isUnc ? normalizeUncRoot(device) : device) + (isAbsolute ? '\\' : '') + out;
};

/** path.join([path1], [path2], [...]) */
export const join = function (...paths: string[]): string {
  const kept = paths.filter((p: unknown) => {
    if (typeof p !== 'string') throw new TypeError('Arguments to path.join must be strings');
    return p !== '';
  });
  let joined = kept.join('\\');
  // Two leading slashes would read as a UNC root; keep them only if the first path had them.
  if (!/^[\\/]{2}[^\\/]/.test(kept[0])) joined = joined.replace(/^[\\/]{2,}/, '\\');
  return exportsOf.normalize(joined);
};

/** path.relative(from, to): compared case-insensitively, as Windows names are. */
export const relative = function (from: string, to: string): string {
  const fromResolved = exportsOf.resolve(from);
  const toResolved = exportsOf.resolve(to);
  const toParts = trimEmpty(toResolved.split('\\'));
  const fromLower = trimEmpty(fromResolved.toLowerCase().split('\\'));
  const toLower = trimEmpty(toResolved.toLowerCase().split('\\'));
  const length = Math.min(fromLower.length, toLower.length);
  let same = 0;
  while (same < length && fromLower[same] === toLower[same]) same++;
  if (same === 0) return toResolved;
  const up: string[] = [];
  for (let i = same; i < fromLower.length; i++) up.push('..');
  return up.concat(toParts.slice(same)).join('\\');
};

/**
 * Drops the empty ends of a split path. 0.10 ends its slice at `end - start + 1` (a length
 * used as an index), which cuts UNC paths short ('\\srv\share\a' keeps only 'srv'); the
 * results of path.relative depend on it, so it is kept.
 */
function trimEmpty(parts: string[]): string[] {
  let start = 0;
  while (start < parts.length && parts[start] === '') start++;
  let end = parts.length - 1;
  while (end >= 0 && parts[end] === '') end--;
  return start > end ? [] : parts.slice(start, end - start + 1);
}

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

export const sep = '\\';
export const delimiter = ';';

/** Prefixes an absolute drive or UNC path with '\\?\' so Windows APIs accept long names. */
export const makeLong = function (p: string): string {
  if (typeof p !== 'string') return p;
  if (!p) return '';
  const resolved = exportsOf.resolve(p);
  if (/^[a-zA-Z]:\\/.test(resolved)) return '\\\\?\\' + resolved;
  if (/^\\\\[^?.]/.test(resolved)) return '\\\\?\\UNC\\' + resolved.substring(2);
  return p;
};
