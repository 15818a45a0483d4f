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
  /** [exitStatus, termSignal] when the child has ended and onexit has not run yet, else
   * undefined: a peek that never reaps (onexit still comes). */
  exited(): [number, number] | undefined;
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
  /** Installs 0.10's handler for `signum` (SIGINT, SIGTERM): restore the terminal mode and
   * _exit(128 + signum), even while JavaScript runs. A Signal handle watching the signal
   * replaces it, and leaves the default action once closed (as 0.10). → 0 or a negative
   * code. */
  signalExit(signum: number): number;
}

export interface DNSFunctions {
  /** family 0 (any), 4 or 6 → 0 or a negative code; results via req.oncomplete */
  getaddrinfo(req: GetAddrInfoReq, hostname: string, family: 0 | 4 | 6): number;
  getnameinfo(req: GetNameInfoReq, address: string, port: number): number;
}

// ---------------------------------------------------------------------------------------
// crypto: OpenSSL (the host node's own 3.0), shaped like node 0.10's crypto binding (Hash,
// Hmac, CipherBase, Sign, Verify, PBKDF2, randomBytes; DiffieHellman as modPow and primes).
// Mechanism only: 0.10's encodings, defaults, name aliases and error messages are the
// caller's (@n10/crypto). Bytes go in as any ArrayBufferView (Buffer, Uint8Array…) and come
// out as plain Uint8Arrays over a fresh ArrayBuffer of exactly their length.
//
// Algorithms: n10 uses an OpenSSL library context of its own with the default provider and
// the legacy one, so the old algorithms 0.10 had are there without changing what the host's
// own crypto sees. Measured with node 20.x / OpenSSL 3.0 (getHashes()/getCiphers() report what
// a given host really has):
// - digests: md4, md5, sha1, sha224, sha256, sha384, sha512, ripemd160 (ripemd, rmd160),
//   mdc2, whirlpool (legacy provider), sha512-224/256, sha3-*, shake128/256, blake2b512,
//   blake2s256, sm3, md5-sha1; and OpenSSL's object-name aliases ('RSA-SHA256',
//   'sha256WithRSAEncryption', 'ssl3-md5', 'RSA-SHA1-2'…). Not: 'sha' (SHA-0), 'dss1', 'DSA*'
//   names (gone from OpenSSL 1.1+): map those in TypeScript (dss1 → sha1).
// - ciphers: aes-{128,192,256}-{ecb,cbc,cfb,cfb1,cfb8,ofb,ctr} (+ aes128/aes192/aes256),
//   aes-*-{gcm,ccm,ocb,xts,wrap}, aria-*, camellia-*, chacha20, sm4-*, des-ede, des-ede3
//   (des3) in all modes; with the legacy provider also bf (blowfish), cast5 (cast), des
//   (single), desx, idea, rc2 (rc2-40/64), rc4 (rc4-40, rc4-hmac-md5), seed. Names are
//   case-insensitive ('AES-256-CBC' = 'aes-256-cbc').
//
// Errors: a failure inside OpenSSL throws (or delivers) an Error whose message is OpenSSL's
// first queued error ('error:1C800064:Provider routines::bad decrypt') with code
// 'ERR_OSSL_' + the reason in capitals ('ERR_OSSL_BAD_DECRYPT'), reason ('bad decrypt'),
// library ('Provider routines') and opensslCode (the packed number): a CryptoError. Names
// OpenSSL does not know: code 'ERR_N10_UNKNOWN_DIGEST' / 'ERR_N10_UNKNOWN_CIPHER'. A call the
// object's state does not allow (update() after digest(), final() twice, before init()):
// code 'ERR_N10_STATE'. Wrong argument types: TypeError; ranges outside a buffer: RangeError.

/** What crypto calls throw or deliver when OpenSSL (or the object's state) refuses. */
export interface CryptoError extends Error {
  /** 'ERR_OSSL_BAD_DECRYPT', 'ERR_OSSL_UNSUPPORTED', 'ERR_OSSL_INVALID_KEY_LENGTH'…;
   * 'ERR_N10_UNKNOWN_DIGEST', 'ERR_N10_UNKNOWN_CIPHER', 'ERR_N10_STATE'; 'ERR_N10_CRYPTO'
   * when OpenSSL failed without queueing a reason. */
  code: string;
  /** OpenSSL's reason string ('bad decrypt'), when it gave one */
  reason?: string;
  /** OpenSSL's library string ('Provider routines', 'DECODER routines'…) */
  library?: string;
  /** the packed OpenSSL error number (ERR_get_error) */
  opensslCode?: number;
}

