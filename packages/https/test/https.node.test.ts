// https: Server against the host's https client and curl; request/get against the host's
// https server; keep-alive through an Agent; the module's shape and errors, against the oracle.
import test from 'ava';
import { execFile, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as hostHttps from 'node:https';
import path from 'node:path';
import n10process from '@n10/process';
import https from '../src/index';

const FIXTURES = path.resolve(__dirname, '../../tls/test/fixtures');
const pem = (name: string): Buffer => readFileSync(path.join(FIXTURES, name));
const oracle = path.resolve(__dirname, '../../../tools/node010');
const portOf = (s: { address(): unknown }): number => (s.address() as { port: number }).port;

function listen(server: { listen(port: number, host: string, cb: () => void): unknown; address(): unknown }): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(portOf(server))));
}

function curl(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => execFile('curl', args, { maxBuffer: 64 << 20 }, (err, out) => (err ? reject(err) : resolve(out))));
}

test("require('https'): 0.10's members, Agent, errors", (t) => {
  const expected = spawnSync(oracle, ['-e', 'var h=require("https");console.log(JSON.stringify([Object.keys(h),h.globalAgent.defaultPort,Object.keys(h.Agent.prototype)]));try{h.request("http://x/")}catch(e){console.log(e.message)}'], { encoding: 'utf8' }).stdout;
  let msg = '';
  try {
    https.request('http://x/');
  } catch (e) {
    msg = (e as Error).message;
  }
  t.is(JSON.stringify([Object.keys(https), https.globalAgent.defaultPort, Object.keys(https.Agent.prototype)]) + '\n' + msg + '\n', expected);
});

test('https.createServer: GET and POST from curl (keep-alive: two requests on one connection)', async (t) => {
  const server = https.createServer({ key: pem('server-key.pem'), cert: pem('server-cert.pem') }, (req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d));
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(req.method + ' ' + req.url + ' ' + body + ' ' + (req.socket as unknown as { remotePort: number }).remotePort + '\n');
    });
  });
  const port = await listen(server);
  const out = await curl(['-s', '--cacert', path.join(FIXTURES, 'ca-cert.pem'), `https://localhost:${port}/a`, `https://localhost:${port}/b`]);
  const lines = out.trim().split('\n');
  t.regex(lines[0], /^GET \/a {2}\d+$/);
  t.is(lines[1].split(' ').pop(), lines[0].split(' ').pop()); // the same connection
  const post = await curl(['-s', '-k', '-d', 'x=1', `https://127.0.0.1:${port}/p`]);
  t.regex(post, /^POST \/p x=1 /);
  server.close();
});

test('https.createServer: the host https client, 5 MB body each way (hash checked)', async (t) => {
  const up = randomBytes(5 << 20);
  const down = randomBytes(5 << 20);
  const server = https.createServer({ key: pem('server-key.pem'), cert: pem('server-cert.pem') }, (req, res) => {
    const h = createHash('sha1');
    req.on('data', (d: Buffer) => h.update(d));
    req.on('end', () => {
      res.setHeader('x-up', h.digest('hex'));
      res.end(down);
    });
  });
  const port = await listen(server);
  const res = await new Promise<{ up: string; down: string }>((resolve, reject) => {
    const req = hostHttps.request({ port, host: '127.0.0.1', method: 'POST', path: '/', ca: pem('ca-cert.pem'), servername: 'localhost' }, (r) => {
      const h = createHash('sha1');
      r.on('data', (d: Buffer) => h.update(d));
      r.on('end', () => resolve({ up: String(r.headers['x-up']), down: h.digest('hex') }));
    });
    req.on('error', reject);
    req.end(up);
  });
  t.is(res.up, createHash('sha1').update(up).digest('hex'));
  t.is(res.down, createHash('sha1').update(down).digest('hex'));
  server.close();
});

