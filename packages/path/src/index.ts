// @n10/path: node 0.10's require('path'). Like 0.10, the flavour is chosen once, when the
// module loads: win32 when process.platform is 'win32', POSIX everywhere else (including the
// browser, where @n10/process reports 'browser').
import process from '@n10/process';
import { exists, existsSync } from './exists';
import * as posix from './posix';
import * as win32 from './win32';

export interface Path {
  resolve(...paths: string[]): string;
  normalize(p: string): string;
  join(...paths: string[]): string;
  relative(from: string, to: string): string;
  sep: string;
  delimiter: string;
  dirname(p: string): string;
  basename(p: string, ext?: string): string;
  extname(p: string): string;
  /** Deprecated in 0.10: fs.exists. */
  exists(path: string, callback?: (exists: boolean) => void): void;
  /** Deprecated in 0.10: fs.existsSync. */
  existsSync(path: string): boolean;
  /** Used by fs on Windows to reach long paths; the identity on POSIX. */
  _makeLong(p: string): string;
}

const flavour = process.platform === 'win32' ? win32 : posix;

// Same keys in the same order as 0.10's module object.
const path: Path = {
  resolve: flavour.resolve,
  normalize: flavour.normalize,
  join: flavour.join,
  relative: flavour.relative,
  sep: flavour.sep,
  delimiter: flavour.delimiter,
  dirname: flavour.dirname,
  basename: flavour.basename,
  extname: flavour.extname,
  exists,
  existsSync,
  _makeLong: flavour.makeLong,
};

flavour.bindModule(path);

// Today's engines name a function after the property or variable it is assigned to; 0.10's
// `exports.join = function (…)` had '' (what util.inspect and a program reading .name see).
for (const fn of [path.resolve, path.normalize, path.join, path.relative, path.dirname, path.basename, path.extname, path._makeLong]) {
  Object.defineProperty(fn, 'name', { value: '', configurable: true });
}

export const { resolve, normalize, join, relative, sep, delimiter, dirname, basename, extname, _makeLong } = path;
export { exists, existsSync };
export default path;
