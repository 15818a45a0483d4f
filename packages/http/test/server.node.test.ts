// http.Server and http.ServerResponse against real peers: the host's own http client, curl
// (keep-alive, chunked uploads, Expect: 100-continue, HEAD), raw TCP for exact bytes,
// pipelining and malformed input.
import test from 'ava';
import { spawn } from 'node:child_process';
import hostHttp from 'node:http';
import http from '@n10/http';
import type { IncomingMessage, ServerResponse, Server } from '@n10/http';
import { completeResponses, maskDate, once, rawRequest } from './helpers';

async function listen(handler?: (req: IncomingMessage, res: ServerResponse) => void): Promise<[Server, number]> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return [server, (server.address() as { port: number }).port];
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

function hostGet(port: number, path: string, opts: hostHttp.RequestOptions = {}, body?: string | Buffer): Promise<{ res: hostHttp.IncomingMessage; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = hostHttp.request({ host: '127.0.0.1', port, path, agent: false, ...opts }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (d: Buffer) => chunks.push(d));
      res.on('end', () => resolve({ res, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function curl(args: string[]): Promise<{ out: string; err: string; code: number | null }> {
  return new Promise((resolve) => {
    const child = spawn('curl', ['-sS', ...args]);
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('latin1')));
    child.stderr.on('data', (d: Buffer) => (err += d));
    child.on('close', (code) => resolve({ out, err, code }));
  });
}

test("http.createServer([requestListener]); Event: 'request'; response.end([data]) — answered to the host's http client", async (t) => {
  const [server, port] = await listen((req, res) => {
    res.end('hello ' + req.method + ' ' + req.url);
  });
  const { res, body } = await hostGet(port, '/x?y=1');
  t.is(res.statusCode, 200);
  t.is(res.headers['transfer-encoding'], 'chunked');
  // (The client asked for Connection: close.)
  t.is(res.headers.connection, 'close');
  t.truthy(res.headers.date);
  t.is(body.toString(), 'hello GET /x?y=1');
  await close(server);
});

test('Class: http.Server: keep-alive serves many requests on one connection (host agent with keepAlive)', async (t) => {
  const sockets = new Set<unknown>();
  const [server, port] = await listen((req, res) => {
    sockets.add(req.socket);
    res.writeHead(200, { 'Content-Length': 2 });
    res.end('ok');
  });
  const agent = new hostHttp.Agent({ keepAlive: true, maxSockets: 1 });
  for (let i = 0; i < 20; i++) {
    const { body } = await hostGet(port, '/' + i, { agent });
    t.is(body.toString(), 'ok');
  }
  t.is(sockets.size, 1);
  agent.destroy();
  await close(server);
});

test('curl: keep-alive over several URLs, HEAD, a chunked upload, Expect: 100-continue', async (t) => {
  const seen: string[] = [];
  const [server, port] = await listen((req, res) => {
    let n = 0;
    req.on('data', (d: Buffer) => (n += d.length));
    req.on('end', () => {
      seen.push(`${req.method} ${req.url} ${n} ${req.headers['transfer-encoding'] || ''} ${req.headers.expect || ''}`);
      res.setHeader('Content-Type', 'text/plain');
      res.end('got ' + n);
    });
  });
  const base = `http://127.0.0.1:${port}`;
  // Two URLs in one curl: the second reuses the connection.
  const two = await curl(['-v', base + '/a', base + '/b']);
  t.is(two.out, 'got 0got 0');
  t.regex(two.err, /Re-using existing connection/);
  const head = await curl(['-I', base + '/head']);
  t.regex(head.out, /^HTTP\/1\.1 200 OK\r\n/);
  t.notRegex(head.out, /got/);
  const chunked = await curl(['-H', 'Transfer-Encoding: chunked', '--data-binary', 'x'.repeat(100000), base + '/chunked']);
  t.is(chunked.out, 'got 100000');
  const expect = await curl(['-v', '-H', 'Expect: 100-continue', '--data-binary', 'y'.repeat(2000), base + '/expect']);
  t.is(expect.out, 'got 2000');
  t.regex(expect.err, /HTTP\/1\.1 100 Continue/);
  t.deepEqual(seen, [
    'GET /a 0  ',
    'GET /b 0  ',
    'HEAD /head 0  ',
    'POST /chunked 100000 chunked ',
    'POST /expect 2000  100-continue',
  ]);
  await close(server);
});

test("Event: 'checkContinue'; response.writeContinue()", async (t) => {
  const [server, port] = await listen();
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
    if (req.url === '/no') {
      res.writeHead(417);
      res.end();
      return;
    }
    res.writeContinue();
    req.resume();
    req.on('end', () => res.end('continued'));
  });
  const yes = await curl(['-v', '-H', 'Expect: 100-continue', '--data-binary', 'z'.repeat(3000), `http://127.0.0.1:${port}/yes`]);
  t.is(yes.out, 'continued');
  t.regex(yes.err, /100 Continue/);
  const no = await rawRequest(port, ['POST /no HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 10\r\n\r\n']);
  t.is(maskDate(no.toString('latin1')), 'HTTP/1.1 417 Expectation Failed\r\nDate: <date>\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n');
  await close(server);
});

