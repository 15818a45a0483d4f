// process.binding('natives') and ('evals') under n10: what graceful-fs 3 (through the
// `natives` package) needs to make a fs of its own, run for real.
import test from 'ava';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { n10, oracle } from './helpers';

const gracefulFs = path.dirname(require.resolve('graceful-fs/package.json', { paths: [path.join(__dirname, '..')] }));

test("process.binding('natives'): graceful-fs 3 evaluates natives.fs into a fs of its own and works on it", (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n10-gfs-'));
  t.teardown(() => fs.rmSync(dir, { recursive: true, force: true }));
  const program = `
    var gfs = require(${JSON.stringify(gracefulFs)});
    var fs = require('fs');
    console.log(gfs !== fs, typeof gfs.readFile, typeof gfs.ReadStream);
    gfs.writeFile('a.txt', 'hello', function (err) {
      console.log('write', err);
      gfs.readFile('a.txt', 'utf8', function (err, s) {
        console.log('read', err, s);
        var left = 200;
        for (var i = 0; i < 200; i++) gfs.open('a.txt', 'r', function (err, fd) {
          if (err) throw err;
          gfs.close(fd, function (err) { if (err) throw err; if (--left === 0) console.log('200 opens and closes'); });
        });
      });
    });`;
  const got = n10(['-e', program], { cwd: dir });
  t.is(got.stderr, '');
  t.is(got.stdout, "true 'function' 'function'\nwrite null\nread null hello\n200 opens and closes\n");
  t.is(got.stdout, oracle(['-e', program], { cwd: dir }).stdout);
});

test("process.binding(name): 'natives' lists the core modules in 0.10's order; 'evals' has NodeScript; others are 'No such module'", (t) => {
  const program = `
    console.log(Object.keys(process.binding('natives')).join(' '));
    var e = process.binding('evals');
    console.log(Object.keys(e).join(' '), e.NodeScript.runInThisContext('1 + 1', 'x.js', true));
    try { process.binding('contextify') } catch (er) { console.log(er.message) }`;
  const got = n10(['-e', program]);
  t.is(got.stdout, oracle(['-e', program]).stdout);
  t.regex(got.stdout, /^_debugger _linklist assert buffer .* zlib\nContext NodeScript 2\nNo such module\n$/);
});

test("process.binding(): crypto, os, buffer and the handle wraps have 0.10's members (npm 1.x's `sha` needs 'crypto'); a Timer from timer_wrap fires", (t) => {
  const program = `
    ['crypto', 'os', 'buffer', 'tcp_wrap', 'pipe_wrap', 'tty_wrap', 'udp_wrap', 'timer_wrap', 'process_wrap', 'signal_wrap', 'fs_event_wrap', 'stream_wrap'].forEach(function (n) {
      try {
        var b = process.binding(n);
        console.log(n, Object.keys(b).join(','), b === process.binding(n), Object.keys(b).every(function (k) { return typeof b[k] === 'function'; }));
      } catch (e) { console.log(n, e.message); }
    });
    console.log(process.binding('os').getEndianness(), typeof new (process.binding('crypto').Hash)('md5').update);
    var t = new (process.binding('timer_wrap').Timer)();
    t.ontimeout = function () { console.log('fired'); t.close(); };
    t.start(5, 0);`;
  const got = n10(['-e', program]);
  t.is(got.stderr, '');
  t.is(got.stdout, oracle(['-e', program]).stdout);
  t.regex(got.stdout, /^crypto SecureContext,Connection,Cipher,.*,getHashes true true\n/);
  t.regex(got.stdout, /stream_wrap No such module\nLE function\nfired\n$/);
});

test("process.binding('http_parser'): HTTPParser is http.parsers' constructor and parses a websocket handshake's response (faye-websocket 0.4's client)", (t) => {
  const program = `
    var http = require('http');
    var before = http.parsers.list.length;
    var HTTPParser = process.binding('http_parser').HTTPParser;
    console.log(Object.keys(process.binding('http_parser')), HTTPParser.REQUEST, HTTPParser.RESPONSE, http.parsers.list.length === before);
    console.log(HTTPParser === http.parsers.alloc().constructor);
    var parser = new HTTPParser(HTTPParser.RESPONSE);
    parser.onHeadersComplete = function (info) { console.log(info.statusCode, info.upgrade, info.headers.join(' ')); };
    parser.onMessageComplete = function () { console.log('complete'); };
    var data = new Buffer('HTTP/1.1 101 Switching Protocols\\r\\nUpgrade: websocket\\r\\nConnection: Upgrade\\r\\n\\r\\nframe');
    var n = parser.execute(data, 0, data.length);
    console.log(n, data.slice(n).toString());`;
  const got = n10(['-e', program]);
  t.is(got.stderr, '');
  t.is(got.stdout, "[ 'HTTPParser' ] 0 1 true\ntrue\n101 true 'Upgrade websocket Connection Upgrade'\ncomplete\n77 'frame'\n");
  t.is(got.stdout, oracle(['-e', program]).stdout);
});

test("process.binding('constants') is require('constants'): SSL_OP_* and NPN_ENABLED included, O_SYNC as 0.10's build had it", (t) => {
  const program = `
    var b = process.binding('constants');
    console.log(b === require('constants'), Object.keys(b).length, b.O_SYNC, b.O_DIRECT, 'O_DSYNC' in b, b.SSL_OP_NO_SSLv3, b.NPN_ENABLED);`;
  const got = n10(['-e', program]);
  t.is(got.stderr, '');
  t.is(got.stdout, 'true 180 4096 16384 false 33554432 1\n');
  t.is(got.stdout, oracle(['-e', program]).stdout);
});
