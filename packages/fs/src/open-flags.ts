// fs.open's flag strings, as 0.10's stringToFlags read them: exactly these strings (case
// matters), a number passes through untouched (and anything else that is not a string goes
// on to the binding, which rejects it: "flags must be an int").
import binding from '@n10/binding';
import { SITES, sited } from './throw-sites';

const c = binding.constants.fs;
const O_RDONLY = c.O_RDONLY ?? 0;
const O_WRONLY = c.O_WRONLY ?? 1;
const O_RDWR = c.O_RDWR ?? 2;
const O_CREAT = c.O_CREAT ?? 0o100;
const O_EXCL = c.O_EXCL ?? 0o200;
const O_TRUNC = c.O_TRUNC ?? 0o1000;
const O_APPEND = c.O_APPEND ?? 0o2000;
// 0.10 was built with Linux headers whose O_SYNC was 0o10000 (4096, the kernel's O_DSYNC
// bit): require('constants').O_SYNC and fs._stringToFlags('rs') read 4096 there, and 'rs'/'rs+'
// opened with that bit. Today's glibc O_SYNC (0o4010000) is read as 0.10's value.
const O_SYNC = c.O_SYNC === undefined || c.O_SYNC === 0o4010000 ? 0o10000 : c.O_SYNC;

const FLAGS: Record<string, number> = {
  r: O_RDONLY,
  rs: O_RDONLY | O_SYNC,
  'r+': O_RDWR,
  'rs+': O_RDWR | O_SYNC,
  w: O_TRUNC | O_CREAT | O_WRONLY,
  wx: O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  xw: O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'w+': O_TRUNC | O_CREAT | O_RDWR,
  'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  a: O_APPEND | O_CREAT | O_WRONLY,
  ax: O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  xa: O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  'a+': O_APPEND | O_CREAT | O_RDWR,
  'ax+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'xa+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
};

/** 'r' → O_RDONLY…; throws Error('Unknown file open flag: <flag>') for another string. */
export function stringToFlags(flag: unknown): unknown {
  if (typeof flag !== 'string') return flag;
  if (Object.prototype.hasOwnProperty.call(FLAGS, flag)) return FLAGS[flag];
  throw sited(new Error('Unknown file open flag: ' + flag), SITES.stringToFlags);
}
