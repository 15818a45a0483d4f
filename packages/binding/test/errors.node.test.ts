// The error vocabulary against the oracle (node v0.10.19): the same message, errno, code,
// syscall, path and key order for the errors fs and net build with uvException/errnoException.
import test from 'ava';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { binding } from './helpers';
import type { BindingError, FSReq } from '../src/index';

const oracle = join(__dirname, '..', '..', '..', '..', 'shared', 'tools', 'node010');
const haveOracle = existsSync(oracle);

const shape = (e: Error): unknown => ({ message: e.message, keys: Object.keys(e), props: Object.fromEntries(Object.keys(e).map((k) => [k, (e as unknown as Record<string, unknown>)[k]])) });

function oracleErrors(dir: string): { async: unknown[]; sync: unknown[]; net: unknown } {
  const program = `
    var fs = require('fs'), dir = ${JSON.stringify(dir)};
    function shape(e) { var p = {}; Object.keys(e).forEach(function (k) { p[k] = e[k]; }); return { message: e.message, keys: Object.keys(e), props: p }; }
    var cases = [
      function (cb) { fs.open('/nope', 'r', cb); },
      function (cb) { fs.readdir(dir + '/file', cb); },
      function (cb) { fs.rmdir(dir + '/full', cb); },
      function (cb) { fs.mkdir(dir + '/full', cb); },
      function (cb) { fs.fstat(99999, cb); },
    ];
    var syncs = [
      function () { fs.openSync('/nope', 'r'); },
      function () { fs.readdirSync(dir + '/file'); },
      function () { fs.rmdirSync(dir + '/full'); },
      function () { fs.mkdirSync(dir + '/full'); },
      function () { fs.fstatSync(99999); },
    ];
    var out = { async: [], sync: [] };
    syncs.forEach(function (f) { try { f(); } catch (e) { out.sync.push(shape(e)); } });
    var i = 0;
    (function next() {
      if (i === cases.length) {
        var s = require('net').createServer().listen(0, '127.0.0.1', function () {
          var port = s.address().port;
          s.close(function () {
            require('net').connect(port, '127.0.0.1').on('error', function (e) { out.net = shape(e); console.log(JSON.stringify(out)); });
          });
        });
        return;
      }
      cases[i++](function (e) { out.async.push(shape(e)); next(); });
    })();`;
  return JSON.parse(execFileSync(oracle, ['-e', program], { encoding: 'utf8' }));
}

function call(fn: (req: FSReq) => void): Promise<BindingError> {
  return new Promise((resolve) => fn({ oncomplete: (err) => resolve(err as BindingError) }));
}

(haveOracle ? test : test.skip)('uvException (async and sync fs forms) and errnoException (net form) match node 0.10.19', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'n10-errors-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'file'), '');
  mkdirSync(join(dir, 'full'));
  writeFileSync(join(dir, 'full', 'x'), '');
  const want = oracleErrors(dir);

  const { O_RDONLY } = binding.constants.fs;
  const calls: Array<[string, string | null, (req?: FSReq) => unknown]> = [
    ['open', '/nope', (req) => binding.open('/nope', O_RDONLY, 0o666, req as FSReq<number>)],
    ['readdir', join(dir, 'file'), (req) => binding.readdir(join(dir, 'file'), req as FSReq<string[]>)],
    ['rmdir', join(dir, 'full'), (req) => binding.rmdir(join(dir, 'full'), req as FSReq<void>)],
    ['mkdir', join(dir, 'full'), (req) => binding.mkdir(join(dir, 'full'), 0o777, req as FSReq<void>)],
    ['fstat', null, (req) => binding.fstat(99999, req as FSReq<Float64Array>)],
  ];
  const gotAsync: unknown[] = [];
  const gotSync: unknown[] = [];
  for (const [syscall, path, fn] of calls) {
    const e = await call((req) => fn(req));
    gotAsync.push(shape(binding.uvException(e, syscall, path)));
    try {
      fn(undefined);
      t.fail('no throw');
    } catch (err) {
      gotSync.push(shape(binding.uvException(err as BindingError, syscall, path, { sync: true })));
    }
  }
  t.deepEqual(gotAsync, want.async);
  t.deepEqual(gotSync, want.sync);
  t.deepEqual(shape(binding.errnoException(binding.uv.UV_ECONNREFUSED, 'connect')), want.net);
});

test('errno010/describe010/code010: the 0.10 numbering, UNKNOWN for codes 0.10 did not have', (t) => {
  t.is(binding.errno010(binding.uv.UV_ENOENT), 34);
  t.is(binding.errno010('EOF'), 1);
  t.is(binding.errno010(binding.uv.UV_EOF), 1);
  t.is(binding.describe010('EISDIR'), 'illegal operation on a directory');
  t.is(binding.code010(binding.uv.UV_ETXTBSY), 'UNKNOWN');
  t.is(binding.errno010(binding.uv.UV_ETXTBSY), -1);
  t.is(binding.uvException(binding.uv.UV_ETXTBSY, 'open', '/x').message, "UNKNOWN, open '/x'");
  t.is(binding.codeOf(binding.uv.UV_EADDRINUSE), 'EADDRINUSE');
  t.is(binding.codeOf(0), 'OK');
  t.is(binding.errnoException('EADDRINUSE', 'listen', '127.0.0.1:80').message, 'listen EADDRINUSE 127.0.0.1:80');
  t.is(binding.errname(-2), 'ENOENT');
  t.is(binding.uv.UV_ENOENT, -2);
  t.is(binding.uvErrorNames[-2], 'ENOENT');
  t.is(binding.uvErrorNames[binding.uv.UV_EOF], 'EOF');
  t.is(binding.uvErrorNames[binding.uv.UV_EAI_NONAME], 'EAI_NONAME');
  t.is(Object.keys(binding.ERRNO_010).length, 59);
});
