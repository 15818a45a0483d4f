// The contract of @n10/binding: every handle class, request and function the native addon
// exports, shaped like node 0.10's process.binding('tcp_wrap'|'pipe_wrap'|'fs'|…).
//
// Conventions (the same everywhere):
// - A call returns 0 or a negative libuv error code (UV_ENOENT is -2 on Linux; see `uv`,
//   `errname()`); it never throws for an OS error. A wrong argument TYPE throws a TypeError,
//   an out-of-range offset/length a RangeError. Exceptions: fs calls without a `req` and
//   value-returning queries (cwd, getHostname, new TTY…) throw a BindingError.
// - Results come back through fixed callback names set on the handle or request object:
//   onread, onconnection, oncomplete, onmessage, ontimeout, onexit, onsignal, onchange,
//   oncheck, onidle. A missing callback drops the event (0.10 aborted there).
// - Every callback runs like 0.10's MakeCallback: napi_make_callback in the handle's async
//   context, then the n10 tick queue (setTickCallback). An exception thrown by a callback
//   goes to the host's uncaught-exception path (process 'uncaughtException').
// - Buffers delivered to JS (onread, onmessage) are plain Uint8Arrays over a fresh
//   ArrayBuffer of exactly the bytes read: wrap them as n10 Buffers; never host Buffers.
// - Buffers passed to writes/sends/fs reads are any ArrayBufferView; the binding holds a
//   reference to them (and to the req object) until the request's callback has run.
// - A closed handle stays a valid object: its methods return UV_EBADF (kill: UV_ESRCH).

/** An Error from a failed uv call, as thrown by sync fs calls and delivered to fs
 * oncomplete. message is just the code ('ENOENT'): fs builds 0.10's message with
 * uvException() from './errors'. */
export interface BindingError extends Error {
  /** The negative libuv code (-2), not 0.10's number (34): see errno010(). */
  errno: number;
  /** 'ENOENT' */
  code: string;
  /** 'open', 'stat', 'utime' (0.10's names), or the uv function for non-fs calls */
  syscall?: string;
  /** the (first) path argument, when the call has one */
  path?: string;
  /** the second path (rename/link: the new path; symlink: the link path) */
  dest?: string;
}

/** {address, family, port} as getsockname/getpeername/rinfo report them. */
export interface SocketAddress {
  address: string;
  family: 'IPv4' | 'IPv6';
  port: number;
}

/** A request object: the caller's own object; the binding only reads `oncomplete`. */
interface Req {
  [field: string]: unknown;
}

/** writeBuffer / write*String */
export interface WriteReq extends Req {
  oncomplete(status: number, handle: StreamHandle, req: WriteReq): void;
  /** Set by the write call: bytes queued (strings: after encoding). */
  bytes?: number;
}

/** shutdown: completes after every queued write has been flushed. */
export interface ShutdownReq extends Req {
  oncomplete(status: number, handle: StreamHandle, req: ShutdownReq): void;
}

/** TCP/Pipe connect; readable and writable are always true (as in 0.10). */
export interface ConnectReq extends Req {
  oncomplete(status: number, handle: StreamHandle, req: ConnectReq, readable: boolean, writable: boolean): void;
}

/** UDP send/send6. */
export interface SendReq extends Req {
  oncomplete(status: number, handle: UDP, req: SendReq): void;
}

/** Any fs call made asynchronous by passing it last. err is null on success. */
export interface FSReq<T = unknown> extends Req {
  oncomplete(err: BindingError | null, result?: T): void;
}

/** getaddrinfo: addresses (IPv4 first, then IPv6) when status is 0; status is a negative
 * uv code such as UV_EAI_NONAME otherwise (0.10's dns reported those as ENOTFOUND). */
export interface GetAddrInfoReq extends Req {
  oncomplete(status: number, addresses?: string[]): void;
}

export interface GetNameInfoReq extends Req {
  oncomplete(status: number, hostname?: string, service?: string): void;
}

