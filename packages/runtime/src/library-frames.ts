// The tables that make n10's frames read as node 0.10's library frames (stack.ts): which 0.10
// file a package's code stands for, the frames of n10's plumbing 0.10 did not have, and the
// names 0.10 gave. Keys are "package name" (the package of the built file, and the frame's or
// function's name as stack.ts has it).

// 0.10's library file of a frame, by package and by the source file (the bundle's
// `// src/<name>.ts` sections); '*' for the rest of a package; by default `<package>.js`.
const READABLE: [string, string] = ['_stream_readable.js', 'Readable'];
export const SOURCES: Record<string, Record<string, [file: string, owner?: string]>> = {
  stream: {
    readable: READABLE, 'old-mode': READABLE, pipe: READABLE, wrap: READABLE, encoding: READABLE,
    writable: ['_stream_writable.js', 'Writable'],
    duplex: ['_stream_duplex.js', 'Duplex'],
    transform: ['_stream_transform.js', 'Transform'],
    passthrough: ['_stream_passthrough.js', 'PassThrough'],
    '*': ['stream.js', 'Stream'],
    // Its by-name emits stand for the stream's EventEmitter.emit.
    emit: ['events.js'],
  },
  runtime: { module: ['module.js', 'Module'], compile: ['module.js', 'Module'], '*': ['node.js'] },
  // dns.lookup's resolver is shared with dgram's.
  dgram: { lookup: ['dns.js'] },
  process: { '*': ['node.js'] },
};

// Frames of n10's own plumbing: no 0.10 frame stands for them ("package frame-name").
export const HIDDEN = new Set([
  'process microtaskDrain',
  'process Object.applyCallback',
  'timers applyCallback',
  'timers applyCallbackAt',
  // An unref'd timer's handle made in a domain: 0.10's MakeCallback entered the domain.
  'timers domainOntimeout',
  'fs FSReqWrap.complete',
  // path's worded V8 3.14 TypeError (Object 1 has no method 'charAt'): 0.10 threw it in normalize.
  'path noMethod',
  'http HTTPParser.execute',
  'fs syncError',
  'fs rethrowSync',
  'binding uvException',
  'http Core.headersComplete',
  'http Core.execute',
  'http Core.body',
  'http Core.messageComplete',
  'runtime Object.moduleHooks.afterMain',
  // The runtime's report of an uncaught error: 0.10 called _fatalException from C++.
  'runtime onFatalException',
  // The spinner's idle callback: 0.10 called _tickFromSpinner from C++.
  'runtime onSpinnerIdle',
  // A failed blocking stdio write completed from an idle handle: 0.10 called oncomplete from C++.
  'runtime completeFailedWrites',
  // The runtime's compiler, where a compile error is thrown: 0.10 threw it from native code.
  'runtime compile',
  'runtime compileWrapper',
  'events callEach',
  'runtime parse',
  'runtime stringify',
  'events applyEach',
  // The host's 'exit', which emits the program's: 0.10 emitted it from native code.
  'runtime process.emitExit',
  // Native crypto requests completing (randomBytes, pbkdf2): 0.10 called back from native code.
  'crypto Object.oncomplete',
  'process inDomainCallback',
  // A child's exit, reported from the handle's onexit or when its end was seen first
  // (exit-order.ts): 0.10's onexit was called from native code.
  'child_process Process.onexit',
  'child_process reportIfEnded',
  'child_process Check.oncheck',
  'child_process Idle.onidle',
  // exit-order.ts's hold on a child's pipe reads.
  'child_process Pipe.pipe.onread',
  // Where n10 makes an error a 0.10 function made in place.
  'process notAFunction',
  'events unhandledError',
  'zlib checkOptions',
  'zlib setUp',
  'crypto new HashHandle',
  'crypto HashHandle.update',
  'crypto new HmacHandle',
  'crypto HmacHandle.init',
  'crypto CipherHandle.init',
  'crypto CipherHandle.initiv',
  'crypto DecipherHandle.final',
  'crypto CipherHandle.final',
  'crypto new SignHandle',
  'crypto Function.fromSizeOrPrime',
  'crypto Function.group',
  'crypto init',
  'buffer fromString',
  // The SecurePair's pump: 0.10 moved the SSL's bytes inside the streams' own read()/write().
  'tls SecurePair.cycle',
  'tls step',
  'tls throughClearRead',
]);

