// Library frames at 0.10's own places (positions010.ts): the line:column node 0.10's library
// files gave the frame an n10 frame stands for, so that an uncaught error's stack reads as 0.10's.
import test from 'ava';
import fs from 'node:fs';
import path from 'node:path';
import { normalStatement, position010, sites010 } from '../src/positions010';
import { n10, oracle, root, runCaseBoth, runFileBoth } from './helpers';

test('every statement of the table is still in a package built file (a refactor that moves one fails here)', (t) => {
  const statements = new Set<string>();
  const packages = path.join(root, 'packages');
  for (const pkg of fs.readdirSync(packages)) {
    const dist = path.join(packages, pkg, 'dist');
    if (!fs.existsSync(dist)) continue;
    for (const file of fs.readdirSync(dist)) {
      if (!file.endsWith('.js')) continue;
      for (const line of fs.readFileSync(path.join(dist, file), 'utf8').split('\n')) statements.add(normalStatement(line));
    }
  }
  const missing = sites010.filter((site) => !statements.has(normalStatement(site[1]))).map((site) => `${site[0]}: ${site[1]}`);
  t.deepEqual(missing, []);
});

test('a statement standing for several 0.10 places is told by the frame name; the bundler\'s numbered names do not matter', (t) => {
  t.deepEqual(position010('timers.js', 'Timer.listOnTimeout [as ontimeout]', '    first._onTimeout();'), { position: '110:15', name: 'Timer.listOnTimeout [as ontimeout]' });
  t.deepEqual(position010('timers.js', 'Timer.unrefTimeout [as ontimeout]', 'first._onTimeout();'), { position: '412:13', name: 'Timer.unrefTimeout [as ontimeout]' });
  t.deepEqual(position010('module.js', 'Function.Module._load', 'module7.load(filename);'), { position: '312:12', name: 'Function.Module._load' });
  t.deepEqual(position010('domain.js', '', 'const ret = callback.apply(this, args);'), { position: '183:18', name: 'b' });
  t.is(position010('events.js', 'EventEmitter.emit', 'somethingElse();'), undefined);
});

test('an uncaught error at the top level: the same report as node 0.10, module.js and node.js frames included', (t) => {
  const program = 'function f() {\n  throw new Error("boom");\n}\nf();\n';
  const { mine, theirs } = runFileBoth(program);
  t.is(mine.stderr, theirs.stderr);
  t.regex(theirs.stderr, /at Module\._compile \(module\.js:456:26\)/);
  t.is(mine.code, 8);
});

test("an error thrown in a timer, a tick and an emit: 0.10's timers.js, node.js and events.js places", (t) => {
  const program =
    'var EE = require("events").EventEmitter;\n' +
    'function show() { console.log(new Error().stack.split("\\n").slice(2).join("\\n")); }\n' +
    'setTimeout(function () { show(); process.nextTick(function () { show(); var e = new EE(); e.on("x", show); e.emit("x", 1, 2); }); }, 1);\n';
  const mine = n10(['-e', program]);
  const theirs = oracle(['-e', program]);
  t.is(mine.stdout, theirs.stdout);
  t.regex(theirs.stdout, /events\.js:98:17/);
});

test('argument errors and warnings thrown inside the library: frames named and placed as 0.10 (exports.x functions, accessors, the leak trace)', (t) => {
  const program =
    'function frames(f) { try { f(); } catch (e) { console.log(e.stack.split("\\n").slice(0, 3).join("\\n")); } }\n' +
    'frames(function () { require("path").join(5); });\n' +
    'frames(function () { require("util").inherits(function () {}, null); });\n' +
    'frames(function () { require("zlib").createGzip({ level: 99 }); });\n' +
    'frames(function () { require("crypto").createHash("nope"); });\n' +
    'frames(function () { require("assert").throws(function () {}); });\n' +
    'var o = { get port() { return new Error().stack.split("\\n")[1]; } };\n' +
    'console.log(o.port);\n' +
    'var e = new (require("events").EventEmitter)();\n' +
    'for (var i = 0; i < 11; i++) e.on("x", function () {});\n';
  const mine = n10(['-e', program]);
  const theirs = oracle(['-e', program]);
  t.is(mine.stdout, theirs.stdout);
  t.is(mine.stderr, theirs.stderr);
  t.regex(theirs.stdout, /Object\.exports\.inherits \(util\.js:555:43\)/);
  t.regex(theirs.stderr, /EventEmitter\.addListener \(events\.js:160:15\)/);
});

