// http.request / http.get, ClientRequest, IncomingMessage (responses) and Agent against real
// peers: the host's own http server, raw TCP servers for exact bytes, and ws for upgrades.
import test from 'ava';
import hostHttp from 'node:http';
import hostNet from 'node:net';
import { WebSocketServer, WebSocket } from 'ws';
import http from '@n10/http';
import type { ClientRequest, HttpSocket, IncomingMessage } from '@n10/http';
import { once } from './helpers';

async function hostServer(handler: hostHttp.RequestListener): Promise<[hostHttp.Server, number]> {
  const server = hostHttp.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return [server, (server.address() as { port: number }).port];
}

function readAll(res: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let s = '';
    res.setEncoding('utf8');
    res.on('data', (d: string) => (s += d));
    res.on('end', () => resolve(s));
  });
}

/** A raw TCP server: records each request's bytes, answers with `reply`. */
async function recorder(reply: (req: string) => string | null): Promise<[hostNet.Server, number, string[]]> {
  const seen: string[] = [];
  const server = hostNet.createServer((s) => {
    let got = '';
    s.on('data', (d) => {
      got += d.toString('latin1');
      const i = got.indexOf('\r\n\r\n');
      if (i < 0) return;
      const head = got.slice(0, i);
      const cl = /\r\ncontent-length: *(\d+)/i.exec(head);
      if (cl && got.length < i + 4 + Number(cl[1])) return;
      if (/\r\ntransfer-encoding: *chunked/i.test(head) && !/\r\n0\r\n\r\n$/.test(got)) return;
      seen.push(got);
      const r = reply(got);
      got = '';
      if (r !== null) s.end(Buffer.from(r, 'latin1'));
    });
    s.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return [server, (server.address() as { port: number }).port, seen];
}

test('http.request(options, callback): request line, Host, Connection: keep-alive from the agent, chunked body — exact bytes', async (t) => {
  const [server, port, seen] = await recorder(() => 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok');
  const res = await new Promise<IncomingMessage>((resolve) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'post', path: '/p?q=1', headers: { 'X-A': 'b' } }, resolve);
    req.write('hello ');
    req.end('world');
  });
  t.is(await readAll(res), 'ok');
  t.is(seen[0], `POST /p?q=1 HTTP/1.1\r\nX-A: b\r\nHost: 127.0.0.1:${port}\r\nConnection: keep-alive\r\nTransfer-Encoding: chunked\r\n\r\n6\r\nhello \r\n5\r\nworld\r\n0\r\n\r\n`);
  server.close();
});

