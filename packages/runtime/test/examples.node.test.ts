// The examples a newcomer runs first keep working.
import test from 'ava';
import { spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { n10, n10Bin, oracle, root } from './helpers';

test('examples/hello.js prints its greeting', (t) => {
  const r = n10([path.join(root, 'examples/hello.js')]);
  t.is(r.code, 0);
  t.is(r.stdout, 'Hello from v0.10.19 (n10), pid is a number\n');
});

test('examples/http-server.js answers /hello and echoes a POST summary, as on node 0.10', async (t) => {
  const serve = (cmd: string, args: string[]) =>
    new Promise<{ port: number; stop(): void }>((resolve, reject) => {
      const child = spawn(cmd, args, { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
        const m = /127\.0\.0\.1:(\d+)/.exec(out);
        if (m) resolve({ port: Number(m[1]), stop: () => child.kill() });
      });
      child.on('exit', (code) => reject(new Error(`server exited ${code}`)));
    });
  const get = (port: number, p: string, body?: string) =>
    new Promise<string>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, path: p, method: body ? 'POST' : 'GET' }, (res) => {
        let s = `${res.statusCode} ${res.headers['content-type']}\n`;
        res.setEncoding('utf8');
        res.on('data', (d) => (s += d));
        res.on('end', () => resolve(s));
      });
      req.on('error', reject);
      req.end(body);
    });
  const file = path.join(root, 'examples/http-server.js');
  const ours = await serve(process.execPath, [n10Bin, file]);
  const theirs = await serve(path.join(root, 'tools/node010'), [file]);
  try {
    for (const [p, body] of [['/hello?name=n10'], ['/hello'], ['/other', 'some body']] as Array<[string, string?]>) {
      t.is(await get(ours.port, p, body), await get(theirs.port, p, body));
    }
  } finally {
    ours.stop();
    theirs.stop();
  }
  t.pass();
});

test('the oracle agrees on hello.js apart from the runtime name', (t) => {
  t.is(oracle([path.join(root, 'examples/hello.js')]).stdout, 'Hello from v0.10.19 (node), pid is a number\n');
});