test("library throws: 0.10's throw line and column for the throwing frame, TypeError (<anonymous>) where 0.10 called the constructor without new, owners' names (Buffer.concat)", (t) => {
  const program =
    'function frames(f) { try { f(); } catch (e) { console.log(e.stack.split("\\n").slice(0, 4).join("\\n")); } }\n' +
    'frames(function () { new (require("events").EventEmitter)().on("x", 1); });\n' +
    'frames(function () { Buffer.concat(5); });\n' +
    'frames(function () { new Buffer(2).writeUInt8(300, 0); });\n' +
    'var z = require("zlib").createGunzip();\n' +
    'z.on("error", function () { console.log(new Error().stack); });\n' +
    'z.end(new Buffer("not gzip"));\n';
  const { mine, theirs } = runFileBoth(program);
  t.is(mine.stdout, theirs.stdout);
  t.regex(theirs.stdout, /at TypeError \(<anonymous>\)\n {4}at EventEmitter\.addListener \(events\.js:130:11\)/);
  t.regex(theirs.stdout, /Function\.Buffer\.concat \(buffer\.js:478:11\)/);
  t.regex(theirs.stdout, /Zlib\._binding\.onerror \(zlib\.js:298:10\)\n$/);
});

test("fs.createReadStream/createWriteStream and fs.ReadStream/WriteStream called without new: 0.10's fs.js places and names under a constructor's throw", (t) => {
  const program =
    'var fs = require("fs");\n' +
    'function frames(f) { try { f(); } catch (e) { console.log(e.stack.split("\\n").slice(0, 3).join("\\n")); } }\n' +
    'frames(function () { fs.createReadStream("x", { start: 5, end: 2 }); });\n' +
    'frames(function () { fs.ReadStream("x", { start: 5, end: 2 }); });\n' +
    'frames(function () { fs.createWriteStream("x", { start: -1 }); });\n' +
    'frames(function () { fs.WriteStream("x", { start: -1 }); });\n';
  const { mine, theirs } = runFileBoth(program);
  t.is(mine.stdout, theirs.stdout);
  t.regex(theirs.stdout, /at Object\.fs\.createReadStream \(fs\.js:1436:10\)/);
  t.regex(theirs.stdout, /at Object\.WriteStream \(fs\.js:1613:12\)/);
});

for (const rel of [
  'child_process/error-event-frames.js',
  'child_process/argument-error-frames.js',
  'child_process/event-frames.js',
  'readline/write-null-frames.js',
  'readline/terminal-key-frames.js',
  'readline/event-frames.js',
  'repl/command-frames.js',
]) {
  test(`library frames of child_process, readline and repl at 0.10's places: ${rel}`, (t) => {
    const { mine, theirs } = runCaseBoth(rel);
    t.regex(theirs.stdout, /\.js:\d+:\d+\)/);
    t.is(mine.stdout, theirs.stdout);
  });
}

test("fs.realpath(path, [cache], callback): the frame that called back is LOOP (fs.js:1356:14), gotStat (fs.js:1381:21) or the link's stat callback (fs.js:1400:23), as 0.10's", (t) => {
  const program =
    'var fs = require("fs");\n' +
    'function frames(tag) { console.log(tag + "\\n" + new Error().stack.split("\\n").slice(3).join("\\n")); }\n' +
    'try { fs.symlinkSync("nowhere", __dirname + "/dangling"); } catch (e) {}\n' +
    'fs.realpath(__filename, function () { frames("found");\n' +
    '  fs.realpath(__dirname + "/nope", function () { frames("missing");\n' +
    '    fs.realpath(__dirname + "/dangling", function () { frames("dangling"); fs.unlinkSync(__dirname + "/dangling"); });\n' +
    '  });\n' +
    '});\n';
  const { mine, theirs } = runFileBoth(program);
  t.is(mine.stdout, theirs.stdout);
  t.regex(theirs.stdout, /found\n {4}at LOOP \(fs\.js:1356:14\)/);
  t.regex(theirs.stdout, /missing\n {4}at gotStat \(fs\.js:1381:21\)/);
  t.regex(theirs.stdout, /dangling\n {4}at fs\.js:1400:23/);
});

test("fs's own callbacks and events: readFile/writeFile errors, the streams' 'error', fs.watch 'change' at 0.10's fs.js places", (t) => {
  const program =
    'var fs = require("fs");\n' +
    'function frames(tag) { console.log(tag + "\\n" + new Error().stack.split("\\n").slice(3).join("\\n")); }\n' +
    'fs.readFile(__dirname + "/nope", function () { frames("readFile");\n' +
    '  fs.readFile(__dirname, function () { frames("readFile dir");\n' +
    '    fs.writeFile(__dirname + "/nope/x", "x", function () { frames("writeFile");\n' +
    '      fs.createReadStream(__dirname + "/nope").on("error", function () { frames("ReadStream open");\n' +
    '        fs.createReadStream(__dirname).on("error", function () { frames("ReadStream read");\n' +
    '          fs.createWriteStream(__dirname + "/nope/x").on("error", function () { frames("WriteStream open"); });\n' +
    '        });\n' +
    '      });\n' +
    '    });\n' +
    '  });\n' +
    '});\n';
  const { mine, theirs } = runFileBoth(program);
  t.is(mine.stdout, theirs.stdout);
  t.regex(theirs.stdout, /readFile\n {4}at fs\.js:207:20/);
  t.regex(theirs.stdout, /readFile dir\n {4}at fs\.js:237:16/);
  t.regex(theirs.stdout, /writeFile\n {4}at fs\.js:944:21/);
  t.regex(theirs.stdout, /at onread \(fs\.js:1555:12\)/);
  t.regex(theirs.stdout, /at WriteStream\.<anonymous> \(fs\.js:1655:12\)/);
});