/** Bytes: any view (Buffer, Uint8Array, another typed array, DataView). */
export type Bytes = ArrayBufferView;

/** new Hash(algorithm): throws a CryptoError (ERR_N10_UNKNOWN_DIGEST) for an unknown name.
 * 0.10's crypto.createHash: update() per chunk, digest() once. */
export interface Hash {
  /** Hashes data[offset, offset + length) (default: all of it). */
  update(data: Bytes, offset?: number, length?: number): void;
  /** The digest (EVP_MD_get_size bytes; shake128: 16, shake256: 32). Frees the context:
   * update/digest/copy afterwards throw ERR_N10_STATE. */
  digest(): Uint8Array;
  /** A new Hash with a copy of the running state (EVP_MD_CTX_copy_ex): cheap. */
  copy(): Hash;
}

/** new Hmac(algorithm, key): HMAC over any digest Hash accepts; the key may be empty. */
export interface Hmac {
  update(data: Bytes, offset?: number, length?: number): void;
  /** Once, as Hash.digest(). */
  digest(): Uint8Array;
}

/** getCipherInfo(name) */
export interface CipherInfo {
  /** OpenSSL's name for it ('AES-256-CBC' for 'aes256') */
  name: string;
  /** the default (for most ciphers the only) key length, bytes */
  keyLength: number;
  /** 0 for ECB and stream ciphers without an IV */
  ivLength: number;
  /** 1 for stream ciphers and stream modes (CFB, OFB, CTR) */
  blockSize: number;
  mode: 'stream' | 'ecb' | 'cbc' | 'cfb' | 'ofb' | 'ctr' | 'gcm' | 'ccm' | 'xts' | 'wrap' | 'ocb' | 'siv' | 'other';
  /** init() accepts other key lengths (bf, cast5, rc2, rc4) */
  variableKeyLength: boolean;
}

/** getHashInfo(name) */
export interface HashInfo {
  /** OpenSSL's name for it ('SHA2-256' for 'RSA-SHA256') */
  name: string;
  /** digest length, bytes */
  size: number;
  /** compression block length, bytes (HMAC pads its key to this) */
  blockSize: number;
}

/** new CipherBase(): 0.10's binding CipherBase, one direction, initialised by init(). */
export interface CipherBase {
  /**
   * EVP_CipherInit_ex2 with the key length set first: a wrong key length for a fixed-length
   * cipher throws ERR_OSSL_INVALID_KEY_LENGTH (0.10: 'Invalid key length'); variable-length
   * ciphers take any. `iv` must be exactly getCipherInfo(name).ivLength bytes (null only when
   * that is 0), else a RangeError (check it first to give 0.10's 'Invalid IV length').
   * Unknown cipher: ERR_N10_UNKNOWN_CIPHER. May be called again to start over.
   * For 0.10's createCipher(algorithm, password): [key, iv] = bytesToKey(algorithm, 'md5',
   * password, null, 1), then init(algorithm, key, iv (null when ivLength is 0), encrypt).
   */
  init(cipher: string, key: Bytes, iv: Bytes | null, encrypt: boolean): void;
  /** The output for data[offset, offset + length): whole blocks (ECB/CBC); when decrypting
   * with padding the last whole block is held back for final(). Before init(): ERR_N10_STATE. */
  update(data: Bytes, offset?: number, length?: number): Uint8Array;
  /** The rest (padding added, or checked and removed). Throws OpenSSL's error: decrypting,
   * 'bad decrypt' (ERR_OSSL_BAD_DECRYPT); without padding on a partial block, 'data not
   * multiple of block length' (ERR_OSSL_DATA_NOT_MULTIPLE_OF_BLOCK_LENGTH) or 'wrong final
   * block length'. Ends the object either way (later calls: ERR_N10_STATE). */
  final(): Uint8Array;
  /** EVP_CIPHER_CTX_set_padding; false before init() or after final(). */
  setAutoPadding(on: boolean): boolean;
}

