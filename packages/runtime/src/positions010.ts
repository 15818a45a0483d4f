// Where node 0.10's library frames were: the line:column its own library files gave a frame
// that an n10 frame stands for (stack.ts names the file and the function; this gives the place).
//
// An uncaught error printed `at Module._compile (module.js:456:26)` and `at EventEmitter.emit
// (events.js:95:17)` in 0.10; a program's output holds those numbers, so n10 prints them too.
// A site is known by the statement n10 runs there: the built line (trimmed) of the frame's
// dist file. Where one n10 statement stands for several 0.10 places, the frame's name tells.
// A frame not found here keeps n10's own line and column.

// frameName: only for a frame of that name (or ending in `.name`); shownAs: the name 0.10
// gave the frame, where n10's function cannot carry it (0.10 inferred `b` from `var b =
// function…` for stacks only; today that would be the function's own name too).
type Site = [file010: string, statement: string, position: string, frameName?: string, shownAs?: string];

const SITES: Site[] = [
  // The main module and require().
  ['node.js', 'main();', '901:3'],
  ['node.js', 'Module.runMain();', '119:16'],
  ['module.js', 'Module._load(moduleHooks.mainFilename(), null, true);', '497:10'],
  ['module.js', 'moduleHooks.afterMain();', '499:11'],
  ['module.js', 'module.load(filename);', '312:12'],
  ['module.js', 'Module._extensions[extension](this, filename);', '356:32'],
  ['module.js', 'module.exports = JSON.parse(stripBOM(content));', '482:27'],
  ['module.js', 'module._compile(stripBOM(moduleFs.readFile(filename)), filename);', '474:10'],
  ['module.js', 'return fn.call(this.exports, this.exports, require, this, filename, dirname);', '456:26'],
  // A compile error: thrown by runInThisContext, called from _compile's line 439.
  ['module.js', 'const fn = compileWrapper(Module.wrap(content), filename);', '439:25'],
  ['module.js', 'return Module._load(request, this);', '364:17'],
  // -e / -p: 0.10 ran the code from its own module wrapper, called by evalScript.
  ['module.js', 'return compile(source, filename).runInThisContext({ displayErrors: false });', '456:26'],
  ['node.js', 'const result = name === "[stdin]" ? runStdinScript(body) : runScript(body, name);', '532:25'],
  ['module.js', 'return compile(source, "[stdin]").runInThisContext({ displayErrors: false });', '456:26'],
  ['node.js', 'evalScript("[eval]", opts.evalSource, opts.print, process);', '80:7'],
  ['node.js', 'evalScript("[stdin]", code, opts.print, process);', '154:11'],
  ['module.js', 'return self.require(request);', '380:17'],
  // A module not found (require, require.resolve, the main script).
  ['module.js', 'const err = new Error("Cannot find module \'" + request + "\'");', '338:15'],
  ['module.js', 'const filename = Module._resolveFilename(request, parent);', '280:25'],
  ['module.js', 'return Module._resolveFilename(request, self);', '384:19', undefined, 'Function.require.resolve'],
  // Ticks, timers, immediates.
  ['node.js', 'callback();', '415:13', 'process._tickCallback'],
  ['node.js', 'tickCallback();', '390:15', 'process._tickFromSpinner'],
  ['node.js', 'caught = domain.emit("error", er);', '249:27'],
  ['node.js', 'caught = p.emit("uncaughtException", er);', '272:26'],
  ['node.js', 'if (typeof callback !== "function") throw sited(notAFunction(callback), 415, "            callback();", 12);', '415:13'],
  ['node.js', 'callback();', '459:13', 'process._tickDomainCallback'],
  ['timers.js', 'first._onTimeout();', '110:15', 'Timer.listOnTimeout [as ontimeout]'],
  ['timers.js', 'first._onTimeout();', '412:13', 'Timer.unrefTimeout [as ontimeout]'],
  ['timers.js', 'applyCallbackAt(callback, this, args, 252, "    callback.apply(this, args);");', '252:14'],
  ['timers.js', 'applyCallbackAt(callback, timer, rest, 210, "      callback.apply(timer, args);");', '210:16'],
  ['timers.js', 'applyCallbackAt(callback, immediate, args, 348, "      callback.apply(immediate, args);");', '348:16'],
  ['timers.js', 'immediate._onImmediate();', '330:15'],
  // A callback that is not a function: n10 throws 0.10's TypeError where 0.10's call failed.
  ['timers.js', 'throw sited(propertyNotAFunction(first, "_onTimeout"), 110, "        first._onTimeout();", 14);', '110:15', 'Timer.listOnTimeout [as ontimeout]'],
  ['timers.js', 'throw sited(propertyNotAFunction(immediate, "_onImmediate"), 330, "    immediate._onImmediate();", 14);', '330:15'],
  // EventEmitter#emit: 0.10 called one listener by argument count (none, one, two, more),
  // several listeners from a copy of the list.
  ['events.js', 'handler.call(this);', '92:17'],
  ['events.js', 'handler.call(this, a1);', '95:17'],
  ['events.js', 'handler.call(this, a1, a2);', '98:17'],
  ['events.js', 'handler.call(this, a1, a2, a3);', '106:17'],
  ['events.js', 'handler.apply(this, restOf(arguments));', '106:17'],
  ['events.js', 'if (argc <= 4) callEach(this, handler, argc, a1, a2, a3);', '117:20'],
  ['events.js', 'else applyEach(this, handler, restOf(arguments));', '117:20'],
  ['events.js', 'if (handler === void 0) return type === "error" ? unhandledError(this, a1) : false;', '74:15'],
  ['events.js', 'if (type === "error" && (!handler || !handler.length)) return unhandledError(this, a1);', '74:15'],
  ['events.js', 'listener.apply(this, arguments);', '175:14'],
  // The "possible EventEmitter memory leak" warning's console.trace().
  ['events.js', 'if (typeof con.trace === "function") con.trace();', '160:15'],
  // Streams.
  // Listeners pipe() adds (the frames of a "possible EventEmitter memory leak" trace): 0.10's
  // Readable#pipe, and Stream#pipe (the legacy one, which a Readable in old mode uses too).
  ['events.js', 'this.on(type, g);', '179:8'],
  ['_stream_readable.js', 'const res = emitterOn.call(this, event, listener);', '689:33', 'Readable.on'],
  ['_stream_readable.js', 'else src.once("end", endFn);', '474:9'],
  ['_stream_readable.js', 'dest.on("unpipe", onunpipe);', '476:8'],
  ['_stream_readable.js', 'dest.on("drain", ondrain);', '491:8', 'Readable.pipe'],
  ['_stream_readable.js', 'dest.once("close", onclose);', '536:8'],
  ['_stream_readable.js', 'dest.once("finish", onfinish);', '541:8'],
  // Unpiping: the pipe's onerror/onclose/onfinish call its unpipe(), which calls src.unpipe(dest);
  // Readable.unpipe tells the destination(s).
  ['_stream_readable.js', 'unpipe();', '515:5', 'onerror'],
  ['_stream_readable.js', 'unpipe();', '534:5', 'onclose'],
  ['_stream_readable.js', 'unpipe();', '539:5', 'onfinish'],
  ['_stream_readable.js', 'src.unpipe(dest);', '544:9', 'unpipe'],
  ['_stream_readable.js', 'if (dest) dest.emit("unpipe", this);', '651:12'],
  ['_stream_readable.js', 'for (let i = 0; i < len; i++) dests[i].emit("unpipe", this);', '667:16'],
  ['_stream_readable.js', 'dest.emit("unpipe", this);', '681:8'],
  ['_stream_readable.js', 'dest.emit("pipe", src);', '548:8'],
  ['stream.js', 'source.on("data", ondata);', '57:10'],
  ['stream.js', 'dest.on("drain", ondrain);', '65:8', 'Stream.pipe'],
  ['stream.js', 'source.on("end", onend2);', '70:12'],
  ['stream.js', 'source.on("close", onclose);', '71:12'],
  ['stream.js', 'source.on("error", onerror);', '98:10'],
  ['stream.js', 'dest.on("error", onerror);', '99:8'],
  ['stream.js', 'source.on("end", cleanup);', '118:10'],
  ['stream.js', 'source.on("close", cleanup);', '119:10'],
  ['stream.js', 'dest.on("close", cleanup);', '121:8'],
  ['stream.js', 'dest.emit("pipe", source);', '123:8'],
  ['_stream_readable.js', 'return addChunk(this, state, chunk, encoding, false);', '127:10'],
  // A string chunk in an encoding Buffer refuses: made in push, or in decodeChunk under writeOrBuffer.
  ['_stream_readable.js', 'chunk = new BufferCtor(chunk, encoding);', '122:15'],
  ['_stream_writable.js', 'return new BufferCtor(chunk, encoding);', '189:13'],
  ['_stream_writable.js', 'chunk = decodeChunk(chunk, encoding);', '198:11'],
  ['_stream_readable.js', 'if (state.needReadable) emitReadable(stream);', '165:9'],
  ['_stream_readable.js', 'this._read(state.highWaterMark);', '320:10'],
  ['_stream_readable.js', 'emitReadableEvent(stream);', '401:7', ''],
  ['_stream_readable.js', 'emitReadableEvent(stream);', '404:5'],
  ['_stream_readable.js', 'maybeReadMore_(stream, state);', '422:7', ''],
  ['_stream_readable.js', 'stream.read(0);', '431:12', 'maybeReadMore_'],
  ['_stream_readable.js', 'return readableEmit.call(stream);', '408:10'],
  ['_stream_readable.js', 'dest.end();', '483:10'],
  ['_stream_readable.js', 'src.on("readable", pipeOnReadable);', '556:10'],
  ['_stream_readable.js', 'flow(src);', '560:7'],
  ['_stream_readable.js', 'flow(this);', '624:5', 'pipeOnReadable'],
  ['_stream_readable.js', 'if (dest.write(chunk) === false) state.awaitDrain++;', '583:24'],
  ['_stream_readable.js', 'while (state.pipesCount && (chunk = src.read()) !== null) {', '589:52'],
  ['_stream_readable.js', 'if (state.pipesCount === 1) write(state.pipes, chunk, state);', '592:7'],
  ['_stream_readable.js', 'if (dest.write(c) === false) state.awaitDrain++;', '583:24'],
  ['_stream_readable.js', 'state.pipes.forEach(/* @__PURE__ */ __name(function write(dest) {', '594:19'],
  ['_stream_readable.js', 'if (!state.reading) this.read(0);', '701:14', 'Readable.on'],
  ['_stream_readable.js', 'while (!paused && (c = stream.read()) !== null) stream.emit("data", c);', '746:14'],
  ['_stream_readable.js', 'stream.emit("end");', '920:16'],
  ['_stream_readable.js', 'this.emit("error", new Error("not implemented"));', '446:22'],
  ['_stream_writable.js', 'onwrite(stream, er);', '97:5'],
  // A failed write: onwriteError (the callback now or on the next tick, then 'error').
  ['_stream_writable.js', 'onwriteError(stream, sync, er, cb);', '251:5'],
  ['_stream_writable.js', 'cb(er);', '231:5', 'onwriteError'],
  ['_stream_writable.js', 'cb(er);', '228:7', ''],
  ['_stream_writable.js', 'stream.emit("error", er);', '233:10', 'onwriteError'],
  ['_stream_writable.js', 'const er = new Error("write after end");', '130:12'],
  ['_stream_writable.js', 'const er = new TypeError("Invalid non-string/buffer chunk");', '150:14'],
  ['_stream_writable.js', 'validChunk(this, cb);', '179:12'],
  ['_stream_writable.js', 'cb(new Error("not implemented"));', '319:6'],
  ['_stream_readable.js', 'stream.emit("error", new Error("stream.push() after EOF"));', '146:15'],
  ['_stream_readable.js', 'return new TypeError("Invalid non-string/buffer chunk");', '365:10'],
  ['_stream_readable.js', 'stream.emit("error", chunkInvalid());', '137:12'],
  ['_stream_transform.js', 'return afterTransform(stream, er, data);', '74:12'],
  ['_stream_transform.js', 'if (!cb) return stream.emit("error", new Error("no writecb in Transform class"));', '90:33'],
  ['_stream_transform.js', 'const er = new Error("not implemented");', '154:9'],
  ['url.js', 'u.parse(url2, parseQueryString, slashesDenoteHost);', '101:5'],
  ['_stream_writable.js', 'writeAfterEnd(this, cb);', '178:5'],
  ['net.js', 'return DuplexCtor.prototype.write.apply(this, arguments);', '613:40'],
  ['_stream_writable.js', 'return writeOrBuffer(this, state, chunk, encoding, cb, isBuf);', '180:11'],
  ['_stream_writable.js', 'else doWrite(stream, state, len, chunk, encoding, cb);', '211:5'],
  ['_stream_writable.js', 'stream._write(chunk, encoding, state.onwrite);', '221:10'],
  ['_stream_writable.js', 'else afterWrite(stream, state, finished, cb);', '264:7'],
  ['_stream_writable.js', 'if (finished) finishMaybe(stream, state);', '274:5'],
  // A write's completion: onwrite starts the queued writes (clearBuffer), afterWrite (on the
  // next tick for a synchronous _write) says 'drain' through onwriteDrain, then calls back.
  ['_stream_writable.js', 'if (!finished && !state.bufferProcessing && state.buffer.length) clearBuffer(stream, state);', '257:7'],
  ['_stream_writable.js', 'doWrite(stream, state, len, entry.chunk, entry.encoding, entry.callback);', '299:5'],
  ['_stream_writable.js', 'afterWrite(stream, state, done, callback);', '261:9', ''],
  ['_stream_writable.js', 'if (!finished) onwriteDrain(stream, state);', '271:5'],
  ['_stream_writable.js', 'cb();', '272:3', 'afterWrite'],
  ['_stream_writable.js', 'drainEmit.call(stream);', '283:12'],
  // Old-mode readables ('data' listeners, pause/resume) and wrap(): their 'readable' emits and pushes.
  ['_stream_readable.js', 'stream.emit("readable");', '771:10', 'emitDataEvents'],
  ['_stream_readable.js', 'stream.emit("readable");', '763:16', ''],
  ['_stream_readable.js', 'if (event === "data" && !this._readableState.flowing) emitDataEvents(this, false);', '692:5'],
  ['_stream_readable.js', 'if (!self.push(chunk)) {', '798:20'],
  ['_stream_transform.js', 'if (data !== null && data !== void 0) stream.push(data);', '96:12'],
  ['_stream_transform.js', 'cb(er);', '99:5', 'afterTransform'],
  // A bad encoding in the options or setEncoding: new StringDecoder where 0.10 made it, under the constructors.
  ['_stream_readable.js', 'this.decoder = new DecoderCtor(options.encoding);', '95:20'],
  ['_stream_readable.js', 'this._readableState = new ReadableStateCtor(options, this);', '104:25'],
  ['_stream_readable.js', 'state.decoder = new DecoderCtor(encoding);', '196:33'],
  ['_stream_duplex.js', 'ReadableCtor.call(this, options);', '43:12'],
  ['_stream_transform.js', 'DuplexCtor2.call(this, options);', '113:10'],
  ['_stream_passthrough.js', 'TransformCtor.call(this, options);', '36:13'],
  ['_stream_writable.js', 'if (!state.ending && !state.finished) endWritable(this, state, cb);', '339:5'],
  ['_stream_writable.js', 'stream.emit("finish");', '354:12'],
  ['_stream_writable.js', 'finishMaybe(stream, state);', '361:3'],
  ['_stream_transform.js', 'stream._flush(function(er) {', '130:12'],
  ['_stream_transform.js', 'return duplexPush.call(this, chunk, encoding);', '140:32'],
  ['_stream_transform.js', 'if (ts.needTransform || rs.needReadable || rs.length < rs.highWaterMark) this._read(rs.highWaterMark);', '167:12'],
  ['_stream_transform.js', 'this._transform(ts.writechunk, ts.writeencoding, ts.afterTransform);', '179:10'],
  // fs.
  ['fs.js', 'if (!domain) return this.complete(err, result);', '107:15'],
  ['fs.js', 'fs.open(path, flag, DEFAULT_FILE_MODE, function(er, fd_) {', '206:6'],
  ['fs.js', 'open(path, flag, m, callback);', '418:11'],
  ['fs.js', 'const flag = stringToFlags(flags);', '419:16', 'fs.open'],
  ['fs.js', 'const flag = stringToFlags(flags);', '427:51', 'fs.openSync'],
  // The sync calls, where their errors are made.
  ['fs.js', 'return close(fd);', '397:18'],
  ['fs.js', 'return open(path, flag, m);', '427:18'],
  ['fs.js', 'const fd = fs.openSync(path, flag, DEFAULT_FILE_MODE);', '284:15'],
  ['fs.js', 'return write(fd, data, offset, length, position);', '528:18'],
  ['fs.js', 'return rename(oldPath, newPath);', '543:18'],
  ['fs.js', 'const fd = fs.openSync(path, "w");', '578:15'],
  ['fs.js', 'return ftruncate(fd, len);', '601:18'],
  ['fs.js', 'return rmdir(path);', '612:18'],
  ['fs.js', 'return fsync(fd);', '628:18'],
  ['fs.js', 'return mkdir(path, modeNum(mode, DEFAULT_DIR_MODE));', '642:18'],
  ['fs.js', 'return readdir(path);', '654:18'],
  ['fs.js', 'return fstat(fd);', '674:18'],
  ['fs.js', 'return lstat(path);', '679:18'],
  ['fs.js', 'return stat(path);', '684:18'],
  ['fs.js', 'return readlink(path);', '695:18'],
  ['fs.js', 'return symlink(destination, path, t);', '730:18'],
  ['fs.js', 'return link(srcpath, dstpath);', '748:18'],
  ['fs.js', 'return unlink(path);', '760:18'],
  ['fs.js', 'return fchmod(fd, modeNum(mode));', '768:18'],
  ['fs.js', 'return chmod(path, modeNum(mode));', '821:18'],
  ['fs.js', 'return chown(path, uid, gid);', '858:18'],
  ['fs.js', 'utimes(path, a, m);', '889:11'],
  ['fs.js', 'futimes(fd, a, m);', '901:11'],
  ['fs.js', 'const fd = fs.openSync(path, flag, opts.mode);', '966:15'],
  ['fs.js', 'fs.writeFileSync(path, data, opts);', '1012:6'],
  ['fs.js', 'const stat = fs.lstatSync(base);', '1265:21'],
  ['fs.js', 'fs.statSync(base);', '1282:12'],
  ['fs.js', 'let p = import_path.default.resolve(path);', '1207:18', 'realpathSync'],
  ['fs.js', 'let p = import_path.default.resolve(path);', '1309:18', 'realpath'],
  ['fs.js', 'linkTarget = fs.readlinkSync(base);', '1283:25'],
  ['fs.js', 'if (callback) callback(err ? false : true);', '168:19'],
  ['fs.js', 'return callback(er, result);', '266:14'],
  ['fs.js', 'bytesRead = fs.readSync(fd, buf, pos, size - pos);', '310:28'],
  ['fs.js', 'if (cb) cb(completionError(err), bytesRead || 0, target);', '454:17'],
  ['fs.js', 'const r = read(fd, target, offset, length, position);', '476:19'],
  ['fs.js', 'cb(completionError(err), written || 0, data);', '510:5'],
  ['fs.js', 'self.emit("open", fd);', '1660:10', 'WriteStream.<anonymous>'],
  ['fs.js', 'self.emit("open", fd);', '1505:10'],
  ['fs.js', 'else self.emit("close");', '1596:14'],
  ['fs.js', 'self.push(b);', '1561:12', 'onread'],
  ['fs.js', 'cb();', '1681:5'],
  ['fs.js', 'return cb(er);', '1678:14'],
  // fs.unwatchFile: StatWatcher#stop, whose handle called onstop, which emitted 'stop'.
  ['fs.js', 'self.emit("stop");', '1108:10'],
  ['fs.js', 'if (typeof handle.onstop === "function") handle.onstop();', '1121:16'],
  ['fs.js', 'stat.stop();', '1179:10'],
  // fs.realpath's callback: from LOOP at the end of the path (a tick), from gotStat (lstat's
  // error), from the fs.stat callback of a link (a dangling one), from gotTarget (readlink's error).
  ['fs.js', 'cb(null, p);', '1356:14', 'LOOP'],
  ['fs.js', 'if (err) return cb(err);', '1381:21', 'gotStat'],
  ['fs.js', 'if (err) return cb(err);', '1400:23', ''],
  ['fs.js', 'if (err) return cb(err);', '1410:21', 'gotTarget'],
  // Callbacks and events of fs's own JavaScript: readFile (open's error, a read error after
  // close), writeFile/appendFile (open's error), a NUL byte's error on the next tick, the
  // streams' 'error' (open, read, WriteStream open), fs.watch and fs.watchFile 'change'.
  ['fs.js', 'if (er) return callback(er);', '207:20'],
  ['fs.js', 'return callback(er);', '237:16'],
  ['fs.js', 'callback(openErr);', '944:21'],
  ['fs.js', 'callback(er);', '123:7', ''],
  ['fs.js', 'self.emit("error", er);', '1500:12', ''],
  ['fs.js', 'self.emit("error", er);', '1555:12', 'onread'],
  ['fs.js', 'self.emit("error", er);', '1655:12', 'WriteStream.<anonymous>'],
  ['fs.js', 'self.emit("change", event, filename);', '1039:12'],
  ['fs.js', 'self.emit("change", curr, prev);', '1104:10'],
  ['fs.js', 'if (encoding && !Buffer.isEncoding(encoding)) throw sited(new Error("Unknown encoding: " + encoding), SITES.assertEncoding);', '112:27'],
  ['fs.js', 'fs.open(path, flag, opts.mode, function(openErr, fd) {', '942:6'],
  ['fs.js', 'if (typeof filename !== "string") throw new TypeError("Bad arguments");', '1047:24'],
  ['fs.js', 'watcher.start(filename, options.persistent);', '1076:11'],
  // fs.watch's errors, made in fs's own errnoException and thrown by FSWatcher#start.
  ['fs.js', 'const e = (0, import_binding.errnoException)(err, syscall);', '1019:11'],
  ['fs.js', 'if (captureStackTrace !== void 0) captureStackTrace(e);', '1019:11', 'errnoException'],
  ['fs.js', 'throw sited(errnoException(r, "watch"), SITES.watchStart);', '1051:11'],
  // An unknown encoding (assertEncoding) in each fs function that checked one.
  ['fs.js', 'assertEncoding(encoding);', '196:3', 'fs.readFile'],
  ['fs.js', 'assertEncoding(encoding);', '281:3', 'fs.readFileSync'],
  ['fs.js', 'assertEncoding(encoding);', '436:5', 'fs.read'],
  ['fs.js', 'assertEncoding(encoding);', '467:5', 'fs.readSync'],
  ['fs.js', 'assertEncoding(args[3]);', '490:5', 'fs.write'],
  ['fs.js', 'assertEncoding(args[3]);', '520:5', 'fs.writeSync'],
  ['fs.js', 'assertEncoding(opts.encoding);', '939:3', 'fs.writeFile'],
  ['fs.js', 'assertEncoding(opts.encoding);', '963:3', 'fs.writeFileSync'],
  // fs.createReadStream/createWriteStream and the constructors called without new.
  ['fs.js', 'return new ReadStream(path, options);', '1436:10'],
  ['fs.js', 'if (!(this instanceof ReadStream)) return new ReadStream(path, options);', '1444:12', 'fs.ReadStream', 'Object.ReadStream'],
  ['fs.js', 'return new WriteStream(path, options);', '1606:10'],
  ['fs.js', 'if (!(this instanceof WriteStream)) return new WriteStream(path, options);', '1613:12', 'fs.WriteStream', 'Object.WriteStream'],
  // net.
  ['net.js', 'const handle = createHandle(opts.fd);', '156:20'],
  ['net.js', 'this.emit("timeout");', '327:8'],
  ['net.js', 'self.emit("error", exception);', '441:14'],
  ['net.js', 'self.emit("close", isException);', '466:12'],
  ['net.js', 'if (self.ondata) self.ondata(chunk, 0, chunk.length);', '525:27'],
  ['net.js', 'else ret = self.push(chunk);', '526:21'],
  ['net.js', 'self._destroy(errnoException(nread, "read"));', '556:19'],
  ['net.js', 'self._destroy(errnoException(status, "write"), r.cb);', '718:19'],
  ['net.js', 'self.emit("connect");', '883:10'],
  ['net.js', 'self._destroy(errnoException(status, "connect"));', '892:19'],
  ['net.js', 'return binding().errnoException(err, syscall);', '901:11'],
  ['net.js', 'const ex = errnoException(err, "listen");', '1039:14'],
  ['net.js', 'const error = errnoException(made, "listen");', '1020:19'],
  // Server#listen's forms, each calling listen() from its own line.
  ['net.js', 'listenVia(self, "0.0.0.0", 0, null, backlog);', '1101:5'],
  ['net.js', 'listenVia(self, null, null, null, backlog, h.fd);', '1114:7'],
  ['net.js', 'listenVia(self, pipeName, -1, -1, backlog);', '1121:5'],
  ['net.js', 'listenVia(self, "0.0.0.0", port, 4, backlog);', '1127:5'],
  ['net.js', 'else listenVia(self, ip || "0.0.0.0", port, ip ? addressType : 4, backlog);', '1135:9'],
  ['net.js', 'self.emit("listening");', '1052:10'],
  ['net.js', 'self._listen2(address, port, addressType, backlog, fd);', '1061:10'],
  ['net.js', 'else listenVia(self, ip || "0.0.0.0", port, ip ? addressType : 4, backlog);', '1135:9'],
  ['net.js', 'self.emit("connection", socket);', '1180:8'],
  ['net.js', 'self.emit("close");', '1265:10'],
  // http.
  ['http.js', 'return !!parser.onIncoming(message, info.shouldKeepAlive);', '120:23'],
  ['http.js', 'if (!message.push(b.slice(start, start + len))) readStop(message.socket);', '141:22'],
  ['http.js', 'req.emit("error", err);', '1548:9'],
  ['http.js', 'const ret = parser.execute(d, start, end - start);', '1584:20', 'socketOnData [as ondata]'],
  ['http.js', 'const handled = req.emit("response", res);', '1689:21'],
  ['http.js', 'const ret = parser.execute(d, start, end - start);', '1966:22', 'socket.ondata'],
  ['http.js', 'self.emit("request", req, res);', '2076:12'],
  // Argument errors.
  ['assert.js', 'if (shouldThrow && !actual) fail(actual, expected, "Missing expected exception" + suffix);', '299:5'],
  ['assert.js', '_throws.call(this, true, block, error, message);', '316:11'],
  // assert.throws / doesNotThrow with an `expected` that is not a function: 0.10's instanceof failed.
  ['assert.js', 'if (!shouldThrow && expectedException(actual, expected)) fail(actual, expected, "Got unwanted exception" + suffix);', '302:23'],
  ['assert.js', 'if (shouldThrow && actual && expected && !expectedException(actual, expected) || !shouldThrow && actual) {', '307:8'],
  ['assert.js', '_throws.call(this, false, block, message, arguments[2]);', '321:11'],
  ['assert.js', 'if (typeof block !== "function") throw new TypeError((block === null ? "object" : typeof block) + " is not a function");', '290:5'],
  ['querystring.js', 'return querystring.unescapeBuffer(s, decodeSpaces).toString();', '108:22'],
  ['querystring.js', 'const out = new import_buffer.Buffer(s.length);', '42:13'],
  ['path.js', 'const kept = paths.filter((p) => {', '358:36'],
  // path.resolve called without its module (var r = path.resolve; r(1)): 0.10's inferred name.
  ['path.js', 'if (typeof p !== "string") throw sited(new TypeError("Arguments to path.resolve must be strings"), 313, RESOLVE_LINE, 14);', '313:15', '', 'exports.resolve'],
  ['path.js', 'const fromParts = exportsOf.resolve(from).split("/").filter(nonEmpty);', '370:20'],
  ['path.js', 'const toParts = exportsOf.resolve(to).split("/").filter(nonEmpty);', '371:18'],
  ['path.js', 'throw sited(noMethod(p, "charAt"), 336, "    var isAbsolute = path.charAt(0) === \'/\',", 26);', '336:27'],
  ['path.js', 'if (typeof p !== "string") throw sited(new TypeError("Arguments to path.join must be strings"), 360, JOIN_LINE, 14);', '360:15'],
  ['util.js', 'throw sited(new TypeError(`Cannot read property \'prototype\' of ${superCtor}`), 555, CREATE_LINE, 42);', '555:43'],
  // util.inspect and util.format reaching an object's own inspect(): inspect, formatValue, format.
  ['util.js', 'return formatValue(ctx, object, ctx.depth);', '140:10'],
  // util.format's %j that throws: JSON.stringify in the String#replace callback, and format's replace.
  ['util.js', 'return String(JSON.stringify(arg));', '41:30', ''],
  ['util.js', 'rep = "%j".replace(PERCENT_J, function() {', '35:23'],
  ['util.js', 'if (!(ctor && ctor.prototype === value)) return String(custom.call(value, recurseTimes));', '212:25'],
  ['util.js', 'for (let i2 = 0; i2 < argc; i2++) out += (i2 ? " " : "") + inspect_default(arguments[i2]);', '27:20'],
  ['util.js', 'str += " " + (x === null || typeof x !== "object" ? typeof x === "function" ? string010(x) : String(x) : inspect_default(x));', '50:20'],
  ['zlib.js', 'checkOptions(opts);', '258:13'],
  ['zlib.js', 'setUp(this, opts, Mode.GZIP);', '189:8'],
  ['zlib.js', 'return new GzipClass(o);', '96:10'],
  ['zlib.js', 'const error2 = new Error(message);', '295:17'],
  ['zlib.js', 'self.emit("error", error2);', '298:10'],
  ['buffer.js', 'return fromString(subject, encoding);', '215:28', 'new Buffer'],
  // Buffer.isEncoding: 0.10 called encoding.toLowerCase() on line 246.
  ['buffer.js', 'if (typeof lower !== "function") throw noMethod(encoding, "toLowerCase");', '246:32', 'isEncoding'],
  ['buffer.js', 'const lowered = lower.call(encoding);', '246:32', 'isEncoding'],
  // Buffer.concat's buf.copy(buffer, pos) (a given length too short: copy throws).
  ['buffer.js', 'copyFn.call(item, out, pos);', '499:9', 'concat'],
  ['string_decoder.js', 'assertEncoding(encoding);', '30:3'],
  ['string_decoder.js', 'this.detectIncompleteChar(chunk);', '99:28'],
  // Buffer's readers and writers checking their arguments (one n10 statement for several).
  ['buffer.js', 'if (!noAssert) checkInt(this, value, offset, 1, 255, 0);', '794:5', 'Buffer.writeUInt8'],
  ['buffer.js', 'if (!noAssert) checkInt(this, value, offset, 2, 65535, 0);', '812:5', 'Buffer.writeUInt16LE'],
  ['buffer.js', 'if (!noAssert) checkInt(this, value, offset, 2, 65535, 0);', '819:5', 'Buffer.writeUInt16BE'],
  ['buffer.js', 'if (!noAssert) checkInt(this, value, offset, 4, 4294967295, 0);', '841:5', 'Buffer.writeUInt32LE'],
  ['buffer.js', 'if (!noAssert) checkInt(this, value, offset, 4, 4294967295, 0);', '848:5', 'Buffer.writeUInt32BE'],
  ['buffer.js', 'if (!noAssert) checkInt(this, value, offset, 1, 127, -128);', '892:5', 'Buffer.writeInt8'],
  ['buffer.js', 'if (!noAssert) checkInt(this, value, offset, 2, 32767, -32768);', '900:5', 'Buffer.writeInt16LE'],
  ['buffer.js', 'if (!noAssert) checkInt(this, value, offset, 2, 32767, -32768);', '908:5', 'Buffer.writeInt16BE'],
  ['buffer.js', 'if (!noAssert) checkInt(this, value, offset, 4, 2147483647, -2147483648);', '916:5', 'Buffer.writeInt32LE'],
  ['buffer.js', 'if (!noAssert) checkInt(this, value, offset, 4, 2147483647, -2147483648);', '924:5', 'Buffer.writeInt32BE'],
  ['buffer.js', 'checkOffset(offset, 4, this.length);', '932:5', 'Buffer.writeFloatLE'],
  ['buffer.js', 'checkOffset(offset, 4, this.length);', '939:5', 'Buffer.writeFloatBE'],
  ['buffer.js', 'checkOffset(offset, 8, this.length);', '946:5', 'Buffer.writeDoubleLE'],
  ['buffer.js', 'checkOffset(offset, 8, this.length);', '953:5', 'Buffer.writeDoubleBE'],
  ['buffer.js', 'if (!noAssert && !(offset >>> 0 === offset && offset + 2 <= this.length)) checkOffset(offset, 2, this.length);', '609:5', 'Buffer.readUInt16LE'],
  ['buffer.js', 'if (!noAssert && !(offset >>> 0 === offset && offset + 2 <= this.length)) checkOffset(offset, 2, this.length);', '616:5', 'Buffer.readUInt16BE'],
  ['buffer.js', 'if (!noAssert && !(offset >>> 0 === offset && offset + 4 <= this.length)) checkOffset(offset, 4, this.length);', '642:5', 'Buffer.readUInt32LE'],
  ['buffer.js', 'if (!noAssert && !(offset >>> 0 === offset && offset + 4 <= this.length)) checkOffset(offset, 4, this.length);', '649:5', 'Buffer.readUInt32BE'],
  ['buffer.js', 'if (!noAssert && !(offset >>> 0 === offset && offset + 2 <= this.length)) checkOffset(offset, 2, this.length);', '720:5', 'Buffer.readInt16LE'],
  ['buffer.js', 'if (!noAssert && !(offset >>> 0 === offset && offset + 2 <= this.length)) checkOffset(offset, 2, this.length);', '727:5', 'Buffer.readInt16BE'],
  ['buffer.js', 'if (!noAssert && !(offset >>> 0 === offset && offset + 4 <= this.length)) checkOffset(offset, 4, this.length);', '743:5', 'Buffer.readInt32LE'],
  ['buffer.js', 'if (!noAssert && !(offset >>> 0 === offset && offset + 4 <= this.length)) checkOffset(offset, 4, this.length);', '750:5', 'Buffer.readInt32BE'],
  ['buffer.js', 'if (!noAssert && !(offset >>> 0 === offset && offset + 4 <= this.length)) checkOffset(offset, 4, this.length);', '756:5', 'Buffer.readFloatLE'],
  ['buffer.js', 'if (!noAssert && !(offset >>> 0 === offset && offset + 4 <= this.length)) checkOffset(offset, 4, this.length);', '763:5', 'Buffer.readFloatBE'],
  ['buffer.js', 'if (!noAssert && !(offset >>> 0 === offset && offset + 8 <= this.length)) checkOffset(offset, 8, this.length);', '770:5', 'Buffer.readDoubleLE'],
  ['buffer.js', 'if (!noAssert && !(offset >>> 0 === offset && offset + 8 <= this.length)) checkOffset(offset, 8, this.length);', '777:5', 'Buffer.readDoubleBE'],
  ['crypto.js', 'if (!(this instanceof Hash)) return new HashCtor(algorithm, options);', '187:12'],
  ['crypto.js', 'this._binding = new HashHandle(algorithm);', '188:19'],
  // Where 0.10's crypto.js called its native binding (whose failures threw from C++, with no
  // frame of their own; n10's handles are hidden, library-frames.ts).
  ['crypto.js', 'this._binding.update(data, inputEncoding || defaultEncoding());', '209:17', 'Hash.update'],
  ['crypto.js', 'if (!(this instanceof Hmac)) return new HmacCtor(algorithm, key2, options);', '224:12'],
  ['crypto.js', 'this._binding = new HmacHandle(algorithm, key2);', '226:17'],
  ['crypto.js', 'if (!(this instanceof Cipher)) return new CipherCtor(algorithm, password, options);', '249:12'],
  ['crypto.js', 'this._binding.init(algorithm, toBuf(password));', '252:17', 'new Cipher'],
  ['crypto.js', 'this._binding.init(algorithm, toBuf(password));', '332:17', 'new Decipher'],
  ['crypto.js', 'ret = this._binding.final();', '287:27'],
  ['crypto.js', 'if (!(this instanceof Cipheriv)) return new CipherivCtor(algorithm, key2, iv, options);', '308:12'],
  ['crypto.js', 'this._binding.initiv(algorithm, toBuf(key2), toBuf(iv));', '310:17', 'new Cipheriv'],
  ['crypto.js', 'this._binding.initiv(algorithm, toBuf(key2), toBuf(iv));', '355:17', 'new Decipheriv'],
  ['crypto.js', 'if (!(this instanceof Sign)) return new SignCtor(algorithm, options);', '375:12'],
  ['crypto.js', 'this._binding = new SignHandle(algorithm);', '377:17'],
  ['crypto.js', 'if (!(this instanceof DiffieHellman)) return new DiffieHellmanCtor(sizeOrKey, encoding);', '430:12'],
  ['crypto.js', 'this._binding = DhHandle.fromSizeOrPrime(key2);', '437:21'],
  ['crypto.js', 'if (!(this instanceof DiffieHellmanGroup)) return new DiffieHellmanGroupCtor(name);', '448:12'],
  ['crypto.js', 'this._binding = DhHandle.group(name);', '449:19'],
  // pbkdf2Sync and pbkdf2 calling 0.10's internal pbkdf2 (whose binding call failed).
  ['crypto.js', 'return derive(check(password, salt, iterations, keylen));', '556:10'],
  ['crypto.js', 'const c = check(password, salt, iterations, keylen);', '551:10'],
  // The rest.
  ['child_process.js', 'cb(null, stdout, stderr);', '635:7'],
  ['child_process.js', 'const er = errnoException(err, "spawn");', '771:34'],
  ['child_process.js', 'self.emit("error", er);', '787:12'],
  // The channel: a message read (onread, handleMessage), a disconnect (finish, and onread's at
  // the channel's end).
  ['child_process.js', 'target.emit(isInternal(message) ? "internalMessage" : "message", message, handle);', '318:10'],
  ['child_process.js', 'handleMessage(target, message, handle);', '345:11'],
  ['child_process.js', 'else if (target.connected) target.disconnect();', '354:14'],
  ['child_process.js', 'target.emit("disconnect");', '490:14'],
  ['child_process.js', 'finish();', '501:5'],
  ['child_process.js', 'return b.errnoException(status, syscall);', '980:11'],
  ['child_process.js', 'const e = new Error("Command failed: " + stderr);', '637:15'],
  ['child_process.js', 'self.emit("exit", self.exitCode, self.signalCode);', '789:12'],
  ['child_process.js', 'maybeClose(self);', '802:5', 'Process.ChildProcess._handle.onexit'],
  ['child_process.js', 'if (self._closesGot === self._closesNeeded) self.emit("close", self.exitCode, self.signalCode);', '735:16'],
  ['child_process.js', 'socket.on("close", () => maybeClose(self));', '948:11'],
  ['child_process.js', 'this.emit("error", new Error("channel closed"));', '402:26'],
  // spawn()'s argument errors: in exports.spawn, ChildProcess#spawn and its stdio.reduce callback.
  ['child_process.js', 'throw sited(new Error("Child process can have only one IPC pipe"), SITES.twoIpc);', '878:15'],
  ['child_process.js', 'throw sited(new TypeError("Incorrect value for stdio stream: " + String(spec)), SITES.stdioStream);', '901:13'],
  ['child_process.js', 'throw sited(new TypeError("Incorrect value of stdio option: " + specs), SITES.stdioString);', '842:22'],
  ['child_process.js', 'throw sited(new TypeError("Incorrect value of stdio option: " + String(specs)), SITES.stdioOther);', '845:11'],
  ['child_process.js', 'const stdio = list.reduce(stdioEntry, { entries: [], ipcFd: -1 });', '856:17'],
  ['child_process.js', 'throw sited(new TypeError("Bad argument"), SITES.badArgument);', '915:24'],
  ['child_process.js', `if (typeof given.slice !== "function") throw sited(new TypeError("Object " + describe(args) + " has no method 'slice'"), SITES.argsSlice);`, '699:22'],
  ['child_process.js', `if (list === null || list === void 0 || typeof list.unshift !== "function") throw sited(new TypeError("Object " + describe(list) + " has no method 'unshift'"), SITES.argsUnshift);`, '700:8'],
  ['child_process.js', 'child.spawn({', '715:9'],
  ['child_process.js', `if (type === null) throw sited(new TypeError("This handle type can't be sent"), SITES.handleType);`, '427:15'],
  ['child_process.js', 'const child = spawn(file, args, { cwd: options.cwd, env: options.env });', '607:15'],
  ['child_process.js', 'this.emit("error", new Error("IPC channel is already disconnected"));', '476:26'],
  ['child_process.js', 'if (name === "stdout") ex = new Error("stdout maxBuffer exceeded.");', '678:13'],
  ['child_process.js', 'else ex = new Error("stderr maxBuffer exceeded.");', '686:13'],
  ['dgram.js', 'socket.emit("listening");', '141:10'],
  ['dgram.js', 'startListening(this);', '213:7'],
  ['dgram.js', 'wrap.cb(null, wrap.bytes);', '319:9'],
  ['dgram.js', 'socket.emit("message", (0, import_internal.fromUint8Array)(buf), rinfo);', '437:8'],
  ['dns.js', 'return cb.apply(null, arguments);', '68:16'],
  ['dns.js', 'import_process.default.nextTick(() => cb(null, address, family));', '72:18'],
  ['dns.js', 'return import_binding.default.errnoException(code, syscall);', '37:11'],
  ['dns.js', 'answer(null, first, fam || (first.indexOf(":") >= 0 ? 6 : 4));', '121:9'],
  ['dns.js', 'answer(errnoException(status === 0 ? "ENOTFOUND" : gaiCode(status), "getaddrinfo"));', '124:16'],
  ['domain.js', 'return this.bind(fn)();', '123:23'],
  ['domain.js', 'const ret = callback.apply(this, args.slice(1));', '177:20', '', 'b'],
  ['domain.js', 'const ret = callback.apply(this, args);', '183:18', '', 'b'],
  ['readline.js', 'const ondata = /* @__PURE__ */ __name((data) => self._normalWrite(data), "ondata");', '91:10'],
  ['readline.js', 'this.emit("line", line);', '202:10'],
  ['readline.js', 'this.emit("close");', '272:8'],
  ['readline.js', 'cb(line);', '200:5'],
  ['readline.js', 'this.pause();', '267:8'],
  ['readline.js', 'this.emit("pause");', '280:8'],
  ['readline.js', 'this.emit("resume");', '288:8'],
  ['readline.js', 'const onend = /* @__PURE__ */ __name(() => self.close(), "onend");', '95:10'],
  ['readline.js', 'lines.forEach(function(line) {', '321:11'],
  // A terminal's keys: onData decodes, emitKey emits 'keypress' (a paste key by key through a
  // forEach), onkeypress calls _ttyWrite, whose return/enter (or a pasted line) calls _line.
  ['readline.js', 'this._onLine(line);', '531:8', '_line'],
  ['readline.js', 'this._line();', '760:14'],
  ['readline.js', 'else this._line();', '767:16'],
  ['readline.js', 'if (i > 0) this._line();', '814:20'],
  ['readline.js', 'const onkeypress = /* @__PURE__ */ __name((s, key) => self._ttyWrite(s, key), "onkeypress");', '99:10'],
  ['readline.js', 'if (key || ch) stream.emit("keypress", ch, key);', '1095:12'],
  ['readline.js', 'Array.prototype.forEach.call(s, (c) => emitKey(stream, c));', '1080:7', ''],
  ['readline.js', 'Array.prototype.forEach.call(s, (c) => emitKey(stream, c));', '1079:29', 'emitKey'],
  ['readline.js', 'if (r) emitKey(stream, r);', '840:14'],
  ['readline.js', 'this._onLine(line);', '322:12'],
  ['readline.js', 'if (this.terminal) this._ttyWrite(d, key);', '294:24'],
  ['readline.js', 'else this._normalWrite(d);', '294:49'],
  ['readline.js', 'let string = this._decoder.write(b);', '303:30'],
  // vm.Script / createScript compiling: the call in 0.10's vm.js Script (a compile error's frame).
  ['vm.js', 'const compiled = compile(code, filename);', '32:12', 'new Script'],
  ['vm.js', 'return new Script(code, filename);', '48:10', 'Function.Script.createScript'],
  // A Script's methods (0.10: `return ns[f].apply(ns, arguments);` in the function made for each).
  ['vm.js', 'return impl.apply(void 0, arguments);', '41:22'],
  // The REPL's default eval (0.10's self.eval = function…) and its line handler.
  ['repl.js', 'result = import_vm.default.runInThisContext(code, file);', '110:21', undefined, 'REPLServer.self.eval'],
  ['repl.js', 'result = import_vm.default.runInContext(code, context, file);', '112:21', undefined, 'REPLServer.self.eval'],
  ['repl.js', 'cb(err, result);', '122:7', 'REPLServer.eval', 'REPLServer.self.eval'],
  ['repl.js', 'self.eval("(" + evalCmd + ")", self.context, "repl", function(e, ret) {', '239:12'],
  ['repl.js', 'self.eval(evalCmd, self.context, "repl", finish);', '249:20'],
  // A REPL keyword: parseREPLKeyword runs the command's action; .load types the file's lines
  // in from a forEach callback.
  ['repl.js', 'if (self.parseREPLKeyword(m && m[1], m && m[2]) === true) return;', '219:16'],
  ['repl.js', 'cmd.action.call(this, rest);', '670:16'],
  ['repl.js', 'this.rli.close();', '812:16'],
  ['repl.js', 'lines.forEach(function(line) {', '851:17'],
  ['repl.js', 'if (line) self.rli.write(line + "\\n");', '853:24'],
  ['zlib.js', 'callback(null, buf);', '166:5'],
  // tls: the SecurePair's 'secure' and the ondata hook, called inside CleartextStream.read [as
  // _read] (what a write into the pair read out: its read(0) on line 366).
  ['tls.js', 'this.emit("secure");', '969:10', 'SecurePair.maybeInitFinished'],
  ['tls.js', 'if (deliver.chunk === null) pair.maybeInitFinished();', '463:15'],
  ['tls.js', 'else if (this.ondata) this.ondata(deliver.chunk, 0, deliver.chunk.length);', '508:12'],
  ['tls.js', 'p.cleartext.read(0);', '366:25'],
  ['tls.js', 'p.cycle(true);', '366:25'],
  ['tls.js', 'self.emit("secureConnection", cleartext, pair.encrypted);', '1174:14'],
  ['tls.js', 'cleartext.emit("secureConnect");', '1379:19'],
  // A CryptoStream's 'close', on the tick after destroy().
  ['tls.js', 'enc.emit("close", false);', '687:10'],
  ['tls.js', 'clear.emit("close", clearHadError);', '687:10'],
  // console's writers: the format (or inspect) call on their line.
  ['console.js', 'this._stdout.write(import_util.default.format.apply(this, arguments) + "\\n");', '53:34'],
  ['console.js', 'this._stderr.write(import_util.default.format.apply(this, arguments) + "\\n");', '61:34'],
  ['console.js', 'this._stdout.write(import_util.default.inspect(object) + "\\n");', '69:27'],
  ['console.js', 'if (!time) throw new Error("No such label: " + label);', '81:11'],
  // console.assert's failure: assert.ok called from console.js.
  ['console.js', 'import_assert.default.ok(false, import_util.default.format.apply(this, rest));', '102:23'],
];

// The bundler numbers the names it must tell apart (module2, proto3, import_binding3), and
// those numbers move when a package changes: the statements are compared without them.
const normal = (statement: string): string => statement.trim().replace(/\b([A-Za-z_$][\w$]*?)\d+\b/g, '$1');

let byStatement: Map<string, Site[]> | undefined;

/** 0.10's line:column and name for a frame of `file010` named `frameName` running `statement`, if known. */
export function position010(file010: string, frameName: string, statement: string): { position: string; name: string } | undefined {
  if (byStatement === undefined) {
    byStatement = new Map();
    for (const site of SITES) {
      const key = `${site[0]} ${normal(site[1])}`;
      const list = byStatement.get(key);
      if (list) list.push(site);
      else byStatement.set(key, [site]);
    }
  }
  const sites = byStatement.get(`${file010} ${normal(statement)}`);
  if (sites === undefined) return undefined;
  for (const site of sites) {
    const only = site[3];
    if (only === undefined || frameName === only || (only !== '' && frameName.endsWith(`.${only}`))) return { position: site[2], name: site[4] ?? frameName };
  }
  return undefined;
}

/** The table itself, for the test that checks every statement is still in n10's built code. */
export const sites010: readonly Site[] = SITES;
export const normalStatement = normal;