// ---------------------------------------------------------------------------------------
// Handles

/** What every handle has (0.10's HandleWrap). */
export interface HandleWrap {
  /** Closes the handle; `callback` runs (this = handle, no arguments) from the loop once it
   * is closed. Pending writes/connects/shutdowns complete first with UV_ECANCELED. Calling
   * close() again does nothing. */
  close(callback?: () => void): void;
  /** Make the handle keep (ref) or not keep (unref) the event loop alive. */
  ref(): void;
  unref(): void;
  hasRef(): boolean;
  /** The OS descriptor, or -1 (none yet, closed, or not applicable). */
  readonly fd: number;
  /** Free for the JS layer (0.10's net.Socket set handle.owner). */
  owner?: unknown;
}

/** A handle an IPC pipe can send, and that onread can deliver as pendingHandle. */
export type SendableHandle = TCP | Pipe | UDP;

/** TCP, Pipe and TTY (0.10's StreamWrap). */
export interface StreamHandle extends HandleWrap {
  /** Start/stop delivering onread. Starting twice is fine. */
  readStart(): number;
  readStop(): number;
  /** Each read: nread > 0 with a fresh Uint8Array of exactly nread bytes; nread < 0 with no
   * buffer on end of stream (UV_EOF, -4095) or an error (UV_ECONNRESET…). On an IPC pipe,
   * pendingHandle is a handle the peer sent with the data. */
  onread?(nread: number, buffer: Uint8Array | undefined, pendingHandle: SendableHandle | undefined): void;
  shutdown(req: ShutdownReq): number;
  /** Queues a write (libuv tries it at once). sendHandle: IPC pipes only. */
  writeBuffer(req: WriteReq, buffer: ArrayBufferView, sendHandle?: SendableHandle): number;
  writeUtf8String(req: WriteReq, string: string, sendHandle?: SendableHandle): number;
  /** 'ascii' in 0.10 writes the low byte of each char, exactly like 'binary' (latin1). */
  writeAsciiString(req: WriteReq, string: string, sendHandle?: SendableHandle): number;
  writeLatin1String(req: WriteReq, string: string, sendHandle?: SendableHandle): number;
  /** UTF-16LE */
  writeUcs2String(req: WriteReq, string: string, sendHandle?: SendableHandle): number;
  /** Bytes queued but not yet written: updated after every write call and completion. */
  readonly writeQueueSize: number;
}

export interface TCP extends StreamHandle {
  /** Wraps an open TCP socket; UV_EINVAL for any other kind of descriptor (guessHandleType
   * 'TCP' only: libuv would abort polling a file). */
  open(fd: number): number;
  bind(address: string, port: number): number;
  /** flags: 1 = IPv6 only (UV_TCP_IPV6ONLY) */
  bind6(address: string, port: number, flags?: number): number;
  listen(backlog: number): number;
  /** Each incoming connection: status 0 and a new, open TCP handle; or status < 0. */
  onconnection?(status: number, client: TCP | undefined): void;
  connect(req: ConnectReq, address: string, port: number): number;
  connect6(req: ConnectReq, address: string, port: number): number;
  /** Fills `out` with {address, family, port}. */
  getsockname(out: Partial<SocketAddress>): number;
  getpeername(out: Partial<SocketAddress>): number;
  setNoDelay(enable: boolean): number;
  /** delay in seconds (0.10's net passes initialDelay / 1000) */
  setKeepAlive(enable: boolean, delay?: number): number;
  /** Windows only; returns 0 elsewhere. */
  setSimultaneousAccepts(enable: boolean): number;
}

export interface Pipe extends StreamHandle {
  /** Wraps an open pipe, FIFO or unix socket (guessHandleType 'PIPE'); UV_EINVAL otherwise. */
  open(fd: number): number;
  bind(path: string): number;
  listen(backlog: number): number;
  onconnection?(status: number, client: Pipe | undefined): void;
  /** Errors, even immediate ones (ENOENT), arrive through req.oncomplete. */
  connect(req: ConnectReq, path: string): number;
}