/** new Sign(): 0.10's binding Sign. The digest runs over the data; the key comes last
 * (EVP_SignFinal: PKCS #1 v1.5 for RSA; DSA and ECDSA signatures in DER). */
export interface Sign {
  /** ERR_N10_UNKNOWN_DIGEST for an unknown name */
  init(digest: string): void;
  update(data: Bytes, offset?: number, length?: number): void;
  /** key: the bytes of a PEM private key (BEGIN PRIVATE KEY, RSA/DSA/EC PRIVATE KEY,
   * ENCRYPTED PRIVATE KEY, or a Proc-Type: 4,ENCRYPTED key). Never prompts: an encrypted key
   * without its passphrase throws ERR_OSSL_INTERRUPTED_OR_CANCELLED; a wrong passphrase or an
   * unreadable key throws OpenSSL's error (often ERR_OSSL_UNSUPPORTED from the decoders).
   * Ends the object. */
  sign(key: Bytes, passphrase: Bytes | null): Uint8Array;
}

/** new Verify(): 0.10's binding Verify. */
export interface Verify {
  init(digest: string): void;
  update(data: Bytes, offset?: number, length?: number): void;
  /** key: the bytes of a PEM public key (BEGIN PUBLIC KEY or RSA PUBLIC KEY) or a
   * certificate (BEGIN CERTIFICATE: its key). false for a signature that does not verify
   * (malformed included); throws a CryptoError for a key OpenSSL cannot read. Ends the
   * object. */
  verify(key: Bytes, signature: Bytes): boolean;
}

export interface HashConstructor {
  new (algorithm: string): Hash;
  readonly prototype: Hash;
}
export interface HmacConstructor {
  new (algorithm: string, key: Bytes): Hmac;
  readonly prototype: Hmac;
}
export interface CipherBaseConstructor {
  new (): CipherBase;
  readonly prototype: CipherBase;
}
export interface SignConstructor {
  new (): Sign;
  readonly prototype: Sign;
}
export interface VerifyConstructor {
  new (): Verify;
  readonly prototype: Verify;
}

/** randomFill(…, req): completes with err null, or a CryptoError. */
export interface RandomFillReq extends Req {
  oncomplete(err: CryptoError | BindingError | null): void;
}

/** pbkdf2(…, req) */
export interface PBKDF2Req extends Req {
  oncomplete(err: CryptoError | BindingError | null, key?: Uint8Array): void;
}

/** generatePrime(…, req) */
export interface GeneratePrimeReq extends Req {
  oncomplete(err: CryptoError | BindingError | null, prime?: Uint8Array): void;
}

