// What the runtime itself needs of the operating system, over @n10/binding: the module
// loader's file reads, synchronous writes to fd 1/2 (for -v, -h and option errors, as 0.10
// printed them from C), a program read from stdin, and the environment.
import binding from '@n10/binding';
import type { BindingError } from '@n10/binding';
import process from '@n10/process';

// Captured before the host globals are removed (globals.ts).
const utf8 = new TextDecoder('utf-8');
const utf8Encoder = new TextEncoder();

const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;
const MODE = binding.STAT_FIELDS.mode;

export type FileKind = 'file' | 'dir' | null;

function isCode(e: unknown, code: string): boolean {
  return !!e && (e as BindingError).code === code;
}

// One read buffer for every module source the runtime reads (a fresh 64 KiB buffer per read
// was most of the cost of requiring a tree of small modules); grown when a source is larger.
let scratch = new Uint8Array(65536);

/**
 * Reads a whole descriptor (a file, or a pipe on stdin), retrying EAGAIN and EINTR. The bytes
 * are a view of the shared buffer: valid until the next call.
 */
function readAll(fd: number): Uint8Array {
  let total = 0;
  for (;;) {
    if (total === scratch.length) {
      const bigger = new Uint8Array(scratch.length * 2);
      bigger.set(scratch);
      scratch = bigger;
    }
    let n: number;
    try {
      n = binding.read(fd, scratch, total, scratch.length - total, null);
    } catch (e) {
      if (isCode(e, 'EAGAIN') || isCode(e, 'EINTR')) continue;
      throw e;
    }
    if (n <= 0) break;
    total += n;
  }
  return scratch.subarray(0, total);
}

/** 0.10's fs error, for the module loader's messages (ENOENT, open '…'). */
function fsError(e: unknown, syscall: string, path: string): unknown {
  const err = e as BindingError;
  return err && typeof err.errno === 'number' ? binding.uvException(err, syscall, path, { sync: true }) : e;
}

/** The module loader's file-system needs. */
export const moduleFs = {
  kind(p: string): FileKind {
    try {
      const st = binding.stat(p) as unknown as Float64Array;
      return (st[MODE] & S_IFMT) === S_IFDIR ? 'dir' : 'file';
    } catch {
      return null;
    }
  },
  readFile(p: string): string {
    let fd: number;
    try {
      fd = binding.open(p, 0, 0o666);
    } catch (e) {
      throw fsError(e, 'open', p);
    }
    try {
      return utf8.decode(readAll(fd));
    } finally {
      binding.close(fd);
    }
  },
  /**
   * Every symbolic link in `p` resolved (0.10's fs.realpathSync, over lstat/readlink). With a
   * cache (require's Module._realpathCache), as 0.10 filled it: each directory walked through
   * maps to itself, each link to its target, and `p` to the result.
   */
  realpath(p: string, cache?: Record<string, string>): string {
    if (p.charAt(0) !== '/') p = process.cwd() + '/' + p;
    const original = normalPath(p);
    if (cache && Object.prototype.hasOwnProperty.call(cache, original)) return cache[original];
    const seen: Record<string, string> = {};
    let rest = original.split('/').filter(Boolean);
    let current = '';
    let hops = 0;
    while (rest.length) {
      const next = current + '/' + (rest.shift() as string);
      if (cache && cache[next] === next) {
        current = next;
        continue;
      }
      let target: string;
      if (cache && Object.prototype.hasOwnProperty.call(cache, next)) {
        target = cache[next];
      } else {
        let st: Float64Array;
        try {
          st = binding.lstat(next) as unknown as Float64Array;
        } catch (e) {
          throw fsError(e, 'lstat', next);
        }
        if ((st[MODE] & S_IFMT) !== S_IFLNK) {
          if (cache) cache[next] = next;
          current = next;
          continue;
        }
        if (++hops > 40) throw fsError({ code: 'ELOOP', errno: -40 }, 'lstat', next);
        const link = seen[next] ?? (seen[next] = binding.readlink(next) as string);
        target = normalPath(link.charAt(0) === '/' ? link : current + '/' + link);
        if (cache) cache[next] = target;
      }
      // The link's target, then what followed it, walked again from the root.
      rest = target.split('/').filter(Boolean).concat(rest);
      current = '';
    }
    const real = current || '/';
    if (cache) cache[original] = real;
    return real;
  },
};

/** Writes `text` to fd 1 or 2 now, all of it. */
export function writeSync(fd: 1 | 2, text: string): void {
  const bytes = utf8Encoder.encode(text);
  let off = 0;
  while (off < bytes.length) {
    try {
      off += binding.writeBuffer(fd, bytes, off, bytes.length - off, null);
    } catch (e) {
      if (!isCode(e, 'EAGAIN') && !isCode(e, 'EINTR')) throw e;
    }
  }
}

/** Ends the process now (no 'exit' event): the host's exit, through the binding. */
export function exitNow(code: number): never {
  binding.resetTTYMode();
  binding.exit(code);
  throw new Error('unreachable');
}

/** The facts the module system reads at start-up. */
export const system = {
  get env(): Record<string, string | undefined> {
    return process.env;
  },
  execPath: binding.getExecPath(),
  isatty: (fd: number): boolean => binding.isTTY(fd),
};

// An absolute path with its `.` and `..` parts and repeated slashes taken out.
function normalPath(p: string): string {
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return '/' + out.join('/');
}