export interface TTY extends StreamHandle {
  /** out[0] = columns, out[1] = rows */
  getWindowSize(out: number[]): number;
  setRawMode(raw: boolean): number;
}

export interface UDP extends HandleWrap {
  /** flags: 4 = reuse address (UV_UDP_REUSEADDR); bind6 also 1 = IPv6 only */
  bind(address: string, port: number, flags?: number): number;
  bind6(address: string, port: number, flags?: number): number;
  /** Sends buffer[offset, offset + length) to address:port; binds first if needed. */
  send(req: SendReq, buffer: ArrayBufferView, offset: number, length: number, port: number, address: string): number;
  send6(req: SendReq, buffer: ArrayBufferView, offset: number, length: number, port: number, address: string): number;
  recvStart(): number;
  recvStop(): number;
  /** Each datagram: nread >= 0 with a fresh Uint8Array and rinfo; nread < 0 (no buffer) on
   * a receive error. */
  onmessage?(nread: number, handle: UDP, buffer?: Uint8Array, rinfo?: SocketAddress & { size: number }): void;
  getsockname(out: Partial<SocketAddress>): number;
  addMembership(multicastAddress: string, interfaceAddress?: string): number;
  dropMembership(multicastAddress: string, interfaceAddress?: string): number;
  setMulticastTTL(ttl: number): number;
  setMulticastLoopback(enable: boolean): number;
  setBroadcast(enable: boolean): number;
  setTTL(ttl: number): number;
}

export interface Timer extends HandleWrap {
  /** ms; repeat 0 = once. Negative or NaN counts as 0. */
  start(timeout: number, repeat: number): number;
  stop(): number;
  /** Restarts a repeating timer with its repeat as timeout (uv_timer_again). */
  again(): number;
  setRepeat(repeat: number): number;
  getRepeat(): number;
  ontimeout?(): void;
}

/** Runs once per loop iteration after I/O polling while started (setImmediate's handle).
 * An active Check does not stop the poll phase from blocking: start an Idle with it while
 * immediates are pending (as 0.10's setImmediate did), or the check waits for other I/O. */
export interface Check extends HandleWrap {
  /** start(callback) also sets this.oncheck = callback. */
  start(callback?: () => void): number;
  stop(): number;
  oncheck?(): void;
}

/** Runs once per loop iteration while started, and keeps the loop from blocking in poll. */
export interface Idle extends HandleWrap {
  start(callback?: () => void): number;
  stop(): number;
  onidle?(): void;
}

export type StdioOption =
  | { type: 'ignore' }
  /** a fresh Pipe (new Pipe(false), or true for the IPC channel): the child's end is created */
  | { type: 'pipe'; handle: Pipe }
  /** the child inherits this descriptor ('inherit' is the same) */
  | { type: 'fd' | 'inherit'; fd: number }
  /** the child gets this open stream's descriptor */
  | { type: 'wrap'; handle: StreamHandle };

export interface SpawnOptions {
  file: string;
  /** argv including argv[0]; default [file] */
  args?: string[];
  cwd?: string;
  /** ['KEY=value', …]; default: this process's environment */
  envPairs?: string[];
  stdio?: StdioOption[];
  detached?: boolean;
  uid?: number;
  gid?: number;
  windowsVerbatimArguments?: boolean;
  windowsHide?: boolean;
}

export interface Process extends HandleWrap {
  /** Returns 0 (and sets pid) or a negative code (UV_ENOENT for a missing file, UV_EACCES…).
   * A Process spawns once; after a failed spawn close() it like any handle. */
  spawn(options: SpawnOptions): number;
  readonly pid?: number;
  kill(signal: number): number;
  /** exitStatus is the exit code (0 when killed); termSignal the signal number or 0. */
  onexit?(exitStatus: number, termSignal: number): void;
}

export interface Signal extends HandleWrap {
  start(signum: number): number;
  stop(): number;
  onsignal?(signum: number): void;
}