test('https.get / https.request against the host https server; keep-alive Agent reuses the connection', async (t) => {
  const ports: number[] = [];
  const server = hostHttps.createServer({ key: pem('server-key.pem'), cert: pem('server-cert.pem') }, (req, res) => {
    ports.push(req.socket.remotePort as number);
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => res.end(req.method + ' ' + req.url + ' ' + body));
  });
  const port = await listen(server);
  const fetch = (opts: Record<string, unknown>, body?: string): Promise<string> =>
    new Promise((resolve, reject) => {
      const req = https.request({ host: '127.0.0.1', port, ...opts } as never, (res) => {
        let b = '';
        res.on('data', (d: Buffer) => (b += d));
        res.on('end', () => resolve(res.statusCode + ' ' + b));
      });
      req.on('error', reject);
      req.end(body);
    });
  t.is(await fetch({ path: '/x', ca: pem('ca-cert.pem'), servername: 'localhost' }), '200 GET /x ');
  t.is(await fetch({ method: 'POST', path: '/y', rejectUnauthorized: false }, 'data'), '200 POST /y data');
  // agent: false: a connection of its own, closed after the response.
  t.is(await fetch({ path: '/own', agent: false, ca: pem('ca-cert.pem'), servername: 'localhost' }), '200 GET /own ');
  // Untrusted: the request fails with 0.10's message.
  const err = await fetch({ path: '/' }).catch((e: Error) => e.message);
  t.is(err, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE');
  // Keep-alive: requests queued on an Agent with one socket share the connection.
  const agent = new https.Agent({ maxSockets: 1, ca: pem('ca-cert.pem'), servername: 'localhost' } as never);
  ports.length = 0;
  const all = await Promise.all([1, 2, 3].map((i) => fetch({ path: '/k' + i, agent })));
  t.deepEqual(all, ['200 GET /k1 ', '200 GET /k2 ', '200 GET /k3 ']);
  t.is(new Set(ports).size, 1);
  // https.get(url string) with the global agent and NODE_TLS_REJECT_UNAUTHORIZED=0.
  n10process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'; // the program's environment (n10's process)
  const viaGet = await new Promise<number>((resolve, reject) => {
    https.get(`https://127.0.0.1:${port}/g`, (res) => {
      res.resume();
      resolve(res.statusCode as number);
    }).on('error', reject);
  });
  delete n10process.env.NODE_TLS_REJECT_UNAUTHORIZED;
  t.is(viaGet, 200);
  server.close();
});

test('https: the oracle (node 0.10) as the client of an n10 https server', async (t) => {
  const server = https.createServer({ key: pem('server-key.pem'), cert: pem('server-cert.pem') }, (req, res) => res.end('n10 says ' + req.url));
  const port = await listen(server);
  const code = `require('https').get({host:'127.0.0.1',port:${port},path:'/hi',ca:require('fs').readFileSync(${JSON.stringify(path.join(FIXTURES, 'ca-cert.pem'))}),servername:'localhost'},function(r){r.on('data',function(d){console.log(r.statusCode+' '+d)})}).on('error',function(e){console.log(e.message)})`;
  const out = await new Promise<string>((resolve) => execFile(oracle, ['-e', code], (_e, o) => resolve(o)));
  t.is(out, '200 n10 says /hi\n');
  server.close();
});

test('https.createServer: a paused request holds the client back (readStop under the parser), then completes', async (t) => {
  const size = 16 << 20;
  const up = randomBytes(size);
  let pausedAt = -1;
  const server = https.createServer({ key: pem('server-key.pem'), cert: pem('server-cert.pem') }, (req, res) => {
    const h = createHash('sha1');
    let n = 0;
    req.on('data', (d: Buffer) => {
      h.update(d);
      n += d.length;
    });
    req.pause();
    setTimeout(() => {
      pausedAt = n;
      req.resume();
    }, 300);
    req.on('end', () => res.end(n + ' ' + h.digest('hex')));
  });
  const port = await listen(server);
  let sentWhilePaused = 0;
  const out = await new Promise<string>((resolve, reject) => {
    const req = hostHttps.request({ port, host: '127.0.0.1', method: 'PUT', path: '/', rejectUnauthorized: false }, (r) => {
      let b = '';
      r.on('data', (d: Buffer) => (b += d));
      r.on('end', () => resolve(b));
    });
    req.on('error', reject);
    let off = 0;
    const pump = (): void => {
      while (off < size) {
        const chunk = up.subarray(off, off + 65536);
        off += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      req.end();
    };
    pump();
    setTimeout(() => (sentWhilePaused = off), 250);
  });
  t.is(out, size + ' ' + createHash('sha1').update(up).digest('hex'));
  t.is(pausedAt, 0); // nothing delivered while paused
  t.true(sentWhilePaused < size); // and the client was held back
  server.close();
});

test('https.get(options, callback) calls https.request as the program left it (0.10: exports.request), then end(); request and get are anonymous', (t) => {
  const mod = https as unknown as { request: unknown; get(o: string): unknown };
  const real = mod.request;
  const seen: string[] = [];
  const fake = { end: () => seen.push('end') };
  mod.request = (o: string) => {
    seen.push('request ' + o);
    return fake;
  };
  try {
    t.is(mod.get('https://a.invalid/'), fake);
  } finally {
    mod.request = real;
  }
  t.deepEqual(seen, ['request https://a.invalid/', 'end']);
  t.deepEqual([https.get.name, https.request.name], ['', '']);
});