test('http.request: options host/hostname/port/path/headers/auth/agent false/localAddress; a url string', async (t) => {
  const [server, port, seen] = await recorder(() => 'HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
  const get = (o: Parameters<typeof http.get>[0]) =>
    new Promise<IncomingMessage>((resolve) => http.get(o, resolve)).then((r) => readAll(r));
  await get({ hostname: '127.0.0.1', host: 'ignored.invalid', port, auth: 'user:pw', agent: false, localAddress: '127.0.0.1' });
  await get(`http://a:b@127.0.0.1:${port}/from-url?x=1`);
  await get({ host: '127.0.0.1', port, headers: { Host: 'example.com' }, path: '/h' });
  t.deepEqual(seen, [
    `GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Basic dXNlcjpwdw==\r\nConnection: close\r\n\r\n`,
    `GET /from-url?x=1 HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Basic YTpi\r\nConnection: keep-alive\r\n\r\n`,
    'GET /h HTTP/1.1\r\nHost: example.com\r\nConnection: keep-alive\r\n\r\n',
  ]);
  t.throws(() => http.request('https://127.0.0.1/'), { message: 'Protocol:https: not supported.' });
  server.close();
});

test("http.get(options, callback) from the host's http server; Event 'response'; message.statusCode, headers, httpVersion", async (t) => {
  const [server, port] = await hostServer((req, res) => {
    res.setHeader('Set-Cookie', ['a=1', 'b=2']);
    res.setHeader('X-Method', req.method as string);
    res.end('from host ' + req.url);
  });
  const res = await new Promise<IncomingMessage>((resolve) => http.get({ host: '127.0.0.1', port, path: '/x' }, resolve));
  t.is(res.statusCode, 200);
  t.is(res.httpVersion, '1.1');
  t.deepEqual(res.headers['set-cookie'], ['a=1', 'b=2']);
  t.is(res.headers['x-method'], 'GET');
  t.is(await readAll(res), 'from host /x');
  server.close();
});

test("Event: 'continue'; Expect: 100-continue sends the head at once", async (t) => {
  const [server, port] = await hostServer((req, res) => {
    let n = 0;
    req.on('data', (d: Buffer) => (n += d.length));
    req.on('end', () => res.end('got ' + n));
  });
  const req = http.request({ host: '127.0.0.1', port, method: 'PUT', headers: { Expect: '100-continue' } });
  t.regex(req._header, /^PUT \/ HTTP\/1\.1\r\nExpect: 100-continue\r\n/);
  await once(req, 'continue');
  const resP = once<IncomingMessage>(req, 'response');
  req.end('x'.repeat(1000));
  t.is(await readAll(await resP), 'got 1000');
  server.close();
});

test('request.abort(); request.setTimeout(timeout, [callback]); request.setNoDelay; request.setSocketKeepAlive', async (t) => {
  const [server, port] = await hostServer((req, res) => {
    if (req.url === '/slow') setTimeout(() => res.end('slow'), 300);
    else res.end('fast');
  });
  const req = http.get({ host: '127.0.0.1', port, path: '/slow' });
  req.setNoDelay(true);
  req.setSocketKeepAlive(true, 1000);
  const events: string[] = [];
  req.on('error', (e: Error & { code?: string }) => events.push('error ' + e.message + ' ' + e.code));
  req.on('close', () => events.push('close'));
  req.setTimeout(30, () => {
    events.push('timeout');
    req.abort();
  });
  await once(req, 'close');
  await new Promise((r) => setTimeout(r, 10));
  t.deepEqual(events, ['timeout', 'close', 'error socket hang up ECONNRESET']);
  // Aborted before it has a socket.
  const r2 = http.get({ host: '127.0.0.1', port, path: '/fast' });
  r2.on('error', () => {});
  r2.abort();
  await once(r2, 'close');
  t.pass();
  server.close();
});

test("Event: 'socket'; message.socket; 'close' on request and response; 'error' with 'socket hang up' and ECONNREFUSED", async (t) => {
  const [server, port] = await hostServer((req) => req.socket.destroy());
  const req = http.get({ host: '127.0.0.1', port });
  const sock = await once<HttpSocket>(req, 'socket');
  t.is(req.socket, sock);
  const err = await once<Error & { code: string }>(req, 'error');
  t.is(err.message, 'socket hang up');
  t.is(err.code, 'ECONNRESET');
  server.close();
  const refused = http.get({ host: '127.0.0.1', port: 1 });
  const e2 = await once<Error & { code: string }>(refused, 'error');
  t.is(e2.code, 'ECONNREFUSED');
});

test("parse errors in a response: 'error' with 'Parse Error', code and bytesParsed", async (t) => {
  const [server, port] = await recorder(() => 'HTTP/1.1 20x OK\r\n\r\n');
  const req = http.get({ host: '127.0.0.1', port });
  const e = await once<Error & { code: string; bytesParsed: number }>(req, 'error');
  t.is(e.message, 'Parse Error');
  t.is(e.code, 'HPE_INVALID_STATUS');
  t.is(e.bytesParsed, 11);
  server.close();
});

test('Class: http.Agent; agent.maxSockets; agent.sockets; agent.requests; http.globalAgent', async (t) => {
  const seenSockets = new Set<string>();
  const [server, port] = await hostServer((req, res) => {
    seenSockets.add(String(req.socket.remotePort));
    setTimeout(() => res.end(req.url), 5);
  });
  t.is(http.globalAgent.maxSockets, 5);
  t.is(http.Agent.defaultMaxSockets, 5);
  const agent = new http.Agent({ maxSockets: 2 });
  const name = `127.0.0.1:${port}`;
  const done: Array<Promise<string>> = [];
  for (let i = 0; i < 6; i++) {
    done.push(new Promise((resolve) => http.get({ host: '127.0.0.1', port, path: '/' + i, agent }, (res) => resolve(readAll(res)))));
  }
  t.is(agent.sockets[name].length, 2);
  t.is(agent.requests[name].length, 4);
  t.deepEqual(await Promise.all(done), ['/0', '/1', '/2', '/3', '/4', '/5']);
  // The two sockets served all six (keep-alive while requests were queued) ...
  t.is(seenSockets.size, 2);
  await new Promise((r) => setTimeout(r, 20));
  // ... and were closed once nothing waited.
  t.deepEqual(agent.sockets, {});
  t.deepEqual(agent.requests, {});
  server.close();
});

test("Event: 'upgrade' (ClientRequest) to a ws server; Event: 'upgrade' (http.Server) for a ws client", async (t) => {
  // n10 client -> ws server on the host.
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await once(wss, 'listening');
  wss.on('connection', (ws) => ws.on('message', (m) => ws.send('echo:' + m)));
  const wsPort = (wss.address() as { port: number }).port;
  const key = 'dGhlIHNhbXBsZSBub25jZQ==';
  const req = http.request({
    host: '127.0.0.1',
    port: wsPort,
    headers: { Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Key': key, 'Sec-WebSocket-Version': '13' },
  });
  req.end();
  const [res, socket, head] = await new Promise<[IncomingMessage, { write(b: unknown): void; on(e: string, f: (d: Uint8Array) => void): void; destroy(): void }, Uint8Array]>((resolve) =>
    req.on('upgrade', (...a: unknown[]) => resolve(a as never)),
  );
  t.is(res.statusCode, 101);
  t.is(res.headers['sec-websocket-accept'], 's3pPLMBiTxaQ9kYGzzhZRbK+xOo=');
  t.is(head.length, 0);
  // A masked text frame "hi", and the server's unmasked answer.
  const { Buffer: NBuffer } = await import('@n10/buffer');
  socket.write(new NBuffer([0x81, 0x82, 1, 2, 3, 4, 'h'.charCodeAt(0) ^ 1, 'i'.charCodeAt(0) ^ 2]));
  const frame = await new Promise<Uint8Array>((resolve) => socket.on('data', resolve));
  t.is(String.fromCharCode(...frame.subarray(2)), 'echo:hi');
  socket.destroy();
  wss.close();

  // ws client -> n10 server, handshake done by hand in the 'upgrade' listener.
  const server = http.createServer();
  server.on('upgrade', (r: IncomingMessage, s: { write(x: string, enc?: string): void; on(e: string, f: (d: Uint8Array) => void): void }, h: Uint8Array) => {
    const accept = require('node:crypto')
      .createHash('sha1')
      .update(r.headers['sec-websocket-key'] + '258EAFA5-E914-47DA-95CA-C5AB0DC85B11')
      .digest('base64');
    s.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ' + accept + '\r\n\r\n');
    const onFrame = (d: Uint8Array): void => {
      // Unmask the client's frame and send it back unmasked.
      const len = d[1] & 0x7f;
      const mask = d.subarray(2, 6);
      let text = '';
      for (let i = 0; i < len; i++) text += String.fromCharCode(d[6 + i] ^ mask[i % 4]);
      const out = 'back:' + text;
      s.write('\x81' + String.fromCharCode(out.length) + out, 'binary');
    };
    if (h.length) onFrame(h);
    s.on('data', onFrame);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const ws = new WebSocket(`ws://127.0.0.1:${(server.address() as { port: number }).port}/`);
  await once(ws, 'open');
  ws.send('yo');
  const msg = await once<Buffer>(ws, 'message');
  t.is(msg.toString(), 'back:yo');
  ws.terminate();
  server.close();
});

test('http.createClient([port], [host]) (deprecated): requests through its own one-socket agent', async (t) => {
  const [server, port] = await hostServer((req, res) => res.end(req.method + ' ' + req.url + ' ' + req.headers['x-a']));
  const client = http.createClient(port, '127.0.0.1');
  t.is(client.agent.maxSockets, 1);
  const req: ClientRequest = client.request('GET', '/legacy', { 'X-A': 'b' });
  req.end();
  const res = await once<IncomingMessage>(req, 'response');
  t.is(await readAll(res), 'GET /legacy b');
  server.close();
});

test('request.write(chunk) / request.end([data]) before the socket is assigned: each write kept and written on its own (0.10.19), a Buffer chunk as one buffer', async (t) => {
  const [server, port] = await recorder(() => 'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n');
  const req = http.request({ port, host: '127.0.0.1', method: 'POST', path: '/w', agent: false }) as ClientRequest;
  req.write('abc');
  req.write(Buffer.from('xy') as never);
  req.end('def');
  const out = req as unknown as { output: Array<string | Uint8Array> };
  t.deepEqual(out.output.map((x) => (typeof x === 'string' ? x.replace(/^POST [^]*\r\n\r\n/, '[head]') : 'buffer ' + Buffer.from(x).toString('latin1'))), [
    '[head]3\r\nabc\r\n',
    'buffer 2\r\nxy\r\n',
    '3\r\ndef\r\n',
    '0\r\n\r\n',
  ]);
  const res = await once<IncomingMessage>(req, 'response');
  await readAll(res);
  server.close();
  t.pass();
});

test('http.get(options, callback) calls http.request as the program left it (0.10: exports.request), then end()', (t) => {
  const mod = http as unknown as { request: unknown; get(o: string): unknown };
  const real = mod.request;
  const seen: string[] = [];
  const fake = { end: () => seen.push('end') };
  mod.request = (o: string, cb?: unknown) => {
    seen.push('request ' + o + ' ' + typeof cb);
    return fake;
  };
  try {
    t.is(mod.get('http://a.invalid/'), fake);
  } finally {
    mod.request = real;
  }
  t.deepEqual(seen, ['request http://a.invalid/ undefined', 'end']);
  t.is(http.get.name, '');
});
