// A program that could not be started, reported as 0.10 reported it.
//
// libuv 0.10 forked first and exec'd in the child: a missing program, a bad cwd or a failed
// setuid made the child print "<call>(): <strerror>" on its stderr and die, and node 0.10
// then emitted 'error' (spawn ENOENT, EACCES…) instead of 'exit', ended the stdio pipes and
// emitted 'close' with code -1. libuv 1.x reports the failure from uv_spawn itself, with no
// child, so here it is played back: from the loop (after the ticks queued by the caller,
// before the immediates it queues), the error, then the pipes' ends (the message on stderr,
// wherever stderr went), then 'close' (-1, null). Only fork-time failures (no memory, no
// processes, no descriptors) were synchronous throws in 0.10; see isForkFailure.
import type { Pipe, StreamHandle } from '@n10/binding';
import { Buffer } from '@n10/buffer';
import process from '@n10/process';
import timers from '@n10/timers';
import type { ChannelPipe } from './channel-types';
import type { ChildProcessInstance, SpawnInternalOptions } from './child-process';
import { flushStdio, maybeClose } from './child-process';
import { binding } from './native';
import type { NormalizedStdio } from './stdio';

/** The strerror(3) text glibc gives for the codes exec/chdir/setuid fail with. */
const STRERROR: Record<string, string> = {
  ENOENT: 'No such file or directory',
  EACCES: 'Permission denied',
  EPERM: 'Operation not permitted',
  ENOTDIR: 'Not a directory',
  ENOEXEC: 'Exec format error',
  E2BIG: 'Argument list too long',
  ELOOP: 'Too many levels of symbolic links',
  ENAMETOOLONG: 'File name too long',
  EISDIR: 'Is a directory',
  ETXTBSY: 'Text file busy',
  EINVAL: 'Invalid argument',
  EIO: 'Input/output error',
};

const FORK_FAILURES = new Set(['EAGAIN', 'ENOMEM', 'EMFILE', 'ENFILE']);

export function isForkFailure(err: number): boolean {
  return FORK_FAILURES.has(binding().codeOf(err));
}

/** The call the 0.10 child would have failed in: chdir for a cwd that is not a directory,
 * setgid/setuid for a refused identity, else execvp. */
function failedCall(code: string, options: SpawnInternalOptions): string {
  if (options.cwd && (code === 'ENOENT' || code === 'ENOTDIR')) {
    try {
      const b = binding();
      const mode = b.stat(options.cwd)[b.STAT_FIELDS.mode];
      if ((mode & 0o170000) !== 0o040000 /* S_IFDIR */) return 'chdir';
    } catch {
      return 'chdir';
    }
  }
  if (code === 'EPERM' && (options.gid !== undefined || options.uid !== undefined)) {
    return options.gid !== undefined ? 'setgid' : 'setuid';
  }
  return 'execvp';
}

/** Writes the child's last words to descriptor `fd` (stderr was shared with the child). */
function writeToFd(fd: number, text: string): void {
  try {
    binding().writeString(fd, text, null, 'utf8');
  } catch {
    // Nowhere to say it.
  }
}

/** Plays back the end of a child that never started (see the file comment). */
export function failSpawn(self: ChildProcessInstance, err: number, options: SpawnInternalOptions, stdio: NormalizedStdio): void {
  const b = binding();
  const code = b.codeOf(err);
  const text = failedCall(code, options) + '(): ' + (STRERROR[code] || code) + '\n';
  const stderr = stdio.entries[2];
  if (stderr && stderr.option.type === 'fd') writeToFd(stderr.option.fd, text);
  else if (stderr && stderr.option.type === 'wrap') writeToFd((stderr.option.handle as StreamHandle).fd, text);

  // 0.10 reported the failure from the handle's onexit, called from native code, and made the
  // error in a function errnoException: the frames a stack of it shows (the runtime shows them
  // as 0.10's and nothing below).
  function errnoException(status: number, syscall: string): Error {
    return b.errnoException(status, syscall);
  }
  function spawnFailedExit(): void {
    const handle = self._handle;
    self._handle = null;
    self.exitCode = -1;
    if (handle) handle.close();
    if (self.stdin) self.stdin.destroy();
    // (Two statements: the error's own stack and an 'error' listener's show two 0.10 lines.)
    const er = errnoException(err, 'spawn');
    self.emit('error', er);
  }
  timers.setImmediate(() => {
    spawnFailedExit();
    // As after any exit: output nobody reads must not hold 'close' back.
    process.nextTick(() => flushStdio(self));
    maybeClose(self);
    // Each readable pipe ends, one a loop turn (as the 0.10 child's pipes were read: each
    // one's 'close' comes before the next one's 'end'); stderr first says what went wrong.
    const pipes = stdio.entries.filter((entry, i) => i > 0 && entry.pipe && (entry.pipe as Pipe & ChannelPipe).onread);
    const playNext = (): void => {
      const entry = pipes.shift();
      if (!entry) return;
      const pipe = entry.pipe as Pipe & ChannelPipe;
      const onread = pipe.onread;
      if (onread) {
        if (entry === stdio.entries[2] && !entry.ipc) {
          const bytes = new Buffer(text, 'utf8');
          onread.call(pipe, bytes.length, bytes, undefined);
        }
        onread.call(pipe, b.uv.UV_EOF, undefined, undefined);
      }
      if (pipes.length) timers.setImmediate(playNext);
    };
    playNext();
  });
}