// Functions node 0.10's library files defined as `exports.name = function (…)`: V8 3.14
// named their frames "exports.name" (Object.exports.join); the owner of those defined as
// `Owner.name = function (…)` is in OWNED_FUNCTIONS (Function.Buffer.concat).
export const EXPORTS_FUNCTIONS: Record<string, readonly string[]> = {
  child_process: ['fork', 'exec', 'execFile'],
  crypto: ['createCredentials', 'pbkdf2', 'pbkdf2Sync', 'getCiphers', 'getHashes'],
  // dns.lookup lives in dgram.
  dgram: ['createSocket', 'lookup'],
  dns: ['lookup', 'resolve'],
  domain: ['create'],
  http: ['request', 'get', 'createServer'],
  https: ['createServer', 'request', 'get'],
  net: ['createServer', 'connect', 'isIPv4', 'isIPv6'],
  os: ['arch', 'platform', 'tmpdir'],
  path: ['resolve', 'normalize', 'join', 'relative', 'dirname', 'basename', 'extname'],
  readline: ['createInterface'],
  repl: ['start'],
  timers: ['enroll', 'active', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate'],
  tls: ['getCiphers', 'createSecurePair', 'createServer', 'connect'],
  tty: ['isatty'],
  util: ['format', 'deprecate', 'print', 'puts', 'debug', 'log', 'inherits', '_extend'],
  zlib: ['createDeflate', 'createInflate', 'createDeflateRaw', 'createInflateRaw', 'createGzip', 'createGunzip', 'createUnzip', 'deflate', 'gzip', 'deflateRaw', 'unzip', 'inflate', 'gunzip', 'inflateRaw'],
};
export const OWNED_FUNCTIONS: Record<string, Record<string, string>> = {
  buffer: { concat: 'Buffer', isEncoding: 'Buffer' },
  events: { listenerCount: 'EventEmitter' },
  querystring: { unescapeBuffer: 'QueryString', unescape: 'QueryString', escape: 'QueryString' },
  // StringDecoder.prototype.write = function (…): V8 3.14 named them by that assignment.
  string_decoder: { write: 'StringDecoder', end: 'StringDecoder', detectIncompleteChar: 'StringDecoder' },
};

// Constructors 0.10 defined as `exports.Name = function (…)` that n10's build leaves unnamed
// in stacks (its keepNames sets `name` on the function, not the name V8 prints).
export const ANONYMOUS_CONSTRUCTORS: Record<string, string> = {
  string_decoder: 'exports.StringDecoder',
};

// Whole source files of n10's plumbing ("package source"): the calls into the binding.
export const HIDDEN_SOURCES = new Set(['fs native', 'fs errors', 'binding errors']);

// The runtime's stand-ins for V8 3.14's builtins (by source file): their outermost frame is the
// builtin's, "native" (`Function.keys (native)`, `Array.sort (native)`), their inner frames none;
// 'hidden': 0.10 showed no frame for the builtin at all (String#trim's check).
export const NATIVE_SOURCES: Record<string, 'native' | 'hidden'> = {
  'object-es5': 'native',
  proto: 'native',
  'array-sort': 'native',
  'string-trim': 'hidden',
  // bind(): the engine's own bind is the native frame.
  'bound-functions': 'hidden',
};

// Anonymous functions of these source files ("package source") are plumbing too (the callback
// a native pbkdf2 completes through).
export const HIDDEN_ANONYMOUS = new Set(['crypto pbkdf2', 'child_process child-process']);

// Functions n10 calls from its own scheduling where 0.10's counterpart was called from native
// code ("package function"): a stack ends with their frame.
export const NATIVE_ENTRIES = new Set(['child_process spawnFailedExit', 'zlib Zlib._binding.onerror', 'dgram afterSend']);

export const VM_SCRIPT_METHODS = new Set(['runInThisContext', 'runInNewContext', 'runInContext']);

// Functions that 0.10 named otherwise (by the function's own name).
export const FUNCTION_NAMES: Record<string, string> = {
  'events Emitter.emit': 'EventEmitter.emit',
  'process tickCallback': 'process._tickCallback',
  'process tickFromSpinner': 'process._tickFromSpinner',
  'process fatalException': 'process._fatalException',
  'stream emitReadableEvent': 'emitReadable_',
  // @n10/stream's ticks for 'readable' and read-more: 0.10's were anonymous closures.
  'stream readableTick': '',
  'stream readMoreTick': '',
  'stream afterWriteTick': '',
  // @n10/stream's by-name emits of 'readable', 'data' and 'drain', called on the stream.
  'stream readableEmit': 'EventEmitter.emit',
  'stream dataEmit': 'EventEmitter.emit',
  'stream drainEmit': 'EventEmitter.emit',
  'stream addChunk': 'readableAddChunk',
  'net listenVia': 'listen',
  // crypto.js's internal pbkdf2, which called the binding (an exported function is pbkdf2 too).
  'crypto pbkdf2Call': 'pbkdf2',
};

// Frames that 0.10 named otherwise (by the whole frame name; '' for the engine's builtins).
export const FRAME_NAMES: Record<string, string> = {
  // The default commands' actions: 0.10's `repl.defineCommand('x', { action: function … })`.
  'repl REPLServer.action': 'REPLServer.repl.defineCommand.action',
  // 0.10's stdio.reduce callback had no name; spawn was `exports.spawn = function`.
  'child_process stdioEntry': '',
  'child_process Object.spawn': 'Object.exports.spawn',
  'child_process spawn': 'exports.spawn',
  'timers Timeout.wrapper': 'wrapper',
  // 0.10's Timeout constructor had no name: a timer was nobody's type.
  'timers Timeout.wrapper [as _onTimeout]': 'wrapper [as _onTimeout]',
  // util.format called by console.log & co. (util.format.apply(this, …)): 0.10's exports.format.
  'util Console.<anonymous>': 'Console.exports.format',
  // A stream's callbacks given to setTimeout by a program (_write's, _transform's): no type.
  'stream Timeout.WritableState.onwrite [as _onTimeout]': 'WritableState.onwrite [as _onTimeout]',
  'stream Timeout.TransformState.afterTransform [as _onTimeout]': 'TransformState.afterTransform [as _onTimeout]',
  // setTimeout(callback, ms, args…)'s closure: V8 3.14 named it by its assignment alone.
  'timers Timeout.timer._onTimeout': 'timer._onTimeout',
  'child_process reportExit': 'Process.ChildProcess._handle.onexit',
  'child_process spawnFailedExit': 'Process.ChildProcess._handle.onexit',
  'timers Timer.listOnTimeout': 'Timer.listOnTimeout [as ontimeout]',
  'timers Check.processImmediate [as oncheck]': 'processImmediate [as _immediateCallback]',
  'fs FSReqWrap.oncomplete': 'Object.oncomplete',
  // Called by whichever handle drains the queue; 0.10 called it on process.
  'process process._tickCallback': 'process._tickCallback',
  'process process._tickDomainCallback': 'process._tickDomainCallback',
  // The runtime's start: 0.10's startup() in node.js, called from its top level.
  'runtime main': 'startup',
  'runtime Object.<anonymous>': '',
  // -e/-p: 0.10 ran the code from a module wrapper of its own (two frames).
  'runtime runScript': 'Object.<anonymous> ([eval]-wrapper:6:22)\n    at Module._compile',
  'runtime runStdinScript': 'Object.<anonymous> ([stdin]-wrapper:6:22)\n    at Module._compile',
  ' parse': 'Object.parse',
  ' stringify': 'Object.stringify',
};

// Receivers today's engine names otherwise ("package type"): constructors whose source name
// the build could not give back (function declarations), a Buffer (its toStringTag is Object).
export const TYPE_NAMES: Record<string, string> = {
  'buffer Buffer2': 'Buffer',
  'buffer Object': 'Buffer',
  'zlib Zlib2': 'Zlib',
  'zlib Zlib3': 'Zlib',
  // A decoder: 0.10's constructor was anonymous (exports.StringDecoder = function …), so no type.
  'string_decoder Object': '',
};
