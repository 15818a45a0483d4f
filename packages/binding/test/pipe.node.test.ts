import test from 'ava';
import * as net from 'node:net';
import { join } from 'node:path';
import { binding, closeHandle, connect, readAll, runNode, tempDir, write } from './helpers';
import type { Pipe, SocketAddress } from '../src/index';

const { Pipe: PipeWrap, TCP: TCPWrap } = binding;

test('Pipe server on a unix socket: bind(path), listen, onconnection, read from a host net client', async (t) => {
  const path = join(tempDir(t), 'srv.sock');
  const server = new PipeWrap(false);
  t.is(server.bind(path), 0);
  t.is(server.listen(8), 0);
  const accepted = new Promise<Pipe>((resolve) => (server.onconnection = (status, c) => (t.is(status, 0), resolve(c as Pipe))));
  const peer = net.connect(path);
  peer.end('over a unix socket');
  const client = await accepted;
  t.true(client instanceof PipeWrap);
  const { data, end } = await readAll(client);
  t.is(data.toString(), 'over a unix socket');
  t.is(end, binding.uv.UV_EOF);
  await Promise.all([closeHandle(client), closeHandle(server)]);
});

test('Pipe client: connect(req, path) to a host server, write, shutdown, read the echo', async (t) => {
  const path = join(tempDir(t), 'echo.sock');
  const srv = net.createServer((s) => s.pipe(s));
  await new Promise<void>((r) => srv.listen(path, r));
  t.teardown(() => srv.close());
  const p = new PipeWrap(false);
  t.is(await connect((req) => p.connect(req, path)), 0);
  const reading = readAll(p);
  t.is(await write(p, 'echo me'), 0);
  await new Promise<void>((r) => p.shutdown({ oncomplete: (s) => (t.is(s, 0), r()) }));
  const { data } = await reading;
  t.is(data.toString(), 'echo me');
  await closeHandle(p);
});

test('Pipe connect to a missing path: the error comes through oncomplete (UV_ENOENT)', async (t) => {
  const p = new PipeWrap(false);
  t.is(await connect((req) => p.connect(req, join(tempDir(t), 'nope.sock'))), binding.uv.UV_ENOENT);
  await closeHandle(p);
});

test('IPC pipe: writeUtf8String(req, string, handle) sends a TCP handle to a child; its onread gets it as pendingHandle', async (t) => {
  // The IPC channel as child_process makes it: a Pipe(true) as the child's fd 3.
  const channel = new PipeWrap(true);
  const proc = new binding.Process();
  const exited = new Promise<number>((resolve) => (proc.onexit = (code) => resolve(code)));
  const childCode = `
    const p = new binding.Pipe(true);
    p.open(3);
    p.onread = (n, buf, pending) => {
      if (n <= 0) return;
      const out = {};
      const isTCP = pending instanceof binding.TCP;
      if (isTCP) pending.getsockname(out);
      const listenErr = isTCP ? pending.listen(4) : null;
      pending.onconnection = (status, c) => {
        console.log(JSON.stringify({ text: Buffer.from(buf).toString(), isTCP, port: out.port, listenErr, status }));
        c.close(); pending.close(); p.close();
      };
      process.stdout.write('ready\\n');
    };
    p.readStart();`;
  const stdout = new PipeWrap(false);
  const prelude = 'const binding = require(' + JSON.stringify(join(__dirname, '..', 'src', 'index.ts')) + ').default;';
  t.is(
    proc.spawn({
      file: process.execPath,
      args: [process.execPath, '--import=tsx', '--conditions=n10-source', '-e', prelude + childCode],
      cwd: join(__dirname, '..'),
      stdio: [{ type: 'ignore' }, { type: 'pipe', handle: stdout }, { type: 'fd', fd: 2 }, { type: 'pipe', handle: channel }],
    }),
    0,
  );

  const tcp = new TCPWrap();
  t.is(tcp.bind('127.0.0.1', 0), 0);
  t.is(tcp.listen(4), 0);
  const addr: Partial<SocketAddress> = {};
  tcp.getsockname(addr);

  let output = '';
  const done = new Promise<void>((resolve) => {
    stdout.onread = (n, buf) => {
      if (n < 0) return resolve();
      output += Buffer.from(buf as Uint8Array).toString();
      if (output === 'ready\n') {
        // The child listens on the socket it received: connect to it.
        void closeHandle(tcp).then(() => net.connect(addr.port as number, '127.0.0.1').on('error', () => {}));
      }
    };
  });
  t.is(stdout.readStart(), 0);
  t.is(await new Promise<number>((r) => t.is(channel.writeUtf8String({ oncomplete: r }, '{"cmd":"NODE_HANDLE"}\n', tcp), 0)), 0);
  await done;
  t.is(await exited, 0);
  const lines = output.trim().split('\n');
  t.deepEqual(JSON.parse(lines[1]), { text: '{"cmd":"NODE_HANDLE"}\n', isTCP: true, port: addr.port, listenErr: 0, status: 0 });

  // A plain (non-IPC) pipe cannot send handles.
  const plain = new PipeWrap(false);
  const other = new TCPWrap();
  t.not(plain.writeUtf8String({ oncomplete() {} }, 'x', other), 0);
  await Promise.all([closeHandle(plain), closeHandle(other), closeHandle(channel), closeHandle(stdout), closeHandle(proc)]);
});

test('Pipe open(fd): a child process reads the pipe it inherited as fd 3', async (t) => {
  const r = await runNode(
    `const p = new binding.Pipe(false);
     const err = p.open(0);
     const chunks = [];
     p.onread = (n, buf) => { if (n > 0) chunks.push(Buffer.from(buf)); else { console.log(JSON.stringify({ err, type: binding.guessHandleType(0), data: Buffer.concat(chunks).toString() })); p.close(); } };
     p.readStart();`,
    { input: 'piped into stdin' },
  );
  t.is(r.stderr, '');
  t.deepEqual(JSON.parse(r.stdout), { err: 0, type: 'PIPE', data: 'piped into stdin' });
});
