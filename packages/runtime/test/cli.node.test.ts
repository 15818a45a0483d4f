// The n10 executable's command line, as node 0.10's.
import test from 'ava';
import fs from 'node:fs';
import path from 'node:path';
import { n10, oracle, root, tree } from './helpers';

const runtimePackage = JSON.parse(fs.readFileSync(path.join(__dirname, '../package.json'), 'utf8')) as { version: string };

test('n10 -p prints the value of the expression', (t) => {
  const r = n10(['-p', '1+1']);
  t.is(r.stdout, '2\n');
  t.is(r.code, 0);
});

test('n10 -e runs code with require, module, exports, __filename and __dirname as globals', (t) => {
  const r = n10(['-e', 'console.log(__filename, __dirname, typeof require, typeof module, module.id, exports === module.exports)']);
  t.is(r.stdout, '[eval] . function object [eval] true\n');
});

test('n10 -e: arguments after the script are process.argv[1..]; options before it are execArgv', (t) => {
  const r = n10(['--no-deprecation', '-e', 'console.log(JSON.stringify(process.argv.slice(1)), JSON.stringify(process.execArgv))', 'a', 'b']);
  t.is(r.stdout, '["a","b"] ["--no-deprecation","-e","console.log(JSON.stringify(process.argv.slice(1)), JSON.stringify(process.execArgv))"]\n');
});

test('n10 --version and -v print v0.10.19; process.versions.n10 is the runtime version', (t) => {
  t.is(n10(['--version']).stdout, 'v0.10.19\n');
  t.is(n10(['-v']).stdout, 'v0.10.19\n');
  t.is(n10(['-p', 'process.version + " " + process.versions.n10']).stdout, `v0.10.19 ${runtimePackage.version}\n`);
  // Not enumerable: process.versions inspects as 0.10's.
  t.is(n10(['-p', 'process.versions']).stdout, oracle(['-p', 'process.versions']).stdout);
});

test('n10 file.js args: process.argv is [execPath, absolute script, ...args]', (t) => {
  const dir = tree({ 'a.js': 'console.log(JSON.stringify(process.argv.slice(1)))' });
  const r = n10(['a.js', 'x', '--y'], { cwd: dir });
  t.is(r.stdout, JSON.stringify([path.join(dir, 'a.js'), 'x', '--y']) + '\n');
});

test('process.execPath runs n10 (so child programs run on n10 too)', (t) => {
  const r = n10(['-p', 'process.execPath']);
  t.is(r.stdout.trim(), fs.realpathSync(path.join(__dirname, '../bin/node')));
  const child = n10(['-e', "require('child_process').exec(JSON.stringify(process.execPath) + ' -p process.version', function (e, o) { console.log(e, o) })"]);
  t.is(child.stdout, "null 'v0.10.19\\n'\n");
});

test('process.execPath is named node, as 0.10\'s executable (programs test /node$/ on it)', (t) => {
  const r = n10(['-p', "require('path').basename(process.execPath) + ' ' + /[^\\w]node$/.test(process.execPath)"]);
  t.is(r.stdout, 'node true\n');
});