export interface FSEvent extends HandleWrap {
  /** persistent false: does not keep the loop alive. recursive: where the OS supports it. */
  start(path: string, persistent?: boolean, recursive?: boolean): number;
  /** filename is null when the OS does not report one. */
  onchange?(status: number, eventType: 'rename' | 'change', filename: string | null): void;
}

export interface StatWatcher extends HandleWrap {
  /** interval in ms */
  start(path: string, persistent: boolean, interval: number): number;
  stop(): number;
  /** Stats as Float64Arrays (STAT_FIELDS); status < 0 when the path cannot be stat'ed, and
   * then currStat is all zeros. */
  onchange?(currStat: Float64Array, prevStat: Float64Array, status: number): void;
}

export interface TCPConstructor {
  new (): TCP;
  readonly prototype: TCP;
}
export interface PipeConstructor {
  /** ipc: the pipe carries handles (a child's IPC channel) */
  new (ipc?: boolean): Pipe;
  readonly prototype: Pipe;
}
export interface TTYConstructor {
  /** Throws a BindingError (syscall 'uv_tty_init') when fd is not a usable terminal. */
  new (fd: number, readable: boolean): TTY;
  readonly prototype: TTY;
}
export interface UDPConstructor {
  new (): UDP;
  readonly prototype: UDP;
}
export interface TimerConstructor {
  new (): Timer;
  readonly prototype: Timer;
  /** The loop's clock in ms, updated first (0.10's Timer.now()). */
  now(): number;
}
export interface CheckConstructor {
  new (): Check;
  readonly prototype: Check;
}
export interface IdleConstructor {
  new (): Idle;
  readonly prototype: Idle;
}
export interface ProcessConstructor {
  new (): Process;
  readonly prototype: Process;
}
export interface SignalConstructor {
  new (): Signal;
  readonly prototype: Signal;
}
export interface FSEventConstructor {
  new (): FSEvent;
  readonly prototype: FSEvent;
}
export interface StatWatcherConstructor {
  new (): StatWatcher;
  readonly prototype: StatWatcher;
}

// ---------------------------------------------------------------------------------------
// fs: each function is synchronous without `req` (returns the result or throws a
// BindingError) and asynchronous with it (returns undefined; req.oncomplete(err, result)).

/** Indices into the Float64Array that stat/lstat/fstat and StatWatcher deliver. Times are
 * milliseconds since the epoch (with sub-ms fractions). */
export const STAT_FIELDS = {
  dev: 0,
  mode: 1,
  nlink: 2,
  uid: 3,
  gid: 4,
  rdev: 5,
  blksize: 6,
  ino: 7,
  size: 8,
  blocks: 9,
  atimeMs: 10,
  mtimeMs: 11,
  ctimeMs: 12,
  birthtimeMs: 13,
} as const;

/** A file position: null/undefined/-1 = the current position. */
export type Position = number | null | undefined;