test('response.writeHead(statusCode, [reasonPhrase], [headers]) with an array; response.setHeader(name, value) with arrays (Set-Cookie): exact bytes', async (t) => {
  const [server, port] = await listen((req, res) => {
    if (req.url === '/arr') {
      res.writeHead(201, 'Made', [
        ['Set-Cookie', 'a=1'],
        ['set-cookie', 'b=2'],
      ]);
      res.end();
    } else {
      res.setHeader('Set-Cookie', ['a=1', 'b=2']);
      res.setHeader('Content-Length', 2);
      res.end('ok');
    }
  });
  const a = await rawRequest(port, ['GET /arr HTTP/1.1\r\nConnection: close\r\n\r\n']);
  t.is(maskDate(a.toString()), 'HTTP/1.1 201 Made\r\nSet-Cookie: a=1\r\nset-cookie: b=2\r\nDate: <date>\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n');
  const b = await rawRequest(port, ['GET /set HTTP/1.1\r\n\r\n'], { until: (r) => completeResponses(r.toString('latin1'), 1) });
  t.is(maskDate(b.toString()), 'HTTP/1.1 200 OK\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\nContent-Length: 2\r\nDate: <date>\r\nConnection: keep-alive\r\n\r\nok');
  await close(server);
});

test('response.statusCode, headersSent, sendDate, getHeader, removeHeader; HEAD/204/304 have no body; HTTP/1.0 gets Connection: close', async (t) => {
  const [server, port] = await listen((req, res) => {
    t.is(res.statusCode, 200);
    t.false(res.headersSent);
    t.true(res.sendDate);
    res.setHeader('X-Drop', '1');
    res.setHeader('X-Keep', '2');
    t.is(res.getHeader('x-keep'), '2');
    res.removeHeader('X-DROP');
    t.is(res.getHeader('x-drop'), undefined);
    if (req.url === '/204') res.statusCode = 204;
    if (req.url === '/304') res.statusCode = 304;
    if (req.url === '/nodate') res.sendDate = false;
    res.write('body');
    t.true(res.headersSent);
    res.end();
  });
  const until = (r: Buffer) => completeResponses(r.toString('latin1'), 1);
  t.is(maskDate((await rawRequest(port, ['HEAD / HTTP/1.1\r\n\r\n'], { until: (r) => r.includes('\r\n\r\n') })).toString()), 'HTTP/1.1 200 OK\r\nX-Keep: 2\r\nDate: <date>\r\nConnection: keep-alive\r\n\r\n');
  t.is(maskDate((await rawRequest(port, ['GET /204 HTTP/1.1\r\n\r\n'], { until })).toString()), 'HTTP/1.1 204 No Content\r\nX-Keep: 2\r\nDate: <date>\r\nConnection: keep-alive\r\n\r\n');
  t.is(maskDate((await rawRequest(port, ['GET /304 HTTP/1.1\r\n\r\n'], { until })).toString()), 'HTTP/1.1 304 Not Modified\r\nX-Keep: 2\r\nDate: <date>\r\nConnection: keep-alive\r\n\r\n');
  t.is((await rawRequest(port, ['GET /nodate HTTP/1.1\r\n\r\n'], { until })).toString(), 'HTTP/1.1 200 OK\r\nX-Keep: 2\r\nConnection: keep-alive\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nbody\r\n0\r\n\r\n');
  t.is(maskDate((await rawRequest(port, ['GET / HTTP/1.0\r\n\r\n'])).toString()), 'HTTP/1.1 200 OK\r\nX-Keep: 2\r\nDate: <date>\r\nConnection: close\r\n\r\nbody');
  await close(server);
});