export interface CryptoFunctions {
  /**
   * Fills buffer[offset, offset + length) (default: all of it) with cryptographically strong
   * random bytes (RAND_bytes: a DRBG seeded by the OS). Synchronous without `req`; with it,
   * on the thread pool, holding buffer and req until req.oncomplete(err). Throws/delivers a
   * CryptoError if the generator fails. For 0.10's randomBytes(size[, cb]).
   */
  randomFill(buffer: Bytes, offset?: number | null, length?: number | null): void;
  randomFill(buffer: Bytes, offset: number | null | undefined, length: number | null | undefined, req: RandomFillReq): void;
  /**
   * PBKDF2 with HMAC-`digest` (0.10: always 'sha1'): keylen bytes. password and salt are
   * copied at the call. iterations must be >= 1 (0 throws ERR_OSSL_INVALID_ITERATION_COUNT:
   * 0.10's OpenSSL treated 0 as 1, a policy for the caller); keylen 0 gives an empty array;
   * beyond 2^32 − 1 iterations or 2^31 − 1 bytes, a RangeError. Synchronous without `req`;
   * with it, on the thread pool: req.oncomplete(err, key).
   */
  pbkdf2(password: Bytes, salt: Bytes, iterations: number, keylen: number, digest: string): Uint8Array;
  pbkdf2(password: Bytes, salt: Bytes, iterations: number, keylen: number, digest: string, req: PBKDF2Req): void;
  /** EVP_BytesToKey: [key (the cipher's key length), iv (its IV length, maybe empty)].
   * salt: null or 8 bytes; count >= 1. 0.10's createCipher used (cipher, 'md5', password,
   * null, 1). */
  bytesToKey(cipher: string, digest: string, password: Bytes, salt: Bytes | null, count: number): [Uint8Array, Uint8Array];
  /** Every digest name new Hash() accepts, sorted, upper- and lower-case spellings and
   * aliases included (no OIDs). 0.10's list is a subset: filter it in TypeScript. */
  getHashes(): string[];
  /** Every cipher name CipherBase.init() accepts, sorted, as getHashes(). */
  getCiphers(): string[];
  /** Key/IV/block sizes and mode of a cipher; undefined for an unknown name. */
  getCipherInfo(cipher: string): CipherInfo | undefined;
  /** Digest and block sizes of a digest; undefined for an unknown name. */
  getHashInfo(digest: string): HashInfo | undefined;
  /** A small integer for the digest (the same for each of its names) for hashInto/hmacInto; -1 for an unknown name. */
  hashId(digest: string): number;
  /** One call, no object: the digest of data[offset, offset + length) written to out[outOffset…]
   * (getHashInfo(name).size bytes). Uint8Arrays only; RangeError for a bad id or range. */
  hashInto(id: number, data: Uint8Array, offset: number, length: number, out: Uint8Array, outOffset: number): void;
  /** The same for HMAC (RFC 2104, OpenSSL's key rules: a key longer than the block is hashed). */
  hmacInto(id: number, key: Uint8Array, data: Uint8Array, offset: number, length: number, out: Uint8Array, outOffset: number): void;
  /**
   * base^exponent mod modulus over unsigned big-endian bytes (BN_mod_exp; constant-time in
   * the exponent when the modulus is odd). The result has no leading zeros (0 is empty): pad
   * it to the prime's length for a DH secret. Modulus 0: RangeError.
   * For Diffie-Hellman: public key = modPow([2], priv, p); secret = modPow(otherPub, priv, p).
   */
  modPow(base: Bytes, exponent: Bytes, modulus: Bytes): Uint8Array;
  /**
   * A random prime of exactly `bits` bits (BN_generate_prime_ex2), big-endian. safe: (p − 1)/2
   * is prime too. add/rem (big-endian bytes or null): p mod add = rem. OpenSSL 1.0's
   * DH_generate_parameters for generator 2 (0.10's createDiffieHellman(bits)) used safe,
   * add = [24], rem = [11]. bits < 2: ERR_OSSL_BITS_TOO_SMALL. The cost grows steeply (2048-bit
   * safe primes take seconds to minutes): bound `bits` in the caller. OpenSSL searches until
   * it finds one: an add/rem with no such prime (add given without rem means rem 1, or 3 when
   * safe — so add [24] alone never ends for a safe prime; an add nearly as long as `bits`)
   * never returns. Pass add and rem together, small. With `req`, on the thread pool:
   * req.oncomplete(err, prime).
   */
  generatePrime(bits: number, safe: boolean, add?: Bytes | null, rem?: Bytes | null): Uint8Array;
  generatePrime(bits: number, safe: boolean, add: Bytes | null | undefined, rem: Bytes | null | undefined, req: GeneratePrimeReq): void;
  /** BN_check_prime: true for a (probable, error < 2^-128) prime. For 0.10's DH_check: p and
   * (p − 1)/2 prime, and p mod 24 = 11 for generator 2. */
  checkPrime(candidate: Bytes): boolean;
}

// ---------------------------------------------------------------------------------------
// zlib: node 0.10's zlib binding over the host node's own zlib (1.3). 0.10's zlib.js is the
// model for its caller: option checks, defaults, chunking and messages stay in @n10/zlib.

/** An error from zlib: message = zlib's strm->msg ('incorrect header check'), or the code's
 * name when zlib gave none ('Z_NEED_DICT'); errno = the zlib code; code = its name. */