export interface FSFunctions {
  open(path: string, flags: number, mode: number): number;
  open(path: string, flags: number, mode: number, req: FSReq<number>): void;
  close(fd: number): void;
  close(fd: number, req: FSReq<void>): void;
  /** → bytes read into buffer[offset, offset + length) */
  read(fd: number, buffer: ArrayBufferView, offset: number, length: number, position: Position): number;
  read(fd: number, buffer: ArrayBufferView, offset: number, length: number, position: Position, req: FSReq<number>): void;
  writeBuffer(fd: number, buffer: ArrayBufferView, offset: number, length: number, position: Position): number;
  writeBuffer(fd: number, buffer: ArrayBufferView, offset: number, length: number, position: Position, req: FSReq<number>): void;
  /** encoding: 'utf8' (default) | 'ascii' | 'binary' | 'latin1' | 'ucs2' | 'utf16le';
   * others (hex, base64) are the caller's to encode into a buffer. */
  writeString(fd: number, string: string, position: Position, encoding: string | undefined): number;
  writeString(fd: number, string: string, position: Position, encoding: string | undefined, req: FSReq<number>): void;
  rename(from: string, to: string): void;
  rename(from: string, to: string, req: FSReq<void>): void;
  ftruncate(fd: number, length: number): void;
  ftruncate(fd: number, length: number, req: FSReq<void>): void;
  rmdir(path: string): void;
  rmdir(path: string, req: FSReq<void>): void;
  mkdir(path: string, mode: number): void;
  mkdir(path: string, mode: number, req: FSReq<void>): void;
  /** Names without . and .., sorted. */
  readdir(path: string): string[];
  readdir(path: string, req: FSReq<string[]>): void;
  stat(path: string): Float64Array;
  stat(path: string, req: FSReq<Float64Array>): void;
  lstat(path: string): Float64Array;
  lstat(path: string, req: FSReq<Float64Array>): void;
  fstat(fd: number): Float64Array;
  fstat(fd: number, req: FSReq<Float64Array>): void;
  link(existingPath: string, newPath: string): void;
  link(existingPath: string, newPath: string, req: FSReq<void>): void;
  /** flags: 1 = directory, 2 = junction (Windows). Errors carry path = target, dest = path. */
  symlink(target: string, path: string, flags: number): void;
  symlink(target: string, path: string, flags: number, req: FSReq<void>): void;
  readlink(path: string): string;
  readlink(path: string, req: FSReq<string>): void;
  unlink(path: string): void;
  unlink(path: string, req: FSReq<void>): void;
  chmod(path: string, mode: number): void;
  chmod(path: string, mode: number, req: FSReq<void>): void;
  fchmod(fd: number, mode: number): void;
  fchmod(fd: number, mode: number, req: FSReq<void>): void;
  chown(path: string, uid: number, gid: number): void;
  chown(path: string, uid: number, gid: number, req: FSReq<void>): void;
  fchown(fd: number, uid: number, gid: number): void;
  fchown(fd: number, uid: number, gid: number, req: FSReq<void>): void;
  lchown(path: string, uid: number, gid: number): void;
  lchown(path: string, uid: number, gid: number, req: FSReq<void>): void;
  /** Times in seconds (fractions allowed). The error's syscall is 0.10's 'utime'. */
  utimes(path: string, atime: number, mtime: number): void;
  utimes(path: string, atime: number, mtime: number, req: FSReq<void>): void;
  /** syscall 'futime' */
  futimes(fd: number, atime: number, mtime: number): void;
  futimes(fd: number, atime: number, mtime: number, req: FSReq<void>): void;
  fsync(fd: number): void;
  fsync(fd: number, req: FSReq<void>): void;
  fdatasync(fd: number): void;
  fdatasync(fd: number, req: FSReq<void>): void;
  /** → bytes sent */
  sendfile(outFd: number, inFd: number, inOffset: number, length: number): number;
  sendfile(outFd: number, inFd: number, inOffset: number, length: number, req: FSReq<number>): void;
}

// ---------------------------------------------------------------------------------------
// os and process queries

export interface CPUInfo {
  model: string;
  speed: number;
  times: { user: number; nice: number; sys: number; idle: number; irq: number };
}

export interface InterfaceAddress {
  address: string;
  netmask: string;
  family: 'IPv4' | 'IPv6';
  mac: string;
  internal: boolean;
  /** IPv6 only */
  scopeid?: number;
}

export interface OSFunctions {
  getHostname(): string;
  /** [1, 5, 15 minute load averages]; fills `out` when given */
  getLoadAvg(out?: number[]): number[];
  /** system uptime, seconds */
  getUptime(): number;
  getFreeMem(): number;
  getTotalMem(): number;
  getCPUs(): CPUInfo[];
  /** uname sysname: 'Linux' */
  getOSType(): string;
  /** uname release */
  getOSRelease(): string;
  getInterfaceAddresses(): Record<string, InterfaceAddress[]>;
  getEndianness(): 'LE' | 'BE';
}