test('response.addTrailers(headers); message.trailers (host client reads the trailers)', async (t) => {
  const [server, port] = await listen((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { Trailer: 'X-Sum' });
      res.write('abc');
      res.addTrailers({ 'X-Sum': '42', 'X-Req-Trailer': String(req.trailers['x-t']) });
      res.end();
    });
  });
  const got = await new Promise<hostHttp.IncomingMessage>((resolve) => {
    const req = hostHttp.request({ host: '127.0.0.1', port, method: 'POST', headers: { Trailer: 'X-T' }, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res));
    });
    req.addTrailers({ 'X-T': 'from-client' });
    req.end('payload');
  });
  t.deepEqual(got.trailers, { 'x-sum': '42', 'x-req-trailer': 'from-client' });
  await close(server);
});

test('pipelining: responses come back in order though handlers finish out of order', async (t) => {
  const [server, port] = await listen((req, res) => {
    const delay = req.url === '/1' ? 40 : req.url === '/2' ? 5 : 0;
    setTimeout(() => res.end(req.url), delay);
  });
  const reqs = 'GET /1 HTTP/1.1\r\n\r\nGET /2 HTTP/1.1\r\n\r\nPOST /3 HTTP/1.1\r\nContent-Length: 3\r\n\r\nabcGET /4 HTTP/1.1\r\nConnection: close\r\n\r\n';
  const out = maskDate((await rawRequest(port, [reqs])).toString());
  const bodies = out.match(/\r\n\r\n\d\r\n\/\d\r\n0/g)?.map((m) => m.slice(7, 9));
  t.deepEqual(bodies, ['/1', '/2', '/3', '/4']);
  t.regex(out, /Connection: close\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n\/4\r\n0\r\n\r\n$/);
  await close(server);
});

test("Event: 'clientError': malformed requests get 'Parse Error' with code and bytesParsed, the connection is destroyed", async (t) => {
  const [server, port] = await listen(() => t.fail());
  const errors: Array<[string, string, number]> = [];
  server.removeAllListeners('clientError');
  server.on('clientError', (e: Error & { code: string; bytesParsed: number }, socket: { destroy(): void }) => {
    errors.push([e.message, e.code, e.bytesParsed]);
    socket.destroy();
  });
  t.is((await rawRequest(port, ['BREW / HTTP/1.1\r\n\r\n'])).length, 0);
  t.is((await rawRequest(port, ['GET / HTTP/1.1\r\nContent-Length: nope\r\n\r\n'])).length, 0);
  t.deepEqual(errors, [
    ['Parse Error', 'HPE_INVALID_METHOD', 0],
    ['Parse Error', 'HPE_INVALID_CONTENT_LENGTH', 32],
  ]);
  await close(server);
});

test('server.maxHeadersCount (default 1000: later headers dropped; 0: no limit)', async (t) => {
  const counts: number[] = [];
  const [server, port] = await listen((req, res) => {
    counts.push(Object.keys(req.headers).length);
    res.end();
  });
  t.is(server.maxHeadersCount, undefined);
  let h = '';
  for (let i = 0; i < 1200; i++) h += `H${i}: ${i}\r\n`;
  const req = `GET / HTTP/1.1\r\nConnection: close\r\n${h}\r\n`;
  await rawRequest(port, [req]);
  server.maxHeadersCount = 2;
  await rawRequest(port, [req]);
  server.maxHeadersCount = 0;
  await rawRequest(port, [req]);
  t.deepEqual(counts, [1000, 2, 1201]);
  await close(server);
});