export interface ZlibError extends Error {
  /** Z_NEED_DICT (2), Z_STREAM_ERROR (-2), Z_DATA_ERROR (-3), Z_MEM_ERROR (-4)… */
  errno: number;
  /** 'Z_DATA_ERROR' */
  code: string;
  /** init() only: 'deflateInit2' | 'inflateInit2' | 'deflateSetDictionary' | 'inflateSetDictionary' */
  syscall?: string;
}

/** Zlib.write(…, req): the write finished without error. */
export interface ZlibWriteReq extends Req {
  /** availOutAfter / availInAfter: what was left of outLen / inLen (bytes written =
   * outLen − availOutAfter; input consumed = inLen − availInAfter). code: Z_OK,
   * Z_STREAM_END (the stream's end: the rest of the input was not consumed) or Z_BUF_ERROR
   * (no progress was possible: not an error, as in 0.10). */
  oncomplete(availOutAfter: number, availInAfter: number, code: number): void;
}

/**
 * new Zlib(mode[, library]): 0.10's binding Zlib; mode is constants.zlib.DEFLATE … UNZIP
 * (TypeError otherwise). library 'host' (the default) is the host node's own zlib; 'system'
 * the system's shared zlib (libz.so.1), an unpatched zlib whose deflate output differs from
 * the host's (Chromium's); without one, new Zlib() throws an Error with code
 * 'ERR_N10_NO_ZLIB'. Misuse — a call while a write is in progress, write/params/reset before init()
 * or after close() — throws an Error with code 'ERR_N10_STATE'.
 */
export interface Zlib {
  /**
   * deflateInit2 / inflateInit2. windowBits as 0.10 passes it (8..15; the binding adds 16 for
   * GZIP/GUNZIP, 32 for UNZIP, negates for the raw modes); level -1..9; memLevel 1..9;
   * strategy Z_DEFAULT_STRATEGY…; zlib checks the ranges (Z_STREAM_ERROR). Inflate modes
   * ignore level, memLevel and strategy. The dictionary is copied; DEFLATE, DEFLATERAW and
   * INFLATERAW set it now; INFLATE/GUNZIP/UNZIP use it when the stream asks (0.10 did not
   * use one with INFLATERAW: pass none to match). Throws a ZlibError (with syscall) on
   * failure. Calling it again starts a fresh stream.
   */
  init(windowBits: number, level: number, memLevel: number, strategy: number, dictionary?: Bytes | null): void;
  /**
   * One deflate()/inflate() call with `flush` (Z_NO_FLUSH … Z_FINISH) over
   * input[inOff, inOff + inLen) (input null: none) into out[outOff, outOff + outLen), on the
   * thread pool. Holds input, out, req and this Zlib until it ends with
   * req.oncomplete(availOutAfter, availInAfter, code), or, on a zlib error,
   * this.onerror(message, errno) instead (message and errno as ZlibError). One write at a
   * time: call again from oncomplete while availOutAfter is 0 (0.10's loop).
   */
  write(flush: number, input: Bytes | null, inOff: number, inLen: number, out: Bytes, outOff: number, outLen: number, req: ZlibWriteReq): void;
  /** The same, now: returns [availOutAfter, availInAfter, code]; throws a ZlibError. */
  writeSync(flush: number, input: Bytes | null, inOff: number, inLen: number, out: Bytes, outOff: number, outLen: number): [number, number, number];
  /** Async write errors (0.10's shape): message is strm->msg or the code's name; errno the
   * zlib code. Z_NEED_DICT stands for both "no dictionary" and "not the right dictionary"
   * (0.10: 'Missing dictionary' / 'Bad dictionary', told apart by whether one was given). */
  onerror?(message: string, errno: number): void;
  /** deflateParams → zlib code (inflate modes: Z_OK, nothing to change). It has no output
   * buffer: with input pending since the last flush it returns Z_BUF_ERROR and changes
   * nothing, so flush (Z_SYNC_FLUSH) first, as 0.11's params() did. */
  params(level: number, strategy: number): number;
  /** deflatePending → [bytes, bits]: output made but not yet written out (inflate modes:
   * [0, 0]). Throws ERR_N10_STATE on a zlib without deflatePending. */
  pending(): [number, number];
  /** deflateReset/inflateReset, then the dictionary again (DEFLATE, DEFLATERAW, INFLATERAW)
   * → zlib code. */
  reset(): number;
  /** Ends the stream and frees its memory (after the write in progress, if any). Further
   * calls throw ERR_N10_STATE; close() again does nothing. */
  close(): void;
}

