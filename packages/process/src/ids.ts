// getuid/setuid, getgid/setgid, getgroups/setgroups/initgroups: 0.10's argument checks and
// errors over the binding's calls. A failed system call is reported as 0.10's node.cc
// ErrnoException did: "EPERM, Operation not permitted" with the raw errno number (1), the
// code and the syscall; an unknown user or group name has its own message.
import type { Binding } from './native';

/** strerror(3) texts for what these calls can fail with. */
const STRERROR: Record<string, string> = {
  EPERM: 'Operation not permitted',
  EINVAL: 'Invalid argument',
  EAGAIN: 'Resource temporarily unavailable',
  ENOMEM: 'Cannot allocate memory',
  EACCES: 'Permission denied',
  EFAULT: 'Bad address',
  ENOENT: 'No such file or directory',
  ESRCH: 'No such process',
};

interface SyscallError extends Error {
  errno: number;
  code: string;
  syscall: string;
}

/** 0.10's ErrnoException(errno, syscall): the raw errno; libuv codes are -errno on Linux. */
function syscallError(b: Binding, err: number, syscall: string): SyscallError {
  const code = b.errname(err);
  const e = new Error(code + ', ' + (STRERROR[code] || 'Unknown error')) as SyscallError;
  e.errno = -err;
  e.code = code;
  e.syscall = syscall;
  return e;
}

const isId = (v: unknown): v is number | string => typeof v === 'number' || typeof v === 'string';

export interface IdFunctions {
  getuid(): number;
  setuid(id: number | string): void;
  setgid(id: number | string): void;
  getgid(): number;
  getgroups(): number[];
  setgroups(groups: Array<number | string>): void;
  initgroups(user: number | string, extraGroup: number | string): void;
}

/** The functions over the binding (`native()` is called on each use). */
export function idFunctions(native: () => Binding | null): IdFunctions {
  const ENOENT = -2;
  return {
    getuid() {
      const b = native();
      return b ? b.getuid() : 0;
    },
    setuid(id) {
      if (!isId(id)) throw new TypeError('setuid argument must be a number or a string');
      const b = native();
      if (!b) return;
      const err = b.setuid(id);
      if (err === ENOENT) throw new Error('setuid user id does not exist');
      if (err) throw syscallError(b, err, 'setuid');
    },
    setgid(id) {
      if (!isId(id)) throw new TypeError('setgid argument must be a number or a string');
      const b = native();
      if (!b) return;
      const err = b.setgid(id);
      if (err === ENOENT) throw new Error('setgid group id does not exist');
      if (err) throw syscallError(b, err, 'setgid');
    },
    getgid() {
      const b = native();
      return b ? b.getgid() : 0;
    },
    getgroups() {
      const b = native();
      return b ? b.getgroups() : [];
    },
    setgroups(groups) {
      if (!Array.isArray(groups)) throw new TypeError('argument 1 must be an array');
      for (let i = 0; i < groups.length; i++) if (!isId(groups[i])) throw new Error('group name not found');
      const b = native();
      if (!b) return;
      const err = b.setgroups(groups);
      if (err === ENOENT) throw new Error('group name not found');
      if (err) throw syscallError(b, err, 'setgroups');
    },
    initgroups(user, extraGroup) {
      if (!isId(user)) throw new TypeError('argument 1 must be a number or a string');
      if (!isId(extraGroup)) throw new TypeError('argument 2 must be a number or a string');
      const b = native();
      if (!b) return;
      const err = b.initgroups(user, extraGroup);
      if (err === ENOENT) {
        throw new Error(typeof extraGroup === 'string' ? 'initgroups extra group not found' : 'initgroups user not found');
      }
      if (err) throw syscallError(b, err, 'initgroups');
    },
  };
}