test('server.setTimeout(msecs, callback); server.timeout (120000 by default; idle sockets destroyed)', async (t) => {
  const [server, port] = await listen(() => {});
  t.is(server.timeout, 120000);
  server.setTimeout(30);
  t.is(server.timeout, 30);
  // No listener: the idle connection is destroyed.
  const start = Date.now();
  t.is((await rawRequest(port, ['GET / HTTP/1.1\r\n\r\n'])).length, 0);
  t.true(Date.now() - start >= 20);
  let timedOut = 0;
  server.setTimeout(30, (socket: { end(s: string): void }) => {
    timedOut++;
    socket.end('HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
  });
  const got = await rawRequest(port, ['GET / HTTP/1.1\r\n\r\n']);
  t.is(got.toString(), 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
  t.is(timedOut, 1);
  await close(server);
});

test("response.setTimeout(msecs, callback); message.setTimeout(msecs, callback); Event: 'close' (ServerResponse and IncomingMessage) when the client goes away", async (t) => {
  const events: string[] = [];
  const [server, port] = await listen((req, res) => {
    req.on('close', () => events.push('req close'));
    req.on('aborted', () => events.push('req aborted'));
    res.on('close', () => events.push('res close'));
    if (req.url === '/res') {
      res.setTimeout(20, () => {
        events.push('res timeout');
        res.end('late');
      });
    } else if (req.url === '/msg') {
      req.setTimeout(20, () => {
        events.push('msg timeout');
        req.socket.destroy();
      });
    }
  });
  const a = await rawRequest(port, ['GET /res HTTP/1.1\r\n\r\n'], { until: (r) => completeResponses(r.toString('latin1'), 1) });
  t.regex(a.toString(), /late/);
  await rawRequest(port, ['POST /msg HTTP/1.1\r\nContent-Length: 100\r\n\r\npartial']);
  await new Promise((r) => setTimeout(r, 20));
  t.deepEqual(events, ['res timeout', 'msg timeout', 'req aborted', 'req close', 'res close']);
  await close(server);
});

test("Event: 'connection'; Event: 'close'; server.close([callback]); server.listen(path) and listen(handle)", async (t) => {
  const server = http.createServer((req, res) => res.end(req.url));
  let connections = 0;
  server.on('connection', () => connections++);
  const sock = require('node:path').join(require('node:os').tmpdir(), `n10-http-${process.pid}.sock`);
  await new Promise<void>((resolve) => server.listen(sock, () => resolve()));
  const body = await new Promise<string>((resolve) => {
    hostHttp.get({ socketPath: sock, path: '/pipe', agent: false }, (res) => {
      let s = '';
      res.on('data', (d) => (s += d));
      res.on('end', () => resolve(s));
    });
  });
  t.is(body, '/pipe');
  const closed = once(server, 'close');
  server.close();
  await closed;
  t.is(connections, 1);
  // listen(handle): another server's handle.
  const net = (await import('@n10/net')).default;
  const base = net.createServer();
  await new Promise<void>((resolve) => base.listen(0, '127.0.0.1', () => resolve()));
  const s2 = http.createServer((req, res) => res.end('via handle'));
  await new Promise<void>((resolve) => s2.listen(base, () => resolve()));
  const port = (base.address() as { port: number }).port;
  t.is((await hostGet(port, '/')).body.toString(), 'via handle');
  await close(s2);
});

test('large bodies without loss: 100 MB up (slow consumer) and 100 MB down (slow reader)', async (t) => {
  const SIZE = 100 * 1024 * 1024;
  const chunk = Buffer.alloc(64 * 1024);
  for (let i = 0; i < chunk.length; i++) chunk[i] = (i * 31) & 255;
  let sumUp = 0;
  const [server, port] = await listen((req, res) => {
    if (req.url === '/up') {
      let n = 0;
      let x = 0;
      req.on('data', (d: Uint8Array) => {
        n += d.length;
        x = (x + d[d.length - 1]) | 0;
        // A slow consumer: pauses now and then.
        if ((n & 0xfffff) < d.length) {
          req.pause();
          setTimeout(() => req.resume(), 1);
        }
      });
      req.on('end', () => {
        sumUp = n;
        res.end(String(n));
      });
      return;
    }
    let sent = 0;
    const piece = new (require('@n10/buffer').Buffer)(chunk.length);
    for (let i = 0; i < chunk.length; i++) piece[i] = chunk[i];
    (function write(): void {
      while (sent < SIZE) {
        sent += piece.length;
        if (!res.write(piece)) return void res.once('drain', write);
      }
      res.end();
    })();
  });
  const up = await new Promise<string>((resolve, reject) => {
    const req = hostHttp.request({ host: '127.0.0.1', port, method: 'POST', path: '/up', agent: false }, (res) => {
      let s = '';
      res.on('data', (d) => (s += d));
      res.on('end', () => resolve(s));
    });
    req.on('error', reject);
    let written = 0;
    (function write(): void {
      while (written < SIZE) {
        written += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', write);
      }
      req.end();
    })();
  });
  t.is(up, String(SIZE));
  t.is(sumUp, SIZE);
  const down = await new Promise<number>((resolve) => {
    hostHttp.get({ host: '127.0.0.1', port, path: '/down', agent: false }, (res) => {
      let n = 0;
      let bad = 0;
      res.on('data', (d: Buffer) => {
        // Every byte where it should be.
        const off = n % chunk.length;
        if (d[0] !== chunk[off]) bad++;
        n += d.length;
        if ((n & 0x3fffff) < d.length) {
          res.pause();
          setTimeout(() => res.resume(), 2);
        }
      });
      res.on('end', () => resolve(bad ? -1 : n));
    });
  });
  t.is(down, SIZE);
  await close(server);
});

test('parse-error fuzz: random bytes and mutated requests never crash the server or hang a connection', async (t) => {
  const [server, port] = await listen((req, res) => {
    req.resume();
    req.on('end', () => res.end('ok'));
  });
  let clientErrors = 0;
  server.on('clientError', () => clientErrors++);
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000);
  const base = 'POST /a?b HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n5\r\nhello\r\n0\r\n\r\n';
  const jobs: Array<Promise<Buffer>> = [];
  for (let i = 0; i < 300; i++) {
    let s: string;
    if (i % 3 === 0) {
      s = '';
      for (let k = Math.floor(rnd() * 200); k > 0; k--) s += String.fromCharCode(Math.floor(rnd() * 256));
    } else {
      s = base;
      for (let k = 1 + Math.floor(rnd() * 5); k > 0; k--) {
        const p = Math.floor(rnd() * s.length);
        s = s.slice(0, p) + String.fromCharCode(Math.floor(rnd() * 256)) + s.slice(p + 1);
      }
    }
    // Each ends its side: the server must answer or close, never hang.
    jobs.push(rawRequest(port, [s], { end: true }));
  }
  const results = await Promise.all(jobs);
  t.is(results.length, 300);
  t.true(clientErrors > 0);
  // Still serving.
  t.is((await hostGet(port, '/after')).body.toString(), 'ok');
  await close(server);
});

test('response.writeHead(statusCode): undefined or null fails as 0.10 (TypeError "Cannot call method \'toString\' of undefined", thrown in writeHead)', async (t) => {
  const seen: string[] = [];
  const [server, port] = await listen((req, res) => {
    try {
      res.writeHead((req.url === '/null' ? null : undefined) as unknown as number);
    } catch (e) {
      const err = e as Error;
      seen.push(`${err.name}: ${err.message} @ ${String(err.stack).split('\n')[1].trim().split(' ')[1]}`);
    }
    res.statusCode = 500;
    res.end('after');
  });
  const a = await hostGet(port, '/undefined');
  const b = await hostGet(port, '/null');
  t.is(a.res.statusCode, 500);
  t.is(b.body.toString(), 'after');
  t.is(seen[0].split(' @ ')[0], "TypeError: Cannot call method 'toString' of undefined");
  t.is(seen[1].split(' @ ')[0], "TypeError: Cannot call method 'toString' of null");
  t.regex(seen[0].split(' @ ')[1], /writeHead$/);
  await close(server);
});
