// 0.10's nullCheck: a path with a NUL byte is Error('Path must be a string without null
// bytes.'), thrown by sync calls, delivered on the next tick to async ones. A file of its own:
// its frame is one 0.10 had ("at nullCheck (fs.js…)"), unlike errors.ts's plumbing.
import process from '@n10/process';
import { SITES, sited } from './throw-sites';

/** 0.10's nullCheck: false (and the error scheduled for callback, or thrown) when the path
 * (as a string) contains a NUL byte. */
export function nullCheck(path: unknown, callback?: (err: Error) => void): boolean {
  if (('' + (path as string)).indexOf('\u0000') !== -1) {
    const er = new Error('Path must be a string without null bytes.');
    if (!callback) throw sited(er, SITES.nullCheck);
    process.nextTick(function () {
      callback(er);
    });
    return false;
  }
  return true;
}