export interface ZlibConstructor {
  new (mode: number, library?: 'host' | 'system'): Zlib;
  readonly prototype: Zlib;
}

// ---------------------------------------------------------------------------------------
// tls: node 0.10's crypto binding SecureContext and Connection over the host's OpenSSL (3.0).
// A Connection is an SSL object between two memory BIOs: @n10/tls writes the peer's bytes
// in with encIn, takes bytes for the peer with encOut, and plaintext goes through clearIn /
// clearOut. Policy (verification outcome, hostnames, SNI choice, session events, the
// renegotiation limit) is @n10/tls's. Errors from OpenSSL are CryptoErrors (crypto above).

/** new SecureContext(): an SSL_CTX, made by init(). Every method but init() needs init()
 * first (ERR_N10_STATE otherwise). PEM arguments are bytes (Buffer/Uint8Array). */
export interface SecureContext {
  /** 0: both sides (TLS_method), 1: server, 2: client. Starts a fresh SSL_CTX. */
  init(kind: 0 | 1 | 2): void;
  /** SSL_CTX_set_min/max_proto_version: 0x301 TLS 1.0 … 0x304 TLS 1.3; 0 = no bound. */
  setMinProto(version: number): void;
  setMaxProto(version: number): void;
  /** A PEM private key (never prompts: encrypted without passphrase throws). */
  setKey(pem: Bytes, passphrase: string | null): void;
  /** PEM certificates: the first is ours, the rest its chain. */
  setCert(pem: Bytes): void;
  /** Every certificate in `pem` into the verify store and the client-CA list → how many. */
  addCACert(pem: Bytes): number;
  /** A PEM CRL; turns CRL checking on for the whole chain. */
  addCRL(pem: Bytes): void;
  /** The system's CA store (OpenSSL's default paths). shared (default true): one store
   * loaded once per process that replaces this context's store (so call it on a context
   * without addCACert/addCRL, before or after); false: loaded into its own store. */
  addRootCerts(shared?: boolean): void;
  setCiphers(list: string): void;
  /** SSL_CTX_set_options (OpenSSL 3's SSL_OP_* values). */
  setOptions(options: number): void;
  setSessionIdContext(context: string): void;
  /** PKCS #12 bytes: key, certificate, and its CAs (store, chain and client-CA list). */
  loadPKCS12(pfx: Bytes, passphrase: string | null): void;
  /** The names of the cipher suites this context offers, OpenSSL's order. */
  getCiphers(): string[];
  /** Frees the SSL_CTX (connections made from it keep their own reference). */
  close(): void;
}

export interface SecureContextConstructor {
  new (): SecureContext;
  readonly prototype: SecureContext;
}

/** getPeerCertificate(): raw fields; subject/issuer are "field=value" lines. */
export interface RawPeerCertificate {
  subject?: string;
  issuer?: string;
  subjectaltname?: string;
  modulus?: string;
  exponent?: string;
  valid_from?: string;
  valid_to?: string;
  fingerprint?: string;
  ext_key_usage?: string[];
}

export interface CurrentCipher {
  /** OpenSSL's cipher name ('ECDHE-RSA-AES256-GCM-SHA384') */
  name: string;
  /** SSL_CIPHER_get_version ('TLSv1.2') */
  version: string;
  /** SSL_get_version: the protocol in use */
  protocol: string;
}

/**
 * new Connection(ctx, isServer, servername, verifyMode): an SSL over memory BIOs.
 * verifyMode is SSL_VERIFY_* (0 none, 1 peer, 2 fail if no peer certificate); the chain is
 * always checked and the result kept for verifyError(), never failing the handshake by itself.
 * I/O methods take buffer[, offset[, length]]. A fatal TLS error (clearIn/clearOut/start)
 * throws a CryptoError; later I/O on it throws code ERR_N10_TLS.
 */