export interface ProcessFunctions {
  /** [seconds, nanoseconds] of a monotonic clock; fills `out` (Array, or Float64Array /
   * Uint32Array of length 2) when given. */
  hrtime<T extends number[] | Float64Array | Uint32Array = number[]>(out?: T): T;
  getResidentMemory(): number;
  /** rss from libuv; heapTotal/heapUsed from the host's V8 */
  memoryUsage(): { rss: number; heapTotal: number; heapUsed: number };
  /** seconds since the process started */
  uptime(): number;
  /** → 0 or a negative code (UV_ESRCH, UV_EPERM, UV_EINVAL for a bad signal) */
  kill(pid: number, signal: number): number;
  /** Sets the mask when given; returns the previous one. */
  umask(mask?: number): number;
  /** → 0 or a negative code */
  chdir(path: string): number;
  cwd(): string;
  getuid(): number;
  geteuid(): number;
  getgid(): number;
  getegid(): number;
  /** id or user name → 0 or a negative code; UV_ENOENT (-2) for an unknown name */
  setuid(id: number | string): number;
  setgid(id: number | string): number;
  getgroups(): number[];
  /** ids or group names → 0 or a negative code; UV_ENOENT for an unknown name */
  setgroups(groups: Array<number | string>): number;
  initgroups(user: number | string, extraGroup: number | string): number;
  getpid(): number;
  getppid(): number;
  getTitle(): string;
  setTitle(title: string): number;
  getExecPath(): string;
  /** this process's environment (the real one, shared with the host) */
  getEnv(): Record<string, string>;
  setEnv(name: string, value: string): number;
  unsetEnv(name: string): number;
  /** Exits through the host's process.exit(code) (a worker thread ends only itself). */
  exit(code?: number): never;
  abort(): never;
}

export interface TTYFunctions {
  guessHandleType(fd: number): 'TTY' | 'PIPE' | 'FILE' | 'TCP' | 'UDP' | 'UNKNOWN';
  isTTY(fd: number): boolean;
  /** Restores the terminal mode saved by the first setRawMode (for exit paths). */
  resetTTYMode(): number;
}

export interface DNSFunctions {
  /** family 0 (any), 4 or 6 → 0 or a negative code; results via req.oncomplete */
  getaddrinfo(req: GetAddrInfoReq, hostname: string, family: 0 | 4 | 6): number;
  getnameinfo(req: GetNameInfoReq, address: string, port: number): number;
}

/** Platform numbers, in 0.10 require('constants') order (plus a few 0.10 lacked, such as
 * O_NONBLOCK, O_NOATIME, O_DSYNC: filter if you need 0.10's exact list). */
export interface Constants {
  fs: Record<string, number>;
  errno: Record<string, number>;
  signals: Record<string, number>;
}

/** What the native addon exports. */
export interface NativeBinding extends FSFunctions, OSFunctions, ProcessFunctions, TTYFunctions, DNSFunctions {
  TCP: TCPConstructor;
  Pipe: PipeConstructor;
  TTY: TTYConstructor;
  UDP: UDPConstructor;
  Timer: TimerConstructor;
  Check: CheckConstructor;
  Idle: IdleConstructor;
  Process: ProcessConstructor;
  Signal: SignalConstructor;
  FSEvent: FSEventConstructor;
  StatWatcher: StatWatcherConstructor;

  /** The function run after every callback into JS (n10's process._tickCallback); null to
   * stop. Until set, the face looks up @n10/process's _tickCallback on first use.
   * `pending`: an Int32Array whose [0] the tick queue keeps equal to its length; the binding
   * then skips the call when it is 0 (one call into JS saved per event). Never detach it. */
  setTickCallback(tick: (() => void) | null, pending?: Int32Array): void;
  /** 'ENOENT' for -2 (uv_err_name); 'Unknown system error -n' otherwise */
  errname(err: number): string;
  /** libuv's codes by name: { UV_ENOENT: -2, UV_EOF: -4095, … } */
  uv: Record<string, number>;
  constants: Constants;
}
