// The error vocabulary: from the binding's negative libuv codes to node 0.10's errors.
//
// The binding reports libuv 1.x codes (UV_ENOENT = -2 on Linux). Node 0.10 programs see
// libuv 0.10's vocabulary instead: a code name ('ENOENT'), 0.10's own errno numbering
// (ENOENT is 34) and 0.10's descriptions ("no such file or directory"). Two shapes exist,
// and which one to build is the caller's policy (fs, net…), not the binding's:
//
//   net, dgram, child_process, dns, process:  errnoException(err, 'connect')
//     → Error('connect ECONNREFUSED') {code: 'ECONNREFUSED', errno: 'ECONNREFUSED',
//       syscall: 'connect'}                                   (errno is the code string)
//   fs, async:  uvException(err, 'open', '/nope')
//     → Error("ENOENT, open '/nope'") {errno: 34, code: 'ENOENT', path: '/nope'}
//   fs, sync:   uvException(err, 'open', '/nope', { sync: true })
//     → Error("ENOENT, no such file or directory '/nope'")
//       {errno: 34, code: 'ENOENT', path: '/nope', syscall: 'open'}
//
// (Checked against node v0.10.19: fs.open('/nope'), fs.openSync('/nope'), a refused
// net.connect; the key order of each error is 0.10's too.)

import type { BindingError } from './types';

/** libuv 0.10's error table: name → [0.10 errno, description]. Names libuv 1.x added
 * (ENXIO, ETXTBSY, EAI_*…) did not exist: 0.10 reported them as UNKNOWN (-1). */
export const ERRNO_010: Readonly<Record<string, readonly [number, string]>> = {
  UNKNOWN: [-1, 'unknown error'],
  OK: [0, 'success'],
  EOF: [1, 'end of file'],
  EADDRINFO: [2, 'getaddrinfo error'],
  EACCES: [3, 'permission denied'],
  EAGAIN: [4, 'resource temporarily unavailable'],
  EADDRINUSE: [5, 'address already in use'],
  EADDRNOTAVAIL: [6, 'address not available'],
  EAFNOSUPPORT: [7, 'address family not supported'],
  EALREADY: [8, 'connection already in progress'],
  EBADF: [9, 'bad file descriptor'],
  EBUSY: [10, 'resource busy or locked'],
  ECONNABORTED: [11, 'software caused connection abort'],
  ECONNREFUSED: [12, 'connection refused'],
  ECONNRESET: [13, 'connection reset by peer'],
  EDESTADDRREQ: [14, 'destination address required'],
  EFAULT: [15, 'bad address in system call argument'],
  EHOSTUNREACH: [16, 'host is unreachable'],
  EINTR: [17, 'interrupted system call'],
  EINVAL: [18, 'invalid argument'],
  EISCONN: [19, 'socket is already connected'],
  EMFILE: [20, 'too many open files'],
  EMSGSIZE: [21, 'message too long'],
  ENETDOWN: [22, 'network is down'],
  ENETUNREACH: [23, 'network is unreachable'],
  ENFILE: [24, 'file table overflow'],
  ENOBUFS: [25, 'no buffer space available'],
  ENOMEM: [26, 'not enough memory'],
  ENOTDIR: [27, 'not a directory'],
  EISDIR: [28, 'illegal operation on a directory'],
  ENONET: [29, 'machine is not on the network'],
  ENOTCONN: [31, 'socket is not connected'],
  ENOTSOCK: [32, 'socket operation on non-socket'],
  ENOTSUP: [33, 'operation not supported on socket'],
  ENOENT: [34, 'no such file or directory'],
  ENOSYS: [35, 'function not implemented'],
  EPIPE: [36, 'broken pipe'],
  EPROTO: [37, 'protocol error'],
  EPROTONOSUPPORT: [38, 'protocol not supported'],
  EPROTOTYPE: [39, 'protocol wrong type for socket'],
  ETIMEDOUT: [40, 'connection timed out'],
  ECHARSET: [41, 'invalid Unicode character'],
  EAIFAMNOSUPPORT: [42, 'address family for hostname not supported'],
  EAISERVICE: [44, 'servname not supported for ai_socktype'],
  EAISOCKTYPE: [45, 'ai_socktype not supported'],
  ESHUTDOWN: [46, 'cannot send after transport endpoint shutdown'],
  EEXIST: [47, 'file already exists'],
  ESRCH: [48, 'no such process'],
  ENAMETOOLONG: [49, 'name too long'],
  EPERM: [50, 'operation not permitted'],
  ELOOP: [51, 'too many symbolic links encountered'],
  EXDEV: [52, 'cross-device link not permitted'],
  ENOTEMPTY: [53, 'directory not empty'],
  ENOSPC: [54, 'no space left on device'],
  EIO: [55, 'i/o error'],
  EROFS: [56, 'read-only file system'],
  ENODEV: [57, 'no such device'],
  ESPIPE: [58, 'invalid seek'],
  ECANCELED: [59, 'operation canceled'],
};