test('process.execPath: bin/node finds the host node on PATH past itself (its directory may be on PATH)', (t) => {
  const bin = path.join(__dirname, '../bin');
  const r = n10(['-e', "require('child_process').execFile(process.execPath, ['-p', 'process.version'], function (e, o) { console.log(e, o) })"], {
    env: { PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` },
  });
  t.is(r.stdout, "null 'v0.10.19\\n'\n");
});

test('process.argv[0] and process.title: the executable path, or "node" when an n10 parent spawned it by that name (N10_ARGV0, gone from process.env)', (t) => {
  const dir = tree({ 'a.js': "console.log(JSON.stringify([process.argv[0] === process.execPath, process.title === process.execPath, 'N10_ARGV0' in process.env]))" });
  t.is(n10(['a.js'], { cwd: dir }).stdout, '[true,true,false]\n');
  const bin = path.join(__dirname, '../bin');
  const program = "if (process.argv[2]) return console.log(JSON.stringify([process.argv[0], process.title, 'N10_ARGV0' in process.env])); require('child_process').spawn('node', [__filename, 'child'], { stdio: 'inherit' })";
  const dir2 = tree({ 'b.js': program });
  const env = { PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` };
  t.is(n10(['b.js'], { cwd: dir2, env }).stdout, '["node","node",false]\n');
  t.is(n10(['b.js', 'child'], { cwd: dir2, env: { N10_ARGV0: 'node' } }).stdout, '["node","node",false]\n');
});

test('process.execPath spawned with an environment whose PATH has no node runs on the node that spawned it', (t) => {
  const r = n10(['-e', "require('child_process').execFile(process.execPath, ['-p', 'process.version'], { env: { PATH: '/nonexistent' } }, function (e, o) { console.log(e, o) })"]);
  t.is(r.stdout, "null 'v0.10.19\\n'\n");
});

test('a program piped to stdin runs as [stdin]', (t) => {
  const r = n10([], { input: 'console.log(__filename, require.main === module)' });
  t.is(r.stdout, '[stdin] false\n');
  t.is(r.code, 0);
});

test('a missing main module: Cannot find module, exit 8', (t) => {
  const dir = tree({});
  const r = n10(['nope.js'], { cwd: dir });
  t.is(r.code, 8);
  t.regex(r.stderr, new RegExp(`Cannot find module '${path.join(dir, 'nope.js').replace(/[/.]/g, '\\$&')}'`));
});

test('a syntax error in a required file reports file and line, exit 8', (t) => {
  const dir = tree({ 'main.js': "require('./bad')", 'bad.js': 'var x = 1;\n  foo bar\n' });
  const r = n10(['main.js'], { cwd: dir });
  t.is(r.code, 8);
  t.true(r.stderr.includes(`${path.join(dir, 'bad.js')}:2\n  foo bar\n      ^^^\nSyntaxError:`), r.stderr);
});

test('a JSON file with bad JSON throws a SyntaxError naming the file', (t) => {
  const dir = tree({ 'main.js': "try { require('./bad.json') } catch (e) { console.log(e.name, e.message.indexOf(__dirname + '/bad.json: ') === 0) }", 'bad.json': '{"a":' });
  t.is(n10(['main.js'], { cwd: dir }).stdout, 'SyntaxError true\n');
});

test('a missing module from -e: MODULE_NOT_FOUND with 0.10 message, exit 8', (t) => {
  const r = n10(['-e', "require('x-not-here')"]);
  t.is(r.code, 8);
  t.true(r.stderr.includes("Error: Cannot find module 'x-not-here'"), r.stderr);
  const caught = n10(['-e', "try { require('x-not-here') } catch (e) { console.log(e.code, e.message) }"]);
  t.is(caught.stdout, "MODULE_NOT_FOUND Cannot find module 'x-not-here'\n");
});

test('process.exit(code) exits with that code and emits exit once', (t) => {
  const r = n10(['-e', 'process.on("exit", function (c) { console.log("exit", c) }); process.exit(3); console.log("not reached")']);
  t.is(r.stdout, 'exit 3\n');
  t.is(r.code, 3);
});

test('an uncaught exception emits exit with 1, prints the throw site and stack, exits 8', (t) => {
  const dir = tree({ 'a.js': 'process.on("exit", function (c) { console.log("exit", c) });\nfunction f() { throw new Error("boom") }\nf()\n' });
  const r = n10(['a.js'], { cwd: dir });
  t.is(r.code, 8);
  t.is(r.stdout, 'exit 1\n');
  t.true(r.stderr.startsWith(`\n${path.join(dir, 'a.js')}:2\nfunction f() { throw new Error("boom") }\n                     ^\nError: boom\n    at f (`), r.stderr);
});

test('an uncaughtException listener keeps the process alive; one that throws exits 7', (t) => {
  const caught = n10(['-e', 'process.on("uncaughtException", function (e) { console.log("caught", e.message) }); setTimeout(function () { console.log("later") }, 1); throw new Error("x")']);
  t.is(caught.stdout, 'caught x\nlater\n');
  t.is(caught.code, 0);
  const rethrow = n10(['-e', 'process.on("uncaughtException", function () { throw new Error("again") }); throw new Error("x")']);
  t.is(rethrow.code, 7);
});

test('the examples/modules-tour program prints what node 0.10 prints', (t) => {
  const file = path.join(root, 'examples/modules-tour/main.js');
  const want = oracle([file]);
  const got = n10([file]);
  t.is(want.code, 0);
  t.is(got.stdout, want.stdout);
  t.is(got.code, want.code);
});

test('n10 -e with no script: "Error: -e requires an argument", exit 13; -p without one prints the program read from stdin', (t) => {
  const e = n10(['-e']);
  t.is(e.stderr, 'Error: -e requires an argument\n');
  t.is(e.code, 13);
  t.is(n10(['-p'], { input: '6 * 7' }).stdout, '42\n');
  t.is(n10(['-p', '\\-1']).stdout, '-1\n');
  t.is(n10(['-p', '-e', '2']).stdout, '2\n');
});

test('n10 options: "--" is taken (and kept in execArgv), "-" is an unrecognized flag and the program comes from stdin', (t) => {
  const dir = tree({ 'a.js': 'console.log(process.execArgv, process.argv.slice(2))' });
  const got = n10(['--', 'a.js', 'x'], { cwd: dir });
  t.is(got.stdout, "[ '--' ] [ 'x' ]\n");
  t.is(got.stdout, oracle(['--', 'a.js', 'x'], { cwd: dir }).stdout);
  const dash = n10(['-'], { input: 'console.log("from stdin")' });
  t.is(dash.stdout, 'from stdin\n');
  t.is(dash.stderr, 'Error: unrecognized flag -\nTry --help for options\n');
});

test('a program on stdin runs from process.stdin\'s end, as an I/O callback: immediates before timers; process._eval is its source', (t) => {
  const program =
    "var L = []; setTimeout(function () { L.push('timeout'); }, 0); setImmediate(function () { L.push('immediate'); });" +
    "process.nextTick(function () { L.push('tick'); }); process.on('exit', function () { console.log(L.join(' '), process._eval.length, process.stdin._readableState.ended); });";
  const got = n10([], { input: program });
  t.is(got.stdout, `tick immediate timeout ${program.length} true\n`);
  t.is(got.stdout, oracle([], { input: program }).stdout);
});

test('n10 -e/-p: the ticks the code queued are not drained after it (0.10): they run on the first loop turn, after the timers due', (t) => {
  const code = 'setTimeout(function () { console.log("timer"); }, 0); process.nextTick(function () { console.log("tick"); }); var t = Date.now(); while (Date.now() - t < 5);';
  for (const flag of ['-e', '-p']) {
    const got = n10([flag, code]);
    t.is(got.stdout, flag === '-e' ? 'timer\ntick\n' : 'undefined\ntimer\ntick\n');
    t.is(got.stdout, oracle([flag, code]).stdout);
  }
  const file = tree({ 'p.js': code });
  t.is(n10(['p.js'], { cwd: file }).stdout, 'tick\ntimer\n');
});

test('an uncaught throw from -e shows its site once', (t) => {
  const got = n10(['-e', 'throw new Error("x")']);
  t.true(got.stderr.startsWith('\n[eval]:1\nthrow new Error("x")\n      ^\nError: x\n    at [eval]:1:7\n'), got.stderr);
  t.is(got.code, 8);
});

test('a compile error in a required file: 0.10\'s message; its site goes to stderr once, even when caught', (t) => {
  const dir = tree({
    'main.js': "['./a', './b'].forEach(function (f) { try { require(f) } catch (e) { console.log(e.message, e.stack.split('\\n')[0]) } }); throw new Error('later')",
    'a.js': 'foo(1 2)\n',
    'b.js': 'var a = {\n}}\n',
  });
  const got = n10(['main.js'], { cwd: dir });
  const want = oracle(['main.js'], { cwd: dir });
  t.is(got.stdout, 'Unexpected number SyntaxError: Unexpected number\nUnexpected token } SyntaxError: Unexpected token }\n');
  t.is(got.stdout, want.stdout);
  const head = (s: string) => s.split('\n').slice(0, 6).join('\n');
  t.is(head(got.stderr), `\n${path.join(dir, 'a.js')}:1\n(function (exports, require, module, __filename, __dirname) { foo(1 2)\n                                                                    ^\nError: later\n    at Object.<anonymous> (${path.join(dir, 'main.js')}:1:191)`);
  t.is(head(got.stderr), head(want.stderr));
});

test('a long source line is shown as V8 3.14 showed it: 78 columns around the throw', (t) => {
  const pad = 'var xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx = 1; ';
  for (const src of [pad + 'throw new Error("mid") ; var yyyyyyyyyyyyyyyyyyyy = 2;', pad + 'throw new Error("end")', 'throw new Error("start"); ' + pad + pad]) {
    const dir = tree({ 'a.js': '\n' + src + '\n' });
    const got = n10(['a.js'], { cwd: dir }).stderr.split('\n').slice(0, 4);
    t.deepEqual(got, oracle(['a.js'], { cwd: dir }).stderr.split('\n').slice(0, 4));
  }
});

test('SIGUSR1: 0.10\'s "starting debugger agent" lines once; no host inspector; a program\'s listener runs too', (t) => {
  const program =
    "process.on('SIGUSR1', function () { console.log('listener'); });" +
    "process.kill(process.pid, 'SIGUSR1'); setTimeout(function () { process.kill(process.pid, 'SIGUSR1'); }, 30); setTimeout(function () { console.log('alive'); }, 80);";
  const got = n10(['-e', program]);
  t.is(got.stdout, 'listener\nlistener\nalive\n');
  t.is(got.stderr, 'Hit SIGUSR1 - starting debugger agent.\ndebugger listening on port 5858\n');
  const want = oracle(['-e', program]);
  t.is(got.stdout, want.stdout);
  t.is(got.stderr, want.stderr);
});

test('--debug[=port], --debug-brk: 0.10\'s "debugger listening on port" line on stderr (n10 has no debugger); the program runs', (t) => {
  for (const args of [['--debug', '-p', '3'], ['--debug=6000', '-p', '3'], ['--debug-brk=7000', '-p', '4']]) {
    const got = n10(args);
    const want = oracle(args);
    t.is(got.stdout, want.stdout);
    t.is(got.stderr, want.stderr);
  }
});

test('uncaught loader and JSON.parse errors show the site 0.10 showed (module.js:340 for MODULE_NOT_FOUND, module.js:117/485 for bad JSON, assert.js:92, the JSON text as "undefined:<line>")', (t) => {
  const dir = tree({
    'node_modules/broken/package.json': '{bad json',
    'node_modules/broken/index.js': '',
    'bad.json': '{"a": x}',
  });
  const head = (s: string) => s.split('\n').slice(0, 5).join('\n');
  for (const code of ['require("nope")', 'setTimeout(function () { require("nope") })', 'require("broken")', 'require("./bad.json")', 'require(1)', 'JSON.parse("[1,")', 'JSON.parse("{\\n\\"a\\":\\n}")', 'JSON.parse("")']) {
    const got = n10(['-e', code], { cwd: dir });
    const want = oracle(['-e', code], { cwd: dir });
    t.is(head(got.stderr), head(want.stderr), code);
    t.is(got.code, 8);
  }
  t.is(head(n10(['-e', 'require("nope")'], { cwd: dir }).stderr), "\nmodule.js:340\n    throw err;\n          ^\nError: Cannot find module 'nope'");
});

test('an error\'s stack shows its message as it is when the stack is first read (JSON.parse errors too)', (t) => {
  const code = "try { JSON.parse('{x') } catch (e) { e.message = 'pre: ' + e.message; console.log(e.stack.split('\\n')[0]); }";
  t.is(n10(['-e', code]).stdout, 'SyntaxError: pre: Unexpected token x\n');
  t.is(n10(['-e', code]).stdout, oracle(['-e', code]).stdout);
});

test('-e/stdin: "Unexpected end of input" shows no caret, and is on line 0 when the program ends with a line break (V8 3.14)', (t) => {
  const a = n10(['-e', 'var']);
  t.is(a.code, 8);
  t.true(a.stderr.startsWith('\n[eval]:1\nvar\n   \nSyntaxError: Unexpected end of input\n'), a.stderr);
  const b = n10(['-e', 'x(\n']);
  t.true(b.stderr.startsWith('\n[eval]:0\n\n\nSyntaxError: Unexpected end of input\n'), b.stderr);
  const c = n10([], { input: 'x(\n//c' });
  t.true(c.stderr.startsWith('\n[stdin]:2\n//c\n   \nSyntaxError: Unexpected end of input\n'), c.stderr);
});

test('an uncaught AssertionError of assert.*() shows 0.10\'s throw site, assert.js:92 (in fail()), then its stack from the caller', (t) => {
  const r = n10(['-e', 'require("assert").equal(1, 2)']);
  t.is(r.code, 8);
  t.true(r.stderr.startsWith('\nassert.js:92\n  throw new assert.AssertionError({\n        ^\nAssertionError: 1 == 2\n    at [eval]:1:19\n'), r.stderr);
});

test('early errors as V8 3.14 threw them: an invalid assignment target is a ReferenceError at compile time; an anonymous function statement is "Unexpected token ("', (t) => {
  const dir = tree({ 'lhs.js': 'var q = 1;\n(q + 1)++\n', 'anon.js': 'if (1) {\n  function () {}\n}\n' });
  const code =
    'try { require("./lhs"); } catch (e) { console.log(e.name, e instanceof ReferenceError, e.message); }' +
    'try { require("./anon"); } catch (e) { console.log(e.name, e.message); }';
  const r = n10(['-e', code], { cwd: dir });
  t.is(r.stdout, 'ReferenceError true Invalid left-hand side expression in postfix operation\nSyntaxError Unexpected token (\n');
  t.true(r.stderr.startsWith(`\n${path.join(dir, 'lhs.js')}:2\n(q + 1)++\n       ^\n`), r.stderr);
});

test('eval/arguments misused in strict code: V8 3.14\'s message for each use (assignment, ++/--, function name, parameter, catch variable, variable)', (t) => {
  const files: Record<string, string> = {
    'a.js': '"use strict";\neval = 1;\n',
    'b.js': '"use strict";\narguments--;\n',
    'c.js': '"use strict";\nfunction eval () {}\n',
    'd.js': '"use strict";\nfunction f(x, arguments) {}\n',
    'e.js': '"use strict";\ntry {} catch (eval) {}\n',
    'f.js': '"use strict";\nvar a, eval;\n',
  };
  const dir = tree(files);
  const code = 'Object.keys(' + JSON.stringify(files) + ').forEach(function (f) { try { require("./" + f); } catch (e) { console.log(e.message); } })';
  t.is(
    n10(['-e', code], { cwd: dir }).stdout,
    [
      'Assignment to eval or arguments is not allowed in strict mode',
      'Prefix increment/decrement may not have eval or arguments operand in strict mode',
      'Function name may not be eval or arguments in strict mode',
      'Parameter name eval or arguments is not allowed in strict mode',
      'Catch variable may not be eval or arguments in strict mode',
      'Variable name may not be eval or arguments in strict mode',
      '',
    ].join('\n'),
  );
  // The site of the first: "function eval " underlined, from the keyword to the '('.
  t.true(n10(['c.js'], { cwd: dir }).stderr.includes(':2\nfunction eval () {}\n^^^^^^^^^^^^^^\n'));
});

test('compile errors in V8 3.14\'s words: an octal escape in strict code, two for-in variables ("Unexpected token in"), a bad \\u escape in a string (ILLEGAL, from the quote)', (t) => {
  const dir = tree({ 'o.js': '"use strict";\nvar s = "\\010";\n', 'f.js': 'for (var i, j in {}) {}\n', 'u.js': 'var a;\nvar x = "ab\\u00g0";\n' });
  const code = '["o", "f", "u"].forEach(function (f) { try { require("./" + f); } catch (e) { console.log(e.message); } })';
  t.is(n10(['-e', code], { cwd: dir }).stdout, 'Octal literals are not allowed in strict mode.\nUnexpected token in\nUnexpected token ILLEGAL\n');
  t.true(n10(['u.js'], { cwd: dir }).stderr.includes(':2\nvar x = "ab\\u00g0";\n        ^^^^^\n'));
});

test('the throw-site registry (globalThis[Symbol.for("n10.throwSites")]): a package can name the 0.10 core line an uncaught error of its own shows', (t) => {
  const code =
    'var e = new Error("x"); global[Symbol.for("n10.throwSites")].set(e, { file: "events.js", line: 72, text: "        throw er;", caret: "              ^" });' +
    'setTimeout(function () { throw e; }, 1)';
  const r = n10(['-e', code]);
  t.is(r.code, 8);
  t.true(r.stderr.startsWith('\nevents.js:72\n        throw er;\n              ^\nError: x\n'), r.stderr);
});

test('--stack-trace-limit=N (or --stack_trace_limit) sets Error.stackTraceLimit, as V8 3.14 read it at start-up', (t) => {
  t.is(n10(['--stack-trace-limit=1', '-p', 'Error.stackTraceLimit + " " + new Error("x").stack.split("\\n").length']).stdout, '1 2\n');
  t.is(n10(['--stack_trace_limit=3', '-p', 'Error.stackTraceLimit']).stdout, '3\n');
});

test('uncaught values as node.cc\'s ReportException printed them: a vm context\'s Error (its stack, the site at the call into the vm), a non-string stack (its String), name and message without a stack ("name: message")', (t) => {
  const a = n10(['-e', 'require("vm").runInNewContext("throw new TypeError(\\"c\\")", {}, "ctx.js")']);
  t.is(a.code, 8);
  t.true(a.stderr.startsWith('\n[eval]:1\nrequire("vm").runInNewContext("throw new TypeError(\\"c\\")", {}, "ctx.js")\n              ^\nTypeError: c\n    at ctx.js:1:7\n'), a.stderr);
  // Each after the line of its throw (program-edits.ts), as 0.10 showed it.
  for (const program of ['var e = new Error("x"); e.stack = 12; throw e', 'throw { name: "N", message: "M", toString: function () { return "T"; } }']) {
    t.is(n10(['-e', program]).stderr, oracle(['-e', program]).stderr);
  }
});

test('vm compile errors: V8 3.14\'s words (the runtime lends syntaxError010 to @n10/vm); uncaught, the site is the program\'s call into the vm, or vm.js:32 for new vm.Script', (t) => {
  t.is(n10(['-e', 'try { require("vm").runInNewContext("x + y = 1") } catch (e) { console.log(e.name, e.message) }']).stdout, 'ReferenceError Invalid left-hand side in assignment\n');
  const a = n10(['-e', 'require("vm").runInThisContext("var a = ;", "f.vm")']);
  t.true(a.stderr.startsWith('\n[eval]:1\nrequire("vm").runInThisContext("var a = ;", "f.vm")\n              ^\nSyntaxError: Unexpected token ;\n'), a.stderr);
  const b = n10(['-e', 'var vm = require("vm"); new vm.Script("a(1 2)")']);
  t.true(b.stderr.startsWith('\nvm.js:32\n  var ns = new binding.NodeScript(code, ctx, filename);\n           ^\nSyntaxError: Unexpected number\n'), b.stderr);
});