export interface Connection {
  /** The peer's ciphertext in → bytes taken (all of it: the BIO grows). */
  encIn(buffer: Bytes, offset?: number, length?: number): number;
  /** Ciphertext for the peer out → bytes copied (0: nothing pending). */
  encOut(buffer: Bytes, offset?: number, length?: number): number;
  /** SSL_write → bytes taken; 0: not now (handshake still running). */
  clearIn(buffer: Bytes, offset?: number, length?: number): number;
  /** SSL_read → bytes; 0: nothing now; -1: the peer sent close_notify. */
  clearOut(buffer: Bytes, offset?: number, length?: number): number;
  encPending(): number;
  clearPending(): number;
  /** SSL_do_handshake: 1 finished, 0 in progress. */
  start(): number;
  /** close_notify (after the handshake only) → SSL_shutdown's result. */
  shutdown(): number;
  isInitFinished(): boolean;
  /** Handshakes started so far (renegotiations are the ones after the first). */
  handshakes(): number;
  getPeerCertificate(): RawPeerCertificate | undefined;
  /** The session, DER (i2d_SSL_SESSION). */
  getSession(): Uint8Array | undefined;
  /** Offer a session (client, before start) → whether OpenSSL took it. */
  setSession(session: Bytes): boolean;
  /** Server: the session its lookup returns for the next resumption attempt (null: none). */
  loadSession(session: Bytes | null): boolean;
  /** Server: [sessionId, session DER] of the last session put in the cache, once. */
  takeNewSession(): [Uint8Array, Uint8Array] | undefined;
  isSessionReused(): boolean;
  /** X509_V_OK (0), an X509_V_ERR_* code, or -1 when the peer sent no certificate. */
  verifyError(): number;
  getCurrentCipher(): CurrentCipher | undefined;
  /** NPN protocols in wire form (length-prefixed). A server advertises them; a client picks. */
  setNPNProtocols(wire: Bytes): void;
  getNegotiatedProtocol(): string | false;
  /** The SNI name (the client's request; on the server, what the client asked for). */
  getServername(): string | false | undefined;
  /** Switch to another SecureContext (server SNI), before the handshake. */
  setContext(ctx: SecureContext): void;
  close(): void;
}

export interface ConnectionConstructor {
  new (ctx: SecureContext, isServer: boolean, servername: string | null, verifyMode: number): Connection;
  readonly prototype: Connection;
}

/** constants.zlib: zlib.h's values (flush, return codes, levels, strategies, data types) and
 * 0.10's binding modes. */
export interface ZlibConstants {
  Z_NO_FLUSH: 0;
  Z_PARTIAL_FLUSH: 1;
  Z_SYNC_FLUSH: 2;
  Z_FULL_FLUSH: 3;
  Z_FINISH: 4;
  Z_BLOCK: 5;
  Z_TREES: 6;
  Z_OK: 0;
  Z_STREAM_END: 1;
  Z_NEED_DICT: 2;
  Z_ERRNO: -1;
  Z_STREAM_ERROR: -2;
  Z_DATA_ERROR: -3;
  Z_MEM_ERROR: -4;
  Z_BUF_ERROR: -5;
  Z_VERSION_ERROR: -6;
  Z_NO_COMPRESSION: 0;
  Z_BEST_SPEED: 1;
  Z_BEST_COMPRESSION: 9;
  Z_DEFAULT_COMPRESSION: -1;
  Z_FILTERED: 1;
  Z_HUFFMAN_ONLY: 2;
  Z_RLE: 3;
  Z_FIXED: 4;
  Z_DEFAULT_STRATEGY: 0;
  Z_BINARY: 0;
  Z_TEXT: 1;
  Z_ASCII: 1;
  Z_UNKNOWN: 2;
  Z_DEFLATED: 8;
  Z_NULL: 0;
  /** the headers' zlib version, 0x1310 for 1.3.1 */
  ZLIB_VERNUM: number;
  NONE: 0;
  DEFLATE: 1;
  INFLATE: 2;
  GZIP: 3;
  GUNZIP: 4;
  DEFLATERAW: 5;
  INFLATERAW: 6;
  UNZIP: 7;
}