test("an unknown encoding or open flag in fs: the checking frame at 0.10's fs.js line and column (fs.openSync (fs.js:427:51), fs.readFileSync (fs.js:281:3))", (t) => {
  const program =
    'var fs = require("fs");\n' +
    'function frames(f) { try { f(); } catch (e) { console.log(e.stack.split("\\n").slice(0, 3).join("\\n")); } }\n' +
    'frames(function () { fs.openSync(__filename, "q"); });\n' +
    'frames(function () { fs.open(__filename, "q", function () {}); });\n' +
    'frames(function () { fs.readFileSync(__filename, "nope"); });\n' +
    'frames(function () { fs.writeFileSync(__dirname + "/x", "x", "nope"); });\n';
  const { mine, theirs } = runFileBoth(program);
  t.is(mine.stdout, theirs.stdout);
  t.regex(theirs.stdout, /at Object\.fs\.openSync \(fs\.js:427:51\)/);
  t.regex(theirs.stdout, /at Object\.fs\.open \(fs\.js:419:16\)/);
  t.regex(theirs.stdout, /at Object\.fs\.readFileSync \(fs\.js:281:3\)/);
  t.regex(theirs.stdout, /at Object\.fs\.writeFileSync \(fs\.js:963:3\)/);
});

test("path's and fs's argument TypeErrors: path.normalize's own frame (path.js:336:27), relative's resolve (370:20), exports.resolve unbound, fs.realpathSync (fs.js:1207:18), FSWatcher.start (fs.js:1047:24)", (t) => {
  const program =
    'var path = require("path"), fs = require("fs");\n' +
    'function frames(f) { try { f(); } catch (e) { console.log(e.stack.split("\\n").slice(0, 3).join("\\n")); } }\n' +
    'frames(function () { path.normalize(1); });\n' +
    'frames(function () { path.relative(1, "a"); });\n' +
    'frames(function () { var r = path.resolve; r(1); });\n' +
    'frames(function () { fs.realpathSync(1); });\n' +
    'frames(function () { fs.writeFile(1, "x", function () {}); });\n' +
    'frames(function () { fs.watch(1); });\n';
  const { mine, theirs } = runFileBoth(program);
  t.is(mine.stdout, theirs.stdout);
  t.regex(theirs.stdout, /at Object\.exports\.normalize \(path\.js:336:27\)/);
  t.regex(theirs.stdout, /at Object\.exports\.relative \(path\.js:370:20\)/);
  t.regex(theirs.stdout, /at exports\.resolve \(path\.js:313:15\)/);
  t.regex(theirs.stdout, /at Object\.realpathSync \(fs\.js:1207:18\)/);
  t.regex(theirs.stdout, /at Object\.fs\.writeFile \(fs\.js:942:6\)/);
  t.regex(theirs.stdout, /at FSWatcher\.start \(fs\.js:1047:24\)\n {4}at Object\.fs\.watch \(fs\.js:1076:11\)/);
});

test("fs.watch(filename) on a missing path: FSWatcher.start (fs.js:1051:11) under fs.watch (fs.js:1076:11), as 0.10", (t) => {
  const program =
    'var fs = require("fs");\n' +
    'try { fs.watch(__dirname + "/missing"); } catch (e) { console.log(e.stack.split("\\n").slice(2, 4).join("\\n")); }\n';
  const { mine, theirs } = runFileBoth(program);
  t.is(mine.stdout, theirs.stdout);
  t.regex(theirs.stdout, /^ {4}at FSWatcher\.start \(fs\.js:1051:11\)\n {4}at Object\.fs\.watch \(fs\.js:1076:11\)/);
});

test("a WriteStream write that fails calls back from fs.js:1678:14 (0.10's _write), under Object.wrapper [as oncomplete]", (t) => {
  const program =
    'var fs = require("fs");\n' +
    'var w = fs.createWriteStream(null, { fd: fs.openSync(__filename, "r") });\n' +
    'w.on("error", function () {});\n' +
    'w.write("x", function () { console.log(new Error().stack.split("\\n").filter(function (l) { return /fs\\.js:/.test(l); }).join("\\n")); });\n';
  const { mine, theirs } = runFileBoth(program);
  t.is(mine.stdout, theirs.stdout);
  t.regex(theirs.stdout, /at fs\.js:1678:14\n {4}at Object\.wrapper \[as oncomplete\] \(fs\.js:510:5\)/);
});
