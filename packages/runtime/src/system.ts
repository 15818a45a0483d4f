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
  /** Every symbolic link in `p` resolved (0.10's fs.realpathSync, over lstat/readlink). */
  realpath(p: string): string {
    const seen: Record<string, string> = {};
    if (p.charAt(0) !== '/') p = process.cwd() + '/' + p;
    let rest = p.split('/').filter(Boolean);
    let current = '';
    let hops = 0;
    while (rest.length) {
      const part = rest.shift() as string;
      if (part === '.') continue;
      if (part === '..') {
        current = current.slice(0, current.lastIndexOf('/'));
        continue;
      }
      const next = current + '/' + part;
      let st: Float64Array;
      try {
        st = binding.lstat(next) as unknown as Float64Array;
      } catch (e) {
        throw fsError(e, 'lstat', next);
      }
      if ((st[MODE] & S_IFMT) !== S_IFLNK) {
        current = next;
        continue;
      }
      if (++hops > 40) throw fsError({ code: 'ELOOP', errno: -40 }, 'lstat', next);
      const target = seen[next] ?? (seen[next] = binding.readlink(next) as string);
      if (target.charAt(0) === '/') current = '';
      rest = target.split('/').filter(Boolean).concat(rest);
    }
    return current || '/';
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