/** Platform numbers, in 0.10 require('constants') order (plus a few 0.10 lacked, such as
 * O_NONBLOCK, O_NOATIME, O_DSYNC: filter if you need 0.10's exact list). */
export interface Constants {
  fs: Record<string, number>;
  errno: Record<string, number>;
  signals: Record<string, number>;
  zlib: ZlibConstants;
}

/** What the native addon exports. */
/**
 * base64 and hex both ways (codec.c; 0.10's were C++ in node_buffer.cc), for @n10/buffer.
 * Mechanism only: indexes are clamped to the array, never checked. Reading a string, each
 * UTF-16 unit counts by its low 8 bits; base64 skips characters outside its alphabet (and reads
 * '-' '_' as '+' '/'), a final 2 or 3 characters giving 1 or 2 bytes; hex stops at the first
 * pair that is not two hex digits. A non-Uint8Array `bytes` is a TypeError.
 */
export interface CodecFunctions {
  /** bytes[start, end) in base64, padded with '='. */
  base64Slice(bytes: Uint8Array, start: number, end: number): string;
  /** bytes[start, end) as two lowercase hex digits a byte. */
  hexSlice(bytes: Uint8Array, start: number, end: number): string;
  /** Decodes the first `length` characters of `string` into bytes[offset, offset + max); returns the count. */
  base64Write(string: string, length: number, bytes: Uint8Array, offset: number, max: number): number;
  hexWrite(string: string, length: number, bytes: Uint8Array, offset: number, max: number): number;
  /** The UTF-8 size of the first `length` units of `string` as 0.10 wrote them (a lone surrogate: 3 bytes). */
  utf8Length(string: string, length: number): number;
}

export interface NativeBinding extends FSFunctions, OSFunctions, ProcessFunctions, TTYFunctions, DNSFunctions, CryptoFunctions, CodecFunctions {
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
  Hash: HashConstructor;
  Hmac: HmacConstructor;
  CipherBase: CipherBaseConstructor;
  Sign: SignConstructor;
  Verify: VerifyConstructor;
  Zlib: ZlibConstructor;
  SecureContext: SecureContextConstructor;
  Connection: ConnectionConstructor;

  /** The function run after every callback into JS (n10's process._tickCallback); null to
   * stop. Until set, the face looks up @n10/process's _tickCallback on first use.
   * `pending`: an Int32Array whose [0] the tick queue keeps equal to its length; the binding
   * then skips the call when it is 0 (one call into JS saved per event). Never detach it. */
  setTickCallback(tick: (() => void) | null, pending?: Int32Array): void;
  /** 'ENOENT' for -2 (uv_err_name); 'Unknown system error -n' otherwise */
  errname(err: number): string;
  /** libuv's codes by name: { UV_ENOENT: -2, UV_EOF: -4095, … } */
  uv: Record<string, number>;

  /* Math.* as node 0.10's engine (V8 3.14 on x64) computed them, bit for bit: x87 fsin, fcos,
   * fptan (fprem1 reduction from 2^63), ln2*fyl2x for log, libm's exp/atan/asin/acos/atan2,
   * and pow for a non-integer exponent by the FPU's 2^(y*log2 x) with libm's pow as fallback
   * (an integer or out-of-int32 exponent straight to libm's pow; NaN for a NaN exponent and
   * for ±1 to ±Infinity). Present only on x86-64 Linux. */
  /** Arguments and result go through a Float64Array (no numbers made or read at the boundary:
   * half the cost of a call). Register one of length ≥ 2 over its own ArrayBuffer once per
   * thread; then mathSinScratch() replaces [0] by sin([0]), mathAtan2Scratch() [0] by
   * atan2([0], [1]), mathPowScratch() [0] by pow([0], [1]). They do nothing until registered. */
  mathScratch?(scratch: Float64Array): void;
  mathSinScratch?(): void;
  mathCosScratch?(): void;
  mathTanScratch?(): void;
  mathLogScratch?(): void;
  mathExpScratch?(): void;
  mathAtanScratch?(): void;
  mathAsinScratch?(): void;
  mathAcosScratch?(): void;
  mathAtan2Scratch?(): void;
  mathPowScratch?(): void;
  constants: Constants;
}