/** Turns a binding code (-2), a BindingError, or a name into the name: 'ENOENT'. */
export type ErrLike = number | string | Pick<BindingError, 'code'>;

let errnameFn: ((err: number) => string) | undefined;

/** index.ts hands over the native uv_err_name (errors.ts stays loadable without it). */
export function setErrname(fn: (err: number) => string): void {
  errnameFn = fn;
}

/** 'ENOENT' for -2; a string is returned as is; an error object gives its code. */
export function codeOf(err: ErrLike): string {
  if (typeof err === 'string') return err;
  if (typeof err === 'number') {
    if (err === 0) return 'OK';
    return errnameFn ? errnameFn(err) : 'UNKNOWN';
  }
  return err.code;
}

/** The name 0.10 would have reported: itself when 0.10 knew it, else 'UNKNOWN'. */
export function code010(err: ErrLike): string {
  const code = codeOf(err);
  return Object.prototype.hasOwnProperty.call(ERRNO_010, code) ? code : 'UNKNOWN';
}

/** 0.10's errno number: 34 for ENOENT; -1 (UNKNOWN) for names 0.10 did not have. */
export function errno010(err: ErrLike): number {
  return ERRNO_010[code010(err)][0];
}

/** 0.10's description: 'no such file or directory'. */
export function describe010(err: ErrLike): string {
  return ERRNO_010[code010(err)][1];
}

/** An error as 0.10's net/dgram/child_process/dns made them. */
export interface ErrnoException extends Error {
  code: string;
  /** the code string, as in 0.10 */
  errno: string;
  syscall: string;
}

/** 0.10's errnoException(err, syscall): message "<syscall> <CODE>" (plus " <extra>" when
 * given, e.g. an address), code = errno = the code name, syscall. */
export function errnoException(err: ErrLike, syscall: string, extra?: string): ErrnoException {
  const code = codeOf(err);
  const e = new Error(syscall + ' ' + code + (extra ? ' ' + extra : '')) as ErrnoException;
  e.code = code;
  e.errno = code;
  e.syscall = syscall;
  return e;
}

/** An error as 0.10's fs made them. */
export interface UVException extends Error {
  /** 0.10's number: 34 for ENOENT */
  errno: number;
  code: string;
  path?: string;
  /** sync errors only, as in 0.10 */
  syscall?: string;
}

export interface UVExceptionOptions {
  /** The synchronous form: message "<CODE>, <description>[ '<path>']", and a syscall
   * property. Default: the asynchronous form, "<CODE>, <syscall>[ '<path>']". */
  sync?: boolean;
}

/** 0.10's fs error (node.cc UVException): see the file comment for both forms. Codes 0.10
 * did not know come out as UNKNOWN, errno -1, as they did there. */
export function uvException(err: ErrLike, syscall: string, path?: string | null, options: UVExceptionOptions = {}): UVException {
  const code = code010(err);
  const [errno, description] = ERRNO_010[code];
  const where = path ? " '" + path + "'" : '';
  const e = new Error(code + ', ' + (options.sync ? description : syscall) + where) as UVException;
  e.errno = errno;
  e.code = code;
  if (path) e.path = path;
  if (options.sync) e.syscall = syscall;
  return e;
}
